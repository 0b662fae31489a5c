/**
 * Language of the body text: the script first, then, for scripts many languages
 * share, the letters or stop words that only one of them uses.
 */
import { afterLetters } from "../normalize.js";
import { LEXICONS, type Lexicon } from "../lexicon/index.js";

/** How much text to look at: enough for a stable guess, bounded for huge inputs. */
export const LANGUAGE_SAMPLE_CHARS = 20_000;

/** Fewer letters than this give no guess. */
const MIN_LETTERS = 20;

/** Stop words of the Latin-script lexicons; the language with the most hits wins (the first on a tie). */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  LEXICONS.filter((lexicon) => lexicon.stopWords).map((lexicon) => [lexicon.code, new Set(lexicon.stopWords)]),
);

/** Letters only Persian uses among Arabic-script languages. */
const PERSIAN_LETTERS = /[پچژگکی]/gu;
/** Letters that mark Ukrainian rather than Russian. */
const UKRAINIAN_LETTERS = /[іїєґ]/giu;

/** The scripts told apart, in the order of the tie-break (the first of equal counts wins). */
const SCRIPTS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: "arabic", pattern: /^\p{Script=Arabic}$/u },
  { name: "cyrillic", pattern: /^\p{Script=Cyrillic}$/u },
  { name: "han", pattern: /^\p{Script=Han}$/u },
  { name: "kana", pattern: /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u },
  { name: "hangul", pattern: /^\p{Script=Hangul}$/u },
  { name: "latin", pattern: /^\p{Script=Latin}$/u },
];

/** Indexes in SCRIPTS of the scripts language detection treats apart. */
const scriptIndex = (name: string): number => SCRIPTS.findIndex((script) => script.name === name);
const LATIN = scriptIndex("latin");
const HAN = scriptIndex("han");
const KANA = scriptIndex("kana");

/** Marks a code unit whose script is known in {@link SCRIPT_OF}; the low bits are its index in SCRIPTS, or NO_SCRIPT. */
const SCRIPT_KNOWN = 0x80;
const NO_SCRIPT = 0x7f;

/** The script of each UTF-16 code unit, filled on first sight: one scan counts every script. */
const SCRIPT_OF = new Uint8Array(0x10000);

/** Index in SCRIPTS of one character's script, or NO_SCRIPT. */
function measureScript(char: string): number {
  const index = SCRIPTS.findIndex(({ pattern }) => pattern.test(char));
  return index < 0 ? NO_SCRIPT : index;
}

/** How many characters of each script of SCRIPTS a text holds (code points, as a `/u` pattern counts them). */
function scriptCounts(text: string): number[] {
  const counts = SCRIPTS.map(() => 0);
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const low = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
    let script: number;
    if (low >= 0xdc00 && low <= 0xdfff) {
      script = measureScript(text.slice(at, at + 2));
      at += 1;
    } else {
      const known = SCRIPT_OF[code]!;
      script = known !== 0 ? known & NO_SCRIPT : measureScript(text[at]!);
      if (known === 0) SCRIPT_OF[code] = SCRIPT_KNOWN | script;
    }
    if (script !== NO_SCRIPT) counts[script]! += 1;
  }
  return counts;
}

/** Counts the matches of a global pattern. */
function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Detects the primary language tag of a text, or null when it has too few letters. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const counts = scriptCounts(sample);
  const scripts: Array<[string, number]> = SCRIPTS.map(({ name }, index) => [name, counts[index]!]);
  const [script, letters] = scripts.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (scripts.reduce((sum, entry) => sum + entry[1], 0) < MIN_LETTERS) return null;
  switch (script) {
    case "arabic":
      return count(sample, PERSIAN_LETTERS) / letters > 0.02 ? "fa" : "ar";
    case "cyrillic":
      return count(sample, UKRAINIAN_LETTERS) / letters > 0.01 ? "uk" : "ru";
    case "han":
      return count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu) / letters > 0.05 ? "ja" : "zh";
    case "kana":
      return "ja";
    case "hangul":
      return "ko";
    default:
      return latinLanguage(wordCounts(sample));
  }
}

/** Picks the Latin-script language whose stop words are most frequent (the first on a tie). */
function latinLanguage(words: ReadonlyMap<string, number>): string {
  let best = "en";
  let bestHits = 0;
  for (const language of Object.keys(STOP_WORDS)) {
    const hits = countStopWords(words, language);
    if (hits > bestHits) [best, bestHits] = [language, hits];
  }
  return best;
}

/** Every stop word of the Latin-script lexicons. */
const ANY_STOP_WORD: ReadonlySet<string> = new Set(Object.values(STOP_WORDS).flatMap((words) => [...words]));

/** The length of the longest stop word: a longer run of letters is none. */
const LONGEST_STOP_WORD = Math.max(...[...ANY_STOP_WORD].map((word) => word.length));

/**
 * How often each stop word of a sample occurs, lowercase: the sample is read once, however many
 * languages are counted. Only stop words are ever looked up: the other words are not counted, and
 * a run of letters (`\p{L}+`) longer than any stop word is not even copied out of the sample.
 */
function wordCounts(sample: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lower = sample.toLowerCase();
  let at = 0;
  while (at < lower.length) {
    const end = afterLetters(lower, at);
    if (end === at) {
      at += 1;
      continue;
    }
    const word = end - at <= LONGEST_STOP_WORD ? lower.slice(at, end) : null;
    if (word !== null && ANY_STOP_WORD.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    at = end;
  }
  return counts;
}

/**
 * How many of the words are stop words of one language; with `unlike`, only those of two letters
 * or more that are stop words of none of those languages (a one-letter word is an initial or the
 * English "I" as often as the Polish "i").
 */
function countStopWords(words: ReadonlyMap<string, number>, language: string, unlike: readonly string[] = []): number {
  const others = unlike.map((other) => STOP_WORDS[other]);
  const counts = (word: string): boolean =>
    unlike.length === 0 || (word.length > 1 && !others.some((other) => other?.has(word)));
  let sum = 0;
  for (const word of STOP_WORDS[language] ?? []) if (counts(word)) sum += words.get(word) ?? 0;
  return sum;
}

/** A script with at least this share of a text's letters (or {@link SCRIPT_LETTERS} of them) brings in its languages. */
const SCRIPT_SHARE = 0.01;
const SCRIPT_LETTERS = 40;
/**
 * Fewer stop-word hits than this leave the Latin-script language unknown: every Latin lexicon is
 * read. A Latin language with at least {@link SECOND_LANGUAGE_SHARE} of the leading one's hits is
 * read too: a bilingual page, a reply quoted in its own language.
 */
const MIN_STOP_HITS = 8;
const SECOND_LANGUAGE_SHARE = 0.15;
/** Read on every document: English labels and chrome turn up in every language's press ("Q:", "Share"). */
const CORE_LANGUAGE = "en";

/** Index in SCRIPTS of the script with the most letters (the first on a tie). */
function dominant(counts: readonly number[]): number {
  return counts.reduce((best, value, index) => (value > counts[best]! ? index : best), 0);
}

/** The script a lexicon's words are written in: that of its first question label. */
function lexiconScript(lexicon: Lexicon): number {
  const first = lexicon.questionLabels[0];
  const word = typeof first === "string" ? first : (first?.word ?? "");
  return measureScript([...word][0] ?? "");
}

/**
 * The languages whose lexicons a text calls for, detected before classification so that a
 * language's words are tried only on its texts (a Russian one-letter label `В.` is never read
 * in an English report): English always; each script that holds a share of the letters brings its
 * languages; a Latin-script text brings those whose stop words are frequent in it. Null when
 * unsure (too few letters, too few stop words): then every lexicon is read.
 */
export function documentLanguages(text: string): ReadonlySet<string> | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const counts = scriptCounts(sample);
  const letters = counts.reduce((sum, value) => sum + value, 0);
  if (letters < MIN_LETTERS) return null;
  const present = new Set(
    counts.flatMap((value, index) => (value >= Math.min(SCRIPT_LETTERS, letters * SCRIPT_SHARE) ? [index] : [])),
  );
  // Japanese writes kana beside Han: a kana text reads the Han-script lexicons (its labels are Han).
  if (present.has(KANA)) present.add(HAN);
  const main = dominant(counts) === KANA ? HAN : dominant(counts);
  // A text in a script no lexicon is written in (Korean): every lexicon, as for any unknown language.
  if (!LEXICONS.some((lexicon) => lexiconScript(lexicon) === main)) return null;
  const languages = new Set([CORE_LANGUAGE]);
  if (present.has(LATIN)) {
    const words = wordCounts(sample);
    const leading = latinLanguage(words);
    const most = countStopWords(words, leading);
    // A Latin-script text with few stop words is of no known language; Latin letters in a text of
    // another script (names, links) are not its language.
    if (most < MIN_STOP_HITS && main === LATIN) return null;
    if (most >= MIN_STOP_HITS) languages.add(leading);
    // Another language counts by its stop words that are neither the leading one's nor English ("in", "we").
    for (const language of Object.keys(STOP_WORDS)) {
      const own = countStopWords(words, language, [leading, CORE_LANGUAGE]);
      if (most >= MIN_STOP_HITS && own >= most * SECOND_LANGUAGE_SHARE) languages.add(language);
    }
  }
  for (const lexicon of LEXICONS) {
    const script = lexiconScript(lexicon);
    if (script !== LATIN && present.has(script)) languages.add(lexicon.code);
  }
  return languages;
}
