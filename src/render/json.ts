/**
 * JSON and NDJSON output: the document as schema version 1
 * (`schema/interview.schema.json`), keys always in the schema's order.
 */

import type {
  InterviewDocument,
  Meta,
  Person,
  QaPair,
  Quote,
  RemovedLine,
  SourceInfo,
  SummaryEvidence,
  Warning,
} from "../types.js";

/** Indentation of the pretty JSON output. */
const JSON_INDENT = 2;

/**
 * Characters JSON allows raw but some line splitters treat as line ends
 * (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR): escaped so that one NDJSON
 * record is one line for every consumer (Python's `splitlines`, editors).
 */
const LINE_SEPARATOR_PATTERN = /[\u0085\u2028\u2029]/g;

/** Renders the document as pretty JSON (2-space indent) ending with a newline. */
export function renderJson(doc: InterviewDocument): string {
  return `${stringify(doc, JSON_INDENT)}\n`;
}

/**
 * The pretty JSON of {@link renderJson} in pieces: each top-level field, and each item of a
 * top-level array, on its own. Written one after another, a 20 MB dump's output is never
 * held as one string (JSON.stringify's parts, then the flat copy, then its UTF-8 bytes).
 */
export function renderJsonPieces(doc: InterviewDocument): string[] {
  const fields = Object.entries(orderDocument(doc)).filter(([, value]) => value !== undefined);
  const pieces = ["{"];
  fields.forEach(([key, value], index) => {
    const comma = index < fields.length - 1 ? "," : "";
    if (Array.isArray(value) && value.length > 0) {
      pieces.push(`\n  ${JSON.stringify(key)}: [`);
      value.forEach((item: unknown, at) => {
        pieces.push(`\n    ${indented(item, 2)}${at < value.length - 1 ? "," : ""}`);
      });
      pieces.push(`\n  ]${comma}`);
    } else {
      pieces.push(`\n  ${JSON.stringify(key)}: ${indented(value, 1)}${comma}`);
    }
  });
  pieces.push("\n}\n");
  return pieces.map(escapeLineSeparators);
}

/** A value's pretty JSON nested `depth` levels deep (JSON strings hold no raw line break: each one is the layout's). */
function indented(value: unknown, depth: number): string {
  const json = JSON.stringify(value ?? null, null, JSON_INDENT);
  return json.includes("\n") ? json.replaceAll("\n", `\n${" ".repeat(JSON_INDENT * depth)}`) : json;
}

/** Renders the document as one NDJSON line, newline included. */
export function renderNdjsonLine(doc: InterviewDocument): string {
  return `${stringify(doc, undefined)}\n`;
}

/** Serializes the document in schema order, with line separators escaped. */
function stringify(doc: InterviewDocument, indent: number | undefined): string {
  return escapeLineSeparators(JSON.stringify(orderDocument(doc), null, indent));
}

/** Escapes NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR in a piece of JSON. */
function escapeLineSeparators(json: string): string {
  return json.replace(LINE_SEPARATOR_PATTERN, escapeCodeUnit);
}

/** Escapes one UTF-16 code unit as a JSON `\uXXXX` sequence. */
function escapeCodeUnit(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Copies the document with keys in the schema's order. Only schema fields are
 * copied, so the output validates even if a caller's object carries extras.
 */
export function orderDocument(doc: InterviewDocument): InterviewDocument {
  return {
    schemaVersion: doc.schemaVersion,
    source: orderSource(doc.source),
    meta: orderMeta(doc.meta),
    lead: doc.lead,
    summary: [...doc.summary],
    qaIntro: doc.qaIntro,
    qa: doc.qa.map(orderQaPair),
    // `closing` is present only when there are closing paragraphs.
    ...(doc.closing !== undefined && doc.closing.length > 0 ? { closing: [...doc.closing] } : {}),
    // The evidence fields are written whenever the document has them (always, from extract()).
    ...(doc.summaryEvidence !== undefined ? { summaryEvidence: doc.summaryEvidence.map(orderEvidence) } : {}),
    ...(doc.quotes !== undefined ? { quotes: doc.quotes.map(orderQuote) } : {}),
    removed: doc.removed.map(orderRemoved),
    warnings: doc.warnings.map(orderWarning),
  };
}

/** Copies `source` in schema order. */
function orderSource(source: SourceInfo): SourceInfo {
  return {
    name: source.name,
    format: source.format,
    encoding: source.encoding,
    bytes: source.bytes,
    url: source.url,
  };
}

/** Copies `meta` in schema order. */
function orderMeta(meta: Meta): Meta {
  return {
    title: meta.title,
    published: meta.published,
    ...(meta.publishedOriginal !== undefined ? { publishedOriginal: meta.publishedOriginal } : {}),
    newsId: meta.newsId,
    agency: meta.agency,
    dateline: meta.dateline,
    language: meta.language,
    interviewer: orderPerson(meta.interviewer),
    interviewee: orderPerson(meta.interviewee),
  };
}

/** Copies a person in schema order. */
function orderPerson(person: Person | null): Person | null {
  return person === null ? null : { name: person.name, role: person.role };
}

/** Copies a Q&A pair in schema order; `asker`/`answerer` only when present. */
function orderQaPair(pair: QaPair): QaPair {
  const ordered: QaPair = { question: pair.question, answer: [...pair.answer] };
  if (pair.asker !== undefined) ordered.asker = pair.asker;
  if (pair.answerer !== undefined) ordered.answerer = pair.answerer;
  return ordered;
}

/** Copies a summary item's evidence in schema order. */
function orderEvidence(evidence: SummaryEvidence | null): SummaryEvidence | null {
  return evidence === null ? null : { pairs: [...evidence.pairs], score: evidence.score };
}

/** Copies a quotation in schema order; `diff` only when present. */
function orderQuote(quote: Quote): Quote {
  const ordered: Quote = { in: quote.in, index: quote.index, text: quote.text, pair: quote.pair, match: quote.match };
  if (quote.diff !== undefined) ordered.diff = quote.diff.map((entry) => ({ quote: entry.quote, answer: entry.answer }));
  return ordered;
}

/** Copies a removed line in schema order. */
function orderRemoved(removed: RemovedLine): RemovedLine {
  return { line: removed.line, text: removed.text, reason: removed.reason, rule: removed.rule };
}

/** Copies a warning in schema order. */
function orderWarning(warning: Warning): Warning {
  return { code: warning.code, message: warning.message, ...(warning.rule === undefined ? {} : { rule: warning.rule }) };
}
