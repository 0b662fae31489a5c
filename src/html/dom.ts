/**
 * The parsed page and small, iterative helpers over its tree. Nothing here
 * recurses, so a page with 10,000 nested elements cannot overflow the stack.
 */
import { createRequire } from "node:module";
import type { AnyNode, Document, Element, ParentNode, Text } from "domhandler";
import { capNesting } from "./nesting.js";
import { BLOCK_TAGS } from "./rules.js";
import { LazyRegExp } from "../lazy-regexp.js";

/**
 * A parsed page: its root, its elements in document order, and a map from
 * source offsets to line numbers. Lookups go through `elements` (one linear
 * walk) rather than CSS selectors, whose engine slows down quadratically on
 * deeply nested markup.
 */
export interface Page {
  root: Document;
  /** Every element in document order. */
  elements: Element[];
  /** `<body>`, or the root when the markup has none (a fragment, a truncated file). */
  body: ParentNode;
  /** Offsets at which each line of the source starts (index 0 is line 1). */
  lineStarts: number[];
}

/**
 * htmlparser2, loaded on the first HTML page: a run over text dumps never pays for it. The
 * CommonJS build is required so that `extract()` can stay synchronous. The reader needs its DOM
 * only (domhandler's nodes, with source offsets), not cheerio's selection API.
 */
let parseHtml: ((html: string) => Document) | undefined;

/** The parser, built once: htmlparser2 with the tokenizer below. */
function loadParser(): (html: string) => Document {
  if (parseHtml) return parseHtml;
  const { parseDocument, Tokenizer } = createRequire(import.meta.url)("htmlparser2") as typeof import("htmlparser2");
  const options = {
    xmlMode: false,
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: true,
    Tokenizer: searchingTokenizer(Tokenizer),
  };
  parseHtml = (html) => parseDocument(html, options);
  return parseHtml;
}

/**
 * htmlparser2's tokenizer, skipping through script, style and comment bodies by the engine's native
 * string search instead of its loop over their characters: scripts and styles are over half the
 * bytes of a news page. Same tokens, same offsets (test/html-parser.test.ts compares the trees).
 */
function searchingTokenizer(Tokenizer: typeof import("htmlparser2").Tokenizer): typeof import("htmlparser2").Tokenizer {
  class SearchingTokenizer extends Tokenizer {}
  // The method is private in the package's types, so it is replaced on the prototype.
  Object.defineProperty(SearchingTokenizer.prototype, "fastForwardTo", { value: fastForwardTo });
  return SearchingTokenizer;
}

/** The tokenizer's position in its input: the chunk it reads, its index in the input, and the chunk's offset. */
interface TokenizerPosition {
  buffer: string;
  index: number;
  offset: number;
}

/** The tokenizer's `fastForwardTo`: the index moves to the next `code` after it (true), else to the chunk's last character (false). */
function fastForwardTo(this: TokenizerPosition, code: number): boolean {
  const found = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset);
  this.index = (found === -1 ? this.buffer.length - 1 : found) + this.offset;
  return found !== -1;
}

/** Parse HTML with htmlparser2 (fast, forgiving, with source offsets); never fetches anything. */
export function parsePage(source: string): Page {
  // Absurdly deep markup is flattened first: the parser's cost grows with the depth (see nesting.ts).
  const html = capNesting(source);
  const root = loadParser()(html);
  return { root, elements: elementsUnder(root), body: findBody(root), lineStarts: lineStartsOf(html) };
}

/** The page's elements with a given tag name, in document order. */
export function elementsNamed(page: Page, name: string): Element[] {
  return page.elements.filter((el) => el.name === name);
}

/** Offsets where each line starts; CRLF, LF and a lone CR each end a line. */
function lineStartsOf(source: string): number[] {
  const starts = [0];
  // Without a CR every break is a LF, found by native search (a regex match per line costs more on long pages).
  if (!source.includes("\r")) {
    for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) starts.push(at + 1);
    return starts;
  }
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(source); m; m = breaks.exec(source)) starts.push(m.index + m[0].length);
  return starts;
}

/** The 1-based line number of a source offset (binary search). */
export function lineAt(page: Page, offset: number | null): number {
  const starts = page.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  const target = offset ?? 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The first `<body>` element, found breadth-first; the root when there is none. */
function findBody(root: Document): ParentNode {
  const queue: ParentNode[] = [root];
  for (let i = 0; i < queue.length && i < 64; i++) {
    const node = queue[i] as ParentNode;
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === "body") return child;
      if (child.name === "html") queue.push(child);
    }
  }
  return root;
}

/** Whether a node is an element (tag, script or style). */
export function isElement(node: AnyNode): node is Element {
  return "attribs" in node;
}

/** The DOM's nodeType of a text node. */
const TEXT_NODE = 3;

/** Whether a node is a text node. */
export function isText(node: AnyNode): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** The parent element of a node, or null at the root. */
export function parentElement(node: AnyNode): Element | null {
  const parent = node.parent;
  return parent && isElement(parent) ? parent : null;
}

/** Every element under `top` in document order, skipping subtrees `skip` says no to. */
export function elementsUnder(top: ParentNode, skip: (el: Element) => boolean = () => false): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...top.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) || skip(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

/**
 * The text under a node, collapsed, stopping once `max` characters are gathered. Block elements are kept
 * apart by a space; with `spaceAll`, every element is (for excerpts of menus and button rows).
 */
export function textOf(node: AnyNode, max = Infinity, spaceAll = false): string {
  let text = "";
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && text.length < max) {
    const current = stack.pop() as AnyNode;
    if (isText(current)) text += current.data;
    else if ("children" in current && !isRaw(current)) {
      if (isElement(current) && (spaceAll || BLOCK_TAGS.has(current.name))) text += " ";
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as AnyNode);
    }
  }
  return text.replace(SPACE_RUNS, " ").trim();
}

/** Runs of white space. `\s` reads the same characters without the `u` flag, and V8 scans two-byte text faster so. */
const SPACE_RUNS = /\s+/g;

/** Script and style bodies are code, not text. */
function isRaw(node: AnyNode): boolean {
  return isElement(node) && (node.name === "script" || node.name === "style");
}

/** The class and id of an element as one lowercase string, camelCase humps split by "-", for keyword rules. */
export function classAndId(el: Element): string {
  // Rules ask this of every element, and of parents again: the common cases skip the Unicode replace.
  const { class: className, id } = el.attribs;
  if (className === undefined && id === undefined) return " ";
  const names = `${className ?? ""} ${id ?? ""}`;
  // ASCII that lowercasing leaves alone has no capital, so no hump to split.
  if (names.toLowerCase() === names && !NON_ASCII.test(names)) return names;
  return CAMEL_HUMP.replace(names, "$1-$2").toLowerCase();
}

/** A lowercase letter followed by a capital: where `camelCase` class names are split. */
const CAMEL_HUMP = new LazyRegExp(String.raw`(\p{Ll})(\p{Lu})`, "gu");
/** A character beyond ASCII (without the `u` flag: any code unit above U+007F, the same test, faster on two-byte text). */
const NON_ASCII = /[^\u0000-\u007f]/;

/** A CSS-like path of an element (`body > div.sidebar > ul`), its top cut off past `maxDepth` steps. */
export function elementPath(el: Element, maxDepth = 8): string {
  const steps: string[] = [];
  let current: Element | null = el;
  while (current && steps.length < maxDepth) {
    steps.unshift(stepOf(current));
    if (current.name === "body" || current.name === "head") return steps.join(" > ");
    current = parentElement(current);
  }
  return (current ? "… > " : "") + steps.join(" > ");
}

/** One step of a path: tag, `#id` or up to two classes. */
function stepOf(el: Element): string {
  if (el.name === "body" || el.name === "html") return el.name;
  const [id] = firstWords(el.attribs["id"], 1);
  if (id) return `${el.name}#${id}`;
  return [el.name, ...firstWords(el.attribs["class"], 2)].join(".");
}

/** The first words of an attribute's value, at most `count` (a long list of classes is not split whole). */
function firstWords(value: string | undefined, count: number): string[] {
  const words: string[] = [];
  if (value === undefined) return words;
  const word = /\S+/g;
  for (let match = word.exec(value); match !== null && words.length < count; match = word.exec(value))
    words.push(match[0]);
  return words;
}
