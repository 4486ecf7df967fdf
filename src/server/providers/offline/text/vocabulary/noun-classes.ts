/** Classes of nouns: what a premise's phrases name (people, places, formats, groups). */

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

/** Nouns too generic to title a show. */
export const genericNouns = words(`
  man men woman women girl girls boy boys person people guy guys kid kids child children
  friend friends group team family families world life lives day days thing things way time
  times year years story show series someone everyone nothing something lot part kind sort
  place places members member home job
`);

/** Heads of phrases that follow "in/at/on" without naming a place ("in love", "at night"). */
export const nonPlaceHeads = words(`
  love secret secrets debt charge time night nights war trouble order fact search hopes hope
  order disguise danger denial public private turn return exchange spite case way charge
  chaos mourning prison custody league touch common particular general short order
  line bed morning mornings evening evenings afternoon afternoons midnight week weeks year years
  month months hours minutes
`);

/** Heads that name a place wherever they appear in the premise. */
export const placeNouns = words(`
  island islands town city village valley station ship starship spaceship submarine school
  academy college university hospital hotel motel inn bakery restaurant diner cafe bar pub
  lighthouse castle palace kingdom empire planet moon colony outpost base prison museum
  library theatre theater circus carnival farm ranch estate mansion manor house apartment
  building tower office precinct newsroom studio factory mine forest woods desert jungle
  swamp mountain mountains coast harbor harbour port lake river sea ocean reef archipelago
  suburb suburbs neighborhood neighbourhood street market mall laboratory lab church abbey
  monastery convent camp summer-camp resort spa casino cruise train railway airport shop
  store salon bookshop boutique garage gym kitchen firehouse warehouse cul-de-sac
  country county shire realm underworld afterlife heaven hell galaxy asteroid arcology
  metropolis megacity borough quarter district court courthouse zoo aquarium observatory
  cemetery graveyard funeral vineyard winery brewery boarding-school orphanage embassy
  department park spaceport conservatory stall arena stadium paddock enclosure village
`);

/** "-est", "-al", "-ic", "-ian" words that are nouns. */
export const suffixNouns = words(`
  forest quest chest guest interest contest protest nest west crest pest vest
  hospital festival animal capital carnival rival signal tribunal principal arsenal
  medic mechanic clinic comic critic cleric mimic logic magic music panic
  librarian musician comedian guardian magician technician historian veterinarian
  custodian physician politician civilian vegetarian barbarian
  detective captive native relative executive
`);

/** Group words whose "of" phrase names the real subject: "a family of moles". */
export const collectiveNouns = words(`
  family band crew team pack gang trio quartet herd flock colony league society club group
  pair couple clan tribe circle troupe squad bunch
`);

/** Words that name the show's format rather than its hero: "a claymation comedy about …". */
export const formatWords = words(`
  show series anime cartoon comedy sitcom drama dramedy thriller story tale saga procedural
  mockumentary docuseries claymation animation miniseries soap musical romance mystery
  horror western fantasy adventure epic satire parody spin-off spinoff reboot noir anime
  stop-motion cartoon episode season
`);

/** Heads that fix the lead's gender: "two estranged sisters" are written as women. */
export const femaleNouns = words(`
  sister woman girl mother daughter queen nun grandmother grandma aunt wife widow bride actress
  waitress princess duchess heiress lady mum mom matriarch sorceress priestess landlady
`);

export const maleNouns = words(`
  brother man boy father son king monk grandfather grandpa uncle husband widower groom actor
  prince duke lord dad patriarch priest sorcerer landlord
`);

/** Heads that name a person, a creature or a group of them; anything else cannot lead a cast. */
export const personNouns = words(`
  chef cook pirate witch wizard kid kids child children girl boy sister brother mother father
  family crew team band couple twins twin dog cat robot android alien ghost vampire zombie
  knight queen king prince princess nun monk priest cop spy thief nurse doctor judge pilot
  mole penguin bear fox rabbit mouse mice owl badger hedgehog duck goose frog dragon unicorn
  sheriff detective roommate roommates flatmate mate friend friends person people man men
  woman women guy guys student students teen teenager orphan heir heiress widow bride groom
  hitman assassin mercenary soldier captain sailor nanny maid butler gang clan tribe squad
  cowboy cowgirl monster demon angel god goddess elf elves dwarf troll goblin fairy mermaid
  clone cyborg pup puppy kitten horse pig goat chicken squirrel raccoon octopus shark
  whale crab hero heroine villain genius prodigy rookie intern coach chief boss
  sleuth medic vet deputy marshal ranger scout warden agent officer inspector
  mechanic paramedic critic cleric animal animals creature creatures beast beasts bunny snail
  schoolgirl schoolboy dad mum mom staff gunslinger outlaw prodigy safecracker host astronaut
  surgeon psychic clerk guard squire bard werewolf cadet recruit apprentice novice veteran exile
  outcast loner tenant medium mermaid witch baron baroness tycoon mogul magnate kingpin landowner
`);

/** Endings of person nouns: keeper, sculptor, pianist, librarian, engineer, waitress. */
export const personSuffixes = /(er|or|ist|ian|eer|man|men|woman|women|ess|ant|ier|ee|girl|boy)s?$/;

/** Words with a person ending that are things. */
export const notPersons = words(`
  water river summer winter tower center centre computer letter number paper power order
  dinner corner ember weather answer silver mirror matter horror terror error door floor
  manor harbor harbour interior restaurant mess chess address fortress dress press success
  business career theater theatre
`);
