/**
 * SPEC.md's accounting rule: every input line is accounted for — its text is
 * in the document's text (in order), or it was taken into `meta`, or it is in
 * `removed`. Checked word by word so label stripping and line joining are
 * allowed, while a dropped or reordered line is caught.
 */
import { labelWords } from "../../src/lexicon/index.js";
import type { InterviewDocument, SourceLine } from "../../src/types.js";

/** Word tokens, lowercased, digits folded to ASCII. */
function words(text: string): string[] {
  const ascii = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  return ascii.toLowerCase().match(/\p{N}+|[\p{L}\p{M}]+/gu) ?? [];
}

/** The document's text in reading order. */
function bodyStream(doc: InterviewDocument): string[] {
  const parts = [
    doc.lead ?? "",
    ...doc.summary,
    doc.qaIntro ?? "",
    ...doc.qa.flatMap((pair) => [pair.question, ...pair.answer]),
    ...(doc.closing ?? []),
  ];
  return words(parts.join(" "));
}

/** Tokens that metadata carries (values, the date's parts, speaker names). */
function metaTokens(doc: InterviewDocument): Set<string> {
  const { meta } = doc;
  const values = [
    meta.title, meta.published, meta.publishedOriginal, meta.newsId, meta.agency, meta.dateline,
    meta.interviewer?.name, meta.interviewer?.role, meta.interviewee?.name, meta.interviewee?.role,
    ...doc.qa.flatMap((pair) => [pair.asker ?? "", pair.answerer ?? ""]),
  ];
  const tokens = new Set(words(values.filter(Boolean).join(" ")));
  // Dates are re-formatted: 2025/11/23 → 2025-11-23, "Nov 23" → 11; accept any number that is a date part.
  for (const part of (meta.published ?? "").split(/[-T:+Z]/u)) {
    if (part) tokens.add(part).add(String(Number(part)));
  }
  return tokens;
}

/** Words a stripped label may leave between two accounted words. */
const LOOK_AHEAD = 3;

/** Label words a metadata line may carry besides its value. */
const META_LINE_LABEL_WORDS = 3;

/** Words of turn labels the document strips: the lexicons' labels, numbers, numbered `Q1`/`A1`. */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  ...labelWords().map((word) => word.toLowerCase()),
  ...Array.from({ length: 60 }, (_, n) => String(n + 1)),
  ...Array.from({ length: 60 }, (_, n) => `q${n + 1}`),
  ...Array.from({ length: 60 }, (_, n) => `a${n + 1}`),
]);

/**
 * Matches a line's words against the text from `cursor`: the next word, a label
 * word skipped in place, or a word a few places ahead (a label stripped between).
 */
function alignWithStream(lineWords: readonly string[], stream: readonly string[], from: number, labelWords: ReadonlySet<string>): { cursor: number; unmatched: string[] } {
  let cursor = from;
  const unmatched: string[] = [];
  for (const word of lineWords) {
    if (stream[cursor] === word) {
      cursor += 1;
      continue;
    }
    if (labelWords.has(word)) continue;
    const ahead = stream.indexOf(word, cursor);
    if (ahead >= 0 && ahead - cursor <= LOOK_AHEAD) cursor = ahead + 1;
    else unmatched.push(word);
  }
  return { cursor, unmatched };
}

/**
 * Whether a word of an unspaced script is a run of metadata words:
 * "新华社北京" is the agency and the dateline written together.
 */
function madeOfMeta(word: string, meta: ReadonlySet<string>): boolean {
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) return false;
  let rest = word;
  for (const token of [...meta].filter((token) => token.length > 1).sort((a, b) => b.length - a.length)) {
    rest = rest.split(token).join("");
  }
  return rest.length === 0;
}

/** One line the document does not account for, with the words that are missing. */
export interface Unaccounted {
  line: number;
  text: string;
  missing: string[];
}

/**
 * Walks the lines in order against the document's text. A word is accounted for
 * when it is the next word of the text (or within a short look-ahead, for
 * labels stripped in between), a metadata token, or a word of that line's
 * removed entries. Returns the lines that have unaccounted words.
 */
export function unaccountedLines(lines: readonly SourceLine[], doc: InterviewDocument, labelWords: ReadonlySet<string>): Unaccounted[] {
  const stream = bodyStream(doc);
  const meta = metaTokens(doc);
  const removedByLine = new Map<number, Set<string>>();
  for (const entry of doc.removed) {
    const set = removedByLine.get(entry.line) ?? new Set<string>();
    for (const word of words(entry.text)) set.add(word);
    removedByLine.set(entry.line, set);
  }
  let cursor = 0;
  const problems: Unaccounted[] = [];
  for (const line of lines) {
    const removed = removedByLine.get(line.number) ?? new Set<string>();
    const lineWords = words(line.text);
    const aside = (word: string): boolean => meta.has(word) || removed.has(word) || labelWords.has(word) || madeOfMeta(word, meta);
    // A line that went to `removed` is accounted for there: it does not move through the text,
    // even when its words also open the text (a dropped "Water." before "Water budget?").
    if (lineWords.length > 0 && lineWords.every((word) => removed.has(word))) continue;
    const walk = alignWithStream(lineWords, stream, cursor, labelWords);
    // A line wholly in meta, removed or labels (the title, a date line) does not move through the text.
    if (walk.unmatched.length > 0 && lineWords.every(aside)) continue;
    cursor = walk.cursor;
    const missing = walk.unmatched.filter((word) => !aside(word));
    // A metadata line keeps its labels ("News ID:", "Posted:", "Publicado el") out of the document:
    // it must carry a metadata value, and values (or numbers) must be a good share of its words.
    const values = lineWords.filter((word) => meta.has(word) || /^\d+$/u.test(word)).length;
    const metaLine = lineWords.some((word) => meta.has(word)) && (missing.length <= META_LINE_LABEL_WORDS || values * 3 >= lineWords.length);
    if (missing.length > 0 && !metaLine) problems.push({ line: line.number, text: line.text, missing });
  }
  return problems;
}
