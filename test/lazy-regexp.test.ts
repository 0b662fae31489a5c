/**
 * LazyRegExp: the same answers as the RegExp it stands for, compiled once, on first use.
 */
import { describe, expect, it } from "vitest";
import { LazyRegExp } from "../src/lazy-regexp.js";

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
