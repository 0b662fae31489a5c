/**
 * Language of the body text: the script first, then, for scripts many languages
 * share, the letters or stop words that only one of them uses.
 */
import { LEXICONS } from "../lexicon/index.js";

/** How much text to look at: enough for a stable guess, bounded for huge inputs. */
const SAMPLE_CHARS = 20_000;

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

/** Counts the matches of a global pattern. */
function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Detects the primary language tag of a text, or null when it has too few letters. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const scripts: Array<[string, number]> = [
    ["arabic", count(sample, /\p{Script=Arabic}/gu)],
    ["cyrillic", count(sample, /\p{Script=Cyrillic}/gu)],
    ["han", count(sample, /\p{Script=Han}/gu)],
    ["kana", count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu)],
    ["hangul", count(sample, /\p{Script=Hangul}/gu)],
    ["latin", count(sample, /\p{Script=Latin}/gu)],
  ];
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
