/** The Greenlight mark: a clapper light with one green lamp lit. */
export function Logo({ size = 26 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect
        x="3"
        y="3"
        width="26"
        height="26"
        rx="8"
        fill="#14171e"
        stroke="rgb(255 255 255 / 0.16)"
      />
      <circle cx="11" cy="11" r="3" fill="#3a3f4b" />
      <circle cx="21" cy="11" r="3" fill="#3a3f4b" />
      <circle cx="16" cy="20.5" r="4.5" fill="#4fe08f" />
      <circle cx="16" cy="20.5" r="7.5" fill="#4fe08f" opacity="0.18" />
    </svg>
  );
}
