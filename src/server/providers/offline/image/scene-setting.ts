import type { SceneHeading, TimeOfDay } from "../../../shows/episode-script";

/**
 * What a scene heading says a storyboard backdrop should show, read from its free-text location
 * by keyword as the medium is: "EXT. HARBOUR WALL - NIGHT" is water and a quay under a moon.
 * Anything unrecognised gets a plain set of its kind, never an error.
 */
export type ExteriorPlace =
  | "waterfront"
  | "street"
  | "countryside"
  | "forest"
  | "mountains"
  | "desert"
  | "space";

export type InteriorPlace = "home" | "workplace" | "shopfront" | "hall" | "vehicle";

export type SceneSetting =
  | { interior: false; place: ExteriorPlace; timeOfDay: TimeOfDay }
  | { interior: true; place: InteriorPlace; timeOfDay: TimeOfDay };

// First match wins, so the more particular places come first ("station platform" is a street,
// "space station" is space).
const exteriors: [ExteriorPlace, RegExp][] = [
  ["space", /space|orbit|asteroid|planet|moon ?base|hull|starship|airlock|vacuum|ring station/],
  [
    "waterfront",
    /sea|harbou?r|beach|coast|shore|pier|dock|quay|lake|river|bay|port\b|marina|wharf|cliff|canal|ocean|jetty|lighthouse/,
  ],
  ["forest", /forest|wood|jungle|grove|thicket|orchard|swamp|marsh/],
  ["mountains", /mountain|peak|summit|ridge|canyon|valley|glacier|pass\b|volcano|crag/],
  ["desert", /desert|dune|sand|badlands|wasteland|mesa|salt flat/],
  [
    "countryside",
    /field|farm|meadow|garden|park|hill|moor|countryside|pasture|vineyard|lawn|yard|graveyard|cemetery|churchyard|prairie|village green/,
  ],
  [
    "street",
    /street|alley|road|city|town|square|market|avenue|lane|plaza|rooftop|roof|bridge|car park|parking|station|corner|downtown|block|courtyard|promenade|boulevard/,
  ],
];

const interiors: [InteriorPlace, RegExp][] = [
  [
    "vehicle",
    /\bcar\b|van\b|truck|bus\b|train|carriage|cockpit|cabin|taxi|tram|subway|boat|ship|plane|shuttle|wagon|lift|elevator/,
  ],
  [
    "shopfront",
    /shop|store|bakery|bar\b|pub\b|diner|cafe|café|restaurant|tavern|inn\b|kitchen|counter|boutique|pharmacy|salon|market|canteen|club/,
  ],
  [
    "hall",
    /hall|church|chapel|cathedral|temple|shrine|museum|theat|cinema|warehouse|factory|hangar|gym|ballroom|court ?room|lobby|atrium|station|terminal|arena|barn|mill/,
  ],
  [
    "workplace",
    /office|archive|library|study|precinct|lab|laboratory|classroom|school|clinic|hospital|ward|studio|workshop|garage|control|bridge|newsroom|police|headquarters|\bhq\b|records|basement|vault/,
  ],
  [
    "home",
    /home|house|flat|apartment|bedroom|living|sitting|parlou?r|attic|cottage|room|hallway|bathroom|den\b|cabin|loft|nursery|dining/,
  ],
];

export function readSceneSetting(scene: SceneHeading): SceneSetting {
  const location = scene.location.toLowerCase();
  if (scene.interior) {
    const place = interiors.find(([, pattern]) => pattern.test(location))?.[0] ?? "home";
    return { interior: true, place, timeOfDay: scene.timeOfDay };
  }
  const place = exteriors.find(([, pattern]) => pattern.test(location))?.[0] ?? "street";
  return { interior: false, place, timeOfDay: scene.timeOfDay };
}
