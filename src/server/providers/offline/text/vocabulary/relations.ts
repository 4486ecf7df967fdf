import type { RoleId } from "./roles";

/** How a character sees another, by the other's role; `other` is a first name. */
export type RelationLine = (other: string) => string;

export const relationsByRole: Record<RoleId, readonly RelationLine[]> = {
  lead: [
    (o) => `Would follow ${o} anywhere, and says so only when it is too late to matter`,
    (o) => `Owes ${o} a debt neither of them mentions`,
    (o) => `Thinks ${o} is the bravest fool on record`,
  ],
  deuteragonist: [
    (o) => `Trusts ${o} with everything except the truth`,
    (o) => `Finishes ${o}'s sentences and resents it`,
    (o) => `Old friends; ${o} is the one who calls back`,
  ],
  antagonist: [
    (o) => `Sees through ${o} and cannot prove a thing`,
    (o) => `Once trusted ${o} completely; never again`,
    (o) => `Is afraid of ${o} and hides it badly`,
  ],
  mentor: [
    (o) => `Learned everything that matters from ${o}, including how to lie`,
    (o) => `Brings ${o} groceries and hard questions`,
    (o) => `Wants ${o}'s approval more than is dignified`,
  ],
  "love-interest": [
    (o) => `Cannot decide whether ${o} is trouble or the cure for it`,
    (o) => `Keeps finding reasons to be wherever ${o} is`,
    (o) => `An old flame with ${o}; nobody believes it is out`,
  ],
  "comic-relief": [
    (o) => `Pretends to find ${o} exhausting; would be lost without the noise`,
    (o) => `Lends ${o} money and never expects it back`,
    (o) => `The only person who can make ${o} laugh at the wrong moment`,
  ],
  wildcard: [
    (o) => `Keeps ${o} close, the way you keep an eye on the weather`,
    (o) => `Has made a private bet about which side ${o} is really on`,
    (o) => `Saved ${o}'s life once and suspects it was a mistake`,
  ],
  rival: [
    (o) => `Has been competing with ${o} since school and is losing on points`,
    (o) => `Respects ${o} far too much to say it`,
    (o) => `Would never ask ${o} for help; has done so twice`,
  ],
  confidant: [
    (o) => `Tells ${o} the truth, eventually`,
    (o) => `Has a key to ${o}'s door and uses it`,
    (o) => `Trades secrets with ${o} like cigarette cards`,
  ],
  newcomer: [
    (o) => `Has taken ${o} under a reluctant wing`,
    (o) => `Does not trust ${o}'s questions`,
    (o) => `Sees a younger self in ${o} and hates it`,
  ],
  sidekick: [
    (o) => `Is followed everywhere by ${o} and secretly loves it`,
    (o) => `Shares snacks, plans and one walkie-talkie with ${o}`,
    (o) => `Keeps telling ${o} to go home; never means it`,
  ],
};

/** For cast members whose role the vocabulary does not know. */
export const relationsForAnyone: readonly RelationLine[] = [
  (o) => `Knows ${o} better than ${o} would like`,
  (o) => `Shares one history with ${o} and two versions of it`,
  (o) => `Keeps an uneasy truce with ${o}`,
];
