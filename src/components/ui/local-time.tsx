"use client";

import { useSyncExternalStore } from "react";
import { useNow } from "@/hooks/use-now";
import { formatRelative, formatTime } from "@/lib/client/format";

const noSubscription = () => () => {};

/** False while rendering on the server and hydrating, true after: then the browser's clock is known. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A time of day in the reader's time zone. The server knows neither that zone nor the reader's
 * clock, so it sends a placeholder and the browser fills it in (no hydration mismatch).
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const hydrated = useHydrated();
  return (
    <time dateTime={iso} className={className}>
      {hydrated ? formatTime(iso) : "--:--:--"}
    </time>
  );
}

/** "3 min ago", kept current by the page's shared one-second clock. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} className={className}>
      {now === 0 ? "" : formatRelative(iso, now)}
    </time>
  );
}
