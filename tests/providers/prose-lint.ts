import retextEnglish from "retext-english";
import retextIndefiniteArticle from "retext-indefinite-article";
import retextRepeatedWords from "retext-repeated-words";
import retextSentenceSpacing from "retext-sentence-spacing";
import { unified } from "unified";
import { VFile } from "vfile";

/**
 * Lints generated prose the way a copy editor's first pass would: the retext checks for repeated
 * words, "a"/"an" and spacing between sentences, plus a subject–verb agreement check for the
 * patterns the offline writer's templates build ("the animals plans", "they is", "what is the
 * Xs"). The agreement check is ours: no kept retext plugin checks agreement.
 */
export interface LintFinding {
  /** Which check: a retext plugin's source, or "agreement" / "punctuation". */
  source: string;
  message: string;
  text: string;
}

const processor = unified()
  .use(retextEnglish)
  .use(retextRepeatedWords)
  .use(retextIndefiniteArticle)
  .use(retextSentenceSpacing);

export async function lintProse(text: string): Promise<LintFinding[]> {
  // retext only checks; with no compiler to turn the tree back into text, parse and run it.
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  const retext = file.messages.map((message) => ({
    source: message.source ?? "retext",
    message: message.reason,
    text,
  }));
  return [...retext, ...checkAgreement(text), ...checkPunctuation(text)];
}

/** Verbs the templates conjugate, in their third-person singular form. */
const singularVerbs = new Set(
  `is was has does changes wants knows keeps makes takes gives goes comes sees says tells finds
  needs plans runs lives works loves hates fears hides holds leaves brings turns starts learns
  tries means owes helps watches waits asks thinks seems looks feels belongs matters hums rings
  becomes returns arrives follows decides discovers refuses promises steals saves wins loses`.split(
    /\s+/,
  ),
);

/** Nouns ending in s that are singular, and plural nouns that do not end in s. */
const singularInS = new Set(
  `news series species physics mathematics politics chaos bus gas glass class boss business
  address press dress mess princess actress heiress witness harness compass canvas atlas
  circus octopus virus status bonus campus census lens iris thesis crisis analysis basis
  oasis christmas mattress fortress success process access congress goddess hostess mistress
  headmistress sorceress duchess countess waitress seamstress stewardess lioness tigress
  walrus cactus hippopotamus platypus asparagus citrus chorus genius apparatus`.split(/\s+/),
);
const pluralNotInS = new Set("people police children men women mice geese teeth feet".split(" "));

function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (pluralNotInS.has(lower)) {
    return true;
  }
  return /[^s'’]s$/.test(lower) && !singularInS.has(lower) && !/(ss|us|is|ics)$/.test(lower);
}

const pluralDeterminers =
  /^(the|these|those|two|three|four|five|six|many|several|both|all|some|their|our|his|her|its|my|your)$/i;

function tokens(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
}

function checkAgreement(text: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const flag = (message: string) => findings.push({ source: "agreement", message, text });
  for (const sentence of text.split(/(?<=[.!?;:])\s+|,\s+/)) {
    const words = tokens(sentence);
    words.forEach((word, index) => {
      const lower = word.toLowerCase();
      const next = words[index + 1]?.toLowerCase();
      if (next === undefined) {
        return;
      }
      // "they is", "they wants"; "she are", "he have".
      if (
        /^(they|we|you|i)$/.test(lower) &&
        singularVerbs.has(next) &&
        !(lower === "i" && next === "was")
      ) {
        flag(`"${word} ${words[index + 1]}": a plural subject takes a plural verb`);
      }
      if (/^(he|she|it)$/.test(lower) && /^(are|were|have|do|want|know|keep|need)$/.test(next)) {
        flag(`"${word} ${words[index + 1]}": a singular subject takes a singular verb`);
      }
      // "the zoo animals changes everything", "the animals plans".
      if (isPluralNoun(word) && singularVerbs.has(next) && determinedBefore(words, index)) {
        flag(`"${word} ${words[index + 1]}": a plural noun takes a plural verb`);
      }
      // "what is the animals' plan" is fine; "what is the animals plans" is not.
      if (
        /^(what|where|who|how|why|which)$/.test(lower) &&
        /^(is|was|has|does)$/.test(next) &&
        pluralAfterDeterminer(words, index + 2)
      ) {
        flag(
          `"${words.slice(index, index + 5).join(" ")}": the verb must agree with a plural subject`,
        );
      }
    });
  }
  return findings;
}

const clauseBreak =
  /^(of|and|or|with|to|for|in|on|at|by|under|over|behind|beyond|from|into|about|across|after|before|nobody|everyone|someone|anyone|he|she|it|they|we|you|i|who|that|which)$/i;

/** A determiner stands before the noun within three words: "the (big) (zoo) animals". */
function determinedBefore(words: readonly string[], index: number): boolean {
  for (let cursor = index - 1; cursor >= Math.max(0, index - 3); cursor--) {
    const word = words[cursor]!;
    if (pluralDeterminers.test(word)) {
      // "the thing under the floorboards changes": a preposition's object is not the subject.
      return !clauseBreak.test(words[cursor - 1] ?? "");
    }
    // "the thing under the floorboards changes", "the debt nobody mentions returns": the noun
    // before the verb is not its subject.
    if (clauseBreak.test(word) || singularVerbs.has(word.toLowerCase())) {
      return false;
    }
  }
  return false;
}

function pluralAfterDeterminer(words: readonly string[], start: number): boolean {
  if (!words[start] || !pluralDeterminers.test(words[start]!)) {
    return false;
  }
  for (let cursor = start + 1; cursor < Math.min(words.length, start + 4); cursor++) {
    const word = words[cursor]!;
    if (/['’]$/.test(word) || /['’]s$/i.test(word)) {
      return false;
    }
    if (isPluralNoun(word)) {
      return !words[cursor + 1] || !/['’]/.test(words[cursor + 1]!);
    }
  }
  return false;
}

/** Stitching leaves marks a reader notices at once: ", ." or a sentence in lower case. */
function checkPunctuation(text: string): LintFinding[] {
  const problems: [RegExp, string][] = [
    [/\s[,.;:!?]/, "space before punctuation"],
    [/[,;:]\s*[.!?]/, "a clause mark runs into a full stop"],
    [/\.\.(?!\.)/, "double full stop"],
    [/ {2,}/, "double space"],
    [/(^|(?<!\bInc)[.!?]\s+)\p{Ll}/u, "a sentence starts in lower case"],
    [/\b\p{Ll}+[^s']s's\b/u, "possessive of a plural written as 's's"],
  ];
  return problems
    .filter(([pattern]) => pattern.test(text))
    .map(([, message]) => ({ source: "punctuation", message, text }));
}
