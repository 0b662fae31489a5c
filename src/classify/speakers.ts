/**
 * Speaker transcripts: `MILLER:` / `JALALI:`, `John Miller:`, `JM:`, the
 * publication's own name (`NPR:`, `Reason:`). Which label asks is learned from
 * the document: the two speakers who answer each other most are interviewer
 * and interviewee, the one whose turns ask is the interviewer; a second host
 * who asks and gets the interviewee's reply asks too. Other voices (a clip, a
 * second guest who never answers first) continue the turn they sit in. When
 * only answers carry labels, the unlabelled paragraph before each of them asks;
 * when only questions do, the paragraphs after them answer.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import { ENDS_WITH_QUESTION, SPEAKER_LABEL, unwrapEmphasis } from "../patterns.js";
import { configuredSpeaker, speakerRole, type CompiledRules } from "../rules.js";
import type { Block } from "../types.js";
import { isParagraphQuestion, plainTurn } from "./asks.js";
import { textUnits } from "./shape.js";
import type { InterviewShape, Turn } from "./turns.js";

/** Fewest asking turns that make a shape. */
const MIN_QUESTIONS = 2;

/** Longest speaker name, in words. */
const MAX_NAME_UNITS = 4;

/**
 * A label glued to its text or followed by a zero-width non-joiner
 * (`JP:That's`, `فارس:‌آیا`): counted only for a name that recurs, and only
 * before a letter or a quote, so a time, a URL or a ratio never is one.
 */
const GLUED_LABEL = new LazyRegExp(
  String.raw`^([\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,30}(?:\s(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,30}|bin|al|de|van|von|der|da|di|la|le)){0,3})[:：][\u200C\s]*(?=[\p{L}"“'‘«])`,
  "u",
);

/** A transcript's role suffix after the name: `STEVE INSKEEP, HOST:`, `JANE DOE, BYLINE:`. */
const ROLE_SUFFIX = new LazyRegExp(
  String.raw`^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}),\s\p{Lu}{2,20}(?:\s\p{Lu}{2,20})?[:：]\s*`,
  "u",
);

/** A block's speaker label: who speaks and what they say. */
interface Label {
  name: string;
  text: string;
  /** The name as the label writes it, when it is an alias (`Steven Rosenfeld` for `SR`). */
  written?: string;
}

/** What one speaker does across the transcript. */
interface SpeakerStats {
  turns: number;
  /** Turns whose label paragraph or last paragraph asks. */
  asks: number;
  words: number;
}

/** The role each speaker plays. */
interface Roles {
  askers: Set<string>;
  answerers: Set<string>;
}

/** Reads a speaker transcript, or null when the blocks are not one. */
export function speakerShape(blocks: readonly Block[], rules: CompiledRules): InterviewShape | null {
  const found = withAliases(blocks.map((block) => speakerOf(block, rules)));
  const stats = speakerStats(blocks, found);
  const recurring = new Set(
    [...stats]
      .filter(([name, entry]) => entry.turns >= 2 || speakerRole(name, rules) !== undefined)
      .map(([name]) => name),
  );
  if (recurring.size === 0) return null;
  const labels = found.map((label) => (label && recurring.has(label.name) ? label : null));
  const before = paragraphsBeforeLabels(blocks, labels);
  // A loop, not Math.max(...): a huge transcript's many speakers would pass too many arguments.
  let bestAsks = -Infinity;
  for (const name of recurring) bestAsks = Math.max(bestAsks, stats.get(name)!.asks);
  if (
    !hasConfiguredInterviewer(recurring, rules) &&
    before.asking >= MIN_QUESTIONS &&
    before.asking * 2 > before.all &&
    before.asking >= bestAsks &&
    before.asking * 2 >= before.questions
  ) {
    return answersOnlyShape(blocks, labels);
  }
  if (recurring.size === 1) {
    const asking = labels.filter((label) => label && asks(label.text)).length;
    const questionsOnly =
      asking * 2 >= labels.filter(Boolean).length && asking >= MIN_QUESTIONS && asking * 2 >= before.questions;
    return questionsOnly ? questionsOnlyShape(blocks, labels) : null;
  }
  return transcriptShape(blocks, labels, speakerRoles(labels, stats, recurring, rules));
}

/** The speaker label of a block, unless it is a known chrome word; a user's speaker names come first. */
export function speakerOf(block: Block, rules: CompiledRules): Label | null {
  if (block.hints.speaker)
    return { name: block.hints.speaker, text: block.text.replace(/^[^:：]*[:：]+[\u200C\s]*/u, "") };
  const configured = configuredSpeaker(block.text, rules);
  if (configured) return configured;
  // `Q:` and `A:` are turn labels, not names: a few stray ones are left to the other shapes.
  if (rules.lexicons.questionLabel.test(block.text) || rules.lexicons.answerLabel.test(block.text)) return null;
  const match = SPEAKER_LABEL.exec(block.text) ?? ROLE_SUFFIX.exec(block.text) ?? GLUED_LABEL.exec(block.text);
  if (!match) return null;
  const name = match[1]!.trim();
  if (rules.lexicons.notASpeaker.test(name) || textUnits(name) > MAX_NAME_UNITS) return null;
  return {
    name,
    text: block.text
      .slice(match[0].length)
      .replace(/^[\u200C\s]+/u, "")
      .trim(),
  };
}

/**
 * Full names on the first exchange, short ones after (`Steven Rosenfeld:` then
 * `SR:`, `NICK GILLESPIE:` then `GILLESPIE:`, `Dr. Rizzo:` then `Rizzo:`): a
 * name used once is the speaker whose other label is its initials or its last
 * word.
 */
function withAliases(labels: ReadonlyArray<Label | null>): Array<Label | null> {
  const uses = new Map<string, number>();
  for (const label of labels) if (label) uses.set(label.name, (uses.get(label.name) ?? 0) + 1);
  // Recurring short forms first; a short form used once still pairs with its full name (a second host's two turns).
  const targets = [...uses].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return labels.map((label) => {
    if (!label || (uses.get(label.name) ?? 0) >= 2) return label;
    const alias = targets.find((name) => name !== label.name && shortFormOf(label.name, name));
    return alias ? { ...label, name: alias, written: label.name } : label;
  });
}

/** Fewest letters of a one-word label's abbreviation (`ESQ` for `ESQUIRE.COM`). */
const MIN_ABBREVIATION = 3;

/**
 * Whether `short` is the initials or the last word of a longer name, the initials of its
 * last two words (`RG` for `Congressman Raul Grijalva`), or the first letters of a
 * one-word name (`ESQ` for `ESQUIRE` or `ESQUIRE.COM`).
 */
function shortFormOf(full: string, short: string): boolean {
  const wanted = short.toLocaleLowerCase();
  const words = full.split(/\s+/u).filter((word) => /^\p{L}/u.test(word));
  if (words.length === 1)
    return (
      wanted.length >= MIN_ABBREVIATION && wanted.length < full.length && full.toLocaleLowerCase().startsWith(wanted)
    );
  if (words.length < 2) return false;
  const initials = words
    .map((word) => word[0]!)
    .join("")
    .toLocaleLowerCase();
  const last = words
    .at(-1)!
    .replace(/[.'’]+$/u, "")
    .toLocaleLowerCase();
  return wanted === initials || wanted === last || (words.length > 2 && wanted === initials.slice(-2));
}

/** Turns, asking turns and words of every labelled speaker; a turn runs to the next label. */
function speakerStats(blocks: readonly Block[], labels: ReadonlyArray<Label | null>): Map<string, SpeakerStats> {
  const stats = new Map<string, SpeakerStats>();
  labels.forEach((label, index) => {
    if (!label) return;
    const entry = stats.get(label.name) ?? { turns: 0, asks: 0, words: 0 };
    const span = turnSpan(labels, index);
    const last = span > 1 ? blocks[index + span - 1]!.text : label.text;
    entry.turns += 1;
    if (ENDS_WITH_QUESTION.test(label.text) || ENDS_WITH_QUESTION.test(last)) entry.asks += 1;
    for (let offset = 0; offset < span; offset += 1)
      entry.words += textUnits(offset === 0 ? label.text : blocks[index + offset]!.text);
    stats.set(label.name, entry);
  });
  return stats;
}

/** How many blocks the turn opened at `index` spans: up to the next labelled block. */
function turnSpan(labels: ReadonlyArray<Label | null>, index: number): number {
  let end = index + 1;
  while (end < labels.length && !labels[end]) end += 1;
  return end - index;
}

/** Whether a user's rules name one of the speakers as the interviewer. */
function hasConfiguredInterviewer(names: ReadonlySet<string>, rules: CompiledRules): boolean {
  return [...names].some((name) => speakerRole(name, rules) === "interviewer");
}

/**
 * The runs of labelled turns that follow an unlabelled paragraph, how many of
 * those paragraphs ask, and how many unlabelled paragraphs ask at all: a Q&A
 * whose questions carry no label and whose answers carry the speaker's has most
 * of the former asking, and most of its questions before a label (a stray `A:`
 * on a few answers of a paragraph interview is no such Q&A). In a labelled transcript
 * the paragraph before a label continues the previous answer, which seldom ends
 * on a question.
 */
function paragraphsBeforeLabels(
  blocks: readonly Block[],
  labels: ReadonlyArray<Label | null>,
): { all: number; asking: number; questions: number } {
  const runs = labels.flatMap((label, index) => (label && index > 0 && !labels[index - 1] ? [index - 1] : []));
  const questions = blocks.filter((block, index) => !labels[index] && asks(block.text)).length;
  return { all: runs.length, asking: runs.filter((index) => asks(blocks[index]!.text)).length, questions };
}

/** Whether a paragraph asks, by its last sentence or as a whole. */
function asks(text: string): boolean {
  return isParagraphQuestion(text) || ENDS_WITH_QUESTION.test(text);
}

/** Labels on answers only: each labelled turn answers, the asking paragraph before a run of them is the question. */
function answersOnlyShape(blocks: readonly Block[], labels: ReadonlyArray<Label | null>): InterviewShape {
  const turns = blocks.map((block, index): Turn => {
    const label = labels[index];
    if (label)
      return {
        kind: "answer",
        text: unwrapEmphasis(label.text),
        speaker: label.name,
        reason: `speaker label "${label.name}" answers`,
        rule: "turns/speaker-answers",
      };
    const opensRun = Boolean(labels[index + 1]) && asks(block.text);
    return opensRun
      ? {
          kind: "question",
          text: block.text,
          reason: "unlabelled paragraph before an answer's label asks",
          rule: "turns/before-answer-label",
        }
      : plainTurn(block.text);
  });
  return { name: "labelled answers", turns, answersLabeled: true, mergeQuestions: false };
}

/** One label on questions only (the publication's name, an asterisk-free `Q:` of its own): the paragraphs after answer. */
function questionsOnlyShape(blocks: readonly Block[], labels: ReadonlyArray<Label | null>): InterviewShape {
  const turns = blocks.map((block, index): Turn => {
    const label = labels[index];
    return label
      ? {
          kind: "question",
          text: unwrapEmphasis(label.text),
          speaker: label.name,
          reason: `speaker label "${label.name}" asks`,
          rule: "turns/speaker-asks",
        }
      : plainTurn(block.text);
  });
  return { name: "labelled questions", turns, answersLabeled: false, mergeQuestions: false };
}

/**
 * Who asks and who answers. The two speakers whose turns follow each other most
 * are interviewer and interviewee; of them the interviewer asks more (or, when
 * neither asks, speaks shorter turns). Another speaker asks too when the
 * interviewee replies to them and most of their turns ask (a second host);
 * one who replies to the askers at least twice answers too (a second guest).
 */
function speakerRoles(
  labels: ReadonlyArray<Label | null>,
  stats: ReadonlyMap<string, SpeakerStats>,
  names: ReadonlySet<string>,
  rules: CompiledRules,
): Roles {
  const follows = transitions(labels);
  const configured = [...names].filter((name) => speakerRole(name, rules) === "interviewer");
  const [first, second] = dominantPair(follows, names);
  const ratio = (name: string): number => stats.get(name)!.asks / stats.get(name)!.turns;
  const length = (name: string): number => stats.get(name)!.words / stats.get(name)!.turns;
  const firstAsks = ratio(first) > ratio(second) || (ratio(first) === ratio(second) && length(first) < length(second));
  let asker = firstAsks ? first : second;
  let interviewee = firstAsks ? second : first;
  if (configured.length > 0 && !configured.includes(asker))
    [asker, interviewee] = [configured[0]!, asker === configured[0] ? interviewee : asker];
  if (speakerRole(asker, rules) === "interviewee") [asker, interviewee] = [interviewee, asker];
  const askers = new Set([asker, ...configured]);
  for (const name of names) {
    if (askers.has(name) || name === interviewee || speakerRole(name, rules) === "interviewee") continue;
    if ((follows.get(`${name}\u0000${interviewee}`) ?? 0) >= 1 && ratio(name) >= 0.5) askers.add(name);
  }
  const answerers = new Set(
    [...names].filter(
      (name) =>
        !askers.has(name) &&
        (name === interviewee ||
          speakerRole(name, rules) === "interviewee" ||
          repliesToAskers(name, askers, follows) >= 2),
    ),
  );
  return { askers, answerers };
}

/** How often each speaker's turn is followed directly by another's, keyed `from\0to`. */
function transitions(labels: ReadonlyArray<Label | null>): Map<string, number> {
  const follows = new Map<string, number>();
  let previous: string | null = null;
  for (const label of labels) {
    if (!label) continue;
    if (previous !== null && previous !== label.name) {
      const key = `${previous}\u0000${label.name}`;
      follows.set(key, (follows.get(key) ?? 0) + 1);
    }
    previous = label.name;
  }
  return follows;
}

/** The two speakers who follow each other most often, in the order they first speak. */
function dominantPair(follows: ReadonlyMap<string, number>, names: ReadonlySet<string>): [string, string] {
  const list = [...names];
  let best: [string, string] = [list[0]!, list[1]!];
  let bestCount = -1;
  for (const [a, one] of list.entries()) {
    for (const b of list.slice(a + 1)) {
      const count = (follows.get(`${one}\u0000${b}`) ?? 0) + (follows.get(`${b}\u0000${one}`) ?? 0);
      if (count > bestCount) [best, bestCount] = [[one, b], count];
    }
  }
  return best;
}

/** How many of a speaker's turns come right after an asker's turn. */
function repliesToAskers(name: string, askers: ReadonlySet<string>, follows: ReadonlyMap<string, number>): number {
  return [...askers].reduce((sum, asker) => sum + (follows.get(`${asker}\u0000${name}`) ?? 0), 0);
}

/**
 * The turns of a transcript. An asker's turn asks unless the question before it
 * is still unanswered (the same host again, or a host's intro before a clip):
 * then it continues that question. A voice that neither asks nor answers
 * continues the turn it sits in.
 */
function transcriptShape(blocks: readonly Block[], labels: ReadonlyArray<Label | null>, roles: Roles): InterviewShape {
  let open = false;
  const turns = blocks.map((block, index): Turn => {
    const label = labels[index];
    if (!label) return plainTurn(block.text);
    const text = unwrapEmphasis(label.text);
    if (roles.askers.has(label.name)) {
      const continues = open;
      open = true;
      return continues
        ? {
            kind: "question",
            text,
            speaker: label.name,
            continues,
            reason: `speaker label "${label.name}", question not yet answered`,
            rule: "turns/speaker-asks",
          }
        : {
            kind: "question",
            text,
            speaker: label.written ?? label.name,
            reason: `speaker label "${label.name}" asks`,
            rule: "turns/speaker-asks",
          };
    }
    if (roles.answerers.has(label.name)) {
      open = false;
      return {
        kind: "answer",
        text,
        speaker: label.written ?? label.name,
        reason: `speaker label "${label.name}" answers`,
        rule: "turns/speaker-answers",
      };
    }
    return {
      kind: "plain",
      text: block.text,
      reason: `speaker "${label.name}" neither asks nor answers`,
      rule: "turns/speaker-neither",
    };
  });
  return { name: "speakers", turns, answersLabeled: true, mergeQuestions: false };
}
