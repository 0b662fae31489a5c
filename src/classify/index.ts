/**
 * Blocks → classified blocks and metadata. Steps:
 * 1. evidence per block (chrome rule, metadata line, turn label);
 * 2. the article's range by scores; what lies outside is header or trailer;
 * 3. the title, and its duplicates;
 * 4. the body cut into lead, summary, intro, Q&A, closing;
 * 5. metadata from the header facts, the dateline and the reporter's sentences.
 */
import { matchChrome } from "./chrome.js";
import { isHeadlineShaped } from "./shape.js";
import { segmentBody } from "./segment.js";
import { articleRange, scoreBlock } from "./zones.js";
import { readHeaderFact, type HeaderFact } from "../meta/header-lines.js";
import { buildMeta } from "../meta/index.js";
import { ANSWER_LABEL, DIALOGUE_DASH, QUESTION_LABEL } from "../patterns.js";
import { customAnswerLabel, customQuestionLabel, NO_RULES, type CompiledRules } from "../rules.js";
import type { Block, ClassifiedBlock, Meta, Warning } from "../types.js";

/** What classification gives the assembler. */
export interface Classification {
  blocks: ClassifiedBlock[];
  meta: Meta;
  warnings: Warning[];
}

/** Metadata known before classification (from HTML `<meta>` tags, JSON-LD…). */
export type KnownMeta = Partial<Meta>;

/** Per-block evidence gathered once. */
interface Evidence {
  block: Block;
  chrome: ReturnType<typeof matchChrome>;
  fact: HeaderFact | null;
}

/** Classifies every block and builds the metadata; `rules` adds a user's chrome, labels and speakers. */
export function classify(blocks: readonly Block[], known: KnownMeta = {}, rules: CompiledRules = NO_RULES): Classification {
  const evidence = blocks.map((block) => gatherEvidence(block, rules));
  const range = articleRange(evidence.map((item) => scoreEvidence(item, rules)));
  const start = range?.start ?? blocks.length;
  const end = range?.end ?? blocks.length - 1;
  const titleIndex = findTitle(evidence, start, known.title ?? null);
  const titleText = known.title ?? (titleIndex === null ? null : blocks[titleIndex]!.text);
  const result: Array<ClassifiedBlock | null> = evidence.map((item, index) =>
    classifyOutside(item, index, { start, end, titleIndex, titleText }),
  );
  const bodyIndexes = result.flatMap((value, index) => (value === null ? [index] : []));
  const segmentation = segmentBody(bodyIndexes.map((index) => blocks[index]!), rules);
  segmentation.segments.forEach((segment, position) => {
    const index = bodyIndexes[position]!;
    result[index] = { block: blocks[index]!, ...segment };
  });
  const classified = result.filter((value): value is ClassifiedBlock => value !== null);
  const facts = evidence.flatMap((item, index) => (item.fact && result[index]?.role === "meta" ? [item.fact] : []));
  const meta = buildMeta({ classified, facts, title: titleText, known });
  return { blocks: meta.blocks, meta: meta.meta, warnings: segmentation.warnings };
}

/** Evidence for one block. */
function gatherEvidence(block: Block, rules: CompiledRules): Evidence {
  const chrome = matchChrome(block.text, rules.chrome);
  return { block, chrome, fact: chrome ? null : readHeaderFact(block.text) };
}

/** The zoning score of one block. */
function scoreEvidence(item: Evidence, rules: CompiledRules): number {
  const text = item.block.text;
  const customTurn = customQuestionLabel(text, rules) !== null || customAnswerLabel(text, rules) !== null;
  return scoreBlock({
    text,
    isChrome: item.chrome !== null,
    isHeaderFact: item.fact !== null,
    isTurn: QUESTION_LABEL.test(text) || ANSWER_LABEL.test(text) || DIALOGUE_DASH.test(text) || customTurn,
  });
}

/** Where the title is, as the classifier sees the dump. */
interface Layout {
  start: number;
  end: number;
  titleIndex: number | null;
  titleText: string | null;
}

/**
 * The headline: the headline-shaped block nearest before the article, or its
 * first occurrence when the page prints it more than once.
 */
function findTitle(evidence: readonly Evidence[], start: number, knownTitle: string | null): number | null {
  if (knownTitle !== null) return evidence.findIndex((item) => sameText(item.block.text, knownTitle));
  for (let index = start - 1; index >= 0; index -= 1) {
    const item = evidence[index]!;
    if (item.chrome || item.fact || !isHeadlineShaped(item.block.text)) continue;
    const first = evidence.findIndex((other) => sameText(other.block.text, item.block.text));
    return first;
  }
  return null;
}

/** Compares two texts ignoring case, spacing and edge punctuation. */
export function sameText(a: string, b: string): boolean {
  const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return key(a) === key(b);
}

/** Classifies a block that is not body text; null for body blocks. */
function classifyOutside(item: Evidence, index: number, layout: Layout): ClassifiedBlock | null {
  const { block, chrome, fact } = item;
  const made = (role: ClassifiedBlock["role"], reason: string): ClassifiedBlock => ({ block, role, reason, text: block.text });
  if (index === layout.titleIndex) return made("title", "headline before the article");
  if (layout.titleText !== null && sameText(block.text, layout.titleText)) return made("chrome", "duplicate title");
  if (chrome) return made("chrome", chrome.reason);
  if (fact) return made("meta", factReason(fact));
  if (index >= layout.start && index <= layout.end) return null;
  return made("chrome", index < layout.start ? "page header outside the article" : "page trailer outside the article");
}

/** The reason shown for a metadata line. */
function factReason(fact: HeaderFact): string {
  if (fact.kind === "news-id") return "news ID → meta.newsId";
  if (fact.kind === "byline") return "byline → meta";
  return "date/time line → meta.published";
}
