// @ts-check
/**
 * The I/O floor of the batch benchmark: what reading every file, splitting it
 * into paragraphs and writing one JSON line per file costs with no extraction
 * at all. `node bench/floor.js DIR > /dev/null`
 */
import fs from "node:fs";
import path from "node:path";

/** A blank line between paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/u;

/**
 * Every file under a directory, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .sort();
}

/**
 * Reads, splits and writes each file of the directory.
 * @param {string} dir
 */
function main(dir) {
  for (const file of filesUnder(dir)) {
    const paragraphs = fs
      .readFileSync(file, "utf8")
      .split(PARAGRAPH_BREAK)
      .map((paragraph) => paragraph.trim());
    fs.writeSync(1, `${JSON.stringify({ name: path.basename(file), paragraphs })}\n`);
  }
}

main(process.argv[2] ?? ".");
