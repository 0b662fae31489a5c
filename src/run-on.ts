/**
 * Crawler dumps whose line breaks were lost: a whole interview on one line.
 * Such a block is cut back into paragraphs where a turn label or the interview
 * announcement sits inline after the end of a sentence.
 */
import type { Block } from "./types.js";

/** A block longer than this many characters may be a run-on dump. */
const RUN_ON_MIN_CHARS = 600;

/**
 * Inline turn openings after a sentence end: ". Q: ", "? A: ", ". Question: ",
 * "». Вопрос: ", ". — ". Lookbehind keeps the sentence end in the previous piece.
 */
const INLINE_TURN =
  /(?<=[.!?\u061F\uFF1F\u3002"'»”)])\s+(?=(?:\*\*)?(?:Q|A|Question|Answer|Вопрос|Ответ|Pregunta|Respuesta|Frage|Antwort|Soru|Cevap|س|ج|پرسش|پاسخ|问|答)\s?[:：]\s|[—–]\s)/u;

/** An inline announcement: "… The following is the text of the interview: Q: …". */
const INLINE_INTRO = /(?<=[.!?"'»”)])\s+(?=[^.!?]{0,160}\b(?:as follows|following is|the following|text of the interview|excerpts)\b[^.!?]{0,80}?:\s)/iu;

/** Splits every run-on block at inline turn labels. */
export function splitRunOnBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => (block.text.length >= RUN_ON_MIN_CHARS ? splitRunOn(block) : [block]));
}

/** Splits one block; blocks with fewer than two inline turns are left whole. */
function splitRunOn(block: Block): Block[] {
  const turnPattern = new RegExp(INLINE_TURN.source, "gu");
  const pieces = block.text.split(turnPattern);
  if (pieces.length < 3) return [block];
  return pieces
    .flatMap((piece) => piece.split(new RegExp(INLINE_INTRO.source, "iu")))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)
    .map((text) => ({ ...block, text, hints: { ...block.hints } }));
}
