import { describe, expect, it } from "vitest";
import { lineReader, splitLines, toLines } from "../src/normalize.js";

describe("lineReader", () => {
  it.each([
    ["one line"],
    ["unix\nlines\n"],
    ["windows\r\nlines\r\n\r\nand a blank one"],
    ["old mac\rlines\r\r"],
    ["mixed\r\n\n\r\u2028separators\u2029end"],
    ["  spaced   out\t\n\u200bhidden\u00a0space "],
    [""],
  ])("reads the lines of %j as toLines splits them", (text) => {
    const lines = toLines(text);
    expect(lineReader(text)(1, lines.length)).toEqual(lines);
  });

  it("reads a range of lines, and none past the end", () => {
    const read = lineReader("a\nb\r\nc\rd");
    expect(read(2, 3)).toEqual([
      { number: 2, text: "b" },
      { number: 3, text: "c" },
    ]);
    expect(read(4, 9)).toEqual([{ number: 4, text: "d" }]);
    expect(read(5, 9)).toEqual([]);
  });
});

describe("splitLines", () => {
  it.each([
    ["unix\nlines\n", ["unix", "lines", ""]],
    ["windows\r\nlines\r\n\r\nend", ["windows", "lines", "", "end"]],
    ["old mac\rlines", ["old mac", "lines"]],
    ["mixed\r\n\n\r\u2028separators\u2029end", ["mixed", "", "", "", "separators", "end"]],
    ["", [""]],
  ])("cuts %j at every platform's line ends", (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});

describe("toLines", () => {
  it.each([
    ["plain lines, trimmed", "  Q: Why?  \nA: Because. \n   \n\nend", ["Q: Why?", "A: Because.", "", "", "end"]],
    ["every platform's line ends", "a\r\nb\rc\u2028d\u2029e\n", ["a", "b", "c", "d", "e", ""]],
    ["runs of spaces and tabs collapsed", "two  spaces\tand a tab", ["two spaces and a tab"]],
    ["invisibles and no-break spaces", "\u00adsoft\u00a0space\u200b here", ["soft space here"]],
    ["curly quotes and a decomposed accent", " “cafe\u0301” — ok ", ["“café” — ok"]],
    ["an empty text", "", [""]],
  ])("normalizes each line of %s", (_name, text, lines) => {
    expect(toLines(text).map((line) => line.text)).toEqual(lines);
    expect(toLines(text).map((line) => line.number)).toEqual(lines.map((_, index) => index + 1));
  });
});
