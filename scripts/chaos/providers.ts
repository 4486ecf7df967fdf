import { startOpenAIFake } from "../../tests/fakes/openai-fake";
import { startReplicateFake } from "../../tests/fakes/replicate-fake";
import type { EventRow } from "./measure";

const apiKey = "sk-greenlight-chaos";
const apiToken = "r8_greenlight_chaos";

/** What a paid show asks for: OpenAI text and images, Replicate's Veo for video (all fakes). */
export const paidSettings = {
  // The OpenAI fake answers any schema with its smallest sample: a cast of one.
  characterCount: 1,
  text: { provider: "openai", model: "gpt-6.1-terra" },
  image: { provider: "openai", model: "gpt-image-2.6-sunburst" },
  video: { provider: "replicate", model: "google/veo-3.1" },
  // Without it the trailer is cut from stills and no paid video is made: nothing on Replicate to
  // pay twice for. Confirmed, every picture shot of the trailer is a Veo clip (a paid create).
  paidVideosConfirmed: true,
} as const;

export interface PaidDuplicate {
  prediction: string;
  taskId: string | null;
  why: string;
}

export interface PaidProviders {
  env: Record<string, string>;
  /**
   * Replicate predictions beyond one per task: created while the task's earlier one could still
   * finish, or created and never recorded by any task (its worker died before the checkpoint).
   */
  duplicateCreates(events: EventRow[]): PaidDuplicate[];
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/** The provider fakes on 127.0.0.1, failing `faultRate` of API requests with 5xx/429. */
export async function startPaidProviders(faultRate: number): Promise<PaidProviders> {
  const [openai, replicate] = await Promise.all([
    startOpenAIFake({ apiKey, faultRate }),
    startReplicateFake({
      apiToken,
      faultRate,
      // About 30 s of polling per video (at 500 ms), so kills and restarts land while paid jobs run.
      defaultPlan: { pollsUntilDone: 60 },
    }),
  ]);
  return {
    env: {
      OPENAI_API_KEY: apiKey,
      OPENAI_BASE_URL: openai.url,
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "500",
    },
    duplicateCreates(events) {
      // The task that owns a prediction is the one whose checkpoint recorded its id.
      const owner = new Map<string, string>();
      for (const event of events) {
        const checkpoint = event.data?.checkpoint as
          | { jobId?: string; provider?: string }
          | undefined;
        if (
          event.type === "checkpoint" &&
          checkpoint?.provider === "replicate" &&
          checkpoint.jobId
        ) {
          owner.set(checkpoint.jobId, event.task_id);
        }
      }
      const predictions = [...replicate.predictions.values()]
        .map((prediction) => prediction.json)
        .sort((a, b) => a.created_at.localeCompare(b.created_at));
      const found: PaidDuplicate[] = [];
      const byTask = new Map<string, typeof predictions>();
      for (const prediction of predictions) {
        const taskId = owner.get(prediction.id);
        if (!taskId) {
          // Paid for, and no task knows it: whoever made it will make another.
          found.push({ prediction: prediction.id, taskId: null, why: "no task recorded it" });
          continue;
        }
        const earlier = byTask.get(taskId)?.at(-1);
        // A second create is fine only once the first can no longer deliver (failed, canceled).
        const earlierGaveUp =
          earlier &&
          ["failed", "canceled", "aborted"].includes(earlier.status) &&
          earlier.completed_at !== null &&
          earlier.completed_at <= prediction.created_at;
        if (earlier && !earlierGaveUp) {
          found.push({
            prediction: prediction.id,
            taskId,
            why: `created while ${earlier.id} (${earlier.status}) could still finish`,
          });
        }
        byTask.set(taskId, [...(byTask.get(taskId) ?? []), prediction]);
      }
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
