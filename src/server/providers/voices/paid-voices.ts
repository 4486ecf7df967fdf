import type { CatalogVoice } from "./voice-traits";

/**
 * The paid providers' voices. They take accent and delivery from words (OpenAI's `instructions`),
 * so their accent is "neutral" here and a dossier's accent goes into the voice's notes.
 */

/**
 * OpenAI's built-in speech voices (the speech API's documented list, mid 2026). Presentation and
 * timbre follow OpenAI's previews; `marin` and `cedar` are the newest and recommended.
 */
export const openAIVoiceCatalog: readonly CatalogVoice[] = [
  voice("marin", "Marin", "feminine", ["warm"]),
  voice("cedar", "Cedar", "masculine", ["warm", "deep"]),
  voice("coral", "Coral", "feminine", ["bright"]),
  voice("ash", "Ash", "masculine", ["smooth"]),
  voice("nova", "Nova", "feminine", ["bright"], ["teen", "adult"]),
  voice("onyx", "Onyx", "masculine", ["deep"], ["adult", "elder"]),
  voice("sage", "Sage", "feminine", ["smooth"]),
  voice("echo", "Echo", "masculine", ["smooth"]),
  voice("shimmer", "Shimmer", "feminine", ["airy"]),
  voice("verse", "Verse", "masculine", ["bright"], ["teen", "adult"]),
  voice("ballad", "Ballad", "masculine", ["warm"], ["adult", "elder"]),
  voice("fable", "Fable", "neutral", ["warm"], ["adult", "elder"]),
  voice("alloy", "Alloy", "neutral", ["smooth"]),
];

/**
 * MiniMax's system voices on Replicate (minimax/speech-2.6-turbo's `voice_id` list). Their names
 * say who they are: "Wise_Woman", "Decent_Boy".
 */
export const minimaxVoiceCatalog: readonly CatalogVoice[] = [
  voice("Wise_Woman", "Wise Woman", "feminine", ["warm"], ["adult", "elder"]),
  voice("Deep_Voice_Man", "Deep Voice Man", "masculine", ["deep"], ["adult", "elder"]),
  voice("Calm_Woman", "Calm Woman", "feminine", ["smooth"]),
  voice("Casual_Guy", "Casual Guy", "masculine", ["bright"], ["teen", "adult"]),
  voice("Lively_Girl", "Lively Girl", "feminine", ["bright"], ["child", "teen"]),
  voice("Patient_Man", "Patient Man", "masculine", ["warm"]),
  voice("Young_Knight", "Young Knight", "masculine", ["bright"], ["teen", "adult"]),
  voice("Determined_Man", "Determined Man", "masculine", ["rough"]),
  voice("Lovely_Girl", "Lovely Girl", "feminine", ["airy"], ["child", "teen"]),
  voice("Decent_Boy", "Decent Boy", "masculine", ["bright"], ["child", "teen"]),
  voice("Imposing_Manner", "Imposing Manner", "masculine", ["deep", "rough"], ["adult", "elder"]),
  voice("Elegant_Man", "Elegant Man", "masculine", ["smooth"]),
  voice("Abbess", "Abbess", "feminine", ["warm"], ["elder"]),
  voice("Sweet_Girl_2", "Sweet Girl", "feminine", ["airy"], ["child", "teen"]),
  voice("Exuberant_Girl", "Exuberant Girl", "feminine", ["bright"], ["teen", "adult"]),
  voice("Inspirational_girl", "Inspirational Girl", "feminine", ["bright"], ["teen", "adult"]),
  voice("Friendly_Person", "Friendly Person", "neutral", ["warm"]),
];

function voice(
  voiceId: string,
  label: string,
  presentation: CatalogVoice["presentation"],
  timbre: CatalogVoice["timbre"],
  ages: CatalogVoice["ages"] = ["adult"],
): CatalogVoice {
  return { voiceId, label, presentation, ages, accent: "neutral", timbre };
}
