/**
 * Words for comparing a reporter's text with the interviewee's answers, in any
 * script: tokens with their surface form and position, a normalised form for
 * exact comparison, and index terms (cut words, character pairs) for alignment.
 */
import { tokenCharacterLength } from "../normalize.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** One word of a text. */
export interface Token {
  /** The word as written. */
  surface: string;
  /** Lower case, NFKC, apostrophes and Arabic vowel marks removed: what "the same word" means. */
  norm: string;
  /** Offsets of the word in the text. */
  start: number;
  end: number;
  /** Weighted up for alignment: a number, or a capitalised word inside a sentence (a name). */
  salient: boolean;
}

/** Scripts written without spaces between words: every character is a token of its own. */
const UNSPACED_CHARACTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Apostrophes inside a word, dropped so `JCPOA's` and `JCPOA’s` are one word. */
const APOSTROPHE = /['’]/g;

/** Arabic-script vowel marks and the tatweel (code point ranges), which writers add or leave out freely. */
const ARABIC_MARK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a],
  [0x0640, 0x0640],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
];

/** A word of ASCII characters only. */
const ASCII_WORD = /^[\x20-\x7e]*$/;

/** Any character of the Arabic block. */
const ARABIC_LETTER = /[\u0600-\u06FF]/u;

/** Arabic letters and the Persian letters they stand for in mixed-keyboard text. */
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  "\u064A": "\u06CC",
  "\u0649": "\u06CC",
  "\u0643": "\u06A9",
};
const ARABIC_VARIANT = /[\u0643\u0649\u064A]/g;

/** A capital letter opening a word. */
const CAPITALISED = new LazyRegExp(String.raw`^\p{Lu}`, "u");

/** A digit anywhere in a word. */
const DIGIT = new LazyRegExp(String.raw`\p{N}`, "u");

/** What ends a sentence, so that the next capitalised word is not taken for a name. */
const SENTENCE_END = /[.!?;:…"“”«»。！？]\s*$/u;

/** Index terms keep this many characters of a longer word: a crude stemmer that works across languages. */
const TERM_PREFIX_LENGTH = 5;

/** Splits a text into tokens; a run of an unspaced script gives one token per character. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (word, start) => {
    if (!mayBeUnspaced(word) || !UNSPACED_CHARACTER.test(word)) {
      tokens.push(token(text, word, start));
      return;
    }
    for (const piece of splitUnspaced(word, start)) tokens.push(token(text, piece.surface, piece.start));
  });
  return tokens;
}

/**
 * Each word of a text and its offset: a run of letters, digits and marks, with inner apostrophes
 * (`JCPOA's`, `aujourd’hui`), as `[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*` finds them. A
 * scan over a table of character classes: that pattern's match objects were a third of this stage.
 */
function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  let at = 0;
  while (at < text.length) {
    let end = afterRun(text, at);
    if (end === at) {
      at += 1;
      continue;
    }
    while (isApostrophe(text.charCodeAt(end)) && tokenCharacterLength(text, end + 1) > 0) end = afterRun(text, end + 1);
    visit(text.slice(at, end), at);
    at = end;
  }
}

/** Where a run of letters, digits and marks starting at `at` ends (`at` itself when there is none). */
function afterRun(text: string, at: number): number {
  let end = at;
  for (let size = tokenCharacterLength(text, end); size > 0; size = tokenCharacterLength(text, end)) end += size;
  return end;
}

/** Whether a code unit is an apostrophe a word may hold: `'` or `’`. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** Where the unspaced scripts begin: Thai (U+0E00); Lao, Myanmar, Khmer, kana and Han come after. */
const FIRST_UNSPACED_CODE = 0x0e00;

/** Whether a word may hold a character of an unspaced script: a cheap guard before {@link UNSPACED_CHARACTER}. */
function mayBeUnspaced(word: string): boolean {
  for (let at = 0; at < word.length; at += 1) if (word.charCodeAt(at) >= FIRST_UNSPACED_CODE) return true;
  return false;
}

/** Whether a word is printable ASCII: such a word takes the fast paths below. */
function isPrintableAscii(word: string): boolean {
  for (let at = 0; at < word.length; at += 1) {
    const code = word.charCodeAt(at);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** The token of a word found at `start` in a text. */
function token(text: string, surface: string, start: number): Token {
  const ascii = isPrintableAscii(surface);
  return {
    surface,
    norm: ascii ? asciiNorm(surface) : normalizeWord(surface),
    start,
    end: start + surface.length,
    salient: ascii ? isSalientAscii(text, surface, start) : isSalient(text, surface, start),
  };
}

/** The comparison form of a printable-ASCII word (what {@link normalizeWord} gives it). */
function asciiNorm(word: string): string {
  const lower = word.toLowerCase();
  // Most words hold no apostrophe: they skip the replacement, a fifth of tokenizing.
  return lower.includes("'") ? lower.replace(APOSTROPHE, "") : lower;
}

/** Cuts a word into single characters where it is in an unspaced script, keeping other runs whole. */
function splitUnspaced(word: string, offset: number): Array<{ surface: string; start: number; end: number }> {
  if (!UNSPACED_CHARACTER.test(word)) return [{ surface: word, start: offset, end: offset + word.length }];
  const pieces: Array<{ surface: string; start: number; end: number }> = [];
  let at = offset;
  let run = "";
  for (const char of word) {
    if (UNSPACED_CHARACTER.test(char)) {
      if (run !== "") pieces.push({ surface: run, start: at - run.length, end: at });
      run = "";
      pieces.push({ surface: char, start: at, end: at + char.length });
    } else {
      run += char;
    }
    at += char.length;
  }
  if (run !== "") pieces.push({ surface: run, start: at - run.length, end: at });
  return pieces;
}

/** The comparison form of a word. */
export function normalizeWord(word: string): string {
  // ASCII needs no compatibility mapping: the common case skips Unicode normalization.
  if (ASCII_WORD.test(word)) return asciiNorm(word);
  const lower = word.normalize("NFKC").toLowerCase().replace(APOSTROPHE, "");
  // Most words have no Arabic letter: they skip the character-by-character pass.
  if (!ARABIC_LETTER.test(lower)) return lower;
  return lower
    .split("")
    .filter((char) => !isArabicMark(char))
    .join("")
    .replace(ARABIC_VARIANT, (char) => ARABIC_VARIANTS[char] ?? char);
}

/** Whether a character is an Arabic vowel mark or the tatweel. */
function isArabicMark(char: string): boolean {
  const code = char.charCodeAt(0);
  return ARABIC_MARK_RANGES.some(([low, high]) => code >= low && code <= high);
}

/** A number, or a capitalised word that does not open a sentence: names and figures carry a claim. */
function isSalient(text: string, word: string, start: number): boolean {
  if (DIGIT.test(word)) return true;
  if (!CAPITALISED.test(word)) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  return start > 0 && !SENTENCE_END.test(before);
}

/** {@link isSalient} for a printable-ASCII word: its only digits are 0-9, its only capitals A-Z. */
function isSalientAscii(text: string, word: string, start: number): boolean {
  for (let at = 0; at < word.length; at += 1) {
    const code = word.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  const first = word.charCodeAt(0);
  if (first < 0x41 || first > 0x5a) return false;
  return start > 0 && !SENTENCE_END.test(text.slice(Math.max(0, start - 3), start));
}

/** Whether a token belongs to an unspaced script (a single character of one). */
export function isUnspaced(token: Token): boolean {
  return mayBeUnspaced(token.surface) && UNSPACED_CHARACTER.test(token.surface);
}

/**
 * The index terms of a token list: a word cut to its first characters, and in
 * unspaced scripts each pair of neighbouring characters (a single character
 * says little; a pair is roughly a word). One-letter words are left out.
 */
export function terms(tokens: readonly Token[]): Array<{ term: string; salient: boolean }> {
  const result: Array<{ term: string; salient: boolean }> = [];
  tokens.forEach((token, index) => {
    if (isUnspaced(token)) {
      const next = tokens[index + 1];
      if (next !== undefined && isUnspaced(next) && next.start === token.end)
        result.push({ term: token.norm + next.norm, salient: false });
      return;
    }
    const term = prefixTerm(token.norm);
    if (term !== null) result.push({ term, salient: token.salient });
  });
  return result;
}

/**
 * The distinct index terms of a text, in the order they first occur: those {@link terms} gives of
 * its tokens. A text with no character of an unspaced script (most) is read word by word without
 * building its tokens, which the pairs' index does not need: a word is then a token, its term its
 * cut comparison form.
 */
export function distinctTerms(text: string): Set<string> {
  if (mayBeUnspaced(text)) return new Set(terms(tokenize(text)).map((entry) => entry.term));
  const found = new Set<string>();
  forEachWord(text, (word) => {
    const term = prefixTerm(isPrintableAscii(word) ? asciiNorm(word) : normalizeWord(word));
    if (term !== null) found.add(term);
  });
  return found;
}

/**
 * A word's first TERM_PREFIX_LENGTH characters (code points), or null for a word of one
 * character: a loop, where spreading every word into an array of characters made garbage.
 */
function prefixTerm(word: string): string | null {
  let end = 0;
  let count = 0;
  while (end < word.length && count < TERM_PREFIX_LENGTH) {
    const code = word.charCodeAt(end);
    end +=
      code >= 0xd800 && code <= 0xdbff && end + 1 < word.length && isLowSurrogate(word.charCodeAt(end + 1)) ? 2 : 1;
    count += 1;
  }
  if (count < 2) return null;
  return end === word.length ? word : word.slice(0, end);
}

/** Whether a UTF-16 code unit is the second half of a surrogate pair. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
