/**
 * Chrome removal: decide, top-down, which elements of the page are chrome
 * (scripts, navigation, asides, comments, share bars, related lists,
 * banners, ads, link lists) and record each with its reason and line.
 * Nothing is detached from the tree: removed subtrees go into a set the
 * later stages skip.
 */
import type { Element, ParentNode } from "domhandler";
import { reasonOf, type RuleId } from "../registry.js";
import type { RemovedLine } from "../types.js";
import { classAndId, elementPath, elementsUnder, isElement, lineAt, parentElement, textOf, type Page } from "./dom.js";
import { linkDensity, type Stats } from "./measure.js";
import {
  ANY_CHROME_KEYWORD, ARTICLE_MARKERS, BLOCK_TAGS, CHROME_KEYWORDS, type KeywordRule, DROP_ROLES, DROP_TAGS, HIDDEN_STYLE, LIMITS, MAYBE_ARTICLE, OUTSIDE_ARTICLE_ONLY,
} from "./rules.js";
import { excerpt } from "./text.js";

/** The outcome of cleaning: elements to skip (with their reason), and the record of why. */
export interface Cleaning {
  pruned: Map<Element, RuleId>;
  removed: RemovedLine[];
}

/** What the rules may look at besides the element itself. */
interface Context {
  stats: Map<Element, Stats>;
  /** Ancestors of the page's main article marker (never removed by keyword or density). */
  spine: Set<Element>;
  /** Characters of text in the whole body. */
  total: number;
  /** Inline widgets found beforehand (see `findInlineWidgets`). */
  widgets: Set<Element>;
  /** The keyword rules each class-and-id string matches (see `matchingKeywords`). */
  keywords: Map<string, readonly KeywordRule[]>;
}

/** One chrome rule: the id of the rule that calls the element chrome, else null. */
type Rule = (el: Element, ctx: Context, inArticle: boolean) => RuleId | null;

/** Tags that keyword and density rules never remove. */
const PROTECTED = new Set(["html", "body", "article", "main"]);

/** Class names that hide content visually. */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|sr-only|visually-?hidden|screen-reader-text|d-none|is-hidden|off-?screen)(?:\s|$)/;

/** The chrome rules, in the order they are tried. */
const RULES: ReadonlyArray<Rule> = [
  (el) => (el.name === "head" ? "html/document-head" : null),
  (el) => DROP_TAGS.get(el.name) ?? null,
  (el, ctx) => (ctx.widgets.has(el) ? "html/inline-link-widget" : null),
  hiddenRule,
  roleRule,
  outsideArticleRule,
  formRule,
  keywordRule,
  linkListRule,
];

/** Walk the page top-down and prune every element a rule calls chrome. */
export function cleanChrome(page: Page, stats: Map<Element, Stats>): Cleaning {
  const widgets = findInlineWidgets(page, stats);
  const ctx: Context = { stats, spine: mainSpine(page, stats), total: stats.get(page.body as Element)?.chars ?? 0, widgets, keywords: new Map() };
  if (!isElement(page.body)) ctx.total = totalChars(page.root, stats);
  const cleaning: Cleaning = { pruned: new Map(), removed: [] };
  const stack: Array<{ el: Element; inArticle: boolean }> = childElements(page.root).map((el) => ({ el, inArticle: false }));
  stack.reverse();
  while (stack.length > 0) {
    const { el, inArticle } = stack.pop() as { el: Element; inArticle: boolean };
    const rule = firstRule(el, ctx, inArticle);
    if (rule) {
      prune(page, cleaning, el, rule);
      continue;
    }
    const nowInArticle = inArticle || ARTICLE_MARKERS.test(el.name);
    const children = childElements(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i] as Element, inArticle: nowInArticle });
  }
  return cleaning;
}

/** The id of the first rule that calls the element chrome. */
function firstRule(el: Element, ctx: Context, inArticle: boolean): RuleId | null {
  for (const rule of RULES) {
    const id = rule(el, ctx, inArticle);
    if (id) return id;
  }
  return null;
}

/** Mark an element removed and record it. */
export function prune(page: Page, cleaning: Cleaning, el: Element, rule: RuleId): void {
  cleaning.pruned.set(el, rule);
  cleaning.removed.push(removedEntry(page, el, rule));
}

/** The `removed` record of an element: its start line, its path and an excerpt of its text. */
export function removedEntry(page: Page, el: Element, rule: RuleId): RemovedLine {
  const raw = el.name === "head" ? "" : textOf(el, LIMITS.excerptChars * 4, true);
  const text = raw ? `${elementPath(el)} "${excerpt(raw, LIMITS.excerptChars)}"` : elementPath(el);
  return { line: lineAt(page, el.startIndex), text, reason: reasonOf(rule), rule };
}

/** The element children of a node. */
function childElements(node: ParentNode): Element[] {
  return node.children.filter(isElement);
}

/** Hidden by attribute, ARIA, inline style or a "visually hidden" class — unless it holds the page's text. */
function hiddenRule(el: Element, ctx: Context): RuleId | null {
  const { hidden: hiddenAttribute, "aria-hidden": ariaHidden, style, class: className } = el.attribs;
  // Asked of every element: the patterns run only on the attributes it has.
  const hidden = hiddenAttribute !== undefined || ariaHidden === "true" || (style !== undefined && HIDDEN_STYLE.test(style)) ||
    (className !== undefined && HIDDEN_CLASS.test(className.toLowerCase()));
  return hidden && !isMassive(el, ctx) ? "html/hidden" : null;
}

/** ARIA roles of chrome (banner and contentinfo only outside the article). */
function roleRule(el: Element, ctx: Context, inArticle: boolean): RuleId | null {
  const role = (el.attribs["role"] ?? "").toLowerCase().trim();
  const rule = DROP_ROLES.get(role);
  if (!rule || isGuarded(el, ctx)) return null;
  return OUTSIDE_ARTICLE_ONLY.has(role) && inArticle ? null : rule;
}

/** `header` and `footer` outside the article (a page header that holds the headline stays). */
function outsideArticleRule(el: Element, ctx: Context, inArticle: boolean): RuleId | null {
  if (!OUTSIDE_ARTICLE_ONLY.has(el.name) || inArticle || isGuarded(el, ctx)) return null;
  if (el.name === "header" && holdsHeadline(el)) return null;
  return el.name === "header" ? "html/page-header" : "html/page-footer";
}

/** Forms (search, login, comment forms) — unless the whole page is wrapped in one. */
function formRule(el: Element, ctx: Context): RuleId | null {
  return el.name === "form" && !isGuarded(el, ctx) ? "html/form" : null;
}

/** Class/id keyword hints (comments, share, related, banners, ads, sidebars, menus, captions, bylines). */
function keywordRule(el: Element, ctx: Context): RuleId | null {
  const names = classAndId(el);
  if (names.trim() === "" || isGuarded(el, ctx)) return null;
  for (const rule of matchingKeywords(names, ctx)) {
    if (!yields(rule, el, names, ctx)) return rule.rule;
  }
  return null;
}

/**
 * The keyword rules whose pattern matches a class-and-id string, in order: found once per distinct
 * string on a page (cards and list items repeat theirs), and by one pass when none matches.
 */
function matchingKeywords(names: string, ctx: Context): readonly KeywordRule[] {
  let rules = ctx.keywords.get(names);
  if (rules === undefined) {
    rules = ANY_CHROME_KEYWORD.test(names) ? CHROME_KEYWORDS.filter((rule) => rule.pattern.test(names)) : [];
    ctx.keywords.set(names, rules);
  }
  return rules;
}

/** Whether a matching keyword rule spares this element (see `KeywordRule.kind`). */
function yields(rule: KeywordRule, el: Element, names: string, ctx: Context): boolean {
  if (rule.unless?.test(names)) return true;
  if (rule.kind === "short") {
    const tooBig = (ctx.stats.get(el)?.chars ?? 0) > (rule.maxChars ?? 0);
    return tooBig || (rule.blockOnly === true && !BLOCK_TAGS.has(el.name)) || (rule.sparesSentences === true && (el.name === "h1" || isSentence(el)));
  }
  const maybeArticle = MAYBE_ARTICLE.test(names);
  return rule.kind === "strong" ? maybeArticle && isProse(el, ctx) : maybeArticle || isProse(el, ctx);
}

/** A whole sentence of some length: prose, however its element is named. */
function isSentence(el: Element): boolean {
  const text = textOf(el, 400);
  return /[.!?]["'”’)]*$/u.test(text) && text.split(" ").length >= LIMITS.sentenceWords;
}

/** Lists and tables that are mostly links: menus, tag clouds, headline lists. */
function linkListRule(el: Element, ctx: Context): RuleId | null {
  if (!LINK_LIST_TAGS.has(el.name) || ctx.spine.has(el)) return null;
  const stats = ctx.stats.get(el);
  if (!stats || stats.links < 3) return null;
  return linkDensity(stats) >= LIMITS.linkListDensity ? "html/link-list" : null;
}

/**
 * Inline widgets — hover cards and link pop-ups inside a paragraph: a `span` of at least three links and
 * almost nothing else. Found innermost first (reverse document order), each taken out of its ancestors'
 * stats, so the paragraph around it is judged without it.
 */
function findInlineWidgets(page: Page, stats: Map<Element, Stats>): Set<Element> {
  const widgets = new Set<Element>();
  for (let i = page.elements.length - 1; i >= 0; i--) {
    const el = page.elements[i] as Element;
    const own = stats.get(el);
    if (el.name !== "span" || !own || own.links < 3 || linkDensity(own) < LIMITS.linkListDensity) continue;
    widgets.add(el);
    const taken = { ...own };
    for (let up = parentElement(el); up; up = parentElement(up)) subtract(stats.get(up), taken);
  }
  return widgets;
}

/** Take a removed element's totals out of an ancestor's. */
function subtract(target: Stats | undefined, taken: Stats): void {
  if (!target) return;
  target.chars -= taken.chars;
  target.linkChars -= taken.linkChars;
  target.links -= taken.links;
}

/** Tags the link-list rule looks at. */
const LINK_LIST_TAGS = new Set(["ul", "ol", "dl", "table", "menu"]);

/** Keyword and position rules leave alone the article's ancestors, protected tags, and elements holding most of the text. */
function isGuarded(el: Element, ctx: Context): boolean {
  return PROTECTED.has(el.name) || ctx.spine.has(el) || isMassive(el, ctx);
}

/** Whether an element holds a good amount of text with few links (an article body, not a link box). */
function isProse(el: Element, ctx: Context): boolean {
  const stats = ctx.stats.get(el);
  return stats !== undefined && stats.chars >= LIMITS.proseChars && linkDensity(stats) < LIMITS.proseLinkDensity;
}

/** Whether an element holds at least half of the page's text. */
function isMassive(el: Element, ctx: Context): boolean {
  return ctx.total > 0 && (ctx.stats.get(el)?.chars ?? 0) >= ctx.total * LIMITS.massiveShare;
}

/** Whether a header holds a real headline (an h1 of several words, not a logo). */
function holdsHeadline(el: Element): boolean {
  return elementsUnder(el).some((child) => child.name === "h1" && textOf(child, 200).split(" ").length >= 4);
}

/** The ancestors of the biggest article marker (`article`, `main`, `itemprop=articleBody`), if it holds a fair share of the text. */
function mainSpine(page: Page, stats: Map<Element, Stats>): Set<Element> {
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of page.elements) {
    const chars = stats.get(el)?.chars ?? 0;
    if (isMarker(el) && chars > bestChars) [best, bestChars] = [el, chars];
  }
  const spine = new Set<Element>();
  for (let el = best; el; el = parentElement(el)) spine.add(el);
  return spine;
}

/** Whether an element declares itself the article. */
function isMarker(el: Element): boolean {
  const itemprop = el.attribs["itemprop"];
  return ARTICLE_MARKERS.test(el.name) || (itemprop !== undefined && /articleBody/i.test(itemprop));
}

/** Text characters of all top-level elements (for pages without a body). */
function totalChars(root: ParentNode, stats: Map<Element, Stats>): number {
  return childElements(root).reduce((sum, el) => sum + (stats.get(el)?.chars ?? 0), 0);
}
