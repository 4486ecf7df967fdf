import type { GenreKey } from "./genres";
import type { RoleId } from "./roles";

export const outfits: Record<GenreKey, readonly string[]> = {
  comedy: [
    "a polo shirt with the company logo, tucked in with real commitment",
    "a blazer over a band T-shirt, trainers that cost too much",
    "a fleece gilet with a pocket for every pen",
    "thrift-shop cardigans layered until the pattern is a mood",
  ],
  horror: [
    "a darned fisherman's jumper, oilskin coat and sea boots",
    "a black wool coat buttoned to the throat",
    "a faded floral shirt under an oversized waxed jacket",
    "a moth-eaten cassock worn over work trousers",
  ],
  "science-fiction": [
    "a patched pressure suit with the corporate logo scratched off",
    "station-issue coveralls, sleeves tied at the waist",
    "a sleek grey uniform with one non-regulation pin",
    "layered thermal wraps and a scuffed utility harness",
  ],
  mystery: [
    "a tweed jacket with leather elbow patches and a good umbrella",
    "a camel trench coat and sensible brogues",
    "a Fair Isle tank top with gardening gloves in the pocket",
    "a rumpled suit that was expensive once",
  ],
  fantasy: [
    "a travel-stained cloak over a quilted gambeson",
    "layers of moss-green wool fastened with bone toggles",
    "a scholar's robe with ink-stained cuffs",
    "a patched leather jerkin and boots made for long roads",
  ],
  noir: [
    "a rain-dark trench coat, loosened tie and a hat pulled low",
    "a satin evening jacket under a borrowed overcoat",
    "a sharp three-piece suit with a pocket square the colour of blood",
    "shirtsleeves, braces and a shoulder holster",
  ],
  drama: [
    "a cable-knit cardigan over a flannel shirt",
    "good black funeral clothes, worn one time too many",
    "work jeans, steel-toe boots and a faded company jacket",
    "a linen shirt rolled to the elbows",
  ],
  romance: [
    "a sun-faded shirt and a denim jacket borrowed indefinitely",
    "rolled shirtsleeves and a linen apron",
    "a soft oversized jumper and paint-flecked jeans",
    "a tailored coat that says 'only passing through'",
  ],
  adventure: [
    "a salt-bleached greatcoat over a loose linen shirt",
    "khaki field gear with too many pockets",
    "a leather flight jacket and a silk scarf",
    "a sash full of tools and a wide-brimmed hat",
  ],
  family: [
    "dungarees with patched knees and mismatched socks",
    "a bright yellow raincoat and frog-print wellies",
    "a striped jumper two sizes too big",
    "a hoodie with cat ears and glow-in-the-dark trainers",
  ],
  thriller: [
    "a navy suit that has been slept in, lanyard tucked into the pocket",
    "a grey raincoat over a shirt buttoned to the collar",
    "running shoes with a good coat, ready to leave in a hurry",
    "a plain black jumper chosen to be forgotten",
  ],
  western: [
    "a sun-bleached duster coat over a patched waistcoat",
    "a calico dress with a leather gun belt",
    "a battered stetson, shirt sleeves rolled and dusty boots",
    "a preacher's black coat gone brown with road dust",
  ],
};

export const accessories: readonly string[] = [
  "a battered wristwatch",
  "a thermos that is never empty",
  "a canvas tote of library books",
  "a whistle on a cord",
  "a pocket knife with a mother-of-pearl handle",
  "fingerless gloves",
  "a lucky coin worn smooth",
  "a bunch of keys that announces every arrival",
  "a ballpoint pen behind one ear",
  "a paper bag of boiled sweets",
];

/** What the portrait's face should be doing, by role. */
export const expressions: Record<RoleId, string> = {
  lead: "a wary half-smile, eyes already somewhere past the viewer",
  deuteragonist: "steady, amused patience",
  antagonist: "pleasant, unblinking calm",
  mentor: "tired eyes that have seen this before",
  "love-interest": "a sidelong glance just before a laugh",
  "comic-relief": "caught mid-sentence, eyebrows doing most of the work",
  wildcard: "a smile that does not reach the eyes",
  rival: "chin up, one eyebrow raised",
  confidant: "listening, head slightly tilted",
  newcomer: "wide-eyed, trying to look unimpressed",
  sidekick: "a huge gap-toothed grin",
};

export const framings: readonly string[] = [
  "three-quarter view, head and shoulders",
  "straight to camera, chest up",
  "profile turning toward the viewer",
  "low angle, waist up",
  "over-the-shoulder glance, head and shoulders",
];
