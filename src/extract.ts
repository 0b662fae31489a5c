/**
 * The library's one composition of stages:
 * decode → lines → blocks → classify → assemble → evidence. No I/O here.
 */
import { assemble } from "./assemble.js";
import { addEvidence } from "./evidence/index.js";
import { toBlocks } from "./blocks.js";
import { classify } from "./classify/index.js";
import { decode, type DecodedText } from "./decode.js";
import { isHtml, readHtml } from "./html/index.js";
import { toColumnLines } from "./columns.js";
import { lineReader, toLines } from "./normalize.js";
import { compileRules, type ExtractRules } from "./rules.js";
import { selectLexicons, type LexiconSelection } from "./lexicon/index.js";
import { documentLanguages } from "./meta/language.js";
import { splitEscapedBreaks } from "./escaped-breaks.js";
import { splitInlineSpeakers } from "./inline-speakers.js";
import { splitRunOnBlocks } from "./run-on.js";
import { markSetApartLines } from "./set-apart.js";
import { measuringDocument } from "./text-measure.js";
import type { Block, ClassifiedBlock, InterviewDocument, SourceInfo, SourceLine } from "./types.js";

/** Options of {@link extract}. */
export interface ExtractOptions {
  /**
   * Name reported in `source.name` (a file name, an id).
   * @default "-"
   */
  name?: string;
  /**
   * How to read the input: detect HTML by its content, or force text or HTML.
   * @default "auto"
   */
  inputFormat?: "auto" | "text" | "html";
  /** Decode bytes with this encoding instead of detecting one (e.g. `"windows-1256"`). */
  encoding?: string;
  /**
   * Refuse byte inputs larger than this.
   * @default 52428800 (50 MiB)
   */
  maxBytes?: number;
  /**
   * Extra rules for your sources: boilerplate phrases or patterns to remove,
   * question and answer labels, speaker names and who they are.
   *
   * @example
   * extract(text, { rules: { chrome: ["Join us on Telegram", /^Follow .+ on X$/iu], questionLabels: ["Moderator"] } });
   */
  rules?: ExtractRules;
  /**
   * Link each summary item and each quotation to the answer it comes from
   * (`summaryEvidence`, `quotes`). Turn off for speed: both fields are then
   * empty arrays — not nulls, which would claim that nothing backs the summary.
   * @default true
   */
  evidence?: boolean;
}

/**
 * Extracts the interview document from one dump: a plain-text page copy,
 * `lynx -dump` output, a crawler's text, or a saved HTML page.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { extract } from "extract-interview";
 *
 * const doc = extract(readFileSync("dump.txt"), { name: "dump.txt" });
 * console.log(doc.meta.title, doc.qa.length);
 *
 * @throws {InputError} when the input is not text: empty, binary, too large, an unknown encoding.
 * @throws {TypeError} when `options.rules` holds something that is not a string or RegExp.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): InterviewDocument {
  return extractDecoded(decodeInput(input, options), options);
}

/** The document with what produced it: the source lines and every block's classification. */
export interface Analysis {
  document: InterviewDocument;
  lines: SourceLine[];
  blocks: ClassifiedBlock[];
}

/** Runs the pipeline and keeps its intermediate results (for `--explain`). */
export function analyze(input: string | Uint8Array, options: ExtractOptions = {}): Analysis {
  return analyzeDecoded(decodeInput(input, options), options);
}

/** The decode stage, with the options that concern it. */
export function decodeInput(input: string | Uint8Array, options: ExtractOptions = {}): DecodedText {
  return decode(input, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  });
}

/**
 * {@link extract} from the decode stage's result on. The CLI decodes first and calls this,
 * holding no reference to the bytes: a big input's buffer is let go while the pipeline runs.
 * Only the document goes on to the evidence stage: the blocks are garbage by then.
 */
export function extractDecoded(decoded: DecodedText, options: ExtractOptions = {}): InterviewDocument {
  return measuringDocument(() => {
    const { document, lexicons } = read(decoded, options);
    return evidenceStage(document, options, lexicons);
  });
}

/** {@link analyze} from the decode stage's result on (see {@link extractDecoded}). */
export function analyzeDecoded(decoded: DecodedText, options: ExtractOptions = {}): Analysis {
  return measuringDocument(() => {
    const reading = read(decoded, options);
    return withLazyLines({ document: evidenceStage(reading.document, options, reading.lexicons), blocks: reading.blocks }, decoded.text);
  });
}

/** The pipeline up to the assembled document, before the evidence stage. */
interface Reading {
  document: InterviewDocument;
  blocks: ClassifiedBlock[];
  lexicons: LexiconSelection;
}

/** Decoded text → the assembled document: a page through the HTML reader, a text dump through lines and blocks. */
function read(decoded: DecodedText, options: ExtractOptions): Reading {
  const html = options.inputFormat === "html" || (options.inputFormat !== "text" && isHtml(decoded.text));
  const source: SourceInfo = { name: options.name ?? "-", format: html ? "html" : "text", encoding: decoded.encoding, bytes: decoded.bytes, url: null };
  if (html) {
    // HTML: the reader gives the article's blocks, the removed elements and what the page says of itself.
    const reading = readHtml(decoded.text);
    source.url = reading.url;
    const rules = compileRules(options.rules, reading.lexicons);
    const classification = classify(reading.blocks, reading.meta, { preselected: true, rules });
    const assembled = assemble({ source, classification, removed: reading.removed, warnings: decoded.warnings, lexicons: rules.lexicons });
    return { document: assembled, blocks: classification.blocks, lexicons: rules.lexicons };
  }
  // Language first: the document is read with the lexicons of its languages only.
  const rules = compileRules(options.rules, selectLexicons(documentLanguages(decoded.text)));
  const classification = classify(textBlocks(decoded.text, rules.lexicons), {}, { rules });
  // Removed blocks are listed line by line: their lines are read again from the text.
  const assembled = assemble({ source, classification, lines: lineReader(decoded.text), warnings: decoded.warnings, lexicons: rules.lexicons });
  return { document: assembled, blocks: classification.blocks, lexicons: rules.lexicons };
}

/** A text dump's blocks: its lines (side-by-side columns read apart), joined into paragraphs, then cut where a paragraph holds several. */
function textBlocks(text: string, lexicons: LexiconSelection): Block[] {
  // The lines are garbage once the blocks are made: an object per line was 18 MB of a 20 MB dump.
  const blocks = toBlocks(toColumnLines(text, toLines(text)), lexicons);
  return splitInlineSpeakers(splitRunOnBlocks(markSetApartLines(splitEscapedBreaks(blocks)), lexicons));
}

/**
 * The analysis with its source lines, which only `--explain` reads: they are split and normalized
 * on first use (every line of a page's markup, 7% of reading an HTML page).
 */
function withLazyLines(analysis: Omit<Analysis, "lines">, text: string): Analysis {
  let lines: SourceLine[] | undefined;
  return {
    ...analysis,
    get lines(): SourceLine[] {
      return (lines ??= toLines(text));
    },
  };
}

/** The evidence stage, unless the caller turned it off. */
function evidenceStage(document: InterviewDocument, options: ExtractOptions, lexicons: LexiconSelection): InterviewDocument {
  return options.evidence === false ? document : addEvidence(document, lexicons);
}
