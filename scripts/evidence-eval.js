// @ts-check
/**
 * Scores the evidence stage on the real crawled interviews of
 * ../shared/corpus/tehran-times-qa, whose manifest holds every true answer
 * (`truth`): of the quotations in a lead, summary or intro whose words stand
 * verbatim in a true answer, the share the tool finds as `exact` in the pair
 * that is that answer; and the quotations linked to a pair whose true answer
 * does not hold them (wrong links; the target is 0).
 *
 *   npm run eval:evidence                      # all documents
 *   npm run eval:evidence -- --split dev       # the part one may tune on (same split as eval:corpus)
 *   npm run eval:evidence -- --detail          # list each miss and wrong link
 *
 * Two shares are printed: over every verbatim quotation (this depends on the
 * tool's segmentation putting the answer in `qa`), and over those whose answer
 * the tool's `qa` does hold (the alignment's own share). The corpus is read
 * where it lies, never copied. Where ../shared is missing this says so in one
 * line and exits 0.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = process.env.SHARED_DIR ?? path.resolve(ROOT, "..", "shared");
const FOLDER = path.join(SHARED, "corpus", "tehran-times-qa");
const MANIFEST = path.join(FOLDER, "manifest.json");

/** One document in this many is held out (the same rule as scripts/corpus-eval.js). */
const HOLDOUT_ONE_IN = 4;

/** Length of the word n-grams that tell whether two passages share their wording. */
const SHINGLE = 4;

/** Share of shared n-grams above which a tool answer and a true answer are the same text. */
const SAME_TEXT = 0.5;

/** A quotation not found verbatim comes from the true answer with the longest run of its words: at least this many... */
const MIN_RUN = 3;

/** ...and this share of its words. */
const RUN_SHARE = 0.25;

/**
 * A crawled page keeps its pull quotes (the reporter's quotations set in a box)
 * inside the answer they interrupt, so the labelled answers hold them too:
 * a long passage in quotation marks inside a true answer is left out when
 * looking for where a quotation comes from.
 */
const PULL_QUOTE_WORDS = 8;

/** A true answer without the long passages it holds in quotation marks (pull quotes). @param {string} answer */
function withoutPullQuotes(answer) {
  return answer.replace(/“[^“”]*”|"[^"]*"/gu, (passage) => (words(passage).length >= PULL_QUOTE_WORDS ? " " : passage));
}

/** @typedef {{ question: string, answer: string }} TruthPair */
/** @typedef {{ id: string, file: string, truth?: TruthPair[] }} Entry */
/** @typedef {{ in: string, index: number, text: string, pair: number | null, match: string }} Quote */

/** Words of a text: lower case, NFKC, apostrophes dropped, everything else a separator. @param {string} text */
function words(text) {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/['’]/gu, "")
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  );
}

/** Words joined with a space at each end, for whole-word containment. @param {string} text */
function joined(text) {
  return ` ${words(text).join(" ")} `;
}

/** Whether every stretch of a quotation between ellipses stands in a text, in order. @param {string} quote @param {string} text */
function verbatimIn(quote, text) {
  const haystack = joined(text);
  let from = 0;
  for (const segment of quote.split(/\.\.\.|…|\[[^\]]*\]/u)) {
    const needle = joined(segment);
    if (needle.trim() === "") continue;
    const at = haystack.indexOf(needle, from);
    if (at === -1) return false;
    from = at + needle.length - 1;
  }
  return true;
}

/** The longest run of a quotation's consecutive words that a text holds, in words. @param {string} quote @param {string} text */
function longestRun(quote, text) {
  const list = words(quote);
  const haystack = joined(text);
  let best = 0;
  for (let start = 0; start + best < list.length; start += 1) {
    // Grow the run from this word while the text still holds it.
    let length = best + 1;
    while (start + length <= list.length && haystack.includes(` ${list.slice(start, start + length).join(" ")} `))
      length += 1;
    best = Math.max(best, length - 1);
  }
  return best;
}

/**
 * The true answers a quotation comes from: those holding it verbatim, else
 * those holding the longest run of its words (at least MIN_RUN words and
 * RUN_SHARE of the quotation).
 * @param {string} quote @param {string[]} answers
 */
function holders(quote, answers) {
  const verbatim = answers.flatMap((answer, index) => (verbatimIn(quote, answer) ? [index] : []));
  if (verbatim.length > 0) return { verbatim: true, pairs: verbatim };
  const runs = answers.map((answer) => longestRun(quote, answer));
  const best = Math.max(0, ...runs);
  if (best < MIN_RUN || best < RUN_SHARE * words(quote).length) return { verbatim: false, pairs: [] };
  return { verbatim: false, pairs: runs.flatMap((run, index) => (run === best ? [index] : [])) };
}

/** Word 4-grams of a text, to tell whether two passages share their wording. @param {string} text */
function shingles(text) {
  const list = words(text);
  const result = new Set();
  for (let at = 0; at + SHINGLE <= list.length; at += 1) result.add(list.slice(at, at + SHINGLE).join(" "));
  if (list.length > 0 && list.length < SHINGLE) result.add(list.join(" "));
  return result;
}

/** Share of one shingle set found in another. @param {Set<string>} part @param {Set<string>} whole */
function shingleShare(part, whole) {
  if (part.size === 0) return 0;
  let found = 0;
  for (const shingle of part) if (whole.has(shingle)) found += 1;
  return found / part.size;
}

/**
 * The true pairs each of the tool's pairs stands for: those whose answer is
 * mostly inside the tool's answer (the tool merged several), or that hold most
 * of the tool's answer (the tool split one).
 * @param {string[][]} toolAnswers @param {string[]} truthAnswers
 */
function mapPairs(toolAnswers, truthAnswers) {
  const truth = truthAnswers.map(shingles);
  return toolAnswers.map((paragraphs) => {
    const own = shingles(paragraphs.join(" "));
    return truth.flatMap((set, index) =>
      shingleShare(set, own) >= SAME_TEXT || shingleShare(own, set) >= SAME_TEXT ? [index] : [],
    );
  });
}

/** Whether a document is held out (a stable hash of its id). @param {string} id */
function isHeldOut(id) {
  const digest = createHash("sha256").update(id.replace(/#.*$/u, "")).digest();
  return (digest[0] ?? 0) % HOLDOUT_ONE_IN === 0;
}

/** The manifest's entries of the chosen split. @param {string} split @returns {Entry[]} */
function entries(split) {
  /** @type {Entry[]} */
  const all = JSON.parse(readFileSync(MANIFEST, "utf8"));
  if (split === "all") return all;
  return all.filter((entry) => (split === "holdout") === isHeldOut(entry.id));
}

/** Value of a `--flag value` argument. @param {string} flag */
function option(flag) {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  if (!existsSync(MANIFEST)) {
    console.log(`evidence evaluation skipped: ${path.relative(ROOT, MANIFEST)} is not there`);
    return 0;
  }
  const { extract } = await import("../dist/index.js");
  const split = option("--split") ?? "all";
  const detail = process.argv.includes("--detail");
  const tally = {
    documents: 0,
    quotes: 0,
    verbatim: 0,
    found: 0,
    reachable: 0,
    reachableFound: 0,
    linked: 0,
    wrong: 0,
  };
  for (const entry of entries(split)) {
    if (!entry.truth) continue;
    tally.documents += 1;
    const doc = extract(readFileSync(path.join(FOLDER, entry.file)), { name: entry.id, inputFormat: "text" });
    const truthAnswers = entry.truth.map((pair) => withoutPullQuotes(pair.answer));
    const toTruth = mapPairs(
      doc.qa.map((pair) => pair.answer),
      truthAnswers,
    );
    for (const quote of /** @type {Quote[]} */ (doc.quotes)) {
      tally.quotes += 1;
      const holder = holders(quote.text, truthAnswers);
      const truthPairs = quote.pair === null ? [] : (toTruth[quote.pair] ?? []);
      const right = truthPairs.some((pair) => holder.pairs.includes(pair));
      const where = `${entry.id} ${quote.in}[${quote.index}] “${quote.text.slice(0, 70)}”`;
      if (quote.pair !== null) {
        tally.linked += 1;
        if (!right) {
          tally.wrong += 1;
          if (detail)
            console.log(
              `wrong link: ${where} → pair ${quote.pair} (true answers ${truthPairs.join(",") || "none"}; holders ${holder.pairs.join(",") || "none"})`,
            );
        }
      }
      if (!holder.verbatim) continue;
      tally.verbatim += 1;
      const found = quote.match === "exact" && right;
      if (found) tally.found += 1;
      const reachable = doc.qa.some((pair) => verbatimIn(quote.text, pair.answer.join("\n")));
      if (reachable) tally.reachable += 1;
      if (reachable && found) tally.reachableFound += 1;
      if (detail && !found)
        console.log(`miss${reachable ? "" : " (answer not in qa)"}: ${where} → ${quote.match} pair ${quote.pair}`);
    }
  }
  const share = (part, whole) => (whole === 0 ? "n/a" : (part / whole).toFixed(3));
  console.log(
    `evidence (tehran-times-qa, ${split}, ${tally.documents} documents): ${tally.quotes} quotations, ${tally.verbatim} verbatim in a true answer; ` +
      `found exact in that pair ${tally.found}/${tally.verbatim} = ${share(tally.found, tally.verbatim)}; ` +
      `where the tool's qa holds that answer ${tally.reachableFound}/${tally.reachable} = ${share(tally.reachableFound, tally.reachable)} (target ≥ 0.95); ` +
      `wrong links ${tally.wrong} of ${tally.linked} (target 0)`,
  );
  return 0;
}

process.exitCode = await main();
