import { z } from "zod";
import type { AssetDraft } from "../../shows/assets";
import { insertAsset } from "../../shows/assets";
import { findLine, loadShot, parseLineTarget, shotSpecOf } from "../../shows/shot-records";
import { loadCharacters } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { generateAudioAsset } from "../generate-audio";
import { PipelineStepError } from "../pipeline-errors";
import type { PipelineServices } from "../pipeline-services";
import { loadShowContext } from "../show-context";
import { castVoices } from "../storyboard/cast-voices";
import { voiceHash } from "../storyboard/content-hashes";
import { applyTestHooks } from "../test-hooks";

interface VoiceLineResult {
  asset: AssetDraft;
  shotId: string;
  episodeId: string | null;
}

/**
 * One line of a shot → speech in the speaker's voice (the narrator's for voice-over), delivered as
 * the script says. The take is found again by its content hash: words, voice and delivery.
 */
export const voiceLineKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, never>, VoiceLineResult>({
    id: "voice_line",
    label: "Voice",
    input: z.object({}).strict(),
    timeoutSeconds: 300,
    concurrency: 3,
    async handler(context) {
      const { task, progress } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const where = parseLineTarget(task.target ?? "");
      if (!where) {
        throw new PipelineStepError("This voice line names no shot and line");
      }
      const shot = await loadShot(services.db, task.showId, where.shotId);
      const line = findLine(shotSpecOf(shot), where.lineId);
      if (!line) {
        throw new PipelineStepError("This line is no longer in its shot; nothing to voice");
      }
      const cast = await loadCharacters(services.db, task.showId);
      const voice = castVoices(cast, blueprint, settings)(line.characterId);
      const speaker = line.characterId
        ? (cast.find((member) => member.id === line.characterId)?.name ?? "Narrator")
        : "Narrator";
      const provider = services.providers.audio(settings.audio);
      progress(0.1, `${settings.audio.model} · ${speaker} reading`);
      const instructions = [voice.notes, line.delivery].filter((part) => part.trim()).join("; ");
      const asset = await generateAudioAsset(context, services, provider, "voice_line", {
        type: "speech",
        request: {
          text: line.text,
          voice,
          instructions,
          context: { purpose: line.characterId ? "dialogue" : "narration", speaker },
          model: settings.audio.model,
        },
      });
      return {
        asset: {
          ...asset,
          contentHash: voiceHash(line.text, line.delivery, voice, settings.audio),
        },
        shotId: shot.id,
        episodeId: shot.episodeId,
      };
    },
    async onSucceeded({ scope, task, result }) {
      await insertAsset(scope.tx, result.asset, {
        showId: task.showId,
        taskId: task.id,
        shotId: result.shotId,
        ...(result.episodeId ? { episodeId: result.episodeId } : {}),
      });
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
