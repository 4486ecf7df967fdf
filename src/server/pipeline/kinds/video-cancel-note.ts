import { loadShow } from "../../shows/show-records";
import { parseShowSettings } from "../../shows/show-settings";
import type { PipelineServices } from "../pipeline-services";

/** What canceling a video task does at the provider, for the cancel confirmation. */
export async function videoCancelNote(services: PipelineServices, showId: string): Promise<string> {
  const show = await loadShow(services.db, showId).catch(() => null);
  const provider = show ? parseShowSettings(show.settings).video.provider : "offline";
  switch (provider) {
    case "offline":
      return "The local render stops at once; nothing is billed.";
    case "replicate":
      return "Greenlight cancels the Replicate prediction too; seconds already processed are still billed.";
    case "openai":
      return "OpenAI makes no video; the task stops at once.";
  }
}
