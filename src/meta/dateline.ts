/**
 * Datelines: the "Tehran - BORNA -", "TEHRAN (IRNA) --", "MOSCOW, Nov 23 (Reuters) -"
 * openings of agency copy, which give the city and the agency.
 */

/** What a dateline gives, and how much of the paragraph it covers. */
export interface Dateline {
  city: string;
  agency: string;
  /** Length of the dateline prefix in the paragraph, separator included. */
  length: number;
}

const CITY = "([\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’]*(?:[ -][\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’]*){0,2})";
const AGENCY = "([\\p{Lu}\\p{Lo}][\\p{L}\\p{M}&.'’]*(?: [\\p{Lu}\\p{Lo}][\\p{L}\\p{M}&.'’]*){0,2})";

/** Dateline shapes: each yields the city (group 1) and the agency (group 2). */
const DATELINE_SHAPES: readonly RegExp[] = [
  // TEHRAN (IRNA) --   MOSCOW, Nov 23 (Reuters) -   PARIS, Dec 2 (AFP) -
  new RegExp(`^${CITY}(?:,\\s?[^()\\n]{1,30}?)?\\s?\\(${AGENCY}\\)\\s?(?:[-–—]{1,2}|:)\\s*`, "u"),
  // MOSCOW, March 3. /TASS/.   МОСКВА, 23 ноября. /ТАСС/.
  new RegExp(`^${CITY},\\s?[^/\\n]{1,30}?\\s?/${AGENCY}/\\.?\\s*`, "u"),
  // Tehran - BORNA -   Tehran, Tasnim —   تهران - برنا -
  new RegExp(`^${CITY}\\s?(?:[-–—]{1,2}|,)\\s?${AGENCY}\\s?(?:[-–—]{1,2}|:)\\s+`, "u"),
];

/** Chinese agency datelines: 新华社北京11月23日电. */
const HAN_DATELINE = /^(新华社|中新社|人民网|央视网)(\p{Script=Han}{2,4}?)\d{1,2}月\d{1,2}日电\s*(?:[（(][^)）]{0,30}[)）])?\s*/u;

/** Words that make the "agency" slot a sentence word rather than an agency. */
const NOT_AGENCY = /^(?:The|A|An|He|She|It|We|They|I|In|On|At|But|And|This|That)$/u;

/** Reads a dateline at the start of a paragraph; null when there is none. */
export function readDateline(text: string): Dateline | null {
  const han = HAN_DATELINE.exec(text);
  if (han) return { city: han[2]!, agency: han[1]!, length: han[0].length };
  for (const shape of DATELINE_SHAPES) {
    const match = shape.exec(text);
    if (!match) continue;
    const agency = match[2]!.trim();
    if (NOT_AGENCY.test(agency) || match[0].length === text.length) continue;
    return { city: cityName(match[1]!), agency, length: match[0].length };
  }
  return null;
}

/** City names printed in capitals are given in title case: TEHRAN → Tehran. */
function cityName(city: string): string {
  const trimmed = city.trim();
  if (trimmed !== trimmed.toUpperCase() || trimmed === trimmed.toLowerCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
