import { startOpenAIFake } from "../../tests/fakes/openai-fake";
import { startReplicateFake } from "../../tests/fakes/replicate-fake";

const apiKey = "sk-greenlight-chaos";
const apiToken = "r8_greenlight_chaos";

/** What a paid show asks for: OpenAI text and images, Replicate's Veo for video (all fakes). */
export const paidSettings = {
  // The OpenAI fake answers any schema with its smallest sample: a cast of one.
  characterCount: 1,
  text: { provider: "openai", model: "gpt-5-mini" },
  image: { provider: "openai", model: "gpt-image-1" },
  video: { provider: "replicate", model: "google/veo-3.1" },
} as const;

export interface PaidProviders {
  env: Record<string, string>;
  /** Predictions created with the same prompt while an earlier one could still finish. */
  duplicateCreates(): Array<{ prompt: string; first: string; second: string }>;
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/** The provider fakes on 127.0.0.1, failing `faultRate` of API requests with 5xx/429. */
export async function startPaidProviders(faultRate: number): Promise<PaidProviders> {
  const [openai, replicate] = await Promise.all([
    startOpenAIFake({ apiKey, faultRate }),
    startReplicateFake({ apiToken, faultRate, defaultPlan: { pollsUntilDone: 4 } }),
  ]);
  return {
    env: {
      OPENAI_API_KEY: apiKey,
      OPENAI_BASE_URL: openai.url,
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "500",
    },
    duplicateCreates() {
      const predictions = [...replicate.predictions.values()]
        .map((prediction) => prediction.json)
        .sort((a, b) => a.created_at.localeCompare(b.created_at));
      const found: Array<{ prompt: string; first: string; second: string }> = [];
      predictions.forEach((first, index) => {
        const second = predictions
          .slice(index + 1)
          .find((later) => later.input.prompt === first.input.prompt);
        // A second create is fine only once the first can no longer deliver (failed, canceled).
        const firstGaveUp =
          ["failed", "canceled", "aborted"].includes(first.status) &&
          first.completed_at !== null &&
          second !== undefined &&
          first.completed_at <= second.created_at;
        if (second && !firstGaveUp) {
          found.push({
            prompt: String(first.input.prompt).slice(0, 60),
            first: first.id,
            second: second.id,
          });
        }
      });
      return found;
    },
    counts() {
      const statuses = (requests: typeof openai.requests) =>
        requests.filter((request) => (request.reply?.status ?? 0) >= 429).length;
      return {
        openai_requests: openai.requests.length,
        openai_injected_errors: statuses(openai.requests),
        replicate_requests: replicate.requests.length,
        replicate_injected_errors: statuses(replicate.requests),
        replicate_creates: replicate.predictions.size,
      };
    },
    close: async () => {
      await Promise.all([openai.close(), replicate.close()]);
    },
  };
}
