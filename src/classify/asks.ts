/**
 * Whether a paragraph asks: the tests every turn shape shares (a question
 * paragraph, emphasis around a whole turn, sentences of any script).
 */
import { ENDS_WITH_QUESTION } from "../patterns.js";
import { textUnitsUpTo } from "./shape.js";
import type { Turn } from "./turns.js";

/** A paragraph question is at most this long, unless most of its sentences are questions. */
export const QUESTION_MAX_UNITS = 90;

/** A paragraph that does not end on its question may still ask when it is this short. */
export const SHORT_QUESTION_UNITS = 30;

/** The question marks of {@link ENDS_WITH_QUESTION}, anywhere in a text. */
const QUESTION_MARK = /[?\u061F\uFF1F\u037E]/u;

/** A block that is not a turn of its own. */
export function plainTurn(text: string): Turn {
  return { kind: "plain", text, reason: "no turn label", rule: "turns/none" };
}

/** Splits a paragraph into sentences at terminal punctuation of any script. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?\u061F\uFF1F\u3002…])\s*/u).filter((sentence) => sentence.trim().length > 0);
}

/**
 * A paragraph that asks: it ends with a question mark and is short, or most of
 * its sentences ask. A long answer that merely ends on a rhetorical question
 * has most of its sentences as statements.
 */
export function isParagraphQuestion(text: string): boolean {
  const endsAsking = ENDS_WITH_QUESTION.test(text);
  // A paragraph that neither ends asking nor holds a question mark has no sentence that asks: most paragraphs.
  if (!endsAsking && !QUESTION_MARK.test(text)) return false;
  // A paragraph that does not end asking is judged by its length up to SHORT_QUESTION_UNITS only: counting stops there.
  const units = textUnitsUpTo(text, endsAsking ? QUESTION_MAX_UNITS : SHORT_QUESTION_UNITS);
  // Decided by its length alone, a paragraph is not cut into sentences.
  if (!endsAsking && units > SHORT_QUESTION_UNITS) return false;
  if (endsAsking && units <= QUESTION_MAX_UNITS / 2) return true;
  const sentences = splitSentences(text);
  const asking = sentences.filter((sentence) => ENDS_WITH_QUESTION.test(sentence)).length;
  if (!endsAsking) {
    // "What about women's wrestling? Many federations already have teams." — a short
    // paragraph that opens with its question and adds a remark.
    return sentences.length <= 3 && ENDS_WITH_QUESTION.test(sentences[0] ?? "") && asking * 2 >= sentences.length;
  }
  return units <= QUESTION_MAX_UNITS ? asking * 3 >= sentences.length : asking * 2 > sentences.length;
}
