/**
 * The output stage: one document in, the text of one output format out.
 */

import type { InterviewDocument } from "../types.js";
import { renderJson, renderJsonPieces, renderNdjsonLine } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderText } from "./text.js";

export { renderJson, renderJsonPieces, renderNdjsonLine } from "./json.js";
export { renderMarkdown } from "./markdown.js";
export { renderText } from "./text.js";

/** An output format: the values `-f, --format` accepts. */
export type OutputFormat = "json" | "md" | "ndjson" | "text";

/** Every output format, the default (`json`) first. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["json", "md", "ndjson", "text"];

/** The file extension (with the dot) for each format, for `--out-dir`. */
export const OUTPUT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  json: ".json",
  md: ".md",
  ndjson: ".ndjson",
  text: ".txt",
};

/** Whether a string names an output format. */
export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/**
 * Renders a document in one output format: `"json"` (pretty-printed), `"md"`
 * (Markdown with YAML front matter), `"ndjson"` (one line) or `"text"`.
 * Every format ends with a newline.
 *
 * @example
 * import { extract, render } from "extract-interview";
 *
 * const doc = extract("Title\n\nQ: Why?\n\nA: Because.\n");
 * process.stdout.write(render(doc, "md"));
 */
export function render(doc: InterviewDocument, format: OutputFormat): string {
  switch (format) {
    case "json":
      return renderJson(doc);
    case "md":
      return renderMarkdown(doc);
    case "ndjson":
      return renderNdjsonLine(doc);
    case "text":
      return renderText(doc);
    default:
      return unknownFormat(format);
  }
}

/** Inputs from this size on are rendered in pieces; a smaller one's JSON is one string, made faster. */
const PIECEWISE_BYTES = 1024 * 1024;

/**
 * {@link render}'s text in pieces to write one after another: the JSON of a big input by field
 * and by array item, each rendered when it is written (its output is then never held whole),
 * anything else whole.
 */
export function renderPieces(doc: InterviewDocument, format: OutputFormat): Iterable<string> {
  return format === "json" && doc.source.bytes >= PIECEWISE_BYTES ? renderJsonPieces(doc) : [render(doc, format)];
}

/** Exhaustiveness guard: a format added to the type but not to `render`. */
function unknownFormat(format: never): never {
  throw new TypeError(`Unknown output format: ${String(format)}`);
}
