import { describe, expect, it } from "vitest";
import { BlockKeys, textKey } from "../src/classify/block-keys.js";

describe("BlockKeys", () => {
  // Equal keys: case, punctuation and spacing apart, the same text.
  const keys = new BlockKeys([
    "Harbour News",
    "Pilot Retires",
    "harbour news!",
    "A Ferry Story",
    "PILOT  retires",
    "Harbour",
  ]);

  it("gives each block's key", () => {
    expect(keys.key(2)).toBe("harbour news");
  });

  it("tells blocks with equal keys from others", () => {
    expect(keys.same(0, 2)).toBe(true);
    expect(keys.same(1, 4)).toBe(true);
    expect(keys.same(0, 5)).toBe(false);
    expect(keys.has(4, "pilot retires")).toBe(true);
    expect(keys.has(4, "pilot")).toBe(false);
  });

  it("finds the first block with a key from a position on", () => {
    expect(keys.indexOf("harbour news")).toBe(0);
    expect(keys.indexOf("harbour news", 1)).toBe(2);
    expect(keys.indexOf("harbour news", 3)).toBe(-1);
    expect(keys.indexOf("ferry")).toBe(-1);
  });

  it("tells a text printed twice from one printed once", () => {
    expect([0, 1, 2, 3, 4, 5].map((index) => keys.isRepeated(index))).toEqual([true, true, true, false, true, false]);
  });

  it("finds each block by its key, ASCII or not, whatever its edges and runs of punctuation", () => {
    const texts = [
      "",
      "!!!",
      "  -- Harbour, News --  ",
      "harbour news",
      "Q1: 2024\tfigures",
      "\u212Aelvin",
      "Café  crème",
      "a\u00a0b",
      "“Harbour” — «news»…",
      "harbour news",
      "Harbour’s news\u2029",
      "\u2013Ελλάς\u2014",
      "A B",
      `${"Harbour ".repeat(10)}x`,
      `${"harbour ".repeat(10)}y`,
      `${"HARBOUR ".repeat(10)}X!`,
      `${"harbour ".repeat(10)}é`,
      `${"harbour ".repeat(10)}É`,
    ];
    const blocks = new BlockKeys(texts);
    texts.forEach((text, index) => {
      expect(blocks.has(index, textKey(text))).toBe(true);
      texts.forEach((other, at) => expect(blocks.same(index, at)).toBe(textKey(text) === textKey(other)));
    });
  });
});
