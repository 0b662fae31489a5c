/**
 * The article body cut into its parts: lead, summary, the interview
 * announcement, Q&A pairs and closing paragraphs.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import {
  alternation,
  boundedAlternation,
  lazyPhrasePattern,
  phrases,
  type LexiconSelection,
  type PatternBuilder,
} from "../lexicon/index.js";
import { ENDS_WITH_COLON } from "../patterns.js";
import { NO_RULES, type CompiledRules } from "../rules.js";
import type { Block, BlockRole, ClassifiedBlock, Warning } from "../types.js";
import { readTurns, type InterviewShape, type Turn } from "./turns.js";
import { textUnits } from "./shape.js";

/** One body block's place in the document: a classified block's role, rule and text, without the block. */
export type Segment = Pick<ClassifiedBlock, "reason" | "rule" | "text" | "speaker" | "pair" | "unlabeled"> & {
  role: Extract<BlockRole, "lead" | "summary" | "qa-intro" | "question" | "answer" | "closing">;
};

/** The body cut into segments, one per block, with what went wrong. */
export interface Segmentation {
  segments: Segment[];
  shape: string;
  warnings: Warning[];
}

/** Words that point at the text that follows: "reproduced below", "as follows", "ci-dessous". */
const POINTS_TO_TEXT: PatternBuilder = (lexicons) => lazyPhrasePattern("pointers", lexicons);

/** The sentence that announces the interview text. */
const QA_INTRO: PatternBuilder = (lexicons) => lazyPhrasePattern("introPhrases", lexicons);

/** Longest announcement, in words. */
const INTRO_MAX_UNITS = 60;

/** Cuts the body blocks into lead, summary, intro, Q&A and closing; `rules` adds a user's labels and speakers. */
export function segmentBody(blocks: readonly Block[], rules: CompiledRules = NO_RULES): Segmentation {
  const shape = readTurns(blocks, rules);
  const announced = findIntro(blocks, shape.turns, rules.lexicons);
  // The first block is the lead, unless it is a question its label marks (`Q:`, `MILLER:`, a dash)
  // in a transcript whose answers are labeled too: then the interview has no lead.
  const labeledStart = (shape.answersLabeled && shape.turns[0]?.kind === "question") || opensOnQuestion(shape, blocks);
  const firstQuestion = shape.turns.findIndex((turn, index) => turn.kind === "question" && index > (announced ?? (labeledStart ? -1 : 0)));
  const intro = announced ?? colonBeforeQuestions(blocks, shape.turns, firstQuestion, rules.lexicons);
  if (firstQuestion < 0) return { segments: reporterSegments(blocks, blocks.length), shape: shape.name, warnings: [noQaWarning()] };
  const reporterEnd = intro ?? firstQuestion;
  const segments = reporterSegments(blocks, reporterEnd);
  if (intro !== null) segments.push({ role: "qa-intro", reason: "announces the interview text", rule: "segment/qa-intro", text: blocks[intro]!.text });
  const warnings: Warning[] = [];
  for (let index = intro === null ? reporterEnd : intro + 1; index < firstQuestion; index += 1) {
    segments.push({ role: "summary", reason: "text between the announcement and the first question", rule: "segment/after-intro", text: blocks[index]!.text });
    warnings.push({ code: "text-before-questions", message: `line ${blocks[index]!.firstLine}: text before the first question`, rule: "segment/text-before-questions" });
  }
  const qa = withoutCourtesies(pairTurns(shape, firstQuestion, warnings, rules), blocks.slice(firstQuestion), shape.answersLabeled, rules.lexicons);
  return { segments: [...segments, ...qa], shape: shape.name, warnings: warnings.filter((warning) => stillUnanswered(warning, qa)) };
}

/** Fewest questions of a paragraph-question interview that may open on its first question. */
const OPENING_QUESTION_MIN_QUESTIONS = 3;

/** Longest opening question, in words: a standfirst that ends on a question is longer. */
const OPENING_QUESTION_MAX_UNITS = 30;

/**
 * Whether an interview of plain paragraph questions starts with its first question, no
 * standfirst above: the body opens on one short sentence that asks, a plain paragraph
 * answers it, and more questions follow ("Why did you choose the school?" / "At the time…").
 */
function opensOnQuestion(shape: InterviewShape, blocks: readonly Block[]): boolean {
  const [first, second] = shape.turns;
  const text = blocks[0]?.text ?? "";
  const questions = shape.turns.filter((turn) => turn.kind === "question").length;
  return (
    shape.name === "paragraph questions" &&
    first?.kind === "question" &&
    second?.kind !== "question" &&
    questions >= OPENING_QUESTION_MIN_QUESTIONS &&
    textUnits(text) <= OPENING_QUESTION_MAX_UNITS &&
    !/[.!?]\s/u.test(text)
  );
}

/** Longest reply, in words, that can be only a courtesy. */
const COURTESY_MAX_UNITS = 25;

/**
 * A reply that opens with thanks or a greeting, the lexicons' courtesies, maybe after a lead-in:
 * "Thank you, Amy.", "My pleasure.", "I'm great, thanks.", "Oh, how are you doing, Jon?", "Danke schön."
 */
const COURTESY: PatternBuilder = (lexicons) =>
  new LazyRegExp(
    `^(?:(?:${alternation(phrases("courtesyLeadIns", lexicons))}),?\\s){0,2}(?:${boundedAlternation(phrases("courtesies", lexicons))})`,
    "iu",
  );

/**
 * The exchanges that are no pair: thanks or greetings at the start or end of
 * the interview ("Welcome to the show." / "Thank you."), and, in a transcript
 * whose answers carry labels, a host's last turn that nobody answers (a
 * sign-off). The opening ones go to the summary, the closing ones to the
 * closing paragraphs; pairs are numbered again.
 */
function withoutCourtesies(segments: Segment[], blocks: readonly Block[], labeledAnswers: boolean, lexicons: LexiconSelection): Segment[] {
  const courtesy = lexicons.pattern(COURTESY);
  const pairs = [...new Set(segments.flatMap((segment) => (segment.pair === undefined ? [] : [segment.pair])))];
  const answerOf = (pair: number): Segment[] => segments.filter((segment) => segment.pair === pair && segment.role === "answer");
  const isCourtesy = (pair: number): boolean => isCourtesyReply(answerOf(pair).map((segment) => segment.text).join(" "), courtesy);
  let first = 0;
  while (first < pairs.length - 1 && isCourtesy(pairs[first]!)) first += 1;
  let last = pairs.length - 1;
  while (last > first && (isCourtesy(pairs[last]!) || (labeledAnswers && answerOf(pairs[last]!).length === 0))) last -= 1;
  const kept = new Map(pairs.slice(first, last + 1).map((pair, index) => [pair, index]));
  return segments.map((segment, position): Segment => {
    if (segment.pair === undefined) return segment;
    const renumbered = kept.get(segment.pair);
    // Kept under its own number (no greeting before it), a pair's segments are kept as they are, not copied.
    if (renumbered !== undefined) return renumbered === segment.pair ? segment : { ...segment, pair: renumbered };
    const opening = pairs.indexOf(segment.pair) < first;
    // Out of the Q&A the speaker's label is text again: "HALE: Thank you so much."
    const text = blocks[position]?.text ?? segment.text;
    const demoted: Segment = { ...segment, text, role: opening ? "summary" : "closing", reason: opening ? "greeting before the interview" : "thanks or sign-off after the interview", rule: opening ? "segment/greeting" : "segment/sign-off" };
    delete demoted.pair;
    return demoted;
  });
}

/** Whether a reply is only a courtesy: short, and opening with thanks or a greeting. */
function isCourtesyReply(text: string, courtesy: LazyRegExp): boolean {
  return text.length > 0 && textUnits(text) <= COURTESY_MAX_UNITS && courtesy.test(text.replace(/^["“'‘«]+/u, ""));
}

/** The question each "unanswered" warning is about, its first characters: found by the warning, never read from its message. */
const UNANSWERED_QUESTION = new WeakMap<Warning, string>();

/** Characters of the question an "unanswered" warning quotes. */
const UNANSWERED_EXCERPT_CHARS = 60;

/** Whether an "unanswered" warning still names a question that is in the Q&A. */
function stillUnanswered(warning: Warning, qa: readonly Segment[]): boolean {
  const question = UNANSWERED_QUESTION.get(warning);
  if (question === undefined) return true;
  return qa.some((segment) => segment.role === "question" && segment.text.slice(0, UNANSWERED_EXCERPT_CHARS) === question);
}

/** The lead (first block) and the summary paragraphs before index `end`. */
function reporterSegments(blocks: readonly Block[], end: number): Segment[] {
  return blocks.slice(0, end).map((block, index) =>
    index === 0
      ? { role: "lead", reason: "first paragraph of the body", rule: "segment/lead", text: block.text }
      : { role: "summary", reason: "reporter paragraph before the interview", rule: "segment/summary", text: block.text },
  );
}

/** The announcement: the first block after the lead that names the interview text and precedes a question. */
function findIntro(blocks: readonly Block[], turns: readonly Turn[], lexicons: LexiconSelection): number | null {
  const lastQuestion = turns.findLastIndex((turn) => turn.kind === "question");
  for (let index = 1; index < lastQuestion; index += 1) {
    const text = blocks[index]!.text;
    if (turns[index]!.kind !== "plain" || textUnits(text) > INTRO_MAX_UNITS) continue;
    if (lexicons.pattern(QA_INTRO).test(text) && (ENDS_WITH_COLON.test(text) || textUnits(text) <= 12)) return index;
  }
  return null;
}

/**
 * Without an announcement found further up, a short paragraph right before the
 * first question announces it when it ends with a colon or names the transcript
 * ("Her answers are reproduced below with minor edits.").
 */
function colonBeforeQuestions(blocks: readonly Block[], turns: readonly Turn[], firstQuestion: number, lexicons: LexiconSelection): number | null {
  const index = firstQuestion - 1;
  if (index < 1 || turns[index]?.kind !== "plain") return null;
  const text = blocks[index]!.text;
  return (/[:：]$/u.test(text) || lexicons.pattern(POINTS_TO_TEXT).test(text)) && textUnits(text) <= INTRO_MAX_UNITS ? index : null;
}

/** Groups the turns from the first question on into Q&A pairs. */
function pairTurns(shape: InterviewShape, from: number, warnings: Warning[], rules: CompiledRules): Segment[] {
  const segments: Segment[] = [];
  let pair = -1;
  let answered = false;
  // Where the current pair's segments start, so its warning need not search all segments.
  let pairStart = 0;
  const nextLabeled = nextLabeledKinds(shape.turns);
  for (let index = from; index < shape.turns.length; index++) {
    const turn = shape.turns[index]!;
    const startsQuestion = turn.kind === "question" && !(turn.continues === true && pair >= 0) && !(shape.mergeQuestions && !answered && pair >= 0);
    if (startsQuestion) {
      if (pair >= 0 && !answered) warnings.push(unansweredWarning(segments, pair, pairStart));
      pair += 1;
      answered = false;
      pairStart = segments.length;
    }
    // In a speaker transcript an unlabelled paragraph is the current speaker going on: after a
    // question nobody has answered yet it still asks (a host's sign-off and the page text after it).
    const asking = nextLabeled[index] === "answer" || shape.name === "speakers";
    const role = turnRole(turn, answered, shape.answersLabeled && !answered && asking);
    if (role === "answer") answered = true;
    const text = cleanTurnText(turn, role, rules);
    // Two literals, not a spread: a field spread in goes to a second array per object (64 bytes a block).
    const segment: Segment = turn.kind === "plain" ? { role, reason: turn.reason, rule: turn.rule, text, pair, unlabeled: true } : { role, reason: turn.reason, rule: turn.rule, text, pair };
    segments.push(withSpeaker(segment, turn));
  }
  if (pair >= 0 && !answered) warnings.push(unansweredWarning(segments, pair, pairStart));
  return segments;
}

/** Whether a block continues the question or is answer text. */
function turnRole(turn: Turn, answered: boolean, continuesQuestion: boolean): "question" | "answer" {
  if (turn.kind === "question") return "question";
  if (turn.kind === "answer") return "answer";
  return !answered && continuesQuestion ? "question" : "answer";
}

/**
 * For each turn, the kind of the next labeled turn after it (plain blocks before an answer still ask).
 * Computed once from the end: searching forward from every turn was quadratic on thousands of turns.
 */
function nextLabeledKinds(turns: readonly Turn[]): Array<Turn["kind"] | undefined> {
  const kinds = new Array<Turn["kind"] | undefined>(turns.length);
  let next: Turn["kind"] | undefined;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    kinds[index] = next;
    // A question that continues the one before is not the next turn: what lies before it still asks.
    if (turns[index]!.kind !== "plain" && turns[index]!.continues !== true) next = turns[index]!.kind;
  }
  return kinds;
}

/** Label text left on a block by shapes that do not label it: a stray `A: ` on an answer. */
function cleanTurnText(turn: Turn, role: "question" | "answer", rules: CompiledRules): string {
  if (turn.kind !== "plain") return turn.text;
  const label = (role === "answer" ? rules.lexicons.answerLabel : rules.lexicons.questionLabel).exec(turn.text);
  return label ? turn.text.slice(label[0].length).trim() : turn.text;
}

/** Copies the speaker of a turn onto its segment. */
function withSpeaker(segment: Segment, turn: Turn): Segment {
  return turn.speaker ? { ...segment, speaker: turn.speaker } : segment;
}

/** Warning for an article with no Q&A. */
export function noQaWarning(): Warning {
  return { code: "no-qa", message: "no question/answer pairs found", rule: "segment/no-qa" };
}

/** Warning for a question with no answer; the pair's segments start at `from`. */
function unansweredWarning(segments: readonly Segment[], pair: number, from: number): Warning {
  const question = segments.slice(from).find((segment) => segment.pair === pair && segment.role === "question");
  const excerpt = (question?.text ?? "").slice(0, UNANSWERED_EXCERPT_CHARS);
  const warning: Warning = { code: "unanswered-question", message: `question ${pair + 1} has no answer: "${excerpt}"`, rule: "segment/unanswered-question" };
  UNANSWERED_QUESTION.set(warning, excerpt);
  return warning;
}
