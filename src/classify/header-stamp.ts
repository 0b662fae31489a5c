/**
 * A stamp line between the headline and the article's first paragraph that the metadata
 * readers could not parse: a byline with a handle ("Jane Roe @janeroe / 2 days"), a
 * publication line in a calendar of a language without a lexicon ("Posted on Maret 30,
 * 2015 by Admin"), or a date glued to its neighbours by a text view ("Nov 20 20194:29 AM
 * ESTUpdated an hour ago"). Such a line is no lead: a deck is prose, a stamp is not.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import { findDate, findTime, type DateTimeParts } from "../meta/dates.js";
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
const HANDLE = new LazyRegExp(String.raw`(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{2,30}(?![\p{L}\p{N}_@.])`, "u");

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

/** Most characters between a stamp's date and its time ("18 Nov 2019 18.54 GMT", "27/09/2018 - 10:05"). */
const TIME_AFTER_DATE_GAP = 4;

/**
 * The date a stamp line prints, with the time that follows it right after: "Jane Roe 23/08/2018
 * 2 comments" gives 2018-08-23. The metadata readers left the line for its other words; the
 * caller takes the date only when no metadata line dated the article. Null when it has no full date.
 */
export function stampDate(text: string, lexicons: LexiconSelection): DateTimeParts | null {
  const date = findDate(text, lexicons);
  if (!date?.date) return null;
  const after = text.slice(date.index + date.length);
  const time = findTime(after, lexicons, { dotted: true });
  const parts: DateTimeParts = { date: date.date };
  if (time?.time && time.index <= TIME_AFTER_DATE_GAP) {
    parts.time = time.time;
    parts.timeText = time.raw;
    if (time.offset) parts.offset = time.offset;
  }
  return parts;
}
