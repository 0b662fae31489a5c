/**
 * Plain-text output, for reading in a terminal or a pager:
 *
 *     Title
 *     =====
 *
 *     2025-11-23 15:27:54 · BORNA · Tehran · News ID 2559
 *     Interviewer: John Miller, documentary filmmaker for Press TV
 *     Interviewee: Kazem Jalali, Ambassador …
 *
 *     Lead paragraph.
 *
 *     • Summary paragraph.
 *     • Summary paragraph.
 *
 *     Q&A intro.
 *
 *     Q: Question?
 *
 *     A: First answer paragraph.
 *
 *        Second answer paragraph.
 *
 *     Closing paragraph, if any.
 *
 * Lines are not wrapped (terminals wrap). Speakers, when named, go in the
 * label: `Q (John Miller): …`. Control characters are replaced so that text
 * from a dump cannot drive the terminal.
 */

import type { InterviewDocument, Meta, Person, QaPair } from "../types.js";

/** Separates the parts of the meta line. */
const META_SEPARATOR = " · ";

/** Marker of a summary bullet. */
const BULLET = "• ";

/** Underlines the title. */
const TITLE_RULE = "=";

/** Indentation of a question's or answer's later paragraphs, under the text after `Q: `. */
const CONTINUATION_INDENT = "   ";

/** Separates the paragraphs of a multi-paragraph question. */
const PARAGRAPH_SEPARATOR = /\n{2,}/;

/** C0/C1 control characters other than tab and line feed (ESC starts terminal sequences). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A CR or CRLF line end, read as LF. */
const CARRIAGE_RETURN = /\r\n?/g;

/** A line break with the spaces around it, inside a one-line field. */
const INNER_LINE_BREAK = /\s*\n\s*/g;

/** Shown in place of a control character. */
const REPLACEMENT_CHARACTER = "\ufffd";

/** Characters a terminal shows two columns wide (CJK, Hangul, full-width forms, emoji). */
const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/**
 * Splits text into user-perceived characters for measuring the title; made on first use,
 * as loading its data cost every run (JSON, Markdown) about 10 ms of start-up.
 */
let graphemes: Intl.Segmenter | undefined;

/** The grapheme segmenter, made once. */
function graphemeSegmenter(): Intl.Segmenter {
  return (graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));
}

/** Renders the document as plain text ending with exactly one newline. */
export function renderText(doc: InterviewDocument): string {
  const blocks = [
    ...titleBlock(doc.meta.title),
    ...metaBlock(doc.meta),
    ...optionalBlock(doc.lead),
    ...summaryBlock(doc.summary),
    ...optionalBlock(doc.qaIntro),
    ...doc.qa.flatMap(pairBlocks),
    ...(doc.closing ?? []).flatMap(optionalBlock),
  ];
  return `${blocks.map(sanitize).join("\n\n")}\n`;
}

/** The title and its underline, as wide as the title's longest line. */
function titleBlock(title: string | null): string[] {
  if (title === null || title === "") return [];
  // A reduce, not Math.max(...): spread arguments overflow the stack on a title of 200,000 lines.
  const width = sanitize(title)
    .split("\n")
    .reduce((widest, line) => Math.max(widest, displayWidth(line)), 1);
  return [`${title}\n${TITLE_RULE.repeat(width)}`];
}

/** The date/agency/dateline/news-ID line and one line per named person. */
function metaBlock(meta: Meta): string[] {
  const facts = [
    formatPublished(meta.published, meta.publishedOriginal),
    meta.agency,
    meta.dateline,
    meta.newsId === null ? null : `News ID ${meta.newsId}`,
  ]
    .filter((fact): fact is string => fact !== null && fact !== "")
    .map(oneLine);
  const lines = [
    ...(facts.length > 0 ? [facts.join(META_SEPARATOR)] : []),
    ...personLine("Interviewer", meta.interviewer),
    ...personLine("Interviewee", meta.interviewee),
  ];
  return lines.length > 0 ? [lines.join("\n")] : [];
}

/**
 * `2025-11-23T15:27:54` → `2025-11-23 15:27:54` (an offset is kept), with the
 * source's own date in parentheses when it was converted from another calendar.
 */
function formatPublished(published: string | null, original: string | undefined): string | null {
  const iso = published === null ? null : published.replace("T", " ");
  if (original === undefined || original === "") return iso;
  return iso === null ? original : `${iso} (${original})`;
}

/** `Label: Name, role`, or nothing without a person. */
function personLine(label: string, person: Person | null): string[] {
  if (person === null) return [];
  const name = oneLine(person.name);
  return [`${label}: ${person.role === null ? name : `${name}, ${oneLine(person.role)}`}`];
}

/** Joins the lines of a field that belongs on one line of the meta block. */
function oneLine(text: string): string {
  return sanitize(text).replace(INNER_LINE_BREAK, " ");
}

/** One paragraph, or nothing for null or empty text. */
function optionalBlock(text: string | null): string[] {
  return text === null || text === "" ? [] : [text];
}

/** The summary as one block of bullets. */
function summaryBlock(summary: readonly string[]): string[] {
  if (summary.length === 0) return [];
  return [summary.map((item) => labelled(BULLET, [item], "  ")).join("\n")];
}

/** A pair: the `Q:` block, then the `A:` block when there is an answer. */
function pairBlocks(pair: QaPair): string[] {
  const question = labelled(speakerPrefix("Q", pair.asker), pair.question.split(PARAGRAPH_SEPARATOR));
  if (pair.answer.length === 0) return [question];
  return [question, labelled(speakerPrefix("A", pair.answerer), pair.answer)];
}

/** `Q: ` or, with a named speaker, `Q (John Miller): `. */
function speakerPrefix(label: string, speaker: string | undefined): string {
  return speaker === undefined ? `${label}: ` : `${label} (${speaker}): `;
}

/**
 * The first paragraph after `prefix`, the others indented below it, with a
 * blank line between paragraphs.
 */
function labelled(prefix: string, paragraphs: readonly string[], indent = CONTINUATION_INDENT): string {
  return paragraphs
    .map((paragraph, index) => indentLines(paragraph, index === 0 ? prefix : indent, indent))
    .join("\n\n");
}

/** Prefixes the first line of `text` with `first` and indents the other lines. */
function indentLines(text: string, first: string, indent: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? `${first}${line}` : line === "" ? "" : `${indent}${line}`))
    .join("\n");
}

/** Replaces control characters (but not line feeds or tabs) and normalizes CR line ends. */
function sanitize(text: string): string {
  return text.replace(CARRIAGE_RETURN, "\n").replace(CONTROL_CHARACTERS, REPLACEMENT_CHARACTER);
}

/** Approximate terminal width of a line: graphemes, wide ones counting two. */
function displayWidth(line: string): number {
  let width = 0;
  for (const { segment } of graphemeSegmenter().segment(line)) width += WIDE_CHARACTER.test(segment) ? 2 : 1;
  return width;
}
