import type { GenreId } from "./genres";

/** A place a shot can happen: its scene-heading label and how an action names it. */
export interface Room {
  /** The scene heading's location: "Lighthouse lamp room". */
  slug: string;
  /** How an action names it after "the": "lamp room". */
  noun: string;
  interior: boolean;
}

/** A kind of place the premise may name, with its wide view and the rooms inside it. */
export interface Site {
  /** Premise words that name it; multi-word keys are matched first. */
  keys: readonly string[];
  /** The establishing shot's location. */
  vista: string;
  rooms: readonly Room[];
}

const inside = (slug: string, noun: string): Room => ({ slug, noun, interior: true });
const outside = (slug: string, noun: string): Room => ({ slug, noun, interior: false });

export const sites: readonly Site[] = [
  {
    keys: ["lighthouse"],
    vista: "Lighthouse headland",
    rooms: [
      inside("Lighthouse lamp room", "lamp room"),
      inside("Lighthouse stair", "spiral stair"),
      outside("Lighthouse gallery", "gallery rail"),
    ],
  },
  {
    keys: ["island", "archipelago"],
    vista: "Island cliffs above the harbour",
    rooms: [
      inside("Harbour pub", "pub"),
      outside("Harbour wall", "harbour wall"),
      inside("Ferry office", "ferry office"),
    ],
  },
  {
    keys: ["bakery", "patisserie"],
    vista: "Street outside the bakery",
    rooms: [
      inside("Bakery kitchen", "bakery kitchen"),
      inside("Bakery shop floor", "shop floor"),
      outside("Bakery back yard", "back yard"),
    ],
  },
  {
    keys: ["hotel", "inn", "motel"],
    vista: "Hotel frontage",
    rooms: [
      inside("Hotel lobby", "lobby"),
      inside("Hotel service corridor", "service corridor"),
      outside("Hotel roof", "roof"),
    ],
  },
  {
    keys: ["space station", "station", "starship", "spaceship", "ship"],
    vista: "Hull of the ship against the stars",
    rooms: [
      inside("Bridge", "bridge"),
      inside("Engine room", "engine room"),
      inside("Cargo bay", "cargo bay"),
    ],
  },
  {
    keys: ["colony", "mars", "moon", "planet"],
    vista: "Colony domes on the red plain",
    rooms: [
      inside("Hydroponics bay", "hydroponics bay"),
      inside("Colony mess hall", "mess hall"),
      outside("Airlock ramp", "airlock ramp"),
    ],
  },
  {
    keys: ["city", "town", "chicago", "london", "new york", "paris", "naples", "tokyo"],
    vista: "City rooftops",
    rooms: [
      inside("All-night diner", "diner"),
      outside("Alley behind the club", "alley"),
      inside("Cramped office above the street", "office"),
    ],
  },
  {
    keys: ["village", "hamlet"],
    vista: "Village green",
    rooms: [
      inside("Village shop", "shop"),
      inside("Church hall", "church hall"),
      outside("Lane by the churchyard", "lane"),
    ],
  },
  {
    keys: ["school", "academy", "classroom"],
    vista: "School playground",
    rooms: [
      inside("Classroom", "classroom"),
      inside("School corridor", "corridor"),
      outside("Bike shed", "bike shed"),
    ],
  },
  {
    keys: ["castle", "kingdom", "palace", "realm"],
    vista: "Castle walls above the valley",
    rooms: [
      inside("Great hall", "great hall"),
      inside("Tower stair", "tower stair"),
      outside("Castle courtyard", "courtyard"),
    ],
  },
  {
    keys: ["forest", "woods", "wood"],
    vista: "Forest canopy",
    rooms: [
      outside("Forest clearing", "clearing"),
      inside("Woodcutter's hut", "hut"),
      outside("Old stone bridge", "bridge"),
    ],
  },
  {
    keys: ["farm", "ranch", "valley"],
    vista: "Fields under a wide sky",
    rooms: [
      inside("Farmhouse kitchen", "farmhouse kitchen"),
      inside("Barn", "barn"),
      outside("Farmyard", "farmyard"),
    ],
  },
  {
    keys: ["office", "company", "agency", "firm"],
    vista: "Office block",
    rooms: [
      inside("Open-plan office", "office"),
      inside("Break room", "break room"),
      outside("Office car park", "car park"),
    ],
  },
  {
    keys: ["hospital", "clinic"],
    vista: "Hospital forecourt",
    rooms: [
      inside("Night ward", "ward"),
      inside("Staff room", "staff room"),
      outside("Ambulance bay", "ambulance bay"),
    ],
  },
  {
    keys: ["museum", "library", "archive"],
    vista: "Museum steps",
    rooms: [
      inside("Gallery after hours", "gallery"),
      inside("Archive stacks", "stacks"),
      inside("Curator's office", "curator's office"),
    ],
  },
  {
    keys: ["restaurant", "kitchen", "diner", "cafe", "café", "bar", "pub"],
    vista: "Street outside the restaurant",
    rooms: [
      inside("Restaurant kitchen", "kitchen"),
      inside("Dining room", "dining room"),
      outside("Back door", "back step"),
    ],
  },
  {
    keys: ["golf course", "burrow", "tunnel", "underground"],
    vista: "Fairway above the burrows",
    rooms: [
      inside("Burrow reception", "reception"),
      inside("Tunnel junction", "tunnel junction"),
      outside("Rabbit hole by the green", "hole"),
    ],
  },
  {
    keys: ["zoo", "circus", "carnival", "fair"],
    vista: "Fairground at opening time",
    rooms: [
      inside("Big top", "big top"),
      outside("Animal enclosures", "enclosures"),
      inside("Ticket booth", "ticket booth"),
    ],
  },
  {
    keys: ["house", "home", "mansion", "manor", "apartment", "flat"],
    vista: "House on a quiet street",
    rooms: [
      inside("Kitchen", "kitchen"),
      inside("Upstairs landing", "landing"),
      outside("Back garden", "garden"),
    ],
  },
  {
    keys: ["sea", "coast", "harbour", "harbor", "beach", "boat"],
    vista: "Coastline at the water's edge",
    rooms: [
      inside("Boathouse", "boathouse"),
      outside("End of the pier", "pier"),
      inside("Harbourmaster's hut", "hut"),
    ],
  },
];

/** Where a genre's cold open happens when the premise names no place the list knows. */
export const genreSites: Record<GenreId, Site> = {
  noir: sites.find((site) => site.keys.includes("city"))!,
  mystery: sites.find((site) => site.keys.includes("village"))!,
  horror: sites.find((site) => site.keys.includes("house"))!,
  "science-fiction": sites.find((site) => site.keys.includes("station"))!,
  fantasy: sites.find((site) => site.keys.includes("castle"))!,
  comedy: sites.find((site) => site.keys.includes("office"))!,
  drama: sites.find((site) => site.keys.includes("house"))!,
  romance: sites.find((site) => site.keys.includes("restaurant"))!,
  adventure: sites.find((site) => site.keys.includes("sea"))!,
  family: sites.find((site) => site.keys.includes("school"))!,
};
