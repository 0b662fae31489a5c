// @ts-check
/**
 * Article-body benchmark of the HTML reader against @mozilla/readability 0.6
 * on linkedom, from one run over the same pages (interleaved page by page).
 *
 *   npx tsc -p tsconfig.build.json && node bench/html.js
 *
 * Corpus: ../shared/bench/article-body next to the repository (override with
 * ARTICLE_BODY_DIR). Built library: ./dist (override with HTML_BENCH_DIST).
 * When the rest of src/ does not compile, build the HTML reader alone:
 *
 *   npx tsc --outDir .bench/html-dist --rootDir src --module nodenext --moduleResolution nodenext \
 *     --target es2022 --strict --skipLibCheck --types node src/html/index.ts
 *   HTML_BENCH_DIST=.bench/html-dist node bench/html.js
 *
 * This tool's text is the full `extract()` (lead, summary, Q&A intro, Q&A,
 * closing) once it reads HTML; until then the HTML reader's blocks, joined.
 * HTML_BENCH_MODE=extract|blocks forces one; HTML_BENCH_DETAILS=out.json
 * writes every page's texts and scores.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { corpusScore, pageCounts, pageScore } from "./metric.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = process.env.ARTICLE_BODY_DIR ?? path.resolve(repoRoot, "..", "shared", "bench", "article-body");
const distDir = process.env.HTML_BENCH_DIST ?? path.join(repoRoot, "dist");

/** @typedef {{ id: string, url: string, html: string, truth: string }} Page */
/** @typedef {{ name: string, run: (html: string) => string }} System */
/** @typedef {{ precision: number, recall: number, f1: number }} Score */

/**
 * The pages of the corpus with their ground truth.
 * @returns {Page[]}
 */
function readCorpus() {
  /** @type {Record<string, { articleBody: string, url: string }>} */
  const truth = JSON.parse(fs.readFileSync(path.join(corpusDir, "ground-truth.json"), "utf8"));
  const files = fs.readdirSync(path.join(corpusDir, "html")).filter((name) => name.endsWith(".html.gz")).sort();
  return files.map((name) => {
    const id = name.replace(/\.html\.gz$/, "");
    const html = zlib.gunzipSync(fs.readFileSync(path.join(corpusDir, "html", name))).toString("utf8");
    return { id, url: truth[id]?.url ?? "", html, truth: truth[id]?.articleBody ?? "" };
  });
}

/**
 * This tool: the full `extract()` once it reads HTML (its `source.format` says "html"), else the
 * HTML reader's blocks joined. HTML_BENCH_MODE=extract|blocks forces one.
 * @param {string} probe a page to try `extract()` on
 * @returns {Promise<System>}
 */
async function loadTool(probe) {
  const mode = process.env.HTML_BENCH_MODE;
  const main = await import(pathToFileURL(path.join(distDir, "index.js")).href).catch(() => null);
  const extract = main && typeof main.extract === "function" ? main.extract : null;
  if (extract && mode !== "blocks" && (mode === "extract" || readsHtml(extract, probe))) {
    return { name: "extract-interview (extract)", run: (html) => documentText(extract(html, { inputFormat: "html" })) };
  }
  const reader = await import(pathToFileURL(path.join(distDir, "html", "index.js")).href).catch(() => {
    throw new Error(`no built HTML reader in ${distDir}: run npx tsc -p tsconfig.build.json (see the header of bench/html.js)`);
  });
  return {
    name: "extract-interview (HTML blocks)",
    run: (html) => reader.readHtml(html).blocks.map((/** @type {{ text: string }} */ block) => block.text).join("\n\n"),
  };
}

/**
 * Whether `extract()` already routes HTML through the HTML reader.
 * @param {(input: string, options: object) => { source: { format: string } }} extract
 * @param {string} probe
 */
function readsHtml(extract, probe) {
  try {
    return extract(probe, { inputFormat: "html" }).source.format === "html";
  } catch {
    return false;
  }
}

/**
 * A document's body text: lead, summary, Q&A intro, questions and answers, closing, in order.
 * @param {{ lead: string | null, summary: string[], qaIntro: string | null, qa: Array<{ question: string, answer: string[] }>, closing?: string[] }} doc
 */
function documentText(doc) {
  const parts = [doc.lead ?? "", ...doc.summary, doc.qaIntro ?? ""];
  for (const pair of doc.qa) parts.push(pair.question, ...pair.answer);
  parts.push(...(doc.closing ?? []));
  return parts.filter((part) => part !== "").join("\n\n");
}

/** @type {System} */
const readability = {
  name: "readability 0.6 + linkedom",
  run: (html) => {
    const { document } = parseHTML(html);
    return new Readability(/** @type {Document} */ (/** @type {unknown} */ (document))).parse()?.textContent ?? "";
  },
};

/** Timed rounds after the first pass; each page's median round is its steady time. */
const STEADY_ROUNDS = 3;

/**
 * Run the systems over every page, interleaved page by page so that machine load falls on both alike:
 * each system's texts and mean time per page, of the first pass (after a short warm-up: what one
 * page of a new kind costs, the patterns it needs built on first use) and steady (the median of
 * {@link STEADY_ROUNDS} more rounds: what a page costs in a batch).
 * @param {System[]} systems
 * @param {Page[]} pages
 */
function runSystems(systems, pages) {
  for (const page of pages.slice(0, 5)) for (const system of systems) system.run(page.html);
  const results = systems.map(() => ({ texts: /** @type {string[]} */ ([]), ms: 0, steadyMs: 0 }));
  /** @type {number[][][]} rounds[page][system] */
  const rounds = pages.map(() => systems.map(() => /** @type {number[]} */ ([])));
  for (let round = 0; round <= STEADY_ROUNDS; round += 1) {
    pages.forEach((page, p) => {
      systems.forEach((system, i) => {
        const start = performance.now();
        const text = system.run(page.html);
        const ms = performance.now() - start;
        const result = /** @type {{ texts: string[], ms: number }} */ (results[i]);
        if (round === 0) {
          result.ms += ms;
          result.texts.push(text);
        } else rounds[p]?.[i]?.push(ms);
      });
    });
  }
  return results.map((result, i) => {
    const medians = rounds.map((page) => median(page[i] ?? []));
    return { texts: result.texts, ms: result.ms / pages.length, steadyMs: medians.reduce((a, b) => a + b, 0) / pages.length };
  });
}

/**
 * The middle value.
 * @param {number[]} values
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Per-page scores of a system's texts.
 * @param {Page[]} pages
 * @param {string[]} texts
 * @returns {Score[]}
 */
function scorePages(pages, texts) {
  return pages.map((page, i) => pageScore(pageCounts(page.truth, texts[i] ?? "")));
}

/**
 * One row of the table.
 * @param {string} name
 * @param {Score} score
 * @param {{ ms: number, steadyMs: number }} times
 */
function row(name, score, times) {
  const f = (/** @type {number} */ x) => x.toFixed(3);
  return `| ${name} | ${f(score.f1)} | ${f(score.precision)} | ${f(score.recall)} | ${times.ms.toFixed(1)} | ${times.steadyMs.toFixed(1)} |`;
}

/** Run both systems and print the table and the pages this tool loses most on. */
async function main() {
  const pages = readCorpus();
  const tool = await loadTool(pages[0]?.html ?? "");
  const [ours, theirs] = /** @type {Array<{ texts: string[], ms: number, steadyMs: number }>} */ (
    runSystems([tool, readability], pages)
  );
  const ourPages = scorePages(pages, ours.texts);
  const theirPages = scorePages(pages, theirs.texts);
  console.log(`${pages.length} pages from ${corpusDir}\n`);
  console.log("| system | F1 | precision | recall | ms/page, first pass | ms/page, steady |\n|---|---|---|---|---|---|");
  console.log(row(tool.name, corpusScore(ourPages), ours));
  console.log(row(readability.name, corpusScore(theirPages), theirs));
  const losses = pages
    .map((page, i) => ({ page, ours: /** @type {Score} */ (ourPages[i]), theirs: /** @type {Score} */ (theirPages[i]) }))
    .sort((a, b) => (a.ours.f1 - a.theirs.f1) - (b.ours.f1 - b.theirs.f1))
    .slice(0, 10);
  console.log("\nPages where this tool loses most F1 to readability:\n");
  console.log("| page | F1 ours | P ours | R ours | F1 readability | url |\n|---|---|---|---|---|---|");
  for (const { page, ours: o, theirs: t } of losses) {
    console.log(`| ${page.id.slice(0, 10)} | ${o.f1.toFixed(3)} | ${o.precision.toFixed(3)} | ${o.recall.toFixed(3)} | ${t.f1.toFixed(3)} | ${page.url} |`);
  }
  const details = process.env.HTML_BENCH_DETAILS;
  if (details) {
    const out = pages.map((page, i) => ({ id: page.id, url: page.url, ours: ourPages[i], readability: theirPages[i], text: ours.texts[i], truth: page.truth }));
    fs.writeFileSync(details, JSON.stringify(out, null, 1));
  }
}

await main();
