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
 * top-level array, on its own, rendered when the writer asks for it. Written one after another,
 * a 20 MB dump's output is never held whole, neither as one string (JSON.stringify's parts, then
 * the flat copy, then its UTF-8 bytes) nor as a list of its pieces (24 MB of a 20 MB dump).
 */
export function* renderJsonPieces(doc: InterviewDocument): Generator<string, void, undefined> {
  // A list's items are put in schema order one at a time too: an ordered copy of every Q&A pair was a second document.
  const fields = documentFields(doc).filter((field) => "items" in field || field.value !== undefined);
  yield "{";
  for (const [index, field] of fields.entries()) {
    const comma = index < fields.length - 1 ? "," : "";
    const key = JSON.stringify(field.key);
    if ("items" in field && field.length > 0) {
      yield `\n  ${key}: [`;
      let at = 0;
      for (const item of field.items()) {
        at += 1;
        yield escapeLineSeparators(`\n    ${indented(item, 2)}${at < field.length ? "," : ""}`);
      }
      yield `\n  ]${comma}`;
    } else {
      yield escapeLineSeparators(`\n  ${key}: ${indented("items" in field ? [] : field.value, 1)}${comma}`);
    }
  }
  yield "\n}\n";
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
  const entries = documentFields(doc).map((field) => [field.key, "items" in field ? [...field.items()] : field.value]);
  return Object.fromEntries(entries) as InterviewDocument;
}

/** A field of the document in schema order: a value, or a list whose items are put in order as they are read. */
type DocumentField = { key: string; value: unknown } | { key: string; length: number; items: () => Iterable<unknown> };

/** The document's fields in schema order ({@link orderDocument}). */
function documentFields(doc: InterviewDocument): DocumentField[] {
  return [
    { key: "schemaVersion", value: doc.schemaVersion },
    { key: "source", value: orderSource(doc.source) },
    { key: "meta", value: orderMeta(doc.meta) },
    { key: "lead", value: doc.lead },
    list("summary", doc.summary, (item) => item),
    { key: "qaIntro", value: doc.qaIntro },
    list("qa", doc.qa, orderQaPair),
    // `closing` is present only when there are closing paragraphs.
    ...(doc.closing !== undefined && doc.closing.length > 0 ? [list("closing", doc.closing, (item) => item)] : []),
    // The evidence fields are written whenever the document has them (always, from extract()).
    ...(doc.summaryEvidence !== undefined ? [list("summaryEvidence", doc.summaryEvidence, orderEvidence)] : []),
    ...(doc.quotes !== undefined ? [list("quotes", doc.quotes, orderQuote)] : []),
    list("removed", doc.removed, orderRemoved),
    list("warnings", doc.warnings, orderWarning),
  ];
}

/** A list field whose items are put in schema order one at a time. */
function list<T>(key: string, items: readonly T[], order: (item: T) => unknown): DocumentField {
  return {
    key,
    length: items.length,
    *items() {
      for (const item of items) yield order(item);
    },
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
