/**
 * Text statistics of every element, computed bottom-up in one iterative pass:
 * how much text it holds, how much of that is link text, how many links.
 */
import type { Element } from "domhandler";
import { isElement, isText, type Page } from "./dom.js";
import { collapsedLength } from "./text.js";

/** What an element holds. */
export interface Stats {
  /** Characters of text (whitespace collapsed), scripts and styles excluded. */
  chars: number;
  /** Characters of that text inside links. */
  linkChars: number;
  /** Number of `<a href>` links. */
  links: number;
}

/** Elements whose content is never counted as text. */
const SILENT = new Set(["script", "style", "noscript", "template", "svg", "head", "title"]);

/** Measure every element of the page. */
export function measure(page: Page): Map<Element, Stats> {
  const order = page.elements;
  const stats = new Map<Element, Stats>();
  // Children follow their parent in document order: walked backwards, an element's children have
  // all added their totals into it when it is reached, and it adds its own into its parent.
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const own = statsOf(stats, el);
    addOwnText(own, el);
    if (el.name === "a") own.linkChars = own.chars;
    if (el.parent && isElement(el.parent) && !SILENT.has(el.name)) addInto(statsOf(stats, el.parent), own);
  }
  return stats;
}

/** An element's entry, made empty when it has none yet. */
function statsOf(stats: Map<Element, Stats>, el: Element): Stats {
  let entry = stats.get(el);
  if (entry === undefined) {
    entry = { chars: 0, linkChars: 0, links: 0 };
    stats.set(el, entry);
  }
  return entry;
}

/** The text directly inside an element (not in child elements), and the link it is. */
function addOwnText(target: Stats, el: Element): void {
  if (!SILENT.has(el.name)) {
    for (const child of el.children) if (isText(child)) target.chars += collapsedLength(child.data);
  }
  if (el.name === "a" && el.attribs["href"] !== undefined) target.links += 1;
}

/** Add a child's totals into its parent's. */
function addInto(target: Stats, source: Stats): void {
  target.chars += source.chars;
  target.linkChars += source.linkChars;
  target.links += source.links;
}

/** Share of an element's text that is link text (0 when it has none). */
export function linkDensity(stats: Stats | undefined): number {
  return stats && stats.chars > 0 ? Math.min(1, stats.linkChars / stats.chars) : 0;
}
