/**
 * The plain data types that travel through the pipeline:
 * decode → lines → blocks → classify → assemble → render.
 */
import type { RuleId } from "./registry.js";

/** A person named in the interview and what they are. */
export interface Person {
  name: string;
  role: string | null;
}

/** Where the document came from. */
export interface SourceInfo {
  name: string;
  format: "text" | "html";
  encoding: string;
  bytes: number;
  /** The page's own address (its canonical link or og:url), when an HTML page states one; null otherwise. */
  url: string | null;
}

/** Metadata of the article. */
export interface Meta {
  title: string | null;
  /** ISO 8601: date only when no time is given; an offset only when the source states one. */
  published: string | null;
  /** The date as the source wrote it, when it was converted from another calendar (e.g. Solar Hijri). */
  publishedOriginal?: string;
  newsId: string | null;
  agency: string | null;
  dateline: string | null;
  /** BCP 47 primary tag. */
  language: string | null;
  interviewer: Person | null;
  interviewee: Person | null;
}

/** One question and its answer, labels stripped. */
export interface QaPair {
  question: string;
  /** The answer's paragraphs, in order. */
  answer: string[];
  /** Who asked, when the source names speakers. */
  asker?: string;
  /** Who answered, when the source names speakers. */
  answerer?: string;
}

/** A line (or part of a line) of the input that was dropped, and why. */
export interface RemovedLine {
  /** 1-based line number in the decoded input. */
  line: number;
  text: string;
  reason: string;
  /** The id of the rule that removed it (`docs/rules.md`). */
  rule: RuleId;
}

/** Something the user should know about the result. */
export interface Warning {
  code: string;
  message: string;
  /** The id of the rule that raised it (`docs/rules.md`). */
  rule?: RuleId;
}

/** The pairs whose answers back a summary item, and how well. */
export interface SummaryEvidence {
  /** Indexes into `qa`, the best-supported first. */
  pairs: number[];
  /** The weighted share of the item's words found in the best pair, 0..1. */
  score: number;
}

/** Where a quotation stands in the document. */
export type QuoteField = "lead" | "summary" | "qaIntro";

/** How a quotation compares with the answer that comes closest. */
export type QuoteMatch = "exact" | "close" | "none";

/** One place where a quotation differs from the answer: the quoted words and what the answer says there ("" for nothing). */
export interface QuoteDifference {
  quote: string;
  answer: string;
}

/** A quotation in the reporter's text and the answer it comes from. */
export interface Quote {
  in: QuoteField;
  /** Index of the summary item; 0 for the lead and the intro. */
  index: number;
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Index into `qa` of the answer that holds the words; null for `none`. */
  pair: number | null;
  match: QuoteMatch;
  /** For `close`: the words that differ, in order. */
  diff?: QuoteDifference[];
}

/** The document `extract()` produces: schema version 1. */
export interface InterviewDocument {
  schemaVersion: 1;
  source: SourceInfo;
  meta: Meta;
  lead: string | null;
  summary: string[];
  qaIntro: string | null;
  qa: QaPair[];
  /** Reporter paragraphs after the Q&A (a closing remark, a note on the source); present only when there are any. */
  closing?: string[];
  /**
   * One entry per `summary` item: the pairs that back it, or null when none does.
   * Empty when the evidence stage is turned off (`evidence: false`). Always
   * present in what `extract()` returns; optional so that a document built
   * without it (as before the field existed) still renders.
   */
  summaryEvidence?: Array<SummaryEvidence | null>;
  /** Every quotation in the lead, summary and intro, with the answer it comes from. Empty when the evidence stage is off; always present from `extract()`. */
  quotes?: Quote[];
  removed: RemovedLine[];
  warnings: Warning[];
}

/** A line of decoded input, whitespace-normalized. */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** The normalized text: NFC, invisible characters removed, spaces collapsed, trimmed. */
  text: string;
}

/** Formatting hints a block carries from its source (set by the HTML reader). */
export interface BlockHints {
  /** The whole block was bold/strong or emphasised. */
  emphasized?: boolean;
  /** The block was a heading (h1–h6). */
  heading?: boolean;
  /** The block was a list item. */
  listItem?: boolean;
  /** A speaker name the source set apart (e.g. `<strong>Name:</strong>`). */
  speaker?: string;
  /** An emphasised turn that reads as a sentence though the dump lost its closing mark. */
  unclosed?: boolean;
}

/**
 * A paragraph-like unit: one or more consecutive source lines (or, for a
 * crawler dump whose line breaks were lost, a piece of one line).
 */
export interface Block {
  /** The source lines this block covers: first and last line number. */
  firstLine: number;
  lastLine: number;
  /** The block's normalized text, lines joined by single spaces. */
  text: string;
  hints: BlockHints;
  /** Characters taken out of the text when the block was cut (a line break written as a letter). */
  dropped?: DroppedPart[];
}

/** A part of a block taken out of its text, why, and by which rule. */
export interface DroppedPart {
  text: string;
  reason: string;
  rule: RuleId;
}

/** What the classifier decided for a block. */
export type BlockRole =
  | "title"
  | "meta"
  | "chrome"
  | "lead"
  | "summary"
  | "qa-intro"
  | "question"
  | "answer"
  | "closing";

/** A block with its role and the rule that gave it. */
export interface ClassifiedBlock {
  block: Block;
  role: BlockRole;
  /** The rule's reason, shown by `--explain` and in `removed[].reason`. */
  reason: string;
  /** The rule's id, shown by `--explain` and in `removed[].rule`. */
  rule: RuleId;
  /** The block's text with labels and meta prefixes stripped, as it goes into the document. */
  text: string;
  /** For question/answer blocks: the speaker label, when the source names one. */
  speaker?: string;
  /** For question/answer blocks: the index of the Q&A pair the block belongs to. */
  pair?: number;
  /** The block carried no turn label of its own (an answer's later paragraph, or reporter text). */
  unlabeled?: boolean;
  /** Parts of the block that were dropped although the block itself was kept (unused metadata). */
  dropped?: DroppedPart[];
}
