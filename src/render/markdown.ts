/**
 * Markdown output: YAML front matter with the meta fields, `# Title`, the
 * lead, `## Summary` as a bullet list, `## Interview` with the Q&A intro and
 * each pair as a bold question followed by its answer paragraphs, then the
 * closing paragraphs, if any, after a thematic break (`* * *`).
 *
 * Every piece of document text is escaped so that a CommonMark parser gives
 * it back verbatim: the Markdown parses to exactly the document's structure
 * (no stray headings, lists, links, emphasis or raw HTML), and also stays
 * inert under the GFM and pandoc extensions (tables, strikethrough, sub- and
 * superscripts, fancy lists, definition lists, raw TeX).
 *
 * Speakers: when a pair names them, the asker's name is an italic label in
 * front of the bold question and the answerer's in front of the first answer
 * paragraph, as in a transcript:
 *
 *     *John Miller:* **What did Iran gain?**
 *
 *     *Kazem Jalali:* First answer paragraph.
 *
 *     Second answer paragraph.
 *
 * A question of several paragraphs ("\n\n" inside the string) becomes several
 * bold paragraphs. Because consecutive bold paragraphs therefore belong to
 * one question, a pair without an answer that is followed by another pair is
 * closed with a thematic break (`* * *`), so the structure stays unambiguous.
 */

import type { InterviewDocument, Meta, Person, QaPair, SummaryEvidence } from "../types.js";
import { fieldKey, questionAnchor, questionLink, quoteFootnotes, type FootnoteMark, type QuoteFootnotes } from "./markdown-evidence.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** The fence that opens and closes the YAML front matter. */
const FRONT_MATTER_FENCE = "---";

/** Indentation of a nested YAML map (interviewer / interviewee). */
const YAML_INDENT = "  ";

/** Heading of the summary section. */
export const SUMMARY_HEADING = "Summary";

/** Heading of the interview section. */
export const INTERVIEW_HEADING = "Interview";

/** Marker of a summary bullet. */
const BULLET = "- ";

/** Closes an unanswered pair that is followed by another pair, and opens the closing paragraphs. */
const THEMATIC_BREAK = "* * *";

/** Separates the paragraphs of a multi-paragraph question. */
const QUESTION_PARAGRAPH_SEPARATOR = "\n\n";

/**
 * Characters escaped wherever they appear: each can start inline syntax in
 * CommonMark (`\` escapes, `` ` `` code, `*` emphasis, `[ ]` links, `<` HTML and
 * autolinks), GFM (`|` tables, `~` strikethrough) or pandoc (`^` superscript,
 * `~` subscript, `\` raw TeX). `_` and `&` are checked in context.
 */
const INLINE_SYNTAX = /[\\`*[\]<|~^_&]/g;

/** Characters that, as `_`'s neighbours on both sides, make it intraword (never emphasis). */
const WORD_CHARACTER = new LazyRegExp(String.raw`^[\p{L}\p{N}]$`, "u");

/** What an `&` must be followed by to start an entity or character reference. */
const ENTITY_TAIL = /^(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][\da-z]{0,31});/i;

/** Extra characters escaped in a heading: `#` (closing sequence), `{` (pandoc attributes). */
const HEADING_SYNTAX = /[#{]/g;

/** Line breaks: written as character references so every paragraph stays one line. */
const LINE_BREAK = /[\r\n]/g;

/** Whitespace a parser would strip at the start or end of a paragraph. */
const LEADING_WHITESPACE = /^\s+/u;
const TRAILING_WHITESPACE = /\s+$/u;

/**
 * Block syntax at the start of a line, where a plain `\` before the matched
 * character keeps it literal: ATX heading, block quote, pandoc title block
 * (`%`), bullet list / thematic break / setext underline (`-`, `+`), setext
 * `===`, pandoc definition (`: `).
 */
const LINE_START_SYNTAX = /^(?:[#>%]|[-+](?=\s|-|$)|=+\s*$|:(?=\s|$))/u;

/**
 * An ordered list marker: CommonMark `1.` / `1)`, and pandoc's fancy lists
 * (`a.`, `iv)`, `(B)`, `(@)`, `@ex.`). Group 1: optional `(`, 2: the
 * enumerator, 3: the delimiter, 4: the spaces after it.
 */
const LIST_MARKER = /^(\(?)(\d{1,9}|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+|@[\w-]*)([.)])(\s*)/u;

/** A single capital letter: pandoc needs two spaces after `A.` to read a list marker. */
const CAPITAL_LETTER = /^[A-Z]$/;

/** Renders the document as Markdown ending with exactly one newline. */
export function renderMarkdown(doc: InterviewDocument): string {
  const notes = quoteFootnotes(doc);
  const blocks = [
    ...frontMatterBlock(doc.meta),
    ...titleBlock(doc.meta.title),
    ...paragraphBlock(doc.lead, notes.marks.get(fieldKey("lead", 0))),
    ...summaryBlocks(doc.summary, doc.summaryEvidence ?? [], notes),
    ...interviewBlocks(doc.qaIntro, doc.qa, notes.marks.get(fieldKey("qaIntro", 0))),
    ...closingBlocks(doc.closing ?? []),
    ...notes.definitions,
  ];
  return `${blocks.join("\n\n")}\n`;
}

/** The YAML front matter, or nothing when every meta field is null. */
function frontMatterBlock(meta: Meta): string[] {
  const lines = [
    ...yamlScalar("title", meta.title),
    ...yamlScalar("published", meta.published),
    ...yamlScalar("publishedOriginal", meta.publishedOriginal ?? null),
    ...yamlScalar("newsId", meta.newsId),
    ...yamlScalar("agency", meta.agency),
    ...yamlScalar("dateline", meta.dateline),
    ...yamlScalar("language", meta.language),
    ...yamlPerson("interviewer", meta.interviewer),
    ...yamlPerson("interviewee", meta.interviewee),
  ];
  if (lines.length === 0) return [];
  return [[FRONT_MATTER_FENCE, ...lines, FRONT_MATTER_FENCE].join("\n")];
}

/** A `key: "value"` line, or nothing for null. */
function yamlScalar(key: string, value: string | null, indent = ""): string[] {
  return value === null ? [] : [`${indent}${key}: ${yamlQuote(value)}`];
}

/** A nested `name`/`role` map, or nothing for null; a null role is omitted. */
function yamlPerson(key: string, person: Person | null): string[] {
  if (person === null) return [];
  return [
    `${key}:`,
    ...yamlScalar("name", person.name, YAML_INDENT),
    ...yamlScalar("role", person.role, YAML_INDENT),
  ];
}

/**
 * Quotes any text as a YAML double-quoted scalar. Only `"` and `\` are
 * special inside one; everything YAML does not count as printable, plus line
 * breaks, tabs and the BOM, is written as an escape so the value stays on one
 * line and reads back identically.
 */
export function yamlQuote(value: string): string {
  let quoted = "";
  for (const char of value) quoted += yamlChar(char);
  return `"${quoted}"`;
}

/** YAML's short escapes for the characters that have one. */
const YAML_SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "\0": "\\0",
  "\x07": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  "\x1b": "\\e",
  '"': '\\"',
  "\\": "\\\\",
  "\u0085": "\\N",
  "\u00a0": "\\_",
  "\u2028": "\\L",
  "\u2029": "\\P",
};

/**
 * Characters written raw in a YAML double-quoted scalar: YAML's printable set
 * minus line breaks, tab, NEL, NBSP (escaped for visibility) and the BOM.
 */
const YAML_RAW_CHAR = /^[\x20-\x7e\u00a1-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]$/u;

/** One code point of a YAML double-quoted scalar. */
function yamlChar(char: string): string {
  const short = YAML_SHORT_ESCAPES[char];
  if (short !== undefined) return short;
  if (YAML_RAW_CHAR.test(char)) return char;
  // Only BMP code points (controls, lone surrogates, U+FFFE/F) get here.
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}

/** `# Title`, or nothing without a title. */
function titleBlock(title: string | null): string[] {
  return title === null ? [] : [`# ${escapeHeading(title)}`.trimEnd()];
}

/**
 * One paragraph, or nothing for null or empty text (an empty paragraph cannot
 * be written); footnote references where `marks` say.
 */
function paragraphBlock(text: string | null, marks: readonly FootnoteMark[] = []): string[] {
  return text === null || text === "" ? [] : [escapeMarkedText(text, marks)];
}

/**
 * `## Summary` and its bullet list, or nothing when there is no summary. Each
 * bullet backed by the answers ends with links to their questions.
 */
function summaryBlocks(summary: readonly string[], evidence: ReadonlyArray<SummaryEvidence | null>, notes: QuoteFootnotes): string[] {
  if (summary.length === 0) return [];
  const items = summary.map((item, index) => {
    const links = (evidence[index]?.pairs ?? []).map((pair) => ` ${questionLink(pair)}`).join("");
    return `${BULLET}${escapeMarkedText(item, notes.marks.get(fieldKey("summary", index)) ?? [])}${links}`;
  });
  return [`## ${SUMMARY_HEADING}`, items.join("\n")];
}

/** `## Interview` with the intro and the pairs, or nothing when both are absent. */
function interviewBlocks(qaIntro: string | null, qa: readonly QaPair[], introMarks: readonly FootnoteMark[] = []): string[] {
  const intro = paragraphBlock(qaIntro, introMarks);
  if (intro.length === 0 && qa.length === 0) return [];
  const pairs = qa.flatMap((pair, index) => [
    ...pairBlocks(pair, index),
    ...(pair.answer.length === 0 && index < qa.length - 1 ? [THEMATIC_BREAK] : []),
  ]);
  return [`## ${INTERVIEW_HEADING}`, ...intro, ...pairs];
}

/**
 * The reporter's closing paragraphs after a thematic break, which keeps them
 * apart from the last answer; nothing when there are none.
 */
function closingBlocks(closing: readonly string[]): string[] {
  const paragraphs = closing.flatMap((paragraph) => paragraphBlock(paragraph));
  return paragraphs.length === 0 ? [] : [THEMATIC_BREAK, ...paragraphs];
}

/**
 * A pair: bold question paragraph(s), then the answer paragraphs; speakers as
 * labels. The question's first paragraph opens with the pair's anchor, or the
 * anchor stands alone before the answer when the question is empty.
 */
function pairBlocks(pair: QaPair, index: number): string[] {
  const anchor = questionAnchor(index);
  const paragraphs = questionParagraphs(pair.question).map((paragraph, at) =>
    at === 0 && pair.asker !== undefined
      ? `${speakerLabel(pair.asker)} **${escapeText(paragraph, false)}**`
      : `**${escapeText(paragraph, false)}**`,
  );
  const [first = "", ...rest] = paragraphs;
  const question = [`${anchor}${first}`, ...rest];
  const answer = pair.answer.filter((paragraph) => paragraph !== "");
  if (pair.answerer === undefined) {
    return [...question, ...answer.map((paragraph) => escapeText(paragraph, true))];
  }
  // The answerer's label leads the first answer paragraph, or stands alone without one.
  const [opening, ...more] = answer;
  const label = speakerLabel(pair.answerer);
  return [
    ...question,
    opening === undefined ? label : `${label} ${escapeText(opening, false)}`,
    ...more.map((paragraph) => escapeText(paragraph, true)),
  ];
}

/**
 * Splits a question into its paragraphs. When a split would leave an empty
 * paragraph (leading, trailing or tripled breaks) the question stays one
 * paragraph, its breaks written as character references.
 */
function questionParagraphs(question: string): string[] {
  if (question === "") return [];
  const parts = question.split(QUESTION_PARAGRAPH_SEPARATOR);
  return parts.includes("") ? [question] : parts;
}

/** `*Name:*`, the italic label that names a speaker. */
function speakerLabel(name: string): string {
  return `*${escapeText(`${name}:`, false)}*`;
}

/**
 * Escapes text for one Markdown line. `atLineStart` is true when the text
 * opens the line (a paragraph, a list item), where block syntax also counts.
 */
function escapeText(text: string, atLineStart: boolean): string {
  const inline = encodeLineBreaks(escapeInline(text));
  return encodeEdgeWhitespace(atLineStart ? escapeLineStart(inline) : inline);
}

/**
 * Escapes a paragraph that opens its line, with a footnote reference (`[^1]`)
 * at each mark. The text is escaped piece by piece between the marks: a mark
 * stands after a closing quotation mark, so no escape depends on a character
 * across it; a `(` right after a reference and a `!` right before one are
 * escaped so they cannot make a link or an image of it.
 */
function escapeMarkedText(text: string, marks: readonly FootnoteMark[]): string {
  if (marks.length === 0) return escapeText(text, true);
  const cuts = [0, ...marks.map((mark) => mark.offset), text.length];
  const pieces = cuts.slice(0, -1).map((start, index) => text.slice(start, cuts[index + 1]));
  return pieces
    .map((piece, index) => {
      let escaped = encodeLineBreaks(escapeInline(piece));
      if (index === 0) escaped = escapeLineStart(escaped).replace(LEADING_WHITESPACE, encodeAll);
      else if (escaped.startsWith("(")) escaped = `\\${escaped}`;
      if (index === pieces.length - 1) escaped = escaped.replace(TRAILING_WHITESPACE, encodeAll);
      const mark = marks[index];
      if (mark === undefined) return escaped;
      // `![^1]` would open an image: a "!" before a reference is escaped.
      return `${escaped.endsWith("!") ? `${escaped.slice(0, -1)}\\!` : escaped}[^${mark.label}]`;
    })
    .join("");
}

/** Every character of a string as a character reference. */
function encodeAll(text: string): string {
  return [...text].map(characterReference).join("");
}

/** Escapes text for an ATX heading line. */
function escapeHeading(text: string): string {
  const inline = escapeInline(text).replace(HEADING_SYNTAX, "\\$&");
  return encodeEdgeWhitespace(encodeLineBreaks(inline));
}

/** Backslash-escapes the characters that would start inline syntax. */
function escapeInline(text: string): string {
  return text.replace(INLINE_SYNTAX, (char: string, offset: number) =>
    isLiteralInContext(text, char, offset) ? char : `\\${char}`,
  );
}

/** True for an `_` between two word characters, or an `&` that starts no reference. */
function isLiteralInContext(text: string, char: string, offset: number): boolean {
  if (char === "_") {
    return isWordCharacter(codePointBefore(text, offset)) && isWordCharacter(codePointAt(text, offset + 1));
  }
  if (char === "&") return !ENTITY_TAIL.test(text.slice(offset + 1));
  return false;
}

/** Whether a character is a letter or digit (in any script). */
function isWordCharacter(char: string): boolean {
  return WORD_CHARACTER.test(char);
}

/** The whole code point ending just before `offset`, or "" at the start. */
function codePointBefore(text: string, offset: number): string {
  const chars = [...text.slice(Math.max(0, offset - 2), offset)];
  return chars.at(-1) ?? "";
}

/** The whole code point starting at `offset`, or "" at the end. */
function codePointAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/** Escapes block syntax (headings, quotes, lists, rules) at the start of the line. */
function escapeLineStart(line: string): string {
  if (LINE_START_SYNTAX.test(line)) return `\\${line}`;
  const marker = LIST_MARKER.exec(line);
  if (marker === null || !isListMarker(marker)) return line;
  // The backslash goes before the delimiter, which follows the optional `(` and the enumerator.
  const end = (marker[1] ?? "").length + (marker[2] ?? "").length;
  return `${line.slice(0, end)}\\${line.slice(end)}`;
}

/** Whether a LIST_MARKER match would really start a list in CommonMark or pandoc. */
function isListMarker(marker: RegExpExecArray): boolean {
  const [, open = "", enumerator = "", delimiter = "", spaces = ""] = marker;
  const atEnd = open.length + enumerator.length + delimiter.length === marker.input.length;
  if (!atEnd && spaces.length === 0) return false;
  if (open === "(" && delimiter !== ")") return false;
  if (delimiter === "." && CAPITAL_LETTER.test(enumerator)) return atEnd || spaces.length >= 2;
  return true;
}

/** Writes CR and LF as character references, keeping the text on one line. */
function encodeLineBreaks(text: string): string {
  return text.replace(LINE_BREAK, characterReference);
}

/** Writes leading and trailing whitespace as character references, which parsers keep. */
function encodeEdgeWhitespace(text: string): string {
  return text
    .replace(LEADING_WHITESPACE, (spaces) => [...spaces].map(characterReference).join(""))
    .replace(TRAILING_WHITESPACE, (spaces) => [...spaces].map(characterReference).join(""));
}

/** `&#xHEX;` for one character. */
function characterReference(char: string): string {
  return `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
}
