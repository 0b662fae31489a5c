/**
 * Measures of a block's shape shared by the rules: how much text it holds and
 * whether it reads as a headline.
 */
import { wordCount } from "../normalize.js";

/** Scripts written without spaces: about two characters make a word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Word-like units of a text, counting unspaced scripts by characters. */
export function textUnits(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  return unspaced > 0 ? Math.max(wordCount(text), Math.round(unspaced / 2)) : wordCount(text);
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
