/**
 * The headline at the opening of the article range. Zoning scores a headline as a short
 * fragment, so it falls outside the range when page chrome sits above it; but when nothing of
 * the page stands before the article, or when the page prints its date line above the headline
 * ("By Jane Roe, published 25.11.2019" / "The long road to digital health records" / the first
 * paragraph), the range opens on the headline itself, and it would be taken for the lead.
 */
import {
  ANSWER_LABEL,
  DIALOGUE_DASH,
  ENDS_LIKE_SENTENCE,
  ENDS_WITH_QUESTION,
  QUESTION_LABEL,
  SPEAKER_LABEL,
} from "../patterns.js";
import { isHeadlineShaped, textUnits } from "./shape.js";
import { contentWords } from "./title.js";

/**
 * What the opening-headline rules need to know of a block: the classifier's own evidence fits,
 * so no view of the whole document is built for rules that read a few blocks of it.
 */
export interface OpeningBlock {
  block: { readonly text: string };
  /** The chrome rule that took the block, or null. */
  chrome: object | null;
  /** The block's metadata line (a date, a byline), or null. */
  fact: object | null;
}

/** The article range, inclusive. */
interface Range {
  start: number;
  end: number;
}

/** Fewest words of the paragraph under an opening headline: a standfirst, not another short line. */
const STANDFIRST_UNITS = 12;

/** How many paragraphs under the opening headline its words are looked for in. */
const ARTICLE_OPENING_BLOCKS = 3;

/** Fewest words of a line that reads as a full headline, not a link or a breadcrumb ("Back to overview"). */
const FULL_HEADLINE_UNITS = 5;

/** Fewest content words a headline shares with the paragraphs under it. */
const SHARED_WORDS = 2;

/**
 * Whether a block reads as a headline over the paragraph under it: headline-sized, no sentence
 * end, no turn label, and a paragraph of prose under it.
 */
function readsAsHeadline(first: string, next: string): boolean {
  const turn =
    QUESTION_LABEL.test(first) || ANSWER_LABEL.test(first) || DIALOGUE_DASH.test(first) || SPEAKER_LABEL.test(first);
  const headline = isHeadlineShaped(first) && !ENDS_LIKE_SENTENCE.test(first) && !turn;
  return headline && ENDS_LIKE_SENTENCE.test(next) && textUnits(next) >= STANDFIRST_UNITS;
}

/**
 * With nothing before the article, its first block is the headline when it reads as one
 * ("Coach: we will play with the ball until we qualify" over the agency's standfirst).
 */
export function openingHeadline(blocks: readonly OpeningBlock[], { start, end }: Range): number | null {
  const first = blocks[start]?.block.text;
  const next = start < end ? blocks[start + 1]?.block.text : undefined;
  if (first === undefined || next === undefined) return null;
  for (let index = 0; index < start; index += 1) if (blocks[index]!.chrome === null) return null;
  return readsAsHeadline(first, next) ? start : null;
}

/**
 * A page that prints the date or byline line above its headline: the headline stands right
 * under that line, at the range's opening or just above it (where it would be taken for the
 * deck), while the best headline found higher up (a "Back to overview" link, a breadcrumb over
 * the date line) is a short line that names nothing of the article. That block is the headline when it reads as one
 * and names words of the paragraphs under it. `found` is the title found above, or null.
 */
export function headlineUnderDate(
  blocks: readonly OpeningBlock[],
  { start, end }: Range,
  found: number | null,
): number | null {
  const candidate = readsAsHeadlineAt(blocks, start, end) ? start : nearestAbove(blocks, start);
  if (candidate === null || !factRightAbove(blocks, candidate) || !readsAsHeadlineAt(blocks, candidate, end))
    return null;
  const article = new Set(openingText(blocks, Math.max(candidate + 1, start), end).flatMap(contentWords));
  const shared = (text: string): number => new Set(contentWords(text).filter((word) => article.has(word))).size;
  // A headline found above that is a headline's length may be the page's own: it keeps the title.
  const weak = (text: string): boolean => textUnits(text) < FULL_HEADLINE_UNITS && shared(text) === 0;
  if (found !== null && found !== candidate && !weak(blocks[found]!.block.text)) return null;
  return shared(blocks[candidate]!.block.text) >= SHARED_WORDS ? candidate : null;
}

/** A full stop, colon or semicolon closing a line: a sentence or a lead-in, not a headline ("!" may close one). */
const CLOSES_CLAUSE = /[.:;…][\s"'»”’)\]]*$/u;

/**
 * The range opens on the headline when the page prints its date line right under it and the
 * article under that ("Harbour reopens to ferries!" / "October 12, 2018/0 Comments/in News" /
 * the first paragraph): zoning took the headline in for the prose below. It is the title when it
 * reads as one (no question, which may be an interview's first; no turn label; no clause end),
 * names words of the paragraphs under it, and the title found above is weak or none.
 * `isDated` tells a date line, the metadata readers' or a stamp's.
 */
export function headlineOverDate(
  blocks: readonly OpeningBlock[],
  { start, end }: Range,
  found: number | null,
  isDated: (index: number) => boolean,
): number | null {
  const first = blocks[start];
  if (first === undefined || first.chrome !== null || first.fact !== null) return null;
  const text = first.block.text;
  const turn =
    QUESTION_LABEL.test(text) || ANSWER_LABEL.test(text) || DIALOGUE_DASH.test(text) || SPEAKER_LABEL.test(text);
  if (turn || !isHeadlineShaped(text) || ENDS_WITH_QUESTION.test(text) || CLOSES_CLAUSE.test(text)) return null;
  let under = start + 1;
  while (under <= end && blocks[under]!.chrome !== null) under += 1;
  if (under >= end || !isDated(under)) return null;
  const article = new Set(openingText(blocks, under + 1, end).flatMap(contentWords));
  const shared = (line: string): number => new Set(contentWords(line).filter((word) => article.has(word))).size;
  if (
    found !== null &&
    (textUnits(blocks[found]!.block.text) >= FULL_HEADLINE_UNITS || shared(blocks[found]!.block.text) > 0)
  )
    return null;
  return shared(text) >= SHARED_WORDS ? start : null;
}

/** The texts of the article's first paragraphs from `from` (no chrome, no metadata line), up to `end`. */
function openingText(blocks: readonly OpeningBlock[], from: number, end: number): string[] {
  const texts: string[] = [];
  for (let index = from; index <= end && texts.length < ARTICLE_OPENING_BLOCKS; index += 1) {
    const block = blocks[index]!;
    if (block.chrome === null && block.fact === null) texts.push(block.block.text);
  }
  return texts;
}

/** Whether the block at `index` reads as a headline over the next block that is not chrome, up to `end`. */
function readsAsHeadlineAt(blocks: readonly OpeningBlock[], index: number, end: number): boolean {
  const block = blocks[index];
  if (block === undefined || block.chrome !== null || block.fact !== null) return false;
  for (let next = index + 1; next <= end; next += 1) {
    const under = blocks[next]!;
    if (under.chrome === null) return readsAsHeadline(block.block.text, under.block.text);
  }
  return false;
}

/** The nearest block above `index` that is neither chrome nor a metadata line; null past the top. */
function nearestAbove(blocks: readonly OpeningBlock[], index: number): number | null {
  for (let above = index - 1; above >= 0; above -= 1) {
    if (blocks[above]!.chrome === null && blocks[above]!.fact === null) return above;
  }
  return null;
}

/** Whether the nearest block above `index` that is not chrome is a metadata line. */
function factRightAbove(blocks: readonly OpeningBlock[], index: number): boolean {
  for (let above = index - 1; above >= 0; above -= 1) {
    const block = blocks[above]!;
    if (block.fact !== null) return true;
    if (block.chrome === null) return false;
  }
  return false;
}
