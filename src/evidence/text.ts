/**
 * Words for comparing a reporter's text with the interviewee's answers, in any
 * script: tokens with their surface form and position, a normalised form for
 * exact comparison, and index terms (cut words, character pairs) for alignment.
 */
import { afterTokenCharacters, tokenCharacterLength } from "../normalize.js";
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
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    if (!mayBeUnspaced(word) || !UNSPACED_CHARACTER.test(word)) {
      tokens.push(token(text, word, start));
      return;
    }
    for (const piece of splitUnspaced(word, start)) tokens.push(token(text, piece.surface, piece.start));
  });
  return tokens;
}

/**
 * Where each word of a text starts and ends: a run of letters, digits and marks, with inner apostrophes
 * (`JCPOA's`, `aujourd’hui`), as `[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*` finds them. A
 * scan over a table of character classes: that pattern's match objects were a third of this stage.
 * The visitor slices the word if it needs it: the index's terms need only a word's first characters.
 */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let at = 0;
  while (at < text.length) {
    let end = afterTokenCharacters(text, at);
    if (end === at) {
      at += 1;
      continue;
    }
    while (isApostrophe(text.charCodeAt(end)) && tokenCharacterLength(text, end + 1) > 0)
      end = afterTokenCharacters(text, end + 1);
    visit(at, end);
    at = end;
  }
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

/** Whether a word (or the part of a text from `start` to `end`) is printable ASCII: such a word takes the fast paths below. */
function isPrintableAscii(word: string, start = 0, end = word.length): boolean {
  for (let at = start; at < end; at += 1) {
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
    norm: ascii ? asciiForm(text, start, start + surface.length) : normalizeWord(surface),
    start,
    end: start + surface.length,
    salient: ascii ? isSalientAscii(text, surface, start) : isSalient(text, surface, start),
  };
}

/**
 * The comparison form of the printable-ASCII word `text[start..end)` (what {@link normalizeWord} gives
 * it): lower case, apostrophes left out; a word with neither a capital nor an apostrophe is its own
 * form. Lowered here rather than by `toLowerCase`: a text with one curly quote or dash is stored two
 * bytes a character, and `toLowerCase` of its slices takes the slow Unicode path, several times the
 * cost of a word's whole scan.
 */
function asciiForm(text: string, start: number, end: number): string {
  let plain = true;
  for (let at = start; at < end && plain; at += 1) {
    const code = text.charCodeAt(at);
    plain = code !== 0x27 && !isAsciiCapital(code);
  }
  if (plain) return text.slice(start, end);
  let form = "";
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code !== 0x27) form += String.fromCharCode(isAsciiCapital(code) ? code + 0x20 : code);
  }
  return form;
}

/** Whether a code unit is an ASCII capital, A-Z. */
function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
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
  if (ASCII_WORD.test(word)) return asciiForm(word, 0, word.length);
  const lower = word.normalize("NFKC").toLowerCase().replace(APOSTROPHE, "");
  // Most words have no Arabic letter: they skip the character-by-character pass.
  if (!ARABIC_LETTER.test(lower)) return lower;
  // Vowel marks are rare in news text: most Arabic-script words skip the pass that drops them.
  const unmarked = hasArabicMark(lower)
    ? lower
        .split("")
        .filter((char) => !isArabicMark(char.charCodeAt(0)))
        .join("")
    : lower;
  return unmarked.replace(ARABIC_VARIANT, (char) => ARABIC_VARIANTS[char] ?? char);
}

/** Whether a word holds an Arabic vowel mark or the tatweel. */
function hasArabicMark(word: string): boolean {
  for (let at = 0; at < word.length; at += 1) if (isArabicMark(word.charCodeAt(at))) return true;
  return false;
}

/** Whether a code unit is an Arabic vowel mark or the tatweel. */
function isArabicMark(code: number): boolean {
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
 * Each index term of a text, in order, repeats included: those {@link terms} gives of its tokens.
 * A text with no character of an unspaced script (most, curly quotes and dashes or not) is read word
 * by word without building its tokens, which the pairs' index does not need: a word is then a token, its term its cut comparison form.
 */
export function forEachTerm(text: string, visit: (term: string) => void): void {
  if (mayBeUnspaced(text) && UNSPACED_CHARACTER.test(text)) {
    for (const entry of terms(tokenize(text))) visit(entry.term);
    return;
  }
  forEachWord(text, (start, end) => {
    const term = isPrintableAscii(text, start, end)
      ? asciiTerm(text, start, end)
      : prefixTerm(normalizeWord(text.slice(start, end)));
    if (term !== null) visit(term);
  });
}

/**
 * The term of a printable-ASCII word, `prefixTerm(asciiForm(word))`: its first TERM_PREFIX_LENGTH
 * characters but apostrophes, in lower case, or null for a word of one such character. Only those
 * characters are read, not the whole word.
 */
function asciiTerm(text: string, start: number, end: number): string | null {
  let cut = start;
  let count = 0;
  for (; cut < end && count < TERM_PREFIX_LENGTH; cut += 1) if (text.charCodeAt(cut) !== 0x27) count += 1;
  return count < 2 ? null : asciiForm(text, start, cut);
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
