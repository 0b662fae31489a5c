// @ts-check
/**
 * Regenerates docs/explain.png, the README's picture of `--explain`: the real
 * colored output (FORCE_COLOR=1) on the reference seed, its first lines, as
 * HTML, photographed by headless Chromium (Debian's `chromium` package).
 *
 * Usage: npm run build && node scripts/explain-screenshot.js
 * Environment: CHROMIUM (the browser binary, default "chromium"), SEED (the input).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ansiPage } from "./ansi-to-html.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = process.env.SEED ?? path.resolve(ROOT, "..", "shared", "seeds", "borna-2559-iran-russia-interview.txt");
const OUTPUT = path.join(ROOT, "docs", "explain.png");
/** Lines of the view shown: the header, metadata, lead, summary and the first questions. */
const LINES = 44;
/** Rows of the picture: those lines, a gap mark, and the footer (line counts and the ditto legend). */
const ROWS = LINES + 4;
/** An SGR escape, to find the footer in colored text. */
const SGR = /\u001b\[[\d;]*m/gu;
/** Window size in CSS pixels: 80 columns of 14px DejaVu Sans Mono plus padding, LINES rows. */
const WINDOW = { width: 720, height: 14 + Math.ceil(ROWS * 14 * 1.35) + 14 };
/** Pixel density of the picture: sharp on high-density screens, still small. */
const SCALE = 2;

/**
 * Runs the built CLI on the seed with colors forced, from the seed's folder so the
 * header shows its name; keeps the first lines and the footer, with a dim gap mark between.
 */
function coloredExplanation() {
  const output = execFileSync(
    process.execPath,
    [path.join(ROOT, "bin", "extract-interview.js"), "--explain", path.basename(SEED)],
    {
      cwd: path.dirname(SEED),
      env: { ...process.env, FORCE_COLOR: "1", NO_COLOR: "" },
      encoding: "utf8",
    },
  );
  const lines = output.trimEnd().split("\n");
  const footer = lines.findIndex((line) => line.replace(SGR, "").startsWith("lines:"));
  return [...lines.slice(0, LINES), "\u001b[2m  ⋮\u001b[22m", ...lines.slice(footer)].join("\n");
}

/** Photographs an HTML page with headless Chromium. */
function screenshot(html, target) {
  const work = mkdtempSync(path.join(tmpdir(), "explain-shot-"));
  const page = path.join(work, "page.html");
  writeFileSync(page, html);
  try {
    execFileSync(
      process.env.CHROMIUM ?? "chromium",
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        `--user-data-dir=${path.join(work, "profile")}`,
        `--force-device-scale-factor=${String(SCALE)}`,
        `--window-size=${String(WINDOW.width)},${String(WINDOW.height)}`,
        `--screenshot=${target}`,
        `file://${page}`,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

screenshot(ansiPage(coloredExplanation()), OUTPUT);
process.stdout.write(`wrote ${path.relative(ROOT, OUTPUT)}\n`);
