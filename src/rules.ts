/**
 * A user's rules for their own sources: extra boilerplate, extra question and
 * answer labels, and speaker names. `extract(input, { rules })` takes them as
 * plain data; they are compiled once per call into the patterns the classifier
 * consults next to its built-in ones (user rules first: they are the more specific).
 */
import { bare, type ChromeRule } from "./classify/chrome.js";
import { EVERY_LANGUAGE, type LexiconSelection } from "./lexicon/index.js";
import { normalizeText } from "./normalize.js";

/** What a named speaker is in the interview. */
export type SpeakerRole = "interviewer" | "interviewee";

/** Extra rules for a user's sources, the `rules` field of {@link ExtractOptions}. */
export interface ExtractRules {
  /**
   * Extra boilerplate to remove. A string is a whole-line phrase, compared
   * ignoring case and surrounding punctuation (`"Join us on Telegram"`); a
   * RegExp is tested against each paragraph (`/^Follow .+ on X$/iu`).
   * Removed lines get the reason `config: chrome phrase "…"` or `config: chrome pattern /…/`.
   */
  chrome?: ReadonlyArray<string | RegExp>;
  /** Extra labels that open a question, matched like `Q:`: `["Moderator", "BORNA"]` → `Moderator: …`, `BORNA - …`. */
  questionLabels?: readonly string[];
  /** Extra labels that open an answer, matched like `A:`. */
  answerLabels?: readonly string[];
  /**
   * Speaker labels (`Name:` at the start of a paragraph) and who they are, so a
   * transcript's asker is known instead of guessed: `{ "JM": "interviewer", "Jalali": "interviewee" }`.
   */
  speakers?: Readonly<Record<string, SpeakerRole>>;
}

/** The rules compiled for the classifier: the document's languages' and a user's. */
export interface CompiledRules {
  /** The lexicons of the document's languages, whose labels and phrases the built-in rules read. */
  lexicons: LexiconSelection;
  /** Extra chrome rules, tested before the built-in ones. */
  chrome: readonly ChromeRule[];
  /** Extra question labels as a label pattern (group 1 is the label), or null. */
  questionLabel: RegExp | null;
  /** Extra answer labels as a label pattern (group 1 is the label), or null. */
  answerLabel: RegExp | null;
  /** Configured speaker labels (group 1 is the name), or null. */
  speakerLabel: RegExp | null;
  /** Speaker roles by lower-cased name. */
  speakers: ReadonlyMap<string, SpeakerRole>;
}

/** No extra rules: the classifier's defaults alone. */
export const NO_RULES: CompiledRules = {
  lexicons: EVERY_LANGUAGE,
  chrome: [],
  questionLabel: null,
  answerLabel: null,
  speakerLabel: null,
  speakers: new Map(),
};

/**
 * What follows a turn label, as in the built-in `Q:`/`A:` patterns: optional
 * bold markers, then `:`, `.`, or a dash, then the text.
 */
const LABEL_TAIL = String.raw`(?:\*\*|__)?\s?[:：.\-–—]\s*(?:(?:\*\*|__)\s*)?`;

/** What follows a speaker name: optional bold markers, a colon, then the text. */
const SPEAKER_TAIL = String.raw`(?:\*\*|__)?\s?[:：](?:\*\*|__)?\s+`;

/** Regex flags a user's RegExp keeps: `g` and `y` would make `test()` stateful. */
const STATEFUL_FLAGS = /[gy]/gu;

/** Characters with a meaning in a regex, escaped when a label is inserted into one. */
const REGEX_SPECIAL = /[$()*+.?[\\\]^{|}-]/gu;

/**
 * Compiles user rules once; throws a `TypeError` naming the bad entry.
 *
 * @example
 * const rules = compileRules({ chrome: ["Join us on Telegram"], questionLabels: ["Moderator"] });
 */
export function compileRules(rules: ExtractRules = {}, lexicons: LexiconSelection = EVERY_LANGUAGE): CompiledRules {
  const speakers = Object.entries(rules.speakers ?? {});
  const names = speakers.map(([name]) => name);
  return {
    lexicons,
    chrome: (rules.chrome ?? []).map(chromeRule),
    questionLabel: labelPattern(rules.questionLabels ?? [], LABEL_TAIL),
    answerLabel: labelPattern(rules.answerLabels ?? [], LABEL_TAIL),
    speakerLabel: labelPattern(names, SPEAKER_TAIL),
    speakers: new Map(speakers.map(([name, role]) => [name.toLowerCase(), role])),
  };
}

/** One chrome entry as a rule: a whole-line phrase or a pattern. */
function chromeRule(entry: string | RegExp): ChromeRule {
  if (entry instanceof RegExp) {
    const pattern = new RegExp(entry.source, entry.flags.replace(STATEFUL_FLAGS, ""));
    return {
      name: "config-pattern",
      id: "config/chrome-pattern",
      reason: `config: chrome pattern ${String(pattern)}`,
      test: (text) => pattern.test(text),
    };
  }
  if (typeof entry !== "string") throw new TypeError(`rules.chrome: expected strings or RegExps, got ${typeof entry}`);
  const phrase = bare(normalizeText(entry));
  if (phrase === "") throw new TypeError(`rules.chrome: the phrase "${entry}" has no letters or digits`);
  return {
    name: "config-phrase",
    id: "config/chrome-phrase",
    reason: `config: chrome phrase "${entry}"`,
    test: (text) => bare(text) === phrase,
  };
}

/** A label pattern for some label words (longest first, so "Q1" wins over "Q"), or null for none. */
function labelPattern(labels: readonly string[], tail: string): RegExp | null {
  const words = labels.map((label) => normalizeText(label)).filter((label) => label !== "");
  if (words.length === 0) return null;
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(REGEX_SPECIAL, "\\$&"));
  return new RegExp(`^(?:\\*\\*|__)?(${alternatives.join("|")})${tail}`, "iu");
}

/** The question label at the start of a text: a user's label, else one of the document's languages. */
export function questionLabel(text: string, rules: CompiledRules): RegExpExecArray | null {
  return customQuestionLabel(text, rules) ?? rules.lexicons.questionLabel.exec(text);
}

/** The answer label at the start of a text: a user's label, else one of the document's languages. */
export function answerLabel(text: string, rules: CompiledRules): RegExpExecArray | null {
  return customAnswerLabel(text, rules) ?? rules.lexicons.answerLabel.exec(text);
}

/** The question label at the start of a text: a user's label, else none. */
export function customQuestionLabel(text: string, rules: CompiledRules): RegExpExecArray | null {
  return rules.questionLabel?.exec(text) ?? null;
}

/** The answer label at the start of a text: a user's label, else none. */
export function customAnswerLabel(text: string, rules: CompiledRules): RegExpExecArray | null {
  return rules.answerLabel?.exec(text) ?? null;
}

/** A configured speaker label at the start of a text: the name as written and the text after it. */
export function configuredSpeaker(text: string, rules: CompiledRules): { name: string; text: string } | null {
  const match = rules.speakerLabel?.exec(text);
  if (!match) return null;
  return { name: match[1] ?? "", text: text.slice(match[0].length).trim() };
}

/** The configured role of a speaker name, if any. */
export function speakerRole(name: string, rules: CompiledRules): SpeakerRole | undefined {
  return rules.speakers.get(name.toLowerCase());
}
