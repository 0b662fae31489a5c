import { describe, expect, it } from "vitest";
import { findColumn, toColumnLines } from "../src/columns.js";
import { toLines } from "../src/normalize.js";

/** Lines of a page laid out as a table: a sidebar cell, then the article's cell at column 30. */
function twoColumns(side: readonly string[], main: readonly string[]): string[] {
  return main.map((text, index) => `${(side[index] ?? "").padEnd(30)}${text}`.trimEnd());
}

const MAIN = [
  "How long have you kept the lighthouse?",
  "",
  "Twenty-two years this spring. My mother kept it",
  "before me, and her uncle before her.",
  "",
  "Do you ever leave the island?",
  "",
  "Once a month, for the market on the mainland.",
  "",
  "And in a storm?",
  "",
  "Then nobody leaves, and the light matters most.",
];
const SIDE = ["HOME", "NEWS", "SPORTS", "WEATHER", "TIDES", "*", "ARCHIVE", "CONTACT", "JOBS", "*", "HELP", "SEARCH"];

describe("toColumnLines", () => {
  it("reads a sidebar and the article each on its own, the sidebar first, keeping line numbers", () => {
    const lines = toColumnLines(twoColumns(SIDE, MAIN).join("\n"));
    const texts = lines.map((line) => line.text);
    expect(texts.slice(0, MAIN.length)).toEqual(SIDE.slice(0, MAIN.length));
    expect(texts.slice(MAIN.length + 1)).toEqual(MAIN);
    expect(lines.find((line) => line.text === "Do you ever leave the island?")?.number).toBe(6);
  });

  it("reads a text without columns as its plain lines, and a text with columns apart from them", () => {
    const plain = MAIN.join("\n");
    const lines = toLines(plain);
    expect(toColumnLines(plain, lines)).toBe(lines);
    expect(toColumnLines(plain)).toEqual(lines);
    const columns = twoColumns(SIDE, MAIN).join("\n");
    const read = toColumnLines(columns, toLines(columns));
    expect(read).toEqual(toColumnLines(columns));
    expect(read).not.toEqual(toLines(columns));
  });

  it("leaves prose and indented paragraphs alone", () => {
    const prose = [
      "The keeper, who has  kept the light for",
      "twenty-two years, says  the island is",
      "quiet in winter and busy  in summer.",
    ];
    expect(findColumn(prose)).toBeNull();
    const indented = MAIN.map((line) => `          ${line}`);
    expect(findColumn(indented)).toBeNull();
    expect(toColumnLines(indented.join("\n")).map((line) => line.text)).toEqual(MAIN);
  });

  it("does not split where words run across the column", () => {
    const prose = Array.from(
      { length: 4 },
      () => "The keeper says that the lighthouse was painted white in the spring.",
    );
    const rows = twoColumns(SIDE, MAIN);
    const crossing = [...rows.slice(0, 6), ...prose, ...rows.slice(6)];
    expect(findColumn(crossing)).toBeNull();
  });
});
