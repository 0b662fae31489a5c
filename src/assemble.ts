/**
 * Classified blocks → the document: lead, summary, intro, Q&A pairs, closing,
 * and every dropped line in `removed` with its reason.
 */
import { EVERY_LANGUAGE, type LexiconSelection } from "./lexicon/index.js";
import { SPEAKER_LABEL } from "./patterns.js";
import type { Classification } from "./classify/index.js";
import type { LineReader } from "./normalize.js";
import type { ClassifiedBlock, InterviewDocument, QaPair, RemovedLine, SourceInfo } from "./types.js";

/** What the assembler needs besides the classification. */
export interface AssembleInput {
  source: SourceInfo;
  classification: Classification;
  /** Reads the source lines, to list removed blocks line by line (text input); absent for HTML. */
  lines?: LineReader;
  /** Removed entries found before classification (HTML chrome). */
  removed?: readonly RemovedLine[];
  warnings?: InterviewDocument["warnings"];
  /** The document's lexicons, for the words that name no speaker; every language when absent. */
  lexicons?: LexiconSelection;
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
    qa: pairs(blocks, input.lexicons ?? EVERY_LANGUAGE, meta.interviewee?.name),
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
function removedLines(item: ClassifiedBlock, lines: LineReader | undefined): RemovedLine[] {
  const { firstLine, lastLine } = item.block;
  if (!lines || firstLine === lastLine) return [{ line: firstLine, text: item.block.text, reason: item.reason, rule: item.rule }];
  return lines(firstLine, lastLine)
    .filter((line) => line.text !== "")
    .map((line) => ({ line: line.number, text: line.text, reason: item.reason, rule: item.rule }));
}

/** A Q&A pair being put together. */
interface PairEntry {
  question: string[];
  answer: string[];
  asker?: string;
  answerer?: string;
}

/**
 * Cuts a pair's lists to their items. A list pushed to makes room for 16 more: the answers
 * go into the document, and a big dump's 50,000 pairs held 15 MB of that room to the end.
 */
function fitLists(entry: PairEntry): void {
  entry.question = entry.question.slice();
  entry.answer = entry.answer.slice();
}

/** Groups question and answer blocks by pair; `guest` is the interviewee's name, when known. */
function pairs(blocks: readonly ClassifiedBlock[], lexicons: LexiconSelection, guest: string | undefined): QaPair[] {
  const guestNames = new Set(guest === undefined ? [] : [guest, ...guest.split(/\s+/u)]);
  const byPair = new Map<number, PairEntry>();
  // The pair being filled: its lists are cut to size when the next one starts.
  let open: PairEntry | undefined;
  for (const item of blocks) {
    if ((item.role !== "question" && item.role !== "answer") || item.pair === undefined) continue;
    const entry = byPair.get(item.pair) ?? { question: [], answer: [] };
    if (open !== undefined && open !== entry) fitLists(open);
    open = entry;
    if (item.text !== "") (item.role === "question" ? entry.question : entry.answer).push(item.text);
    if (item.speaker && item.role === "question") entry.asker ??= item.speaker;
    if (item.speaker && item.role === "answer") entry.answerer ??= item.speaker;
    byPair.set(item.pair, entry);
  }
  if (open !== undefined) fitLists(open);
  return [...byPair.values()].map((entry) => {
    const asked = entry.asker ? null : speakerLabel(entry.question[0], lexicons);
    const asker = entry.asker ?? asked?.name;
    const answered = entry.answerer ? null : speakerLabel(entry.answer[0], lexicons);
    // A page that labels its first exchange ("MSN TV: …" / "Chris Colfer: …") and lets the layout
    // mark the rest: both labels come off, the answer's when the question had one or when it names
    // the guest ("Céline : …" under a plain question, the guest being Céline Monthéard).
    const labelled = answered && (asker ? answered.name !== asker : guestNames.has(answered.name));
    if (labelled && asked) entry.question[0] = asked.text;
    if (labelled) entry.answer[0] = answered.text;
    const answerer = entry.answerer ?? (labelled ? answered.name : undefined);
    return {
      question: entry.question.join("\n\n"),
      answer: entry.answer,
      ...(asker !== undefined && (entry.asker || labelled) ? { asker } : {}),
      ...(answerer ? { answerer } : {}),
    };
  });
}

/** The speaker label a text opens with and the text after it, unless it is a known non-speaker word. */
function speakerLabel(text: string | undefined, lexicons: LexiconSelection): { name: string; text: string } | null {
  const match = text === undefined ? null : SPEAKER_LABEL.exec(text);
  if (!match || lexicons.notASpeaker.test(match[1]!)) return null;
  return { name: match[1]!, text: text!.slice(match[0].length) };
}
