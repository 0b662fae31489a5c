/**
 * The document-level decision "is this an interview?". Segmentation finds
 * question/answer pairs wherever text looks like them; this module looks at the
 * document as a whole and rejects the look-alikes: a list of questions nobody
 * answers, an FAQ, a press conference with many reporters, questions that ask
 * nothing (a deal list, a sports box), readers' or callers' questions answered
 * by an expert, an explainer whose question headings are followed by the
 * reporter's third-person exposition, and an article with a few rhetorical
 * questions. Each look-alike is one named detector; evidence that someone was
 * interviewed (an announcement, a named answerer, questions put to "you")
 * vetoes the weaker ones, so a real interview is not rejected on one cue.
 *
 * A rejected document keeps every block: its questions and answers become body
 * paragraphs (`summary`), with their original text, labels and all.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import {
  boundedAlternation,
  EVERY_LANGUAGE,
  LEXICONS,
  literalPhrases,
  notFirstNameWords,
  phrases,
  type Lexicon,
  type LexiconSelection,
  type PatternBuilder,
  type Pronouns,
} from "../lexicon/index.js";
import { ENDS_LIKE_SENTENCE, hasQuestionMark, SPEAKER_LABEL } from "../patterns.js";
import type { ClassifiedBlock, Warning } from "../types.js";
import { isTitleCase, textUnits } from "./shape.js";

/** What the check looks at: the classified blocks and what the classifier knows of the document. */
export interface InterviewCheckInput {
  blocks: readonly ClassifiedBlock[];
  title: string | null;
  language: string | null;
  /** The segmenter's name for the turn shape ("labels", "speakers", "paragraph questions"…). */
  shape: string;
  /** The lexicons of the document's languages (default: every lexicon). */
  lexicons?: LexiconSelection;
}

/** The evidence the detectors weigh, gathered once per document. */
export interface InterviewEvidence {
  pairs: number;
  /** Pairs whose answer holds a sentence (not only a heading or a link). */
  answered: number;
  /** Questions with a question mark in any script. */
  asking: number;
  /** Questions set in title case, as headlines are. */
  titleCased: number;
  shape: string;
  /** The answers come from a speaker the source names (a label on the answer turns). */
  namedAnswerer: boolean;
  /** Distinct labelled speakers whose turns mostly ask. */
  askers: number;
  /** Shares of pairs: the question puts something to "you", the asker speaks of "I", the answer speaks as "I"/"we"; null when the language has no word list. */
  addressesYou: number | null;
  askerSpeaksAsI: number | null;
  answerSpeaksAsI: number | null;
  /** Question sentences anywhere in the body that put something to "you"; 0 when the language has no word list. */
  youQuestions: number;
  /** Question sentences anywhere in the body, in any language. */
  questions: number;
  /** Share of answered pairs whose answer reports what someone else says ("says Hess", "according to"). */
  attributed: number;
  /** Distinct people the answers quote in the third person ("says Laura Kemper", "Raj Patel said"). */
  sources: number;
  /** Most answers carry a label of their own (`A:`, a speaker's name): someone answers. */
  answersLabeled: boolean;
  /** The title, the reporter's opening or the text right before the questions names an interview ("interview", "Q&A", "entretien", "интервью"…). */
  announced: boolean;
  /** The title or a heading names an FAQ. */
  faq: boolean;
  /** The title or lead names a press conference or briefing. */
  pressConference: boolean;
}

/** A detector's finding: which look-alike, and why. */
export interface Verdict {
  kind: string;
  reason: string;
}

/** Words of the reporter that name an interview or a conversation with a guest. */
const INTERVIEW_WORDS: PatternBuilder = (lexicons) =>
  new LazyRegExp(boundedAlternation(phrases("interviewWords", lexicons)), "iu");

/** A capitalised name of one to three words, possibly after a title ("Dr. Laura Kemper", "Hess"). */
const SOURCE_NAME = "(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.\\s)?\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){0,2}";

/**
 * A source named beside a verb of the lexicons' quoting verbs: "says Laura Kemper", "according to
 * Greer" (an attribution word before the name), "Councillor Raj Patel said". Before the verb the
 * name needs two words, so that "He said" or "The company said" names nobody.
 */
const NAMED_SOURCE: PatternBuilder = (lexicons) => {
  const verbs = phrases("quotingVerbs", lexicons);
  const before = boundedAlternation([...verbs, ...phrases("attributionWords", lexicons)]);
  return new LazyRegExp(
    `(?:${before})\\s(${SOURCE_NAME})|(${SOURCE_NAME}\\s\\p{Lu}[\\p{Ll}'’-]+),?\\s(?:${boundedAlternation(verbs)})`,
    "gu",
  );
};

/**
 * The words of which every match of {@link NAMED_SOURCE} holds one. Most answers quote no one, and
 * the pattern tries its names at every capital letter of the text; `includes` finds none faster.
 */
const QUOTING_WORDS = (lexicons: readonly Lexicon[]): readonly string[] => [
  ...new Set([...literalPhrases("quotingVerbs", lexicons), ...literalPhrases("attributionWords", lexicons)]),
];

/** Capitalised words that open a sentence rather than name a source: the lexicons' words that are no first name ("He", "The"). */
const NOT_A_SOURCE = (lexicons: readonly Lexicon[]): ReadonlySet<string> => new Set(notFirstNameWords(lexicons));

/** Words that name a list of frequently asked questions. */
const FAQ_WORDS: PatternBuilder = (lexicons) => new LazyRegExp(boundedAlternation(phrases("faqWords", lexicons)), "iu");

/** Words that name a press conference or briefing. */
const PRESS_CONFERENCE_WORDS: PatternBuilder = (lexicons) =>
  new LazyRegExp(boundedAlternation(phrases("pressConferenceWords", lexicons)), "iu");

/** A language's words for "you" and for "I"/"we"; only languages that state their pronouns (a pro-drop language would read as third person). */
interface PersonWords {
  you: ReadonlySet<string>;
  i: ReadonlySet<string>;
  /** Words for "you" that mean it only when capitalised (German "Sie"). */
  youCased?: ReadonlySet<string>;
}

/** First- and second-person words, by language code: the lexicons' pronouns as sets, of languages that state them. */
const PERSON_WORDS: ReadonlyMap<string, PersonWords> = new Map(
  LEXICONS.flatMap((lexicon) =>
    lexicon.pronouns && !lexicon.pronouns.dropped ? [[lexicon.code, personWords(lexicon.pronouns)] as const] : [],
  ),
);

/** A lexicon's pronouns as the sets a token is looked up in. */
function personWords(pronouns: Pronouns): PersonWords {
  return {
    you: new Set(pronouns.you),
    i: new Set([...pronouns.i, ...(pronouns.iElided ?? [])]),
    ...(pronouns.youCased ? { youCased: new Set(pronouns.youCased) } : {}),
  };
}

/** Words by which a reporter attributes what someone else says. */
const ATTRIBUTION: PatternBuilder = (lexicons) =>
  new LazyRegExp(boundedAlternation(phrases("attributionWords", lexicons)), "iu");

/** A quotation within a paragraph, in the quotation marks of any language. */
const QUOTATION = /“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»|"[^"]*"/gu;

/** Where a sentence ends: after terminal punctuation of any script. */
const SENTENCE_END = /(?<=[.!?\u061F\uFF1F\u3002…])\s+/u;

/** How many reporter blocks at the start, and right before the first question, may announce the interview. */
const ANNOUNCEMENT_BLOCKS = 3;

/** A heading is at most this many words. */
const HEADING_MAX_UNITS = 15;

/** An answer without final punctuation still holds a sentence when it is this long. */
const ANSWER_MIN_UNITS = 12;

/** Fewest pairs for a list of unanswered questions, or of questions for advice. */
const LIST_MIN_PAIRS = 3;

/** Distinct asking speakers that make a press conference rather than an interview (a panel has two or three hosts). */
const PRESS_MIN_ASKERS = 4;

/** The explainer: at most this share of questions put to "you", of answers speaking as "I"; at least this share quoting others. */
const EXPOSITION_MAX_YOU = 1 / 3;
const EXPOSITION_MAX_I = 0.5;
const EXPOSITION_MIN_ATTRIBUTED = 0.4;
/** Named sources quoted in the answers that make exposition even where the opening mentions talking to people. */
const EXPOSITION_MIN_SOURCES = 2;

/** A text without pairs and with this many questions may be an interview the segmenter could not read. */
const STORY_MAX_QUESTIONS = 3;

/** Most answered pairs that a few rhetorical questions in an article make. */
const RHETORICAL_MAX_PAIRS = 3;

/** Questions put to "you" that show someone is being interviewed even where segmentation found few pairs. */
const YOU_QUESTIONS_EVIDENCE = 2;

/** The look-alike detectors, the surest first. */
const DETECTORS: ReadonlyArray<(evidence: InterviewEvidence) => Verdict | null> = [
  questionList,
  faqPage,
  pressConference,
  nothingAsked,
  headlineQuestions,
  questionsForAdvice,
  exposition,
  rhetoricalQuestions,
];

/** Decides whether the document is an interview; null when it is (or may be), else the look-alike it is. */
export function checkInterview(input: InterviewCheckInput): Verdict | null {
  const evidence = gatherEvidence(input);
  if (evidence.pairs === 0) return newsStory(evidence);
  for (const detect of DETECTORS) {
    const verdict = detect(evidence);
    if (verdict) return verdict;
  }
  return null;
}

/** The warning a rejected document carries. */
export function notAnInterviewWarning(verdict: Verdict): Warning {
  return {
    code: "not-an-interview",
    message: `not an interview (${verdict.kind}): ${verdict.reason}`,
    rule: "interview-check/verdict",
  };
}

/**
 * The blocks of a rejected document: questions, answers and the announcement
 * become body paragraphs with their original text (labels included), so every
 * line is still in the document.
 */
export function demoteQa(blocks: readonly ClassifiedBlock[], verdict: Verdict): ClassifiedBlock[] {
  const hasLead = blocks.some((item) => item.role === "lead");
  let leadGiven = hasLead;
  return blocks.map((item) => {
    if (item.role !== "question" && item.role !== "answer" && item.role !== "qa-intro" && item.role !== "closing")
      return item;
    const role = leadGiven ? "summary" : "lead";
    leadGiven = true;
    const { pair: _pair, speaker: _speaker, unlabeled: _unlabeled, ...rest } = item;
    return {
      ...rest,
      role,
      reason: `body paragraph: not an interview (${verdict.kind})`,
      rule: "interview-check/not-an-interview",
      text: item.block.text,
    };
  });
}

/** Gathers the evidence from the blocks. */
export function gatherEvidence(input: InterviewCheckInput): InterviewEvidence {
  const lexicons = input.lexicons ?? EVERY_LANGUAGE;
  const pairs = groupPairs(input.blocks, lexicons.notASpeaker);
  const reporter = input.blocks.filter(
    (item) => item.role === "lead" || item.role === "summary" || item.role === "qa-intro",
  );
  const opening = [input.title ?? "", ...reporter.filter((item) => item.role !== "summary").map((item) => item.text)];
  const headings = reporter.filter((item) => textUnits(item.text) <= HEADING_MAX_UNITS).map((item) => item.text);
  const persons = PERSON_WORDS.get(input.language ?? "");
  const attribution = lexicons.pattern(ATTRIBUTION);
  const share = (test: (pair: Pair) => boolean): number => pairs.filter(test).length / Math.max(1, pairs.length);
  // Whether each question addresses "you", asked once: two measures below read it.
  const questionsToYou = new Map(persons ? pairs.map((pair) => [pair, speaksTo(pair.question, persons)]) : []);
  // What only the last detectors read, and only when the surer ones found nothing, is measured on
  // first reading: an interview with labelled answers never has its answers' "I" counted.
  const bodyQuestions = once(() => countBodyQuestions(input.blocks, persons));
  const askerSpeaksAsI = once(() =>
    persons ? share((pair) => questionsToYou.get(pair) === false && speaksAsI(pair.question, persons)) : null,
  );
  const answerSpeaksAsI = once(() => (persons ? share((pair) => speaksAsI(pair.answers, persons)) : null));
  const sources = once(() => quotedSources(pairs, lexicons));
  const attributed = once(() => share((pair) => pair.answers.some((text) => attribution.test(text))));
  return {
    pairs: pairs.length,
    answered: pairs.filter((pair) => pair.answers.some(holdsSentence)).length,
    asking: pairs.filter((pair) => pair.question.some((text) => hasQuestionMark(text))).length,
    titleCased: pairs.filter((pair) => pair.question.every(isTitleCase)).length,
    shape: input.shape,
    namedAnswerer: hasNamedAnswerer(pairs),
    askers: askingSpeakers(input.blocks, lexicons.notASpeaker),
    addressesYou: persons ? share((pair) => questionsToYou.get(pair) === true) : null,
    get askerSpeaksAsI() {
      return askerSpeaksAsI();
    },
    get answerSpeaksAsI() {
      return answerSpeaksAsI();
    },
    get youQuestions() {
      return bodyQuestions().toYou;
    },
    get questions() {
      return bodyQuestions().all;
    },
    get sources() {
      return sources();
    },
    answersLabeled: pairs.filter((pair) => pair.labeled).length * 2 > pairs.length,
    get attributed() {
      return attributed();
    },
    // An announcement ending in a colon ("For instance:") announces anything; it must name an interview.
    announced: announcementTexts(input).some((text) => lexicons.pattern(INTERVIEW_WORDS).test(text)),
    faq: [input.title ?? "", ...headings].some((text) => lexicons.pattern(FAQ_WORDS).test(text)),
    pressConference: opening.some((text) => lexicons.pattern(PRESS_CONFERENCE_WORDS).test(text)),
  };
}

/** A value computed on its first reading and kept. */
function once<T>(compute: () => T): () => T {
  let computed: { value: T } | null = null;
  return () => (computed ??= { value: compute() }).value;
}

/**
 * Where an interview is announced: the title, the first reporter blocks and the
 * ones right before the first question. A word further away ("as he told an
 * interviewer") is about something else.
 */
function announcementTexts(input: InterviewCheckInput): string[] {
  const firstQuestion = input.blocks.findIndex((item) => item.role === "question");
  const before = input.blocks.slice(0, firstQuestion < 0 ? input.blocks.length : firstQuestion);
  const reporter = before
    .filter((item) => item.role === "lead" || item.role === "summary" || item.role === "qa-intro")
    .map((item) => item.text);
  return [input.title ?? "", ...reporter.slice(0, ANNOUNCEMENT_BLOCKS), ...reporter.slice(-ANNOUNCEMENT_BLOCKS)];
}

/**
 * The question sentences of the body (reporter text, questions and answers): all of them, and
 * those that address "you" (none when the language has no word list). Counted block by block:
 * the body's sentences in one list were a list as long as a big dump.
 */
function countBodyQuestions(
  blocks: readonly ClassifiedBlock[],
  persons: PersonWords | undefined,
): { all: number; toYou: number } {
  const counts = { all: 0, toYou: 0 };
  for (const item of blocks) {
    // A block without a question mark has no sentence with one: it is not cut into sentences.
    if (item.role === "title" || item.role === "meta" || item.role === "chrome" || !hasQuestionMark(item.text))
      continue;
    for (const sentence of item.text.split(SENTENCE_END)) {
      if (!hasQuestionMark(sentence)) continue;
      counts.all += 1;
      if (persons && speaksTo([sentence], persons)) counts.toYou += 1;
    }
  }
  return counts;
}

/** One question/answer pair as the segmenter grouped it. */
interface Pair {
  question: string[];
  answers: string[];
  answerSpeakers: string[];
  /** The answer's first paragraph carries a label of its own. */
  labeled: boolean;
}

/** Groups the question and answer blocks by pair. */
function groupPairs(blocks: readonly ClassifiedBlock[], notASpeaker: RegExp): Pair[] {
  const byPair = new Map<number, Pair>();
  // The pair being filled: its lists are cut to size when the next one starts.
  let open: Pair | undefined;
  for (const item of blocks) {
    if ((item.role !== "question" && item.role !== "answer") || item.pair === undefined) continue;
    const pair = byPair.get(item.pair) ?? { question: [], answers: [], answerSpeakers: [], labeled: false };
    if (open !== undefined && open !== pair) fitLists(open);
    open = pair;
    if (item.role === "question") pair.question.push(item.text);
    else {
      if (pair.answers.length === 0) pair.labeled = item.unlabeled !== true;
      pair.answers.push(item.text);
      const speaker = item.speaker ?? labelOf(item.text, notASpeaker);
      if (speaker) pair.answerSpeakers.push(speaker);
    }
    byPair.set(item.pair, pair);
  }
  if (open !== undefined) fitLists(open);
  return [...byPair.values()];
}

/**
 * Cuts a pair's lists to their items. A list pushed to makes room for 16 more, and
 * a big dump's 50,000 pairs held 15 MB of that room while the document was checked.
 */
function fitLists(pair: Pair): void {
  pair.question = pair.question.slice();
  pair.answers = pair.answers.slice();
  pair.answerSpeakers = pair.answerSpeakers.slice();
}

/** The speaker label a paragraph opens with ("KARL: The very latest…"), if any; a note's label ("Disclaimer:") names no one. */
function labelOf(text: string, notASpeaker: RegExp): string | null {
  const name = SPEAKER_LABEL.exec(text)?.[1]?.trim();
  return name === undefined || notASpeaker.test(name) ? null : name;
}

/** Whether an answer paragraph reads as a sentence rather than a heading, a link or a caption. */
function holdsSentence(text: string): boolean {
  return (ENDS_LIKE_SENTENCE.test(text) && textUnits(text) >= 2) || textUnits(text) >= ANSWER_MIN_UNITS;
}

/** Whether most answered pairs are answered by a speaker the source names, the same one or two throughout. */
function hasNamedAnswerer(pairs: readonly Pair[]): boolean {
  const counts = new Map<string, number>();
  for (const pair of pairs)
    for (const name of new Set(pair.answerSpeakers)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, 2);
  return top.reduce((sum, count) => sum + count, 0) * 2 >= pairs.length && top.length > 0;
}

/** Distinct labelled speakers (anywhere in the body) whose turns mostly ask a question. */
function askingSpeakers(blocks: readonly ClassifiedBlock[], notASpeaker: RegExp): number {
  const turns = new Map<string, { all: number; asking: number }>();
  for (const item of blocks) {
    if (item.role === "title" || item.role === "meta" || item.role === "chrome") continue;
    // A reporter who asks once has a label the speaker shape does not take as a speaker of its own,
    // and the reporters who ask before the chosen asker's first turn stand in the summary.
    const speaker = item.speaker ?? labelOf(item.block.text, notASpeaker);
    if (!speaker) continue;
    const entry = turns.get(speaker) ?? { all: 0, asking: 0 };
    entry.all += 1;
    if (hasQuestionMark(item.text)) entry.asking += 1;
    turns.set(speaker, entry);
  }
  return [...turns.values()].filter((entry) => entry.asking > 0 && entry.asking * 2 >= entry.all).length;
}

/** A word: letters and their marks. */
const WORD = new LazyRegExp(String.raw`[\p{L}\p{M}]+`, "gu");

/**
 * Whether a word of the texts, as written, passes a test. The words are read one at a time and
 * the reading stops at the first that passes: a speaker says "I" in an answer's first sentence,
 * and listing every word of every answer first was a good part of the check's time.
 */
function someWord(texts: readonly string[], test: (word: string) => boolean): boolean {
  for (const text of texts) {
    const word = WORD.regexpFor(text);
    word.lastIndex = 0;
    for (let match = word.exec(text); match !== null; match = word.exec(text)) {
      if (test(match[0])) return true;
    }
  }
  return false;
}

/** Whether a text addresses "you" (lower-cased, or as written for languages whose polite "you" is capitalised). */
function speaksTo(texts: readonly string[], persons: PersonWords): boolean {
  return someWord(texts, (word) => persons.you.has(word.toLowerCase()) || (persons.youCased?.has(word) ?? false));
}

/** Whether a text speaks as "I" or "we" outside quotations (an explainer quotes its sources' "we"). */
function speaksAsI(texts: readonly string[], persons: PersonWords): boolean {
  return someWord(
    texts.map((text) => text.replace(QUOTATION, " ")),
    (word) => persons.i.has(word.toLowerCase()),
  );
}

/**
 * No question/answer pairs, nothing names an interview and hardly a question is
 * asked: a news story or an essay. A text with questions the segmenter could not
 * pair may be an interview it failed to read, and gets no verdict.
 */
function newsStory(evidence: InterviewEvidence): Verdict | null {
  if (evidence.announced || evidence.questions >= STORY_MAX_QUESTIONS) return null;
  return { kind: "article", reason: "no questions are answered and nothing names an interview" };
}

/** The distinct people the answers quote in the third person, by their last name. */
function quotedSources(pairs: readonly Pair[], lexicons: LexiconSelection): number {
  const names = new Set<string>();
  const pattern = lexicons.pattern(NAMED_SOURCE);
  const notASource = lexicons.derived(NOT_A_SOURCE);
  const quotingWords = lexicons.derived(QUOTING_WORDS);
  for (const text of pairs.flatMap((pair) => pair.answers)) {
    if (!quotingWords.some((word) => text.includes(word))) continue;
    for (const match of pattern.matchAll(text)) {
      const name = (match[1] ?? match[2] ?? "").split(/\s+/u);
      if (!notASource.has(name[0]!)) names.add(name.at(-1)!);
    }
  }
  return names.size;
}

/** Most questions get no answer: a list of questions for someone, not their answers. */
function questionList(evidence: InterviewEvidence): Verdict | null {
  if (evidence.pairs < LIST_MIN_PAIRS || evidence.answered * 2 >= evidence.pairs) return null;
  return {
    kind: "list of questions",
    reason: `${evidence.pairs - evidence.answered} of ${evidence.pairs} questions get no answer`,
  };
}

/** The title or a heading names an FAQ, and no named speaker answers. */
function faqPage(evidence: InterviewEvidence): Verdict | null {
  if (!evidence.faq || evidence.namedAnswerer) return null;
  return { kind: "FAQ", reason: "the title or a heading names frequently asked questions" };
}

/** Many reporters ask one speaker, or the opening names a press conference and no interview. */
function pressConference(evidence: InterviewEvidence): Verdict | null {
  if (evidence.askers >= PRESS_MIN_ASKERS)
    return { kind: "press conference", reason: `${evidence.askers} different speakers ask questions` };
  if (evidence.pressConference && !evidence.announced)
    return {
      kind: "press conference",
      reason: "the title or lead names a press conference or briefing, not an interview",
    };
  return null;
}

/** No "question" asks anything: headings or labels of a list (a deal list, a sports box). */
function nothingAsked(evidence: InterviewEvidence): Verdict | null {
  if (evidence.asking > 0 || evidence.shape === "labels") return null;
  return { kind: "nothing asked", reason: "none of the supposed questions has a question mark" };
}

/**
 * Half the questions or more are set in title case: headlines (a list of story cards, an
 * explainer's subheads), which an interviewer's questions never are, unless a named speaker
 * or a label answers them.
 */
function headlineQuestions(evidence: InterviewEvidence): Verdict | null {
  if (evidence.titleCased * 2 < evidence.pairs || evidence.namedAnswerer || evidence.answersLabeled) return null;
  return {
    kind: "headlines",
    reason: `${evidence.titleCased} of ${evidence.pairs} questions are headlines in title case`,
  };
}

/** Readers or callers ask about themselves ("My turkey…, what do I do?") and nobody interviews anyone. */
function questionsForAdvice(evidence: InterviewEvidence): Verdict | null {
  const { addressesYou } = evidence;
  if (addressesYou === null || evidence.pairs < LIST_MIN_PAIRS) return null;
  if (addressesYou >= 0.25 || evidence.namedAnswerer || evidence.announced) return null;
  // Read last: the share of askers speaking as "I" is the costliest measure here.
  const { askerSpeaksAsI } = evidence;
  if (askerSpeaksAsI === null || askerSpeaksAsI < 0.5) return null;
  return {
    kind: "questions for advice",
    reason: "the askers speak about themselves and put nothing to an interviewee",
  };
}

/**
 * Question headings followed by the reporter's exposition: the questions put
 * nothing to "you", the answers do not speak as "I" and report what others say.
 * Quoting two or more named sources outweighs an opening that mentions talking
 * to people ("we spoke with engineers and officials"): an interviewee speaks for
 * themself.
 */
function exposition(evidence: InterviewEvidence): Verdict | null {
  const { addressesYou } = evidence;
  if (addressesYou === null || evidence.namedAnswerer || evidence.answersLabeled || addressesYou > EXPOSITION_MAX_YOU)
    return null;
  // The answers are read last, for "I" and then for others' words: the costliest measures here.
  const { answerSpeaksAsI } = evidence;
  if (answerSpeaksAsI === null || answerSpeaksAsI > EXPOSITION_MAX_I || evidence.attributed < EXPOSITION_MIN_ATTRIBUTED)
    return null;
  if (evidence.announced && evidence.sources < EXPOSITION_MIN_SOURCES) return null;
  return { kind: "explainer", reason: "the questions address no one and the answers are third-person exposition" };
}

/** A few questions in an article, not put to anyone it names or announces. */
function rhetoricalQuestions(evidence: InterviewEvidence): Verdict | null {
  // An article about an interview names one too ("the prince granted an interview…"): a lone
  // question among its paragraphs, unlabelled and not put to "you", is still its own rhetoric.
  const loneQuestion =
    evidence.answered === 1 && evidence.shape === "paragraph questions" && evidence.youQuestions === 0;
  if (evidence.answered > RHETORICAL_MAX_PAIRS || evidence.namedAnswerer || (evidence.announced && !loneQuestion))
    return null;
  if (evidence.shape === "labels" || evidence.shape === "speakers" || evidence.shape.startsWith("dialogue"))
    return null;
  if (evidence.youQuestions >= YOU_QUESTIONS_EVIDENCE) return null;
  return {
    kind: "rhetorical questions",
    reason: `only ${evidence.answered} answered question${evidence.answered === 1 ? "" : "s"}, and nothing names an interview`,
  };
}
