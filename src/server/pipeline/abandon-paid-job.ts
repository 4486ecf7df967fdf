import { z } from "zod";
import type { ProviderRegistry } from "../providers/provider-registry";
import { providerChoiceSchema } from "../shows/show-settings";
import type { TaskDto } from "../tasks/task-dto";

/** The part of run-paid-job's checkpoint that names a job still at the provider. */
const leftJobSchema = z.object({
  provider: providerChoiceSchema.shape.provider,
  jobId: z.string(),
  asset: z.unknown().optional(),
});

/**
 * `onAbandoned` for kinds that run provider jobs: when a task ends with no attempt alive (canceled
 * while queued, given up after crashes, expired), the job its checkpoint names is canceled at the
 * provider, so nobody keeps paying for a result that will never be collected.
 */
export function abandonPaidJob(providers: ProviderRegistry, type: "image" | "video" | "audio") {
  return async (_task: TaskDto, checkpoint: unknown): Promise<string | null> => {
    const left = leftJobSchema.safeParse(checkpoint);
    if (!left.success || left.data.asset !== undefined) {
      return null;
    }
    const { provider, jobId } = left.data;
    const choice = { provider, model: "" };
    const jobs =
      type === "image"
        ? providers.image(choice).jobs
        : type === "audio"
          ? providers.audio(choice).jobs
          : undefined;
    const cancel =
      type === "video"
        ? (id: string) => providers.video(choice).cancel(id)
        : jobs?.cancel.bind(jobs);
    if (!cancel) {
      return null;
    }
    const outcome = await cancel(jobId);
    return `Nothing will collect job ${jobId} any more: ${outcome.note}`;
  };
}
