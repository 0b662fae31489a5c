/**
 * Dates and times as news sites print them, in several languages and calendars,
 * turned into ISO 8601 parts.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import {
  alternation,
  boundedAlternation,
  longestMonthWord,
  meridiemTable,
  monthTable,
  phrases,
  timeZoneTable,
  type Lexicon,
  type LexiconSelection,
} from "../lexicon/index.js";
import { jalaliToGregorian } from "./jalali.js";

/** A date, a time, or both, found in a piece of text. */
export interface DateTimeParts {
  /** YYYY-MM-DD (Gregorian), or YYYY-MM when the source gives only the month. */
  date?: string;
  /** HH:MM:SS. */
  time?: string;
  /** `Z` or `±HH:MM`, only when the text states a zone. */
  offset?: string;
  /** The date as written, when it was converted from another calendar. */
  original?: string;
  /** The time as written (kept to rebuild the original of a converted date). */
  timeText?: string;
}

/** A Persian (U+06F0…) or Arabic-Indic (U+0660…) digit; every one of them, for the replacement. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** A digit, ASCII, Persian or Arabic-Indic. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Whether a text holds a digit, ASCII, Persian or Arabic-Indic: every date and time does. */
export function hasDigit(text: string): boolean {
  return ANY_DIGIT.test(text);
}

/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits to ASCII. */
export function asciiDigits(text: string): string {
  // Most texts hold none: a test is cheaper than a replacement that finds nothing, and the readers call this often.
  if (!EASTERN_DIGIT.test(text)) return text;
  return text.replace(EASTERN_DIGITS, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

const YEAR = "(\\d{4})";
const DAY = "(\\d{1,2})";
/**
 * Where a year ends: at a non-digit, or where a text view glued the time to it ("Nov 20 20194:29 AM"):
 * a year is four digits, so what follows them up to a colon is the hour.
 */
const YEAR_END = "(?:(?!\\d)|(?=\\d{1,2}:\\d{2}(?!\\d)))";

/** A date shape: a pattern, and the [year, month, day] of its match (null when its month word is no month). */
interface DateShape {
  pattern: RegExp | LazyRegExp;
  parts: (m: RegExpExecArray, months: ReadonlyMap<string, number>) => [string, string | number, string] | null;
}

/** Date shapes of digits alone, every language's, tried first and in order. */
const NUMERIC_SHAPES: readonly DateShape[] = [
  { pattern: /(?<!\d)(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)/gu, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { pattern: /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/gu, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // German papers space the parts: "18. 9. 2015", "18.9. 2015".
  { pattern: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/gu, parts: dayFirstParts },
  { pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu, parts: dayFirstParts },
];

/**
 * What the date reader knows of one selection of lexicons: their month names, and the patterns
 * built of them and of their date words (the joiners of "18 de marzo de 2020", the day's
 * ordinal of "March 1st", the words for before and after noon, the names of time zones).
 */
interface DateWords {
  /** Month names (and common abbreviations), lowercase, to 1–12. */
  months: ReadonlyMap<string, number>;
  /** Every date shape, the numeric ones first. */
  shapes: readonly DateShape[];
  /** A month and year closing a byline after a comma; null when the lexicons name no month. */
  closingMonthYear: LazyRegExp | null;
  /** A line that is only a month and year, after at most a label; null when the lexicons name no month. */
  monthYearLine: LazyRegExp | null;
  /** A time of day with its words for before or after noon. */
  time: LazyRegExp;
  /** A dotted time with its words for before or after noon. */
  dottedTime: LazyRegExp;
  /** Words for before and after noon, as the time patterns read them (lowercase, one space), to which they are. */
  meridiems: ReadonlyMap<string, "am" | "pm">;
  /** A time zone's name; null when the lexicons name none. */
  zoneName: LazyRegExp | null;
  /** The names of time zones, lowercase, to their offsets. */
  zoneOffsets: ReadonlyMap<string, string>;
}

/** Builds the date reader's patterns of one selection of lexicons (kept by the selection). */
function dateWords(lexicons: readonly Lexicon[]): DateWords {
  const months = monthTable(lexicons);
  const meridiems = meridiemTable(lexicons);
  const zoneOffsets = timeZoneTable(lexicons);
  // A space in a word for noon's halves is any one space or none ("a.m.", "a. m.").
  const meridiem = `(${alternation(meridiems.keys()).replaceAll(" ", "\\s?")})?`;
  const zoneName = zoneOffsets.size > 0 ? new LazyRegExp(boundedAlternation(zoneOffsets.keys()), "iu") : null;
  const time = new LazyRegExp(`${TIME_DIGITS}\\s*${meridiem}(?!\\p{L})`, "iu");
  const dottedTime = new LazyRegExp(`${DOTTED_TIME_DIGITS}\\s*${meridiem}(?!\\p{L})`, "iu");
  const meridiemsRead = new Map([...meridiems].map(([word, half]) => [meridiemKey(word), half]));
  if (months.size === 0) return { months, shapes: NUMERIC_SHAPES, closingMonthYear: null, monthYearLine: null, time, dottedTime, meridiems: meridiemsRead, zoneName, zoneOffsets };
  // A month word: as long as the longest month name, then the second word of a two-word name ("كانون الثاني").
  const monthWord = `(\\p{L}{2,${longestMonthWord(lexicons)}}(?: \\p{L}{3,7})?)\\.?`;
  const joiner = `(?:(?:${boundedAlternation(phrases("dateJoiners", lexicons))})\\s+)?`;
  const ordinal = `(?:${alternation(phrases("dayOrdinals", lexicons))})?`;
  const shapes: DateShape[] = [
    ...NUMERIC_SHAPES,
    {
      pattern: new LazyRegExp(`(?<!\\d)${DAY}\\.?\\s+${joiner}${monthWord},?\\s+${joiner}${YEAR}${YEAR_END}`, "giu"),
      parts: (m, table) => monthParts(table, m[3]!, m[2]!, m[1]!),
    },
    {
      pattern: new LazyRegExp(`(?<!\\p{L})${monthWord},?\\s+${DAY}${ordinal},?\\s+${YEAR}${YEAR_END}`, "giu"),
      parts: (m, table) => monthParts(table, m[3]!, m[1]!, m[2]!),
    },
  ];
  return {
    months,
    shapes,
    closingMonthYear: new LazyRegExp(`,\\s+${monthWord}\\s+${YEAR}\\.?$`, "iu"),
    monthYearLine: new LazyRegExp(`^(?:\\p{L}{2,20}(?:\\s\\p{L}{2,20})?\\s?[:|–-]\\s*)?${monthWord}\\s+${YEAR}\\.?$`, "iu"),
    time,
    dottedTime,
    meridiems: meridiemsRead,
    zoneName,
    zoneOffsets,
  };
}

/** DD/MM/YYYY (or DD.MM.YYYY) unless the numbers only make sense as the US MM/DD/YYYY ("11.14.2019"). */
function dayFirstParts(m: RegExpExecArray): [string, string, string] {
  const first = Number(m[1]);
  return first <= 12 && Number(m[2]) > 12 ? [m[3]!, m[1]!, m[2]!] : [m[3]!, m[2]!, m[1]!];
}

/** Resolves a month name; null when the word is not a month. */
function monthParts(months: ReadonlyMap<string, number>, year: string, monthWord: string, day: string): [string, number, string] | null {
  const month = months.get(monthWord.toLowerCase());
  return month === undefined ? null : [year, month, day];
}

/** Finds the first date in the text, converting Solar Hijri years; month names are those of the lexicons selected. */
export function findDate(
  rawText: string,
  lexicons: LexiconSelection,
): (Pick<DateTimeParts, "date" | "original"> & { index: number; length: number }) | null {
  const text = asciiDigits(rawText);
  // Every shape holds a four-digit year: most paragraphs have none, and skip the patterns.
  if (!/\d{4}/u.test(text)) return null;
  const { shapes, months } = lexicons.derived(dateWords);
  for (const shape of shapes) {
    const found = firstDateOfShape(shape, months, text);
    if (!found) continue;
    const { match, iso, converted } = found;
    const original = converted ? rawText.slice(match.index, match.index + match[0].length) : undefined;
    return { date: iso, index: match.index, length: match[0].length, ...(original ? { original } : {}) };
  }
  return null;
}

/** Most matches of one shape tried in a text: a date line has one or two, a paragraph a few. */
const MATCHES_PER_SHAPE = 20;

/**
 * The first match of a shape that is a real date. A match that is not (a name before the month:
 * "Jane Roe Nov 19, 2019" first matches "Roe Nov 19, 2019") is tried again one character on.
 */
function firstDateOfShape(shape: DateShape, months: ReadonlyMap<string, number>, text: string): { match: RegExpExecArray; iso: string; converted: boolean } | null {
  // A lazy pattern is narrowed for the text; the loop moves the chosen pattern's lastIndex.
  const pattern = shape.pattern instanceof LazyRegExp ? shape.pattern.regexpFor(text) : shape.pattern;
  pattern.lastIndex = 0;
  for (let tries = 0; tries < MATCHES_PER_SHAPE; tries++) {
    const match = pattern.exec(text);
    if (!match) return null;
    const parts = shape.parts(match, months);
    const resolved = parts ? resolveCalendar(...(parts.map(Number) as [number, number, number])) : null;
    if (resolved) return { match, iso: resolved.iso, converted: resolved.converted };
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** How a text closing with a month and year ends: its year, perhaps a full stop (tested on its last characters). */
const ENDS_IN_YEAR = /\d{4}\.?$/u;
const YEAR_END_LENGTH = 5;

/**
 * The month a byline closes with after a comma ("Jane Roe, professor at the School, October 2024",
 * "…, professeure à l'École, oct. 2024"), as YYYY-MM: the page gives no day, and none is invented.
 * Null when the text ends otherwise.
 */
export function findClosingMonth(text: string, lexicons: LexiconSelection): string | null {
  const end = text.trimEnd();
  // The pattern is tried at every comma of a paragraph: most paragraphs do not end in a year, and skip it.
  if (!ENDS_IN_YEAR.test(end.slice(-YEAR_END_LENGTH))) return null;
  const { closingMonthYear, months } = lexicons.derived(dateWords);
  return yearMonth(months, closingMonthYear?.exec(end) ?? null);
}

/**
 * The month and year of a line that holds nothing else but a label ("October 2024", "Stand: März 2023"),
 * as YYYY-MM; null otherwise.
 */
export function findMonthLine(text: string, lexicons: LexiconSelection): string | null {
  const { monthYearLine, months } = lexicons.derived(dateWords);
  return yearMonth(months, monthYearLine?.exec(text.trim()) ?? null);
}

/** A month-word (group 1) and year (group 2) match as YYYY-MM, or null for no match or an implausible year. */
function yearMonth(months: ReadonlyMap<string, number>, match: RegExpExecArray | null): string | null {
  const month = match ? months.get(match[1]!.toLowerCase()) : undefined;
  const year = Number(match?.[2]);
  if (month === undefined || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** `2/13/09`: month, day and a two-digit year, as US blogs stamp a post beside a 12-hour time. */
const SHORT_US_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/u;

/** A two-digit year from 70 on is of the twentieth century. */
const CENTURY_PIVOT = 70;

/**
 * A month/day/two-digit-year date ("2/13/09 at 6:21 PM"). Day-first and month-first
 * orders cannot be told apart, so the caller reads it only beside a 12-hour time,
 * the clock of the countries that write the month first.
 */
export function findShortUsDate(rawText: string): (Pick<DateTimeParts, "date" | "original"> & { index: number; length: number }) | null {
  const match = SHORT_US_DATE.exec(asciiDigits(rawText));
  if (!match) return null;
  const short = Number(match[3]);
  const resolved = resolveCalendar(short >= CENTURY_PIVOT ? 1900 + short : 2000 + short, Number(match[1]), Number(match[2]));
  return resolved ? { date: resolved.iso, index: match.index, length: match[0].length } : null;
}

/** Validates a Y-M-D triple; years 1300–1499 are read as Solar Hijri (Iranian sites). */
function resolveCalendar(year: number, month: number, day: number): { iso: string; converted: boolean } | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year >= 1300 && year < 1500) {
    const [gy, gm, gd] = jalaliToGregorian(year, month, day);
    return { iso: isoDate(gy, gm, gd), converted: true };
  }
  if (year < 1900 || year > 2200 || day > daysInMonth(year, month)) return null;
  return { iso: isoDate(year, month, day), converted: false };
}

/** Days of a month of the Gregorian calendar (a `Date` per candidate date was a profile's entry). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Formats a date as YYYY-MM-DD. */
function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * HH:MM[:SS], the French `14h05`, the Japanese `14時05分`: the digits of a time, before its
 * word for before or after noon (the lexicons').
 */
const TIME_DIGITS = String.raw`(?<![\d:.])(\d{1,2})(?::(\d{2})(?::(\d{2}))?|h(\d{2})|時(\d{2})分?)(?![\d:])`;

/** What every time holds, {@link TIME_DIGITS} or {@link DOTTED_TIME_DIGITS}: a digit and its colon, "h", "時" or dot (a cheap test first). */
const TIME_HINT = /\d[:.h時]/iu;

/** `06.00 Uhr`, `11.20`: a dotted time, read only on date lines where it cannot be a decimal. */
const DOTTED_TIME_DIGITS = String.raw`(?<![\d:.])(\d{1,2})\.(\d{2})(?![\d.])`;

/** A word for before or after noon as the reader compares it: lowercase, without its dots and spaces ("a. m." → "am"). */
function meridiemKey(word: string): string {
  return word.toLowerCase().replace(/[.\s]/gu, "");
}

/** UTC and GMT, stated without an offset after them. */
const UTC_ZONE = /\b(?:GMT|UTC)\b(?!\s*[+-]\d)/u;

/**
 * Abbreviations of zones agencies print, to their UTC offsets: every language's (the names a
 * language gives a zone, "Moscow time", are its lexicon's).
 */
const ZONE_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bIRST\b/iu, "+03:30"],
  [/\bMSK\b/iu, "+03:00"],
  [/\bCST\b/iu, "+08:00"],
  [/\bCET\b/u, "+01:00"],
  [/\bCEST\b/u, "+02:00"],
  [/\bEST\b/u, "-05:00"],
  [/\bEDT\b/u, "-04:00"],
  [/\bJST\b/u, "+09:00"],
  [/\bKST\b/u, "+09:00"],
  [/\bIST\b/u, "+05:30"],
  [/\bPKT\b/u, "+05:00"],
];

/** Finds the first time of day in the text, with its zone when one is stated, in the words of the lexicons selected. */
export function findTime(
  rawText: string,
  lexicons: LexiconSelection,
  options: { dotted?: boolean } = {},
): (Pick<DateTimeParts, "time" | "offset"> & { index: number; length: number; raw: string }) | null {
  const text = asciiDigits(rawText);
  if (!TIME_HINT.test(text)) return null;
  const words = lexicons.derived(dateWords);
  const colon = words.time.exec(text);
  const dotted = options.dotted && !colon ? words.dottedTime.exec(text) : null;
  const match = colon ?? dotted;
  if (!match) return null;
  const [hoursText, minutesText, secondsText, meridiemText] = colon
    ? [colon[1], colon[2] ?? colon[4] ?? colon[5], colon[3], colon[6]]
    : [match[1], match[2], undefined, match[3]];
  let hours = Number(hoursText);
  const minutes = Number(minutesText);
  const seconds = Number(secondsText ?? 0);
  const meridiem = meridiemText === undefined ? undefined : words.meridiems.get(meridiemKey(meridiemText));
  if (meridiem === "pm" && hours < 12) hours += 12;
  if (meridiem === "am" && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const time = [hours, minutes, seconds].map((n) => String(n).padStart(2, "0")).join(":");
  const offset = findOffset(text.slice(match.index), words);
  const raw = rawText.slice(match.index, match.index + match[0].length).trim();
  return { time, index: match.index, length: match[0].length, raw, ...(offset ? { offset } : {}) };
}

/** A stated zone right after a time: `+0330`, `GMT+3:30`, `UTC`, `Tehran time`. */
function findOffset(afterTime: string, words: DateWords): string | null {
  const near = afterTime.slice(0, 40);
  const numeric = /(?:GMT|UTC)?\s?([+-])(\d{1,2}):?(\d{2})?(?!\d)/u.exec(near.replace(/^[\d:]+/, ""));
  if (numeric && (numeric[0].includes("GMT") || numeric[0].includes("UTC") || numeric[3] !== undefined)) {
    return `${numeric[1]}${numeric[2]!.padStart(2, "0")}:${numeric[3] ?? "00"}`;
  }
  if (UTC_ZONE.test(near)) return "Z";
  const named = words.zoneName?.exec(near);
  if (named) return words.zoneOffsets.get(named[0].toLowerCase()) ?? null;
  for (const [pattern, offset] of ZONE_ABBREVIATIONS) if (pattern.test(near)) return offset;
  return null;
}

/** Joins date, time and offset parts into one ISO 8601 string. */
export function toIso(parts: DateTimeParts): string | null {
  if (!parts.date) return null;
  if (!parts.time) return parts.date;
  return `${parts.date}T${parts.time}${parts.offset ?? ""}`;
}
