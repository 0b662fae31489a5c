/**
 * Every pattern the classifier uses, in one table, compiled once.
 * Each is anchored or bounded so that none backtracks super-linearly.
 * Words of a language come from its lexicon (`src/lexicon/`).
 */
import { LazyRegExp } from "./lazy-regexp.js";
import { turnLabelPattern } from "./lexicon/index.js";

/** Sentence-final question marks of every script: ASCII, Arabic/Persian, full-width, Greek. */
export const QUESTION_MARK = "?\u061F\uFF1F\u037E";

/**
 * A question mark of any script, except the `?` that opens a web address's query
 * ("photo.jpg?width=640", as text views print an image's address): a parameter's
 * name and its `=` follow that one.
 */
const ASKING_MARK = new LazyRegExp(String.raw`[\u061F\uFF1F\u037E]|\?(?![\p{L}\p{N}_]{1,30}=)`, "u");

/** Whether a text holds a question mark of any script. */
export function hasQuestionMark(text: string): boolean {
  return ASKING_MARK.test(text);
}

/** A block ends in a question mark, possibly followed by closing quotes/brackets/markup. */
export const ENDS_WITH_QUESTION = /[?\u061F\uFF1F\u037E][\s"'»”’)\]*_]*$/u;

/** Sentence-final punctuation of any script (a block shaped like prose ends with one). */
export const ENDS_LIKE_SENTENCE = /[.!?\u061F\uFF1F\u3002\uFF01\u037E\u06D4…:;][\s"'»”’)\]*_]*$/u;

/** Only punctuation, symbols and spaces: a separator bar. */
export const SEPARATOR_ONLY = new LazyRegExp(String.raw`^[\p{P}\p{S}\s]+$`, "u");

/** Runs of anything but letters and digits, in any script: what a loose comparison of two texts drops. */
export const NOT_LETTERS_OR_DIGITS = new LazyRegExp(String.raw`[^\p{L}\p{N}]+`, "gu");

/**
 * Labels that open a question turn (the lexicons' question labels). Group 1 is the label;
 * the text follows. Q:, Q., Q -, Question:, Q1:, and the same in other languages.
 */
export const QUESTION_LABEL = turnLabelPattern("question");

/** Labels that open an answer turn. */
export const ANSWER_LABEL = turnLabelPattern("answer");

/** A dialogue dash opening a turn: em dash, en dash, horizontal bar, or hyphen, then a space. */
export const DIALOGUE_DASH = /^(?:[—–―]{1,2}\s*|-\s+)(?=\S)/u;

/** A numbered question: `1.`, `1)`, `(1)`. */
export const NUMBERED = /^(?:\(\d{1,2}\)|\d{1,2}[.)])\s+/u;

/**
 * A speaker label: `MILLER:`, `John Miller:`, `JM:`, `Dr. Anna Berg:`, also with bold markers.
 * Group 1 is the name. Up to four name words, so prose like "He said: …" rarely matches
 * (the speaker rule also requires the label to recur).
 */
export const SPEAKER_LABEL =
  new LazyRegExp(String.raw`^(?:\*\*|__)?([\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,30}(?:\s(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,30}|bin|al|de|van|von|der|da|di|la|le)){0,3})(?:\*\*|__)?\s?[:：](?:\*\*|__)?\s+`, "u");

/** A whole block wrapped in emphasis markers: `**…**`, `__…__`, `*…*`, `_…_`. */
export const WRAPPED_IN_EMPHASIS = /^(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1$/u;

/** Strips emphasis markers wrapped around a whole text: `_By Jane Doe_` → `By Jane Doe`. */
export function unwrapEmphasis(text: string): string {
  const match = WRAPPED_IN_EMPHASIS.exec(text);
  return match ? match[2]!.trim() : text;
}

/** An announcement ends with a colon, or is a short line naming the transcript. */
export const ENDS_WITH_COLON = /[:：]\)?$|[:：] ?\([^()]{0,40}\)$|\([^()]{0,40}\) ?[:：]$/u;
