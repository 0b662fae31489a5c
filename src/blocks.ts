/**
 * Lines → blocks. A block is a paragraph: consecutive lines joined when the
 * break between them was made by wrapping, not by the writer.
 */
import { EVERY_LANGUAGE, type LexiconSelection } from "./lexicon/index.js";
import { DIALOGUE_DASH, SPEAKER_LABEL } from "./patterns.js";
import { isLineOfMeta } from "./meta/header-lines.js";
import { isCreditLine } from "./classify/chrome.js";
import type { Block, BlockHints, SourceLine } from "./types.js";
import { LazyRegExp } from "./lazy-regexp.js";

/** Percentile of line lengths taken as the wrap width of a hard-wrapped dump. */
const WRAP_WIDTH_PERCENTILE = 0.9;

/** Terminal dumps wrap at 60–100 columns; anything wider is paragraphs on lines of their own. */
const MAX_WRAP_WIDTH = 132;

/** Fewest non-blank lines for a wrap width to mean anything. */
const MIN_WRAPPED_LINES = 8;

/** Lines shorter than this are menus, headings and paragraph ends, not evidence of wrapping. */
const MIN_PROSE_LINE = 30;

/** In wrapped text, at least this share of lines run close to the width… */
const WRAPPED_LINE_SHARE = 0.35;

/** …where close means at least this share of it. */
const NEAR_WIDTH_SHARE = 0.75;

/** Slack allowed between a wrapped line's length and the wrap width (justified/ragged text). */
const WRAP_SLACK = 2;

/** A line opening in a script written without spaces. */
const UNSPACED_START = new LazyRegExp(
  String.raw`^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]`,
  "u",
);

/**
 * Groups lines into blocks: blank lines always split; a non-blank break splits unless it was
 * wrapping. A line opening with a turn label of the document's languages is never a wrap.
 */
export function toBlocks(lines: readonly SourceLine[], lexicons: LexiconSelection = EVERY_LANGUAGE): Block[] {
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(joinLines(current));
    current = [];
  };
  lines.forEach((line, index) => {
    if (line.text === "") {
      flush();
      return;
    }
    const previous = current.at(-1);
    if (
      previous &&
      (!continuesLine(previous.text, line.text, width, lexicons) ||
        headsList(current[0]!.text, previous.text, line.text, lines[index + 1]?.text))
    )
      flush();
    current.push(line);
  });
  flush();
  return blocks;
}

/**
 * The width a dump was hard-wrapped at, or 0 when it was not wrapped. Wrapped
 * text (lynx, w3m, e-mail) has many lines just under one width, and that width
 * is a terminal's, not a paragraph's: one-paragraph-per-line dumps are never joined.
 */
function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.filter((line) => line.text.length > 0).map((line) => line.text.length);
  if (lengths.length < MIN_WRAPPED_LINES) return 0;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * WRAP_WIDTH_PERCENTILE))]!;
  if (width > MAX_WRAP_WIDTH) return 0;
  // Menus and headings are short in any dump: judge by the lines long enough to be prose.
  const prose = lengths.filter((length) => length >= MIN_PROSE_LINE);
  const nearWidth = prose.filter((length) => length >= width * NEAR_WIDTH_SHARE && length <= width + WRAP_SLACK).length;
  return nearWidth >= prose.length * WRAPPED_LINE_SHARE ? width : ceilingWidth(prose) || midSentenceWidth(lines);
}

/** Fewest prose lines for a ceiling to be judged, and fewest of them just under it (within a tenth of the width). */
const MIN_CEILING_PROSE_LINES = 20;
const MIN_LINES_UNDER_CEILING = 8;
const CEILING_BAND_SHARE = 0.9;

/** Most columns the longest line may run past the ceiling: a word a terminal could not break. */
const CEILING_SLACK = 4;

/**
 * The wrap width shown by a ceiling on the prose lines: a short page whose menus make most of its
 * lines short, and whose few paragraphs have too few breaks inside a sentence to show it. A
 * wrapped dump's longest line stands at its width, and many lines reach close to it; a writer's
 * paragraphs on lines of their own run far past any width their common length suggests.
 * `prose` holds the lengths of the lines long enough to be prose, sorted. 0 when there is none.
 */
function ceilingWidth(prose: readonly number[]): number {
  // The top tenth of the lines must be enough lines for their bunching under a ceiling to mean anything.
  if (prose.length < MIN_CEILING_PROSE_LINES) return 0;
  const width = prose[Math.floor((prose.length - 1) * WRAP_WIDTH_PERCENTILE)]!;
  const longest = prose.at(-1)!;
  const underCeiling = prose.filter((length) => length >= width * CEILING_BAND_SHARE).length;
  return width <= MAX_WRAP_WIDTH && longest <= width + CEILING_SLACK && underCeiling >= MIN_LINES_UNDER_CEILING
    ? width
    : 0;
}

/** Fewest breaks inside a sentence that show a dump was wrapped though most of its lines are short. */
const MIN_MID_SENTENCE_BREAKS = 6;

/**
 * The wrap width shown by breaks inside sentences: a long line ending on a word or a comma
 * and a next line going on in lower case. A page's menus and link lists make most lines of a
 * w3m dump short, hiding the width of its wrapped paragraphs from the share test; a writer
 * who puts each paragraph on its line never breaks a sentence. 0 when too few such breaks.
 */
function midSentenceWidth(lines: readonly SourceLine[]): number {
  const ends: number[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1]?.text ?? "";
    if (line.text.length >= MIN_PROSE_LINE && /[\p{L},;]$/u.test(line.text.slice(-1)) && /^\p{Ll}/u.test(next))
      ends.push(line.text.length);
  });
  if (ends.length < MIN_MID_SENTENCE_BREAKS) return 0;
  ends.sort((a, b) => a - b);
  const width = ends[Math.floor(ends.length * WRAP_WIDTH_PERCENTILE)]!;
  return width > MAX_WRAP_WIDTH ? 0 : width;
}

/**
 * Whether `next` continues `previous` as one paragraph. The writer's breaks are
 * kept: a break is wrapping only when the next line's first word would not have
 * fitted on the previous line, or the previous line ends in a hyphenated word.
 */
function continuesLine(previous: string, next: string, width: number, lexicons: LexiconSelection): boolean {
  const joins = (endsHyphenated(previous) && /^\p{Ll}/u.test(next)) || wrapped(previous, next, width);
  // A photo's credit under its caption is the caption's end, never the wrap of a sentence. Tested
  // last: most breaks are the writer's, and reading every line as a turn or a date line was a
  // profile's entry.
  return joins && !startsTurn(next, lexicons) && !isCreditLine(next);
}

/** Whether the break was the wrapping of a dump wrapped at `width` (0: not wrapped). */
function wrapped(previous: string, next: string, width: number): boolean {
  if (width === 0) return false;
  // Scripts written without spaces wrap anywhere: their "first word" is one character.
  const firstWord = UNSPACED_START.test(next) ? next.slice(0, 1) : (next.split(" ", 1)[0] ?? "");
  return previous.length + 1 + firstWord.length > width - WRAP_SLACK && previous.length > width / 2;
}

/** A list item's mark opening a line of a text view: a bullet, or a number and its stop. */
const LIST_ITEM_LINE = /^(?:[•*·▪◦+]|\d{1,2}[.)])\s+\S/u;
/** A sentence's end at a line's end, before closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** A line's end that lets the sentence go on: a clause mark. */
const CLAUSE_END = /[,;:]["'”’)\]]*$/u;
/** Most words of a box's heading over its list. */
const LIST_HEADING_MAX_WORDS = 5;

/**
 * Whether a line is the heading of the list under it ("Related Stories" over its items), glued to the
 * paragraph above by a text view that printed no blank line: a few words and no sentence end, after a
 * paragraph (no list item) whose line ended its sentence. The wrap test alone joins it when the
 * paragraph's last line is long.
 */
function headsList(first: string, previous: string, line: string, next: string | undefined): boolean {
  if (next === undefined || !LIST_ITEM_LINE.test(next) || !SENTENCE_END.test(previous)) return false;
  // Under an item, a short line is the item's wrap ("… frozen in St." over "Anne's Point Harbour").
  if (LIST_ITEM_LINE.test(first)) return false;
  return !SENTENCE_END.test(line) && !CLAUSE_END.test(line) && line.split(/\s+/u).length <= LIST_HEADING_MAX_WORDS;
}

/** A line that opens a new turn, or holds only a date or an ID, never continues the line before it. */
function startsTurn(line: string, lexicons: LexiconSelection): boolean {
  return (
    lexicons.questionLabel.test(line) ||
    lexicons.answerLabel.test(line) ||
    DIALOGUE_DASH.test(line) ||
    SPEAKER_LABEL.test(line) ||
    isLineOfMeta(line, lexicons)
  );
}

/** A letter then a hyphen at the end of a text: a word hyphenated across a line break. */
const HYPHENATED_END = new LazyRegExp(String.raw`\p{L}-$`, "u");

/**
 * Whether a line ends in a hyphenated word. Only its last three code units are
 * tested (a hyphen after a letter, astral or not): an end-anchored regex is
 * tried at every position, which on a 10 MB line is 10 million attempts.
 */
function endsHyphenated(text: string): boolean {
  return HYPHENATED_END.test(text.slice(-3));
}

/**
 * The hints of every block of a text dump: none. One object shared by all, frozen because it is
 * shared (a stage that adds a hint makes the block a copy); an object per block was 8 MB of a 20 MB dump.
 */
const NO_HINTS: BlockHints = Object.freeze({});

/**
 * Joins a block's lines; a word hyphenated across a line break is rejoined without a space.
 * Each break looks at the line before it, never at the text joined so far, and the
 * pieces are joined once: testing or slicing the growing string at every line
 * made 50,000 short lines take minutes.
 */
function joinLines(lines: readonly SourceLine[]): Block {
  const parts: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) parts.push(endsHyphenated(previous.text) && /^\p{Ll}/u.test(line.text) ? "" : " ");
    parts.push(line.text);
  });
  const text = parts.join("");
  return { firstLine: lines[0]!.number, lastLine: lines.at(-1)!.number, text, hints: NO_HINTS };
}
