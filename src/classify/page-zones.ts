/**
 * Zones of a page's text view that are no part of the article, found by their shape rather
 * than by their words: a list of other articles' headlines ("Trending News", "More in …",
 * a numbered "Most read") and a reader's comment thread. Learning their headings one phrase
 * at a time never ends; their shape is the same on every site and in every language:
 *
 *     Trending News                                  Avatar
 *       • Storm closes the northern ferry route      harbourfan
 *       • Council votes on the new library           2 days ago at 07:54 am
 *       • Three rescued from a drifting yacht        Great interview, thanks.
 *
 * A list in the article stays: one its own sentence introduces ("three things:"), one
 * between a question and the next (the answer's list), items that are not headlines
 * (ingredients in lower case, sentences ending with a stop).
 */
import { DIALOGUE_DASH, ENDS_LIKE_SENTENCE, ENDS_WITH_QUESTION, QUESTION_LABEL, SPEAKER_LABEL } from "../patterns.js";
import type { MetaLine } from "../meta/header-lines.js";
import { zoneRule } from "./chrome.js";
import { LONG_WORD, textUnitsUpTo } from "./shape.js";
import { countUpperCase, hasLowerCase } from "../normalize.js";
import { linkText } from "../markdown.js";
import { authorBoxHeadingPattern } from "../lexicon/compile.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** The rule a headline list is removed by, inline: a related box between two paragraphs must not cut the article in two. */
export const HEADLINE_LIST = zoneRule("zone/headline-list", "list of other articles' headlines", { inline: true });

/** The rule a comment thread is removed by. */
export const COMMENT_THREAD = zoneRule("zone/comment-thread", "readers' comment thread");

/** What the zone rules read of a block. */
export interface ZoneBlock {
  text: string;
  /** A chrome rule already took the block. */
  isChrome: boolean;
  /** The block's metadata line, if it is one. */
  fact: MetaLine | null;
  /** The block is a thread's counter ("12 Comments", "Kommentare (3)"). */
  countsComments?: boolean;
}

/**
 * A list item's mark: a bullet or a number (a text view prints `•`, `*`, `+`), or a lynx link
 * opening the line. A dash is a mark only before a Markdown link: it opens a dialogue's turns and a post's attribution.
 */
const LIST_MARK = /^(?:[•*·▪◦►+]|\d{1,2}[.)]|-(?=\s+\[))\s+(?=\S)/u;
/** A lynx link reference: `[12]`. */
const LINK_MARK = /\[\d{1,4}\]/gu;
/** A link opening the item's text: lynx's `[12]Title`, Markdown's `[Title](…)`. */
const OPENS_WITH_LINK = /^\[(?:\d{1,4}\]\S|[^\]]{1,300}\]\()/u;

/** A teaser cut short at its end: "… the residents may soon...", "… he said…". */
const CUT_SHORT = new LazyRegExp(String.raw`\p{L}[,;]?(?:\.{3,}|…)$`, "u");

/** Fewest items of a list of headlines; of one under a heading or made of links. */
const MIN_ITEMS = 3;
const MIN_BOXED_ITEMS = 2;
/** Share of a list's items that must read as headlines (a short one, "Spacewalking into history", may be among them). */
const HEADLINE_SHARE = 0.66;
/** Share of a list's items that must open with a link for the list to be links. */
const LINKED_SHARE = 0.75;
/** A clause mark, and a stop, at a text's end (before closing quotes, brackets or emphasis marks). */
const CLAUSE_END = /[,;:][\s"'»”’)\]*_]*$/u;
const STOP_END = /[.!…][\s"'»”’)\]*_]*$/u;

/** Fewest and most words of a headline. */
const HEADLINE_MIN_UNITS = 4;
const HEADLINE_MAX_UNITS = 30;
/** Most words of a linked headline with its teaser. */
const TEASED_MAX_UNITS = 60;
/** Most words of a list's heading ("Trending News", "More in Science"). */
const HEADING_MAX_UNITS = 8;
/** Fewest words of a paragraph of prose after a list: the article goes on. */
const PROSE_UNITS = 12;
/** How far a question around a list is looked for, in blocks. */
const QUESTION_REACH = 8;

/** A list item's text without its mark, or null when the block is no list item. */
function itemText(text: string): string | null {
  const marked = LIST_MARK.exec(text);
  if (marked) return text.slice(marked[0].length);
  // A paragraph whose first words are a link is no item: only a link line without a sentence is.
  return OPENS_WITH_LINK.test(text) &&
    !ENDS_LIKE_SENTENCE.test(text) &&
    textUnitsUpTo(text, HEADLINE_MAX_UNITS) <= HEADLINE_MAX_UNITS
    ? text
    : null;
}

/**
 * Whether an item reads as a headline: a capital opens its first word, four to thirty words, no
 * clause mark at its end, and no stop unless `teased` (the items of a list of links run each
 * headline into its teaser's sentence).
 */
function isHeadlineItem(item: string, teased = false): boolean {
  const text = linkText(item).replace(LINK_MARK, "").trim();
  const units = textUnitsUpTo(text, TEASED_MAX_UNITS);
  const firstLetter = LETTER.exec(text)?.[0] ?? "";
  if (
    units < HEADLINE_MIN_UNITS ||
    units > (teased ? TEASED_MAX_UNITS : HEADLINE_MAX_UNITS) ||
    firstLetter === firstLetter.toLowerCase()
  )
    return false;
  return !CLAUSE_END.test(text) && (teased || !STOP_END.test(text));
}

/**
 * Whether a block reads as a list's heading: a few words, no sentence, no question ("Related",
 * "More:", "Trending News"), whether a chrome rule took it or not.
 */
function isHeading(block: ZoneBlock): boolean {
  const text = block.text.replace(LINK_MARK, "").trim();
  const units = textUnitsUpTo(text, HEADING_MAX_UNITS);
  if (units === 0 || units > HEADING_MAX_UNITS || itemText(block.text) !== null || ENDS_WITH_QUESTION.test(text))
    return false;
  // A post's link or handle over a list is an embed's end, no heading.
  if (/[/@]/u.test(text)) return false;
  return !ENDS_LIKE_SENTENCE.test(text) || (isLabel(text) && units <= LABEL_MAX_UNITS);
}

/** Most words of a label ending in a colon that heads a box ("More:", "Read also:"); a longer one is a sentence introducing its list. */
const LABEL_MAX_UNITS = 3;

/** A line ending in a colon. */
function isLabel(text: string): boolean {
  return /:\s*$/u.test(text);
}

/** Whether a block is a paragraph of prose: a sentence of some length, no list item. */
function isProse(block: ZoneBlock): boolean {
  return (
    !block.isChrome &&
    itemText(block.text) === null &&
    ENDS_LIKE_SENTENCE.test(block.text) &&
    textUnitsUpTo(block.text, PROSE_UNITS) >= PROSE_UNITS
  );
}

/** Whether a block asks: a question label or a question mark at its end. */
function asks(block: ZoneBlock): boolean {
  return !block.isChrome && (QUESTION_LABEL.test(block.text) || ENDS_WITH_QUESTION.test(block.text));
}

/** Runs of consecutive blocks that pass a test, as [first, last] indexes, of `least` blocks or more. */
function runsOf(
  blocks: readonly ZoneBlock[],
  member: (block: ZoneBlock) => boolean,
  least: number,
): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  blocks.forEach((block, index) => {
    const inside = member(block);
    if (inside && start < 0) start = index;
    if (!inside && start >= 0) {
      runs.push([start, index - 1]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, blocks.length - 1]);
  return runs.filter(([first, last]) => last - first + 1 >= least);
}

/** For each block, the text of the nearest block before it that is no chrome, or null: found in one pass. */
function previousTexts(blocks: readonly ZoneBlock[]): Array<string | null> {
  let last: string | null = null;
  return blocks.map((block) => {
    const before = last;
    if (!block.isChrome) last = block.text;
    return before;
  });
}

/** Whether a question stands within reach above a block: a list under it may be an answer's. */
function asksAbove(blocks: readonly ZoneBlock[], index: number): boolean {
  // A list item that asks is a headline ("Where do the Browns stand?"), no one's question.
  return blocks
    .slice(Math.max(0, index - QUESTION_REACH), index)
    .some((block) => asks(block) && itemText(block.text) === null);
}

/** Whether a question stands within reach on both sides of a list: the list is an answer's. */
function betweenQuestions(blocks: readonly ZoneBlock[], first: number, last: number): boolean {
  const before = asksAbove(blocks, first);
  const after = blocks.slice(last + 1, last + 1 + QUESTION_REACH).some(asks);
  return before && after;
}

/** Fewest lines of a list printed without marks: one line per headline, and a heading is no run of four; three under a heading. */
const MIN_BARE_LINES = 4;
const MIN_HEADED_BARE_LINES = 3;

/**
 * A line of its own that reads as a headline, with no mark, no turn label, no dialogue dash and no
 * question. A metadata line ("19 Nov 2019 05:44 GMT") is the article's own, never another's headline.
 */
function isBareHeadline(block: ZoneBlock): boolean {
  const text = block.text;
  if (block.isChrome || block.fact !== null || itemText(text) !== null || ENDS_WITH_QUESTION.test(text)) return false;
  return isHeadlineItem(text) && ![SPEAKER_LABEL, QUESTION_LABEL, DIALOGUE_DASH].some((label) => label.test(text));
}

/** Fewest items of a list, by its marks and whether a heading or its links make it a box. */
function fewestItems(marked: boolean, boxed: boolean): number {
  if (marked) return boxed ? MIN_BOXED_ITEMS : MIN_ITEMS;
  return boxed ? MIN_HEADED_BARE_LINES : MIN_BARE_LINES;
}

/** What a run of list items is judged by. */
interface ListRun {
  first: number;
  last: number;
  /** The items' texts, marks removed. */
  items: string[];
  /** The list has marks (bullets, numbers, links); a bare list needs more lines. */
  marked: boolean;
}

/** The runs that could be lists of headlines: marked items, and lines printed one headline each. */
function candidateRuns(blocks: readonly ZoneBlock[]): ListRun[] {
  const marked = runsOf(blocks, (block) => itemText(block.text) !== null, MIN_BOXED_ITEMS).map(([first, last]) => ({
    first,
    last,
    items: blocks.slice(first, last + 1).map((block) => itemText(block.text)!),
    marked: true,
  }));
  const bare = runsOf(blocks, isBareHeadline, MIN_HEADED_BARE_LINES).map(([first, last]) => ({
    first,
    last,
    items: blocks.slice(first, last + 1).map((block) => block.text),
    marked: false,
  }));
  return [...marked, ...bare];
}

/**
 * The indexes of the blocks of headline lists, with their headings: a run of list items (three
 * or more; two under a heading or made of links; four lines without marks), most of them
 * headlines, that the text before does not introduce (a line ending in a colon) and that no
 * answer holds (a question on both sides), and that is a box by one of its marks: most items
 * are links, a heading stands over it, or no paragraph of prose follows it.
 */
export function headlineListBlocks(blocks: readonly ZoneBlock[]): Set<number> {
  const found = new Set<number>();
  // The first and last paragraphs of prose, found once: a list after the last ends the page.
  const proseAt = blocks.findIndex(isProse);
  const firstProse = proseAt < 0 ? blocks.length : proseAt;
  const lastProse = blocks.findLastIndex(isProse);
  const before = previousTexts(blocks);
  for (const { first, last, items, marked } of candidateRuns(blocks)) {
    // Over the article, short lines are its headline, kicker and byline: the title is looked for among them.
    if (!marked && first < firstProse) continue;
    const previous = first > 0 ? blocks[first - 1]! : null;
    const heading = previous !== null && isHeading(previous);
    // Links, or excerpts cut short ("… may soon..."): each item runs a headline into its teaser.
    const linked =
      items.filter((item) => OPENS_WITH_LINK.test(item)).length >= items.length * LINKED_SHARE ||
      (marked && items.filter((item) => CUT_SHORT.test(item)).length >= items.length * LINKED_SHARE);
    // So does a box under its heading among other boxes ("Most Read" under a list), unless it answers.
    const above = first > 1 ? (before[first - 1] ?? null) : null;
    const boxed = above !== null && !isProse({ text: above, isChrome: false, fact: null });
    const trailing = marked && heading && boxed && !asksAbove(blocks, first - 1);
    const headlines = items.filter((item) => isHeadlineItem(item, linked || trailing)).length;
    const questions = items.filter((item) => ENDS_WITH_QUESTION.test(item)).length;
    if (headlines < items.length * HEADLINE_SHARE || questions * 2 >= items.length) continue;
    // "Here are the three changes:" introduces the list that follows: it is the text's own.
    const introduced = !heading && isLabel(before[first] ?? "");
    if (introduced || items.length < fewestItems(marked, heading || linked)) continue;
    if (!linked && betweenQuestions(blocks, first, last)) continue;
    if (!linked && !heading && lastProse > last) continue;
    for (let index = first; index <= last; index += 1) found.add(index);
    if (heading) found.add(first - 1);
  }
  return found;
}

/** The rule a headline in capitals between paragraphs is removed by, inline: it must not cut an answer in two. */
export const SHOUTED_HEADLINE = zoneRule(
  "zone/shouted-headline",
  "another article's headline in capitals between paragraphs",
  { inline: true },
);

/** Fewest and most words of a headline in capitals; fewest capitals (an acronym line is shorter). */
const SHOUTED_MIN_UNITS = 5;
const SHOUTED_MAX_UNITS = 30;
const SHOUTED_MIN_CAPITALS = 15;
/** Fewest words of the sentence-case paragraph on either side of it. */
const SIDE_MIN_UNITS = 8;

/** A letter. */
const LETTER = new LazyRegExp(String.raw`\p{L}`, "u");

/** A lower-case letter. */
const LOWER_CASE = new LazyRegExp(String.raw`\p{Ll}`, "u");

/** Whether a text is written in capitals only, with enough of them to be more than an acronym or a name. */
function isAllCapitals(text: string): boolean {
  return countUpperCase(text) >= SHOUTED_MIN_CAPITALS && !hasLowerCase(text);
}

/** Whether a block is a paragraph in sentence case: lower-case letters and some words. */
function isSentenceCase(block: ZoneBlock | undefined): boolean {
  return block !== undefined && hasLowerCase(block.text) && textUnitsUpTo(block.text, SIDE_MIN_UNITS) >= SIDE_MIN_UNITS;
}

/**
 * The indexes of other articles' headlines set in capitals between the paragraphs of a text
 * in sentence case ("HARBOUR PILOT RETIRES AFTER FORTY YEARS", a link to a related story pasted
 * into the article): five words or more, no sentence end, no list mark, a paragraph in sentence
 * case on either side, no interviewer's question right above (an answer shouted in capitals stays), and none of
 * its words in the two paragraphs under it (a subheading in capitals names its section's subject).
 * A text written in capitals throughout (an old transcript) has no sentence-case neighbours: it stays.
 */
export function shoutedHeadlineBlocks(blocks: readonly ZoneBlock[]): Set<number> {
  const found = new Set<number>();
  const before = previousTexts(blocks);
  blocks.forEach((block, index) => {
    const text = block.text.trim();
    // A line with a lower-case letter is no headline in capitals: asked first, it spares counting every paragraph's words.
    if (block.isChrome || LOWER_CASE.test(text)) return;
    const units = textUnitsUpTo(text, SHOUTED_MAX_UNITS);
    if (units < SHOUTED_MIN_UNITS || units > SHOUTED_MAX_UNITS || !isAllCapitals(text)) return;
    if (ENDS_LIKE_SENTENCE.test(text) || itemText(text) !== null || SPEAKER_LABEL.test(text)) return;
    const previous = before[index] ?? null;
    const section = blocks
      .slice(index + 1)
      .filter((item) => !item.isChrome)
      .slice(0, SECTION_BLOCKS);
    if (previous === null || asksBriefly(previous)) return;
    if (!isSentenceCase({ text: previous, isChrome: false, fact: null }) || !isSentenceCase(section[0])) return;
    // A subheading names what its section is about; another article's headline names none of it.
    const sectionStems = new Set(section.flatMap((item) => stems(item.text)));
    if (!stems(text).some((stem) => sectionStems.has(stem))) found.add(index);
  });
  return found;
}

/** Most words of an interviewer's question; a longer paragraph ending with one is a reporter's. */
const QUESTION_MAX_UNITS = 50;

/** Whether a text is a question put to someone: labelled, or a question mark closing a few sentences. */
function asksBriefly(text: string): boolean {
  return (
    QUESTION_LABEL.test(text) ||
    (ENDS_WITH_QUESTION.test(text) && textUnitsUpTo(text, QUESTION_MAX_UNITS) <= QUESTION_MAX_UNITS)
  );
}

/** How many paragraphs under a line in capitals are read as the section it would head. */
const SECTION_BLOCKS = 2;
/** Letters of a word compared: "pears" under "PEAR JAM", "canning" under "CANNER". */
const STEM_LETTERS = 5;

/** The openings of a text's words of four letters or more, lower-cased. */
function stems(text: string): string[] {
  return LONG_WORD.matchAll(text.toLowerCase()).map(([word]) => word.slice(0, STEM_LETTERS));
}

/** The rule an author's box is removed by. */
export const AUTHOR_BOX = zoneRule("zone/author-box", "author's box: name and biography");

/** The heading of an author's box in every lexicon's language: "About Jane Roe". */
const AUTHOR_BOX_HEADING = authorBoxHeadingPattern();
/** How many blocks on either side of the heading belong to the box when they name the author. */
const AUTHOR_BOX_REACH = 2;
/** Most words of a line above the heading that names the author (a photo's alt text, the name). */
const AUTHOR_LINE_MAX_UNITS = 6;

/**
 * The indexes of an author's boxes after the article's first paragraph: its heading ("About Jane
 * Roe", "Über Jan de Wit"), the short lines right above it that name the author (the photo's text,
 * the name again) and the paragraphs right under it that name the author (the biography).
 */
export function authorBoxBlocks(blocks: readonly ZoneBlock[]): Set<number> {
  const found = new Set<number>();
  const firstProse = blocks.findIndex(isProse);
  blocks.forEach((block, index) => {
    const name =
      block.isChrome || firstProse < 0 || index < firstProse ? null : AUTHOR_BOX_HEADING.exec(block.text)?.[1];
    if (!name) return;
    const surname = name.split(/\s/u).at(-1)!;
    found.add(index);
    for (let above = index - 1; above >= Math.max(0, index - AUTHOR_BOX_REACH); above -= 1) {
      const text = blocks[above]!.text;
      if (!text.includes(surname) || textUnitsUpTo(text, AUTHOR_LINE_MAX_UNITS) > AUTHOR_LINE_MAX_UNITS) break;
      found.add(above);
    }
    for (let below = index + 1; below <= Math.min(blocks.length - 1, index + AUTHOR_BOX_REACH); below += 1) {
      if (!blocks[below]!.text.includes(surname)) break;
      found.add(below);
    }
  });
  return found;
}

/** Most words of a comment's stamp line: a name, a date and a time. */
const STAMP_MAX_UNITS = 12;
/** Fewest stamps of a thread; of one under its counter ("2 comments"). */
const MIN_STAMPS = 3;
const MIN_COUNTED_STAMPS = 2;
/** Most blocks between two stamps of one thread: a comment of a few paragraphs and its buttons. */
const MAX_STAMP_GAP = 12;
/** Most short lines above a thread's first stamp taken with it (avatar, name, votes, the thread's heading). */
const PRELUDE_BLOCKS = 4;

/** Whether a block is a comment's stamp: a short line giving a date with its time of day. */
function isStamp(block: ZoneBlock): boolean {
  const timed = block.fact?.facts.some((fact) => fact.kind === "datetime" && fact.parts.time !== undefined) ?? false;
  return timed && textUnitsUpTo(block.text, STAMP_MAX_UNITS) <= STAMP_MAX_UNITS;
}

/**
 * The indexes of a comment thread's blocks: a chain of three stamps or more (a date with its
 * time, each near the next) after the article's prose, from the short lines above its first
 * stamp (the commenter's name, an avatar, the thread's heading) to the last comment's end, as
 * far after the last stamp as the widest gap between two stamps. Under the thread's counter
 * ("2 comments"), two stamps make a thread, from the counter. One date line over the article is
 * no thread; a timeline's date headings carry no time of day.
 */
export function commentThreadBlocks(blocks: readonly ZoneBlock[]): Set<number> {
  const stamps = blocks.flatMap((block, index) => (isStamp(block) ? [index] : []));
  const found = new Set<number>();
  // A thread comes after the article's prose: the first paragraph, found once.
  const firstProse = blocks.findIndex(isProse);
  const counters = blocks.flatMap((block, index) => (block.countsComments === true ? [index] : []));
  let chain: number[] = [];
  const close = (): void => {
    const counter = counterAbove(counters, chain[0] ?? -1);
    if (
      chain.length >= (counter === null ? MIN_STAMPS : MIN_COUNTED_STAMPS) &&
      firstProse >= 0 &&
      firstProse < chain[0]!
    )
      markThread(blocks, chain, found, counter);
    chain = [];
  };
  for (const stamp of stamps) {
    if (chain.length > 0 && stamp - chain.at(-1)! > MAX_STAMP_GAP) close();
    chain.push(stamp);
  }
  close();
  return found;
}

/** The thread's counter ("2 comments") within a stamp gap above its first stamp, or null. */
function counterAbove(counters: readonly number[], first: number): number | null {
  const counter = counters.findLast((index) => index < first);
  return counter !== undefined && first - counter <= MAX_STAMP_GAP ? counter : null;
}

/** A short line above a comment's stamp that goes with it: no sentence and no list item (a list above the thread is judged as a list). */
function isPrelude(block: ZoneBlock): boolean {
  return !ENDS_LIKE_SENTENCE.test(block.text) && itemText(block.text) === null;
}

/** Marks the blocks of the thread whose stamps are `chain`, from its counter when it has one. */
function markThread(
  blocks: readonly ZoneBlock[],
  chain: readonly number[],
  found: Set<number>,
  counter: number | null,
): void {
  const first = chain[0]!;
  let start = first;
  while (start > 0 && first - start < PRELUDE_BLOCKS && isPrelude(blocks[start - 1]!)) start -= 1;
  if (counter !== null) start = Math.min(start, counter);
  const lastStamp = chain.at(-1)!;
  const widest = chain.reduce(
    (most, stamp, index) => (index === 0 ? most : Math.max(most, stamp - chain[index - 1]!)),
    0,
  );
  let end = lastStamp;
  // The last comment runs on as far as the widest gap, up to a list and its heading, judged as a list.
  while (end + 1 < blocks.length && end + 1 - lastStamp <= widest && itemText(blocks[end + 1]!.text) === null) end += 1;
  if (end > lastStamp && end + 1 < blocks.length && itemText(blocks[end + 1]!.text) !== null && isHeading(blocks[end]!))
    end -= 1;
  for (let index = start; index <= end; index += 1) found.add(index);
}
