import { describe, expect, it } from "vitest";
import { fitsLatin, narrowToLatin } from "../src/latin-narrowing.js";

/** Every character up to U+2FFFF that fits, in one string: the texts a narrowed pattern may read. */
const FITTING = (() => {
  const chars: string[] = [];
  for (let code = 0; code < 0x30000; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (fitsLatin(char)) chars.push(char);
  }
  return chars.join("\n");
})();

/** The fitting characters a pattern of one character matches, each replaced by a mark. */
function marked(source: string, flags: string): string {
  return FITTING.replace(new RegExp(source, `${flags}g`), "\u0000");
}

const PROPERTIES = ["L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No"];

/** Each place a property stands in the patterns: alone, negated, in a class, in a negated class. */
const SHAPES = [
  (p: string) => `\\p{${p}}`,
  (p: string) => `\\P{${p}}`,
  (p: string) => `[\\p{${p}}'’.-]`,
  (p: string) => `[^\\p{${p}}\\p{N}]`,
  (p: string) => `[\\P{${p}}\\s]`,
  (p: string) => `[^\\P{${p}}]`,
];

describe("narrowToLatin", () => {
  for (const flags of ["u", "iu"]) {
    it(`matches every fitting character as the full pattern does (${flags})`, () => {
      for (const property of PROPERTIES) {
        for (const shape of SHAPES) {
          const source = shape(property);
          const narrowed = narrowToLatin(source, flags) ?? source;
          expect(marked(narrowed, flags), `${source} /${flags}`).toBe(marked(source, flags));
        }
      }
    });
  }

  it("cuts letter, mark and number classes to their Latin part", () => {
    expect(narrowToLatin(String.raw`^\p{L}+$`, "u")).toBe(
      String.raw`^[\u{41}-\u{5a}\u{61}-\u{7a}\u{aa}\u{b5}\u{ba}\u{c0}-\u{d6}\u{d8}-\u{f6}\u{f8}-\u{24f}]+$`,
    );
    expect(narrowToLatin(String.raw`\p{Nd}`, "u")).toBe(String.raw`[\u{30}-\u{39}]`);
    expect(narrowToLatin(String.raw`[\p{M}x]`, "u")).toBe("[x]");
    expect(narrowToLatin(String.raw`\P{Nd}`, "u")).toBe(String.raw`[^\u{30}-\u{39}]`);
  });

  it("cuts upper- and lower-case classes under `i` to the Latin letters with another case in them", () => {
    // `µ` is a case of the Greek `Μ`, `ß` of `ẞ`; `ı` and `ĸ` are no case of a capital.
    const upper = new RegExp(narrowToLatin(String.raw`^\p{Lu}$`, "iu")!, "iu");
    expect(["a", "µ", "ß", "ſ", "Ÿ"].filter((char) => upper.test(char))).toEqual(["a", "µ", "ß", "ſ", "Ÿ"]);
    expect(["ı", "ĸ", "ª", "1"].filter((char) => upper.test(char))).toEqual([]);
  });

  it("leaves what it cannot narrow", () => {
    expect(narrowToLatin("[a-z]+", "u")).toBeNull();
    expect(narrowToLatin(String.raw`\p{L}`, "")).toBeNull();
    expect(narrowToLatin(String.raw`\p{Script=Han}|\p{P}`, "u")).toBeNull();
    // Under `i`, `\P{L}` narrowed would match `k` through the Kelvin sign; `\p{Lt}` matches letters beyond its own.
    expect(narrowToLatin(String.raw`\p{Lt}|\P{L}`, "iu")).toBeNull();
    expect(narrowToLatin(String.raw`\\p{L}`, "u")).toBeNull();
  });
});

describe("fitsLatin", () => {
  it.each([
    ["Café déjà vu — “quoted”, 10 € → ✓", true],
    ["Straße, Łódź, İstanbul, Șerban", true],
    ["A smile 😀 and a box ┌─┐", true],
    ["", true],
    ["Москва", false],
    ["東京", false],
    ["e\u0301", false],
    ["the first ① point", false],
    ["Ελλάδα", false],
  ])("%j: %s", (text, fits) => {
    expect(fitsLatin(text)).toBe(fits);
  });
});
