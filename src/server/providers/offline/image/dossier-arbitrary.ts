import fc from "fast-check";
import type { Dossier } from "../../../shows/documents";
import type {
  Accessory,
  AgeStage,
  Build,
  Clothing,
  Eyewear,
  FacialHair,
  HairStyle,
  Headwear,
  Presentation,
} from "./character-traits";

/**
 * Dossiers written from parts whose meaning is known, for property tests: each part is a phrase
 * a writer (or a model) might use and the trait it states. The test reads the whole dossier back
 * and checks that every stated trait is drawn.
 */

export interface StatedTraits {
  hairColor?: string;
  hairStyle?: HairStyle;
  skinTone?: number;
  age: AgeStage;
  presentation: Presentation;
  build: Build;
  facialHair?: FacialHair;
  facialHairColor?: string;
  eyewear?: Eyewear;
  clothing?: Clothing;
  clothingColor?: string;
  accessory?: Accessory;
  headwear?: Headwear;
}

export interface StatedDossier {
  dossier: Dossier;
  stated: StatedTraits;
}

type Part<T> = readonly [phrase: string, stated: T];

const hair: Part<{ hairColor?: string; hairStyle: HairStyle }>[] = [
  ["platinum hair shaved at the sides", { hairColor: "#e8dfc8", hairStyle: "shavedSides" }],
  ["a copper mohawk", { hairColor: "#b5461f", hairStyle: "mohawk" }],
  ["jet-black braids", { hairColor: "#1d1817", hairStyle: "braids" }],
  ["sandy hair in a messy bun", { hairColor: "#d7b266", hairStyle: "bun" }],
  ["a tangle of auburn curls", { hairColor: "#7c3519", hairStyle: "curlyLong" }],
  ["close-cropped silver hair", { hairColor: "#a8a8ae", hairStyle: "short" }],
  ["a shaved head", { hairStyle: "bald" }],
  ["long straight blonde hair", { hairColor: "#d7b266", hairStyle: "long" }],
  ["a teal bob", { hairColor: "#2a9d8f", hairStyle: "bob" }],
  ["ginger hair in two buns", { hairColor: "#b5461f", hairStyle: "twinBuns" }],
  ["a dark brown afro", { hairColor: "#3b2a20", hairStyle: "afro" }],
  ["a chestnut ponytail", { hairColor: "#7c3519", hairStyle: "ponytail" }],
  ["lilac hair with a heavy fringe", { hairColor: "#a58bd0", hairStyle: "fringe" }],
  ["pink dreadlocks", { hairColor: "#e0719b", hairStyle: "locs" }],
  ["short curly black hair", { hairColor: "#1d1817", hairStyle: "curlyShort" }],
];

const skins: Part<number | undefined>[] = [
  ["pale, freckled skin", 0.2],
  ["olive skin", 0.45],
  ["deep brown skin", 0.9],
  ["warm brown skin", 0.65],
  ["porcelain skin", 0.05],
  ["", undefined],
];

const ages: Part<AgeStage>[] = [
  ["9", "child"],
  ["15", "teen"],
  ["34", "adult"],
  ["40s", "adult"],
  ["72", "elder"],
  ["late sixties", "elder"],
];

const pronouns: Part<Presentation>[] = [
  ["she/her", "feminine"],
  ["he/him", "masculine"],
  ["they/them", "neutral"],
];

const builds: Part<Build>[] = [
  ["Broad-shouldered", "broad"],
  ["Slight and quick", "slight"],
  ["Of middling height", "average"],
];

const facialHairs: Part<{ facialHair?: FacialHair; facialHairColor?: string }>[] = [
  ["a neat beard", { facialHair: "beard" }],
  ["a white walrus moustache", { facialHair: "moustache", facialHairColor: "#e9e6df" }],
  ["a dark stubble shadow", { facialHair: "stubble", facialHairColor: "#241a16" }],
  ["a handlebar moustache", { facialHair: "handlebar" }],
  ["", {}],
  ["", {}],
];

const eyewears: Part<Eyewear | undefined>[] = [
  ["round glasses", "roundGlasses"],
  ["mirrored sunglasses", "sunglasses"],
  ["horn-rimmed glasses", "glasses"],
  ["", undefined],
  ["", undefined],
];

const garments: Part<{ clothing: Clothing; clothingColor: string }>[] = [
  ["a bright red raincoat", { clothing: "coat", clothingColor: "#c0262d" }],
  ["a mustard cardigan", { clothing: "sweater", clothingColor: "#c9a227" }],
  ["a navy hoodie", { clothing: "hoodie", clothingColor: "#1f2f5a" }],
  ["green dungarees", { clothing: "overalls", clothingColor: "#3f8d5d" }],
  ["a white T-shirt", { clothing: "tee", clothingColor: "#e9e6df" }],
  ["a purple dress", { clothing: "dress", clothingColor: "#6c3fa0" }],
  ["a black leather jacket", { clothing: "coat", clothingColor: "#1d1817" }],
];

const extras: Part<{ accessory?: Accessory; headwear?: Headwear }>[] = [
  ["a striped scarf", { accessory: "scarf" }],
  ["gold hoop earrings", { accessory: "earrings" }],
  ["an eyepatch", { accessory: "eyepatch" }],
  ["a bowler hat two sizes too big", { headwear: "hat" }],
  ["a knitted beanie", { headwear: "beanie" }],
  ["", {}],
];

const names = ["Vex Marlow", "Ada Okafor", "Tom Reyes", "Noor Haddad", "Kit Lindqvist", "Bea Tran"];

const pick = <T>(parts: readonly Part<T>[]) => fc.constantFrom(...parts);

/** A dossier of known parts; hats ride in the appearance, where they are the key visual trait. */
export const statedDossier: fc.Arbitrary<StatedDossier> = fc
  .record({
    name: fc.constantFrom(...names),
    hair: pick(hair),
    skin: pick(skins),
    age: pick(ages),
    pronouns: pick(pronouns),
    build: pick(builds),
    facialHair: pick(facialHairs),
    eyewear: pick(eyewears),
    garment: pick(garments),
    extra: pick(extras),
  })
  .map(({ name, ...parts }) => {
    const child = parts.age[1] === "child";
    const facialHair = child ? (["", {}] as const) : parts.facialHair;
    // An eyepatch and glasses are one accessory slot: the patch wins, so only one is stated.
    const eyewear =
      parts.extra[1].accessory === "eyepatch" ? (["", undefined] as const) : parts.eyewear;
    const features = [parts.skin[0], parts.hair[0], facialHair[0], eyewear[0]].filter(Boolean);
    const key = parts.extra[1].headwear ? parts.extra[0] : "";
    const appearance = [
      `${parts.build[0]}, with ${features.join(", ")}.`,
      key ? `The detail everyone remembers: ${key}.` : "",
    ]
      .filter(Boolean)
      .join(" ");
    const wardrobe = `${capitalise(parts.garment[0])}${
      parts.extra[0] && !key ? `, never without ${parts.extra[0]}` : ""
    }.`;
    const dossier: Dossier = {
      name,
      role: "Lead",
      age: parts.age[0],
      pronouns: parts.pronouns[0],
      appearance,
      wardrobe,
      personality: ["wry", "stubborn"],
      backstory: "Left town after the flood.",
      motivation: "To read the last page.",
      flaw: "Trusts paper more than people.",
      voice: "Low and dry.",
      relationships: [],
      portraitGuidance: "Three-quarter view.",
      showcaseScene: "Reading a ledger by torchlight.",
    };
    const stated: StatedTraits = {
      ...parts.hair[1],
      ...(parts.skin[1] === undefined ? {} : { skinTone: parts.skin[1] }),
      age: parts.age[1],
      presentation: parts.pronouns[1],
      build: parts.build[1],
      ...facialHair[1],
      ...(eyewear[1] ? { eyewear: eyewear[1] } : {}),
      ...parts.garment[1],
      ...parts.extra[1],
    };
    return { dossier, stated };
  });

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The dossiers issue 14 found drawn wrong, written as the offline writer wrote them. */
export const reportedFailures: StatedDossier[] = [
  {
    dossier: {
      name: "Vex Marlow",
      role: "The safecracker",
      age: "27",
      pronouns: "she/her",
      appearance:
        "Slight and quick, with olive skin and platinum hair shaved at the sides. The detail everyone remembers: a scar through one eyebrow.",
      wardrobe: "A black leather jacket, never without gold hoop earrings.",
      personality: ["wry", "stubborn"],
      backstory: "x",
      motivation: "x",
      flaw: "x",
      voice: "x",
      relationships: [],
      portraitGuidance: "x",
      showcaseScene: "x",
    },
    stated: {
      hairColor: "#e8dfc8",
      hairStyle: "shavedSides",
      skinTone: 0.45,
      age: "adult",
      presentation: "feminine",
      build: "slight",
      clothing: "coat",
      clothingColor: "#1d1817",
      accessory: "earrings",
    },
  },
  {
    dossier: {
      name: "Noor Murphy",
      role: "The zookeeper",
      age: "41",
      pronouns: "she/her",
      appearance: "Tall and rangy, with warm brown skin and long straight black hair.",
      wardrobe: "Green dungarees and a striped scarf.",
      personality: ["wry", "stubborn"],
      backstory: "x",
      motivation: "x",
      flaw: "x",
      voice: "x",
      relationships: [],
      portraitGuidance: "x",
      showcaseScene: "x",
    },
    stated: {
      hairColor: "#1d1817",
      hairStyle: "long",
      skinTone: 0.65,
      age: "adult",
      presentation: "feminine",
      build: "slight",
      clothing: "overalls",
      clothingColor: "#3f8d5d",
      accessory: "scarf",
    },
  },
];
