/**
 * Where the article sits in the dump: the run of blocks that reads as prose,
 * found as the maximum-sum run of per-block scores (Kadane), so the header,
 * the trailer and, in whole-page dumps, menus and sidebars fall outside it.
 */
import { ENDS_LIKE_SENTENCE, ENDS_WITH_QUESTION } from "../patterns.js";
import { textUnits } from "./shape.js";

/** What a block is before zoning decides anything. */
export interface BlockEvidence {
  text: string;
  isChrome: boolean;
  /** The chrome is a box an article carries between its paragraphs (a caption, a podcast player). */
  isInlineChrome?: boolean;
  isHeaderFact: boolean;
  isTurn: boolean;
}

/** Score of chrome and metadata lines: strongly outside the article. */
const CHROME_SCORE = -3;
const FACT_SCORE = -2;
/** A short line that is not a sentence (menu item, headline in a list). */
const FRAGMENT_SCORE = -1;
/** Prose earns a point per this many words, up to PROSE_CAP. */
const WORDS_PER_POINT = 10;
const PROSE_CAP = 6;
/** Fewest words for a block without final punctuation to count as prose. */
const UNPUNCTUATED_PROSE_UNITS = 18;

/** Scores one block: positive for article prose and interview turns, negative for chrome. */
export function scoreBlock(evidence: BlockEvidence): number {
  // A box inside the article (caption, player, shop box) is removed all the same, but weighs no more
  // than a fragment: an intro and the interview on either side of it stay one article.
  if (evidence.isChrome) return evidence.isInlineChrome ? FRAGMENT_SCORE : CHROME_SCORE;
  if (evidence.isHeaderFact) return FACT_SCORE;
  const units = textUnits(evidence.text);
  // A turn label earns the bonus only on a sentence: a dashed list of headlines is not a turn.
  const turn = evidence.isTurn && (ENDS_LIKE_SENTENCE.test(evidence.text) || units >= 8);
  if (turn || ENDS_WITH_QUESTION.test(evidence.text)) return 1 + Math.min(units / WORDS_PER_POINT, PROSE_CAP);
  if (ENDS_LIKE_SENTENCE.test(evidence.text) && units >= 6) return Math.min(units / WORDS_PER_POINT, PROSE_CAP);
  // A long line without a final stop (a standfirst quote "…," X said) is still prose; headlines are shorter.
  if (units >= UNPUNCTUATED_PROSE_UNITS) return Math.min(units / WORDS_PER_POINT, PROSE_CAP) / 2;
  return FRAGMENT_SCORE;
}

/** The [start, end] (inclusive) of the highest-scoring run; null when nothing scores above zero. */
export function articleRange(scores: readonly number[]): { start: number; end: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let runStart = 0;
  let runSum = 0;
  for (let index = 0; index < scores.length; index += 1) {
    if (runSum <= 0) {
      runStart = index;
      runSum = 0;
    }
    runSum += scores[index]!;
    if (runSum > 0 && (best === null || runSum > best.sum)) best = { start: runStart, end: index, sum: runSum };
  }
  return best && { start: best.start, end: best.end };
}
