/**
 * Turn the cleaned page into a flat sequence of text segments, one per
 * paragraph-like unit (p, heading, list item, text-only div, a run split by
 * `<br><br>`), each carrying its formatting hints and its owner element.
 * The walk is iterative: deep or broken markup cannot overflow the stack.
 */
import type { RuleId } from "../registry.js";
import type { AnyNode, Element } from "domhandler";
import type { Block, BlockHints } from "../types.js";
import { isElement, isText, lineAt, type Page } from "./dom.js";
import { BLOCK_TAGS, BOLD_TAGS, COMMAS, EMPHASIS_TAGS, HEADING_TAGS, LIMITS, QA_LABEL } from "./rules.js";
import { normalizeText } from "./text.js";
import { ENDS_WITH_QUESTION } from "../patterns.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** A block of the page and what scoring needs to know about it. */
export interface Segment {
  block: Block;
  /** The innermost block element holding the text; null for text directly under the root. */
  owner: Element | null;
  /** Characters of text, and of link text. */
  chars: number;
  linkChars: number;
  /** Commas in the text (a sign of prose). */
  commas: number;
}

/** A run of text inside one block, with the formatting around it. */
interface Piece {
  text: string;
  bold: boolean;
  em: boolean;
  link: boolean;
  start: number;
  end: number;
  /** The space that stands for a single `<br>`: where a paragraph's lines meet. */
  lineBreak?: boolean;
}

/** The state of the walk. */
interface Walk {
  page: Page;
  pieces: Piece[];
  /** `<br>`s since the last text. */
  breaks: number;
  /** Open formatting elements, counted. */
  open: { bold: number; em: number; link: number; heading: number; list: number };
  owners: Element[];
  segments: Segment[];
}

/** One step of the iterative walk: enter a node, or leave an element. */
type Step = { node: AnyNode; leave: false } | { node: Element; leave: true };

/** Every text segment of the page outside pruned elements, in document order. */
export function segmentPage(page: Page, pruned: ReadonlyMap<Element, RuleId>): Segment[] {
  const walk: Walk = { page, pieces: [], breaks: 0, open: { bold: 0, em: 0, link: 0, heading: 0, list: 0 }, owners: [], segments: [] };
  const stack: Step[] = [...page.body.children].reverse().map((node) => ({ node, leave: false }));
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (step.leave) leaveElement(walk, step.node);
    else if (isText(step.node)) addText(walk, step.node.data, step.node.startIndex, step.node.endIndex);
    else if (isElement(step.node)) enterElement(walk, step.node, pruned, stack);
  }
  flush(walk);
  return walk.segments;
}

/** Entering an element: breaks, block boundaries, formatting counters; then its children. */
function enterElement(walk: Walk, el: Element, pruned: ReadonlyMap<Element, RuleId>, stack: Step[]): void {
  const block = BLOCK_TAGS.has(el.name);
  if (pruned.has(el)) {
    if (block) flush(walk);
    return;
  }
  if (el.name === "br") {
    if (walk.pieces.length > 0) walk.breaks += 1;
    return;
  }
  if (block) {
    flush(walk);
    walk.owners.push(el);
  }
  count(walk, el, 1);
  stack.push({ node: el, leave: true });
  for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i] as AnyNode, leave: false });
}

/** Leaving an element: close its block, undo its formatting counters. */
function leaveElement(walk: Walk, el: Element): void {
  if (BLOCK_TAGS.has(el.name)) {
    flush(walk);
    walk.owners.pop();
  }
  count(walk, el, -1);
}

/** Adjust the open-formatting counters for an element by +1 or -1. */
function count(walk: Walk, el: Element, delta: number): void {
  const open = walk.open;
  if (BOLD_TAGS.has(el.name)) open.bold += delta;
  else if (EMPHASIS_TAGS.has(el.name)) open.em += delta;
  else if (el.name === "a") open.link += delta;
  else if (HEADING_TAGS.has(el.name)) open.heading += delta;
  else if (el.name === "li") open.list += delta;
}

/** Add a text node to the current run; two `<br>`s before it end the previous block. */
function addText(walk: Walk, data: string, start: number | null, end: number | null): void {
  const blank = data.trim() === "";
  if (blank && walk.pieces.length === 0) return;
  if (!blank && walk.breaks >= 2) flush(walk);
  else if (!blank && walk.breaks === 1) walk.pieces.push({ ...plainPiece(" "), start: start ?? 0, end: start ?? 0, lineBreak: true });
  if (!blank) walk.breaks = 0;
  const { bold, em, link } = walk.open;
  walk.pieces.push({ text: data, bold: bold > 0, em: em > 0, link: link > 0, start: start ?? 0, end: end ?? start ?? 0 });
}

/** A piece without formatting. */
function plainPiece(text: string): Omit<Piece, "start" | "end"> {
  return { text, bold: false, em: false, link: false };
}

/** Close the current run into segments (if it holds any text): one per turn when its lines change hands (see `splitTurns`). */
function flush(walk: Walk): void {
  const pieces = walk.pieces;
  walk.pieces = [];
  walk.breaks = 0;
  for (const run of splitTurns(pieces)) pushSegment(walk, run);
}

/** One run of pieces as a segment. */
function pushSegment(walk: Walk, pieces: Piece[]): void {
  const solid = pieces.filter((piece) => piece.text.trim() !== "");
  const first = solid[0];
  const last = solid[solid.length - 1];
  if (!first || !last) return;
  const text = normalizeText(pieces.map((piece) => piece.text).join(""));
  if (text === "") return;
  walk.segments.push({
    block: { firstLine: lineAt(walk.page, first.start), lastLine: lineAt(walk.page, last.end), text, hints: hintsOf(walk, solid) },
    owner: walk.owners[walk.owners.length - 1] ?? null,
    chars: text.length,
    linkChars: solid.filter((piece) => piece.link).reduce((sum, piece) => sum + normalizeText(piece.text).length, 0),
    commas: text.match(COMMAS)?.length ?? 0,
  });
}

/**
 * A paragraph that holds several turns, as interviews set them: a bold question, a `<br>`, the plain
 * answer (`<p><b>Why?</b><br>Because.</p>`), several such pairs in one paragraph, a bold speaker label
 * opening a line (`<br><b>RG:</b> …`), or a bold question ending in "?" with its answer after it on the
 * same line. The run is cut where a line's emphasis changes or a line opens with a speaker label; lines
 * of one kind (an address, a poem, an answer with a hard break) stay together.
 */
function splitTurns(pieces: Piece[]): Piece[][] {
  const lines = splitAt(pieces, (piece) => piece.lineBreak === true);
  const runs: Piece[][] = [];
  let previous: LineKind | null = null;
  for (const line of lines) {
    const kind = lineKind(line);
    const last = runs[runs.length - 1];
    // One by one: spreading a line of 100,000 pieces into push() would overflow the stack.
    if (last && previous && kind.solid && !startsTurn(previous, kind)) for (const piece of line) last.push(piece);
    else for (const run of splitBoldQuestion(line, kind)) runs.push(run);
    if (kind.solid) previous = kind;
  }
  return runs;
}

/** The pieces split into lines at each piece `at` says is a boundary (the boundary goes with the earlier line). */
function splitAt(pieces: Piece[], at: (piece: Piece) => boolean): Piece[][] {
  const lines: Piece[][] = [[]];
  for (const piece of pieces) {
    if (at(piece)) lines.push([]);
    (lines[lines.length - 1] as Piece[]).push(piece);
  }
  return lines;
}

/** What a line of a paragraph looks like. */
interface LineKind {
  /** It holds text. */
  solid: boolean;
  /** All of its text is bold or emphasised. */
  emphasized: boolean;
  /** It opens with a bold speaker label. */
  labeled: boolean;
  /** All of its text is links (a source or shop link under a bold line is no reply). */
  linked: boolean;
}

/** The kind of one line. */
function lineKind(line: Piece[]): LineKind {
  const solid = line.filter((piece) => piece.text.trim() !== "");
  const linked = solid.length > 0 && solid.every((piece) => piece.link || PUNCTUATION_ONLY.test(piece.text));
  return { solid: solid.length > 0, emphasized: isEmphasized(solid), labeled: speakerOf(solid) !== null, linked };
}

/** Whether a line starts a new turn after the previous one: its emphasis differs, or it opens with a label. */
function startsTurn(previous: LineKind, line: LineKind): boolean {
  return !line.linked && !previous.linked && (previous.emphasized !== line.emphasized || line.labeled);
}

/** Shortest answer text (characters) that makes a bold question at the start of a line its own turn. */
const INLINE_ANSWER_CHARS = 2;

/** A line that opens with a whole bold question ("<b>Why now?</b> Because…"): the question, then the answer. */
function splitBoldQuestion(line: Piece[], kind: LineKind): Piece[][] {
  if (!kind.solid || kind.emphasized || kind.labeled) return [line];
  const firstPlain = line.findIndex((piece) => piece.text.trim() !== "" && !piece.bold && !PUNCTUATION_ONLY.test(piece.text));
  if (firstPlain <= 0) return [line];
  const head = line.slice(0, firstPlain);
  const question = normalizeText(head.map((piece) => piece.text).join(""));
  const rest = normalizeText(line.slice(firstPlain).map((piece) => piece.text).join(""));
  if (!ENDS_WITH_QUESTION.test(question) || !/\s/u.test(question) || rest.length < INLINE_ANSWER_CHARS) return [line];
  return [head, line.slice(firstPlain)];
}

/** A piece of nothing but punctuation (the "?" left outside `<strong>Why?</strong>`). */
const PUNCTUATION_ONLY = new LazyRegExp(String.raw`^[\s\p{P}]+$`, "u");

/** The formatting hints of a run: heading, list item, emphasised, speaker. */
function hintsOf(walk: Walk, solid: Piece[]): BlockHints {
  const hints: BlockHints = {};
  if (walk.open.heading > 0) hints.heading = true;
  if (walk.open.list > 0) hints.listItem = true;
  if (isEmphasized(solid)) hints.emphasized = true;
  const speaker = speakerOf(solid);
  if (speaker !== null && !hints.emphasized) hints.speaker = speaker;
  return hints;
}

/** Whether all of some text pieces are bold or emphasised (punctuation left outside aside). */
function isEmphasized(solid: Piece[]): boolean {
  return solid.some((piece) => piece.bold || piece.em) && solid.every((piece) => piece.bold || piece.em || PUNCTUATION_ONLY.test(piece.text));
}

/** The name in a leading `<strong>Name:</strong>` (or `<b>Name</b>:`), when it looks like a name. */
function speakerOf(solid: Piece[]): string | null {
  const boldCount = solid.findIndex((piece) => !piece.bold);
  if (boldCount <= 0) return null;
  const label = normalizeText(solid.slice(0, boldCount).map((piece) => piece.text).join(" "));
  const rest = normalizeText(solid.slice(boldCount).map((piece) => piece.text).join(" "));
  const name = label.endsWith(":") ? label.slice(0, -1).trim() : rest.startsWith(":") ? label : null;
  return name !== null && looksLikeName(name) ? name : null;
}

/** A short run of words starting with a letter, no sentence punctuation, not a Q/A label. */
function looksLikeName(name: string): boolean {
  if (name.length === 0 || name.length > LIMITS.speakerMaxChars || QA_LABEL.test(name)) return false;
  return /^\p{L}/u.test(name) && !/[?!:;,؟？]/u.test(name) && name.split(" ").length <= 5;
}
