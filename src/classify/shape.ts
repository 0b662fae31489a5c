/**
 * Measures of a block's shape shared by the rules: how much text it holds and
 * whether it reads as a headline.
 */
import { upperCaseLength, wordCount, wordCountUpTo } from "../normalize.js";
import { LazyRegExp } from "../lazy-regexp.js";
import { TextMeasure } from "../text-measure.js";

/** Scripts written without spaces: about two characters make a word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/**
 * A character from which on an unspaced script may stand (Thai opens at U+0E00), the general
 * punctuation and symbol blocks aside (curly quotes, dashes): most texts hold none, and one class
 * of two ranges is tested faster than the scripts' classes are run over the text.
 */
const MAY_BE_UNSPACED = /[\u0e00-\u1fff\u2e80-\uffff]/;

/** Word-like units of a text, counting unspaced scripts by characters ({@link measureUnits}), once per text of a document. */
const UNITS = new TextMeasure(measureUnits);

/** Word-like units of a text, counting unspaced scripts by characters. */
export function textUnits(text: string): number {
  return UNITS.of(text);
}

/** Word-like units of a text: its words, or half its characters of unspaced scripts when they are more. */
function measureUnits(text: string): number {
  const unspaced = MAY_BE_UNSPACED.test(text) ? (text.match(UNSPACED_SCRIPT)?.length ?? 0) : 0;
  return unspaced > 0 ? Math.max(wordCount(text), Math.round(unspaced / 2)) : wordCount(text);
}

/**
 * Word-like units of a text ({@link textUnits}) counted up to `limit`: the count when it is at most
 * `limit`, some larger number otherwise. A rule that asks for at most so many units stops reading
 * a long paragraph there.
 */
export function textUnitsUpTo(text: string, limit: number): number {
  // While a document is read, the units are taken whole and kept: other rules ask of the same text.
  return TextMeasure.keeping || MAY_BE_UNSPACED.test(text) ? textUnits(text) : wordCountUpTo(text, limit);
}

/** A word of four letters or more: short words ("of", "the", "And") are capitalised either way in titles. */
export const LONG_WORD = new LazyRegExp(String.raw`\p{L}{4,}`, "gu");

/** The share of words of four letters or more that start with a capital: high in a headline in title case. */
export function capitalisedShare(text: string): number {
  const words = LONG_WORD.matchAll(text);
  return words.length === 0 ? 0 : words.filter(([word]) => upperCaseLength(word, 0) > 0).length / words.length;
}

/** Share of words capitalised from which a line is set in title case. */
const TITLE_CASE_SHARE = 0.8;

/** Fewest words of a line in title case: shorter ones are names ("Jane Roe?"). */
const TITLE_CASE_MIN_WORDS = 4;

/** A word opening with a letter, after any opening quote or bracket. */
const STARTS_WITH_LETTER = new LazyRegExp(String.raw`^["'“‘(]?\p{L}`, "u");
/** A word opening with a capital, after any opening quote or bracket. */
const STARTS_WITH_CAPITAL = new LazyRegExp(String.raw`^["'“‘(]?\p{Lu}`, "u");

/**
 * Whether a line is set in title case, as headlines are ("Why Don't You Go Fight For The
 * Reindeer?") and an interviewer's questions never are. Every word counts: a question that
 * names people ("You see yourself as a German Quentin Crisp?") capitalises most of its long
 * words but few of its short ones.
 */
export function isTitleCase(text: string): boolean {
  const lettered = text.split(" ").filter((word) => STARTS_WITH_LETTER.test(word));
  const capitalised = lettered.filter((word) => STARTS_WITH_CAPITAL.test(word)).length;
  return lettered.length >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * lettered.length;
}

/** Longest headline, in words. */
const HEADLINE_MAX_UNITS = 30;

/**
 * Whether a block could be a headline: a few words, not ending like a clause. A full stop inside
 * closing quotes ends a sentence too: a photo caption ("… in \"Romantically Challenged.\"").
 */
export function isHeadlineShaped(text: string): boolean {
  const units = textUnits(text);
  const bare = text.replace(/["'”’»]$/u, "");
  return units >= 3 && units <= HEADLINE_MAX_UNITS && !/[,;:]$/u.test(text) && !/\.$/u.test(bare.replace(/\b(?:[A-Z]|Inc|Co|Jr|Sr|St)\.$/u, ""));
}
