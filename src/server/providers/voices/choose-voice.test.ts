import { describe, expect, it } from "vitest";
import type { Blueprint, Dossier } from "../../shows/documents";
import { chooseVoice, narratorVoice } from "./choose-voice";
import { offlineVariantOf, splitEspeakVoiceId } from "./offline-voices";
import { minimaxVoiceCatalog, openAIVoiceCatalog } from "./paid-voices";
import { voiceSpecSchema } from "./voice-spec-schema";

function dossier(fields: Partial<Dossier>): Dossier {
  return {
    name: "Test",
    role: "Lead",
    age: "35",
    pronouns: "they/them",
    appearance: "Tall, with ink-stained hands.",
    wardrobe: "A long coat.",
    personality: ["curious", "proud"],
    backstory: "Grew up by the sea.",
    motivation: "To find the truth.",
    flaw: "Never lets go.",
    voice: "Even and clear",
    relationships: [],
    portraitGuidance: "Half-lit.",
    showcaseScene: "On the sea wall.",
    ...fields,
  };
}

const presentationOf = (voiceId: string) => offlineVariantOf(voiceId)?.presentation;
const agesOf = (voiceId: string) => offlineVariantOf(voiceId)?.ages ?? [];

describe("chooseVoice (offline)", () => {
  it("casts women in feminine voices and men in masculine ones", () => {
    const woman = chooseVoice("offline", dossier({ pronouns: "she/her" }), 0);
    const man = chooseVoice("offline", dossier({ pronouns: "he/him" }), 1);
    expect(presentationOf(woman.voiceId)).toBe("feminine");
    expect(presentationOf(man.voiceId)).toBe("masculine");
  });

  it("hears the accent in the voice sentence and picks eSpeak's variant of it", () => {
    const cases: [string, string][] = [
      ["A soft Glaswegian burr", "en-gb-scotland"],
      ["Cut-glass, posh vowels", "en-gb-x-rp"],
      ["Broad Lancashire, never hurried", "en-gb-x-gbclan"],
      ["Brummie and proud of it", "en-gb-x-gbcwmd"],
      ["A lilting Jamaican cadence", "en-029"],
      ["Pure Brooklyn, fast and loud", "en-us-nyc"],
      ["A Cockney rasp", "en"],
    ];
    for (const [voice, accent] of cases) {
      const chosen = chooseVoice("offline", dossier({ pronouns: "he/him", voice }), 0);
      expect(splitEspeakVoiceId(chosen.voiceId).accent, voice).toBe(accent);
    }
  });

  it("keeps an accent eSpeak lacks in the notes and speaks it with the nearest it has", () => {
    const southern = chooseVoice("offline", dossier({ voice: "A slow Texan drawl" }), 0);
    expect(splitEspeakVoiceId(southern.voiceId).accent).toBe("en-us");
    expect(southern.notes).toMatch(/Southern drawl/);
    expect(southern.rate).toBeLessThan(172);

    const french = chooseVoice("offline", dossier({ voice: "Parisian, precise, amused" }), 0);
    expect(french.notes).toMatch(/French accent/);
  });

  it("gives children child voices or a much higher pitch, and elders old or low voices", () => {
    const girl = chooseVoice("offline", dossier({ pronouns: "she/her", age: "9" }), 0);
    const adultWoman = chooseVoice("offline", dossier({ pronouns: "she/her", age: "40" }), 0);
    expect(agesOf(girl.voiceId)).toContain("child");
    expect(girl.notes).toMatch(/^Girl, about 9/);

    const boy = chooseVoice("offline", dossier({ pronouns: "he/him", age: "eleven" }), 0);
    const man = chooseVoice("offline", dossier({ pronouns: "he/him", age: "40" }), 0);
    expect(agesOf(boy.voiceId)[0] === "child" || boy.pitch >= man.pitch + 15).toBe(true);

    const elder = chooseVoice(
      "offline",
      dossier({ pronouns: "she/her", age: "in her seventies" }),
      0,
    );
    expect(agesOf(elder.voiceId)).toContain("elder");
    expect(elder.rate).toBeLessThan(adultWoman.rate);
    expect(elder.notes).toMatch(/^Older woman, about 75/);
  });

  it("reads temperament: gravelly is lower than sing-song, breathless faster than unhurried", () => {
    const gravel = chooseVoice("offline", dossier({ voice: "Gravelly, with long pauses" }), 0);
    const sing = chooseVoice("offline", dossier({ voice: "Sing-song and teasing" }), 0);
    expect(gravel.pitch).toBeLessThan(sing.pitch);
    const fast = chooseVoice("offline", dossier({ voice: "Breathless and fast" }), 0);
    const slow = chooseVoice("offline", dossier({ voice: "Low and unhurried" }), 0);
    expect(fast.rate).toBeGreaterThan(slow.rate + 20);
  });

  it("never gives two characters of a cast the same voice, pitch and rate, even identical ones", () => {
    const same = dossier({ pronouns: "he/him", age: "30", voice: "Quick, clipped and precise" });
    const cast = Array.from({ length: 10 }, (_, index) => chooseVoice("offline", same, index));
    const keys = new Set(cast.map((voice) => `${voice.voiceId}|${voice.pitch}|${voice.rate}`));
    expect(keys.size).toBe(10);
    // Not only the pitch digit: identical characters are spread over different voices.
    expect(new Set(cast.map((voice) => voice.voiceId)).size).toBeGreaterThanOrEqual(5);
  });

  it("keeps a cast distinct when fewer voices are offered than characters", () => {
    const offered = [
      { voiceId: "en-us+m3", label: "American · Male 3" },
      { voiceId: "en-us+m7", label: "American · Male 7" },
    ];
    const same = dossier({ pronouns: "he/him" });
    const cast = Array.from({ length: 12 }, (_, index) =>
      chooseVoice("offline", same, index, offered),
    );
    const keys = new Set(cast.map((voice) => `${voice.voiceId}|${voice.pitch}|${voice.rate}`));
    expect(keys.size).toBe(12);
  });

  it("avoids voices already taken while others fit", () => {
    const first = chooseVoice("offline", dossier({ pronouns: "she/her" }), 0);
    const second = chooseVoice("offline", dossier({ pronouns: "she/her" }), 0, undefined, {
      taken: [first],
    });
    expect(second.voiceId).not.toBe(first.voiceId);
  });

  it("is deterministic and always valid", () => {
    const subject = dossier({ pronouns: "she/her", age: "mid-40s", voice: "Dry as toast" });
    expect(chooseVoice("offline", subject, 3)).toEqual(chooseVoice("offline", subject, 3));
    for (const pronouns of ["she/her", "he/him", "they/them", "xe/xem", ""]) {
      for (const age of ["4", "15", "38", "82", "ageless", "centuries old"]) {
        for (let index = 0; index < 12; index++) {
          const chosen = chooseVoice("offline", dossier({ pronouns, age }), index);
          expect(voiceSpecSchema.safeParse(chosen).success).toBe(true);
        }
      }
    }
  });

  it("casts a character with no dossier yet as a neutral adult", () => {
    const voice = chooseVoice("offline", null, 2);
    expect(voiceSpecSchema.parse(voice)).toEqual(voice);
    expect(agesOf(voice.voiceId)).toContain("adult");
  });

  it("casts only from the voices offered when a list is given", () => {
    const offered = [
      { voiceId: "en-gb-scotland+f2", label: "Scottish · Female 2" },
      { voiceId: "en-us+m3", label: "American · Male 3" },
    ];
    const chosen = chooseVoice("offline", dossier({ pronouns: "she/her" }), 4, offered);
    expect(chosen.voiceId).toBe("en-gb-scotland+f2");
  });
});

describe("chooseVoice (paid)", () => {
  it("casts from OpenAI's voices by presentation and spreads a cast over them", () => {
    const women = Array.from({ length: 4 }, (_, index) =>
      chooseVoice("openai", dossier({ pronouns: "she/her" }), index),
    );
    const ids = new Set(openAIVoiceCatalog.map((voice) => voice.voiceId));
    for (const voice of women) {
      expect(ids.has(voice.voiceId)).toBe(true);
      const entry = openAIVoiceCatalog.find((candidate) => candidate.voiceId === voice.voiceId);
      expect(entry?.presentation).toBe("feminine");
    }
    expect(new Set(women.map((voice) => voice.voiceId)).size).toBe(4);
  });

  it("puts the accent and the dossier's voice into the notes OpenAI reads", () => {
    const voice = chooseVoice(
      "openai",
      dossier({ pronouns: "he/him", age: "61", voice: "A soft Glaswegian burr." }),
      0,
    );
    expect(voice.notes).toBe("Older man, about 61; Scottish accent; A soft Glaswegian burr");
  });

  it("casts children on Replicate's MiniMax voices with the young ones", () => {
    const girl = chooseVoice("replicate", dossier({ pronouns: "she/her", age: "10" }), 0);
    const entry = minimaxVoiceCatalog.find((voice) => voice.voiceId === girl.voiceId);
    expect(entry?.ages).toContain("child");
  });
});

describe("narratorVoice", () => {
  const blueprint = (fields: Partial<Blueprint>): Blueprint => ({
    title: "T",
    logline: "A logline that is long enough.",
    tagline: "Tag.",
    genre: "Drama",
    tone: "Warm",
    setting: "A small town",
    themes: ["home"],
    moodKeywords: ["quiet", "golden", "hopeful"],
    productionStyle: { medium: "live action", description: "Handheld." },
    visualAesthetics: {
      palette: [
        { name: "A", hex: "#000000" },
        { name: "B", hex: "#ffffff" },
        { name: "C", hex: "#888888" },
      ],
      lighting: "Soft",
      camera: "Still",
      composition: "Centred",
      textures: "Paper",
    },
    posterDescription: "A poster.",
    ...fields,
  });

  it("is low and unhurried for noir, warm for a kids' show", () => {
    const noir = narratorVoice("offline", blueprint({ genre: "Neo-noir crime", tone: "Bleak" }));
    const kids = narratorVoice("offline", blueprint({ genre: "Kids animation", tone: "Playful" }));
    expect(offlineVariantOf(noir.voiceId)?.presentation).toBe("masculine");
    expect(offlineVariantOf(kids.voiceId)?.presentation).toBe("feminine");
    expect(noir.pitch).toBeLessThan(kids.pitch);
    expect(noir.rate).toBeLessThan(kids.rate);
  });

  it("takes the setting's accent where eSpeak has it", () => {
    const voice = narratorVoice(
      "offline",
      blueprint({ setting: "A fishing village in the Scottish Highlands" }),
    );
    expect(splitEspeakVoiceId(voice.voiceId).accent).toBe("en-gb-scotland");
  });

  it("never has a character's rate, so never doubles one", () => {
    const voice = narratorVoice("offline", blueprint({}));
    expect(voice.rate % 5).not.toBe(0);
    const character = chooseVoice("offline", dossier({}), 0);
    expect(character.rate % 5).toBe(0);
  });
});
