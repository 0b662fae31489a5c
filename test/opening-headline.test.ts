import { describe, expect, it } from "vitest";
import {
  headlineOverDate,
  headlineUnderDate,
  openingHeadline,
  type OpeningBlock,
} from "../src/classify/opening-headline.js";

const text = (value: string): OpeningBlock => ({ block: { text: value }, chrome: null, fact: null });
const chrome = (value: string): OpeningBlock => ({ block: { text: value }, chrome: {}, fact: null });
const fact = (value: string): OpeningBlock => ({ block: { text: value }, chrome: null, fact: {} });

const HEADLINE = "The slow road to digital records in harbour hospitals";
const FIRST =
  "Digital records were meant to reach every harbour hospital by now, yet the wards still write on paper and fax the results.";
const SECOND = "The hospitals blame their old systems, which were never built to talk to each other.";

describe("headline under the date line", () => {
  it("takes the headline printed under the date line, when the line found above it is a short link", () => {
    const blocks = [
      text("Back to overview"),
      fact("By Lena Ortiz, 14 March 2024"),
      text(HEADLINE),
      text(FIRST),
      text(SECOND),
    ];
    expect(headlineUnderDate(blocks, { start: 2, end: 4 }, 0)).toBe(2);
  });

  it("takes it above the range too, across share buttons, where it would be read as the deck", () => {
    const blocks = [
      fact("By Lena Ortiz, 14 March 2024"),
      text(HEADLINE),
      chrome("Share Facebook"),
      text(FIRST),
      text(SECOND),
    ];
    expect(headlineUnderDate(blocks, { start: 3, end: 4 }, null)).toBe(1);
  });

  it("keeps a headline found above the date line that is a headline's length", () => {
    const blocks = [
      text("Harbour hospitals still wait for their new systems"),
      fact("14 March 2024"),
      text(HEADLINE),
      text(FIRST),
    ];
    expect(headlineUnderDate(blocks, { start: 2, end: 3 }, 0)).toBeNull();
  });

  it.each([
    ["no date line above it", [text("Back to overview"), text(HEADLINE), text(FIRST)]],
    ["a sentence, not a headline", [fact("14 March 2024"), text(`${HEADLINE}.`), text(FIRST)]],
    [
      "a question label",
      [fact("14 March 2024"), text("Q: The slow road to digital records in harbour hospitals"), text(FIRST)],
    ],
    ["no word of the article", [fact("14 March 2024"), text("Weather and tides for the weekend ahead"), text(FIRST)]],
  ])("takes nothing with %s", (_name, blocks) => {
    expect(headlineUnderDate(blocks, { start: 1, end: blocks.length - 1 }, null)).toBeNull();
  });
});

describe("headline opening the page", () => {
  it("takes the first block over a standfirst when nothing of the page stands before it", () => {
    expect(openingHeadline([chrome("Menu"), text(HEADLINE), text(FIRST)], { start: 1, end: 2 })).toBe(1);
    expect(openingHeadline([text("Menu"), text(HEADLINE), text(FIRST)], { start: 1, end: 2 })).toBeNull();
  });
});

describe("headline over the date line at the range's opening", () => {
  const dated = (blocks: readonly OpeningBlock[]) => (index: number) => blocks[index]!.fact !== null;

  it("takes the headline the range opened on when its date line stands right under it", () => {
    const blocks = [
      text("Blog - Latest News"),
      text("The slow road to digital records in harbour hospitals!"),
      fact("14 March 2024/0 Comments/in Health"),
      text(FIRST),
      text(SECOND),
    ];
    expect(headlineOverDate(blocks, { start: 1, end: 4 }, 0, dated(blocks))).toBe(1);
  });

  it.each([
    ["a question, which may be an interview's first", "Why are digital records so slow to reach harbour hospitals?"],
    ["a sentence", "Digital records are slow to reach harbour hospitals."],
  ])("leaves %s", (_, opening) => {
    const blocks = [text(opening), fact("14 March 2024"), text(FIRST), text(SECOND)];
    expect(headlineOverDate(blocks, { start: 0, end: 3 }, null, dated(blocks))).toBeNull();
  });

  it("keeps a headline found above that is a headline's length", () => {
    const blocks = [
      text("Harbour hospitals still wait for their new systems"),
      text(HEADLINE),
      fact("14 March 2024"),
      text(FIRST),
      text(SECOND),
    ];
    expect(headlineOverDate(blocks, { start: 1, end: 4 }, 0, dated(blocks))).toBeNull();
  });
});
