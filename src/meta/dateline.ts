/**
 * Datelines: the "Tehran - BORNA -", "TEHRAN (IRNA) --", "MOSCOW, Nov 23 (Reuters) -",
 * "GENEVA, 3 March 2025 --" openings of agency copy, which give the city and,
 * usually, the agency.
 */

import { LazyRegExp } from "../lazy-regexp.js";

/** What a dateline gives, and how much of the paragraph it covers. */
export interface Dateline {
  city: string;
  /** The agency, when the dateline names one. */
  agency: string | null;
  /** Length of the dateline prefix in the paragraph, separator included. */
  length: number;
}

/** A city: up to three capitalised (or uncased-script) words. */
const CITY = "(?<city>[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’]*(?:[ -][\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’]*){0,2})";
/** A city printed in capitals (TOKYO, SAN FRANCISCO) or in a script without case (القاهرة). */
const CITY_MARKED = "(?<city>(?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]+|\\p{Lo}[\\p{Lo}\\p{M}]+)(?:\\s(?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]+|\\p{Lo}[\\p{Lo}\\p{M}]+)){0,2})";
/** An agency outside parentheses: capitalised, up to three words. */
const AGENCY = "(?<agency>[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}&.'’]*(?: [\\p{Lu}\\p{Lo}][\\p{L}\\p{M}&.'’]*){0,2})";
/** An agency inside parentheses: anything short without digits (dpa, AFP, Colprensa). */
const AGENCY_IN_PARENS = "\\((?<agency>[\\p{L}][\\p{L}\\p{M}&.'’ -]{0,28})\\)";
/** A date or day after the city: ", Nov 23", ", 3 March 2025", ". 12 ноября". */
const DATE_PART = "(?:[,.]\\s?[^()\\n—–-]{1,30}?)?";
/** The dash or punctuation that ends a dateline. */
const END = "\\s?(?:\\.?\\s?[-–—]{1,2}|:)\\s*";

/** Dateline shapes: each yields the city (group `city`) and the agency (group `agency`, optional). */
const DATELINE_SHAPES: readonly LazyRegExp[] = [
  // TEHRAN (IRNA) --   MOSCOW, Nov 23 (Reuters) -   Madrid, 23 nov (EFE).-   New Delhi, Jul 7 (PTI) India…
  new LazyRegExp(`^${CITY}${DATE_PART}\\s?${AGENCY_IN_PARENS}(?:${END}|\\.\\s+|\\s+(?=\\p{Lu}))`, "u"),
  // (ANSA) - FOGGIA, 23 NOV -
  new LazyRegExp(`^${AGENCY_IN_PARENS}\\s?[-–—]\\s?${CITY},\\s?[^\\n—–-]{1,20}?${END}`, "u"),
  // MOSCOW, March 3. /TASS/.   МОСКВА, 23 ноября. /ТАСС/.
  new LazyRegExp(`^${CITY},\\s?[^/\\n]{1,30}?\\s?/${AGENCY}/\\.?\\s*`, "u"),
  // Санкт-Петербург. 12 ноября. ИНТЕРФАКС -
  new LazyRegExp(`^${CITY}\\.\\s[^.\\n]{1,25}\\.\\s${AGENCY}${END}`, "u"),
  // Tehran - BORNA -   Tehran, Tasnim —   تهران - برنا -
  new LazyRegExp(`^${CITY}\\s?(?:[-–—]{1,2}|,)\\s?${AGENCY}\\s?(?:[-–—]{1,2}|:)\\s+`, "u"),
  // TOKYO --   TEHRAN -   GENEVA, 3 March 2025 --   MURMANSK, Oct 3. —   القاهرة –
  new LazyRegExp(`^${CITY_MARKED}${DATE_PART}\\s?(?:--|[—–-])\\s+`, "u"),
];

/** Chinese and Japanese agency datelines: 新华社北京11月23日电, 【ウィーン共同】. */
const HAN_DATELINES: readonly RegExp[] = [
  /^(?<agency>新华社|中新社|人民网|央视网)(?<city>\p{Script=Han}{2,4})\d{1,2}月\d{1,2}日电\s*(?:[（(][^)）]{0,30}[)）])?\s*/u,
  /^【(?<city>[^】\s]{1,12}?)(?<agency>共同|時事|ロイター|AFP時事|新華社)】\s*/u,
];

/** Words that make the "agency" slot a sentence word rather than an agency. */
const NOT_AGENCY = /^(?:The|A|An|He|She|It|We|They|I|In|On|At|But|And|This|That|Yes|No|So|Photo|File)$/u;

/**
 * Characters each shape (in the order tried: {@link HAN_DATELINES}, then
 * {@link DATELINE_SHAPES}) cannot match without, any one of them: a paragraph
 * without them skips the shape, which is then never compiled (the first use of
 * these Unicode patterns costs milliseconds, much of a one-file run).
 */
const SHAPE_NEEDS: ReadonlyArray<readonly string[]> = [["日电"], ["【"], ["("], ["("], ["/"], ["."], ["-", "–", "—", ":"], ["-", "–", "—"]];

/** Reads a dateline at the start of a paragraph; null when there is none. */
export function readDateline(text: string): Dateline | null {
  for (const [index, shape] of [...HAN_DATELINES, ...DATELINE_SHAPES].entries()) {
    if (!(SHAPE_NEEDS[index] ?? []).some((needed) => text.includes(needed))) continue;
    const match = shape.exec(text);
    const city = match?.groups?.["city"]?.trim();
    if (!match || !city || match[0].length >= text.length) continue;
    const agency = match.groups?.["agency"]?.trim() ?? null;
    if ((agency && NOT_AGENCY.test(agency)) || NOT_AGENCY.test(city)) continue;
    return { city: cityName(city), agency, length: match[0].length };
  }
  return null;
}

/** City names printed in capitals are given in title case: TEHRAN → Tehran, İSTANBUL → İstanbul. */
function cityName(city: string): string {
  if (city !== city.toUpperCase() || city === city.toLowerCase()) return city;
  return city
    .split(/(?<=[\s-])/u)
    .map((word) => word.charAt(0) + word.slice(1).toLocaleLowerCase(localeOf(word)))
    .join("");
}

/** Turkish capitals lower-case differently (I → ı); other scripts use the default rules. */
function localeOf(word: string): string | undefined {
  return /[İŞĞ]/u.test(word) ? "tr" : undefined;
}
