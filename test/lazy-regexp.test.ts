/**
 * LazyRegExp: the same answers as the RegExp it stands for, compiled once, on first use.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closableClasses, LazyRegExp } from "../src/lazy-regexp.js";

describe("LazyRegExp", () => {
  it("matches as the RegExp of the same source and flags does", () => {
    const source = "(?<![\\p{L}\\p{M}])(\\p{Lu}\\p{Ll}+)\\s(\\p{Lu}\\p{Ll}+)";
    const lazy = new LazyRegExp(source, "u");
    const eager = new RegExp(source, "u");
    for (const text of ["said Émile Zola today", "no names here", "ÉMILE ZOLA", "über Ärzte Österreichs"]) {
      expect(lazy.exec(text)).toEqual(eager.exec(text));
      expect(lazy.test(text)).toBe(eager.test(text));
    }
  });

  it("builds its RegExp once and keeps it", () => {
    const lazy = new LazyRegExp("^q\\d+$", "iu");
    expect(lazy.regexp).toBe(lazy.regexp);
    expect(lazy.regexp.flags).toBe("iu");
    expect(lazy.test("Q12")).toBe(true);
  });
});

describe("LazyRegExp.matchAll", () => {
  const name = new LazyRegExp(String.raw`(\p{Lu}\p{Ll}+)(?:\s(\p{Lu}\p{Ll}+))?`, "gu");
  const full = new RegExp(name.source, name.flags);

  it.each(["said Émile Zola to Jane Roe and Влад", "no names here", "Ana, Bo and Cy", ""])(
    "finds the matches String.prototype.matchAll finds in %j",
    (text) => {
      expect(name.matchAll(text)).toEqual([...text.matchAll(full)]);
    },
  );

  it("steps past empty matches, a surrogate pair as one character", () => {
    const empty = new LazyRegExp(String.raw`\p{Lu}*`, "gu");
    for (const text of ["a😀B", "😀😀", "AB c"])
      expect(empty.matchAll(text)).toEqual([...text.matchAll(new RegExp(empty.source, "gu"))]);
  });

  it("leaves the pattern ready for the next text", () => {
    expect(name.matchAll("Jane Roe")).toHaveLength(1);
    expect(name.regexpFor("Jane Roe").lastIndex).toBe(0);
    expect(name.matchAll("Jane Roe")).toHaveLength(1);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => new LazyRegExp("a", "u").matchAll("a")).toThrow(TypeError);
  });
});

describe("LazyRegExp narrowed to Latin letters", () => {
  const name = new LazyRegExp(String.raw`^(\p{Lu}[\p{L}\p{M}'’-]*)\s(\p{Lu}[\p{L}\p{M}'’-]*)`, "u");
  const full = new RegExp(name.source, name.flags);

  it.each(["Jane Roe said", "Ciarán Ó Briain said", "Влад Петров said", "Ana e\u0301 said", "lower case"])(
    "finds what the full pattern finds in %j",
    (text) => {
      expect(name.exec(text)).toEqual(full.exec(text));
      expect(name.test(text)).toBe(full.test(text));
    },
  );

  it("reads a text of other letters with the full pattern", () => {
    expect(name.regexpFor("Влад Петров").source).toBe(name.source);
    expect(name.regexpFor("Jane Roe").source).not.toBe(name.source);
  });
});

describe("LazyRegExp of a RegExp", () => {
  it("keeps the RegExp as its full pattern and narrows a copy", () => {
    const full = /^\p{Lu}\p{Ll}+$/u;
    const lazy = new LazyRegExp(full);
    expect(lazy.regexp).toBe(full);
    expect([lazy.source, lazy.flags]).toEqual([full.source, full.flags]);
    expect(lazy.regexpFor("Влад")).toBe(full);
    expect(lazy.regexpFor("Jane")).not.toBe(full);
    expect(["Jane", "jane", "Влад", "Ω"].map((text) => lazy.test(text))).toEqual([true, false, true, false]);
  });
});

describe("LazyRegExp.replace", () => {
  it.each([
    ["(\\p{Ll})(\\p{Lu})", "gu", "camelCaseName Ünd", "$1-$2"],
    ["\\s\\p{Lu}\\p{Ll}+$", "u", "said Émile", ""],
    ["(\\p{Ll})(\\p{Lu})", "gu", "мойДом myHouse", "$1-$2"],
  ])("replaces as String.prototype.replace does: /%s/%s in %j", (source, flags, text, replacement) => {
    expect(new LazyRegExp(source, flags).replace(text, replacement)).toBe(
      text.replace(new RegExp(source, flags), replacement),
    );
  });
});

describe("closableClasses", () => {
  it("spells out \\S and . outside classes as negated classes, in case-insensitive Unicode patterns only", () => {
    const source = String.raw`^a\Sb.c[.\S]\\S\.(?<=.)$`;
    expect(closableClasses(source, "iu")).toBe(
      String.raw`^a[^\s]b[^\n\r\u2028\u2029]c[.\S]\\S\.(?<=[^\n\r\u2028\u2029])$`,
    );
    expect(closableClasses(source, "u")).toBe(source);
    expect(closableClasses(source, "i")).toBe(source);
    expect(closableClasses(".", "isu")).toBe(".");
  });

  it("matches what the source matches, astral characters, lone surrogates and case variants included", () => {
    const sources = [String.raw`^\S+$`, String.raw`^k.{0,3}s$`, String.raw`(?<=\S)x\S?.`, String.raw`^[^\s]\S*.$`];
    const text = fc.string({
      unit: fc.constantFrom(
        "k",
        "K",
        "\u212a",
        "s",
        "S",
        "\u017f",
        " ",
        "\n",
        "\u2028",
        "x",
        "X",
        "😀",
        "\ud83d",
        "\ude00",
        "é",
      ),
      maxLength: 8,
    });
    fc.assert(
      fc.property(text, (subject) => {
        for (const source of sources) {
          const written = new RegExp(closableClasses(source, "giu"), "giu");
          expect([...subject.matchAll(written)].map((match) => [match.index, match[0]])).toEqual(
            [...subject.matchAll(new RegExp(source, "giu"))].map((match) => [match.index, match[0]]),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
