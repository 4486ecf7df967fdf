import type { PaletteTag } from "./palettes";

export type MediumId =
  | "claymation"
  | "anime"
  | "live-action"
  | "watercolor"
  | "sixteen-mm"
  | "graphic-novel"
  | "feature-3d"
  | "paper-cutout"
  | "mockumentary"
  | "pixel-art"
  | "puppetry";

/** A production style: how the show is made and therefore how every frame looks. */
export interface Medium {
  id: MediumId;
  name: string;
  /** Premise words that ask for this medium outright. */
  keywords: readonly string[];
  description: string;
  lighting: string;
  camera: string;
  composition: string;
  textures: string;
  /** How a character portrait is rendered in this medium. */
  portrait: string;
  /** How a short character showcase moves in this medium. */
  motion: string;
  paletteTags: readonly PaletteTag[];
}

export const media: readonly Medium[] = [
  {
    id: "claymation",
    name: "stop-motion claymation",
    keywords: [
      "claymation",
      "clay",
      "stop-motion",
      "stop motion",
      "plasticine",
      "aardman",
      "laika",
    ],
    description:
      "Hand-sculpted plasticine puppets on miniature sets, animated on twos so every gesture keeps a faint, charming boil of thumbprints",
    lighting: "miniature practical lamps and a single warm key, with soft bounce off painted card",
    camera: "locked-off tripod shots and slow motion-control dollies at puppet eye level",
    composition: "dioramic, centred framing that shows off the handmade set to its edges",
    textures: "thumbprinted clay, felted fabrics, balsa wood and real miniature props",
    portrait:
      "sculpted plasticine bust on a tabletop set, visible fingerprints and a shallow macro focus",
    motion:
      "animated on twos with a slight clay boil, one deliberate gesture held for comic timing",
    paletteTags: ["warm", "earthy", "pastel"],
  },
  {
    id: "anime",
    name: "2D anime",
    keywords: ["anime", "manga", "shonen", "shojo", "mecha", "ghibli"],
    description:
      "Cel-shaded 2D animation with painted backgrounds, expressive eyes and sudden bursts of limited-animation impact frames",
    lighting: "cel shading with crisp two-tone shadows, rim light and bloom on every window",
    camera: "dramatic pans across painted backgrounds, speed lines and snap zooms on reactions",
    composition: "strong diagonals, low-angle hero shots and big sky-filled wide frames",
    textures: "clean line art over lush gouache-style background paintings",
    portrait:
      "clean cel-shaded bust with expressive eyes, crisp rim light and a painted sky behind",
    motion: "limited animation with a held pose, wind in the hair and a snap zoom on the eyes",
    paletteTags: ["bright", "cool", "pastel"],
  },
  {
    id: "live-action",
    name: "prestige live action",
    keywords: ["live action", "live-action", "prestige", "hbo", "cinematic"],
    description:
      "Single-camera prestige drama shot on large-format digital, with natural performances and a restrained, expensive-looking finish",
    lighting: "motivated natural light, soft sources and deep, controlled shadows",
    camera: "slow push-ins, long lenses for the intimate moments and patient wide masters",
    composition: "negative space around isolated figures and carefully layered depth",
    textures: "weathered real locations, fine film grain and tactile period costume",
    portrait:
      "photoreal cinematic close-up on a large-format lens, shallow depth of field and soft window light",
    motion: "a slow push-in on a held look, naturalistic and unhurried",
    paletteTags: ["muted", "earthy", "cool"],
  },
  {
    id: "watercolor",
    name: "hand-painted watercolor animation",
    keywords: [
      "watercolor",
      "watercolour",
      "painterly",
      "storybook",
      "hand-painted",
      "picture book",
    ],
    description:
      "Traditional animation over hand-painted watercolour backgrounds, with soft edges that bloom and bleed like a picture book come alive",
    lighting: "soft, glowing washes with light left as bare paper",
    camera: "gentle parallax pans through layered paintings and slow storybook page turns",
    composition: "airy, asymmetric layouts with generous painted skies",
    textures: "cold-press paper grain, pigment blooms and pencil underdrawing",
    portrait:
      "watercolour portrait on cold-press paper, soft bleeding edges and visible pencil lines",
    motion: "gentle hand-drawn movement on a watercolour background that breathes with paper grain",
    paletteTags: ["pastel", "warm", "muted"],
  },
  {
    id: "sixteen-mm",
    name: "1970s 16mm film",
    keywords: ["16mm", "1970s", "70s", "seventies", "grindhouse", "retro", "vintage"],
    description:
      "Shot on grainy 16mm reversal stock with zoom lenses and location sound, like a lost 1970s television series restored from the vault",
    lighting: "available light, tungsten practicals and the odd blown-out window",
    camera: "handheld zooms, crash zooms and slightly imperfect focus pulls",
    composition: "loose, documentary framing with foreground clutter and off-centre subjects",
    textures: "heavy grain, gate weave, halation and warm faded colour",
    portrait: "16mm film still with heavy grain, warm faded colour and tungsten light",
    motion: "a handheld zoom into a close-up, grain dancing and the gate weaving slightly",
    paletteTags: ["vintage", "warm", "earthy"],
  },
  {
    id: "graphic-novel",
    name: "neo-noir graphic novel",
    keywords: ["graphic novel", "comic book", "motion comic", "black-and-white", "sin city"],
    description:
      "Motion-comic animation drawn like a neo-noir graphic novel: heavy inks, hard shadows and a single accent colour bleeding through the black",
    lighting: "chiaroscuro with solid black shadows and one accent colour",
    camera: "panel-like static frames, slow pans across splash pages and hard cuts",
    composition: "comic-panel framing, extreme close-ups and steep Dutch angles",
    textures: "inked linework, halftone dots, rain streaks and paper tooth",
    portrait:
      "inked graphic-novel portrait, solid black shadows, halftone texture and one accent colour",
    motion: "a motion-comic parallax move with rain falling across inked panels",
    paletteTags: ["monochrome", "dark", "neon"],
  },
  {
    id: "feature-3d",
    name: "3D feature animation",
    keywords: ["pixar", "3d", "cgi", "animated", "animation", "cartoon", "dreamworks"],
    description:
      "Feature-quality 3D animation with appealing stylised characters, squash and stretch and richly detailed, slightly caricatured worlds",
    lighting: "global illumination with warm key, cool fill and a crisp rim on every character",
    camera: "fluid virtual camera moves, swooping cranes and playful whip pans",
    composition: "clear silhouettes, rule-of-thirds staging and appealing shape language",
    textures: "soft subsurface skin, stylised fabrics and tactile, toy-like surfaces",
    portrait:
      "stylised 3D character render with big expressive features, soft subsurface skin and a warm rim light",
    motion: "bouncy, squash-and-stretch acting with a big expressive take",
    paletteTags: ["bright", "warm", "pastel"],
  },
  {
    id: "paper-cutout",
    name: "paper cut-out animation",
    keywords: ["paper cut-out", "cut-out", "cutout", "collage", "papercraft", "origami"],
    description:
      "Layered paper cut-out animation with visible edges, little shadows between the layers and the jerky charm of hand-moved pieces",
    lighting: "top-down light casting small, crisp drop shadows between paper layers",
    camera: "multiplane moves through stacked paper layers and flat, graphic side-on views",
    composition: "flat, theatrical staging like a toy theatre",
    textures: "construction paper, torn edges, newsprint collage and glue sheen",
    portrait:
      "layered paper cut-out portrait with torn edges and tiny drop shadows between the layers",
    motion: "hinged paper limbs swinging in small hand-moved steps on a multiplane background",
    paletteTags: ["bright", "earthy", "vintage"],
  },
  {
    id: "mockumentary",
    name: "handheld documentary style",
    keywords: [
      "mockumentary",
      "documentary",
      "documentary-style",
      "found footage",
      "reality show",
      "reality tv",
    ],
    description:
      "Single-camera mockumentary shot like an observational documentary, with talking-head interviews and a camera operator who never quite looks away",
    lighting: "flat available light, overhead fluorescents and bright interview setups",
    camera: "handheld operator zooms, snap pans to reactions and locked talking-head interviews",
    composition: "slightly awkward documentary framing, subjects caught through doorways",
    textures: "lived-in real locations, lanyards, laminated signs and clutter",
    portrait: "talking-head interview frame, flat documentary light and a lived-in background",
    motion: "a talking-head interview that cuts to a handheld snap pan catching the truth",
    paletteTags: ["muted", "bright", "cool"],
  },
  {
    id: "pixel-art",
    name: "pixel-art animation",
    keywords: ["pixel", "8-bit", "16-bit", "video game", "arcade", "retro game"],
    description:
      "Animated pixel art in the style of a lovingly made 16-bit game, with limited palettes, parallax layers and snappy sprite animation",
    lighting: "baked-in dithered lighting and glowing palette-swap highlights",
    camera: "side-scrolling tracking, parallax layers and screen-shake on impacts",
    composition: "readable, tile-based layouts with strong sprite silhouettes",
    textures: "crisp pixels, dithering, scanlines and CRT glow",
    portrait:
      "detailed pixel-art character portrait like a dialogue-box bust, dithered shading on a limited palette",
    motion: "a looping idle sprite animation that breaks into a signature move",
    paletteTags: ["neon", "bright", "dark"],
  },
  {
    id: "puppetry",
    name: "hand-and-rod puppetry",
    keywords: ["puppet", "puppetry", "muppet", "marionette", "sock puppet"],
    description:
      "Hand-and-rod puppets performed live on built sets, with foam-and-fleece characters, googly-eyed sincerity and the occasional glimpse of a puppeteer's sleeve",
    lighting: "bright, even television studio light with a warm key and soft coloured backlights",
    camera: "multi-camera studio coverage at puppet eye level, quick cuts to reaction shots",
    composition: "waist-up framing that hides the performers below the set line",
    textures: "fleece, felt, ping-pong-ball eyes, painted flats and real miniature props",
    portrait:
      "foam-and-fleece puppet bust on a bright studio set, felt textures and big ping-pong-ball eyes",
    motion: "a puppet's head-tilt and flapping mouth, arms waving on rods, one big double take",
    paletteTags: ["bright", "warm", "pastel"],
  },
];
