import type { CutPlan } from "../../cut/cut-plan";
import { dissolveSeconds } from "../../cut/cut-timeline";
import type { OtioCutInput } from "./to-otio-timeline";

export interface OtioFromCutOptions {
  name: string;
  /** A cut file's path in the package (the plan holds local paths; the .otio names the package's). */
  packagePath: (localPath: string) => string;
  /** The stored asset a cut file is, recorded on its reference so the package can find it. */
  assetIdOf?: (localPath: string) => string | undefined;
  /** The score's length, when the plan has one (a plan names the file, not its length). */
  musicDurationSeconds?: number;
  /** What each shot is called in the editor's timeline; the shot id otherwise. */
  shotName?: (shotId: string, index: number) => string;
}

/**
 * The OTIO input for a cut, from the very plan `renderCut` rendered: shots one after another
 * from 0 (the renderer's own timing), a dissolve where a shot asks for one, a clip's trim, every
 * voice where the plan placed it.
 */
export function otioInputFromCut(plan: CutPlan, options: OtioFromCutOptions): OtioCutInput {
  const media = (localPath: string) => {
    const assetId = options.assetIdOf?.(localPath);
    return { mediaPath: options.packagePath(localPath), ...(assetId ? { assetId } : {}) };
  };
  let start = 0;
  const shots = plan.shots.map((shot, index) => {
    const placed = {
      name: options.shotName?.(shot.id, index) ?? shot.id,
      ...media(shot.visual.path),
      startSeconds: start,
      durationSeconds: shot.durationSeconds,
      sourceStartSeconds: shot.visual.type === "clip" ? (shot.visual.trimStartSeconds ?? 0) : 0,
      dissolveInSeconds: index > 0 && shot.transitionIn === "dissolve" ? dissolveSeconds : 0,
    };
    start += shot.durationSeconds;
    return placed;
  });
  return {
    name: options.name,
    fps: plan.fps,
    shots,
    voices: plan.voices.map((voice) => ({
      name: voice.speaker || "Narrator",
      ...media(voice.path),
      startSeconds: voice.startSeconds,
      durationSeconds: voice.durationSeconds,
      text: voice.text,
      speaker: voice.speaker,
    })),
    music:
      plan.music && options.musicDurationSeconds
        ? {
            ...media(plan.music.path),
            durationSeconds: options.musicDurationSeconds,
          }
        : null,
  };
}
