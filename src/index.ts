/**
 * extract-interview: news-agency interview dumps → structured documents.
 * The public API; everything else in src/ is internal.
 */
export { extract, type ExtractOptions } from "./extract.js";
export { render, OUTPUT_FORMATS, type OutputFormat } from "./render/index.js";
export { InputError } from "./decode.js";
export type { ExtractRules, SpeakerRole } from "./rules.js";
export type {
  InterviewDocument,
  Meta,
  Person,
  QaPair,
  Quote,
  QuoteDifference,
  QuoteField,
  QuoteMatch,
  RemovedLine,
  SourceInfo,
  SummaryEvidence,
  Warning,
} from "./types.js";
