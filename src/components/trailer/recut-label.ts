import { formatEstimate } from "@/lib/client/format";
import type { RecutEstimate, TrailerBoardView } from "@/lib/client/trailer-api";

const count = (n: number, one: string, many = `${one}s`) =>
  n > 0 ? [`${n} ${n === 1 ? one : many}`] : [];

/**
 * What "Cut trailer" will make before cutting, and its price: "Re-cut: 2 frames, 1 clip · ~$0.84",
 * "Re-cut: 3 voice takes · free", "Nothing new to make · free". A paid model without a price
 * reads "price unknown", never "free".
 */
export function recutLabel(recut: RecutEstimate, hasCut: boolean): string {
  const price =
    recut.usd > 0
      ? `${formatEstimate(recut.usd)}${recut.complete ? "" : "+"}`
      : recut.complete
        ? "free"
        : "price unknown";
  if (recut.script) {
    return `First: the trailer script · ${price}`;
  }
  const pieces = [
    ...count(recut.frames, "frame"),
    ...count(recut.clips, "clip"),
    ...count(recut.takes, "voice take"),
    ...(recut.score ? ["the score"] : []),
  ];
  if (pieces.length === 0) {
    return `${hasCut ? "Re-cut" : "Cut"} from what is made · ${price}`;
  }
  return `${hasCut ? "Re-cut" : "Cut"}: ${pieces.join(", ")} · ${price}`;
}

type CutState = Pick<
  TrailerBoardView,
  "cut" | "cutCurrent" | "writingScript" | "trailerWanted" | "recut"
>;

/**
 * The line under "Cut trailer": what pressing it makes and costs now. While a new script is being
 * written the board on screen is about to go, so nothing of it is priced.
 */
export function cutStatusLine(board: CutState): string {
  if (board.writingScript) {
    return board.trailerWanted
      ? "Writing a new trailer script · the cut follows it"
      : "Writing a new trailer script · a cut is priced once it lands";
  }
  if (board.cut && board.cutCurrent) {
    return "Every shot, line and the score are in this cut";
  }
  return recutLabel(board.recut, board.cut !== null);
}
