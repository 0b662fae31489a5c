// @ts-check
/**
 * Time per adversarial input (scripts/adversarial-inputs.js) through the built
 * library, one table row each; flags any over 2 s, the line past which an input
 * is worth profiling (`node --cpu-prof`).
 *
 *   npm run build && node scripts/adversarial-bench.js [filter]
 *
 * Built library: ./dist (override with ADVERSARIAL_DIST). Exit code 1 when an
 * input throws anything but an InputError.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ADVERSARIAL_INPUTS } from "./adversarial-inputs.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = process.env.ADVERSARIAL_DIST ?? path.join(repoRoot, "dist");
/** @type {typeof import("../dist/index.js")} */
const { extract, InputError } = await import(pathToFileURL(path.join(distDir, "index.js")).href);

/** Inputs slower than this are flagged. */
const SLOW_MS = 2000;

const filter = process.argv[2]?.toLowerCase() ?? "";
let failed = 0;
const width = Math.max(...ADVERSARIAL_INPUTS.map((input) => input.name.length));
console.log(`${"input".padEnd(width)}  ${"MB".padStart(5)}  ${"ms".padStart(7)}  result`);
for (const input of ADVERSARIAL_INPUTS) {
  if (!input.name.toLowerCase().includes(filter)) continue;
  const text = input.build();
  const start = performance.now();
  let result;
  try {
    const doc = extract(text, { name: input.name });
    result = `${doc.source.format}, ${doc.qa.length} Q&A, ${doc.removed.length} removed`;
  } catch (error) {
    if (!(error instanceof InputError)) failed += 1;
    result = error instanceof InputError ? `refused: ${error.reason}` : `CRASH: ${String(error)}`;
  }
  const ms = performance.now() - start;
  const megabytes = (Buffer.byteLength(text) / (1024 * 1024)).toFixed(2);
  const flag = ms > SLOW_MS ? "  << slow" : "";
  console.log(`${input.name.padEnd(width)}  ${megabytes.padStart(5)}  ${ms.toFixed(0).padStart(7)}  ${result}${flag}`);
}
process.exitCode = failed > 0 ? 1 : 0;
