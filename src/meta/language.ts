/**
 * Language of the body text: the script first, then, for scripts many languages
 * share, the letters or stop words that only one of them uses.
 */
import { LEXICONS } from "../lexicon/index.js";

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
      return latinLanguage(sample);
  }
}

/** Picks the Latin-script language whose stop words are most frequent. */
function latinLanguage(sample: string): string {
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = "en";
  let bestHits = 0;
  for (const [language, stop] of Object.entries(STOP_WORDS)) {
    const hits = tokens.reduce((sum, token) => sum + (stop.has(token) ? 1 : 0), 0);
    if (hits > bestHits) [best, bestHits] = [language, hits];
  }
  return best;
}
