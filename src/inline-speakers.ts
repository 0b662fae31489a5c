/**
 * Transcripts flattened to one line: "… Intro. STANDARD: Question? Behr: Answer. STANDARD: …".
 * The speaker labels are learned from the block itself — a short capitalised
 * name before a colon, right after a sentence end, that recurs and alternates
 * with another such name — and the block is cut before each of them. Nothing
 * is listed: the publication's own name as interviewer is learned like a surname.
 */
import { LazyRegExp } from "./lazy-regexp.js";
import { escapeRegExp } from "./lexicon/index.js";
import type { Block } from "./types.js";

/** A block shorter than this is a paragraph, not a flattened transcript. */
const FLATTENED_MIN_CHARS = 600;

/** Fewest label occurrences that make a transcript (two exchanges). */
const MIN_TURNS = 4;

/** A learned label occurs at least this often. */
const MIN_LABEL_USES = 2;

/**
 * A label candidate after a sentence end: one to three capitalised words (or
 * a word of a caseless script) and a colon, doubled by a typo (`STANDARD::`),
 * then a space or the turn's first letter. "Zur zweiten Frage:" has a
 * lower-case word and never matches; "Oder:" matches but does not recur.
 */
const INLINE_LABEL = new LazyRegExp(
  String.raw`(?<=[.!?…"'»”)\]])\s+([\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,30}(?:\s\p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,2})\s?::?(?=[\s\p{Lu}\p{Lo}])`,
  "gu",
);

/** One label occurrence: where the piece starts and the name it gives. */
interface LabelAt {
  index: number;
  name: string;
}

/** Cuts every flattened transcript block at its learned speaker labels. */
export function splitInlineSpeakers(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => (block.text.length >= FLATTENED_MIN_CHARS ? splitAtSpeakers(block) : [block]));
}

/** Splits one block before each learned label; a block without a learned transcript stays whole. */
function splitAtSpeakers(block: Block): Block[] {
  const labels = learnedLabels(block.text);
  if (labels.length === 0) return [block];
  const pieces: Block[] = [];
  const first = block.text.slice(0, labels[0]!.index).trim();
  if (first.length > 0) pieces.push({ ...block, text: first, hints: { ...block.hints } });
  labels.forEach((label, position) => {
    const text = block.text.slice(label.index, labels[position + 1]?.index ?? block.text.length).trim();
    pieces.push({ ...block, text, hints: { ...block.hints, speaker: label.name } });
  });
  return pieces;
}

/**
 * The label occurrences of a flattened transcript, or none: only names used at
 * least twice count, at least two of them, and turns must mostly change
 * speaker — a name that recurs alone is an article's "Note:" or "Update:".
 */
function learnedLabels(text: string): LabelAt[] {
  const found = INLINE_LABEL.matchAll(text).map((match) => ({
    index: match.index + match[0].length - match[0].trimStart().length,
    name: match[1]!,
  }));
  const uses = new Map<string, number>();
  for (const label of found) uses.set(label.name, (uses.get(label.name) ?? 0) + 1);
  const recurring = found.filter((label) => (uses.get(label.name) ?? 0) >= MIN_LABEL_USES);
  const names = new Set(recurring.map((label) => label.name));
  if (names.size < 2 || recurring.length < MIN_TURNS) return [];
  const changes = recurring.filter(
    (label, position) => position > 0 && recurring[position - 1]!.name !== label.name,
  ).length;
  return changes * 2 >= recurring.length - 1 ? withUnpunctuatedUses(text, recurring, names) : [];
}

/**
 * The learned labels, and their uses that follow no sentence end: a crawl glues a widget's
 * text to the label ("…votes. Read more RT: Have you…"). Once learned, a name and its colon
 * open a turn wherever a capital, or a quote and a capital, follows them; "as Behr: the…" inside
 * a sentence does not. A full name written once ("Ginni Thomas:" where "Thomas:" was learned)
 * leaves its first name behind.
 */
function withUnpunctuatedUses(text: string, learned: readonly LabelAt[], names: ReadonlySet<string>): LabelAt[] {
  const pattern = new RegExp(
    `(?<=\\s)(${[...names].map(escapeRegExp).join("|")})\\s?::?\\s?(?=["“‘«„]?[\\p{Lu}\\p{Lo}])`,
    "gu",
  );
  const known = new Set(learned.map((label) => label.index));
  const more = [...text.matchAll(pattern)]
    .filter((match) => !known.has(match.index))
    .map((match) => ({ index: match.index, name: match[1]! }));
  return more.length === 0 ? [...learned] : [...learned, ...more].sort((a, b) => a.index - b.index);
}
