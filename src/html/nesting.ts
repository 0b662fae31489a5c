/**
 * A guard against pathological nesting, applied before parsing. htmlparser2
 * keeps its stack of open elements with `Array#unshift`/`shift`/`indexOf`, so
 * every tag costs time in proportion to the depth: a 1 MB page of unclosed
 * `<b>` (350,000 levels) took over a minute to parse, and 50 MB would never
 * finish. The scan below adds up that cost; once it passes {@link COST_BUDGET}
 * (ten times what 10,000 nested elements cost, far beyond any real page), tags
 * that would take the parser deeper than {@link MAX_DEPTH} are blanked out,
 * and so are end tags that match nothing that deep (each would search the
 * whole stack). Text is kept, and so are the tags' line breaks, so line numbers do
 * not move. (An end tag meant for a blanked element may then close an outer
 * one of its name early: only absurd pages get here.)
 *
 * The scan models the parser's stack, as the parser will see the page, with
 * its rules (void elements, start tags that close an open `<p>`/`<li>`/`<td>`…,
 * end tags that close everything above their element, raw-text elements,
 * self-closing tags inside SVG/MathML), in one linear pass. A page that stays
 * within the budget is returned as it is.
 */
import { BLOCK_TAGS } from "./rules.js";

/** Parser work (stack entries moved or searched) allowed before deep tags are blanked: a tenth of a second. */
export const COST_BUDGET = 200_000_000;

/** Past the budget, the deepest nesting the parser is given: real pages nest a few dozen levels. */
export const MAX_DEPTH = 256;

/** Elements without content: never pushed (htmlparser2's list). */
const VOID = new Set(
  "area base basefont br col command embed frame hr image img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

/** SVG and MathML, where `<x/>` closes itself; and the elements inside them that hold HTML again. */
const FOREIGN = new Set(["svg", "math"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

/** Start tags that close the open element on top of the stack when it is one of these (htmlparser2's table). */
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const p = new Set(["p"]);
  const form = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
  const table: Array<[string, ReadonlySet<string>]> = [
    ["tr", new Set(["tr", "th", "td"])],
    ["th", new Set(["th"])],
    ["td", new Set(["thead", "th", "td"])],
    ["body", new Set(["head", "link", "script"])],
    ["li", new Set(["li"])],
    ["option", new Set(["option"])],
    ["optgroup", new Set(["optgroup", "option"])],
    ["dd", new Set(["dd", "dt"])],
    ["dt", new Set(["dd", "dt"])],
    ["rt", new Set(["rt", "rp"])],
    ["rp", new Set(["rt", "rp"])],
    ["tbody", new Set(["thead", "tbody"])],
    ["tfoot", new Set(["thead", "tbody"])],
  ];
  for (const name of "select input output button datalist textarea".split(" ")) table.push([name, form]);
  const closesP =
    "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul";
  for (const name of closesP.split(" ")) table.push([name, p]);
  return new Map(table);
})();

/** The parser's stack as the scan sees it. */
interface Model {
  stack: string[];
  /** How many of each name the stack holds (so an end tag finds its element without a search). */
  counts: Map<string, number>;
  /** SVG/MathML context, innermost last: true inside foreign content. */
  foreign: boolean[];
  /** The parser's work so far: for every push, pop and search, the depth of the stack. */
  cost: number;
  limits: NestingLimits;
}

/** The budget and the depth limit (tests use small ones). */
export interface NestingLimits {
  budget: number;
  depth: number;
}

/** The page with the tags past {@link MAX_DEPTH}, once over budget, blanked; the page itself when none is. */
export function capNesting(html: string, limits: NestingLimits = { budget: COST_BUDGET, depth: MAX_DEPTH }): string {
  if (!couldExceed(html, limits)) return html;
  const model: Model = { stack: [], counts: new Map(), foreign: [], cost: 0, limits };
  const cuts: Cut[] = [];
  let at = html.indexOf("<");
  while (at !== -1) {
    const tag = readTag(html, at);
    if (tag === null) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    const kept = tag.skip || (tag.closing ? closeTag(model, tag.name) : openTag(model, tag.name, tag.selfClosing));
    if (!kept) cuts.push({ start: at, end: tag.end, space: BLOCK_TAGS.has(tag.name) || tag.name === "br" });
    const resume = !tag.closing && RAW_TEXT.has(tag.name) ? rawTextEnd(html, tag.end, tag.name) : tag.end;
    at = html.indexOf("<", resume);
  }
  return cuts.length === 0 ? html : blank(html, cuts);
}

/** A blanked tag: where it is, and whether a space must keep the words around it apart (a block or a break). */
interface Cut {
  start: number;
  end: number;
  space: boolean;
}

/**
 * Whether the scan could blank anything; most pages are decided by counting `<` alone. Fewer tags than the
 * depth limit cannot nest past it. And T tags cost the parser at most 2·T² (each tag pushes once or searches
 * once, each push is popped at most once, and no step costs more than the depth, itself at most T): a page
 * of so few tags stays within the budget, and the tag-by-tag scan would change nothing.
 */
function couldExceed(html: string, limits: NestingLimits): boolean {
  let count = 0;
  for (let at = html.indexOf("<"); at !== -1; at = html.indexOf("<", at + 1)) {
    count++;
    if (count > limits.depth && 2 * count * count > limits.budget) return true;
  }
  return false;
}

/** One tag: its lowercase name, kind, and the offset after its `>`. `skip`: a comment, doctype or processing instruction. */
interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  skip: boolean;
  end: number;
}

/** Reads the tag at `at` (which holds `<`); null when the `<` starts no tag (it is text). */
function readTag(html: string, at: number): Tag | null {
  if (html.startsWith("<!--", at)) return skipped(html.indexOf("-->", at + 4), 3, html.length);
  const next = html[at + 1];
  if (next === "!" || next === "?") return skipped(html.indexOf(">", at), 1, html.length);
  const closing = next === "/";
  const nameStart = closing ? at + 2 : at + 1;
  if (!isAsciiLetter(html.charCodeAt(nameStart))) return null;
  let nameEnd = nameStart;
  while (nameEnd < html.length && !endsTagName(html.charCodeAt(nameEnd))) nameEnd += 1;
  const end = tagEnd(html, nameEnd);
  const selfClosing = html[end - 2] === "/" && html[end - 1] === ">";
  return { name: html.slice(nameStart, nameEnd).toLowerCase(), closing, selfClosing, skip: false, end };
}

/** A–Z or a–z: what a tag name starts with. */
function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** What ends a tag name: HTML whitespace, `/` or `>`. */
function endsTagName(code: number): boolean {
  return isHtmlSpace(code) || code === 0x2f || code === 0x3e;
}

/** Space, tab, line feed, form feed, carriage return. */
function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** A comment or declaration ending at `found` (or running to the end of the page). */
function skipped(found: number, length: number, total: number): Tag {
  return { name: "", closing: false, selfClosing: false, skip: true, end: found < 0 ? total : found + length };
}

/** The offset after a tag's `>`, stepping over quoted attribute values (`title="a>b"`). */
function tagEnd(html: string, from: number): number {
  let at = from;
  while (at < html.length) {
    const char = html[at];
    if (char === ">") return at + 1;
    at += 1;
    if (char !== "=") continue;
    while (at < html.length && isHtmlSpace(html.charCodeAt(at))) at += 1;
    const quote = html[at];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, at + 1);
      if (close < 0) return html.length;
      at = close + 1;
    }
  }
  return html.length;
}

/** The offset after the raw text of a `<script>`, `<style>`… element: at its end tag, or the end of the page. */
function rawTextEnd(html: string, from: number, name: string): number {
  const pattern = new RegExp(`</${name}`, "gi");
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

/** Whether the budget is spent and the stack is at the depth limit: where tags start to be blanked. */
function atLimit(model: Model, depth: number): boolean {
  return model.cost > model.limits.budget && depth >= model.limits.depth;
}

/**
 * A start tag: applies the elements it closes and pushes it, as the parser
 * will. Returns false, changing nothing, when it is to be blanked. Raw-text
 * elements are always kept: they close at their end tag, and their content
 * must not turn into markup.
 */
function openTag(model: Model, name: string, selfClosing: boolean): boolean {
  const { stack } = model;
  const implied = IMPLIES_CLOSE.get(name);
  let closes = 0;
  if (implied) while (closes < stack.length && implied.has(stack[stack.length - 1 - closes]!)) closes += 1;
  // `<x/>` closes itself in foreign content, as the element's own context says (`<svg/>` does, `<mi/>` does not).
  const foreign = FOREIGN.has(name) || (!INTEGRATION.has(name) && model.foreign.at(-1) === true);
  const pushes = !VOID.has(name) && !(selfClosing && foreign);
  if (pushes && atLimit(model, stack.length - closes) && !RAW_TEXT.has(name)) return false;
  for (let i = 0; i < closes; i += 1) pop(model);
  if (FOREIGN.has(name)) model.foreign.push(true);
  else if (INTEGRATION.has(name)) model.foreign.push(false);
  if (!pushes) return true;
  model.cost += stack.length;
  stack.push(name);
  model.counts.set(name, (model.counts.get(name) ?? 0) + 1);
  return true;
}

/**
 * An end tag: closes its element and everything above it. One that matches no
 * open element changes nothing but costs a search of the stack (`</p>` and
 * `</br>` also a push: the parser makes them an empty element); at the limit
 * it is blanked (returns false).
 */
function closeTag(model: Model, name: string): boolean {
  const matched = !VOID.has(name) && (model.counts.get(name) ?? 0) > 0;
  if (!matched && atLimit(model, model.stack.length)) return false;
  if (FOREIGN.has(name) || INTEGRATION.has(name)) model.foreign.pop();
  if (!matched) {
    model.cost += model.stack.length;
    return true;
  }
  for (let top = pop(model); top !== name; top = pop(model)) {
    // everything above the element closes with it
  }
  return true;
}

/** Pops the top element of the model's stack. */
function pop(model: Model): string | undefined {
  model.cost += model.stack.length;
  const name = model.stack.pop();
  if (name !== undefined) model.counts.set(name, (model.counts.get(name) ?? 1) - 1);
  return name;
}

/**
 * The page with each cut blanked: only its line breaks stay (so line numbers
 * hold), plus a space for a block element (so the words around it stay apart).
 */
function blank(html: string, cuts: readonly Cut[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(html.slice(from, cut.start));
    if (cut.space) parts.push(" ");
    for (let at = cut.start; at < cut.end; at += 1) {
      const code = html.charCodeAt(at);
      if (code === 0x0a || code === 0x0d) parts.push(html[at]!);
    }
    from = cut.end;
  }
  parts.push(html.slice(from));
  return parts.join("");
}
