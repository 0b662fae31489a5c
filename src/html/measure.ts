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
  for (const el of order) stats.set(el, ownStats(el));
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const own = stats.get(el) as Stats;
    if (el.name === "a") own.linkChars = own.chars;
    const parent = el.parent && isElement(el.parent) ? stats.get(el.parent) : undefined;
    if (parent && !SILENT.has(el.name)) addInto(parent, own);
  }
  return stats;
}

/** The text directly inside an element (not in child elements), and whether it is a link. */
function ownStats(el: Element): Stats {
  let chars = 0;
  if (!SILENT.has(el.name)) {
    for (const child of el.children) if (isText(child)) chars += collapsedLength(child.data);
  }
  return { chars, linkChars: 0, links: el.name === "a" && el.attribs["href"] !== undefined ? 1 : 0 };
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
