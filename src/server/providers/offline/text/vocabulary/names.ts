/**
 * Hand-picked names, by where a story is set: names a reader has met, spelled as their bearers
 * spell them. Faker's generators mint surnames like "Koelpin" and "Bergnaum" that read as typos
 * in a cast list, so the cast is drawn only from here.
 */
export interface NameFlavour {
  id: string;
  /** Premise words that set the story where these names are common. */
  hints: RegExp;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
}

const list = (text: string): readonly string[] => text.split(/\s+/).filter(Boolean);

/** Present-day Britain, Ireland, North America and Australia: the default, mixed on purpose. */
export const anglo: NameFlavour = {
  id: "anglo",
  hints: /$^/,
  female: list(`Maya Nora Hannah Ruth Clara Eleanor Grace Lucy Alice Martha Iris Frances Josie
    Tessa Harriet Maggie Rosa Leah Bridget Kate Erin Fiona Ada Imogen Naomi Abigail Megan Holly`),
  male: list(`Tom Daniel Samuel Owen Felix Arthur Jack Henry Leo Oscar Hugo Isaac Gabriel Callum
    Patrick Simon Frank Dennis Graham Marcus Toby Theo Victor Nathan Rhys Ewan Colin Ben`),
  surnames: list(`Hart Ellis Calloway Pryce Whitlock Fenwick Ashby Maddox Holloway Carver Bell
    Doyle Quinn Harlow Sutton Reid Barlow Kemp Marsh Thornton Okafor Patel Nguyen Kowalski Reyes
    Mensah Chen Lindqvist Abernathy Gallagher Byrne Fairweather Lockhart Penhaligon Mercer Tully`),
};

/** The frontier and the Victorian age: names a reader believes on a wanted poster. */
export const oldFashioned: NameFlavour = {
  id: "old-fashioned",
  hints:
    /\b(western|frontier|sheriff|outlaw|gunslinger|rancher|saloon|railroad|stagecoach|victorian|regency|edwardian|18[0-9]0s|1[5-8]\d\d)\b/i,
  female: list(`Eliza Clementine Martha Adelaide Josephine Harriet Lydia Cora Hattie Ida Mercy
    Prudence Florence Beatrice Violet Louisa Winifred Agnes Temperance Evangeline`),
  male: list(`Silas Amos Jedediah Ezra Wyatt Virgil Thaddeus Elias Jasper Cyrus Abel Augustus
    Edmund Barnaby Horace Ambrose Tobias Ansel Lucius Percival`),
  surnames: list(`Hart Calhoun Whitaker Pruitt McCallister Boone Haskell Tolliver Crane Bramble
    Ashworth Pemberton Garrity Holcomb Blackwood Thistlewood Harrow Langley Fairfax Kettering`),
};

export const italian: NameFlavour = {
  id: "italian",
  hints: /\b(ital\w*|naples|rome|roman|sicil\w*|venice|venetian|milan|florence|tuscan\w*|genoa)\b/i,
  female: list(`Giulia Francesca Chiara Sofia Lucia Paola Elena Rosa Teresa Carla Marta Serena
    Valentina Bianca Ornella Antonella`),
  male: list(`Marco Luca Matteo Giovanni Salvatore Enzo Paolo Carlo Franco Dario Vittorio Stefano
    Nico Alessandro Tommaso Gianni`),
  surnames: list(`Esposito Russo Romano Greco Conti Bruno Moretti Ricci Marino Gallo Ferraro
    Lombardi Fontana Caruso Rinaldi Bellini Costa Vitale`),
};

export const french: NameFlavour = {
  id: "french",
  hints: /\b(france|french|paris\w*|marseille|provence|lyon|bordeaux|normandy|brittany)\b/i,
  female: list(`Camille Amélie Claire Juliette Margaux Élodie Sylvie Isabelle Manon Léa Chloé
    Hélène Colette Agathe`),
  male: list(`Julien Antoine Luc Mathieu Olivier Théo Hugo Rémi Bastien Étienne Philippe Yves
    Gaspard Lucien`),
  surnames: list(`Moreau Laurent Girard Fontaine Dubois Lefèvre Marchand Rousseau Bonnet Mercier
    Chevalier Garnier Faure Rolland Vidal`),
};

export const spanish: NameFlavour = {
  id: "spanish",
  hints:
    /\b(spain|spanish|madrid|barcelona|seville|mexic\w*|argentin\w*|havana|cuba\w*|colombia\w*|buenos aires|peru\w*|chile\w*)\b/i,
  female: list(`Lucía Carmen Valeria Paloma Inés Rocío Marisol Elena Pilar Gabriela Ximena Alba
    Catalina Renata`),
  male: list(`Javier Mateo Diego Alejandro Rafael Santiago Joaquín Emilio Andrés Tomás Iker
    Rodrigo Nicolás Hugo`),
  surnames: list(`García Morales Herrera Castillo Navarro Ortega Delgado Romero Vargas Mendoza
    Ibarra Cordero Salazar Fuentes Quintero`),
};

export const german: NameFlavour = {
  id: "german",
  hints: /\b(german\w*|berlin|munich|hamburg|bavaria\w*|austria\w*|vienna|cologne|leipzig)\b/i,
  female: list(`Lena Katrin Anja Greta Hanna Sabine Ulrike Jana Marlene Frieda Lotte Ingrid`),
  male: list(`Jonas Lukas Felix Matthias Jürgen Stefan Tobias Anton Karl Emil Dieter Moritz`),
  surnames: list(`Becker Hoffmann Wagner Schulz Krüger Richter Vogel Brandt Lehmann Hartmann
    Keller Winter Sommer Fischer`),
};

export const portuguese: NameFlavour = {
  id: "portuguese",
  hints: /\b(brazil\w*|rio|são paulo|sao paulo|lisbon|portug\w*|porto|bahia)\b/i,
  female: list(`Ana Beatriz Luana Mariana Inês Leonor Rita Camila Joana Teresa Helena Larissa`),
  male: list(`João Tiago Rafael Gustavo Duarte Rodrigo Caio Bruno Nuno Vicente Luís Henrique`),
  surnames: list(`Silva Santos Ferreira Oliveira Carvalho Almeida Costa Rocha Barros Moura
    Azevedo Teixeira Pinto`),
};

export const indian: NameFlavour = {
  id: "indian",
  hints: /\b(india\w*|mumbai|delhi|bollywood|bengal\w*|kolkata|chennai|bangalore|goa|punjab\w*)\b/i,
  female: list(`Priya Ananya Kavya Meera Aditi Riya Nandini Ishita Lakshmi Tara Divya Pooja Zara`),
  male: list(`Arjun Rohan Vikram Kabir Aarav Dev Sameer Rahul Nikhil Ravi Karan Imran Anil`),
  surnames: list(`Sharma Iyer Mehta Kapoor Banerjee Reddy Nair Desai Chopra Bose Menon Gupta
    Qureshi Pillai`),
};

export const nigerian: NameFlavour = {
  id: "nigerian",
  hints: /\b(nigeria\w*|lagos|abuja|yoruba|igbo|ghana\w*|accra)\b/i,
  female: list(`Adaeze Ngozi Funmilayo Chiamaka Temitope Amara Ifeoma Yewande Zainab Bisola Kemi`),
  male: list(`Chidi Emeka Tunde Obinna Segun Kelechi Babajide Femi Uche Dayo Ikenna`),
  surnames: list(`Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Obi Olawale Mensah Danjuma
    Ogunleye`),
};

export const japanese: NameFlavour = {
  id: "japanese",
  hints: /\b(japan\w*|tokyo|kyoto|osaka|anime|manga|kendo|shrine|samurai|hokkaido|shinjuku)\b/i,
  female: list(`Hana Yuki Aiko Mei Sakura Rin Haruka Natsumi Emi Ayane Kaori Misaki`),
  male: list(`Haruto Kenji Ren Daichi Takumi Sora Hiroshi Yuto Kaito Shun Akira Ryo`),
  surnames: list(`Tanaka Sato Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Mori Ishikawa
    Fujita Okada Hayashi Kimura`),
};

export const chinese: NameFlavour = {
  id: "chinese",
  hints: /\b(china|chinese|beijing|shanghai|hong kong|canton\w*|taiwan\w*|taipei)\b/i,
  female: list(`Mei Lin Xiu Jia Li Hua Yan Ying Fang Lan`),
  male: list(`Wei Jun Hao Ming Feng Tao Lei Bo Kai Zhen`),
  surnames: list(`Wong Liu Zhang Chen Huang Zhao Lin Wu Zhou Ma`),
};

export const korean: NameFlavour = {
  id: "korean",
  hints: /\b(korea\w*|seoul|busan|k-pop|kpop)\b/i,
  female: list(`Ji-woo Seo-yeon Min-ji Ha-eun Soo-ah Yuna Da-eun Eun-ji`),
  male: list(`Min-jun Seo-jun Ji-ho Do-yun Hyun-woo Tae-yang Jae-sung Woo-jin`),
  surnames: list(`Kim Lee Park Choi Jung Kang Yoon Han Lim Shin`),
};

export const nordic: NameFlavour = {
  id: "nordic",
  hints:
    /\b(norw\w*|swed\w*|denmark|danish|finland|finnish|iceland\w*|oslo|stockholm|copenhagen|reykjavik|viking\w*|fjord\w*)\b/i,
  female: list(`Astrid Freya Ingrid Sigrid Liv Elin Maja Saga Hedda Solveig`),
  male: list(`Erik Lars Magnus Nils Sven Anders Leif Bjørn Oskar Henrik`),
  surnames: list(`Lindqvist Andersen Halvorsen Berg Dahl Nyberg Solberg Lund Holm Eriksen`),
};

export const celtic: NameFlavour = {
  id: "celtic",
  hints:
    /\b(scot\w*|irish|ireland|dublin|glasgow|edinburgh|highland\w*|hebrides|wales|welsh|cardiff|cornwall|cornish)\b/i,
  female: list(`Isla Morag Siobhan Niamh Catriona Eilidh Mairead Rhiannon Gwen Ailsa Orla Bronwen`),
  male: list(`Angus Lachlan Ruairi Cillian Fergus Euan Dougal Cormac Padraig Rhys Emrys Tam`),
  surnames: list(`MacLeod Fraser Campbell Murray Gallagher Byrne Kavanagh Doherty Morgan Pryce
    Jenkins Buchanan Drummond Munro`),
};

/** Every flavour, the specific ones first: a premise's own place decides. */
export const nameFlavours: readonly NameFlavour[] = [
  oldFashioned,
  italian,
  french,
  spanish,
  german,
  portuguese,
  indian,
  nigerian,
  japanese,
  chinese,
  korean,
  nordic,
  celtic,
  anglo,
];

/** Given names for characters who go by they/them. */
export const neutralNames: readonly string[] = list(`Robin Rowan Quinn Sage Avery Jules Remy
  Marlowe Harper Reese Arden Blair Lennox Wren Sol Kit Noor Briar Jude Lark Shay Ellis Morgan`);
