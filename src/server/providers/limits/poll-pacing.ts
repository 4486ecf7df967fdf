import type { VideoProvider } from "../types";

/** How often a provider wants its jobs polled; without it the pipeline picks a default. */
export interface PollPacing {
  readonly pollIntervalMs?: number;
}

/** The provider with a configured poll interval (PROVIDER_POLL_INTERVAL_MS), when there is one. */
export function withPollInterval(
  provider: VideoProvider,
  pollIntervalMs: number | undefined,
): VideoProvider & PollPacing {
  if (pollIntervalMs === undefined) {
    return provider;
  }
  // A prototype link rather than a spread keeps methods a class-based provider inherits.
  return Object.assign(Object.create(provider) as VideoProvider, { pollIntervalMs });
}
