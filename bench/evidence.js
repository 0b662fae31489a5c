// @ts-check
/**
 * What the evidence stage (summary items and quotations linked to the answers)
 * costs: `extract()` in process on the same inputs with `evidence` on and off,
 * interleaved round by round so that a loaded machine slows both alike. Only the
 * ratio is meant to be compared between runs.
 *
 *   npm run build && node bench/evidence.js [a-large-dump.txt]
 *
 * Also one row of `npm run bench`, which passes its synthetic 5 MB dump.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURES = path.join(ROOT, "fixtures");

/** Rounds over the fixture inputs; the median round is reported. */
const ROUNDS = 15;

/** @typedef {{ on: number, off: number }} Timing seconds with and without the stage */

/**
 * Every fixture input as bytes.
 * @returns {Uint8Array[]}
 */
function fixtureInputs() {
  return fs
    .readdirSync(FIXTURES)
    .sort()
    .flatMap((slug) => ["input.txt", "input.html"].map((name) => path.join(FIXTURES, slug, name)))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file));
}

/**
 * The median of some numbers.
 * @param {number[]} values
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Seconds to extract every input once, with or without the stage.
 * @param {(input: Uint8Array, options: object) => unknown} extract
 * @param {Uint8Array[]} inputs
 * @param {boolean} evidence
 */
function timeOnce(extract, inputs, evidence) {
  const start = performance.now();
  for (const input of inputs) extract(input, { evidence });
  return (performance.now() - start) / 1000;
}

/**
 * Median seconds per round with and without the stage, rounds interleaved.
 * @param {(input: Uint8Array, options: object) => unknown} extract
 * @param {Uint8Array[]} inputs
 * @param {number} rounds
 * @returns {Timing}
 */
function timeBoth(extract, inputs, rounds) {
  const on = [];
  const off = [];
  timeOnce(extract, inputs, true); // warm-up: compile the patterns and the stage
  for (let round = 0; round < rounds; round += 1) {
    off.push(timeOnce(extract, inputs, false));
    on.push(timeOnce(extract, inputs, true));
  }
  return { on: median(on), off: median(off) };
}

/**
 * The evidence stage's cost on the fixtures and, when given, on one large dump.
 * @param {string | undefined} largeDump
 * @returns {Promise<{ fixtures: Timing & { count: number }, large: (Timing & { bytes: number }) | null }>}
 */
export async function evidenceCost(largeDump) {
  const { extract } = await import(pathToFileURL(path.join(ROOT, "dist", "index.js")).href);
  const inputs = fixtureInputs();
  const fixtures = { ...timeBoth(extract, inputs, ROUNDS), count: inputs.length };
  if (largeDump === undefined) return { fixtures, large: null };
  const dump = fs.readFileSync(largeDump);
  return { fixtures, large: { ...timeBoth(extract, [dump], 1), bytes: dump.length } };
}

/**
 * "1.12× (+12%)": the cost with the stage relative to without.
 * @param {Timing} timing
 */
export function relative(timing) {
  const ratio = timing.on / timing.off;
  return `${ratio.toFixed(2)}× (${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(0)}%)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { fixtures, large } = await evidenceCost(process.argv[2]);
  console.log(
    `evidence stage, ${fixtures.count} fixture inputs: ${(fixtures.off * 1000).toFixed(0)} ms without, ${(fixtures.on * 1000).toFixed(0)} ms with = ${relative(fixtures)}`,
  );
  if (large) {
    console.log(
      `evidence stage, one ${(large.bytes / 1e6).toFixed(1)} MB dump: ${large.off.toFixed(2)} s without, ${large.on.toFixed(2)} s with = ${relative(large)}`,
    );
  }
}
