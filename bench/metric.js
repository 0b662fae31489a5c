// @ts-check
/**
 * The article-body metric of the Scrapinghub benchmark, as its README states
 * it: `\w+` tokens (Unicode), 4-token shingles counted as multisets, per-page
 * tp/fp/fn normalised by their sum, precision and recall averaged over
 * pages, F1 the harmonic mean of the two averages.
 */

/** Word tokens: runs of letters, digits and underscores (Python's Unicode `\w+`). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Shingle length in tokens. */
const SHINGLE = 4;

/**
 * The 4-token shingles of a text as a multiset; a text shorter than four tokens is one shingle.
 * @param {string} text
 * @returns {Map<string, number>}
 */
export function shingles(text) {
  const tokens = text.match(TOKEN) ?? [];
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const key = tokens.slice(i, i + SHINGLE).join(" ");
    if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * True positives, false positives and false negatives of a prediction, divided by their sum.
 * @param {string} truth
 * @param {string} predicted
 * @returns {{ tp: number, fp: number, fn: number }}
 */
export function pageCounts(truth, predicted) {
  const expected = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...got.keys()])) {
    const e = expected.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(e, g);
    fp += Math.max(0, g - e);
    fn += Math.max(0, e - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/**
 * Precision and recall of one page; nothing predicted and nothing expected counts 1.
 * @param {{ tp: number, fp: number, fn: number }} counts
 * @returns {{ precision: number, recall: number, f1: number }}
 */
export function pageScore({ tp, fp, fn }) {
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = perfect ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: harmonic(precision, recall) };
}

/**
 * The corpus score: mean precision, mean recall, and their harmonic mean.
 * @param {Array<{ precision: number, recall: number }>} pages
 * @returns {{ precision: number, recall: number, f1: number }}
 */
export function corpusScore(pages) {
  const mean = (/** @type {number[]} */ values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const precision = mean(pages.map((page) => page.precision));
  const recall = mean(pages.map((page) => page.recall));
  return { precision, recall, f1: harmonic(precision, recall) };
}

/**
 * The harmonic mean of two numbers (0 when both are 0).
 * @param {number} a
 * @param {number} b
 */
function harmonic(a, b) {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
