import Replicate from "replicate";
import {
  type FailedAnswer,
  mapReplicateError,
  type ReplicateErrorContext,
} from "./replicate-errors";

export interface ReplicateConnection {
  apiToken: string;
  /** Defaults to https://api.replicate.com/v1; tests point it at a local fake. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Per API request; downloads have their own limit. */
  requestTimeoutMs?: number;
}

/** The first failed HTTP answer of a call, kept to replay it and to read its body. */
type ReplayableAnswer = FailedAnswer & { statusText: string };

interface CallRecord {
  failedAnswer?: ReplayableAnswer;
}

/**
 * The replicate client retries 429s (and 5xx on GETs, and every network error) up to five times
 * inside `request()`, with no option to turn that off. The task engine owns retries, so this fetch
 * sends one request and answers the client's repeats with that first outcome: one SDK call, one
 * HTTP request, and a 429 reaches the engine with its Retry-After.
 */
function oneShotFetch(
  realFetch: typeof globalThis.fetch,
  timeoutMs: number,
  record: CallRecord,
): typeof globalThis.fetch {
  let outcome: Promise<Response | ReplayableAnswer> | undefined;
  const replay = (answer: Response | ReplayableAnswer) =>
    answer instanceof Response
      ? answer
      : new Response(answer.body, {
          status: answer.status,
          statusText: answer.statusText,
          headers: answer.headers,
        });

  return async (input, init) => {
    outcome ??= (async () => {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      const response = await realFetch(input, { ...init, signal });
      if (response.ok) {
        return response;
      }
      record.failedAnswer = {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: await response.text(),
      };
      return record.failedAnswer;
    })();
    return replay(await outcome);
  };
}

/**
 * Runs one SDK call on a client of its own whose fetch sends exactly one request, and classifies
 * what it throws. A fresh client per call is cheap: the constructor only binds methods. Only for
 * calls that make a single request (create, get, cancel), not for pagination.
 */
export async function callReplicate<T>(
  connection: ReplicateConnection,
  context: ReplicateErrorContext,
  call: (client: Replicate) => Promise<T>,
): Promise<T> {
  const record: CallRecord = {};
  const client = new Replicate({
    auth: connection.apiToken,
    baseUrl: connection.baseUrl,
    userAgent: "greenlight",
    fetch: oneShotFetch(
      connection.fetch ?? globalThis.fetch,
      connection.requestTimeoutMs ?? 60_000,
      record,
    ),
  });
  try {
    return await call(client);
  } catch (error) {
    throw mapReplicateError(error, record.failedAnswer, context);
  }
}
