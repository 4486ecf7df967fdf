/**
 * Show settings for scenarios that must catch a trailer mid-render. The offline trailer renders in
 * well under ten seconds; `testDelays` (a test hook like `testFailures`, honoured only with
 * GREENLIGHT_TEST_HOOKS=true) asks the server to hold the kind's handler that long, so the
 * scenario's navigation and reload happen while it runs. The server ignores unknown settings, so
 * until the hook exists the scenarios rely on the render time alone.
 */
export const SLOW_TRAILER = { testDelays: { kinds: ["trailer"], seconds: 30 } } as const;
