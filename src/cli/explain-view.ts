/**
 * The `--explain` view: one row per input line, a class tag and the rule's
 * reason, aligned and readable at 80 columns; colored when the stream allows.
 */
import type { ChalkInstance } from "chalk";
import type { ExplainedLine, LineClass } from "../explain.js";

/** Tag text per class, all the same width. */
const TAGS: Readonly<Record<LineClass, string>> = {
  title: "title   ",
  meta: "meta    ",
  chrome: "removed ",
  lead: "lead    ",
  summary: "summary ",
  "qa-intro": "intro   ",
  question: "question",
  answer: "answer  ",
  closing: "closing ",
  blank: "        ",
};

/** Width of the excerpt of each line's text. */
const TEXT_WIDTH = 44;

/** Paints a tag in its class's color. */
function paint(chalk: ChalkInstance, lineClass: LineClass, text: string): string {
  switch (lineClass) {
    case "title":
      return chalk.bold.magenta(text);
    case "meta":
      return chalk.cyan(text);
    case "chrome":
      return chalk.red(text);
    case "lead":
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

/** Cuts a text to a width, marking the cut with an ellipsis. */
function excerpt(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text.padEnd(width) : `${chars.slice(0, width - 1).join("")}…`;
}

/** Renders the explanation of one input. */
export function renderExplanation(name: string, rows: readonly ExplainedLine[], chalk: ChalkInstance): string {
  const numberWidth = String(rows.at(-1)?.line ?? 1).length;
  const body = rows.map((row) => {
    const number = chalk.dim(String(row.line).padStart(numberWidth));
    if (row.class === "blank") return number;
    const reason = row.reason ? chalk.dim(`  ${row.reason}`) : "";
    return `${number} ${paint(chalk, row.class, TAGS[row.class])} ${excerpt(row.text, TEXT_WIDTH)}${reason}`;
  });
  return `${chalk.bold(`# ${name}`)}\n${body.join("\n")}\n`;
}
