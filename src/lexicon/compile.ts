/**
 * The lexicon compiler: the only place words of a language become patterns.
 * Every word is escaped; a word of a cased script (Latin, Cyrillic, Greek) is
 * bounded by letters and digits of any script, `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`,
 * because `\b` knows only ASCII letters and never matches beside "é" or "с".
 * Words of uncased scripts are not bounded: Chinese and Japanese write no spaces,
 * and Arabic and Persian glue particles to the word ("وقال").
 */
import { LazyRegExp } from "../lazy-regexp.js";
import { letterLength } from "../normalize.js";
import { LEXICONS } from "./languages.js";
import type { Label, LabelWord, Lexicon, Month } from "./types.js";

/** The lexicon lists that hold plain words and phrases. */
type PhraseList =
  | "introPhrases"
  | "pointers"
  | "acknowledgments"
  | "courtesies"
  | "courtesyLeadIns"
  | "replyOpenings"
  | "closingPhrases"
  | "speechVerbs"
  | "reportingVerbs"
  | "interviewWords"
  | "faqWords"
  | "pressConferenceWords"
  | "attributionWords"
  | "guestIntroPhrases"
  | "interviewWithPhrases"
  | "spokeToPhrases"
  | "interviewedPhrases"
  | "talkedWithPhrases"
  | "predicateVerbs"
  | "notRoleStarts"
  | "headlineWords"
  | "quotingVerbs"
  | "stopWords"
  | "chromePhrases"
  | "boxPhrases"
  | "commentWords"
  | "consentWords"
  | "embedWords"
  | "chromeLabels"
  | "notSpeakers"
  | "bylineOpenings"
  | "newsIdLabels"
  | "paywallPhrases"
  | "newWindowNotes"
  | "breadcrumbLabels"
  | "rightsPhrases"
  | "rightsReserved"
  | "noticeOpenings"
  | "noticePhrases"
  | "authorBoxHeadings"
  | "adLabels"
  | "dateLineWords"
  | "updatedWords"
  | "nameTitles"
  | "courtesyTitles"
  | "notFirstNames"
  | "roleArticles"
  | "dateJoiners"
  | "dayOrdinals";

/** Escapes a string for use inside a regular expression (`u` mode: syntax characters only). */
export function escapeRegExp(text: string): string {
  return text.replace(/[$()*+./?[\\\]^{|}]/gu, "\\$&");
}

/** A letter of a cased script: such a word is bounded, a word of another script is not. */
const CASED_LETTER = new LazyRegExp(String.raw`^[\p{Lu}\p{Ll}\p{Lt}]$`, "u");

/** Whether a character is a letter of a cased script. */
function isCased(char: string | undefined): boolean {
  return char !== undefined && CASED_LETTER.test(char);
}

/** One escaped word, bounded at each end that is a letter of a cased script. */
export function boundedWord(word: string): string {
  const chars = [...word];
  const before = isCased(chars[0]) ? NOT_AFTER_LETTER : "";
  const after = isCased(chars.at(-1)) ? NOT_BEFORE_LETTER : "";
  return `${before}${escapeRegExp(word)}${after}`;
}

/**
 * Distinct words, longest first, so that no word is cut short by a shorter one it begins with.
 * Words of one length are in code-unit order: which of them comes first cannot change a match
 * (two can match at one place only when they are the same word but for case), and
 * `localeCompare` would load the ICU collator, tens of milliseconds of every run's start-up.
 */
function distinctLongestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** An alternation that matches nothing: that of an empty list (an empty alternative would match everywhere). */
const NOTHING = "(?!)";

/** An alternation of escaped words, unbounded (the pattern around it bounds them); of no words, one that matches nothing. */
export function alternation(words: Iterable<string>): string {
  return distinctLongestFirst(words).map(withoutStemMark).map(escapeRegExp).join("|") || NOTHING;
}

/** An alternation of escaped words, unbounded, whose spaces may be written as none or several ("news id", "newsid"). */
export function looselySpacedAlternation(words: Iterable<string>): string {
  return alternation(words).replaceAll(" ", "\\s*");
}

/** The lookbehind and lookahead that bound a word of a cased script. */
const NOT_AFTER_LETTER = "(?<![\\p{L}\\p{N}])";
const NOT_BEFORE_LETTER = "(?![\\p{L}\\p{N}])";

/**
 * An alternation of words, each bounded by the compiler's rule. Neighbouring words bounded
 * alike share one bound, `(?<!…)(?:a|b)(?!…)`, which matches what `(?<!…)a(?!…)|(?<!…)b(?!…)`
 * matches, in the same order: with a bound per word, compiling a long case-insensitive list
 * built two Unicode classes per word, 80 ms for one pattern, most of a one-file run.
 * Of no words, an alternation that matches nothing.
 */
export function boundedAlternation(words: Iterable<string>): string {
  const runs: Array<{ before: boolean; after: boolean; words: string[] }> = [];
  for (const written of distinctLongestFirst(words)) {
    const word = withoutStemMark(written);
    const chars = [...word];
    const before = isCased(chars[0]);
    // A stem ("пресс-конференц*") takes any ending: no bound after it.
    const after = word === written && isCased(chars.at(-1));
    const last = runs.at(-1);
    if (last?.before === before && last.after === after) last.words.push(word);
    else runs.push({ before, after, words: [word] });
  }
  if (runs.length === 0) return NOTHING;
  return runs
    .map(({ before, after, words: run }) => {
      const inner = run.map(escapeRegExp).join("|");
      if (!before && !after) return inner;
      return `${before ? NOT_AFTER_LETTER : ""}(?:${inner})${after ? NOT_BEFORE_LETTER : ""}`;
    })
    .join("|");
}

/**
 * An alternation of words each bounded by letters and digits of any script, uncased ones too: for
 * short words that are never glued to another ("من", "я"), and inside longer words are other words.
 * Of no words, an alternation that matches nothing.
 */
export function wholeWordAlternation(words: Iterable<string>): string {
  const inner = alternation(words);
  return inner === NOTHING ? NOTHING : `${NOT_AFTER_LETTER}(?:${inner})${NOT_BEFORE_LETTER}`;
}

/** A lexicon word without the `*` that marks it as a stem taking any ending. */
function withoutStemMark(word: string): string {
  return word.endsWith("*") ? word.slice(0, -1) : word;
}

/** Every word of one list across the lexicons, a phrase with choices in braces spelled out in each of its forms. */
export function phrases(list: PhraseList, lexicons: readonly Lexicon[] = LEXICONS): string[] {
  return lexicons.flatMap((lexicon) => (lexicon[list] ?? []).flatMap(withChoices));
}

/** The first choice in braces of a phrase: "{a |my |}" in "{a |my |}pleasure" (a brace without a bar is a slot, see {@link slotPhrasePatterns}). */
const CHOICE = /\{([^{}|]*\|[^{}]*)\}/u;

/** Every form of a phrase with choices in braces ("good {morning|evening}" → "good morning", "good evening"), in order. */
export function withChoices(phrase: string): string[] {
  const choice = CHOICE.exec(phrase);
  if (choice === null) return [phrase];
  const before = phrase.slice(0, choice.index);
  const after = phrase.slice(choice.index + choice[0].length);
  return choice[1]!.split("|").flatMap((option) => withChoices(`${before}${option}${after}`));
}

/**
 * Every word of one list as a text spells it (a stem without its `*`): a case-sensitive pattern
 * built of the list matches only a text holding one of them, so `includes` is a quick test before it.
 */
export function literalPhrases(list: PhraseList, lexicons: readonly Lexicon[] = LEXICONS): string[] {
  return [...new Set(phrases(list, lexicons).map(withoutStemMark))];
}

/** Titles written before a person's name: the name titles, and the courtesy titles with their full stop ("Mr."). */
export function titlesBeforeName(lexicons: readonly Lexicon[] = LEXICONS): string[] {
  return [...phrases("nameTitles", lexicons), ...phrases("courtesyTitles", lexicons).map((title) => `${title}.`)];
}

/** Capitalised words that are never a first name: the lexicons' list and the courtesy titles ("Mr"). */
export function notFirstNameWords(lexicons: readonly Lexicon[] = LEXICONS): string[] {
  return [...phrases("notFirstNames", lexicons), ...phrases("courtesyTitles", lexicons)];
}

/** A whole speaker label that names no speaker: a chrome label ("Photo") or a non-speaker word ("Note"), case-insensitive. */
export function notASpeakerPattern(lexicons: readonly Lexicon[] = LEXICONS): RegExp {
  return new RegExp(
    `^(?:${alternation([...phrases("chromeLabels", lexicons), ...phrases("notSpeakers", lexicons)])})$`,
    "iu",
  );
}

/**
 * The words of a byline before the author's name, unbounded, case-sensitive but for each word's
 * first letter ("Written By", "written by"), each with its colon: required after a phrase written
 * with one ("Text:"), optional after the others. Case-sensitive, so that the name after it can be
 * told by its capital.
 */
export function bylineOpeningAlternation(lexicons: readonly Lexicon[] = LEXICONS): string {
  const phrasesWithColon = distinctLongestFirst(phrases("bylineOpenings", lexicons)).map((written) => {
    const needsColon = written.endsWith(":");
    const words = (needsColon ? written.slice(0, -1) : written).split(" ").map(eitherCaseFirstLetter);
    return `${words.join(" ")}${needsColon ? "\\s*[:：]" : "[:：]?"}`;
  });
  return phrasesWithColon.join("|") || NOTHING;
}

/**
 * An alternation of phrases whose words may each open in either case ("Interview with",
 * "interview with"), bounded before: the pattern around it stays case-sensitive, so that a
 * name after the phrase keeps its capitals. Of no phrases, one that matches nothing.
 */
export function eitherCasePhraseAlternation(words: Iterable<string>): string {
  const inner = distinctLongestFirst(words).map((phrase) => phrase.split(" ").map(eitherCaseFirstLetter).join("\\s"));
  return inner.length === 0 ? NOTHING : `${NOT_AFTER_LETTER}(?:${inner.join("|")})`;
}

/** An escaped word whose first letter, if it has a case, matches in either. */
function eitherCaseFirstLetter(word: string): string {
  const [first = "", ...rest] = [...word];
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  return `${upper === lower ? escapeRegExp(first) : `[${upper}${lower}]`}${escapeRegExp(rest.join(""))}`;
}

/** A bounded phrase pattern over one list of the lexicons, case-insensitive. */
export function phrasePattern(list: PhraseList, lexicons: readonly Lexicon[] = LEXICONS, flags = "iu"): RegExp {
  return new RegExp(boundedAlternation(phrases(list, lexicons)), flags);
}

/** {@link phrasePattern} as a lazy pattern, for a pattern builder: compiled on first use, narrowed for Latin texts. */
export function lazyPhrasePattern(list: PhraseList, lexicons: readonly Lexicon[] = LEXICONS, flags = "iu"): LazyRegExp {
  return new LazyRegExp(boundedAlternation(phrases(list, lexicons)), flags);
}

/**
 * The heading of an author's box, a heading word and a name of two to four capitalised words and
 * nothing else ("About Jane Roe", "Über Jan de Wit"); the name is group 1. Case-sensitive: a heading
 * capitalises its words, a sentence's "about Jane Roe" is no heading.
 */
export function authorBoxHeadingPattern(lexicons: readonly Lexicon[] = LEXICONS): LazyRegExp {
  const name = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|do|dos|van|von|der|la|le)){1,3}`;
  return new LazyRegExp(
    String.raw`^(?:${boundedAlternation(phrases("authorBoxHeadings", lexicons))})\s(${name})$`,
    "u",
  );
}

/** A label with its options spelled out. */
function labelWord(label: Label): LabelWord {
  return typeof label === "string" ? { word: label } : label;
}

/** The question or answer labels of the lexicons. */
export function labels(role: "question" | "answer", lexicons: readonly Lexicon[] = LEXICONS): LabelWord[] {
  return lexicons.flatMap((lexicon) =>
    (role === "question" ? lexicon.questionLabels : lexicon.answerLabels).map(labelWord),
  );
}

/** Every label word of both roles, as written. */
export function labelWords(lexicons: readonly Lexicon[] = LEXICONS): string[] {
  return [...new Set([...labels("question", lexicons), ...labels("answer", lexicons)].map((label) => label.word))];
}

/** Emphasis markers a label may be wrapped in: `**Q:**`, `__Q__:`. */
const EMPHASIS = "(?:\\*\\*|__)?";

/**
 * A turn label at the start of a block, group 1 the label (with its number):
 * `Q:`, `Q1.`, `**Вопрос:**`, `Frage –`. Case-insensitive.
 */
export function turnLabelPattern(role: "question" | "answer", lexicons: readonly Lexicon[] = LEXICONS): RegExp {
  const all = labels(role, lexicons);
  const numbered = alternation(all.filter((label) => label.numbered).map((label) => label.word));
  const plain = alternation(all.filter((label) => !label.numbered).map((label) => label.word));
  const word = `(?:${numbered})\\s?\\d{0,3}|${plain}`;
  return new RegExp(`^${EMPHASIS}(${word})${EMPHASIS}\\s?[:：.\\-–—]\\s*${EMPHASIS}\\s*`, "iu");
}

/** A one-letter label closed by a full stop, the way an initial is written (`В. Путин`). */
export function initialLabelPattern(lexicons: readonly Lexicon[] = LEXICONS): RegExp {
  const letters = [...labels("question", lexicons), ...labels("answer", lexicons)].filter((label) => label.initial);
  return new RegExp(
    `^${EMPHASIS}(?:${alternation(letters.map((label) => label.word))})${EMPHASIS}\\s?\\.(?!\\.)`,
    "iu",
  );
}

/** Month names (lowercase) to their number, 1–12. */
export function monthTable(lexicons: readonly Lexicon[] = LEXICONS): Map<string, number> {
  const table = new Map<string, number>();
  for (const list of lexicons.flatMap((lexicon) => lexicon.months ?? [])) {
    list.forEach((month: Month, index) => {
      for (const name of typeof month === "string" ? [month] : month) table.set(name.toLowerCase(), index + 1);
    });
  }
  return table;
}

/** The lexicons' words for before and after noon, each spelling spelled out (lowercase), to which of the two it is. */
export function meridiemTable(lexicons: readonly Lexicon[] = LEXICONS): Map<string, "am" | "pm"> {
  const table = new Map<string, "am" | "pm">();
  for (const { meridiems } of lexicons) {
    if (meridiems === undefined) continue;
    for (const half of ["am", "pm"] as const)
      for (const word of meridiems[half].flatMap(withChoices)) table.set(word.toLowerCase(), half);
  }
  return table;
}

/** The lexicons' names of time zones (lowercase) to their UTC offsets. */
export function timeZoneTable(lexicons: readonly Lexicon[] = LEXICONS): Map<string, string> {
  const table = new Map<string, string>();
  for (const { timeZones } of lexicons)
    for (const [name, offset] of Object.entries(timeZones ?? {})) table.set(name.toLowerCase(), offset);
  return table;
}

/** The longest first word of a month name, in letters: how long a month word a date pattern reads. */
export function longestMonthWord(lexicons: readonly Lexicon[] = LEXICONS): number {
  return Math.max(...[...monthTable(lexicons).keys()].map((name) => [...(name.split(" ")[0] ?? "")].length));
}

/** The lexicon lists whose phrases hold slots (see {@link slotPhrasePatterns}). */
export type SlotPhraseList =
  | "promoPhrases"
  | "newsletterPhrases"
  | "podcastPhrases"
  | "authorNotePhrases"
  | "timeAgoPhrases"
  | "readingTimePhrases"
  | "meterPhrases";

/**
 * What each slot of a phrase matches. A slot with a length (`{text:60}`) runs at most that many
 * characters. A run that may be empty (`words`, `text`, `clause`) takes the space after it with it:
 * "get the {words} app" reads "get the app" and "get the Courier news app".
 */
const SLOTS: Readonly<
  Record<string, { source: (length: number) => string; length: number; run?: boolean; cased?: boolean }>
> = {
  /** A number: "{n} days ago". */
  n: { source: () => String.raw`\d{1,3}`, length: 3 },
  /** A time of day: "ago at {clock}". */
  clock: { source: () => String.raw`\d{1,2}:\d{2}`, length: 5 },
  /** A separator between a button's label and its figure, spaced or not: "Listen · 12:04". */
  separator: { source: () => String.raw`\s?[·•|-]?\s?`, length: 3 },
  /** An e-mail address, up to its `@`: "email her at {address}". */
  address: { source: (length) => String.raw`[\w.+-]{1,${length}}@`, length: 64 },
  /** One to three capitalised words, a person's name: the phrase is then matched with case, but for its words' first letters. */
  name: { source: () => String.raw`(?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’.-]*`, length: 0, cased: true },
  /** Up to three words, or none. */
  words: { source: () => String.raw`\S+(?:\s\S+){0,2}`, length: 0, run: true },
  /** Any text, or none. */
  text: { source: (length) => `.{0,${length}}`, length: 120, run: true },
  /** Words of one sentence (no stop), or none. */
  clause: { source: (length) => `[^.?!]{0,${length}}`, length: 40, run: true },
  /** A short question the phrase follows, or none: "Want more? Join our newsletter". */
  question: { source: (length) => String.raw`(?:[^.?!]{0,${length}}[?!]\s+)?`, length: 60 },
  /** Any text between two words, or none: "listen to{gap}episode". */
  gap: { source: (length) => String.raw`(?![\p{L}\p{N}]).{0,${length}}(?<![\p{L}\p{N}])`, length: 80 },
  /** The rest of a short line after a word, up to its end. */
  rest: { source: (length) => String.raw`(?![\p{L}\p{N}]).{0,${length}}$`, length: 40 },
};

/** A slot or a choice in braces, with what follows it. */
const BRACED = /^\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/u;

/** Splits a choice's inside at its bars, not at those of a choice inside it. */
function options(inside: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < inside.length; at++) {
    const char = inside[at];
    if (char === "{") depth++;
    else if (char === "}") depth--;
    else if (char === "|" && depth === 0) {
      found.push(inside.slice(start, at));
      start = at + 1;
    }
  }
  return [...found, inside.slice(start)];
}

/**
 * The source of a phrase with slots and choices; `cased`, its words' first letters in either
 * case (for a pattern without the `i` flag).
 */
function slotPhraseSource(phrase: string, cased: boolean): string {
  let source = "";
  let rest = phrase;
  while (rest.length > 0) {
    const braced = BRACED.exec(rest);
    if (braced) {
      rest = rest.slice(braced[0].length);
      const inside = braced[1]!;
      const [slotName = "", length] = inside.split(":");
      const slot = inside.includes("|") ? undefined : SLOTS[slotName];
      if (slot === undefined && !inside.includes("|"))
        throw new Error(`lexicon: unknown slot {${inside}} in "${phrase}"`);
      if (slot === undefined)
        source += `(?:${options(inside)
          .map((option) => slotPhraseSource(option, cased))
          .join("|")})`;
      else if (slot.run && rest.startsWith(" ")) {
        source += `(?:${slot.source(Number(length ?? slot.length))}\\s)?`;
        rest = rest.slice(1);
      } else
        source += slot.run
          ? `(?:${slot.source(Number(length ?? slot.length))})?`
          : slot.source(Number(length ?? slot.length));
      continue;
    }
    const next = rest.search(/\{/u);
    const literal = next < 0 ? rest : rest.slice(0, next);
    rest = rest.slice(literal.length);
    source += cased
      ? literal
          .split(/(?<=\s)/u)
          .map(eitherCaseFirstLetter)
          .join("")
      : escapeRegExp(literal);
  }
  return source;
}

/** Whether a phrase holds a slot matched with case. */
function isCasedPhrase(phrase: string): boolean {
  return Object.entries(SLOTS).some(([name, slot]) => slot.cased === true && phrase.includes(`{${name}}`));
}

/**
 * Whether a phrase's source ends on a letter, or on a choice whose last option ends on one or is
 * empty ("{Jr|Sr}", "{s|}"): `/(?:\p{L}|\p{L}\}|\|\})$/u`, read from the table of letters instead
 * of compiling the whole of `\p{L}` for it.
 */
function endsOnLetter(inner: string): boolean {
  if (inner.endsWith("|}")) return true;
  const body = inner.endsWith("}") ? inner.slice(0, -1) : inner;
  const last = body.length - 1;
  return last >= 0 && (letterLength(body, last) === 1 || (last > 0 && letterLength(body, last - 1) === 2));
}

/** The bounds of a phrase: `^` and `$` where it is written with them, else letters and digits may not touch its words. */
function boundedPhrase(phrase: string, cased: boolean): string {
  const opens = phrase.startsWith("^");
  const closes = phrase.endsWith("$");
  const inner = phrase.slice(opens ? 1 : 0, closes ? -1 : undefined);
  // A phrase ending on a slot or on a mark ("act now!") is bounded by what that matches.
  const endsOnWord = endsOnLetter(inner) && !/\{[a-z]+(?::\d+)?\}$/u.test(inner);
  return `${opens ? "^" : NOT_AFTER_LETTER}${slotPhraseSource(inner, cased)}${closes ? "$" : endsOnWord ? NOT_BEFORE_LETTER : ""}`;
}

/** The patterns of one list of phrases with slots, and the words a text must hold for them to match. */
export interface SlotPhrasePatterns {
  /** The phrases matched without regard to case; null when the lexicons have none. */
  caseless: LazyRegExp | null;
  /** The phrases with a slot matched with case (`{name}`); null when the lexicons have none. */
  cased: LazyRegExp | null;
  /** Words (lowercase) of which a text holds one whenever a phrase matches: a quick test before the patterns. */
  needles: readonly string[];
}

/**
 * One list of the lexicons' phrases with slots, compiled. A phrase is written as it reads,
 * lowercase, with choices in braces (`{him|her|them}`, nested or empty: `ago{| at {clock}}`),
 * slots in braces (`{n}`, `{name}`, `{address}`, `{words}`, `{text}`, `{clause}`, `{question}`,
 * `{gap}`, `{rest}`, `{separator}`; `{text:60}` shortens a run), and `^` or `$` where it must open
 * or close the line. Its ends are bounded by letters and digits unless anchored.
 *
 * @example
 * slotPhrasePatterns("timeAgoPhrases", [en]).caseless?.test("5 hours ago"); // true
 */
export function slotPhrasePatterns(list: SlotPhraseList, lexicons: readonly Lexicon[] = LEXICONS): SlotPhrasePatterns {
  const all = lexicons.flatMap((lexicon) => lexicon[list] ?? []);
  const compile = (written: readonly string[], cased: boolean): LazyRegExp | null =>
    written.length === 0
      ? null
      : new LazyRegExp(written.map((phrase) => boundedPhrase(phrase, cased)).join("|"), cased ? "u" : "iu");
  return {
    caseless: compile(
      all.filter((phrase) => !isCasedPhrase(phrase)),
      false,
    ),
    cased: compile(all.filter(isCasedPhrase), true),
    needles: withoutContainers(all.flatMap(needlesOf)),
  };
}

/**
 * Distinct needles, less those that hold another ("listen to" holds "listen"): a text holds one
 * of the rest whenever it holds one of them all, and is searched for fewer.
 */
function withoutContainers(needles: readonly string[]): string[] {
  const distinct = [...new Set(needles)];
  return distinct.filter((needle) => !distinct.some((other) => other !== needle && needle.includes(other)));
}

/**
 * Words of which every match of a phrase holds one, lowercase: its longest piece outside braces,
 * or, when that is shorter, the options of the choice whose shortest option is longest
 * ("{newsletter|newsletters}"). A phrase with neither gives the empty text, which every text holds.
 */
function needlesOf(phrase: string): string[] {
  const bare = phrase.replace(/^\^|\$$/gu, "");
  const outside = bare
    .replace(/\{(?:[^{}]|\{[^{}]*\})*\}/gu, "\u0000")
    .split("\u0000")
    .map((piece) => piece.trim().toLowerCase());
  const piece = outside.reduce((longest, next) => (next.length > longest.length ? next : longest), "");
  let best: string[] = [piece];
  for (const [, inside] of bare.matchAll(/\{([^{}|]*\|[^{}]*)\}/gu)) {
    const choice = inside!.split("|").map((option) => option.trim().toLowerCase());
    if (choice.every((option) => option.length > Math.min(...best.map((needle) => needle.length)))) best = choice;
  }
  return best;
}

/** Whether a text says one of the phrases of compiled slot patterns (`folded`, the text lowercased, for the quick test). */
export function saysSlotPhrase(patterns: SlotPhrasePatterns, text: string, folded: string): boolean {
  if (!patterns.needles.some((needle) => folded.includes(needle))) return false;
  return (patterns.caseless?.test(text) ?? false) || (patterns.cased?.test(text) ?? false);
}
