/**
 * Header lines whose content is metadata: a date, a time, a news ID, a byline,
 * or several of them on one line ("Ayşe Demirtaş | 23.11.2025 - 14:05 | Güncelleme: …").
 */
import { asciiDigits, findClosingMonth, findDate, findMonthLine, findShortUsDate, findTime, hasDigit, type DateTimeParts } from "./dates.js";
import { LazyRegExp } from "../lazy-regexp.js";
import { boundedAlternation, bylineOpeningAlternation, looselySpacedAlternation, phrases, type LexiconSelection, type PatternBuilder } from "../lexicon/index.js";
import { hasAtMostWords, wordCount } from "../normalize.js";
import { unwrapEmphasis } from "../patterns.js";

/** One piece of metadata a line gives. */
export type HeaderFact = (
  | {
      kind: "datetime";
      parts: DateTimeParts;
      /** The date closes a byline ("Jane Roe, professor, oct. 2024") whose other words no field takes. */
      closesByline?: boolean;
    }
  | { kind: "news-id"; id: string }
  | { kind: "byline"; name: string; role: string | null }
) & {
  /** The part of the line the fact was read from. */
  text: string;
};

/** A metadata line: its facts, and whether it holds nothing else (safe to take even inside the article). */
export interface MetaLine {
  facts: HeaderFact[];
  strict: boolean;
}

/** `News ID: 2559`, `ID: 2559`, `Article ID 77120`, `کد خبر: ۲۵۵۹`, `Story ID 123`. */
const NEWS_ID: PatternBuilder = (lexicons) => new RegExp(
  `^[|•·\\-–—\\s]*(?:${looselySpacedAlternation(phrases("newsIdLabels", lexicons))})\\s*(?:[:：#№.]\\s*)?([0-9\\u0660-\\u0669\\u06F0-\\u06F9]{1,15})\\s*[|•·]?$`,
  "iu",
);

/** `By Jane Doe`, `By Jane Doe | Reuters`, `By Graham Pryce, chief football writer`, `By Jane Doe Special to The Times`, `Written by: KNA Desk`. */
const BYLINE: PatternBuilder = (lexicons) => new LazyRegExp(
  `^(?:${bylineOpeningAlternation(lexicons)})\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}|\\p{Lo}[\\p{Lo}\\p{M}\\u200c]*(?:\\s\\p{Lo}[\\p{Lo}\\p{M}\\u200c]*){0,3})(?:,\\s?([^|,]{2,60}?))?(?:\\s?(?:[|–—\\-&]|and\\b|[Ss]pecial to\\b).{0,60})?$`,
  "u",
);

/** One author's name in a byline: two to four capitalised words. */
const AUTHOR = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;

/** A byline of several authors: "By Jane Roe, John Doe, Ann Lee", "By Jane Roe, John Doe and Ann Lee". */
const AUTHORS = new LazyRegExp(String.raw`^[Bb]y:?\s+(${AUTHOR})(?:,\s+${AUTHOR})+(?:,?\s+and\s+${AUTHOR})?$`, "u");

/** Most words of a byline's affiliation after a separator: "By Jane Roe | Special to the Harbour Press". */
const AFFILIATION_MAX_WORDS = 8;

/** Most words of a byline line. */
const BYLINE_MAX_WORDS = 14;

/** A byline without "By": "Ciarán Byrne, Technology Correspondent", "Jane Roe, Staff Writer". */
const NAME_WITH_PRESS_ROLE =
  new LazyRegExp(String.raw`^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),\s((?:[\p{L}-]+\s){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Pp]roducer))$`, "u");

/**
 * Words that may sit beside a date and time on a date line (the lexicons'), bounded by letters
 * of any script where their script is cased (`\b` never matched around "à" or "publié").
 */
const DATE_LINE_WORDS: PatternBuilder = (lexicons) => new LazyRegExp(boundedAlternation(phrases("dateLineWords", lexicons)), "giu");

/** Separators between the parts of a metadata line. */
const SEGMENT_SEPARATOR = /\s*[|│·•]\s*/u;

/** The mark of a separator: a cheap test before the split. */
const SEPARATOR_MARK = /[|│·•]/u;

/** Words a date line may hold besides its dates, times and the words above ("Программа «…»"). */
const LOOSE_LEFTOVER_WORDS = 4;


/** An author's name after "by": one to four capitalised words. */
const AUTHOR_NAME = new LazyRegExp(String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$`, "u");

/** "By Dan Hyman on January 16, 2015": an author, then "on" and the date. */
const AUTHOR_THEN_DATE = new LazyRegExp(String.raw`^[Bb]y\s\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\son|,)\s`, "u");

/**
 * Splits a segment that holds both a date and its author ("April 30, 2010 at 2:14PM by
 * Mark Warren", "By Dan Hyman on January 16, 2015") into the two.
 */
function splitAuthorAndDate(segment: string, lexicons: LexiconSelection): string[] {
  const by = segment.lastIndexOf(" by ");
  if (by > 0 && /\d/u.test(segment.slice(0, by)) && AUTHOR_NAME.test(segment.slice(by + 4))) return [segment.slice(0, by), `By ${segment.slice(by + 4)}`];
  const authorFirst = AUTHOR_THEN_DATE.exec(segment);
  const rest = authorFirst ? segment.slice(authorFirst[0].length) : "";
  if (authorFirst && /\d/u.test(rest)) return [authorFirst[0].replace(/(?:\son|,)\s$/u, ""), rest];
  return splitBylineBeforeDate(segment, lexicons) ?? [segment];
}

/** A byline's opening word in the lexicons' languages: "By", "Von", "Par"… */
const BYLINE_OPENING_WORD: PatternBuilder = (lexicons) => new LazyRegExp(`^(?:${bylineOpeningAlternation(lexicons)})\\s`, "u");

/** Short words in lower case left where a date's announcing word was cut out ("am", "on", "le"). */
const ANNOUNCING_TAIL = new LazyRegExp(String.raw`(?:[\s,]+\p{Ll}{1,3})+\s*$`, "u");

/** What may stand between a byline and its date: a separator, "on", an @handle ("By Jane Roe@janeroe Nov 19, 2019"). */
const BYLINE_TAIL = new LazyRegExp(String.raw`(?:@[\p{L}\p{N}_]+)?[\s,|–—-]*(?:(?<=\s)on\s*)?$`, "u");

/**
 * A byline run into its date with nothing between ("By Jane Roe Nov 19, 2019, 7:53pm EST",
 * "By Jane Roe - Staff Writer 2019-11-18T20:51:19Z", "By Jane Roe - 11/19/19 06:56 AM EST"):
 * the byline, then the date.
 */
function splitBylineBeforeDate(segment: string, lexicons: LexiconSelection): string[] | null {
  if (!lexicons.pattern(BYLINE_OPENING_WORD).test(segment)) return null;
  const date = findDate(segment, lexicons) ?? (TWELVE_HOUR.test(segment) ? findShortUsDate(segment) : null);
  if (!date || date.index === 0) return null;
  // "Von Lena Krause, veröffentlicht am 14. März 2024": the words that announce the date go with it.
  const before = segment.slice(0, date.index);
  let head = lexicons.pattern(DATE_LINE_WORDS).replace(before, " ");
  head = ANNOUNCING_TAIL.replace(head, "");
  head = BYLINE_TAIL.replace(head, "");
  return lexicons.pattern(BYLINE).test(head) && wordCount(head) <= BYLINE_MAX_WORDS ? [head, segment.slice(date.index)] : null;
}

/** Reads a line as metadata; null when it is anything else. */
export function readMetaLine(text: string, lexicons: LexiconSelection): MetaLine | null {
  // Most lines have no separator: they skip the split, a quarter of this reader's time. A loop, not
  // filter and flatMap: the line is read for every block of a document, and flatMap cost more than the reading.
  const segments: string[] = [];
  for (const segment of SEPARATOR_MARK.test(text) ? text.split(SEGMENT_SEPARATOR) : [text])
    if (segment.length > 0) segments.push(...splitAuthorAndDate(segment, lexicons));
  if (segments.length < 2) {
    const whole = readSegment(unwrapEmphasis(text), lexicons);
    return whole ? { facts: [whole.fact], strict: whole.leftover <= 1 } : null;
  }
  const read = segments.map((segment) => readSegment(segment, lexicons));
  const facts = read.flatMap((item) => (item ? [item.fact] : []));
  const othersShort = segments.every(
    (segment, index) =>
      read[index] || wordCount(segment) <= LOOSE_LEFTOVER_WORDS || (read[index - 1]?.fact.kind === "byline" && wordCount(segment) <= AFFILIATION_MAX_WORDS),
  );
  const strict = read.every((item) => item !== null && item.leftover <= 1);
  return facts.length > 0 && othersShort ? { facts, strict } : null;
}

/**
 * Whether a line holds metadata and nothing else, so it stands on its own: a byline that
 * closes with its month does not (its first lines are wrapped above it: "…, professeure à" /
 * "l'École, juin 2024.").
 */
export function isLineOfMeta(text: string, lexicons: LexiconSelection): boolean {
  const line = readMetaLine(text, lexicons);
  return line?.strict === true && !line.facts.some((fact) => fact.kind === "datetime" && fact.closesByline === true);
}

/** One fact from a whole segment, and how many words it left unexplained. */
function readSegment(text: string, lexicons: LexiconSelection): { fact: HeaderFact; leftover: number } | null {
  const id = lexicons.pattern(NEWS_ID).exec(text);
  if (id) return { fact: { kind: "news-id", id: asciiDigits(id[1]!), text }, leftover: 0 };
  const authors = AUTHORS.exec(text);
  if (authors) return { fact: { kind: "byline", name: authors[1]!, role: null, text }, leftover: 0 };
  const byline = lexicons.pattern(BYLINE).exec(text);
  if (byline && wordCount(text) <= BYLINE_MAX_WORDS) {
    return { fact: { kind: "byline", name: byline[1]!.replace(/[.,]$/u, ""), role: byline[2]?.trim() ?? null, text }, leftover: 0 };
  }
  const pressByline = NAME_WITH_PRESS_ROLE.exec(text);
  if (pressByline) return { fact: { kind: "byline", name: pressByline[1]!, role: pressByline[2]!, text }, leftover: 0 };
  return readDateLine(text, lexicons) ?? readMonthByline(text, lexicons) ?? readMonthLine(text, lexicons);
}

/** Most words of a byline that closes with its month ("Entretien avec Jane Roe, …, janvier 2024."). */
const MONTH_BYLINE_WORDS = 80;

/** How a byline opens: a capitalised word, or a link on one ("[Jane Roe](…)"); a wrapped line's tail opens otherwise. */
const BYLINE_OPENING = new LazyRegExp(String.raw`^\[?\p{Lu}`, "u");

/** A sentence end inside a paragraph: a byline is one sentence. */
const INNER_SENTENCE_END = new LazyRegExp(String.raw`[.!?]\s+\p{Lu}`, "u");

/**
 * A byline paragraph that closes with the month of publication: "Jane Roe, professor at
 * the School, oct. 2024". One sentence, the month after a comma; its date has no day.
 */
function readMonthByline(text: string, lexicons: LexiconSelection): { fact: HeaderFact; leftover: number } | null {
  // The month first: most paragraphs do not end in a year, and that is tested on their last characters.
  const month = findClosingMonth(text, lexicons);
  if (!month || !BYLINE_OPENING.test(text) || !hasAtMostWords(text, MONTH_BYLINE_WORDS) || INNER_SENTENCE_END.test(text)) return null;
  return { fact: { kind: "datetime", parts: { date: month }, closesByline: true, text }, leftover: 0 };
}

/** A magazine's issue line: "From the February 7, 2005 issue of …", "In the May 2010 print edition of …". */
const ISSUE_LINE = new LazyRegExp(String.raw`^(?:from|in) the [^.]{3,40} (?:print )?(?:issue|edition) of \S`, "iu");

/** A line that is only a month and year, perhaps after a label ("Published: October 2024"). */
function readMonthLine(text: string, lexicons: LexiconSelection): { fact: HeaderFact; leftover: number } | null {
  const month = text.length <= 40 ? findMonthLine(text, lexicons) : null;
  // Without a label the line may be a wrapped paragraph's tail ("…, mars 2023."): not strict, so it
  // neither breaks the paragraph nor is taken from inside the article.
  const labelled = /[:|–-]/u.test(text);
  return month ? { fact: { kind: "datetime", parts: { date: month }, text }, leftover: labelled ? 0 : 2 } : null;
}

/** A 12-hour time: the clock of the countries that write the month before the day. */
const TWELVE_HOUR = new LazyRegExp(String.raw`\d\s?[ap]\.?\s?m\.?(?!\p{L})`, "iu");

/** An ISO 8601 stamp as sites print it: "2019-11-18T20:51:19Z", "2019-11-18T20:51:19.000+02:00". */
const ISO_STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z(?![\p{L}\p{N}]))?/gu;

/** The date and time of an ISO stamp around its "T": a cheap test before {@link ISO_STAMP} (most lines have a "T" of a word). */
const ISO_STAMP_T = /\dT\d/u;

/** A line with its ISO stamps spaced as a date line is ("2019-11-18 20:51:19 UTC"), for the date and time readers. */
function spacedIsoStamp(text: string): string {
  return ISO_STAMP_T.test(text) ? text.replace(ISO_STAMP, (_, date: string, time: string, zulu?: string) => `${date} ${time}${zulu ? " UTC" : ""}`) : text;
}

/** A segment that holds a date and/or a time and few other words. */
function readDateLine(line: string, lexicons: LexiconSelection): { fact: HeaderFact; leftover: number } | null {
  // Most paragraphs hold no digit, so no date and no time: they skip the readers' patterns.
  if (!hasDigit(line)) return null;
  const text = spacedIsoStamp(line);
  const date = findDate(text, lexicons) ?? (TWELVE_HOUR.test(text) ? findShortUsDate(text) : null);
  const withoutDate = date ? text.slice(0, date.index) + " ".repeat(date.length) + text.slice(date.index + date.length) : text;
  const time = findTime(withoutDate, lexicons, { dotted: true });
  if (!date && !time) return null;
  const timeless = asciiDigits(withoutDate).replace(/\d{1,2}(?:[:.]\d{2}){1,2}|\d{1,2}[h時]\d{2}分?|[+-]\d{2}:?\d{2}/gu, " ");
  const rest = timeless.replace(lexicons.pattern(DATE_LINE_WORDS).regexpFor(timeless), " ");
  // "From the February 7, 2005 issue of New York Magazine.": a magazine's print date, however long its name.
  const leftover = ISSUE_LINE.test(text) ? 0 : wordCount(rest);
  if (leftover > LOOSE_LEFTOVER_WORDS) return null;
  const parts: DateTimeParts = {};
  if (date?.date) parts.date = date.date;
  if (date?.original) parts.original = date.original;
  if (time?.time) parts.time = time.time;
  if (time?.raw) parts.timeText = time.raw;
  if (time?.offset) parts.offset = time.offset;
  return { fact: { kind: "datetime", parts, text: line }, leftover };
}
