/**
 * Unicode classes narrowed to Latin letters, for texts that write no other letters.
 *
 * V8 builds each Unicode class of a pattern (`\p{L}`, `[\p{L}\p{M}'’-]`…) from the whole of
 * Unicode when it parses the pattern, and again when it compiles it: hundreds of ranges sorted one
 * by one into the class, then compiled into code that tests them all. That was about half of a
 * one-file run's instructions. A text whose every letter, mark and digit is at most U+024F (Latin
 * letters with their accents; any punctuation, symbol or space) cannot tell `\p{L}` from its Latin
 * part `[A-Za-zªµºÀ-ÖØ-öø-ɏ]`: both find the same matches in it. A narrowed pattern is the same
 * source with such classes cut to their Latin part; it compiles in a fraction of the time, and
 * serves the texts that fit, while the full pattern serves the others.
 */

/** The last code point of the Latin alphabet the narrowed patterns read (Latin Extended-B). */
const LATIN_END = 0x24f;

/**
 * The properties narrowed, with their category letters in {@link LATIN_CATEGORIES}: letters, marks
 * and numbers, of which a text that fits holds only the Latin ones. Scripts, punctuation and
 * symbols are left as they are.
 */
const CATEGORY_LETTERS: Readonly<Record<string, string>> = {
  L: "Ultmo",
  Lu: "U",
  Ll: "l",
  Lt: "t",
  Lm: "m",
  Lo: "o",
  M: "nce",
  Mn: "n",
  Mc: "c",
  Me: "e",
  N: "drx",
  Nd: "d",
  Nl: "r",
  No: "x",
};

/** The properties narrowed. */
const NARROWED: ReadonlySet<string> = new Set(Object.keys(CATEGORY_LETTERS));

/**
 * The properties narrowed in a case-insensitive pattern too: those whose characters' other cases
 * are in the property as well, and `Lu` and `Ll`, whose Latin parts under `i` are in
 * {@link CASELESS_LEFT_OUT}. A negated property is never narrowed under `i`: `\P{L}` holds no
 * Latin letter, but its narrowed complement holds the Kelvin sign, through which it would match `k`.
 */
const CASE_CLOSED = new Set(["L", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "Lu", "Ll"]);

/**
 * Under `i`, `\p{Lu}` and `\p{Ll}` match every letter one of whose cases is in the property: nearly
 * every Latin letter, `ß` through `ẞ` and `µ` through the Greek `Μ` among them. Their Latin parts
 * under `i` are the Latin letters but these, which have no other case in the property (`ı` is no
 * case of `I` in a pattern, as `İ` is none of `i`).
 */
const CASELESS_LEFT_OUT: Readonly<Record<string, string>> = {
  Lu: "ªºıĸŉƍƪƫƺƻƾǀǁǂǃǰȡȴȵȶȷȸȹ",
  Ll: "ªºİƻǀǁǂǃ",
};

/** Characters that fit at once: Latin, and punctuation, currency and symbol blocks without letters, marks or digits. */
const NOT_AT_ONCE = /[^\0-\u024f\u2000-\u206f\u20a0-\u20c0\u2190-\u23ff\u2500-\u2775\u2794-\u27bf]/;

/** A letter, mark or digit beyond Latin: a text holding one does not fit. */
const BEYOND_LATIN = /(?![\0-\u024f])[\p{L}\p{M}\p{N}]/u;

/** What narrowing reads of a source: a property escape (`\p{L}`, `\P{Lu}`), any other escape, a class's bracket. */
const TOKEN = /\\(p)\{(\w+)\}|\\.|[[\]]/gis;

/** Each property's Latin part, as class ranges (`\u0041-\u005a…`), built once. */
const latinParts = new Map<string, string>();

/** The texts last asked about, and whether they fit: most patterns in a row are tried on one text. */
let lastText: string | undefined;
let lastFits = false;

/** Whether every letter, mark and digit of a text is Latin (at most U+024F). */
export function fitsLatin(text: string): boolean {
  if (text === lastText) return lastFits;
  lastText = text;
  lastFits = !NOT_AT_ONCE.test(text) || !BEYOND_LATIN.test(text);
  return lastFits;
}

/**
 * The source of a pattern with its letter, mark and number classes cut to their Latin parts,
 * which finds in a text that {@link fitsLatin} the same matches as the source; null when the
 * pattern is not in `u` mode or has no such class to cut.
 */
export function narrowToLatin(source: string, flags: string): string | null {
  if (!flags.includes("u")) return null;
  const caseless = flags.includes("i");
  const properties = caseless ? CASE_CLOSED : NARROWED;
  let inClass = false;
  // Replaced token by token rather than read character by character: the sources are long, and
  // narrowing them was a good part of a first document's time.
  const narrowed = source.replace(TOKEN, (token: string, sign: string | undefined, name: string | undefined) => {
    // In `u` mode a class holds no class: `[` inside one is a character.
    if (token === "[" || token === "]") inClass = token === "[";
    if (sign === undefined || !properties.has(name!) || (caseless && sign === "P")) return token;
    return classOf(latinPart(name!, caseless), sign === "P", inClass);
  });
  // A class cut is never written as its escape was: an unchanged source had nothing to cut.
  return narrowed === source ? null : narrowed;
}

/**
 * A property's Latin part written where the property stood: a class outside a class, ranges
 * inside one. A negated property inside a class is written as the ranges of its complement.
 */
function classOf(ranges: string, negated: boolean, inClass: boolean): string {
  if (!inClass) return negated ? `[^${ranges}]` : `[${ranges}]`;
  return negated ? complement(ranges) : ranges;
}

/** The ranges of every code point outside the given Latin ranges (up to U+10FFFF). */
function complement(ranges: string): string {
  const points = rangePoints(ranges);
  let written = "";
  let next = 0;
  for (const [from, to] of points) {
    if (from > next) written += rangeText(next, from - 1);
    next = to + 1;
  }
  return written + rangeText(next, 0x10ffff);
}

/** The [from, to] pairs of ranges written by {@link rangeText}. */
function rangePoints(ranges: string): Array<[number, number]> {
  return [...ranges.matchAll(/\\u\{([\da-f]+)\}(?:-\\u\{([\da-f]+)\})?/gu)].map((match) => {
    const from = Number.parseInt(match[1]!, 16);
    return [from, match[2] === undefined ? from : Number.parseInt(match[2], 16)];
  });
}

/** One range as class text. */
function rangeText(from: number, to: number): string {
  const point = (code: number): string => `\\u{${code.toString(16)}}`;
  return from === to ? point(from) : `${point(from)}-${point(to)}`;
}

/**
 * The general category of each code point from U+0000 to LATIN_END, a letter each: U Lu, l Ll,
 * t Lt, m Lm, o Lo, n Mn, c Mc, e Me, d Nd, r Nl, x No, "." any other. Read instead of testing
 * each code point with `^\p{…}$`, which compiled each property's full Unicode class: about 1.5% of
 * a one-file run. test/latin-narrowing.test.ts compares every narrowed class with the full one on
 * every character, so a Unicode update that moves one of these code points fails it.
 */
const LATIN_CATEGORIES =
  "................................................dddddddddd......" +
  ".UUUUUUUUUUUUUUUUUUUUUUUUUU......llllllllllllllllllllllllll....." +
  "..........................................o.......xx.l...xo.xxx." +
  "UUUUUUUUUUUUUUUUUUUUUUU.UUUUUUUllllllllllllllllllllllll.llllllll" +
  "UlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUllUlUlUlU" +
  "lUlUlUlUllUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUUlUlUll" +
  "lUUlUlUUlUUUllUUUUlUUlUUUlllUUlUUlUlUlUUlUllUlUUlUUUlUlUUlloUlll" +
  "ooooUtlUtlUtlUlUlUlUlUlUlUlUllUlUlUlUlUlUlUlUlUllUtlUlUUUlUlUlUl" +
  "UlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlllllllUUlUUl" +
  "lUlUUUUlUlUlUlUl";

/**
 * The Latin characters of a property, as class ranges; read once per property, then kept. Under
 * `i` (`caseless`), those of `Lu` and `Ll` are the Latin letters but the ones left out.
 */
function latinPart(property: string, caseless: boolean): string {
  const leftOut = caseless ? CASELESS_LEFT_OUT[property] : undefined;
  const key = leftOut === undefined ? property : `${property}/i`;
  let ranges = latinParts.get(key);
  if (ranges === undefined) {
    const letters = leftOut === undefined ? (CATEGORY_LETTERS[property] ?? "") : CATEGORY_LETTERS.L!;
    ranges = "";
    let start = -1;
    for (let code = 0; code <= LATIN_END + 1; code += 1) {
      const inside =
        code <= LATIN_END &&
        letters.includes(LATIN_CATEGORIES[code]!) &&
        !(leftOut?.includes(String.fromCharCode(code)) ?? false);
      if (inside && start < 0) start = code;
      if (!inside && start >= 0) {
        ranges += rangeText(start, code - 1);
        start = -1;
      }
    }
    latinParts.set(key, ranges);
  }
  return ranges;
}
