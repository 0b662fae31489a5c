/**
 * The `--explain` view: 80 columns whatever the text, reasons shown once per
 * run of a class, colors only when asked for.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { EXPLAIN_WIDTH, fitColumns, renderExplanation } from "../src/cli/explain-view.js";
import { explainLines, type ExplainedLine } from "../src/explain.js";
import { analyze } from "../src/extract.js";
import { SEED } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const PLAIN = new Chalk({ level: 0 });
const COLORED = new Chalk({ level: 1 });
/** ANSI escape sequences, for measuring colored text. */
const ANSI = /\u001b\[[\d;]*m/gu;

/** Terminal columns of a line: wide scripts take two. */
function columns(line: string): number {
  return [...line.replace(ANSI, "")].reduce(
    (sum, char) =>
      sum + (/[\u1100-\u115F\u2E80-\u9FFF\uAC00-\uD7A3\uFF00-\uFF60]/u.test(char) ? 2 : /\p{M}/u.test(char) ? 0 : 1),
    0,
  );
}

/** The explanation of the reference seed. */
function seedRows(): ExplainedLine[] {
  return explainLines(analyze(readFileSync(SEED), { name: "seed.txt" }));
}

describe("fitColumns", () => {
  it("pads short text and cuts long text with an ellipsis, to exactly the width", () => {
    expect(fitColumns("abc", 6)).toBe("abc   ");
    expect(fitColumns("abcdefgh", 6)).toBe("abcde…");
    expect(fitColumns("abcdef", 6)).toBe("abcdef");
  });

  it("counts wide characters as two columns", () => {
    expect(fitColumns("问答问答", 5)).toBe("问答…");
    expect(fitColumns("问答问答", 6)).toBe("问答… ");
    expect(columns(fitColumns("中华人民共和国外交部", 9))).toBe(9);
  });
});

describe("renderExplanation", () => {
  it("keeps every row within 80 columns, colored or not", () => {
    for (const chalk of [PLAIN, COLORED]) {
      const lines = renderExplanation("seed.txt", seedRows(), chalk).trimEnd().split("\n");
      expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(EXPLAIN_WIDTH);
    }
  });

  it("shows a row per input line: number, tag, excerpt, reason and rule id", () => {
    const text = renderExplanation("seed.txt", seedRows(), PLAIN);
    const lines = text.split("\n");
    expect(lines[0]).toBe("# seed.txt");
    expect(lines[1]).toMatch(/^ {2}1 title {4}Iran-Russia Military Cooperation Proc… {2}headline before the article$/u);
    // The rule's id follows its reason, on a continuation row when the column is full.
    expect(lines[2]).toMatch(/^ {53}\(layout\/title\)$/u);
    expect(lines[4]).toMatch(/^ {2}3 removed {2}\| {39}separator line$/u);
    expect(lines[5]).toMatch(/^ {53}\(chrome\/separator\)$/u);
    expect(text).not.toContain("\u001b[");
  });

  it("writes a reason once per class and ditto marks after it", () => {
    const lines = renderExplanation("seed.txt", seedRows(), PLAIN).split("\n");
    const questions = lines.filter((line) => /^ *\d+ question /u.test(line));
    expect(questions).toHaveLength(9);
    expect(questions[0]).toMatch(/paragraph ends with a$/u);
    expect(questions.slice(1).every((line) => line.endsWith("″"))).toBe(true);
  });

  it("ends with the count of lines per class and the ditto legend", () => {
    const lines = renderExplanation("seed.txt", seedRows(), PLAIN).trimEnd().split("\n");
    expect(lines.slice(-3)).toEqual([
      "lines: 1 title, 3 meta, 5 removed, 1 lead, 10 summary, 1 intro, 9 question,",
      "       27 answer",
      "″ same reason (rule) as the previous line of that class",
    ]);
  });

  it("colors tags by class when the stream allows", () => {
    const text = renderExplanation("seed.txt", seedRows(), COLORED);
    expect(text).toContain(COLORED.bold.yellow("question"));
    expect(text).toContain(COLORED.green("answer  "));
    expect(text).toContain(COLORED.red("removed "));
  });

  it("shows an HTML page's text and the elements the reader removed, not its markup", () => {
    const page = path.join(ROOT, "fixtures", "html-borna", "input.html");
    const rows = explainLines(analyze(readFileSync(page), { name: "page.html" }));
    expect(rows.some((row) => row.class !== "blank" && row.text.includes("<p"))).toBe(false);
    expect(rows).toContainEqual(expect.objectContaining({ class: "chrome", reason: "page header" }));
    expect(rows.find((row) => row.class === "question")?.text).toMatch(/^How many wild sturgeon/u);
  });
});
