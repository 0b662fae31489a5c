/**
 * Classified blocks → the document: lead, summary, intro, Q&A pairs, closing,
 * and every dropped line in `removed` with its reason.
 */
import type { Classification } from "./classify/index.js";
import type { ClassifiedBlock, InterviewDocument, QaPair, RemovedLine, SourceInfo, SourceLine } from "./types.js";

/** What the assembler needs besides the classification. */
export interface AssembleInput {
  source: SourceInfo;
  classification: Classification;
  /** The source lines, to list removed blocks line by line (text input); absent for HTML. */
  lines?: readonly SourceLine[];
  /** Removed entries found before classification (HTML chrome). */
  removed?: readonly RemovedLine[];
  warnings?: InterviewDocument["warnings"];
}

/** Builds the document. */
export function assemble(input: AssembleInput): InterviewDocument {
  const { blocks, meta, warnings } = input.classification;
  const textOf = (role: ClassifiedBlock["role"]): string[] => blocks.filter((item) => item.role === role).map((item) => item.text);
  const closing = textOf("closing");
  const removed = [
    ...(input.removed ?? []),
    ...blocks.filter((item) => item.role === "chrome").flatMap((item) => removedLines(item, input.lines)),
    ...blocks.flatMap((item) => [...(item.block.dropped ?? []), ...(item.dropped ?? [])].map((part) => ({ line: item.block.firstLine, ...part }))),
  ];
  removed.sort((a, b) => a.line - b.line);
  return {
    schemaVersion: 1,
    source: input.source,
    meta,
    lead: textOf("lead")[0] ?? null,
    summary: textOf("summary"),
    qaIntro: textOf("qa-intro").join(" ") || null,
    qa: pairs(blocks),
    ...(closing.length > 0 ? { closing } : {}),
    // Filled by the evidence stage, when it runs.
    summaryEvidence: [],
    quotes: [],
    removed,
    warnings: [...(input.warnings ?? []), ...warnings],
  };
}

/**
 * One removed entry per non-blank source line of a chrome block. A block on one
 * line (or an HTML element, or a piece of a crawler's run-on line) is one entry.
 */
function removedLines(item: ClassifiedBlock, lines: readonly SourceLine[] | undefined): RemovedLine[] {
  const { firstLine, lastLine } = item.block;
  if (!lines || firstLine === lastLine) return [{ line: firstLine, text: item.block.text, reason: item.reason }];
  return lines
    .slice(firstLine - 1, lastLine)
    .filter((line) => line.text !== "")
    .map((line) => ({ line: line.number, text: line.text, reason: item.reason }));
}

/** Groups question and answer blocks by pair. */
function pairs(blocks: readonly ClassifiedBlock[]): QaPair[] {
  const byPair = new Map<number, { question: string[]; answer: string[]; asker?: string; answerer?: string }>();
  for (const item of blocks) {
    if ((item.role !== "question" && item.role !== "answer") || item.pair === undefined) continue;
    const entry = byPair.get(item.pair) ?? { question: [], answer: [] };
    if (item.text !== "") (item.role === "question" ? entry.question : entry.answer).push(item.text);
    if (item.speaker && item.role === "question") entry.asker ??= item.speaker;
    if (item.speaker && item.role === "answer") entry.answerer ??= item.speaker;
    byPair.set(item.pair, entry);
  }
  return [...byPair.values()].map((entry) => ({
    question: entry.question.join("\n\n"),
    answer: entry.answer,
    ...(entry.asker ? { asker: entry.asker } : {}),
    ...(entry.answerer ? { answerer: entry.answerer } : {}),
  }));
}
