/**
 * The headline as the page shows it. A `<title>` often wraps the headline in
 * site, section and date parts ("CNN.com - Headline - December 3, 2000",
 * "Headline -- Blog -- Site -- Magazine"), which one suffix rule cannot strip;
 * the page's own text shows which part is the headline. Some titles are
 * search-engine text unlike the headline altogether: then the page's one
 * headline-length `<h1>` is the headline, or, on a page without one, the
 * headline-shaped block right above the article that names what it is about.
 */
import type { Page } from "./dom.js";
import { elementsNamed, textOf } from "./dom.js";
import type { Block } from "../types.js";
import type { Segment } from "./segment.js";
import { normalizeText } from "./text.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** Separators between the parts of a `<title>`: a dash, double dash, pipe, bullet, guillemet, double colon. */
const PART_SEPARATOR = /\s+(?:-{1,2}|[|–—·•»~]|::)\s+/gu;

/** Longest title split into parts, in characters. */
const TITLE_MAX_CHARS = 1_000;

/** Most parts a title is split into. */
const MAX_PARTS = 12;

/** Longest block (in words) taken as a headline. */
const HEADLINE_MAX_WORDS = 30;

/** How many blocks above the article's first one a headline set in plain markup is looked for in. */
const ABOVE_WITHIN = 3;

/** Fewest words a headline above the article shares with the article's opening. */
const SHARED_MIN_WORDS = 2;

/** How many of the article's first blocks the headline's words are looked for in. */
const OPENING_BLOCKS = 6;

/** Fewest words of an `<h1>` taken instead of a title it does not match. */
const H1_MIN_WORDS = 4;

/** Most words a block may add after a title part it starts with ("Jane Roe" → "Jane Roe, Painter"). */
const QUALIFIER_MAX_WORDS = 4;

/** The headline a title stands for on the page, or null to keep the title as it is. */
export function headlineOnPage(page: Page, title: string, segments: readonly Segment[]): string | null {
  const texts = segments.map((segment) => segment.block.text).filter((text) => wordsOf(text) <= HEADLINE_MAX_WORDS);
  const key = looseText(title);
  if (texts.some((text) => looseText(text) === key)) return null;
  return partOnPage(title, texts) ?? soleH1(page, texts, key);
}

/** The longest page block that is a run of the title's parts, or one part with a short qualifier after a comma. */
function partOnPage(title: string, texts: readonly string[]): string | null {
  const runs = partRuns(title);
  if (runs.length === 0) return null;
  const keys = new Set(runs.map(looseText));
  let best: string | null = null;
  for (const text of texts) {
    const key = looseText(text);
    if (key === "" || (best !== null && text.length <= best.length)) continue;
    if (keys.has(key) || runs.some((run) => isQualified(text, run))) best = text;
  }
  return best;
}

/**
 * Every run of consecutive parts of a title split at its separators (the whole title left out). The runs
 * grow with the square of the parts: a title longer than a headline could be, or of more parts than a
 * site, section and date make, has none (a 1 MB og:title of separators ran out of memory).
 */
function partRuns(title: string): string[] {
  if (title.length > TITLE_MAX_CHARS) return [];
  const cuts = [...title.matchAll(PART_SEPARATOR)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  if (cuts.length === 0 || cuts.length >= MAX_PARTS) return [];
  const starts = [0, ...cuts.map((cut) => cut.end)];
  const ends = [...cuts.map((cut) => cut.start), title.length];
  const runs: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    for (let j = i; j < ends.length; j++) if (i > 0 || j < ends.length - 1) runs.push(title.slice(starts[i], ends[j]));
  }
  return runs.filter((run) => wordsOf(run) >= 2);
}

/** A block that is a title part with a short qualifier: "Peter Hayn, Artist" for the part "Peter Hayn". */
function isQualified(text: string, part: string): boolean {
  if (!text.startsWith(`${part},`)) return false;
  return wordsOf(text.slice(part.length + 1)) <= QUALIFIER_MAX_WORDS;
}

/**
 * The page's one headline-length `<h1>` when the title appears nowhere on the page. A blog or
 * section name set in an `<h1>` of its own ("The Politics Blog") is too short to be a headline
 * and does not count.
 */
function soleH1(page: Page, texts: readonly string[], titleKey: string): string | null {
  const h1s = elementsNamed(page, "h1")
    .map((el) => normalizeText(textOf(el, 400)))
    .filter((text) => wordsOf(text) >= H1_MIN_WORDS && wordsOf(text) <= HEADLINE_MAX_WORDS);
  const h1 = h1s[0];
  if (new Set(h1s).size !== 1 || h1 === undefined) return null;
  const parts = partRuns(titleKey);
  const titleShown = texts.some((text) => parts.includes(looseText(text)));
  return titleShown || !texts.includes(h1) ? null : h1;
}

/**
 * The headline a page sets in plain markup (a styled `<div>`) right above its article, when the
 * title is a section's name shown nowhere on the page ("Mom & Pop Culture"): the farthest of the
 * few blocks above the article that reads as a headline and names words of the article's opening.
 * A deck may stand between it and the article; a menu or a link does not name the article.
 */
export function headlineAboveArticle(
  title: string,
  segments: readonly Segment[],
  article: readonly Block[],
): string | null {
  const first = article[0];
  const start = first ? segments.findIndex((segment) => segment.block === first) : -1;
  if (start < 1) return null;
  const parts = new Set([looseText(title), ...partRuns(title).map(looseText)]);
  if (segments.some((segment) => parts.has(looseText(segment.block.text)))) return null;
  const opening = new Set(article.slice(0, OPENING_BLOCKS).flatMap((block) => contentWords(block.text)));
  for (const segment of segments.slice(Math.max(0, start - ABOVE_WITHIN), start)) {
    const text = segment.block.text;
    const words = wordsOf(text);
    if (
      words < H1_MIN_WORDS ||
      words > HEADLINE_MAX_WORDS ||
      /[.,;:]$/u.test(text) ||
      segment.linkChars * 2 > segment.chars
    )
      continue;
    if (new Set(contentWords(text).filter((word) => opening.has(word))).size >= SHARED_MIN_WORDS) return text;
  }
  return null;
}

/** A word of four letters or more. */
const LONG_WORD = new LazyRegExp(String.raw`\p{L}{4,}`, "gu");

/** Words of four letters or more, lowercased. */
function contentWords(text: string): string[] {
  return LONG_WORD.matchAll(text.toLowerCase()).map((match) => match[0]);
}

/** Words in a text. */
function wordsOf(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Lowercase, spaces collapsed: for comparing a title with page text. */
function looseText(text: string): string {
  return normalizeText(text).toLowerCase();
}
