import { ProviderError } from "../providers/provider-error";

/** The answer of "Test connection": whether the provider answered with these credentials. */
export interface ConnectionResult {
  ok: boolean;
  message: string;
}

/** A connection test waits this long at most: the user is looking at a spinner. */
export const connectionTimeoutMs = 10_000;

/**
 * Words for a failed test. The adapters' messages say "retrying" for passing errors, which is
 * true for tasks but not for a button press, so those are rephrased here.
 */
export function failedConnection(error: unknown, name: string, where: string): ConnectionResult {
  if (!(error instanceof ProviderError)) {
    return { ok: false, message: `${name} test failed: ${String(error)}` };
  }
  const reference = error.requestId ? ` (request ${error.requestId})` : "";
  switch (error.code) {
    case "network":
      return {
        ok: false,
        message: `Could not reach ${name} at ${where}. Check the URL and that the server is reachable.`,
      };
    case "timeout":
      return { ok: false, message: `${name} at ${where} did not answer within 10 seconds.` };
    case "not_found":
      return {
        ok: false,
        message: `${name} at ${where} has no such endpoint: check the base URL (it usually ends in /v1).`,
      };
    case "rate_limited":
      return {
        ok: false,
        message: `${name} is rate limiting this key right now; try again in a minute.${reference}`,
      };
    case "provider_unavailable":
      return { ok: false, message: `${name} had a server error; try again later.${reference}` };
    default:
      return { ok: false, message: `${error.userMessage}${reference}` };
  }
}
