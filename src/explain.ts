/**
 * `--explain`: every input line with the class its block got and the rule's reason.
 */
import type { Analysis } from "./extract.js";
import type { BlockRole } from "./types.js";

/** The class of a line as `--explain` shows it. */
export type LineClass = BlockRole | "blank";

/** One row of the explanation. */
export interface ExplainedLine {
  line: number;
  text: string;
  class: LineClass;
  reason: string;
}

/** Lists every source line with its class and reason; a line split into several blocks gets a row per piece. */
export function explainLines(analysis: Pick<Analysis, "lines" | "blocks">): ExplainedLine[] {
  const byLine = new Map<number, Analysis["blocks"]>();
  for (const item of analysis.blocks) {
    for (let line = item.block.firstLine; line <= item.block.lastLine; line += 1) {
      byLine.set(line, [...(byLine.get(line) ?? []), item]);
    }
  }
  return analysis.lines.flatMap((source): ExplainedLine[] => {
    const items = byLine.get(source.number) ?? [];
    if (source.text === "" || items.length === 0) return [{ line: source.number, text: source.text, class: "blank", reason: "" }];
    return items.map((item) => ({
      line: source.number,
      text: items.length === 1 ? source.text : item.block.text,
      class: item.role,
      reason: item.reason,
    }));
  });
}
