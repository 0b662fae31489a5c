// @ts-check
/**
 * Scores segmentation and metadata over every fixture that has a hand-written
 * truth.json, field by field. `npm run eval` prints the table; the quality-gate
 * test fails when a score drops below its floor in eval/floors.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "fixtures");

/**
 * @typedef {import("../src/types.js").InterviewDocument} InterviewDocument
 * @typedef {{ title?: string|null, published?: string|null, newsId?: string|null, agency?: string|null,
 *   dateline?: string|null, language?: string|null,
 *   interviewer?: {name: string, role: string|null}|null, interviewee?: {name: string, role: string|null}|null,
 *   lead?: string|null, summary?: string[], qaIntro?: string|null,
 *   qa?: Array<{question: string, answer: string[]}>, closing?: string[], removedLines?: number[] }} Truth
 * @typedef {{ slug: string, inputFile: string, truth: Truth }} Case
 */

/** Lists the fixtures that carry a truth.json. @returns {Case[]} */
export function loadCases() {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((slug) => {
      const folder = path.join(FIXTURES, slug);
      const input = ["input.txt", "input.html"].map((name) => path.join(folder, name)).find((file) => existsSync(file));
      const truthFile = path.join(folder, "truth.json");
      if (!input || !existsSync(truthFile)) return [];
      return [{ slug, inputFile: input, truth: JSON.parse(readFileSync(truthFile, "utf8")) }];
    });
}

/** Lowercase letters and digits only: comparisons ignore spacing, case and punctuation. @param {string|null|undefined} text */
export function key(text) {
  return (text ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Word tokens of a text. @param {string} text */
function tokens(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token-multiset F1 of two texts (1 when both are empty). @param {string} predicted @param {string} expected */
export function tokenF1(predicted, expected) {
  const p = tokens(predicted);
  const e = tokens(expected);
  if (p.length === 0 && e.length === 0) return 1;
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const token of e) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of p) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap += 1;
      counts.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / p.length;
  const recall = overlap / e.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Precision/recall counts of two lists compared by normalized text. @param {string[]} predicted @param {string[]} expected */
function matchCounts(predicted, expected) {
  const wanted = expected.map(key);
  let hits = 0;
  for (const item of predicted.map(key)) {
    const at = wanted.indexOf(item);
    if (at >= 0) {
      hits += 1;
      wanted.splice(at, 1);
    }
  }
  return { hits, predicted: predicted.length, expected: expected.length };
}

/** Equality of a meta value, null-aware. @param {unknown} a @param {unknown} b */
function same(a, b) {
  return key(typeof a === "string" ? a : a == null ? "" : JSON.stringify(a)) === key(typeof b === "string" ? b : b == null ? "" : JSON.stringify(b));
}

/** The fields scored, each from one document and its truth. */
const META_FIELDS = /** @type {const} */ (["title", "published", "newsId", "agency", "dateline", "language"]);

/**
 * Scores one document against its truth.
 * @param {InterviewDocument} doc @param {Truth} truth
 */
export function scoreCase(doc, truth) {
  /** @type {Record<string, number>} */
  const exact = {};
  for (const field of META_FIELDS) if (field in truth) exact[field] = same(doc.meta[field], truth[field]) ? 1 : 0;
  for (const who of /** @type {const} */ (["interviewer", "interviewee"])) {
    if (!(who in truth)) continue;
    exact[`${who} name`] = same(doc.meta[who]?.name, truth[who]?.name) ? 1 : 0;
    exact[`${who} role`] = same(doc.meta[who]?.role, truth[who]?.role) ? 1 : 0;
  }
  const truthQa = truth.qa ?? [];
  exact["lead"] = same(doc.lead, truth.lead) ? 1 : 0;
  exact["qa intro"] = same(doc.qaIntro, truth.qaIntro ?? null) ? 1 : 0;
  exact["pair count"] = doc.qa.length === truthQa.length ? 1 : 0;
  exact["closing"] = same((doc.closing ?? []).join(" "), (truth.closing ?? []).join(" ")) ? 1 : 0;
  const answers = tokenF1(doc.qa.flatMap((pair) => pair.answer).join(" "), truthQa.flatMap((pair) => pair.answer).join(" "));
  const questions = matchCounts(doc.qa.map((pair) => pair.question), truthQa.map((pair) => pair.question));
  const summary = matchCounts(doc.summary, truth.summary ?? []);
  const removedTruth = new Set(truth.removedLines ?? []);
  const removedPredicted = new Set(doc.removed.map((entry) => entry.line));
  const boilerplate = {
    hits: [...removedPredicted].filter((line) => removedTruth.has(line)).length,
    predicted: removedPredicted.size,
    expected: removedTruth.size,
  };
  return { exact, answers, questions, summary, boilerplate };
}

/** @param {{hits: number, predicted: number, expected: number}[]} list */
function microPR(list) {
  const hits = list.reduce((sum, item) => sum + item.hits, 0);
  const predicted = list.reduce((sum, item) => sum + item.predicted, 0);
  const expected = list.reduce((sum, item) => sum + item.expected, 0);
  return { precision: predicted === 0 ? 1 : hits / predicted, recall: expected === 0 ? 1 : hits / expected };
}

/** @param {number[]} values */
function mean(values) {
  return values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Runs the extractor over every case and aggregates the scores.
 * @param {(file: string) => InterviewDocument} run
 */
export function evaluate(run) {
  const cases = loadCases();
  // Line numbers of removed chrome are checked for text dumps; HTML fixtures list elements, not lines.
  const perCase = cases.map((item) => ({
    slug: item.slug,
    checksBoilerplate: item.inputFile.endsWith(".txt"),
    score: scoreCase(run(item.inputFile), item.truth),
  }));
  /** @type {Record<string, number>} */
  const table = {};
  const questions = microPR(perCase.map((c) => c.score.questions));
  table["question boundary precision"] = questions.precision;
  table["question boundary recall"] = questions.recall;
  table["answer text F1"] = mean(perCase.map((c) => c.score.answers));
  const summary = microPR(perCase.map((c) => c.score.summary));
  table["summary bullet F1"] = f1(summary.precision, summary.recall);
  const exactKeys = [...new Set(perCase.flatMap((c) => Object.keys(c.score.exact)))];
  for (const name of exactKeys) {
    table[`${name} accuracy`] = mean(perCase.flatMap((c) => (name in c.score.exact ? [c.score.exact[name] ?? 0] : [])));
  }
  const boilerplate = microPR(perCase.filter((c) => c.checksBoilerplate).map((c) => c.score.boilerplate));
  table["boilerplate precision"] = boilerplate.precision;
  table["boilerplate recall"] = boilerplate.recall;
  return { cases: perCase.length, table, perCase };
}

/** @param {number} p @param {number} r */
function f1(p, r) {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Formats the table for a terminal. @param {Record<string, number>} table @param {Record<string, number>} [floors] */
export function formatTable(table, floors = {}) {
  const width = Math.max(...Object.keys(table).map((name) => name.length));
  return Object.entries(table)
    .map(([name, value]) => {
      const floor = floors[name];
      const flag = floor === undefined ? "" : value + 1e-9 < floor ? `  BELOW FLOOR ${floor.toFixed(3)}` : `  (floor ${floor.toFixed(3)})`;
      return `${name.padEnd(width)}  ${value.toFixed(3)}${flag}`;
    })
    .join("\n");
}

/** The pinned floors. @returns {Record<string, number>} */
export function loadFloors() {
  const file = path.join(ROOT, "eval", "floors.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
}

// `npm run eval`: print the table (and the weakest fixtures) from the built library.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { extract } = await import("../dist/index.js");
  const result = evaluate((file) => extract(readFileSync(file), { name: path.basename(file) }));
  if (process.argv.includes("--pin")) {
    // Raises each floor to today's score (rounded down); a floor never moves down here: a
    // lower score is a regression to fix, or a conscious edit of floors.json in review.
    const previous = loadFloors();
    /** @type {Record<string, number>} */
    const pinned = {};
    for (const [name, value] of Object.entries(result.table)) pinned[name] = Math.max(previous[name] ?? 0, Math.floor(value * 1000) / 1000);
    writeFileSync(path.join(ROOT, "eval", "floors.json"), `${JSON.stringify(pinned, null, 2)}\n`);
  }
  console.log(`${result.cases} fixtures with truth\n`);
  console.log(formatTable(result.table, loadFloors()));
  const weakest = result.perCase
    .map((c) => ({ slug: c.slug, misses: Object.entries(c.score.exact).filter(([, v]) => v === 0).map(([k]) => k), answers: c.score.answers }))
    .filter((c) => c.misses.length > 0 || c.answers < 0.95);
  if (weakest.length > 0) {
    console.log("\nfixtures with misses:");
    for (const c of weakest) console.log(`  ${c.slug}: ${c.misses.join(", ")}${c.answers < 0.95 ? ` (answer F1 ${c.answers.toFixed(2)})` : ""}`);
  }
}
