/**
 * Turns marked by list symbols: the question opens with one symbol and the answer
 * with another (`* …?` / `- …`, `• …?` / `•• …`), or only questions carry a symbol
 * and answers are plain paragraphs (`*…?` / `…`). Newspapers that set interviews
 * this way often ask with statements, so the symbol, not the question mark, decides.
 */
import { ENDS_LIKE_SENTENCE, ENDS_WITH_QUESTION } from "../patterns.js";
import type { Block } from "../types.js";
import { plainTurn } from "./asks.js";
import type { InterviewShape, Turn } from "./turns.js";

/**
 * A list symbol opening a paragraph, group 1 the symbol: a star, bullets (one or two), a dash.
 * A star that opens emphasis (`**bold**`, `*italic*`) is none.
 */
const MARKER = /^(\*(?![^*]*\*)|•{1,2}|[-–—▪■►◆●])\s*(?=\S)/u;

/** Fewest turns of each symbol that make the shape. */
const MIN_TURNS = 3;

/** Share of symbol changes between consecutive marked paragraphs when two symbols alternate. */
const MIN_ALTERNATION = 0.8;

/** Reads turns marked by list symbols, or null when the text does not use them so. */
export function markerShape(blocks: readonly Block[]): InterviewShape | null {
  const markers = blocks.map((block) => MARKER.exec(block.text)?.[1] ?? null);
  const counts = new Map<string, number>();
  for (const marker of markers) if (marker !== null) counts.set(marker, (counts.get(marker) ?? 0) + 1);
  const frequent = [...counts].filter(([, count]) => count >= MIN_TURNS).map(([marker]) => marker);
  if (frequent.length === 1) return questionsOnly(blocks, markers, frequent[0]!);
  if (frequent.length === 2 && counts.size === 2 && alternates(markers))
    return questionsAndAnswers(blocks, markers, frequent as [string, string]);
  return null;
}

/** Whether the marked paragraphs change symbol from one to the next, nearly always. */
function alternates(markers: ReadonlyArray<string | null>): boolean {
  const marked = markers.filter((marker) => marker !== null);
  const changes = marked.filter((marker, index) => index > 0 && marker !== marked[index - 1]).length;
  return changes >= (marked.length - 1) * MIN_ALTERNATION;
}

/** Two symbols: the one whose paragraphs ask more opens questions, the other answers. */
function questionsAndAnswers(
  blocks: readonly Block[],
  markers: ReadonlyArray<string | null>,
  pair: [string, string],
): InterviewShape | null {
  const [asker, answerer] =
    askingShare(blocks, markers, pair[0]) >= askingShare(blocks, markers, pair[1]) ? pair : [pair[1], pair[0]];
  if (askingShare(blocks, markers, asker) < 0.5) return null;
  let previous: Turn["kind"] = "answer";
  const turns = blocks.map((block, index): Turn => {
    const kind =
      markers[index] === answerer
        ? "answer"
        : markers[index] === asker
          ? askerTurn(blocks, markers, index, previous)
          : "plain";
    if (kind !== "plain") previous = kind;
    return kind === "plain" ? plainTurn(block.text) : markedTurn(kind, block.text);
  });
  return { name: "marked questions and answers", turns, answersLabeled: true, mergeQuestions: false };
}

/**
 * What a paragraph with the question symbol does. One that asks is a question. One that does
 * not is an answer right after a question (the page lost its dash), a question when a marked
 * paragraph replies to it, and otherwise no turn: a box after the interview reuses the symbol
 * for its heading and its text.
 */
function askerTurn(
  blocks: readonly Block[],
  markers: ReadonlyArray<string | null>,
  index: number,
  previous: Turn["kind"],
): Turn["kind"] {
  const text = blocks[index]!.text;
  if (ENDS_WITH_QUESTION.test(text)) return "question";
  if (previous === "question") return "answer";
  return markers[index + 1] != null && ENDS_LIKE_SENTENCE.test(text) ? "question" : "plain";
}

/**
 * One symbol, on questions only: each marked paragraph followed by a plain one, most
 * of them asking. A bulleted list (marked paragraphs in a row) is no interview.
 */
function questionsOnly(
  blocks: readonly Block[],
  markers: ReadonlyArray<string | null>,
  asker: string,
): InterviewShape | null {
  const marked = markers.flatMap((marker, index) => (marker === asker ? [index] : []));
  if (marked.some((index) => markers[index + 1] != null || index + 1 >= blocks.length)) return null;
  if (askingShare(blocks, markers, asker) < 0.5) return null;
  const turns = blocks.map((block, index): Turn =>
    markers[index] === asker ? markedTurn("question", block.text) : plainTurn(block.text),
  );
  return { name: "marked questions", turns, answersLabeled: false, mergeQuestions: false };
}

/** Share of the paragraphs opening with a symbol that end with a question mark. */
function askingShare(blocks: readonly Block[], markers: ReadonlyArray<string | null>, marker: string): number {
  const texts = blocks.filter((_, index) => markers[index] === marker).map((block) => block.text);
  return texts.filter((text) => ENDS_WITH_QUESTION.test(text)).length / Math.max(1, texts.length);
}

/** A turn with its symbol removed. */
function markedTurn(kind: "question" | "answer", text: string): Turn {
  const bare = text.replace(MARKER, "");
  return {
    kind,
    text: bare,
    reason: kind === "question" ? "list symbol that opens the questions" : "list symbol that opens the answers",
    rule: "turns/marker",
  };
}
