/**
 * Crawler dumps whose line breaks were lost: a whole interview on one line.
 * Such a block is cut back into paragraphs where a turn label or the interview
 * announcement sits inline, and crawl chrome glued to a block's end (a licence
 * line, the reporter's initials) is cut off so the chrome rules can remove it.
 */
import { INITIALS_CODE, matchChrome } from "./classify/chrome.js";
import { LazyRegExp } from "./lazy-regexp.js";
import { hasQuestionMark } from "./patterns.js";
import { alternation, boundedAlternation, EVERY_LANGUAGE, labels, phrases, type Lexicon, type LexiconSelection, type PatternBuilder } from "./lexicon/index.js";
import type { Block } from "./types.js";

/** A block longer than this many characters may be a run-on dump. */
const RUN_ON_MIN_CHARS = 600;

/**
 * An inline turn opening: whitespace (or none, after punctuation: `.”Q:`), then
 * a label and its colon followed by a space or, in sloppy dumps ("Q:What"),
 * directly by a capital or a quote; or a dialogue dash or a list symbol (`*`, `-`,
 * `•`, `••`: turns marked as in `classify/markers.ts`). Group `q` holds a
 * question label, `a` an answer label. The lookbehind starts a match only at
 * the start of a whitespace run, so a long run is not rescanned from each space.
 * A match with no whitespace (glued to a word) is kept only after a closing mark.
 */
const INLINE_TURN: PatternBuilder = (lexicons) => new LazyRegExp(
  `(?<!\\s)\\s*(?=(?:\\*\\*)?(?:(?<q>${labelWords("question", lexicons)})|(?<a>${labelWords("answer", lexicons)}))\\s?[:：](?:\\s|(?=[\\p{Lu}"“«']))|(?<=\\s)(?:[—–-]|\\*|•{1,2})\\s)`,
  "gu",
);

/**
 * What every {@link INLINE_TURN} match needs: a label's colon, or a dash or list symbol after
 * whitespace. Most blocks have neither and skip the pattern, which tries its label
 * alternation at nearly every character (most of the time of this stage).
 */
const INLINE_TURN_HINT = /[:：]|\s[—–\-*•]/u;

/** The label words of one role, as an alternation. */
function labelWords(role: "question" | "answer", lexicons: readonly Lexicon[]): string {
  return alternation(labels(role, lexicons).map((label) => label.word));
}

/**
 * What may end the text before a turn label for the cut to be certain: a
 * sentence end, a closing quote or bracket ("[9] Q:"), or the colon of an
 * announcement ("…text of the interview: Q: …").
 */
const ENDS_BEFORE_TURN = /[.!?\u061F\uFF1F\u3002"'»”’)\]:：]$/u;

/** What may end the text right before a label with no space between them: `…well.”Q: …`. */
const GLUED_BEFORE_TURN = /[?!"'»”’)\]:：]$/u;

/** A full stop after a word of two letters or more (not an abbreviation's "U.S."). */
const WORD_STOP = new LazyRegExp(String.raw`\p{L}{2}\.$`, "u");

/**
 * Where an inline announcement starts: "… The following is the text of the interview: Q: …", a
 * sentence holding one of the lexicons' intro phrases and ending in a colon.
 */
function inlineIntro(lexicons: readonly Lexicon[], flags: string): LazyRegExp {
  const phrase = boundedAlternation(phrases("introPhrases", lexicons));
  return new LazyRegExp(`(?<=[.!?"'»”)])\\s+(?=[^.!?]{0,160}(?:${phrase})[^.!?]{0,80}?:(?:\\s|$))`, flags);
}
const INLINE_INTRO: PatternBuilder = (lexicons) => inlineIntro(lexicons, "iu");
const INLINE_INTROS: PatternBuilder = (lexicons) => inlineIntro(lexicons, "giu");

/**
 * Where a notice glued to a block's end may start: after a sentence end (or
 * closing quote/bracket) and a space, or at its opening words even without a
 * full stop before them ("…to a large extent All content … is licensed …": the lexicons' notice openings).
 */
const NOTICE_START: PatternBuilder = (lexicons) =>
  new LazyRegExp(`(?<=[.!?"'»”’)\\]])\\s+(?=\\S)|\\s(?=©|\\(c\\)\\s|${boundedAlternation(phrases("noticeOpenings", lexicons))})`, "giu");

/** How a notice opens with its mark: "©", "(c) ", "Copyright © …", "Copyright 2025 …". */
const COPYRIGHT_MARK = "^(?:©|\\(c\\)\\s|copyright\\s(?:©|\\(c\\)|\\d{4}))";

/**
 * A licence or copyright notice: opens with ©, "(c)" or "Copyright" and a year, or holds
 * a phrase reserving the rights or licensing the text in the document's languages
 * ("All rights reserved", "is licensed under", "Creative Commons", "tous droits réservés").
 */
const LICENCE_NOTICE: PatternBuilder = (lexicons) =>
  new LazyRegExp(`${COPYRIGHT_MARK}|${boundedAlternation(phrases("rightsReserved", lexicons))}`, "iu");

/** What a licence notice holds, unbounded: a cheap test before the sentence-by-sentence one. */
const NOTICE_HINT: PatternBuilder = (lexicons) =>
  new LazyRegExp(`copyright|©|\\(c\\)|${alternation(phrases("rightsReserved", lexicons))}`, "iu");

/** How far from a block's end a glued notice may start, in characters. */
const NOTICE_WINDOW = 400;

/** Longest licence notice, in words: a longer sentence is prose about licences. */
const NOTICE_MAX_WORDS = 40;

/** Splits run-on blocks at inline turn labels of the document's languages, and cuts glued trailing chrome off every block. */
export function splitRunOnBlocks(blocks: readonly Block[], lexicons: LexiconSelection = EVERY_LANGUAGE): Block[] {
  const inlineTurn = lexicons.pattern(INLINE_TURN);
  const cuts = blocks.map((block) => turnCuts(block.text, inlineTurn));
  // A document that labels turns inline has each inline label cut, even the
  // only one in a short block ("…on the matter. Q: And next? A: …").
  const inlineLabels = cuts.reduce((sum, found) => sum + found.filter((cut) => cut.kind !== null).length, 0) >= 2;
  return blocks
    .flatMap((block, index) => {
      const found = cuts[index]!;
      const runOn = block.text.length >= RUN_ON_MIN_CHARS && found.length >= 2;
      const chosen = runOn ? found : inlineLabels ? found.filter((cut) => cut.kind !== null) : [];
      return chosen.length > 0 ? splitAt(block, chosen, lexicons) : splitTrailingAnnouncement(block, lexicons);
    })
    .flatMap((block) => splitTrailingChrome(block, lexicons));
}

/** One block cut at inline turns, then at an inline announcement. */
function splitAt(block: Block, cuts: readonly TurnCut[], lexicons: LexiconSelection): Block[] {
  const intro = lexicons.pattern(INLINE_INTRO);
  return withAnswersApart(piecesAt(block.text, cuts.map((cut) => cut.at)), cuts)
    .flatMap((piece) => piece.split(intro.regexpFor(piece)))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)
    .map((text) => pieceOf(block, text));
}

/**
 * A reporter paragraph whose last sentence announces the interview ("…in
 * Lahore. Following are excerpts from the interview:") gives that sentence a
 * block of its own, to become the Q&A intro. Only a last sentence ending the
 * block with a colon is cut: the same words inside a paragraph are prose.
 */
function splitTrailingAnnouncement(block: Block, lexicons: LexiconSelection): Block[] {
  if (!/[:：]$/u.test(block.text)) return [block];
  const starts = lexicons.pattern(INLINE_INTROS).matchAll(block.text);
  const last = starts.at(-1);
  if (last === undefined) return [block];
  const at = last.index + last[0].length;
  return [pieceOf(block, block.text.slice(0, last.index)), pieceOf(block, block.text.slice(at))];
}

/** Where a text is cut before an inline turn, and the turn's kind (null for a dialogue dash). */
interface TurnCut {
  at: number;
  kind: "q" | "a" | null;
}

/**
 * Where a text is cut: before every inline label that follows a sentence end,
 * and before a label that follows unpunctuated text ("…the savior Q: Is
 * there…") when it changes the turn's kind (a question after an answer, or the
 * reverse): an answer that forgot its full stop still ends where the next
 * question starts, while "plan A: …" inside an answer is kept.
 */
function turnCuts(text: string, inlineTurn: LazyRegExp): TurnCut[] {
  const cuts: TurnCut[] = [];
  if (!INLINE_TURN_HINT.test(text)) return cuts;
  let lastKind: TurnCut["kind"] = null;
  for (const match of inlineTurn.matchAll(text)) {
    const kind = match.groups?.["q"] ? "q" : match.groups?.["a"] ? "a" : null;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const glued = match[0].length === 0 && match.index > 0;
    // Glued to the text before, a label needs a closing quote or mark before it, or a word's full
    // stop ("…WHEN.A: …", taken as unpunctuated: only where the turn changes); "U.S.A: " is no label.
    if (glued && !GLUED_BEFORE_TURN.test(before) && !WORD_STOP.test(before)) continue;
    const punctuated = ENDS_BEFORE_TURN.test(before) && !(glued && WORD_STOP.test(before));
    if (match.index > 0 && !punctuated && (kind === null || lastKind === null || kind === lastKind)) continue;
    if (match.index > 0) cuts.push({ at: match.index, kind });
    if (kind !== null) lastKind = kind;
  }
  return cuts;
}

/** Fewest turns opened by a dash or a list symbol that show how a document marks them. */
const MIN_MARKED_TURNS = 3;

/**
 * Where only the questions carry the dash or symbol (`— Question? Answer…`, as French and
 * Russian papers set interviews), a run-on dump holds each question and its answer in one
 * piece. When most marked pieces open with questions and go on with statements, each is cut
 * where its questions end. Where answers carry the mark too, a question's piece holds the
 * question alone, and the pieces are left as they are.
 */
function withAnswersApart(pieces: readonly string[], cuts: readonly TurnCut[]): string[] {
  const marked = pieces.map((_, index) => index > 0 && cuts[index - 1]!.kind === null);
  const ends = pieces.map((piece, index) => (marked[index] ? afterLeadingQuestions(piece) : null));
  const markedCount = marked.filter(Boolean).length;
  const answered = ends.filter((end) => end !== null).length;
  if (markedCount < MIN_MARKED_TURNS || answered * 3 < markedCount * 2) return [...pieces];
  return pieces.flatMap((piece, index) => {
    const end = ends[index];
    return end == null ? [piece] : [piece.slice(0, end), piece.slice(end)];
  });
}

/** A sentence's end: a stop and any closing marks, before a space or the text's end. */
const SENTENCE_END_AT = /[.!?\u061F\uFF1F\u3002…]["'»”’)\]]*(?=\s|$)/gu;

/** Most statements before a turn's first question ("Charlotte, teachers must now… What does that ask of them?"). */
const MAX_LEADING_STATEMENTS = 2;

/**
 * Where the questions a turn opens with end, when statements follow them (the answer): the
 * offset after the last of them, or null (a turn that only asks, or asks nothing early).
 */
function afterLeadingQuestions(text: string): number | null {
  let statements = 0;
  let end: number | null = null;
  for (const match of text.matchAll(SENTENCE_END_AT)) {
    const at = match.index + match[0].length;
    if (hasQuestionMark(match[0])) end = at;
    else if (end !== null) return at < text.length ? end : null;
    else if (++statements > MAX_LEADING_STATEMENTS) return null;
  }
  return null;
}

/** The text cut at the given offsets. */
function piecesAt(text: string, cuts: readonly number[]): string[] {
  return [0, ...cuts].map((start, index) => text.slice(start, cuts[index] ?? text.length));
}

/** A new block with the given text and the original's lines and hints. */
function pieceOf(block: Block, text: string): Block {
  return { ...block, text, hints: { ...block.hints } };
}

/**
 * Cuts a licence notice and reporter's initials glued to the end of a block
 * ("…in the region. JH/PA All Content by … is licensed under a Creative
 * Commons … License.") into blocks of their own, which the chrome rules remove.
 */
function splitTrailingChrome(block: Block, lexicons: LexiconSelection): Block[] {
  const tail: string[] = [];
  let text = block.text;
  const notice = trailingNotice(text, lexicons);
  if (notice !== null) {
    tail.unshift(text.slice(notice).trim());
    text = text.slice(0, notice).trimEnd();
  }
  const initials = trailingInitials(text);
  if (initials !== null) {
    tail.unshift(text.slice(initials).trim());
    text = text.slice(0, initials).trimEnd();
  }
  if (tail.length === 0 || text.length === 0 || !keepsHead(block.text, text, lexicons)) return [block];
  // The cut-off chrome ends the block: it is listed under the block's last line.
  const last = { ...block, firstLine: block.lastLine };
  return [pieceOf(block, text), ...tail.map((piece) => pieceOf(last, piece))];
}

/**
 * Whether the text before a glued notice is kept apart from it. A block that is
 * chrome as a whole ("Copyright © 2025 X. All rights reserved.", "About |
 * Privacy | © X", a photo caption with its credit) is removed whole, unless it
 * opens with a turn label: then it is a short answer the notice was glued to.
 */
function keepsHead(whole: string, head: string, lexicons: LexiconSelection): boolean {
  return matchChrome(whole, [], lexicons) === null || lexicons.questionLabel.test(head) || lexicons.answerLabel.test(head);
}

/**
 * Where the licence notice ending the text starts, or null: the last sentences,
 * from the end back, while each is a notice (an initials code in front of one is
 * left to `trailingInitials`).
 */
function trailingNotice(text: string, lexicons: LexiconSelection): number | null {
  if (!lexicons.pattern(NOTICE_HINT).test(text.slice(-NOTICE_WINDOW))) return null;
  const licenceNotice = lexicons.pattern(LICENCE_NOTICE);
  const starts = lexicons.pattern(NOTICE_START).matchAll(text).map((match) => match.index + match[0].length).filter((offset) => offset >= text.length - NOTICE_WINDOW);
  let cut: number | null = null;
  for (const start of starts.reverse()) {
    const from = start + initialsLength(text.slice(start));
    const sentence = text.slice(from, cut ?? text.length).trim();
    if (!licenceNotice.test(sentence) || sentence.split(/\s+/u).length > NOTICE_MAX_WORDS) break;
    cut = from;
  }
  return cut;
}

/** Length of an initials code and its space opening a sentence ("JH/PA All Content…"), or 0. */
function initialsLength(sentence: string): number {
  const first = /^(\S+)\s+(?=\S)/u.exec(sentence);
  return first && INITIALS_CODE.test(first[1]!) ? first[0].length : 0;
}

/** Where an initials code ending the text after a sentence end starts, or null. */
function trailingInitials(text: string): number | null {
  const space = text.lastIndexOf(" ");
  if (space < 1) return null;
  const last = text.slice(space + 1);
  return INITIALS_CODE.test(last) && ENDS_BEFORE_TURN.test(text.slice(0, space).trimEnd()) ? space : null;
}
