/**
 * Metadata from the page itself: title (site name stripped), publication
 * date as ISO 8601 with the source's offset, agency, language, and the
 * JSON-LD author as the interviewer. Read before any cleaning.
 */
import type { Element } from "domhandler";
import { monthTable } from "../lexicon/index.js";
import { NOT_LETTERS_OR_DIGITS } from "../patterns.js";
import type { Meta } from "../types.js";
import { classAndId, elementsNamed, parentElement, textOf, type Page } from "./dom.js";
import { readJsonLd, type LdArticle } from "./jsonld.js";
import { normalizeText } from "./text.js";

/** `<meta>` names (lowercase) that carry a publication date, best first. */
const DATE_META = [
  "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "date",
];

/**
 * Separators between a headline and a site name in `<title>`: [1] head, [2] separator, [3] tail.
 * They backtrack through the spaces around each separator; callers only run them on titles of
 * at most SPLIT_TITLE_MAX_CHARS (below), which bounds the work.
 */
/* eslint-disable regexp/no-super-linear-backtracking -- input capped at SPLIT_TITLE_MAX_CHARS */
const TITLE_SUFFIX = /^(.*\S)\s+([|\-–—·•»~]|::)\s+([^|–—·•»]+)$/u;
/** [1] head, [2] tail. */
const TITLE_PREFIX = /^([^|–—·•»]+?)\s+(?:[|\-–—·•»~]|::)\s+(.*\S)$/u;
/* eslint-enable regexp/no-super-linear-backtracking */

/**
 * Titles longer than this are not split into headline and site name: TITLE_SUFFIX
 * backtracks through every separator, quadratic in the length (a 1 MB og:title
 * took minutes), and a title that long carries no site name worth the work.
 */
const SPLIT_TITLE_MAX_CHARS = 1_000;

/** Separators strong enough to strip an unknown short suffix (a hyphen is not: headlines use it). */
const SITE_SEPARATORS = new Set(["|", "·", "•", "»", "::"]);

/** Everything the page says about itself. */
export function readMeta(page: Page): Partial<Meta> {
  const metas = metaTags(page);
  const ld = readJsonLd(page);
  const meta: Partial<Meta> = {};
  const title = pickTitle(page, metas, ld);
  const published = pickPublished(page, metas, ld);
  const agency = ld?.publisher ?? metas.get("og:site_name") ?? null;
  const language = pickLanguage(page, metas, ld);
  if (title) meta.title = title;
  if (published) meta.published = published;
  if (agency) meta.agency = normalizeText(agency);
  if (language) meta.language = language;
  const author = pickAuthor(page, metas, ld);
  if (author) meta.interviewer = { name: author, role: null };
  return meta;
}

/** The summary the page gives of itself: og:description, twitter:description or the description `<meta>`. */
export function pageDescription(page: Page): string | null {
  const metas = metaTags(page);
  const text = metas.get("og:description") ?? metas.get("twitter:description") ?? metas.get("description");
  return text ? normalizeText(text) : null;
}

/** Longest page address kept in `source.url`: longer is not an address a page states about itself. */
const MAX_URL_CHARS = 2048;

/** An absolute http(s) address without spaces or control characters. */
const ABSOLUTE_URL = /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/iu;

/** The page's own address: `<link rel="canonical">`, else og:url; only an absolute http(s) URL. */
export function readPageUrl(page: Page): string | null {
  const canonical = elementsNamed(page, "link")
    .filter((el) => (el.attribs["rel"] ?? "").toLowerCase().split(/\s+/u).includes("canonical"))
    .map((el) => el.attribs["href"]);
  const candidates = [...canonical, metaTags(page).get("og:url")];
  for (const candidate of candidates) {
    const url = candidate?.trim() ?? "";
    if (url.length <= MAX_URL_CHARS && ABSOLUTE_URL.test(url)) return url;
  }
  return null;
}

/** Every `<meta>` tag's content by its lowercase property/name/itemprop/http-equiv (first one wins). */
function metaTags(page: Page): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of elementsNamed(page, "meta")) {
    const a = el.attribs;
    const key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? a["http-equiv"] ?? "").toLowerCase().trim();
    const content = a["content"]?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** The headline: og:title, twitter:title, JSON-LD headline, `<title>`, then the first h1 — site name stripped. */
function pickTitle(page: Page, metas: Map<string, string>, ld: LdArticle | null): string | null {
  const sites = siteNames(metas, ld);
  const h1 = elementsNamed(page, "h1").map((el) => normalizeText(textOf(el, 400))).find((text) => text !== "") ?? null;
  const titleTag = elementsNamed(page, "title")[0];
  const candidates = [metas.get("og:title"), metas.get("twitter:title"), ld?.headline, metas.get("headline"), titleTag ? textOf(titleTag, 400) : null, h1];
  for (const candidate of candidates) {
    const clean = candidate ? normalizeText(candidate) : "";
    if (clean !== "") return h1 && isHeadlinePlusSite(clean, h1) ? h1 : stripSiteName(clean, sites);
  }
  return null;
}

/** Whether a title is the page's h1 with a site name added before or after it. */
function isHeadlinePlusSite(title: string, h1: string): boolean {
  if (title === h1 || h1.length < 10 || title.length > SPLIT_TITLE_MAX_CHARS) return false;
  const suffix = TITLE_SUFFIX.exec(title);
  const prefix = TITLE_PREFIX.exec(title);
  return suffix?.[1] === h1 || prefix?.[2] === h1;
}

/** Names the site goes by: og:site_name, publisher, application-name, and the host of its URL. */
function siteNames(metas: Map<string, string>, ld: LdArticle | null): string[] {
  const url = metas.get("og:url") ?? "";
  const host = /^https?:\/\/(?:www\.)?([^/.]+)/i.exec(url)?.[1];
  return [metas.get("og:site_name"), ld?.publisher, metas.get("application-name"), host]
    .filter((name): name is string => Boolean(name))
    .map(looseKey)
    .filter((key) => key.length >= 3);
}

/** A headline without the site name a `<title>` adds before or after it. */
export function stripSiteName(title: string, sites: string[]): string {
  let current = title;
  for (let round = 0; round < 3 && current.length <= SPLIT_TITLE_MAX_CHARS; round++) {
    const suffix = TITLE_SUFFIX.exec(current);
    const prefix = TITLE_PREFIX.exec(current);
    if (suffix?.[1] && suffix[3] && isSiteSuffix(suffix[3], suffix[2] ?? "", suffix[1], sites)) current = suffix[1];
    else if (prefix?.[1] && prefix[2] && isSite(prefix[1], sites)) current = prefix[2];
    else break;
  }
  return current;
}

/** A trailing part is the site when it names it, or is short behind a pipe-like separator. */
function isSiteSuffix(tail: string, separator: string, head: string, sites: string[]): boolean {
  if (isSite(tail, sites)) return true;
  const words = tail.trim().split(/\s+/).length;
  return SITE_SEPARATORS.has(separator) && words <= 4 && head.split(/\s+/).length > words;
}

/** Whether a part of a title is one of the site's names. */
function isSite(part: string, sites: string[]): boolean {
  const key = looseKey(part);
  if (key.length < 3) return false;
  return sites.some((site) => site === key || site.includes(key) || key.includes(site));
}

/** Lowercase letters and digits only, for loose name comparison. */
function looseKey(text: string): string {
  return NOT_LETTERS_OR_DIGITS.replace(text.toLowerCase(), "");
}

/** The publication date: JSON-LD, then date `<meta>` tags, then `<time datetime>`. */
function pickPublished(page: Page, metas: Map<string, string>, ld: LdArticle | null): string | null {
  const stated = [ld?.datePublished, ...DATE_META.map((key) => metas.get(key))];
  // The `<time>` elements are looked for only when no stated date reads.
  return firstIsoDate(stated) ?? firstIsoDate(timeDates(page));
}

/** The first of some date texts that reads as a date, in ISO 8601. */
function firstIsoDate(candidates: ReadonlyArray<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const iso = candidate ? toIsoDate(candidate) : null;
    if (iso) return iso;
  }
  return null;
}

/** `datetime` values of `<time>` elements, those inside an article or marked as the publication date first. */
function timeDates(page: Page): string[] {
  const times = page.elements.filter((el) => (el.name === "time" && el.attribs["datetime"] !== undefined) || marksPublished(el));
  const rank = (el: Element): number => (marksPublished(el) || el.attribs["pubdate"] !== undefined ? 0 : inArticle(el) ? 1 : 2);
  return times
    .map((el, index) => ({ el, index, rank: rank(el) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ el }) => el.attribs["datetime"] ?? el.attribs["content"] ?? "");
}

/** An element whose `itemprop` names the publication date. */
function marksPublished(el: Element): boolean {
  const itemprop = el.attribs["itemprop"];
  return itemprop !== undefined && /datePublished/i.test(itemprop);
}

/** Whether an element sits inside `<article>` or `<main>` (bounded climb). */
function inArticle(el: Element): boolean {
  let node = parentElement(el);
  for (let steps = 0; node && steps < 64; steps++, node = parentElement(node)) {
    if (node.name === "article" || node.name === "main") return true;
  }
  return false;
}

/** ISO 8601 or RFC 2822 date text as ISO 8601, keeping the stated offset; null when it is neither. */
export function toIsoDate(text: string): string | null {
  return isoForm(text.trim()) ?? rfc2822Form(text.trim());
}

/** `2025-11-23`, `2025-11-23T15:27`, `2025-11-23 15:27:54.000+0330`… in ISO 8601 extended form. */
function isoForm(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return date;
  return `${date}T${h}:${mi}${s === undefined ? "" : `:${s}${frac ?? ""}`}${offsetOf(zone)}`;
}

/** An offset as `Z` or `±hh:mm`; empty when none was stated. */
function offsetOf(zone: string | undefined): string {
  if (!zone) return "";
  if (zone.toUpperCase() === "Z") return "Z";
  const digits = zone.replace(":", "");
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || "00"}`;
}

/** Month names and abbreviations of the lexicons, for RFC 2822 dates. */
const MONTHS = monthTable();

/** `Sun, 23 Nov 2025 15:27:54 +0330` (or `GMT`) in ISO 8601. */
function rfc2822Form(text: string): string | null {
  const m = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/i.exec(text);
  const month = m?.[2] ? (MONTHS.get(m[2].toLowerCase()) ?? 0) : 0;
  if (!m || month === 0) return null;
  const date = `${m[3]}-${String(month).padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
  if (m[4] === undefined) return date;
  const zone = m[7] && /^(?:GMT|UTC|UT)$/i.test(m[7]) ? "+00:00" : offsetOf(m[7]);
  return `${date}T${m[4]}:${m[5]}${m[6] === undefined ? "" : `:${m[6]}`}${zone}`;
}

/** The byline: JSON-LD author, `<meta name="author">`, then `rel=author`, `itemprop=author` or a `.author` element. */
function pickAuthor(page: Page, metas: Map<string, string>, ld: LdArticle | null): string | null {
  const sites = siteNames(metas, ld);
  // The page's elements are searched only when the stated author is no person's name.
  const stated = firstPerson([ld?.author, metas.get("author")], sites);
  return stated ?? firstPerson(page.elements.filter(marksAuthor).map((el) => textOf(el, 120)), sites);
}

/** The first of some byline texts that is a person's name (its "By" dropped), not the site's. */
function firstPerson(candidates: ReadonlyArray<string | null | undefined>, sites: string[]): string | null {
  for (const candidate of candidates) {
    const name = candidate ? normalizeText(candidate).replace(/^by\s+/i, "") : "";
    if (looksLikePerson(name) && !isSite(name, sites)) return name;
  }
  return null;
}

/** An element that holds the author's name: `rel=author`, `itemprop=author`, or an `author`/`fn` class inside a byline. */
function marksAuthor(el: Element): boolean {
  // Asked of every element: most have none of these attributes, and are let go without a pattern run.
  const { rel, itemprop } = el.attribs;
  if ((rel !== undefined && AUTHOR_TOKEN.test(rel)) || (itemprop !== undefined && AUTHOR_TOKEN.test(itemprop))) return true;
  // Lowercasing gives "author" or "fn" only from their ASCII letters in any case: without them, no class names one.
  const { class: className, id } = el.attribs;
  if (!(className !== undefined && AUTHOR_WORD.test(className)) && !(id !== undefined && AUTHOR_WORD.test(id))) return false;
  return AUTHOR_CLASS.test(classAndId(el)) && BYLINE_BOX.test(classAndId(parentElement(el) ?? el));
}

/** `author` as one of the words of a `rel` or `itemprop`. */
const AUTHOR_TOKEN = /(?:^|\s)author(?:\s|$)/i;
/** An author's class or id (of {@link classAndId}); and the byline box around it. */
const AUTHOR_CLASS = /(?:^|\s)(?:author|fn)(?:\s|$)/;
/** The words of {@link AUTHOR_CLASS} anywhere in a raw class or id, in any case. */
const AUTHOR_WORD = /author|fn/i;
const BYLINE_BOX = /byline|author|vcard/;

/** A person's name: two to five words, starting with a letter, no URL or @handle. */
function looksLikePerson(name: string): boolean {
  const words = name.split(" ").length;
  return words >= 2 && words <= 5 && name.length <= 60 && /^\p{L}/u.test(name) && !/[@/:|]/.test(name);
}

/** The primary language tag: `<html lang>`, then content-language, og:locale, JSON-LD inLanguage. */
function pickLanguage(page: Page, metas: Map<string, string>, ld: LdArticle | null): string | null {
  const html = elementsNamed(page, "html")[0]?.attribs ?? {};
  const candidates = [html["lang"], html["xml:lang"], metas.get("content-language"), metas.get("og:locale"), ld?.inLanguage];
  for (const candidate of candidates) {
    const tag = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(candidate ?? "")?.[1];
    if (tag) return tag.toLowerCase();
  }
  return null;
}
