/**
 * Container choice, Readability-style but in one cheap pass over the
 * segments: each paragraph scores (1 + commas + length bonus) for its parent
 * and, decaying, a few more ancestors; a candidate's score is weighed by its
 * tag, its class/id hints and its link density; the best candidate is then
 * widened to an ancestor that gathers the other good ones, and joined by
 * siblings that score well or read as prose.
 */
import type { Element } from "domhandler";
import { classAndId, isElement, parentElement, textOf } from "./dom.js";
import { HEADING_TAGS, LIMITS, NEGATIVE_CLASS, POSITIVE_CLASS, SCORED_OWNERS, TAG_SCORE } from "./rules.js";
import type { Segment } from "./segment.js";

/** Text totals of an element, from the segments under it. */
export interface Totals {
  chars: number;
  linkChars: number;
  /** Segments of any length, and those long enough to count as paragraphs. */
  segments: number;
  paragraphs: number;
  commas: number;
  /** Characters of the segments the element holds directly (not in a child block). */
  ownChars: number;
}

/** Segment totals of every element that holds text, summed up the tree (`order`: the elements in document order). */
export function totalsOf(segments: Segment[], order: Element[]): Map<Element, Totals> {
  const totals = new Map<Element, Totals>();
  for (const segment of segments) {
    if (!segment.owner) continue;
    const t = totalsFor(totals, segment.owner);
    t.chars += segment.chars;
    t.linkChars += segment.linkChars;
    t.segments += 1;
    t.paragraphs += segment.chars >= LIMITS.minParagraph ? 1 : 0;
    t.commas += segment.commas;
    t.ownChars += segment.chars;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const own = totals.get(el);
    const parent = parentElement(el);
    if (!own || !parent) continue;
    const up = totalsFor(totals, parent);
    up.chars += own.chars;
    up.linkChars += own.linkChars;
    up.segments += own.segments;
    up.paragraphs += own.paragraphs;
    up.commas += own.commas;
  }
  return totals;
}

/** The totals entry of an element, created empty on first use. */
function totalsFor(totals: Map<Element, Totals>, el: Element): Totals {
  let t = totals.get(el);
  if (!t) totals.set(el, (t = { chars: 0, linkChars: 0, segments: 0, paragraphs: 0, commas: 0, ownChars: 0 }));
  return t;
}

/** Share of an element's text that is link text. */
export function densityOf(totals: Map<Element, Totals>, el: Element): number {
  const t = totals.get(el);
  return t && t.chars > 0 ? t.linkChars / t.chars : 0;
}

/** Score every candidate: paragraph scores spread over ancestors, then weighed. */
export function scoreCandidates(segments: Segment[], totals: Map<Element, Totals>): Map<Element, number> {
  const raw = new Map<Element, number>();
  for (const segment of segments) {
    if (!isScored(segment)) continue;
    let el = segment.owner ? parentElement(segment.owner) : null;
    // A paragraph inside a box of links (a teaser) carries less weight up the tree.
    const points = (1 + segment.commas + Math.min(3, Math.floor(segment.chars / 100))) * (el ? 1 - densityOf(totals, el) : 1);
    for (let level = 0; el && level < LIMITS.scoreLevels; level++, el = parentElement(el)) {
      const base = raw.get(el) ?? initialScore(el, totals.get(el));
      raw.set(el, base + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  const final = new Map<Element, number>();
  for (const [el, score] of raw) final.set(el, score * (1 - densityOf(totals, el)));
  return final;
}

/** Whether a segment counts as a paragraph for scoring. */
function isScored(segment: Segment): boolean {
  const owner = segment.owner;
  const hints = segment.block.hints;
  return owner !== null && SCORED_OWNERS.has(owner.name) && !hints.heading && !hints.listItem &&
    segment.chars >= LIMITS.minParagraph;
}

/** A candidate's starting score: its tag, plus or minus its class/id hints (a bonus only for a box of several paragraphs). */
function initialScore(el: Element, totals: Totals | undefined): number {
  const weight = classWeight(el);
  const earned = weight <= 0 || (totals?.paragraphs ?? 0) >= LIMITS.bonusParagraphs;
  return (TAG_SCORE.get(el.name) ?? 0) + (earned ? weight : 0);
}

/** +25 for article-like class/id words, -25 for chrome-like ones. */
export function classWeight(el: Element): number {
  const names = classAndId(el);
  let weight = 0;
  if (NEGATIVE_CLASS.test(names)) weight -= LIMITS.classWeight;
  if (POSITIVE_CLASS.test(names)) weight += LIMITS.classWeight;
  return weight;
}

/** The best candidate, widened and joined by its good siblings; empty when nothing scored. */
export function chooseContainer(scores: Map<Element, number>, totals: Map<Element, Totals>): Element[] {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best) return [];
  let top = gatherAlternatives(best[0], best[1], ranked.slice(1, 6));
  top = climbScores(top, scores, totals);
  top = climbOnlyChildren(top);
  return withSiblings(top, scores, totals);
}

/** When several near-best candidates share an ancestor with the best, that ancestor is the article. */
function gatherAlternatives(top: Element, topScore: number, others: Array<[Element, number]>): Element {
  const close = others.filter(([, score]) => score >= topScore * LIMITS.alternativeShare).map(([el]) => el);
  if (close.length < LIMITS.alternatives) return top;
  for (let el = parentElement(top); el && el.name !== "body"; el = parentElement(el)) {
    const inside = close.filter((other) => isInside(other, el)).length;
    if (inside >= LIMITS.alternatives) return el;
  }
  return top;
}

/** Climb to a parent that scores higher than the path below it (a split article) — unless what it adds is mostly links. */
function climbScores(top: Element, scores: Map<Element, number>, totals: Map<Element, Totals>): Element {
  let last = scores.get(top) ?? 0;
  const threshold = last / 3;
  const density = densityOf(totals, top);
  for (let el = parentElement(top); el && el.name !== "body"; el = parentElement(el)) {
    const score = scores.get(el);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > last) return densityOf(totals, el) <= density + LIMITS.climbDensity ? el : top;
    last = score;
  }
  return top;
}

/** Climb while the candidate is its parent's only element child. */
function climbOnlyChildren(top: Element): Element {
  let el = top;
  for (let parent = parentElement(el); parent && parent.name !== "body"; parent = parentElement(el)) {
    if (parent.children.filter(isElement).length !== 1) break;
    el = parent;
  }
  return el;
}

/** The candidate and the siblings that score well or read as prose, in document order. */
function withSiblings(top: Element, scores: Map<Element, number>, totals: Map<Element, Totals>): Element[] {
  const parent = parentElement(top);
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(LIMITS.siblingFloor, topScore * LIMITS.siblingShare);
  const topClass = top.attribs["class"] ?? "";
  return parent.children.filter((child): child is Element => {
    if (child === top) return true;
    if (!isElement(child) || !totals.has(child)) return false;
    const bonus = topClass !== "" && child.attribs["class"] === topClass ? topScore * LIMITS.siblingShare : 0;
    const scoresWell = (scores.get(child) ?? 0) + bonus >= threshold && densityOf(totals, child) <= LIMITS.boxLinkDensity;
    return scoresWell || readsAsProse(child, totals);
  });
}

/** A sibling paragraph of prose: a `p` long with few links or short with none, or a box of nothing but a long sentence-like text. */
function readsAsProse(el: Element, totals: Map<Element, Totals>): boolean {
  const t = totals.get(el);
  if (!t) return false;
  const density = densityOf(totals, el);
  const long = t.chars > LIMITS.proseSiblingChars;
  if (el.name === "p") return (long && density < LIMITS.proseLinkDensity) || (density === 0 && t.paragraphs > 0);
  if (HEADING_TAGS.has(el.name) || t.ownChars < t.chars || !long || density >= LIMITS.proseLinkDensity) return false;
  return textOf(el, 400).split(" ").length >= LIMITS.proseSiblingWords;
}

/** Whether `el` is `ancestor` or inside it. */
function isInside(el: Element, ancestor: Element): boolean {
  for (let node: Element | null = el; node; node = parentElement(node)) if (node === ancestor) return true;
  return false;
}
