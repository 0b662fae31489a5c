/**
 * The `--explain` view: one row per input line — line number, class tag, an
 * excerpt of the text and the rule's reason — fitted to 80 columns, colored
 * when the stream allows, with a count of lines per class at the end.
 *
 *     13 summary  In this interview, Jalali announced…  reporter paragraph before
 *                                                          the interview
 *     14
 *     15 summary  The Iranian Ambassador to Russia s…  ″
 */
import type { ChalkInstance } from "chalk";
import type { ExplainedLine, LineClass } from "../explain.js";
import { printable } from "./printable.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** The view's width in columns: fixed, so it reads the same in any terminal and in a pipe. */
export const EXPLAIN_WIDTH = 80;

/** Width of the reason column; a longer reason wraps onto continuation rows. */
const REASON_WIDTH = 27;

/** Space between the excerpt and the reason. */
const GUTTER = "  ";

/**
 * Shown instead of a reason that repeats the previous row of the same class:
 * nine questions found by one rule show it once, and the text column stays wide.
 */
const DITTO = "″";

/** The tag each class is shown with (the document's own word where it differs from the role's name). */
const TAGS: Readonly<Record<Exclude<LineClass, "blank">, string>> = {
  title: "title",
  meta: "meta",
  chrome: "removed",
  lead: "lead",
  summary: "summary",
  "qa-intro": "intro",
  question: "question",
  answer: "answer",
  closing: "closing",
};

/** Width of the tag column: the longest tag. */
const TAG_WIDTH = Math.max(...Object.values(TAGS).map((tag) => tag.length));

/** Characters that take two columns in a terminal: CJK, Hangul, full-width forms, emoji. */
const WIDE_CHARACTER =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Characters that take no column of their own: combining marks. */
const ZERO_WIDTH_CHARACTER = new LazyRegExp(String.raw`\p{M}`, "u");

/** Paints text in its class's color: reporter text blue, questions yellow, answers green, removed red. */
function paint(chalk: ChalkInstance, lineClass: LineClass, text: string): string {
  switch (lineClass) {
    case "title":
      return chalk.bold.magenta(text);
    case "meta":
      return chalk.cyan(text);
    case "chrome":
      return chalk.red(text);
    case "lead":
      return chalk.bold.blue(text);
    case "summary":
    case "qa-intro":
    case "closing":
      return chalk.blue(text);
    case "question":
      return chalk.bold.yellow(text);
    case "answer":
      return chalk.green(text);
    default:
      return text;
  }
}

/** Columns one character takes in a terminal. */
function charWidth(char: string): number {
  if (ZERO_WIDTH_CHARACTER.test(char)) return 0;
  return WIDE_CHARACTER.test(char) ? 2 : 1;
}

/** Cuts a text to a number of columns, marking a cut with an ellipsis, and pads it to exactly that width. */
export function fitColumns(text: string, width: number): string {
  let used = 0;
  let kept = "";
  const chars = Array.from(text);
  const total = chars.reduce((sum, char) => sum + charWidth(char), 0);
  // Leave a column for the ellipsis only when the text will be cut.
  const room = total <= width ? width : width - 1;
  for (const char of chars) {
    if (used + charWidth(char) > room) break;
    kept += char;
    used += charWidth(char);
  }
  return total <= width ? kept + " ".repeat(width - used) : `${kept}…${" ".repeat(room - used)}`;
}

/** Wraps a reason at spaces into lines of at most `width` columns (a longer word is cut). */
function wrapReason(reason: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of reason.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
    }
    line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((part) => fitColumns(part, width).trimEnd());
}

/** The column layout for one input: line-number width, then excerpt width from what is left. */
interface Layout {
  numberWidth: number;
  textWidth: number;
}

/** Lays out the columns so a row is never wider than the view. */
function layoutFor(rows: readonly ExplainedLine[]): Layout {
  const numberWidth = String(rows.at(-1)?.line ?? 1).length;
  const textWidth = EXPLAIN_WIDTH - numberWidth - 1 - TAG_WIDTH - 1 - GUTTER.length - REASON_WIDTH;
  return { numberWidth, textWidth };
}

/** A row's reason and the id of its rule: "separator line (chrome/separator)". */
function withRule(row: ExplainedLine): string {
  return row.rule === undefined ? row.reason : `${row.reason} (${row.rule})`;
}

/** Renders one row (and its reason's continuation rows). */
function renderRow(row: ExplainedLine, repeated: boolean, layout: Layout, chalk: ChalkInstance): string {
  const number = chalk.dim(String(row.line).padStart(layout.numberWidth));
  if (row.class === "blank") return number;
  const tag = paint(chalk, row.class, TAGS[row.class].padEnd(TAG_WIDTH));
  // A dump's line reaches the terminal: its control characters are shown escaped, never sent.
  const excerpt = fitColumns(printable(row.text), layout.textWidth);
  const text = row.class === "chrome" ? chalk.dim(excerpt) : excerpt;
  // The evidence note follows the reason (or its ditto mark): it differs from row to row.
  const reason = [repeated ? DITTO : withRule(row), row.evidence === undefined ? "" : `[${row.evidence}]`]
    .filter(Boolean)
    .join(" ");
  const [first = "", ...rest] = wrapReason(printable(reason), REASON_WIDTH);
  const indent = " ".repeat(EXPLAIN_WIDTH - REASON_WIDTH);
  const continuation = rest.map((line) => `\n${indent}${chalk.dim(line)}`).join("");
  return `${number} ${tag} ${text}${GUTTER}${chalk.dim(first)}`.trimEnd() + continuation;
}

/** Counts the rows of each class, in the order of the tags, wrapped to the view's width. */
function classCounts(rows: readonly ExplainedLine[], chalk: ChalkInstance): string {
  const lines: string[] = [];
  let line = { plain: "lines:", painted: chalk.dim("lines:") };
  for (const lineClass of Object.keys(TAGS) as Array<keyof typeof TAGS>) {
    const count = rows.filter((row) => row.class === lineClass).length;
    if (count === 0) continue;
    const first = line.plain === "lines:";
    const plain = ` ${String(count)} ${TAGS[lineClass]}`;
    // The comma belongs to the previous item, so it has to fit on the current line too.
    if (line.plain.length + 1 + plain.length > EXPLAIN_WIDTH) {
      lines.push(`${line.painted}${chalk.dim(",")}`);
      line = { plain: "      ", painted: "      " };
    } else if (!first) {
      line = { plain: `${line.plain},`, painted: `${line.painted}${chalk.dim(",")}` };
    }
    line = {
      plain: line.plain + plain,
      painted: `${line.painted} ${String(count)} ${paint(chalk, lineClass, TAGS[lineClass])}`,
    };
  }
  return [...lines, line.painted].join("\n");
}

/** Renders the explanation of one input: a header, a row per line, the count of lines per class. */
export function renderExplanation(name: string, rows: readonly ExplainedLine[], chalk: ChalkInstance): string {
  const layout = layoutFor(rows);
  const lastReason = new Map<LineClass, string>();
  const body = rows.map((row) => {
    const repeated = lastReason.get(row.class) === withRule(row);
    lastReason.set(row.class, withRule(row));
    return renderRow(row, repeated, layout, chalk);
  });
  const legend = chalk.dim(`${DITTO} same reason (rule) as the previous line of that class`);
  return `${chalk.bold(`# ${printable(name)}`)}\n${body.join("\n")}\n${classCounts(rows, chalk)}\n${legend}\n`;
}
