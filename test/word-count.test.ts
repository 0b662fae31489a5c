/**
 * The word count every rule shares is a scan over a table of character classes;
 * it must count exactly what its definition, a Unicode pattern, matches. Line
 * normalization skips its passes on plain lines; it must give what they give.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  afterLetters,
  countLetters,
  countLowerCase,
  countUpperCase,
  hasAtMostWords,
  hasLowerCase,
  normalizeText,
  upperCaseLength,
  wordCount,
} from "../src/normalize.js";

/** The definition: runs of letters or digits, with marks, apostrophes and hyphens inside. */
function definedCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

describe("wordCount", () => {
  it("counts words in several scripts, with marks, apostrophes, hyphens, astral letters and lone surrogates", () => {
    expect(wordCount("It's a well-known fact — 42 times.")).toBe(6);
    expect(wordCount("آقای جلالی، سفیر ایران")).toBe(4);
    expect(wordCount("e\u0301te\u0301 ’twas 𝐀𝐁 \ud800 x")).toBe(4);
    expect(wordCount("")).toBe(0);
  });

  it("agrees with its pattern on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 })),
        (text) => {
          expect(wordCount(text)).toBe(definedCount(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hasAtMostWords answers as the full count does, whatever the limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), fc.nat(30), (text, limit) => {
        expect(hasAtMostWords(text, limit)).toBe(definedCount(text) <= limit);
      }),
      { numRuns: 300 },
    );
  });
});

describe("letter and case counts", () => {
  /** How many matches of a global pattern a text holds. */
  const matches = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

  it("count what their Unicode classes match, astral letters and lone surrogates included", () => {
    expect(countUpperCase("Éric ÇA 𝐀 \ud835 ǅ")).toBe(4);
    expect(countLowerCase("Éric ça ß µ 𝐚")).toBe(8);
    expect(countLetters("Ли 李 ا 1 \u0301")).toBe(4);
    expect(hasLowerCase("NASA ДА")).toBe(false);
    expect(upperCaseLength("𝐀b", 0)).toBe(2);
  });

  it("agree with their patterns on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 120 }), fc.string({ unit: "grapheme", maxLength: 120 })),
        (text) => {
          expect(countUpperCase(text)).toBe(matches(text, /\p{Lu}/gu));
          expect(countLowerCase(text)).toBe(matches(text, /\p{Ll}/gu));
          expect(countLetters(text)).toBe(matches(text, /\p{L}/gu));
          expect(hasLowerCase(text)).toBe(/\p{Ll}/u.test(text));
          expect(upperCaseLength(text, 0) > 0).toBe(/^\p{Lu}/u.test(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("afterLetters", () => {
  it("ends a run of letters where its pattern does, from any character", () => {
    expect(afterLetters("Ça va? 𝐀𝐁c1", 0)).toBe(2);
    expect(afterLetters("Ça va? 𝐀𝐁c1", 7)).toBe(12);
    expect(afterLetters("Ça va? 𝐀𝐁c1", 2)).toBe(2);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.nat(60), (text, start) => {
        // A character's start: a pattern read from inside a surrogate pair starts at the pair.
        const at = [...text].slice(0, start).join("").length;
        const run = /\p{L}*/uy;
        run.lastIndex = at;
        expect(afterLetters(text, at)).toBe(at + run.exec(text)![0].length);
      }),
      { numRuns: 300 },
    );
  });
});

/** The definition of a normalized line or block: NFC, invisibles and stray joiners removed, every run of whitespace one space, trimmed. */
function definedNormalization(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, "")
    .replace(/(?<!\p{Extended_Pictographic}\uFE0F?)\u200D/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

describe("normalizeText", () => {
  it("gives what the full normalization gives, on plain lines and on any others", () => {
    expect(normalizeText("  Plain  line\u00A0with\tspaces\u00AD ")).toBe("Plain line with spaces");
    expect(normalizeText("Cafe\u0301 ok ")).toBe("Café ok");
    const spaces = fc.constantFrom(" ", "  ", "\t", "\u00A0", "\u00AD", "\u0301", "\u200B", "a", "Z", "é", "\n");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 80 }),
          fc.array(spaces, { maxLength: 40 }).map((parts) => parts.join("")),
        ),
        (text) => {
          expect(normalizeText(text)).toBe(definedNormalization(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
