import type { ImageProvider, ImageRequest } from "../providers/types";
import type { AssetDraft, AssetKind } from "../shows/assets";
import type { TaskContext } from "../tasks/task-kind";
import type { PipelineServices } from "./pipeline-services";
import { storeOutput } from "./store-output";

/** One image from a provider, with its cost recorded and the file stored under the task's key. */
export async function generateImageAsset(
  context: TaskContext<unknown>,
  services: PipelineServices,
  provider: ImageProvider,
  kind: AssetKind,
  request: Omit<ImageRequest, "signal">,
): Promise<AssetDraft> {
  const image = await provider.generate({ ...request, signal: context.signal });
  context.setCost(image.costUsd);
  context.progress(0.9, "Saving the image");
  return storeOutput(
    services.media,
    { showId: context.task.showId, taskId: context.task.id, kind },
    image.data,
    image.mime,
    {
      width: image.size.width,
      height: image.size.height,
      durationSeconds: null,
      provider: provider.id,
      model: image.model,
      prompt: request.prompt,
      costUsd: image.costUsd,
    },
  );
}
