/**
 * `-f, --format`: the output formats, the names people also type for them
 * (`markdown`, `txt`, `jsonl`), and a suggestion for a near miss.
 */
import { InvalidArgumentError } from "commander";
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from "../render/index.js";

/** Other names of the formats. */
const FORMAT_ALIASES: ReadonlyMap<string, OutputFormat> = new Map([
  ["markdown", "md"],
  ["txt", "text"],
  ["plain", "text"],
  ["jsonl", "ndjson"],
  ["jsonlines", "ndjson"],
  ["json-lines", "ndjson"],
]);

/** A name this many edits from a format (or alias) is suggested. */
const MAX_SUGGESTION_DISTANCE = 2;

/** The format a `-f` value names, case ignored, aliases accepted; an unknown one is refused with a suggestion. */
export function parseFormat(value: string): OutputFormat {
  const name = value.trim().toLowerCase();
  if (isOutputFormat(name)) return name;
  const alias = FORMAT_ALIASES.get(name);
  if (alias !== undefined) return alias;
  const suggestion = nearestFormat(name);
  const hint = suggestion === null ? "" : ` (did you mean ${suggestion}?)`;
  throw new InvalidArgumentError(`Allowed choices are ${OUTPUT_FORMATS.join(", ")}.${hint}`);
}

/** The format whose name (or alias) is closest to `name`, within a couple of edits. */
function nearestFormat(name: string): OutputFormat | null {
  const candidates: Array<[string, OutputFormat]> = [
    ...OUTPUT_FORMATS.map((format): [string, OutputFormat] => [format, format]),
    ...FORMAT_ALIASES,
  ];
  let best: { format: OutputFormat; distance: number } | null = null;
  for (const [candidate, format] of candidates) {
    const distance = editDistance(name, candidate);
    if (distance <= MAX_SUGGESTION_DISTANCE && (best === null || distance < best.distance)) best = { format, distance };
  }
  return best?.format ?? null;
}

/** Levenshtein distance between two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
