/**
 * Language of the body text: the script first, then, for scripts many languages
 * share, the letters or stop words that only one of them uses.
 */

/** How much text to look at: enough for a stable guess, bounded for huge inputs. */
const SAMPLE_CHARS = 20_000;

/** Fewer letters than this give no guess. */
const MIN_LETTERS = 20;

/** Stop words of Latin-script languages; the language with the most hits wins. */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words("the and of to in is that for it with as was on are be this have by not we but from they which"),
  es: words("el la de que y en los del se las por un una con no es para al lo como más pero sus le ya"),
  fr: words("le la les de des et est un une du en que qui dans pour pas sur au ce il nous avec sont"),
  de: words("der die das und ist nicht ein eine zu den von mit sich des auf für im dem wir auch es sind"),
  it: words("il di che e la per un una non sono del della gli le con si ma anche lo nel alla"),
  pt: words("o de que e do da em um uma para com não os se na por mais as dos como mas foi ao"),
  tr: words("ve bir bu da de için ile çok daha gibi ne olarak olan ama biz en kadar sonra var mı"),
};

/** Makes a set from a space-separated list. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

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
