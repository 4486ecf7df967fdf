import { ProviderError, type ProviderErrorCode } from "../provider-error";
import { replicateProviderId } from "./replicate-errors";

/** The URLs in a prediction's output: one URI, or a list of them (Seedream answers with a list). */
export function outputUrls(output: unknown): string[] {
  const values = Array.isArray(output) ? output : [output];
  return values.filter((value): value is string => typeof value === "string" && value.length > 0);
}

export interface DownloadedOutput {
  data: Buffer;
  contentType: string | null;
}

export interface DownloadOutputOptions {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
  predictionId: string;
  label: string;
}

/**
 * Fetches a prediction's output into memory at once: Replicate deletes API outputs about an hour
 * after the prediction, so a missing file (404, 410, 403 from the CDN) means it is gone for good.
 */
export async function downloadOutput(
  url: string,
  options: DownloadOutputOptions,
): Promise<DownloadedOutput> {
  const fail = (code: ProviderErrorCode, userMessage: string, cause?: unknown) =>
    new ProviderError({
      provider: replicateProviderId,
      code,
      userMessage,
      requestId: options.predictionId,
      cause,
    });
  if (url.startsWith("data:")) {
    const [header = "", base64 = ""] = url.split(",", 2);
    return {
      data: Buffer.from(base64, "base64"),
      contentType: header.slice(5).split(";")[0] ?? null,
    };
  }
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 300_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, { signal });
  } catch (error) {
    if (options.signal?.aborted) {
      throw options.signal.reason;
    }
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw timedOut
      ? fail("timeout", `Downloading the ${options.label} result took too long; retrying.`, error)
      : fail("network", `Could not download the ${options.label} result; retrying.`, error);
  }
  if (response.status === 404 || response.status === 410 || response.status === 403) {
    throw fail("output_expired", expiredMessage(options.label));
  }
  if (!response.ok) {
    throw fail(
      "provider_unavailable",
      `Replicate's file server answered ${response.status} for the ${options.label} result; retrying.`,
    );
  }
  const data = Buffer.from(await response.arrayBuffer());
  if (data.byteLength === 0) {
    throw fail("provider_unavailable", `The ${options.label} result downloaded empty; retrying.`);
  }
  return { data, contentType: response.headers.get("content-type") };
}

export const expiredMessage = (label: string) =>
  `The ${label} result expired on Replicate before it could be saved (outputs are kept about an hour). Generate it again.`;
