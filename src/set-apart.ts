/**
 * Lines set apart above their paragraph in a wrapped text dump. A browser's
 * text view keeps a `<br>` as a line break: `<p><b>Question.</b><br>Answer…</p>`
 * becomes a short line standing on its own right above the wrapped answer,
 * with no blank line between. Bold is lost, but the layout is the same signal:
 * when a dump has several such lines that read as sentences, and some of them
 * ask, they are the interviewer's turns, marked as emphasised for the classifier.
 */
import { ENDS_LIKE_SENTENCE, ENDS_WITH_QUESTION } from "./patterns.js";
import type { Block } from "./types.js";

/** Fewest set-apart lines that make the shape. */
const MIN_SET_APART = 3;

/** Fewest of them that ask. */
const MIN_ASKING = 2;

/** Fewest words of a set-apart line that does not ask (a menu entry has fewer). */
const MIN_WORDS = 3;

/** Fewest words of the paragraph under it. */
const MIN_REPLY_WORDS = 2;

/** The blocks, with the set-apart lines marked emphasised when the dump has the shape. */
export function markSetApartLines(blocks: readonly Block[]): Block[] {
  const setApart = blocks.map(
    (block, index) =>
      isSetApart(block, blocks[index + 1]) &&
      (block.firstLine === block.lastLine || opensGroup(block, blocks[index - 1])),
  );
  const count = setApart.filter(Boolean).length;
  const asking = blocks.filter((block, index) => setApart[index] && ENDS_WITH_QUESTION.test(block.text)).length;
  // When every set-apart line asks, paragraph questions read them already (with their wrapped siblings).
  if (count < MIN_SET_APART || asking < MIN_ASKING || asking === count) return [...blocks];
  return blocks.map((block, index) =>
    setApart[index] ? { ...block, hints: { ...block.hints, emphasized: true } } : block,
  );
}

/** Most lines a set-apart turn has: a question wrapped by the dump runs over two or three. */
const MAX_LINES = 3;

/**
 * A short sentence (a line, or a question the dump wrapped over two or three) right above
 * (no blank line) a paragraph that is not set apart itself.
 */
function isSetApart(block: Block, next: Block | undefined): boolean {
  if (!next || block.lastLine - block.firstLine >= MAX_LINES || next.firstLine !== block.lastLine + 1) return false;
  // A follow-up as short as "For instance?" asks; a menu entry of that length does not.
  if (!ENDS_LIKE_SENTENCE.test(block.text) || (words(block.text) < MIN_WORDS && !ENDS_WITH_QUESTION.test(block.text)))
    return false;
  return words(next.text) >= MIN_REPLY_WORDS;
}

/**
 * Whether a block opens its group of lines (a blank line before it): a wrapped turn does,
 * while the first part of an answer under a set-apart question (split by a hard line break) does not.
 */
function opensGroup(block: Block, previous: Block | undefined): boolean {
  return !previous || previous.lastLine < block.firstLine - 1;
}

/** Words in a text. */
function words(text: string): number {
  return text.split(" ").length;
}
