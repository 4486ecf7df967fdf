/** Curated palettes; writers choose by tag overlap with the genre, tone and medium. */
export type PaletteTag =
  | "warm"
  | "cool"
  | "dark"
  | "bright"
  | "pastel"
  | "neon"
  | "earthy"
  | "vintage"
  | "muted"
  | "monochrome";

export interface Palette {
  name: string;
  tags: readonly PaletteTag[];
  colors: readonly { name: string; hex: string }[];
}

export const palettes: readonly Palette[] = [
  {
    name: "Harbour Fog",
    tags: ["cool", "muted", "dark"],
    colors: [
      { name: "fog grey", hex: "#9aa3a8" },
      { name: "slate sea", hex: "#3e5661" },
      { name: "lamp amber", hex: "#e0a54a" },
      { name: "kelp green", hex: "#4f5d3a" },
      { name: "bone white", hex: "#ece6d9" },
    ],
  },
  {
    name: "Candy Workshop",
    tags: ["bright", "pastel", "warm"],
    colors: [
      { name: "bubblegum", hex: "#f49ac1" },
      { name: "butter yellow", hex: "#ffe08a" },
      { name: "mint", hex: "#9fe2bf" },
      { name: "sky", hex: "#8ecbf0" },
      { name: "cherry", hex: "#e2434b" },
    ],
  },
  {
    name: "Neon Rain",
    tags: ["neon", "dark", "cool"],
    colors: [
      { name: "midnight", hex: "#0d1b2a" },
      { name: "hot magenta", hex: "#ff2e88" },
      { name: "electric cyan", hex: "#19e3f0" },
      { name: "sodium orange", hex: "#ff9f1c" },
      { name: "wet asphalt", hex: "#2b2d42" },
    ],
  },
  {
    name: "Kodachrome Summer",
    tags: ["vintage", "warm", "earthy"],
    colors: [
      { name: "burnt orange", hex: "#c8642b" },
      { name: "mustard", hex: "#d9a441" },
      { name: "avocado", hex: "#7d8a3c" },
      { name: "faded teal", hex: "#4f8a8b" },
      { name: "cream", hex: "#f1e3c6" },
    ],
  },
  {
    name: "Ink and Bone",
    tags: ["monochrome", "dark"],
    colors: [
      { name: "ink black", hex: "#111111" },
      { name: "charcoal", hex: "#3a3a3a" },
      { name: "newsprint", hex: "#d9d4c7" },
      { name: "blood red", hex: "#a4161a" },
    ],
  },
  {
    name: "Moss and Lantern",
    tags: ["earthy", "warm", "dark"],
    colors: [
      { name: "deep moss", hex: "#3b4a2f" },
      { name: "lantern gold", hex: "#f2b544" },
      { name: "bark brown", hex: "#5a3e2b" },
      { name: "lichen", hex: "#a3b18a" },
      { name: "ember", hex: "#d35f2d" },
    ],
  },
  {
    name: "Orbital Dawn",
    tags: ["cool", "bright", "neon"],
    colors: [
      { name: "void navy", hex: "#0b132b" },
      { name: "ion blue", hex: "#3a86ff" },
      { name: "solar flare", hex: "#ffbe0b" },
      { name: "hull white", hex: "#e9ecef" },
      { name: "plasma violet", hex: "#8338ec" },
    ],
  },
  {
    name: "Watercolour Garden",
    tags: ["pastel", "warm", "muted"],
    colors: [
      { name: "rose wash", hex: "#e8a6a1" },
      { name: "sage", hex: "#a7b89a" },
      { name: "lavender", hex: "#b9a7d0" },
      { name: "paper", hex: "#f6f1e7" },
      { name: "ochre", hex: "#d4a257" },
    ],
  },
  {
    name: "Desert Sodium",
    tags: ["warm", "vintage", "dark"],
    colors: [
      { name: "rust", hex: "#a0412d" },
      { name: "dust", hex: "#d8b98a" },
      { name: "motel teal", hex: "#2f7f7a" },
      { name: "night plum", hex: "#2e1f33" },
      { name: "neon sign pink", hex: "#f26b8a" },
    ],
  },
  {
    name: "Fluorescent Office",
    tags: ["muted", "cool", "bright"],
    colors: [
      { name: "carpet grey", hex: "#8d8f8a" },
      { name: "memo yellow", hex: "#f3de6d" },
      { name: "cubicle blue", hex: "#5d7ea8" },
      { name: "printer beige", hex: "#e3dccb" },
      { name: "alarm red", hex: "#d7263d" },
    ],
  },
  {
    name: "Royal Ember",
    tags: ["warm", "dark", "earthy"],
    colors: [
      { name: "oxblood", hex: "#5c1a1b" },
      { name: "gilt", hex: "#c9a227" },
      { name: "forest velvet", hex: "#1f3b2d" },
      { name: "candle cream", hex: "#f3e9d2" },
      { name: "smoke", hex: "#4a4e4d" },
    ],
  },
  {
    name: "Sugar Arcade",
    tags: ["neon", "bright", "pastel"],
    colors: [
      { name: "grape soda", hex: "#7b2cbf" },
      { name: "lime pop", hex: "#b5e61d" },
      { name: "tangerine", hex: "#ff8c42" },
      { name: "cotton candy", hex: "#ffafcc" },
      { name: "arcade blue", hex: "#00b4d8" },
    ],
  },
  {
    name: "Winter Chapel",
    tags: ["cool", "muted", "monochrome"],
    colors: [
      { name: "frost", hex: "#dfe7ec" },
      { name: "pewter", hex: "#7a8793" },
      { name: "iron", hex: "#2f3640" },
      { name: "candle flame", hex: "#f4a259" },
    ],
  },
  {
    name: "Tropical Postcard",
    tags: ["bright", "warm", "vintage"],
    colors: [
      { name: "lagoon", hex: "#1fa9a8" },
      { name: "coral", hex: "#ff6f59" },
      { name: "palm green", hex: "#43aa8b" },
      { name: "sand", hex: "#f2d7a6" },
      { name: "sunset gold", hex: "#f7b538" },
    ],
  },
];
