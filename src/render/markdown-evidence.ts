/**
 * The evidence in Markdown: an anchor on each question (`<a id="q3"></a>`, the
 * one inline HTML GitHub, pandoc and CommonMark all keep), a link at the end of
 * each summary bullet to the question whose answer backs it (`[→ Q3](#q3)`), and
 * a GFM footnote after each quotation that no answer holds.
 */
import type { InterviewDocument, Quote } from "../types.js";

/** Where a footnote reference goes in a field's text, and its label. */
export interface FootnoteMark {
  offset: number;
  label: string;
}

/** The footnote references of the quotations no answer holds, per field, and the footnotes themselves. */
export interface QuoteFootnotes {
  /** Keyed by `fieldKey`. */
  marks: ReadonlyMap<string, FootnoteMark[]>;
  /** The footnote definitions, in order. */
  definitions: string[];
}

/** What a footnote says about its quotation. */
export const UNBACKED_QUOTE_NOTE = "No answer in the interview holds these quoted words.";

/** Closing quotation marks a footnote reference goes after. */
const CLOSING_MARKS = '\u201D\u201C\u00BB\u300D\u300F"';

/** The id of a question's anchor: `q1` for the first pair. */
export function anchorId(pair: number): string {
  return `q${String(pair + 1)}`;
}

/** The anchor written before a question. */
export function questionAnchor(pair: number): string {
  return `<a id="${anchorId(pair)}"></a>`;
}

/** The link to a question, written at the end of a summary bullet. */
export function questionLink(pair: number): string {
  return `[→ Q${String(pair + 1)}](#${anchorId(pair)})`;
}

/** The key of a field in `QuoteFootnotes.marks`. */
export function fieldKey(field: Quote["in"], index: number): string {
  return `${field}:${String(index)}`;
}

/** Places a footnote after each quotation marked `none`, numbered in document order. */
export function quoteFootnotes(doc: InterviewDocument): QuoteFootnotes {
  const marks = new Map<string, FootnoteMark[]>();
  const cursors = new Map<string, number>();
  const definitions: string[] = [];
  for (const quote of doc.quotes ?? []) {
    const key = fieldKey(quote.in, quote.index);
    const text = fieldText(doc, quote);
    const found = text.indexOf(quote.text, cursors.get(key) ?? 0);
    if (found === -1) continue;
    const offset = afterClosingMark(text, found + quote.text.length);
    cursors.set(key, offset);
    if (quote.match !== "none") continue;
    const label = String(definitions.length + 1);
    definitions.push(`[^${label}]: ${UNBACKED_QUOTE_NOTE}`);
    marks.set(key, [...(marks.get(key) ?? []), { offset, label }]);
  }
  return { marks, definitions };
}

/** The text of the field a quotation stands in. */
function fieldText(doc: InterviewDocument, quote: Quote): string {
  if (quote.in === "lead") return doc.lead ?? "";
  if (quote.in === "qaIntro") return doc.qaIntro ?? "";
  return doc.summary[quote.index] ?? "";
}

/** The offset after the closing mark that follows a quotation's words (spaces before it included), or `end` itself. */
function afterClosingMark(text: string, end: number): number {
  let at = end;
  while (text.charAt(at) === " ") at += 1;
  return CLOSING_MARKS.includes(text.charAt(at)) && at < text.length ? at + 1 : end;
}
