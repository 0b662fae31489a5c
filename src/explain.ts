/**
 * `--explain`: every input line with the class its block got, the rule's reason and its id.
 */
import type { Analysis } from "./extract.js";
import type { BlockRole, ClassifiedBlock, InterviewDocument, RemovedLine } from "./types.js";

/** The class of a line as `--explain` shows it. */
export type LineClass = BlockRole | "blank";

/** One row of the explanation. */
export interface ExplainedLine {
  line: number;
  text: string;
  class: LineClass;
  reason: string;
  /** The id of the rule that classified or removed the line (`docs/rules.md`). */
  rule?: string;
  /**
   * On the first row of a summary item: the questions whose answers back it
   * ("→ Q3", "→ no answer"); on the first row of a paragraph with quotations:
   * how each compares with the answers ("quote close Q3", "quote none").
   */
  evidence?: string;
}

/**
 * Lists every source line with its class and reason; a line split into several
 * blocks gets a row per piece. For an HTML page a row shows the block's text
 * rather than the markup, and an element the reader removed (navigation, share
 * bars, comments…) shows on its first line with the reader's reason.
 */
export function explainLines(analysis: Pick<Analysis, "lines" | "blocks" | "document">): ExplainedLine[] {
  const html = analysis.document.source.format === "html";
  const byLine = blocksByLine(analysis.blocks);
  const removedAt = html ? removedByLine(analysis.document.removed) : new Map<number, RemovedLine[]>();
  const notes = evidenceNotes(analysis.blocks, analysis.document);
  return analysis.lines.flatMap((source): ExplainedLine[] => {
    const items = byLine.get(source.number) ?? [];
    if (items.length === 0) {
      const removed = removedAt.get(source.number) ?? [];
      if (removed.length > 0)
        return removed.map((entry) => ({
          line: source.number,
          text: entry.text,
          class: "chrome",
          reason: entry.reason,
          rule: entry.rule,
        }));
    }
    if (source.text === "" || items.length === 0)
      return [{ line: source.number, text: source.text, class: "blank", reason: "" }];
    return items.map((item) => {
      const note = source.number === item.block.firstLine ? notes.get(item) : undefined;
      return {
        line: source.number,
        text: items.length === 1 && !html ? source.text : item.block.text,
        class: item.role,
        reason: item.reason,
        rule: item.rule,
        ...(note ? { evidence: note } : {}),
      };
    });
  });
}

/** The evidence note of each reporter block: its summary item's links, its quotations' matches. */
function evidenceNotes(blocks: Analysis["blocks"], doc: InterviewDocument): Map<ClassifiedBlock, string> {
  const notes = new Map<ClassifiedBlock, string>();
  if (doc.summaryEvidence === undefined || doc.summaryEvidence.length === 0) return notes;
  const summaryBlocks = blocks.filter((item) => item.role === "summary");
  const fieldBlock = (field: "lead" | "summary" | "qaIntro", index: number): ClassifiedBlock | undefined =>
    field === "summary"
      ? summaryBlocks[index]
      : blocks.find((item) => item.role === (field === "lead" ? "lead" : "qa-intro"));
  summaryBlocks.forEach((item, index) => {
    const evidence = doc.summaryEvidence?.[index];
    notes.set(item, evidence ? `→ ${evidence.pairs.map((pair) => `Q${String(pair + 1)}`).join(", ")}` : "→ no answer");
  });
  for (const quote of doc.quotes ?? []) {
    const item = fieldBlock(quote.in, quote.index);
    if (item === undefined) continue;
    const match = quote.pair === null ? `quote ${quote.match}` : `quote ${quote.match} Q${String(quote.pair + 1)}`;
    notes.set(item, [notes.get(item), match].filter(Boolean).join("; "));
  }
  return notes;
}

/** The classified blocks covering each source line. */
function blocksByLine(blocks: Analysis["blocks"]): Map<number, Analysis["blocks"]> {
  const byLine = new Map<number, Analysis["blocks"]>();
  for (const item of blocks) {
    for (let line = item.block.firstLine; line <= item.block.lastLine; line += 1) {
      byLine.set(line, [...(byLine.get(line) ?? []), item]);
    }
  }
  return byLine;
}

/** The removed entries starting on each line. */
function removedByLine(removed: readonly RemovedLine[]): Map<number, RemovedLine[]> {
  const byLine = new Map<number, RemovedLine[]>();
  for (const entry of removed) byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), entry]);
  return byLine;
}
