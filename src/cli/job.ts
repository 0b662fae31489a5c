/**
 * One document's work, the same in the main thread and in a worker: bytes in,
 * the rendered output and the few numbers the summary needs out. No I/O.
 */
import { Chalk } from "chalk";
import { InputError, type DecodedText } from "../decode.js";
import { explainLines } from "../explain.js";
import { analyzeDecoded, decodeInput, extractDecoded, type ExtractOptions } from "../extract.js";
import { renderPieces, type OutputFormat } from "../render/index.js";
import type { InterviewDocument, Warning } from "../types.js";
import { renderExplanation } from "./explain-view.js";
import { withHeapFor } from "./heap.js";
import type { ExtractRules } from "../rules.js";

/** What every document of a run is processed with (plain data: it is sent to workers). */
export interface JobSettings {
  format: OutputFormat;
  explain: boolean;
  /** Chalk level for `--explain` on stdout. */
  colorLevel: 0 | 1 | 2 | 3;
  inputFormat: NonNullable<ExtractOptions["inputFormat"]>;
  encoding?: string;
  maxBytes: number;
  strict: boolean;
  /** Extra rules from the config file (plain data: RegExps survive the copy to a worker). */
  rules?: ExtractRules;
}

/** One document to process. */
export interface JobInput {
  /** How reports and `--explain` name it (a path, `stdin line 3 (id 7)`). */
  name: string;
  /** What goes into `source.name` (a file name, an NDJSON id). */
  sourceName: string;
  bytes: Uint8Array;
  /** Set when the bytes are known to be in this encoding (NDJSON text is UTF-8). */
  encoding?: string;
  /** Overrides the run's input format (an NDJSON `html` field). */
  inputFormat?: NonNullable<ExtractOptions["inputFormat"]>;
}

/**
 * A processed document, or the one-line reason it failed. In the main thread, a big document's
 * pieces are rendered as they are written ({@link renderPieces}); a worker posts them as a list.
 */
export type JobResult<Pieces extends Iterable<string> = Iterable<string>> =
  | { ok: true; pieces: Pieces; pairs: number; warnings: Warning[]; strictProblems: string[] }
  | { ok: false; reason: string };

/** Runs the pipeline on one input and renders it; user errors come back as a reason. */
export function processDocument(input: JobInput, settings: JobSettings): JobResult {
  return withHeapFor(byteLength(input), () => processBytes(input, settings));
}

/** {@link processDocument} on any heap. */
function processBytes(input: JobInput, settings: JobSettings): JobResult {
  try {
    const encoding = input.encoding ?? settings.encoding;
    const options: ExtractOptions = {
      name: input.sourceName,
      inputFormat: input.inputFormat ?? settings.inputFormat,
      maxBytes: settings.maxBytes,
      ...(encoding ? { encoding } : {}),
      ...(settings.rules ? { rules: settings.rules } : {}),
    };
    let doc: InterviewDocument;
    let pieces: Iterable<string>;
    const decoded = decodeJob(input, options);
    if (settings.explain) {
      const analysis = analyzeDecoded(decoded, options);
      doc = analysis.document;
      pieces = [renderExplanation(input.name, explainLines(analysis), new Chalk({ level: settings.colorLevel }))];
    } else {
      // The document alone: the source lines and blocks are garbage before rendering starts.
      doc = extractDecoded(decoded, options);
      pieces = renderPieces(doc, settings.format);
    }
    const strictProblems = settings.strict ? strictProblemsOf(doc) : [];
    return { ok: true, pieces, pairs: doc.qa.length, warnings: doc.warnings, strictProblems };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, reason: error.reason };
    // One document's bug must not sink a batch of thousands: report it like a bad input.
    return { ok: false, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The size of a job's input. Read in a function of its own: a function that reads `input.bytes`
 * keeps the buffer in one of its registers until it returns, and the caller's runs the whole pipeline.
 */
function byteLength(input: JobInput): number {
  return input.bytes.length;
}

/** Decodes a job's input, taking its bytes ({@link takeBytes}; a function of its own, as {@link byteLength}). */
function decodeJob(input: JobInput, options: ExtractOptions): DecodedText {
  return decodeInput(takeBytes(input), options);
}

/**
 * Takes the bytes out of a job's input: held by the input while the pipeline ran, a dump's
 * buffer (the size of the dump) stayed alive after decoding until the document was rendered.
 */
export function takeBytes(input: JobInput): Uint8Array {
  const { bytes } = input;
  input.bytes = new Uint8Array(0);
  return bytes;
}

/** What `--strict` objects to in a document: no Q&A, and each warning code once. */
function strictProblemsOf(doc: InterviewDocument): string[] {
  const problems = [...(doc.qa.length === 0 ? ["no Q&A found"] : []), ...doc.warnings.map((warning) => warning.code)];
  return [...new Set(problems)];
}
