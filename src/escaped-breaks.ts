/**
 * Dumps whose line breaks were written out as the letter of their escape: a
 * `\n` that lost its backslash leaves "…конца.n— Вопрос?n— Ответ." on one line.
 * Where a long block has several such letters glued between a sentence end and
 * the next sentence or dialogue dash, each is taken back as a paragraph break.
 */
import type { Block, DroppedPart } from "./types.js";
import { LazyRegExp } from "./lazy-regexp.js";

/** A block shorter than this is a paragraph, not a dump on one line. */
const ONE_LINE_MIN_CHARS = 200;

/** Fewest escaped breaks that show the artefact; one "end.nThe" could be a typo. */
const MIN_BREAKS = 3;

/**
 * A lost `\n`: the letter n right after a sentence end and right before a
 * capital, a dash or an opening quote, with no space on either side — no word
 * of any language is spelt like that.
 */
const ESCAPED_BREAK = new LazyRegExp(String.raw`(?<=[.!?…»"”)\]])n(?=[\p{Lu}—–«"“])`, "gu");

/**
 * Once the artefact is established, a lost `\n` also sits between a glued link
 * title and the dialogue dash of the next turn: "…в Москвеn— Но…".
 */
const ANY_ESCAPED_BREAK = new LazyRegExp(String.raw`(?<=[.!?…»"”)\]])n(?=[\p{Lu}—–«"“])|(?<=\S)n(?=[—–]\s)`, "u");

/** Cuts every long block at its escaped line breaks. */
export function splitEscapedBreaks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => (block.text.length >= ONE_LINE_MIN_CHARS ? splitBlock(block) : [block]));
}

/** Splits one block; a block with fewer than {@link MIN_BREAKS} escaped breaks stays whole. */
function splitBlock(block: Block): Block[] {
  if (ESCAPED_BREAK.matchAll(block.text).length < MIN_BREAKS) return [block];
  const pieces = block.text
    .split(ANY_ESCAPED_BREAK.regexpFor(block.text))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  // The letters taken out are listed once, on the first piece: nothing disappears silently.
  const dropped: DroppedPart[] = [
    { text: "n", reason: `${pieces.length - 1} line breaks written as the letter n`, rule: "text/escaped-break" },
  ];
  return pieces.map((text, index) => ({
    ...block,
    text,
    hints: { ...block.hints },
    ...(index === 0 ? { dropped } : {}),
  }));
}
