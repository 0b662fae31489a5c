/**
 * The lexicons of one document's languages and their patterns. A document is read with the
 * lexicons of the languages detected in it (`documentLanguages`), so that a language's words are
 * tried only on its texts: a Russian one-letter label `В.` is never read in an English report,
 * and a pattern of an unused language is never compiled. Each set of languages is compiled once,
 * on first use, and kept for every later document of that set.
 */
import { LazyRegExp } from "../lazy-regexp.js";
import { initialLabelPattern, notASpeakerPattern, turnLabelPattern } from "./compile.js";
import { LEXICONS } from "./languages.js";
import type { Lexicon } from "./types.js";

/**
 * How a module builds one of its patterns from the selected lexicons: declared once, built once per
 * selection. Best a lazy pattern, parsed on first use; either is compiled on first use, narrowed to
 * Latin letters for texts that fit.
 */
export type PatternBuilder = (lexicons: readonly Lexicon[]) => LazyRegExp | RegExp;

/** How a turn label pattern is built from the selected lexicons, as a `RegExp` its readers share. */
type LabelBuilder = (lexicons: readonly Lexicon[]) => RegExp;

/** The lexicons of a set of languages, with the patterns built from them. */
export class LexiconSelection {
  readonly #patterns = new Map<PatternBuilder, LazyRegExp>();
  readonly #labels = new Map<LabelBuilder, RegExp>();
  readonly #derived = new Map<(lexicons: readonly Lexicon[]) => unknown, unknown>();

  /** Keeps the lexicons; no pattern is built yet. */
  constructor(readonly lexicons: readonly Lexicon[]) {}

  /** The languages selected, by ISO 639-1 code. */
  get codes(): string[] {
    return this.lexicons.map((lexicon) => lexicon.code);
  }

  /** A question turn label at the start of a block (group 1 the label): `Q:`, `Frage –`. */
  get questionLabel(): RegExp {
    return this.label(QUESTION_LABEL);
  }

  /** An answer turn label at the start of a block (group 1 the label): `A:`, `Antwort –`. */
  get answerLabel(): RegExp {
    return this.label(ANSWER_LABEL);
  }

  /** A one-letter label closed by a full stop, the way an initial is written (`В. Путин`). */
  get initialLabel(): RegExp {
    return this.label(initialLabelPattern);
  }

  /** A whole speaker label that names no speaker ("Photo", "Note", "Translated by"). */
  get notASpeaker(): RegExp {
    return this.label(notASpeakerPattern);
  }

  /**
   * The pattern a builder makes of these lexicons, built on first use and kept. A module
   * declares its builder once, as a constant: the builder is the key.
   *
   * @example
   * const ABOUT_THE_INTERVIEW: PatternBuilder = (lexicons) => phrasePattern("closingPhrases", lexicons);
   * rules.lexicons.pattern(ABOUT_THE_INTERVIEW).test(text);
   */
  pattern(build: PatternBuilder): LazyRegExp {
    let pattern = this.#patterns.get(build);
    if (pattern === undefined) {
      const built = build(this.lexicons);
      pattern = built instanceof LazyRegExp ? built : new LazyRegExp(built);
      this.#patterns.set(build, pattern);
    }
    return pattern;
  }

  /**
   * What a builder derives from these lexicons other than one pattern (a set of words, a list of
   * patterns with the words each needs), built on first use and kept; the builder is the key.
   */
  derived<T>(build: (lexicons: readonly Lexicon[]) => T): T {
    if (this.#derived.has(build)) return this.#derived.get(build) as T;
    const value = build(this.lexicons);
    this.#derived.set(build, value);
    return value;
  }

  /** A turn label pattern of these lexicons, built on first use and kept. */
  label(build: LabelBuilder): RegExp {
    let pattern = this.#labels.get(build);
    if (pattern === undefined) {
      pattern = build(this.lexicons);
      this.#labels.set(build, pattern);
    }
    return pattern;
  }
}

/** Builders of the turn label patterns. */
const QUESTION_LABEL: LabelBuilder = (lexicons) => turnLabelPattern("question", lexicons);
const ANSWER_LABEL: LabelBuilder = (lexicons) => turnLabelPattern("answer", lexicons);

/** Every selection made, by its languages: a batch of one language compiles its patterns once. */
const SELECTIONS = new Map<string, LexiconSelection>();

/** Every lexicon: for a text of no known language, and for callers that know no document. */
export const EVERY_LANGUAGE = new LexiconSelection(LEXICONS);

/**
 * The selection of some languages, in the lexicons' order; null (language unknown) selects
 * every lexicon. A code with no lexicon (`uk`, `ko`) selects nothing more.
 */
export function selectLexicons(codes: ReadonlySet<string> | null): LexiconSelection {
  if (codes === null) return EVERY_LANGUAGE;
  const lexicons = LEXICONS.filter((lexicon) => codes.has(lexicon.code));
  const key = lexicons.map((lexicon) => lexicon.code).join(",");
  let selection = SELECTIONS.get(key);
  if (selection === undefined) {
    selection = new LexiconSelection(lexicons);
    SELECTIONS.set(key, selection);
  }
  return selection;
}
