/**
 * Show settings for scenarios that must catch a task mid-run. `testDelays` (a test hook like
 * `testFailures`, honoured only with GREENLIGHT_TEST_HOOKS=true) asks the server to hold the kinds'
 * handlers that long, so the scenario's navigation, reload and cancel happen while they run. The
 * poster is one task with its own slot (the trailer is a chain of tasks cut from its board).
 */
export const SLOW_POSTER = { testDelays: { kinds: ["poster"], seconds: 30 } } as const;
