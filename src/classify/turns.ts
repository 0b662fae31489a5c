/**
 * Interview turns: which body blocks open a question, which an answer, in each
 * shape interviews come in. Every shape is a small detector that says whether
 * the text uses it and, if so, reads every block's turn.
 */
import {
  DIALOGUE_DASH,
  ENDS_LIKE_SENTENCE,
  ENDS_WITH_QUESTION,
  hasQuestionMark,
  NUMBERED,
  SPEAKER_LABEL,
  unwrapEmphasis,
  WRAPPED_IN_EMPHASIS,
} from "../patterns.js";
import { LazyRegExp } from "../lazy-regexp.js";
import { boundedAlternation, phrases, type LexiconSelection, type PatternBuilder } from "../lexicon/index.js";
import { answerLabel, customAnswerLabel, customQuestionLabel, NO_RULES, questionLabel, type CompiledRules } from "../rules.js";
import type { RuleId } from "../registry.js";
import type { Block } from "../types.js";
import { isParagraphQuestion, plainTurn, QUESTION_MAX_UNITS, SHORT_QUESTION_UNITS, splitSentences } from "./asks.js";
import { markerShape } from "./markers.js";
import { speakerOf, speakerShape } from "./speakers.js";
import { textUnitsUpTo } from "./shape.js";

export { isParagraphQuestion, unwrapEmphasis };

/** What a block does in the interview. */
export interface Turn {
  kind: "question" | "answer" | "plain";
  /** The text with its label removed. */
  text: string;
  /** The speaker named by the label, in speaker transcripts. */
  speaker?: string;
  /** The rule's reason for `--explain`. */
  reason: string;
  /** The rule's id. */
  rule: RuleId;
  /** A question that goes on with the still unanswered question before it (the same host again). */
  continues?: boolean;
}

/** How an interview marks its turns. */
export interface InterviewShape {
  name: string;
  turns: Turn[];
  /** Whether unlabeled blocks between a question and a labeled answer continue the question. */
  answersLabeled: boolean;
  /** Whether consecutive questions are one question in several paragraphs. */
  mergeQuestions: boolean;
}

/** Fewest labeled questions that make a shape. */
const MIN_QUESTIONS = 2;


/** Detectors, strongest evidence first. */
const SHAPES: ReadonlyArray<(blocks: readonly Block[], rules: CompiledRules) => InterviewShape | null> = [
  labeledShape,
  speakerShape,
  markerShape,
  dialogueShape,
  numberedShape,
  emphasisShape,
  paragraphShape,
];

/** Reads the turns of the body blocks with the first shape that fits; `rules` adds a user's labels and speakers. */
export function readTurns(blocks: readonly Block[], rules: CompiledRules = NO_RULES): InterviewShape {
  for (const detect of SHAPES) {
    const shape = detect(blocks, rules);
    if (shape) return shape;
  }
  return { name: "none", turns: blocks.map((block) => plainTurn(block.text)), answersLabeled: false, mergeQuestions: false };
}

/** `Q:` / `A:`, `Question:` / `Answer:`, `Вопрос:` / `Ответ:`, `س:` / `ج:` … in the document's languages. */
function labeledShape(blocks: readonly Block[], rules: CompiledRules): InterviewShape | null {
  const initials: boolean[] = [];
  const labelled = blocks.map((block): Turn => {
    const custom = customQuestionLabel(block.text, rules) ?? customAnswerLabel(block.text, rules);
    const question = questionLabel(block.text, rules);
    const answer = question ? null : answerLabel(block.text, rules);
    // A one-letter label closed by a full stop (`В.`, `О.`, `P.`, `A.`) is also how an initial is written ("В. Путин заявил…").
    initials.push(custom === null && (question ?? answer) !== null && rules.lexicons.initialLabel.test(block.text));
    if (question) return { kind: "question", text: stripLabel(block.text, question[0]), reason: `question label "${question[1]}"`, rule: custom ? "turns/config-label" : "turns/question-label" };
    if (answer) return { kind: "answer", text: stripLabel(block.text, answer[0]), reason: `answer label "${answer[1]}"`, rule: custom ? "turns/config-label" : "turns/answer-label" };
    return plainTurn(block.text);
  });
  const checked = initialsAreLabels(labelled, initials) ? labelled : labelled.map((turn, index) => (initials[index] ? plainTurn(blocks[index]!.text) : turn));
  const turns = withNamedAnswers(checked);
  const questions = turns.filter((turn) => turn.kind === "question").length;
  const answers = turns.filter((turn) => turn.kind === "answer").length;
  if (questions < MIN_QUESTIONS && !(questions >= 1 && answers >= 1)) return null;
  return { name: "labels", turns, answersLabeled: answers >= questions / 2, mergeQuestions: false };
}

/**
 * `Question:` on the questions and the interviewee's name on the answers
 * (`سؤال:` / `مشايي:`): a speaker label that opens the paragraph right after a
 * question at least twice is the answerer's, stripped like a turn label.
 */
function withNamedAnswers(turns: readonly Turn[]): Turn[] {
  const names = turns.map((turn, index) => (turn.kind === "plain" && turns[index - 1]?.kind === "question" ? (SPEAKER_LABEL.exec(turn.text) ?? null) : null));
  const uses = new Map<string, number>();
  for (const match of names) if (match) uses.set(match[1]!, (uses.get(match[1]!) ?? 0) + 1);
  return turns.map((turn, index): Turn => {
    const match = names[index];
    if (!match || (uses.get(match[1]!) ?? 0) < 2) return turn;
    return { kind: "answer", text: turn.text.slice(match[0].length).trim(), speaker: match[1]!, reason: `answerer's label "${match[1]!}"`, rule: "turns/answerer-label" };
  });
}

/**
 * Whether one-letter labels with a full stop read as turns: question and answer
 * labels take turns, and most questions so labelled ask. Two paragraphs of a news
 * report that open on the same initial ("В. Путин заявил…", "В. Путин отметил…")
 * never alternate; two officials quoted in turn ("В. Петров заявил…", "О. Сидорова
 * сообщила…") alternate, but their "questions" never ask.
 */
function initialsAreLabels(turns: readonly Turn[], initials: readonly boolean[]): boolean {
  const labelled = turns.filter((_, index) => initials[index]);
  const kinds = labelled.map((turn) => turn.kind);
  const changes = kinds.filter((kind, index) => index > 0 && kind !== kinds[index - 1]).length;
  const questions = labelled.filter((turn) => turn.kind === "question");
  const asking = questions.filter((turn) => hasQuestionMark(turn.text)).length;
  return kinds.length === 0 || (changes > 0 && changes * 2 >= kinds.length - 1 && asking * 2 >= questions.length);
}

/** Removes a label and any emphasis markers left around the rest. */
function stripLabel(text: string, label: string): string {
  return unwrapEmphasis(text.slice(label.length).replace(/^(?:\*\*|__)\s*/u, "").trim());
}

/**
 * Dialogue dashes. Two conventions: every turn opens with a dash and turns
 * alternate (`— Question?` / `— Answer.`, Russian and European press), or only
 * questions carry the dash and answers are plain paragraphs (`――質問？`, Japanese).
 */
function dialogueShape(blocks: readonly Block[]): InterviewShape | null {
  const dashes = blocks.map((block) => DIALOGUE_DASH.exec(block.text));
  const dashed = dashes.filter(Boolean).length;
  if (dashed < MIN_QUESTIONS + 1) return null;
  const questionsOnly = dashes.every((dash, index) => !dash || !dashes[index + 1]) && dashes.some((dash, index) => dash && blocks[index + 1]);
  let previous: Turn["kind"] = "answer";
  const turns = blocks.map((block, index): Turn => {
    const dash = dashes[index];
    if (!dash) return plainTurn(block.text);
    const raw = block.text.slice(dash[0].length).trim();
    const text = unwrapEmphasis(raw);
    const asks = isParagraphQuestion(text) || WRAPPED_IN_EMPHASIS.test(raw);
    // A turn that does not ask still is a question when it follows an answer (turns alternate),
    // if it reads as a sentence: a dashed list of headlines after the interview is no turn.
    if (!asks && previous === "answer" && !questionsOnly && !ENDS_LIKE_SENTENCE.test(text)) return plainTurn(block.text);
    const kind = questionsOnly || (asks && !answersBack(dashes, blocks, index, previous)) || previous === "answer" ? "question" : "answer";
    previous = kind;
    return { kind, text, reason: kind === "question" ? "dialogue dash, asks" : "dialogue dash, answers", rule: "turns/dialogue-dash" };
  });
  const questions = turns.filter((turn) => turn.kind === "question").length;
  const asking = turns.filter((turn) => turn.kind === "question" && ENDS_WITH_QUESTION.test(turn.text)).length;
  if (questions < MIN_QUESTIONS || asking < questions / 2) return null;
  return { name: questionsOnly ? "dashed questions" : "dialogue dashes", turns, answersLabeled: !questionsOnly, mergeQuestions: false };
}

/**
 * An interviewee asking back: a dashed turn that asks right after a question,
 * when the next dashed turn asks too — turns alternate, so the next one is the
 * interviewer's and this one is the reply ("— Selfies are a crime?" / "— Would
 * you not find it odd?" / "— Is there any proof?").
 */
function answersBack(dashes: ReadonlyArray<RegExpExecArray | null>, blocks: readonly Block[], index: number, previous: Turn["kind"]): boolean {
  if (previous !== "question") return false;
  const next = dashes.findIndex((dash, later) => later > index && dash !== null);
  return next > index && isParagraphQuestion(blocks[next]!.text.slice(dashes[next]![0].length).trim());
}

/** Numbered questions: `1. Why …?`, `2) How …?`, answers unlabeled. */
function numberedShape(blocks: readonly Block[]): InterviewShape | null {
  const turns = blocks.map((block): Turn => {
    const number = NUMBERED.exec(block.text);
    const text = number ? unwrapEmphasis(block.text.slice(number[0].length).trim()) : "";
    return number && ENDS_WITH_QUESTION.test(text)
      ? { kind: "question", text, reason: `numbered question "${number[0].trim()}"`, rule: "turns/numbered" }
      : plainTurn(block.text);
  });
  if (turns.filter((turn) => turn.kind === "question").length < MIN_QUESTIONS) return null;
  return { name: "numbered questions", turns, answersLabeled: false, mergeQuestions: false };
}

/** Questions set in bold or italics (or as headings, in HTML), answers plain. */
function emphasisShape(blocks: readonly Block[], rules: CompiledRules): InterviewShape | null {
  const marked = blocks.map((block) => block.hints.emphasized === true || block.hints.heading === true || WRAPPED_IN_EMPHASIS.test(block.text));
  const turns = blocks.map((block, index): Turn => {
    // A first exchange may name its speakers ("MSN Music: …" in bold, "<b>Jane Roe:</b> …") where the rest do not;
    // a plain paragraph's label counts only when the markup set it apart (a headline "Name: says…" is no speaker).
    const label = marked[index] || block.hints.speaker ? speakerOf(block, rules) : null;
    const text = unwrapEmphasis(label ? label.text : block.text);
    if (!(marked[index] && isEmphasisedTurn(text, marked[index + 1] === false, block.hints.unclosed === true))) {
      return label ? { ...plainTurn(label.text), speaker: label.name } : plainTurn(block.text);
    }
    return { kind: "question", text, reason: block.hints.heading ? "heading question" : "emphasised question", rule: "turns/emphasis", ...(label ? { speaker: label.name } : {}) };
  });
  // Only questions a plain paragraph replies to count: a bold prompt to readers at the end gets none.
  const replied = turns.filter((turn, index) => turn.kind === "question" && marked[index + 1] === false);
  const asking = replied.filter((turn) => ENDS_WITH_QUESTION.test(turn.text)).length;
  // Interviewers also set statements and challenges in bold: when every bold turn gets a plain reply,
  // a quarter of them asking is enough.
  const questions = turns.filter((turn) => turn.kind === "question").length;
  const relaxed = replied.length === questions && asking >= EMPHASIS_MIN_ASKING && asking >= replied.length / 4;
  if (replied.length < MIN_QUESTIONS || !(asking >= replied.length / 2 || relaxed)) return null;
  return { name: "emphasised questions", turns, answersLabeled: false, mergeQuestions: false };
}

/** Fewest asking questions that let bold statements count as turns too. */
const EMPHASIS_MIN_ASKING = 3;

/**
 * An emphasised block that is a turn: it asks, or it is a sentence followed by a plain reply.
 * A bold deck, byline or subhead (no final punctuation) is not one, unless the layout showed
 * a sentence whose closing mark the dump lost (`unclosed`).
 */
function isEmphasisedTurn(text: string, replied: boolean, unclosed: boolean): boolean {
  if (ENDS_WITH_QUESTION.test(text)) return true;
  return replied && (unclosed || ENDS_LIKE_SENTENCE.test(text)) && textUnitsUpTo(text, QUESTION_MAX_UNITS) <= QUESTION_MAX_UNITS;
}

/**
 * Questions as paragraphs ending in a question mark, answers as the paragraphs
 * after. A weak candidate (mostly statements, ending on a question) asks only
 * when an answer follows it; right before another question it is a rhetorical
 * end of an answer.
 */
function paragraphShape(blocks: readonly Block[], rules: CompiledRules): InterviewShape | null {
  const strength = blocks.map((block) => questionStrength(block.text));
  const turns = blocks.map((block, index): Turn => {
    const next = strength[index + 1];
    const asks = strength[index] === "strong" || (strength[index] === "weak" && next === "none");
    // The last paragraph may be a question left unanswered (a paywall, a cut): only a clear one counts.
    const placed = next !== undefined || strength[index] === "strong";
    return asks && placed ? { kind: "question", text: block.text, reason: "paragraph ends with a question mark", rule: "turns/paragraph-question" } : plainTurn(block.text);
  });
  const answered = turns.filter((turn, index) => turn.kind === "question" && turns[index + 1]?.kind === "plain").length;
  if (answered < MIN_QUESTIONS) return null;
  return { name: "paragraph questions", turns: withPromptTurns(withStatementTurns(turns, rules.lexicons)), answersLabeled: false, mergeQuestions: true };
}

/** Longest prompt of a rapid-fire round, in words. */
const PROMPT_MAX_UNITS = 8;

/** Fewest prompts that make a rapid-fire round. */
const MIN_PROMPTS = 3;

/** A title in quotation marks: "Charmed", „Tatort“, «Солярис». */
const QUOTED_TITLE = /["“„«][^"“”„«»]{2,60}["”“»]/u;

/**
 * A rapid-fire round after the questions ("Can we run through your roles?" / "Sure." /
 * "\"Charmed.\"" / "The most fun you could ever have…"): short prompts naming a title in
 * quotation marks, each with its reply after it, in a run of at least three. Each prompt is
 * the interviewer's turn, though it does not ask.
 */
function withPromptTurns(turns: readonly Turn[]): Turn[] {
  const isPrompt = (turn: Turn | undefined): boolean =>
    turn?.kind === "plain" && textUnitsUpTo(turn.text, PROMPT_MAX_UNITS) <= PROMPT_MAX_UNITS && QUOTED_TITLE.test(turn.text);
  const prompts = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= MIN_PROMPTS) for (const index of run) prompts.add(index);
    run = [];
  };
  const firstQuestion = turns.findIndex((turn) => turn.kind === "question");
  for (let index = firstQuestion + 1; firstQuestion >= 0 && index < turns.length; index += 1) {
    const replied = turns[index + 1]?.kind === "plain" && !isPrompt(turns[index + 1]);
    // Prompts alternate with replies: the next prompt is two blocks on.
    if (run.length > 0 && run.at(-1)! < index - 2) close();
    if (isPrompt(turns[index]) && replied && (run.length === 0 || run.at(-1) === index - 2)) run.push(index);
  }
  close();
  return turns.map((turn, index) =>
    prompts.has(index) ? { kind: "question", text: turn.text, reason: "prompt of a rapid-fire round, a reply after it", rule: "turns/prompt" } : turn,
  );
}

/** How a reply opens: "Yeah.", "No,", "Well, …" (the document's languages' reply openings). */
const REPLY_OPENING: PatternBuilder = (lexicons) => new LazyRegExp(`^(?:${boundedAlternation(phrases("replyOpenings", lexicons))})`, "iu");

/** An interviewer's acknowledgment opening a turn, as a sentence of its own: "Good point.", "Fair enough." */
const ACKNOWLEDGMENT: PatternBuilder = (lexicons) =>
  new LazyRegExp(`^(?:${boundedAlternation(phrases("acknowledgments", lexicons))})[.!]\\s`, "iu");

/** Longest statement, in words, read as an interviewer's turn. */
const STATEMENT_MAX_UNITS = 25;

/**
 * Statements the interviewer makes between answers ("And you originally didn't audition
 * for Kurt; it was written for you."): in an interview of paragraph questions, a short
 * paragraph of one or two sentences after an answer, itself no reply, whose next
 * paragraph opens as a reply does ("Yeah. I auditioned for…").
 */
function withStatementTurns(turns: readonly Turn[], lexicons: LexiconSelection): Turn[] {
  const acknowledgment = lexicons.pattern(ACKNOWLEDGMENT);
  const replyOpening = lexicons.pattern(REPLY_OPENING);
  // Only a statement after the first question is one: found once, not looked for again above every paragraph.
  const firstQuestion = turns.findIndex((turn) => turn.kind === "question");
  return turns.map((turn, index) => {
    const before = turns[index - 1];
    const after = turns[index + 1];
    if (turn.kind !== "plain" || before?.kind !== "plain" || after?.kind !== "plain" || index < 2) return turn;
    if (firstQuestion < 0 || firstQuestion >= index) return turn;
    const short = textUnitsUpTo(turn.text, STATEMENT_MAX_UNITS) <= STATEMENT_MAX_UNITS && splitSentences(turn.text).length <= 2;
    // "Good point. Maybe you should take a role on a hospital drama." acknowledges the reply and goes on.
    const acknowledges = acknowledgment.test(turn.text) && splitSentences(turn.text).length === 2;
    if (!short || replyOpening.test(turn.text) || !(replyOpening.test(after.text) || acknowledges)) return turn;
    return { kind: "question", text: turn.text, reason: "short statement after an answer, the next paragraph replies", rule: "turns/statement" };
  });
}

/** How strongly a paragraph reads as a question. */
function questionStrength(text: string): "strong" | "weak" | "none" {
  if (!isParagraphQuestion(text)) return "none";
  const sentences = splitSentences(text);
  const asking = sentences.filter((sentence) => ENDS_WITH_QUESTION.test(sentence)).length;
  return asking * 2 >= sentences.length || textUnitsUpTo(text, SHORT_QUESTION_UNITS / 2) <= SHORT_QUESTION_UNITS / 2 ? "strong" : "weak";
}
