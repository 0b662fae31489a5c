/**
 * From all segments of the cleaned page to the article's blocks: choose the
 * container, drop link-heavy boxes and link-only blocks inside it, and
 * account for everything left outside it in `removed`.
 */
import type { Element } from "domhandler";
import { alternation, phrases } from "../lexicon/index.js";
import { reasonOf, type RuleId } from "../registry.js";
import type { Block, RemovedLine } from "../types.js";
import { classAndId, elementPath, elementsUnder, isElement, parentElement, type Page } from "./dom.js";
import { removedEntry } from "./clean.js";
import { EMBEDDED_POST, LIMITS } from "./rules.js";
import { chooseContainer, classWeight, densityOf, scoreCandidates, totalsOf, type Totals } from "./score.js";
import type { Segment } from "./segment.js";
import { excerpt } from "./text.js";

/** The article's blocks, and what was dropped on the way. */
export interface Selection {
  blocks: Block[];
  removed: RemovedLine[];
}

/** Boxes inside the container that may be link lists or teasers. */
const BOX_TAGS = new Set(["div", "section", "ul", "ol", "dl", "table", "figure", "header", "footer"]);

/** Choose the article container and take its blocks. */
export function selectArticle(page: Page, segments: Segment[], pruned: ReadonlyMap<Element, RuleId>): Selection {
  const order = elementsUnder(page.root, (el) => pruned.has(el));
  const totals = totalsOf(segments, order);
  const roots = chooseContainer(scoreCandidates(segments, totals), totals);
  if (roots.length === 0 && isElement(page.body)) roots.push(page.body);
  const removed: RemovedLine[] = [];
  const dropped = new Map(pruned);
  const inside = insideSet(page, roots, dropped, totals, removed);
  const kept: Segment[] = [];
  for (const segment of segments) {
    if (roots.length > 0 && !(segment.owner && inside.has(segment.owner))) continue;
    const rule = blockRule(segment, dropped);
    if (rule) removed.push(segmentEntry(segment, rule));
    else kept.push(segment);
  }
  // A heading that ends the article heads nothing: the section it announced was removed.
  while (kept.length > 0 && kept[kept.length - 1]?.block.hints.heading) removed.push(segmentEntry(kept.pop() as Segment, "html/trailing-heading"));
  // One by one: spread into push(), 200,000 entries (a page of that many divs) overflowed the stack.
  for (const entry of outsideEntries(page, segments, roots)) removed.push(entry);
  return { blocks: kept.map((segment) => segment.block), removed };
}

/** The rule that drops a block inside the container, or null to keep it. */
function blockRule(segment: Segment, dropped: ReadonlyMap<Element, RuleId>): RuleId | null {
  if (AD_LABEL.test(segment.block.text)) return "html/advertisement-label";
  if (isLinkOnly(segment)) return "html/link-text";
  return isOrphanLabel(segment, dropped) ? "html/orphan-label" : null;
}

/** Elements inside the container, minus link-heavy boxes (added to `dropped` and recorded in `removed`). */
function insideSet(page: Page, roots: Element[], dropped: Map<Element, RuleId>, totals: Map<Element, Totals>, removed: RemovedLine[]): Set<Element> {
  const inside = new Set<Element>(roots);
  const formBoxes = boxesAroundForms(dropped);
  for (const root of roots) {
    for (const el of elementsUnder(root, (child) => dropped.has(child))) {
      const parent = parentElement(el);
      if (parent && !inside.has(parent)) continue;
      const rule = isLinkBox(el, totals) ? LINK_BOX : isSignUpBox(el, formBoxes, totals) ? SIGN_UP_BOX : null;
      if (rule) {
        dropped.set(el, rule);
        removed.push(removedEntry(page, el, rule));
      } else inside.add(el);
    }
  }
  return inside;
}

/** The rule of a subscription box around a sign-up form inside the container. */
const SIGN_UP_BOX: RuleId = "html/sign-up-box";

/** How many ancestors of a removed form are boxes around it. */
const FORM_BOX_LEVELS = 6;

/** Most characters of text a sign-up box holds: its pitch, not an article. */
const SIGN_UP_MAX_CHARS = 800;

/** Elements a few levels above each removed form. */
function boxesAroundForms(dropped: ReadonlyMap<Element, RuleId>): Set<Element> {
  const boxes = new Set<Element>();
  for (const [el, rule] of dropped) {
    if (rule !== "html/form") continue;
    let node = parentElement(el);
    for (let level = 0; node && level < FORM_BOX_LEVELS; level++, node = parentElement(node)) boxes.add(node);
  }
  return boxes;
}

/**
 * A box around a removed form with little text of its own: a subscription pitch ("Subscribe now
 * and get a year of the magazine…" above name and address fields), not the article.
 */
function isSignUpBox(el: Element, formBoxes: ReadonlySet<Element>, totals: Map<Element, Totals>): boolean {
  const t = totals.get(el);
  return BOX_TAGS.has(el.name) && formBoxes.has(el) && t !== undefined && t.chars > 0 && t.chars <= SIGN_UP_MAX_CHARS;
}

/** A block that says nothing but "advertisement", in the languages of the press (the lexicons' ad labels). */
const AD_LABEL = new RegExp(`^(?:${alternation(phrases("adLabels"))})[\\s.:·-]*$`, "iu");

/** A block that is nothing but a web address. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** The rule of link-heavy boxes inside the container. */
const LINK_BOX: RuleId = "html/link-box";

/** Rules that remove sections a heading or a short line may introduce ("Related stories:", "Comments"). */
const LABELLED: ReadonlySet<RuleId> = new Set<RuleId>([
  "html/comments",
  "html/share-bar",
  "html/related-links",
  "html/newsletter",
  "html/tags",
  "html/link-list",
  "html/navigation",
  LINK_BOX,
]);

/** A short line whose next sibling is a removed section it labels. */
function isOrphanLabel(segment: Segment, dropped: ReadonlyMap<Element, RuleId>): boolean {
  const owner = segment.owner;
  if (!owner || segment.chars > LIMITS.labelChars) return false;
  const next = nextElementSibling(owner);
  const rule = next === null ? undefined : dropped.get(next);
  return rule !== undefined && LABELLED.has(rule);
}

/** The next element sibling of an element, or null. */
function nextElementSibling(el: Element): Element | null {
  for (let node = el.next; node; node = node.next) if (isElement(node)) return node;
  return null;
}

/** A box whose text is mostly links (or somewhat, when its names say chrome). */
function isLinkBox(el: Element, totals: Map<Element, Totals>): boolean {
  const t = totals.get(el);
  if (!t || !BOX_TAGS.has(el.name) || t.chars === 0 || EMBEDDED_POST.test(classAndId(el))) return false;
  const density = densityOf(totals, el);
  if (density > LIMITS.boxLinkDensity) return true;
  // Readability's rule: a box of several blocks but little prose (few commas), not named like an article,
  // with a fifth of its text in links — a teaser. A wrapper of one paragraph with a few links is not one.
  const list = el.name === "ul" || el.name === "ol" || el.name === "dl";
  const teaserLike = t.segments >= 2 && t.commas < LIMITS.proseCommas && classWeight(el) < LIMITS.classWeight;
  return !list && teaserLike && density > LIMITS.teaserLinkDensity;
}

/** A block that is (nearly) all link text — except the headline and a bare URL (a cited source). */
function isLinkOnly(segment: Segment): boolean {
  if (segment.owner?.name === "h1" || segment.chars === 0 || BARE_URL.test(segment.block.text)) return false;
  return segment.linkChars / segment.chars > LIMITS.blockLinkDensity;
}

/** The `removed` record of one segment. */
function segmentEntry(segment: Segment, rule: RuleId): RemovedLine {
  const path = segment.owner ? `${elementPath(segment.owner)} ` : "";
  return { line: segment.block.firstLine, text: `${path}"${excerpt(segment.block.text, LIMITS.excerptChars)}"`, reason: reasonOf(rule), rule };
}

/** One `removed` record per outermost element outside the container that held text. */
function outsideEntries(page: Page, segments: Segment[], roots: Element[]): RemovedLine[] {
  if (roots.length === 0) return [];
  const under = new Set<Element>(roots.flatMap((root) => [root, ...elementsUnder(root)]));
  const spine = new Set<Element>();
  for (const root of roots) for (let el = parentElement(root); el; el = parentElement(el)) spine.add(el);
  const tops = new Map<Element, Element>();
  const listed = new Set<Element>();
  const entries: RemovedLine[] = [];
  for (const segment of segments) {
    if (segment.owner && under.has(segment.owner)) continue;
    const top = segment.owner && !spine.has(segment.owner) ? outermostOutside(segment.owner, spine, tops) : null;
    if (top === null) entries.push(segmentEntry(segment, "html/outside-article"));
    else if (!listed.has(top)) {
      listed.add(top);
      entries.push(removedEntry(page, top, "html/outside-article"));
    }
  }
  return entries;
}

/** The highest ancestor of `el` below the container's spine, memoised in `tops` for every element on the way. */
function outermostOutside(el: Element, spine: Set<Element>, tops: Map<Element, Element>): Element {
  const path: Element[] = [];
  let top = el;
  for (let node: Element | null = el; node && !spine.has(node); node = parentElement(node)) {
    const known = tops.get(node);
    if (known) {
      top = known;
      break;
    }
    path.push(node);
    top = node;
  }
  for (const node of path) tops.set(node, top);
  return top;
}
