/**
 * Compares a quotation with an answer word by word: `exact` when the quoted
 * words stand in the answer as they are (case, punctuation and spacing aside;
 * an ellipsis or a bracketed insertion may stand for left-out words, an
 * editor's parenthesis may be left out), `close`
 * when a few words differ, with the differences listed.
 */
import type { QuoteDifference, QuoteMatch } from "../types.js";
import { isUnspaced, tokenize, type Token } from "./text.js";

/** An answer prepared for comparison. */
export interface AnswerText {
  tokens: Token[];
  /** The tokens' normalised forms joined by single spaces, with a space at each end. */
  joined: string;
}

/** What a quotation matched. */
export interface QuoteComparison {
  match: Exclude<QuoteMatch, "none">;
  /** Share of the quoted words the answer gives unchanged, 0..1. */
  similarity: number;
  diff: QuoteDifference[];
}

/**
 * `close` needs at least this share of the quoted words kept in order: a
 * changed word or two in a sentence, not a paraphrase.
 */
export const CLOSE_SIMILARITY = 0.75;

/** ...and at least this many words in common, so two short phrases do not pass by chance. */
const CLOSE_MIN_SHARED = 4;

/** Alignment tables larger than this (quote words × answer words) are not computed. */
const MAX_ALIGNMENT_CELLS = 4_000_000;

/** Where a quotation leaves words out: an ellipsis, or an editor's words in square brackets. */
const ELISION = /\.\.\.|…|\[[^\]]*\]/gu;

/** Prepares an answer's paragraphs (or their tokens) for comparison. */
export function answerText(
  paragraphs: readonly string[],
  tokens: Token[] = tokenize(paragraphs.join("\n")),
): AnswerText {
  return { tokens, joined: joinNorms(tokens) };
}

/** Normalised forms joined by spaces, with a space at each end, for whole-word search. */
function joinNorms(tokens: readonly Token[]): string {
  return ` ${tokens.map((token) => token.norm).join(" ")} `;
}

/**
 * A quotation prepared for comparison: its stretches between elisions (for
 * `exact`), as written and with any parenthesis taken out, and its words (for
 * `close`, parentheses out).
 */
export interface QuoteText {
  /** Each reading's stretches, normalised words joined as in `AnswerText.joined`. */
  readings: string[][];
  tokens: Token[];
}

/**
 * An editor's clarification in parentheses inside a quotation ("He (Trump)
 * remains…"): the quoted words may stand in the answer with it or without it.
 */
const PARENTHESIS = /\([^()]*\)/gu;

/** Prepares a quotation once, for comparison with many answers. */
export function quoteText(quote: string): QuoteText {
  const plain = quote.replace(PARENTHESIS, " ");
  const readings = (plain === quote ? [quote] : [quote, plain]).map(segments);
  return { readings, tokens: tokenize(plain.replace(ELISION, " ")) };
}

/** The stretches of a quotation between elisions, each as normalised words joined by spaces. */
function segments(quote: string): string[] {
  return quote
    .split(ELISION)
    .map((segment) => tokenize(segment))
    .filter((tokens) => tokens.length > 0)
    .map(joinNorms);
}

/** Compares a quotation with one answer: exact, close, or null when it is neither. */
export function compareQuote(quote: string | QuoteText, answer: AnswerText): QuoteComparison | null {
  const prepared = typeof quote === "string" ? quoteText(quote) : quote;
  if (isExact(prepared, answer)) return { match: "exact", similarity: 1, diff: [] };
  const alignment = align(prepared.tokens, answer.tokens);
  if (alignment === null) return null;
  const { similarity, shared, diff } = alignment;
  return similarity >= CLOSE_SIMILARITY && shared >= CLOSE_MIN_SHARED ? { match: "close", similarity, diff } : null;
}

/** Whether each stretch of the quotation (in one of its readings) stands in the answer, in order. */
export function isExact(quote: string | QuoteText, answer: AnswerText): boolean {
  const { readings } = typeof quote === "string" ? quoteText(quote) : quote;
  return readings.some((stretches) => holdsInOrder(answer.joined, stretches));
}

/** Whether a text holds every stretch, one after the other. */
function holdsInOrder(text: string, stretches: readonly string[]): boolean {
  if (stretches.length === 0) return false;
  let from = 0;
  for (const stretch of stretches) {
    const found = text.indexOf(stretch, from);
    if (found === -1) return false;
    // The next stretch may start on the space that closed this one.
    from = found + stretch.length - 1;
  }
  return true;
}

/** One step of an alignment: a kept word, a changed one, or one only the quote or only the answer has. */
type Step = "same" | "change" | "quote" | "answer";

/** A quotation aligned with the stretch of an answer it fits best. */
interface Alignment {
  similarity: number;
  shared: number;
  diff: QuoteDifference[];
}

/**
 * Aligns the quotation with the best-fitting stretch of the answer (edit
 * distance over words, free to start and end anywhere in the answer), or null
 * when the table would be too large.
 */
export function align(quote: readonly Token[], answer: readonly Token[]): Alignment | null {
  const rows = quote.length;
  const columns = answer.length;
  if (rows === 0 || columns === 0 || rows * columns > MAX_ALIGNMENT_CELLS) return null;
  const width = columns + 1;
  const cost = new Uint32Array((rows + 1) * width);
  for (let row = 1; row <= rows; row += 1) {
    cost[row * width] = row;
    for (let column = 1; column <= columns; column += 1) {
      const same = quote[row - 1]?.norm === answer[column - 1]?.norm;
      const diagonal = (cost[(row - 1) * width + column - 1] ?? 0) + (same ? 0 : 1);
      const up = (cost[(row - 1) * width + column] ?? 0) + 1;
      const left = (cost[row * width + column - 1] ?? 0) + 1;
      cost[row * width + column] = Math.min(diagonal, up, left);
    }
  }
  const end = bestEnd(cost, rows, width);
  const steps = traceBack(cost, quote, answer, end);
  const shared = steps.filter((step) => step.kind === "same").length;
  // Words the answer adds inside the stretch count against it like words the quote changed.
  return { similarity: shared / (rows + countAnswerOnly(steps)), shared, diff: differences(steps) };
}

/**
 * The answer column where the cheapest alignment of the whole quotation ends;
 * of equally cheap ends the last, which has taken in more of the answer's words
 * at the same cost, so more of them match ("uncover secrets" against
 * "understand the secrets" ends on "secrets", not before it).
 */
function bestEnd(cost: Uint32Array, rows: number, width: number): number {
  let end = 1;
  for (let column = 1; column < width; column += 1) {
    if ((cost[rows * width + column] ?? 0) <= (cost[rows * width + end] ?? 0)) end = column;
  }
  return end;
}

/** An alignment step with the tokens it covers. */
interface TracedStep {
  kind: Step;
  quote?: Token;
  answer?: Token;
}

/** Walks the table back from the end to the start of the quotation, giving the steps in order. */
function traceBack(cost: Uint32Array, quote: readonly Token[], answer: readonly Token[], end: number): TracedStep[] {
  const width = answer.length + 1;
  const at = (row: number, column: number): number => cost[row * width + column] ?? 0;
  const steps: TracedStep[] = [];
  let row = quote.length;
  let column = end;
  while (row > 0) {
    const here = at(row, column);
    const q = quote[row - 1];
    const a = column > 0 ? answer[column - 1] : undefined;
    if (q === undefined) break;
    const same = a !== undefined && q.norm === a.norm;
    if (a !== undefined && here === at(row - 1, column - 1) + (same ? 0 : 1)) {
      steps.push({ kind: same ? "same" : "change", quote: q, answer: a });
      row -= 1;
      column -= 1;
    } else if (here === at(row - 1, column) + 1 || a === undefined) {
      steps.push({ kind: "quote", quote: q });
      row -= 1;
    } else {
      steps.push({ kind: "answer", answer: a });
      column -= 1;
    }
  }
  return steps.reverse();
}

/** Answer words inside the aligned stretch that the quotation does not have. */
function countAnswerOnly(steps: readonly TracedStep[]): number {
  return steps.filter((step) => step.kind === "answer").length;
}

/** Groups the steps that are not kept words into differences: quoted words against the answer's. */
function differences(steps: readonly TracedStep[]): QuoteDifference[] {
  const result: QuoteDifference[] = [];
  let quoteWords: Token[] = [];
  let answerWords: Token[] = [];
  const flush = (): void => {
    if (quoteWords.length + answerWords.length > 0)
      result.push({ quote: words(quoteWords), answer: words(answerWords) });
    quoteWords = [];
    answerWords = [];
  };
  for (const step of steps) {
    if (step.kind === "same") {
      flush();
      continue;
    }
    if (step.quote) quoteWords.push(step.quote);
    if (step.answer) answerWords.push(step.answer);
  }
  flush();
  return result;
}

/** Tokens written back as words: spaced, except between characters of an unspaced script. */
function words(tokens: readonly Token[]): string {
  return tokens.reduce((text, token, index) => {
    const previous = tokens[index - 1];
    const glue = previous === undefined || (isUnspaced(previous) && isUnspaced(token)) ? "" : " ";
    return text + glue + token.surface;
  }, "");
}
