/**
 * From all segments of the cleaned page to the article's blocks: choose the
 * container, drop link-heavy boxes and link-only blocks inside it, and
 * account for everything left outside it in `removed`.
 */
import type { Element } from "domhandler";
import type { Block, RemovedLine } from "../types.js";
import { elementPath, elementsUnder, isElement, parentElement, type Page } from "./dom.js";
import { removedEntry } from "./clean.js";
import { LIMITS } from "./rules.js";
import { chooseContainer, classWeight, densityOf, scoreCandidates, totalsOf, type Totals } from "./score.js";
import type { Segment } from "./segment.js";
import { excerpt } from "./text.js";

/** The article's blocks, and what was dropped on the way. */
export interface Selection {
  blocks: Block[];
  removed: RemovedLine[];
}

/** Boxes inside the container that may be link lists or teasers. */
const BOX_TAGS = new Set(["div", "section", "ul", "ol", "dl", "table", "figure", "header", "footer", "span", "p"]);

/** Choose the article container and take its blocks. */
export function selectArticle(page: Page, segments: Segment[], pruned: ReadonlySet<Element>): Selection {
  const order = elementsUnder(page.root, (el) => pruned.has(el));
  const totals = totalsOf(segments, order);
  const roots = chooseContainer(scoreCandidates(segments, totals), totals);
  if (roots.length === 0 && isElement(page.body)) roots.push(page.body);
  const removed: RemovedLine[] = [];
  const inside = insideSet(page, roots, pruned, totals, removed);
  const blocks: Block[] = [];
  for (const segment of segments) {
    if (!isKept(segment, inside, roots.length === 0)) continue;
    if (isLinkOnly(segment)) removed.push(segmentEntry(segment, "link text"));
    else blocks.push(segment.block);
  }
  removed.push(...outsideEntries(page, segments, inside, roots));
  return { blocks, removed };
}

/** Elements inside the container, minus link-heavy boxes (recorded in `removed`). */
function insideSet(page: Page, roots: Element[], pruned: ReadonlySet<Element>, totals: Map<Element, Totals>, removed: RemovedLine[]): Set<Element> {
  const inside = new Set<Element>(roots);
  const dropped = new Set<Element>();
  for (const root of roots) {
    for (const el of elementsUnder(root, (child) => pruned.has(child))) {
      const parent = parentElement(el);
      if (parent && dropped.has(parent)) dropped.add(el);
      else if (isLinkBox(el, totals)) {
        dropped.add(el);
        removed.push(removedEntry(page, el, "link list inside the article"));
      } else inside.add(el);
    }
  }
  return inside;
}

/** A box whose text is mostly links (or somewhat, when its names say chrome). */
function isLinkBox(el: Element, totals: Map<Element, Totals>): boolean {
  const t = totals.get(el);
  if (!t || !BOX_TAGS.has(el.name) || t.chars === 0) return false;
  const density = densityOf(totals, el);
  return density > LIMITS.boxLinkDensity || (classWeight(el) < 0 && density > 0.2);
}

/** Whether a segment belongs to the article. */
function isKept(segment: Segment, inside: Set<Element>, whole: boolean): boolean {
  return segment.owner ? inside.has(segment.owner) : whole;
}

/** A block that is (nearly) all link text, except the headline. */
function isLinkOnly(segment: Segment): boolean {
  if (segment.owner?.name === "h1" || segment.chars === 0) return false;
  return segment.linkChars / segment.chars > LIMITS.blockLinkDensity;
}

/** The `removed` record of one segment. */
function segmentEntry(segment: Segment, reason: string): RemovedLine {
  const path = segment.owner ? `${elementPath(segment.owner)} ` : "";
  return { line: segment.block.firstLine, text: `${path}"${excerpt(segment.block.text, LIMITS.excerptChars)}"`, reason };
}

/** One `removed` record per outermost element outside the container that held text. */
function outsideEntries(page: Page, segments: Segment[], inside: Set<Element>, roots: Element[]): RemovedLine[] {
  const spine = new Set<Element>();
  for (const root of roots) for (let el = parentElement(root); el; el = parentElement(el)) spine.add(el);
  const seen = new Set<Element>();
  const entries: RemovedLine[] = [];
  for (const segment of segments) {
    if (segment.owner === null ? roots.length === 0 : inside.has(segment.owner) || isInsideDropped(segment.owner, roots)) continue;
    const top = outermostOutside(segment.owner, spine);
    if (top === null) entries.push(segmentEntry(segment, "outside the article"));
    else if (!seen.has(top)) {
      seen.add(top);
      entries.push(removedEntry(page, top, "outside the article"));
    }
  }
  return entries;
}

/** Whether an element lies under one of the container roots (then it was dropped as a link box, already recorded). */
function isInsideDropped(el: Element, roots: Element[]): boolean {
  for (let node: Element | null = el; node; node = parentElement(node)) if (roots.includes(node)) return true;
  return false;
}

/** The highest ancestor of `el` that is not on the container's spine; null when `el` itself is on it (or there is none). */
function outermostOutside(el: Element | null, spine: Set<Element>): Element | null {
  if (el === null || spine.has(el)) return null;
  let top = el;
  for (let parent = parentElement(top); parent && !spine.has(parent); parent = parentElement(top)) top = parent;
  return top;
}
