// @ts-check
/**
 * A tiny ANSI → HTML converter for terminal screenshots in the docs: the SGR
 * codes chalk writes (reset, bold, dim, the 16 foreground colors) become
 * styled spans on a dark terminal-like page. Nothing else is interpreted.
 *
 * Usage: node scripts/ansi-to-html.js < colored.txt > page.html
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Foreground colors by SGR code, on a dark background (GitHub dark dimmed palette). */
// prettier-ignore
const COLORS = /** @type {Readonly<Record<number, string>>} */ ({
  30: "#545d68", 31: "#f47067", 32: "#8ddb8c", 33: "#daaa3f", 34: "#6cb6ff", 35: "#dcbdfb", 36: "#56d4dd", 37: "#adbac7",
  90: "#768390", 91: "#ff938a", 92: "#b4f1b4", 93: "#eac55f", 94: "#96d0ff", 95: "#eedcff", 96: "#96d0ff", 97: "#cdd9e5",
});

/** Page colors and font. */
const PAGE_STYLE = [
  "body { margin: 0; background: #22272e; }",
  "pre { margin: 0; padding: 14px 18px; color: #adbac7; background: #22272e;",
  "  font: 14px/1.35 'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace; }",
  ".b { font-weight: bold; } .d { opacity: 0.62; }",
].join("\n");

/** One SGR escape: ESC [ codes m. */
const SGR = /\u001b\[([\d;]*)m/gu;

/** Escapes text for HTML. */
function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** @typedef {{ bold: boolean, dim: boolean, color: string | null }} Style */

/** Applies one SGR code to a style. @param {Style} style @param {number} code @returns {Style} */
function applyCode(style, code) {
  if (code === 0) return { bold: false, dim: false, color: null };
  if (code === 1) return { ...style, bold: true };
  if (code === 2) return { ...style, dim: true };
  if (code === 22) return { ...style, bold: false, dim: false };
  if (code === 39) return { ...style, color: null };
  const color = COLORS[code];
  return color === undefined ? style : { ...style, color };
}

/** Wraps text in a span for a style. @param {string} text @param {Style} style */
function span(text, style) {
  if (text === "") return "";
  const classes = [style.bold ? "b" : "", style.dim ? "d" : ""].filter(Boolean).join(" ");
  const attributes = `${classes ? ` class="${classes}"` : ""}${style.color ? ` style="color:${style.color}"` : ""}`;
  return attributes === "" ? escapeHtml(text) : `<span${attributes}>${escapeHtml(text)}</span>`;
}

/** Converts ANSI-colored text to the inside of a `<pre>`. @param {string} text @returns {string} */
export function ansiToHtml(text) {
  /** @type {Style} */
  let style = { bold: false, dim: false, color: null };
  let html = "";
  let last = 0;
  for (const match of text.matchAll(SGR)) {
    html += span(text.slice(last, match.index), style);
    const codes = (match[1] ?? "").split(";").map((code) => Number(code || "0"));
    style = codes.reduce(applyCode, style);
    last = match.index + match[0].length;
  }
  return html + span(text.slice(last), style);
}

/** A whole HTML page showing the colored text as a terminal would. @param {string} text */
export function ansiPage(text) {
  return `<!doctype html>\n<meta charset="utf-8">\n<style>\n${PAGE_STYLE}\n</style>\n<pre>${ansiToHtml(text)}</pre>\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(ansiPage(readFileSync(0, "utf8")));
}
