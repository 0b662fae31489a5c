/**
 * The headline. Candidates are the headline-shaped blocks before the article;
 * each is scored on what headlines share everywhere: printed twice, words the
 * lead repeats, near the article, right above the date or byline (a deck may
 * come between), no label or link markup. The best one wins,
 * and when the page prints it more than once its first occurrence is the title.
 */
import { findDate } from "../meta/dates.js";
import type { LexiconSelection } from "../lexicon/index.js";
import { capitalisedShare, isHeadlineShaped, textUnits } from "./shape.js";
import { BlockKeys } from "./block-keys.js";
import { LazyRegExp } from "../lazy-regexp.js";
import { countLetters, countLowerCase, countUpperCase } from "../normalize.js";

/** What the title finder needs to know of a block. */
export interface TitleCandidate {
  text: string;
  /** Chrome or a metadata line: never a title. */
  excluded: boolean;
  /** A metadata line (a date, a byline): what a headline is printed right above. */
  fact?: boolean;
}

/**
 * How many blocks before the article are considered, chrome and metadata lines not counted:
 * a share panel of forty buttons may stand between the headline and the article.
 */
const LOOK_BACK = 25;
/** Score weights. */
const REPEATED_BONUS = 3;
const ABOVE_FACT_BONUS = 3;
const OVERLAP_WEIGHT = 4;
const DISTANCE_PENALTY = 0.15;
const MARKUP_PENALTY = 5;
const LABEL_PENALTY = 3;
const DATE_PENALTY = 2;
const SHORT_PENALTY = 1.5;
const SHOUTED_PENALTY = 2;
/** Candidates with fewer content words than this get only part of the overlap score. */
const FULL_OVERLAP_WORDS = 5;

/** Lynx link numbers and image markers: `[12]`, `[IMG]`. */
const LINK_MARKUP = /\[(?:\d{1,4}|IMG|INLINE)\]/u;
/** A list item, an aside or an image placeholder: "• View All Comments ()", "* Breaking news *", "(...Story Continued from Previous Page)", "[logo_142] …". */
const LIST_OR_ASIDE = new LazyRegExp(String.raw`^(?:[•*·▪►]\s|\(.*\)$|\[[\p{L}\p{N}_-]+\])`, "u");
/** A photo credit: "'Romantically Challenged'/ABC", "Jane Roe/AP", "Harbour Archive/Getty Images", a caption's "(Jane T. Roe/AP)". */
const PHOTO_CREDIT = new LazyRegExp(String.raw`\S\/\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\)?$`, "u");

/** A photo credit in parentheses inside a caption: "(NASA/JPL/Space Science Institute)", "(AP Photo/Jane Roe)". */
const CREDIT_IN_PARENS = new LazyRegExp(String.raw`\([^()]*\S\/\s?\p{Lu}[^()]*\)`, "u");

/** Whether a text carries a photo credit: a photo or its caption, never a headline or a deck. */
export function hasPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text) || CREDIT_IN_PARENS.test(text);
}

/** An image's file name, once or printed twice (its alt text and title): "IMG_2041", "Harbour-pier__DSC_0042 Harbour-pier__DSC_0042". */
const FILE_NAME = /^[^\s_]*_\S*(?:\s+[^\s_]*_\S*)?$/u;

/** Whether a text is an image's file name: never a headline or a deck. */
export function isFileName(text: string): boolean {
  return FILE_NAME.test(text);
}

/** Whether a text carries markup no headline has: link numbers, a list bullet, an aside, a photo credit, a file name. */
function hasMarkup(text: string): boolean {
  return LINK_MARKUP.test(text) || LIST_OR_ASIDE.test(text) || hasPhotoCredit(text) || isFileName(text);
}

/** "Editor: Zhang Wei", "Reading time: 7 minutes": a short label and a short value. */
const SHORT_LABEL_LINE = new LazyRegExp(String.raw`^\p{L}[\p{L} ]{0,20}:\s*\S+(?:\s\S+){0,3}$`, "u");

/** A label opening a line and another after its value: a product's specification ("Tested by: Jane Roe Price: £20 More info: …"). */
const SPECIFICATION_LINE = new LazyRegExp(String.raw`^\p{L}[\p{L} ]{0,20}:\s.*\s\p{Lu}[\p{L} ]{0,20}:\s`, "u");

/** A label line: a short label and value, or a line of several labelled values. */
const LABEL_LINE = { test: (text: string): boolean => SHORT_LABEL_LINE.test(text) || SPECIFICATION_LINE.test(text) };

/** Finds the index of the title, or null. `bodyStart` is the first block of the article. */
export function findTitle(
  blocks: readonly TitleCandidate[],
  bodyStart: number,
  bodyWords: ReadonlySet<string>,
  lexicons: LexiconSelection,
  // Each block's comparison key (the caller's, when it has them): candidates are compared with every block.
  keys: BlockKeys = new BlockKeys(blocks.map((block) => block.text)),
): number | null {
  const masthead = mastheadKey(blocks, keys);
  let best: { index: number; score: number } | null = null;
  const from = lookBackStart(blocks, bodyStart);
  // The keys near the article, which candidates look for each other in.
  const nearby = Array.from({ length: bodyStart - from }, (_, offset) => keys.key(from + offset));
  const lastFact = lastFactWithHeadlineAbove(blocks, from, bodyStart);
  let distance = 0;
  for (let index = bodyStart - 1; index >= from; index -= 1) {
    const block = blocks[index]!;
    if (block.excluded) continue;
    distance += 1;
    if (!isHeadlineShaped(block.text) || (masthead !== null && keys.has(index, masthead))) continue;
    const repeated = keys.isRepeated(index) || isQuotedNearby(nearby, index - from);
    // A headline stands right above its date or byline line, or above its deck and then that line;
    // links to other stories do not.
    // A bare name over the date line is the byline (the author's name printed apart from "By").
    const overFact = blocks[index + 1]?.fact === true || isOverDeckAndFact(blocks, index);
    const aboveFact = overFact && !isBareName(block.text) ? ABOVE_FACT_BONUS : 0;
    // A deck in sentence case under a headline in title case and its date line is the deck, not the headline.
    const deck = isUnderHeadline(blocks, index, bodyWords) || isStackedUnder(blocks, index, bodyWords) ? DECK_PENALTY : 0;
    // Between the date or byline line and the article stand the photo's or the video's caption, not the headline.
    // A headline printed under the date line of a box above it keeps its byline under it (a bare name).
    const belowFact = lastFact !== null && index > lastFact && !isOverBareName(blocks, index) ? BELOW_FACT_PENALTY : 0;
    const score = scoreCandidate(block.text, repeated, bodyWords, lexicons) + (deck > 0 ? 0 : aboveFact) - deck - belowFact - DISTANCE_PENALTY * distance;
    if (best === null || score > best.score) best = { index, score };
  }
  if (best === null) return null;
  return untruncated(blocks, keys, best.index) ?? keys.indexOf(keys.key(best.index));
}

/** What a candidate between the date or byline line and the article loses. */
const BELOW_FACT_PENALTY = 2;

/**
 * The last date or byline line before the article with a headline-shaped block above it
 * (the headline's place); null when there is none.
 */
function lastFactWithHeadlineAbove(blocks: readonly TitleCandidate[], from: number, bodyStart: number): number | null {
  let fact: number | null = null;
  for (let index = bodyStart - 1; index >= from; index -= 1) {
    const block = blocks[index]!;
    if (fact === null && block.fact === true) fact = index;
    else if (fact !== null && !block.excluded && isHeadlineShaped(block.text)) return fact;
  }
  return null;
}

/** A text view's link numbers: "[107]Jane Roe". */
const LINK_NUMBERS = /\[\d{1,4}\]/gu;

/** Whether the block right under a candidate is a bare name: the byline under its headline. */
function isOverBareName(blocks: readonly TitleCandidate[], index: number): boolean {
  // The name may be a link, which a text view's link list took for chrome ("[107]Jane Roe").
  const next = blocks[index + 1];
  return next !== undefined && isBareName(next.text.replace(LINK_NUMBERS, ""));
}

/** A text cut short with an ellipsis: "Parise scores twice as Wild…". */
const TRUNCATED = /(?:…|\.\.\.)$/u;

/**
 * The headline printed in full, when the one chosen is cut short (a sticky header's or a
 * teaser's "…") and the page prints it whole elsewhere; null otherwise.
 */
function untruncated(blocks: readonly TitleCandidate[], keys: BlockKeys, index: number): number | null {
  if (!TRUNCATED.test(blocks[index]!.text)) return null;
  const prefix = `${keys.key(index)} `;
  for (let other = 0; other < blocks.length; other += 1) {
    if (other !== index && !blocks[other]!.excluded && keys.key(other).startsWith(prefix)) return other;
  }
  return null;
}

/** The first block considered: LOOK_BACK blocks above the article that are neither chrome nor metadata. */
function lookBackStart(blocks: readonly TitleCandidate[], bodyStart: number): number {
  let counted = 0;
  for (let index = bodyStart - 1; index >= 0; index -= 1) {
    if (!blocks[index]!.excluded) counted += 1;
    if (counted === LOOK_BACK) return index;
  }
  return 0;
}

/** The page's masthead: its first text printed twice in a row (a logo's name, then the site's), or null. */
function mastheadKey(blocks: readonly TitleCandidate[], keys: BlockKeys): string | null {
  const first = blocks.findIndex((block) => !block.excluded);
  if (first < 0 || first + 1 >= blocks.length || !keys.same(first, first + 1)) return null;
  const key = keys.key(first);
  return keys.indexOf(key, first + 2) < 0 ? key : null;
}

/** Fewest words of a candidate looked for inside other lines: a short one is inside many sentences. */
const QUOTED_MIN_WORDS = 4;
/** Most characters a line may add around the headline it quotes: a label or a breadcrumb, not a paragraph. */
const QUOTE_FRAME_MAX_CHARS = 60;

/**
 * Whether a candidate is printed again inside another line near the article: a breadcrumb ending
 * with it ("Home Sport News Chelsea sign their keeper"), a share button naming it ("Share All
 * sharing options for: …"). That is a headline printed twice.
 */
function isQuotedNearby(keys: readonly string[], index: number): boolean {
  const key = keys[index]!;
  if (key.split(" ").length < QUOTED_MIN_WORDS) return false;
  for (let other = 0; other < keys.length; other += 1) {
    const around = keys[other]!;
    if (other === index || around.length <= key.length || around.length > key.length + QUOTE_FRAME_MAX_CHARS) continue;
    // A dump may glue a breadcrumb's parts together ("HomeLatest NewsNollywood actress …"): it still ends with the headline.
    if (` ${around} `.includes(` ${key} `) || around.endsWith(key)) return true;
  }
  return false;
}

/** The score of one candidate, before its distance to the article. */
function scoreCandidate(text: string, repeated: boolean, bodyWords: ReadonlySet<string>, lexicons: LexiconSelection): number {
  const words = contentWords(text);
  const shared = words.filter((word) => bodyWords.has(word)).length;
  let score = repeated ? REPEATED_BONUS : 0;
  // Shared words count as a share of the candidate, damped for very short ones: a site name
  // ("Qatar News Agency") shares all its three words with a dateline but is no headline.
  score += words.length === 0 ? 0 : ((OVERLAP_WEIGHT * shared) / words.length) * Math.min(1, words.length / FULL_OVERLAP_WORDS);
  if (isShouted(text)) score -= SHOUTED_PENALTY;
  if (hasMarkup(text)) score -= MARKUP_PENALTY;
  if (LABEL_LINE.test(text)) score -= LABEL_PENALTY;
  if (findDate(text, lexicons)) score -= DATE_PENALTY;
  if (textUnits(text) < 5) score -= SHORT_PENALTY;
  return score;
}

/** What a deck under a headline loses, beside the bonus of the line under it. */
const DECK_PENALTY = 1;

/**
 * Whether a block is the deck of the headline above it, a date or byline line between them
 * ("Take Two: Jane Roe" / "Sept. 7, 2010" / "The singer toughens up her sound"): a phrase in
 * sentence case under a headline in title case that names words of the article.
 */
function isUnderHeadline(blocks: readonly TitleCandidate[], index: number, bodyWords: ReadonlySet<string>): boolean {
  let above = index - 1;
  while (above >= 0 && blocks[above]!.fact === true) above -= 1;
  // Only across a date or byline line: a site's name in title case right above a headline in sentence case is common.
  if (above === index - 1) return false;
  const headline = blocks[above];
  if (!headline || headline.excluded || !isHeadlineShaped(headline.text)) return false;
  return contentWords(headline.text).some((word) => bodyWords.has(word)) && isDeck(blocks[index]!, headline.text);
}

/** Menu and link marks: "Home | News", "Section · Edition", "< Previous story", "Next story >". */
const NAVIGATION_MARK = /[|·»<>]/u;

/**
 * Whether a candidate stands right under another line of headline length that names words of the
 * article: the headline's deck or subtitle ("Episode 43. Jane Roe on …" over "The Harbour Podcast:
 * episode transcript"). A short line above is a kicker, a section or the site's name; a menu or a
 * link to another story names nothing of the article.
 */
function isStackedUnder(blocks: readonly TitleCandidate[], index: number, bodyWords: ReadonlySet<string>): boolean {
  const above = blocks[index - 1];
  if (above === undefined || above.excluded || !isHeadlineShaped(above.text) || hasMarkup(above.text) || LABEL_LINE.test(above.text) || NAVIGATION_MARK.test(above.text)) return false;
  if (!contentWords(above.text).some((word) => bodyWords.has(word))) return false;
  return spacedWords(above.text) >= DECK_MIN_UNITS && textUnits(blocks[index]!.text) >= DECK_MIN_UNITS;
}

/** Words between spaces that hold a letter: a file name ("menu_button_s.jpg") is one, a breadcrumb's slashes none. */
function spacedWords(text: string): number {
  return text.split(/\s+/u).filter((word) => countLetters(word) > 0).length;
}

/** Most words of a line of furniture between a headline and its deck: "New, 15 comments", "Share". */
const FURNITURE_MAX_UNITS = 3;

/** Whether a candidate stands above its deck and then a date or byline line, a line of furniture perhaps before the deck. */
function isOverDeckAndFact(blocks: readonly TitleCandidate[], index: number): boolean {
  const next = blocks[index + 1];
  // The furniture may be chrome already ("New, 15 comments").
  const furniture = next !== undefined && next.fact !== true && (next.excluded || textUnits(next.text) <= FURNITURE_MAX_UNITS);
  const deck = furniture ? index + 2 : index + 1;
  const candidate = blocks[deck];
  return candidate !== undefined && blocks[deck + 1]?.fact === true && isDeck(candidate, blocks[index]!.text);
}

/** Fewest words of a deck. */
const DECK_MIN_UNITS = 5;

/**
 * A deck under a headline: a sentence ("The singer on life after the band."), which a headline
 * is not, or a phrase in sentence case under a headline in title case.
 */
function isDeck(block: TitleCandidate, headline: string): boolean {
  if (block.excluded || textUnits(block.text) < DECK_MIN_UNITS) return false;
  return /[.!]["'”’]?$/u.test(block.text) || (capitalisedShare(block.text) < 0.5 && capitalisedShare(headline) > 0.5);
}

/** Two to four capitalised words and nothing else: a person's or a site's name ("Adam Clark Estes"). */
const BARE_NAME = new LazyRegExp(String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$`, "u");

/** Whether a candidate is nothing but a name. */
function isBareName(text: string): boolean {
  return BARE_NAME.test(text);
}

/** A line in capitals (a masthead, a section name), in scripts that have case. */
function isShouted(text: string): boolean {
  const upper = countUpperCase(text);
  const lower = countLowerCase(text);
  return upper + lower > 8 && upper > lower * 2;
}

/** A word or a number of four characters or more. */
const LONG_WORD_OR_NUMBER = new LazyRegExp(String.raw`[\p{L}\p{N}]{4,}`, "gu");

/** Words of four or more letters, lowercased: enough to compare a headline with the lead. */
export function contentWords(text: string): string[] {
  return LONG_WORD_OR_NUMBER.matchAll(text.toLowerCase())
    .map(([word]) => word)
    .filter((word) => !/^\d+$/u.test(word));
}
