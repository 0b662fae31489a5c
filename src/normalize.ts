import type { SourceLine } from "./types.js";
import { LazyRegExp } from "./lazy-regexp.js";
import { TextMeasure } from "./text-measure.js";

/**
 * Characters that carry no text: zero-width space, word joiner, BOM, soft hyphen,
 * Mongolian vowel separator, and the bidi marks, embeddings and isolates that RTL
 * sites sprinkle in (LRM, RLM, the Arabic letter mark, LRE…RLO, LRI…PDI). ZWNJ
 * (U+200C) is kept: it is part of Persian and Indic spelling.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** A zero-width joiner that does not glue an emoji sequence together. */
const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D/gu;

/** Every run of whitespace, tabs, NBSP and the other Unicode spaces included. */
const SPACE_RUN = /\s+/gu;

/** Line ends of every platform, including U+2028/U+2029. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * Normalizes one piece of text, a line of a dump or a block of an HTML page alike:
 * NFC, invisibles and stray joiners removed, whitespace collapsed, trimmed.
 */
export function normalizeText(text: string): string {
  if (isPlain(text)) return text.trim();
  const visible = text.normalize("NFC").replace(INVISIBLE, "");
  // Joiners are rare: most lines skip the lookbehind pattern.
  const joined = visible.includes("\u200D") ? visible.replace(STRAY_ZWJ, "") : visible;
  return joined.replace(SPACE_RUN, " ").trim();
}

/** Below this code point no character changes under NFC (the combining marks start here). */
const FIRST_COMBINING = 0x300;

/**
 * Whether a text needs nothing but trimming: all below U+0300 (NFC leaves it alone), no
 * soft hyphen, and no space other than single ASCII spaces (no tab, no line break of an
 * HTML block). Most lines of most dumps are; they skip three passes that each built a new string.
 */
function isPlain(text: string): boolean {
  let previousSpace = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= FIRST_COMBINING || code === 0xad || code === 0xa0 || (code >= 0x09 && code <= 0x0d)) return false;
    const space = code === 0x20;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return true;
}

/** A line end other than "\n". */
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;

/** The raw lines of a text, cut at the line ends of every platform ({@link LINE_BREAK}). */
export function splitLines(text: string): string[] {
  // Most texts end their lines with "\n" alone: a split at a string is several times faster than at the pattern.
  return OTHER_LINE_BREAK.test(text) ? text.split(LINE_BREAK) : text.split("\n");
}

/**
 * Splits decoded text into numbered, normalized lines (blank lines kept as ""), at the line ends of
 * {@link LINE_BREAK}. One pass over the whole text finds each line's end and whether the line is
 * plain ({@link isPlain}); a plain line is cut out already trimmed. Reading each line's characters
 * again from a cut-out line cost more than the whole pass: a line cut from a text is a view into
 * it, which `charCodeAt` reads by a slower path.
 */
export function toLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let number = 1; ; number += 1) {
    const line = plainLine(text, start);
    lines.push({
      number,
      text: line.plain ? text.slice(line.first, line.last) : normalizeText(text.slice(start, line.end)),
    });
    if (line.end >= text.length) return lines;
    start = line.end + (text.charCodeAt(line.end) === 0x0d && text.charCodeAt(line.end + 1) === 0x0a ? 2 : 1);
  }
}

/**
 * The line of a text that starts at `start`: where it ends (its line break, or the text's end),
 * whether it is plain as {@link isPlain} says, and for a plain line where its text starts and ends
 * once trimmed (a plain line's only white space is the ASCII space).
 */
function plainLine(text: string, start: number): { end: number; plain: boolean; first: number; last: number } {
  let plain = true;
  let previousSpace = false;
  let first = -1;
  let last = start;
  let at = start;
  for (; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) break;
    if (!plain) continue;
    if (code >= FIRST_COMBINING || code === 0xad || code === 0xa0 || (code >= 0x09 && code <= 0x0d)) plain = false;
    const space = code === 0x20;
    if (space && previousSpace) plain = false;
    previousSpace = space;
    if (!space) {
      if (first < 0) first = at;
      last = at + 1;
    }
  }
  return { end: at, plain, first: first < 0 ? last : first, last };
}

/** Some lines of a text, read on demand. */
export type LineReader = (first: number, last: number) => SourceLine[];

/**
 * Reads the lines `first` to `last` (1-based, inclusive) of a text as {@link toLines} gives them,
 * from a table of where each line starts, made on the first read. Held for the whole pipeline,
 * an object per line was 18 MB of a 20 MB dump; the table is 4 bytes a line.
 */
export function lineReader(text: string): LineReader {
  let starts: Int32Array | undefined;
  return (first, last) => {
    starts ??= lineStarts(text);
    const lines: SourceLine[] = [];
    for (let number = Math.max(first, 1); number <= last && number < starts.length; number += 1) {
      const raw = text.slice(starts[number - 1], lineEnd(text, starts[number]!));
      lines.push({ number, text: normalizeText(raw) });
    }
    return lines;
  };
}

/**
 * Where each line of a text starts, and one entry more: where a line after the last would
 * start (the text's length plus one, as if a break ended it). Breaks as in {@link LINE_BREAK}.
 */
function lineStarts(text: string): Int32Array {
  const starts: number[] = [0];
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x0d && text.charCodeAt(at + 1) === 0x0a) at += 1;
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) starts.push(at + 1);
  }
  starts.push(text.length + 1);
  return Int32Array.from(starts);
}

/** Where the line before `nextStart` ends: before its break (one character, or two for CRLF). */
function lineEnd(text: string, nextStart: number): number {
  if (nextStart > text.length) return text.length;
  return text.charCodeAt(nextStart - 1) === 0x0a && text.charCodeAt(nextStart - 2) === 0x0d
    ? nextStart - 2
    : nextStart - 1;
}

/** A character that opens a word: a letter or a digit. */
const WORD_START = new LazyRegExp(String.raw`^[\p{L}\p{N}]$`, "u");

/** A character that continues a word: a letter, digit, mark, apostrophe or hyphen. */
const WORD_PART = new LazyRegExp(String.raw`^[\p{L}\p{N}\p{M}'’-]$`, "u");

/** A character of a token as the evidence stage reads words: a letter, digit or mark. */
const TOKEN_PART = new LazyRegExp(String.raw`^[\p{L}\p{N}\p{M}]$`, "u");

/** A letter, as language detection reads words. */
const LETTER = new LazyRegExp(String.raw`^\p{L}$`, "u");

/** An upper-case letter. */
const UPPER_CASE = new LazyRegExp(String.raw`^\p{Lu}$`, "u");

/** A lower-case letter. */
const LOWER_CASE = new LazyRegExp(String.raw`^\p{Ll}$`, "u");

/** Bits of a character's word class in {@link WORD_CLASSES}. */
const KNOWN = 1;
const STARTS = 2;
const CONTINUES = 4;
const IN_TOKEN = 8;
const IS_LETTER = 16;
const IS_UPPER = 32;
const IS_LOWER = 64;

/**
 * The word class of each UTF-16 code unit, filled on first sight: a scan looks up an array
 * instead of running a Unicode-property pattern over every block again (a profile's top entry).
 */
const WORD_CLASSES = new Uint8Array(0x10000);

/** The word class of one code point (astral ones are tested each time: they are rare). */
function wordClass(code: number): number {
  if (code < 0x10000) {
    const known = WORD_CLASSES[code]!;
    if (known !== 0) return known;
    const measured = measureClass(String.fromCharCode(code));
    WORD_CLASSES[code] = measured;
    return measured;
  }
  return measureClass(String.fromCodePoint(code));
}

/** The word class of one character, from the patterns. */
function measureClass(char: string): number {
  return (
    KNOWN |
    (WORD_START.test(char) ? STARTS : 0) |
    (WORD_PART.test(char) ? CONTINUES : 0) |
    (TOKEN_PART.test(char) ? IN_TOKEN : 0) |
    (LETTER.test(char) ? IS_LETTER : 0) |
    (UPPER_CASE.test(char) ? IS_UPPER : 0) |
    (LOWER_CASE.test(char) ? IS_LOWER : 0)
  );
}

/**
 * How many code units of the text at `at` make one letter, digit or mark (`[\p{L}\p{N}\p{M}]`
 * in a `u` pattern): 1, 2 for a surrogate pair, or 0 when the character is none of those.
 */
export function tokenCharacterLength(text: string, at: number): number {
  return lengthIn(text, at, IN_TOKEN);
}

/** How many code units of the text at `at` make one letter (`\p{L}` in a `u` pattern): 1, 2 for a surrogate pair, or 0. */
export function letterLength(text: string, at: number): number {
  return lengthIn(text, at, IS_LETTER);
}

/** Where a run of letters (`\p{L}*` in a `u` pattern) starting at `at` ends: `at` itself when none starts there. */
export function afterLetters(text: string, at: number): number {
  return afterRunIn(text, at, IS_LETTER);
}

/** Where a run of letters, digits and marks (`[\p{L}\p{N}\p{M}]*`) starting at `at` ends: `at` itself when none starts there. */
export function afterTokenCharacters(text: string, at: number): number {
  return afterRunIn(text, at, IN_TOKEN);
}

/** Where a run of characters of a class (a bit of a word class) starting at `at` ends. */
function afterRunIn(text: string, at: number, bit: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // ASCII is most characters of most texts: its class is read without the surrogate-pair check.
    const size = code < 0x80 ? ((wordClass(code) & bit) !== 0 ? 1 : 0) : lengthIn(text, end, bit);
    if (size === 0) return end;
    end += size;
  }
  return end;
}

/** How many code units of the text at `at` make one character of a class (a bit of a word class): 1, 2 or 0. */
function lengthIn(text: string, at: number, bit: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff)
      return (wordClass((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) & bit) !== 0 ? 2 : 0;
  }
  return (wordClass(code) & bit) !== 0 ? 1 : 0;
}

/** How many code units of the text at `at` make one upper-case letter (`\p{Lu}`): 1, 2 for a surrogate pair, or 0. */
export function upperCaseLength(text: string, at: number): number {
  return lengthIn(text, at, IS_UPPER);
}

/**
 * How many characters of a class (a bit of a word class) a text holds, stopping once `limit` is
 * reached: what `text.match(/\p{Lu}/gu)?.length` counts, without compiling a Unicode class for it.
 */
function countIn(text: string, bit: number, limit: number): number {
  let count = 0;
  for (let at = 0; at < text.length && count < limit; at += 1) {
    const size = lengthIn(text, at, bit);
    if (size === 0) continue;
    count += 1;
    at += size - 1;
  }
  return count;
}

/** How many upper-case letters (`\p{Lu}`) a text holds. */
export function countUpperCase(text: string): number {
  return countIn(text, IS_UPPER, Infinity);
}

/** How many lower-case letters (`\p{Ll}`) a text holds. */
export function countLowerCase(text: string): number {
  return countIn(text, IS_LOWER, Infinity);
}

/** Whether a text holds a lower-case letter (`\p{Ll}`). */
export function hasLowerCase(text: string): boolean {
  return countIn(text, IS_LOWER, 1) > 0;
}

/** How many letters (`\p{L}`) a text holds. */
export function countLetters(text: string): number {
  return countIn(text, IS_LETTER, Infinity);
}

/**
 * Counts words the way every rule in this tool does: runs of letters or digits
 * (`[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*`), stopping once `limit` is passed.
 */
function countWords(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at += 1) {
    let code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        at += 1;
      }
    }
    const bits = wordClass(code);
    if (inWord && (bits & CONTINUES) !== 0) continue;
    inWord = (bits & STARTS) !== 0;
    if (inWord && ++count > limit) return count;
  }
  return count;
}

/** The words of a text ({@link countWords} without a limit), counted once per text of a document. */
const WORDS = new TextMeasure((text) => countWords(text, Infinity));

/** Counts words the way every rule in this tool does: runs of letters or digits. */
export function wordCount(text: string): number {
  return WORDS.of(text);
}

/**
 * The words of a text up to `limit`: the count when it is at most `limit`, some larger number otherwise.
 * While a document is read the whole count is taken and kept: other rules ask of the same text.
 */
export function wordCountUpTo(text: string, limit: number): number {
  return TextMeasure.keeping ? WORDS.of(text) : countWords(text, limit);
}

/** Whether a text has at most `limit` words; outside a document's reading, stops once it has more. */
export function hasAtMostWords(text: string, limit: number): boolean {
  return wordCountUpTo(text, limit) <= limit;
}
