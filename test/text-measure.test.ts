/**
 * A text's measure is taken once per document: while a document is read, a rule asking of a text
 * another rule measured gets the kept value; outside a reading, and after it, the measure is taken anew.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measuringDocument, TextMeasure } from "../src/text-measure.js";
import { hasAtMostWords, wordCount, wordCountUpTo } from "../src/normalize.js";

/** A measure of a text's length that tallies how often it was taken. */
function countedLength(): { measure: TextMeasure<number>; takings: string[] } {
  const takings: string[] = [];
  const measure = new TextMeasure((text) => {
    takings.push(text);
    return text.length;
  });
  return { measure, takings };
}

describe("TextMeasure", () => {
  it("takes a measure once per text while a document is read", () => {
    const { measure, takings } = countedLength();
    const values = measuringDocument(() => [measure.of("abc"), measure.of("de"), measure.of("abc"), measure.of("de")]);
    expect(values).toEqual([3, 2, 3, 2]);
    expect(takings).toEqual(["abc", "de"]);
  });

  it("takes it each time outside a document's reading", () => {
    const { measure, takings } = countedLength();
    expect([measure.of("abc"), measure.of("abc")]).toEqual([3, 3]);
    expect(takings).toEqual(["abc", "abc"]);
  });

  it("lets go of the values when the document's reading ends, even by an error", () => {
    const { measure, takings } = countedLength();
    measuringDocument(() => measure.of("abc"));
    expect(() =>
      measuringDocument(() => {
        measure.of("abc");
        throw new Error("unreadable");
      }),
    ).toThrow("unreadable");
    measuringDocument(() => measure.of("abc"));
    expect(takings).toEqual(["abc", "abc", "abc"]);
    expect(TextMeasure.keeping).toBe(false);
  });
});

describe("TextMeasure on a big document", () => {
  it("keeps only the texts measured last: a dump's hundred thousand blocks are not all held", () => {
    const { measure, takings } = countedLength();
    measuringDocument(() => {
      for (let index = 0; index < 20_000; index += 1) measure.of(`block ${index}`);
      measure.of("block 19999");
      measure.of("block 0");
    });
    expect(takings.length).toBe(20_001);
    expect(takings.at(-1)).toBe("block 0");
  });
});

describe("word counts while a document is read", () => {
  it("give what they give outside it, whatever the limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), fc.nat(30), (text, limit) => {
        const outside = {
          words: wordCount(text),
          upTo: wordCountUpTo(text, limit),
          atMost: hasAtMostWords(text, limit),
        };
        const inside = measuringDocument(() => ({
          atMost: hasAtMostWords(text, limit),
          upTo: wordCountUpTo(text, limit),
          words: wordCount(text),
        }));
        expect(inside.words).toBe(outside.words);
        expect(inside.atMost).toBe(outside.atMost);
        // Up to the limit, the count; past it, some larger number.
        expect(Math.min(inside.upTo, limit + 1)).toBe(Math.min(outside.upTo, limit + 1));
      }),
      { numRuns: 300 },
    );
  });
});
