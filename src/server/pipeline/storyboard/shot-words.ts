import type { SceneHeading } from "../../shows/episode-script";

/** A scene heading as a screenplay writes it: "INT. NIGHT MARKET – NIGHT". */
export function describeHeading(scene: SceneHeading): string {
  const place = scene.location.trim().toUpperCase();
  return `${scene.interior ? "INT." : "EXT."} ${place} – ${scene.timeOfDay.toUpperCase()}`;
}
