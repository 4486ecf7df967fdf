/**
 * Show settings for scenarios that must catch a trailer mid-render. `testDelays` (a test hook like
 * `testFailures`, honoured only with GREENLIGHT_TEST_HOOKS=true) asks the server to hold the kinds'
 * handlers that long, so the scenario's navigation and reload happen while they run. Asking for
 * the trailer of a show with no trailer board starts with its script, so both are held.
 */
export const SLOW_TRAILER = {
  testDelays: { kinds: ["trailer", "trailer_script"], seconds: 30 },
} as const;
