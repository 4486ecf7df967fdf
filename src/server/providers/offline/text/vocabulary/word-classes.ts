/**
 * Closed word classes for reading a premise without a parser. Premises are one or two sentences
 * of plain English ("A retired lighthouse keeper on a remote Scottish island discovers the fog
 * is alive"), so function words plus a few suffix rules find the phrases that matter.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

export const determiners = words(`
  a an the his her their its our my your this these those that some every each
  one two three four five six seven eight nine ten several few many no any
  another both all rival
`);

export const prepositions = words(`
  on in at aboard inside beneath under underneath below above across near from of with without
  into onto through behind beyond among amongst between off outside within around after before
  during for by to until over toward towards like against about along atop throughout past via
  upon amid amidst
`);

/** Prepositions that usually introduce where a story happens. */
export const placePrepositions = words(`
  on in at aboard inside beneath under underneath below across near outside within among behind
  beyond atop throughout amid upon
`);

export const conjunctions = words(`
  and but or nor yet so because while when whenever where who whom whose which that as if
  though although unless once until after before since then
`);

export const relativePronouns = words("who that which whose where");

export const pronouns = words(`
  he she they it him her them his hers theirs its himself herself themselves itself someone
  everyone nobody everybody something everything nothing i we you us they're he's she's it's
  we're you're i'm who's there's that's what's they've we've
`);

/**
 * Verb forms common in premises that the position rules would miss. Base forms that double as
 * nouns ("team", "run", "plan") are left out: "a detective team investigates" has one verb.
 */
export const knownVerbs = words(`
  is are was were be been being has have had must can could will would should may might
  does did gets got goes went becomes became finds found tries tried learns learned
  discovers discovered inherits inherited wakes woke realizes realises realized starts started
  opens opened joins joined hunts hunted falls fell teams teamed moves moved returns returned
  takes took makes made struggles fights fought investigates uncovers uncovered decides
  decided hides hid steals stole wants needs lives works travels searches protects tracks
  solves agrees owns hosts manages inherit discover realize realise become uncover
  investigate survive navigate loses lost reunites reunite lands landed poses posed meets met
  escapes escaped arrives arrived dies died kills killed leaves left writes wrote teaches
  taught builds built buys bought sells sold saves saved wins won hires hired crashes crashed
  flees fled marries married adopts adopted invents invented befriends befriended kidnaps
  rescues rescued infiltrates infiltrated smuggles haunts dreams dreamed guards
  guarded comes came sees saw knows knew thinks thought tells told gives gave keeps kept
  begins began sends sent brings brought follows followed
`);

/** Base forms that also name things ("a race", "the plan"): verbs only after a plural subject. */
export const baseVerbs = words(`
  try want need decide learn discover fight find travel race solve run start open form build
  team join investigate hunt search plan move return struggle inherit become meet live work
  land compete battle unite reunite scheme plot flee escape rescue protect steal chase
  survive clash swap share fall ring rob plan
`);

/** Words after which a "-s" word is a verb: "keeper discovers the", "pianist moonlights as". */
export const verbFollowers = words(`
  a an the his her their its our my your this that these those up out back into onto
  himself herself themselves itself him them as what how why where whether everything
  everyone something someone nothing
`);

/** "-ly" words that are nouns, not adverbs. */
export const lyNouns = words(`
  family ally belly jelly rally lily bully fly butterfly assembly monopoly anomaly melancholy
  holly folly dolly jolly emily kelly molly polly sally
`);

/** Eras and periods worth carrying into the setting line. */
export const eraPatterns: readonly [RegExp, string][] = [
  [/\b(1[5-9]\d0)s\b/i, "$1s"],
  [/\b(?:the )?'?([2-9]0)s\b/i, "19$1s"],
  [/\bvictorian\b/i, "Victorian era"],
  [/\bedwardian\b/i, "Edwardian era"],
  [/\bregency\b/i, "Regency era"],
  [/\bmedieval\b|\bmiddle ages\b/i, "medieval"],
  [/\bprohibition\b/i, "Prohibition era"],
  [/\bcold war\b/i, "Cold War"],
  [/\bwild west\b|\bfrontier\b/i, "frontier era"],
  [/\bpost-apocalyptic\b|\bapocalypse\b/i, "after the collapse"],
  [/\bfar future\b|\bfuturistic\b|\b2[1-9]\d\d\b/i, "far future"],
  [/\bnear future\b/i, "near future"],
  [/\bancient\b/i, "antiquity"],
];

/** Adjectives that no suffix rule catches. */
export const plainAdjectives = words(`
  afraid alone asleep awake aware ashamed unable able ready sure sorry guilty innocent
  famous invisible suburban
  old young new last first small big tiny huge little remote lonely quiet dark bright strange
  secret rich poor lost modern ancient grumpy sleepy shabby dusty foggy rainy sunny gritty
  seedy cozy cosy tiny giant evil good bad mad sad odd weird wild fake real former future
  ex cursed local rogue sentient immortal undead alien elderly teenage teen single widowed
  down-on-her-luck down-on-his-luck washed-up struggling fading shy bold brave clumsy nerdy
  tough cheap free broke busy lazy dead alive undercover rural urban coastal royal holy
  happy lucky unlucky ordinary perfect whole last-ever
`);

/** Place and people words that start a premise with a capital letter on purpose. */
export const properStarts = words(`
  Mars Venus Earth Jupiter Saturn Pluto Moon London Paris Tokyo Berlin Rome Venice Naples
  Lagos Mumbai Seoul Chicago Brooklyn Manhattan Texas Alaska Scotland Ireland Wales England
  Japan Italy France Spain Mexico Brazil India Nigeria Iceland Norway Atlantis Hollywood
  Detroit Glasgow Dublin Lisbon Cairo Sydney Tuesday Christmas Halloween Santa
`);

/** Subject pronouns: the word after one is the verb ("nobody notices"). */
export const subjectPronouns = words(`
  he she it they we i you nobody everyone everybody someone somebody nothing everything no-one
`);

/** Modal verbs and "to": the word after one is a base-form verb ("must keep", "to find"). */
export const modals = words(`
  must can could will would should may might to
`);

/** Adverbs and particles that end a noun phrase ("never", "find out", "give up"). */
export const adverbs = words(`
  never always still just only even also already soon often not too very almost again together
  forever instead now find out give up go back out up away back down
`);

/** Verbs that only set the scene ("kids form a club"); the hook is the next verb's object. */
export const sceneVerbs = words(`
  form forms start starts open opens run runs running build builds found founds join joins launch
  launches inherit inherits buy buys move moves take takes
`);
