/**
 * The help text and the usage-error lines. The help is the CLI's usage
 * documentation: every option with its default, examples, exit codes, laid
 * out at a fixed width so it reads the same in every terminal and in tests.
 */
import type { ChalkInstance } from "chalk";
import type { HelpConfiguration, Option } from "commander";
import { printable } from "./printable.js";

/** Help width in columns: fixed, so the text does not depend on the terminal it is printed in. */
export const HELP_WIDTH = 80;

/** Examples shown under `--help`: the command and what it does. */
const EXAMPLES: ReadonlyArray<readonly [command: string, comment: string]> = [
  ["extract-interview dump.txt", "JSON on standard output"],
  ["cat dump.txt | extract-interview -f md", "stdin to Markdown"],
  ["extract-interview dumps/ --out-dir out/ -f md", "one file per input"],
  ["extract-interview dumps/ -f ndjson | jq .meta.title", "one title per line"],
  ["extract-interview --strict dumps/ > /dev/null", "CI: exit 3 on no Q&A"],
  ["extract-interview --explain dump.txt", "how each line was read"],
];

/** Exit codes, as the README documents them. */
const EXIT_CODES: ReadonlyArray<readonly [code: number, meaning: string]> = [
  [0, "every input was read and written"],
  [1, "some input failed; the others were still written"],
  [2, "usage error: unknown option, bad value, bad config file"],
  [3, "--strict found an input with no Q&A or with warnings"],
  [130, "interrupted (SIGINT, Ctrl-C); 143: terminated (SIGTERM)"],
];

/** Commander's help settings: a fixed width, options in the order defined, defaults shown plainly. */
export function helpLayout(): HelpConfiguration {
  return { helpWidth: HELP_WIDTH, sortOptions: false, optionDescription };
}

/**
 * An option's help line: its description, its choices and its default, written
 * as users type them (`default: json`, not `default: "json"`). Switches are off
 * unless given, so `false` is not shown.
 */
function optionDescription(option: Option): string {
  const choices = option.argChoices ? `: ${option.argChoices.join(", ")}` : "";
  const fallback = option.defaultValueDescription ?? plainDefault(option.defaultValue);
  return `${option.description}${choices}${fallback === null ? "" : ` (default: ${fallback})`}`;
}

/** A default value as shown in the help, or null when there is nothing worth showing. */
function plainDefault(value: unknown): string | null {
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

/** The text after the options: examples and exit codes. */
export function helpFooter(): string {
  const width = Math.max(...EXAMPLES.map(([command]) => command.length));
  const examples = EXAMPLES.map(([command, comment]) => `  ${command.padEnd(width)}  # ${comment}`);
  const codeWidth = Math.max(...EXIT_CODES.map(([code]) => String(code).length));
  const codes = EXIT_CODES.map(([code, meaning]) => `  ${String(code).padEnd(codeWidth)}  ${meaning}`);
  return ["", "Examples:", ...examples, "", "Exit codes:", ...codes, ""].join("\n");
}

/**
 * A usage error as two lines: the problem, then where to look. Commander puts a
 * typo's suggestion on a line of its own; it joins the problem's line here.
 */
export function usageErrorText(program: string, message: string, colors: ChalkInstance): string {
  const problem = message
    .trim()
    .replace(/^error: /u, "")
    .replace("\n(Did you mean", " (did you mean")
    .replaceAll("\n", " ");
  return `${program}: ${colors.red("error:")} ${printable(problem)}\nsee '${program} --help'\n`;
}
