/**
 * Finds the quotations in a paragraph of reporter text: words between
 * quotation marks of any typographic tradition, and what follows a speech verb
 * and a colon ("X said: …") where no marks are used.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import { alternation, EVERY_LANGUAGE, phrases, type LexiconSelection, type PatternBuilder } from "../lexicon/index.js";
import { isUnspaced, tokenize } from "./text.js";

/** A quotation found in a text. */
export interface QuoteSpan {
  /** The quoted words, marks excluded. */
  text: string;
  /** Offset of the first quoted character. */
  start: number;
  /** Offset just after the closing mark (or the end of the quoted words when there is none). */
  end: number;
}

/** Opening marks and the closing marks each may pair with. */
const QUOTE_MARKS: Readonly<Record<string, string>> = {
  "\u201C": "\u201D", // “English”
  "\u201E": "\u201C\u201D", // „German“, „Polish”
  "\u00AB": "\u00BB", // «French, Russian, Persian»
  "\u300C": "\u300D", // 「Japanese」
  "\u300E": "\u300F", // 『Japanese』
  '"': '"', // "straight"
};

/**
 * Words below which quotation marks hold a term, a title or scare quotes
 * rather than someone's words. In a script written without spaces a character
 * counts as half a word (a word there is one to three characters).
 */
export const MIN_QUOTE_WORDS = 3;

/**
 * A speech verb, then up to a few words (an addressee: "told the Tehran Times")
 * and a colon, in the document's languages; the quotation is the rest of the
 * paragraph. Marked quotations are found by the marks instead.
 */
const SPEECH_INTRO: PatternBuilder = (lexicons) =>
  new LazyRegExp(`(?:^|[\\s,])(?:${alternation(phrases("speechVerbs", lexicons))})(?: [^\\s:]{1,30}){0,4}:\\s+`, "u");

/** Characters a straight quotation mark opens after (anything but a letter or digit). */
const OPENS_AFTER = new LazyRegExp(String.raw`[^\p{L}\p{N}]`, "u");

/** Every quotation in a text, in order, long enough to be someone's words; speech verbs of the lexicons selected. */
export function findQuotes(text: string, lexicons: LexiconSelection = EVERY_LANGUAGE): QuoteSpan[] {
  const marked = markedQuotes(text);
  const unmarked = marked.length === 0 ? unmarkedQuote(text, lexicons) : null;
  return [...marked, ...(unmarked ? [unmarked] : [])].filter((span) => wordCount(span.text) >= MIN_QUOTE_WORDS);
}

/** Words in a text, a character of an unspaced script counting as half a word. */
function wordCount(text: string): number {
  return tokenize(text).reduce((count, token) => count + (isUnspaced(token) ? 0.5 : 1), 0);
}

/** Quotations between marks; a mark with no closing partner in the paragraph opens nothing. */
function markedQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const open = nextOpening(text, at);
    if (open === -1) break;
    const close = closingMark(text, open);
    if (close === -1) {
      at = open + 1;
      continue;
    }
    const inner = text.slice(open + 1, close);
    const lead = inner.length - inner.trimStart().length;
    spans.push({ text: inner.trim(), start: open + 1 + lead, end: close + 1 });
    at = close + 1;
  }
  return spans;
}

/** Offset of the next opening mark from `from`, or -1. */
function nextOpening(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (!(char in QUOTE_MARKS)) continue;
    // A straight mark opens only where a word cannot be going on (not `5"` or `a"b`).
    if (char === '"' && at > 0 && !OPENS_AFTER.test(text.charAt(at - 1))) continue;
    return at;
  }
  return -1;
}

/** Offset of the mark that closes the one at `open`, or -1. */
function closingMark(text: string, open: number): number {
  const closers = QUOTE_MARKS[text.charAt(open)] ?? "";
  for (let at = open + 1; at < text.length; at += 1) if (closers.includes(text.charAt(at))) return at;
  return -1;
}

/** "X said: words…" — the words after a speech verb and a colon, up to the end of the text. */
function unmarkedQuote(text: string, lexicons: LexiconSelection): QuoteSpan | null {
  const match = lexicons.pattern(SPEECH_INTRO).exec(text);
  if (match === null) return null;
  const start = match.index + match[0].length;
  const quoted = text.slice(start).trimEnd();
  return quoted === "" ? null : { text: quoted, start, end: start + quoted.length };
}
