/**
 * Side-by-side columns in a text dump. A terminal browser prints a page laid out
 * as a table row by row: a sidebar (a list of links, pull quotes, another
 * article's teasers) and the article share each line, the sidebar's words
 * standing before the article's at the same column on every line. Read line by
 * line, the sidebar cuts every paragraph of the article. The column is found by
 * that alignment; inside the rows that have it, each column is read on its own,
 * the sidebar before the article.
 */
import { normalizeText, splitLines } from "./normalize.js";
import type { SourceLine } from "./types.js";

/** A column this near the margin is an indent, not a second column. */
const MIN_COLUMN = 10;

/** Fewest lines with text on both sides of the column that make a layout of columns. */
const MIN_TWO_COLUMN_LINES = 6;

/** Largest share of the region's non-blank lines whose words run across the column: prose, not cells. */
const MAX_CROSSING_SHARE = 0.1;

/** A gap of two spaces or more before a word: where a table's cell may start. */
const CELL_START = / {2,}(?=\S)/gu;

/** How many times a column is looked for again inside the article's side (a page with two sidebars). */
const MAX_SPLITS = 2;

/** A raw line and its number in the input. */
interface RawLine {
  number: number;
  text: string;
}

/**
 * Splits decoded text into numbered, normalized lines, each side-by-side column read on its own.
 * `lines`, when given, are the same text's lines as `toLines` gives them: a text without columns
 * reads as those, and they are returned instead of a second copy of every line (tens of MB in a
 * large dump).
 */
export function toColumnLines(text: string, lines?: SourceLine[]): SourceLine[] {
  const texts = splitLines(text);
  // Most texts have no column: they are looked at before every line is numbered.
  if (lines && findColumn(texts) === null) return lines;
  const raw = texts.map((line, index) => ({ number: index + 1, text: line }));
  const { sides, main } = readColumns(raw, MAX_SPLITS);
  // No sides: no column was found, and `main` is every line in order.
  if (lines && sides.length === 0) return lines;
  return [...sides, ...main].map((line) => ({ number: line.number, text: normalizeText(line.text) }));
}

/**
 * The article's lines, each column layout's rows reduced to the article's side, and the
 * sidebars' lines apart. The sidebars go before the whole page: kept between a headline
 * and its article, their short lines were taken for the headline.
 */
function readColumns(lines: readonly RawLine[], splits: number): { sides: RawLine[]; main: RawLine[] } {
  const column = splits > 0 ? findColumn(lines.map((line) => line.text)) : null;
  if (column === null) return { sides: [], main: [...lines] };
  const { at, first, last } = column;
  const rows = lines.slice(first, last + 1).map((line) => ({ number: line.number, ...splitAt(line.text, at) }));
  const leftWeight = rows.reduce((sum, row) => sum + row.left.trim().length, 0);
  const rightWeight = rows.reduce((sum, row) => sum + row.right.trim().length, 0);
  const mainIsRight = rightWeight >= leftWeight;
  const side = rows.map((row) => ({ number: row.number, text: mainIsRight ? row.left : row.right }));
  const inner = readColumns(
    rows.map((row) => ({ number: row.number, text: mainIsRight ? row.right : row.left })),
    splits - 1,
  );
  return {
    sides: [...side, { number: rows[0]!.number, text: "" }, ...inner.sides],
    main: [...lines.slice(0, first), ...inner.main, ...lines.slice(last + 1)],
  };
}

/** The two sides of a line at a column; a line whose text runs across the column stays whole on the right. */
function splitAt(line: string, at: number): { left: string; right: string } {
  if (line.length <= at) return { left: line, right: "" };
  if (line[at - 1] !== " " && line.slice(0, at).trim() !== "") return { left: "", right: line };
  return { left: line.slice(0, at), right: line.slice(at) };
}

/**
 * The column where a second cell starts on many lines, and the run of lines that
 * hold to it (text on both sides of it, or text starting at it), or null.
 */
export function findColumn(lines: readonly string[]): { at: number; first: number; last: number } | null {
  const counts = new Map<number, number>();
  lines.forEach((line) => {
    // Most lines have no gap of two spaces: they skip the pattern.
    if (!line.includes("  ")) return;
    for (const match of line.matchAll(CELL_START)) {
      const at = match.index + match[0].length;
      if (at >= MIN_COLUMN && match.index > 0 && line.slice(0, match.index).trim() !== "")
        counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  });
  let best: number | null = null;
  for (const [at, count] of counts)
    if (count >= MIN_TWO_COLUMN_LINES && (best === null || count > counts.get(best)!)) best = at;
  if (best === null) return null;
  const at = best;
  const both = lines.map((line) => holdsTo(line, at) && line.slice(0, at).trim() !== "");
  const first = both.indexOf(true);
  const last = both.lastIndexOf(true);
  const region = lines.slice(first, last + 1).filter((line) => line.trim() !== "");
  const crossing = region.filter((line) => line.length > at && line[at - 1] !== " " && line[at] !== " ").length;
  return crossing <= region.length * MAX_CROSSING_SHARE ? { at, first, last } : null;
}

/** Whether a line has text starting exactly at the column, after a gap (or an indent). */
function holdsTo(line: string, at: number): boolean {
  return line.length > at && line[at] !== " " && line[at - 1] === " " && line[at - 2] === " ";
}
