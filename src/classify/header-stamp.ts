/**
 * A stamp line between the headline and the article's first paragraph that the metadata
 * readers could not parse: a byline with a handle ("Jane Roe @janeroe / 2 days"), a
 * publication line in a calendar of a language without a lexicon ("Posted on Maret 30,
 * 2015 by Admin"), or a date glued to its neighbours by a text view ("Nov 20 20194:29 AM
 * ESTUpdated an hour ago"). Such a line is no lead: a deck is prose, a stamp is not.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import { findDate, findTime } from "../meta/dates.js";
import { boundedAlternation, phrases, type LexiconSelection, type PatternBuilder } from "../lexicon/index.js";
import { hasAtMostWords } from "../normalize.js";
import { ENDS_LIKE_SENTENCE } from "../patterns.js";

/** Most words of a stamp line. */
const STAMP_MAX_WORDS = 20;

/** Fewest letters of a date-line word that opens a stamp on its own ("posted", "published", not "on" or "de"). */
const OPENING_WORD_MIN_LETTERS = 5;

/** A stamp's opening word: "Published …", "Posted on …", "Veröffentlicht …" (the lexicons' date-line words). */
const STAMP_OPENING: PatternBuilder = (lexicons) =>
  new LazyRegExp(
    `^${boundedAlternation(phrases("dateLineWords", lexicons).filter((word) => word.length >= OPENING_WORD_MIN_LETTERS))}`,
    "iu",
  );

/** A social handle: "@janeroe". */
const HANDLE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{2,30}(?![\p{L}\p{N}_@.])/u;

/** Whether a line above the article's first paragraph is a stamp (date, time, handle, publication word) rather than a deck. */
export function isHeaderStamp(text: string, lexicons: LexiconSelection): boolean {
  if (ENDS_LIKE_SENTENCE.test(text) || !hasAtMostWords(text, STAMP_MAX_WORDS)) return false;
  return (
    HANDLE.test(text) ||
    lexicons.pattern(STAMP_OPENING).test(text) ||
    findDate(text, lexicons) !== null ||
    findTime(text, lexicons, { dotted: true }) !== null
  );
}
