/**
 * The article's frame around its first blocks: a kicker or section label set
 * above the headline is no lead, and a deck (standfirst) set right under the
 * headline, outside the body's container, is. The deck is found by the page's
 * own description: the text a page gives as its summary, shown under the
 * headline, is the deck.
 */
import {
  ENDS_LIKE_SENTENCE,
  ENDS_WITH_QUESTION,
  NOT_LETTERS_OR_DIGITS,
  QUESTION_LABEL,
  SPEAKER_LABEL,
} from "../patterns.js";
import { bylineOpeningAlternation } from "../lexicon/index.js";
import { reasonOf } from "../registry.js";
import type { Block, RemovedLine } from "../types.js";
import type { Segment } from "./segment.js";
import { excerpt, normalizeText } from "./text.js";

/** How many blocks of the article's opening the headline is looked for in. */
const HEADLINE_WITHIN = 4;

/** Longest label above a headline, in words. */
const LABEL_MAX_WORDS = 6;

/** How many segments before the article's first block a deck may be. */
const DECK_WITHIN = 12;

/** Fewest words of a deck. */
const DECK_MIN_WORDS = 5;

/** The article's blocks with labels above the headline dropped (recorded in `removed`) and the deck added. */
export function frameArticle(
  blocks: Block[],
  segments: readonly Segment[],
  title: string | null,
  description: string | null,
  removed: RemovedLine[],
): Block[] {
  const labelled = dropLabels(blocks, title, removed);
  // Only an interview's tail: an ordinary article's last short lines (a source, a credit) belong to its body.
  const framed = labelled.filter(isTurnLike).length >= MIN_TURNS ? dropTail(labelled, removed) : labelled;
  return withDeck(framed, segments, title, description);
}

/** Blocks before the headline that are short labels (a kicker, a column name): dropped. */
function dropLabels(blocks: Block[], title: string | null, removed: RemovedLine[]): Block[] {
  if (title === null) return blocks;
  const key = looseText(title);
  const at = blocks.slice(0, HEADLINE_WITHIN).findIndex((block) => looseText(block.text) === key);
  if (at <= 0 || !blocks.slice(0, at).every((block) => isLabel(block.text))) return blocks;
  for (const block of blocks.slice(0, at))
    removed.push({
      line: block.firstLine,
      text: `"${excerpt(block.text, 60)}"`,
      reason: reasonOf("html/label-above-headline"),
      rule: "html/label-above-headline",
    });
  return blocks.slice(at);
}

/** Longest piece of page furniture after the article, in words ("Page 2 of 2", "E-mail", "Twitter: Follow us"). */
const TAIL_MAX_WORDS = 5;

/** Short lines after the article's last sentence (pagers, share buttons, "(Story continues on next page...)"): dropped. */
function dropTail(blocks: Block[], removed: RemovedLine[]): Block[] {
  let end = blocks.length;
  while (end > 1 && isFurniture(blocks[end - 1]!.text) && !repeatsLabel(blocks, end - 1)) end -= 1;
  for (const block of blocks.slice(end))
    removed.push({
      line: block.firstLine,
      text: `"${excerpt(block.text, 60)}"`,
      reason: reasonOf("html/page-furniture"),
      rule: "html/page-furniture",
    });
  return blocks.slice(0, end);
}

/**
 * A line whose label ("New Price: $59") the body used before is the last of a
 * series the article repeats, not furniture.
 */
function repeatsLabel(blocks: readonly Block[], at: number): boolean {
  const label = /^([^:]{1,40}):/u.exec(blocks[at]!.text)?.[1];
  return label !== undefined && blocks.slice(0, at).some((block) => block.text.startsWith(`${label}:`));
}

/** A few words that are no sentence, or a remark in parentheses. */
function isFurniture(text: string): boolean {
  return text.split(" ").length <= TAIL_MAX_WORDS && (!ENDS_LIKE_SENTENCE.test(text) || /^\(.*\)$/u.test(text));
}

/** A few words without sentence punctuation. */
function isLabel(text: string): boolean {
  return text.split(" ").length <= LABEL_MAX_WORDS && !/[.!?:;,]$/u.test(text);
}

/**
 * The deck, when the page shows it just before the article and the article lacks it: the page's
 * description, or else the block right under a headline set above the article. It goes after the
 * headline, else first.
 */
function withDeck(
  blocks: Block[],
  segments: readonly Segment[],
  title: string | null,
  description: string | null,
): Block[] {
  const first = blocks[0];
  if (!first) return blocks;
  // Only an interview's deck: the deck is its lead, while an ordinary article's body starts below it.
  if (blocks.filter(isTurnLike).length < MIN_TURNS) return blocks;
  const start = segments.findIndex((segment) => segment.block === first);
  if (start < 0) return blocks;
  const above = segments.slice(Math.max(0, start - DECK_WITHIN), start);
  const deck = describedDeck(above, blocks, description) ?? deckUnderHeadline(above, title);
  if (!deck) return blocks;
  const headline = title !== null && looseText(first.text) === looseText(title) ? 1 : 0;
  return [...blocks.slice(0, headline), deck.block, ...blocks.slice(headline)];
}

/** The segment above the article that shows the page's description, when the article lacks it. */
function describedDeck(
  above: readonly Segment[],
  blocks: readonly Block[],
  description: string | null,
): Segment | null {
  // A deck that asks ("What was he thinking?") would read as the interview's first question: left out.
  if (!description || description.split(" ").length < DECK_MIN_WORDS || ENDS_WITH_QUESTION.test(description))
    return null;
  const key = looseText(description);
  if (blocks.some((block) => looseText(block.text) === key)) return null;
  return above.find((segment) => looseText(segment.block.text) === key) ?? null;
}

/** Most words of a deck under a headline. */
const DECK_MAX_WORDS = 60;

/**
 * The block right under the headline, above the article: a deck when it reads as one (a phrase
 * or a sentence that does not ask, mostly not link text, no byline).
 */
function deckUnderHeadline(above: readonly Segment[], title: string | null): Segment | null {
  if (title === null) return null;
  const at = above.findIndex((segment) => looseText(segment.block.text) === looseText(title));
  const deck = at < 0 ? undefined : above[at + 1];
  if (!deck) return null;
  const text = deck.block.text;
  const words = text.split(" ").length;
  if (words < DECK_MIN_WORDS || words > DECK_MAX_WORDS || ENDS_WITH_QUESTION.test(text) || /[,;:]$/u.test(text))
    return null;
  return deck.linkChars * 2 > deck.chars || BYLINE_OPENING.test(text) ? null : deck;
}

/**
 * "By Jane Roe", "Von Jana Roe": a byline, not a deck (the lexicons' byline openings). Every
 * language's: the page is read before its language is known.
 */
const BYLINE_OPENING = new RegExp(`^(?:${bylineOpeningAlternation()})\\s`, "u");

/** Fewest turn-like blocks that make the article an interview. */
const MIN_TURNS = 3;

/**
 * A block the markup or a label sets apart as a turn: bold, a speaker's name, `Q:`. The labels
 * are every language's: the page is read before its language is known.
 */
function isTurnLike(block: Block): boolean {
  return (
    block.hints.emphasized === true ||
    block.hints.speaker !== undefined ||
    QUESTION_LABEL.test(block.text) ||
    SPEAKER_LABEL.test(block.text)
  );
}

/** Letters and digits only, lowercase: a description and the deck it describes differ in quotes and italics. */
function looseText(text: string): string {
  return NOT_LETTERS_OR_DIGITS.replace(normalizeText(text).toLowerCase(), "");
}
