import type { IconName } from "@/components/ui/icon";

/** How each task kind reads in the UI. Kinds the client does not know fall back to their id. */
export interface KindInfo {
  label: string;
  icon: IconName;
  /** Long-running kinds get a browser notification when they finish (when opted in). */
  long: boolean;
}

const KINDS: Record<string, KindInfo> = {
  blueprint: { label: "Blueprint", icon: "sparkles", long: false },
  characters: { label: "Cast", icon: "users", long: false },
  dossier: { label: "Dossier", icon: "doc", long: false },
  portrait: { label: "Portrait", icon: "user", long: false },
  portrait_grid: { label: "Portrait grid", icon: "grid", long: false },
  poster: { label: "Library poster", icon: "image", long: false },
  trailer: { label: "Trailer", icon: "film", long: true },
  character_video: { label: "Character video", icon: "video", long: true },
  episodes: { label: "Episodes", icon: "list", long: false },
  episode_still: { label: "Episode still", icon: "image", long: false },
  episode_clip: { label: "Episode clip", icon: "video", long: true },
};

export function kindInfo(kind: string): KindInfo {
  return KINDS[kind] ?? { label: kind.replaceAll("_", " "), icon: "sparkles", long: false };
}
