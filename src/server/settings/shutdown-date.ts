/**
 * How a shutdown date reads, the same on the server and in the browser whatever their locale
 * ("11 Dec 2026"). Pure: the settings page imports it.
 */
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-12-11" → "11 Dec 2026". */
export function formatShutdownDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

/** An option as the settings page lists it: "GPT-5 mini — shuts down 11 Dec 2026". */
export function optionText(option: { label: string; shutdownDate?: string }): string {
  return option.shutdownDate
    ? `${option.label} — shuts down ${formatShutdownDate(option.shutdownDate)}`
    : option.label;
}
