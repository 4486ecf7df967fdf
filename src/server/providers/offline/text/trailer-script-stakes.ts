import { fits, sentencesOf, wordCount } from "./trailer-script-text";

/**
 * The logline read for what is at stake: which sentence holds it, its clauses, and shorter
 * versions that still say what must be done. The voice-over's stakes line comes from here, and
 * so does the choice of whether a long trailer gives the stakes' second half a shot of its own.
 */

// Lower case only: "May" and "Will" are names before they are modals.
const modal =
  /\b(must|will|can|cannot|can't|should|could|would|might|may|has to|have to|needs? to|is forced to|are forced to)\b/;
const plainModal = /^(must|will|can|cannot|can't|should|could|would|might|may)$/;
/** Where a logline's stakes split in two: "…, and the only way through is to listen". */
const clauseBreak = /,\s+(?=(?:and|but|yet|so)\s)|;\s+|\s+[—–]\s+|\s+(?=(?:before|until|unless)\s)/;
/** Where a clause can stop and still say what must be done: "must play every side of the city". */
const phraseBreak = /\s+(?=(?:to|so|while|after|when|if|because|without|even|as|by)\s)/g;

/**
 * What the voice-over can say of the logline's stakes, longest first, each with how much it is
 * worth keeping: the whole sentence that holds them, its first clause, the same with the lead's
 * first name as subject ("Toby must …"), each cut short after its verb's object; and the second
 * clause on its own, for a second shot.
 */
export function stakesOf(logline: string, lead: string, limit: number) {
  const sentences = sentencesOf(logline);
  const chosen = sentences.find((sentence) => modal.test(sentence)) ?? sentences[0] ?? "";
  const [head = "", ...rest] = chosen.replace(/[.!?]+$/, "").split(clauseBreak);
  const verb = modal.exec(head);
  const predicate = verb && plainModal.test(verb[1]!) ? head.slice(verb.index) : "";
  const named = predicate ? `${lead} ${predicate}` : "";
  const tail = rest.join(", ").trim();
  const options = [
    { line: head, keep: 5 },
    { line: named, keep: 6 },
    { line: cutShort(head, verb ? verb.index : 0), keep: 6.5 },
    { line: cutShort(named, lead.length + 1), keep: 7.5 },
  ];
  return {
    whole: chosen,
    options: options.filter(({ line }) => wordCount(line) >= 4),
    tail: tail && fits(tail, limit) && wordCount(tail) >= 3 ? tail : null,
  };
}

/**
 * Words a clause cannot stop on: "will have to decide what| to trade" says nothing. A clause cut
 * after one of them is not offered.
 */
const danglingEnd =
  /\b(what|who|whom|how|where|when|whether|which|that|the|a|an|of|for|with|and|or|but|into|from|on|in|at|decide|learn|choose|need|needs|want|try|have|has|had|is|are|was|were|be|going|able|enough|refuse|fight|struggle|plan|agree|hope|trying)$/i;

/** A clause up to its first break after the verb and its object ("…of the city| to stay alive"). */
function cutShort(clause: string, verbAt: number): string {
  for (const match of clause.matchAll(phraseBreak)) {
    const kept = clause.slice(0, match.index);
    if (match.index > verbAt && wordCount(kept.slice(verbAt)) >= 3 && !danglingEnd.test(kept)) {
      return kept;
    }
  }
  return "";
}
