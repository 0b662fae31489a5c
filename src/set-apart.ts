/**
 * Lines set apart above their paragraph in a wrapped text dump. A browser's
 * text view keeps a `<br>` as a line break: `<p><b>Question.</b><br>Answer…</p>`
 * becomes a short line standing on its own right above the wrapped answer,
 * with no blank line between. Bold is lost, but the layout is the same signal:
 * when a dump has several such lines that read as sentences, and some of them
 * ask, they are the interviewer's turns, marked as emphasised for the classifier.
 */
import { capitalisedShare, isTitleCase } from "./classify/shape.js";
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
  return blocks.map((block, index) => {
    if (setApart[index]) return { ...block, hints: { ...block.hints, emphasized: true } };
    if (isUnclosedTurn(block, blocks[index - 1], blocks[index + 1]))
      return { ...block, hints: { ...block.hints, emphasized: true, unclosed: true } };
    return block;
  });
}

/** Fewest words of a set-apart line without a closing mark: a subheading has fewer. */
const MIN_UNCLOSED_WORDS = 6;

/**
 * Once the dump has the shape, a turn whose closing mark the dump lost (a bold
 * "…" written as an entity the browser drops) stands out the same way: one line,
 * a blank line above, its reply right under it. It must read as a sentence rather
 * than a subheading: long enough, with most of its long words in lower case.
 */
function isUnclosedTurn(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  if (block.firstLine !== block.lastLine || !opensGroup(block, previous) || ENDS_LIKE_SENTENCE.test(block.text))
    return false;
  if (!next || next.firstLine !== block.lastLine + 1 || words(next.text) < MIN_REPLY_WORDS) return false;
  return (
    words(block.text) >= MIN_UNCLOSED_WORDS &&
    capitalisedShare(block.text) < SENTENCE_CASE_SHARE &&
    endsShort(block, next)
  );
}

/** Share of long words capitalised under which a line is set in sentence case. */
const SENTENCE_CASE_SHARE = 0.5;

/** Most of the reply's line length a line without a closing mark may run to. */
const SHORT_LINE_SHARE = 0.75;

/**
 * Whether a one-line block ends well before the lines of the reply under it. A line the
 * dump wrapped at its width was split off for another reason (the next line opened with
 * something like a label) and is the start of a paragraph, not a turn.
 */
function endsShort(line: Block, reply: Block): boolean {
  const replyLines = reply.lastLine - reply.firstLine + 1;
  if (replyLines < 2) return line.text.length < reply.text.length;
  // Every line of the reply but the last runs to the width; the last one, on average, to half of it.
  const width = reply.text.length / (replyLines - 0.5);
  return line.text.length < SHORT_LINE_SHARE * width;
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
  // A line in title case is a headline over its teaser (story cards under an article), not a turn.
  return words(next.text) >= MIN_REPLY_WORDS && !isTitleCase(block.text);
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
