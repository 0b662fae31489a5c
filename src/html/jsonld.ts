/**
 * The article object of a page's JSON-LD (`NewsArticle`, `Article`,
 * `ReportageNewsArticle` and kin, also inside `@graph` arrays and nested
 * entities): headline, datePublished, author, publisher, language.
 */
import { elementsNamed, isText, type Page } from "./dom.js";

/** The fields of a JSON-LD article the reader uses. */
export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  /** The first author that is a person (not an organisation). */
  author: string | null;
  publisher: string | null;
  inLanguage: string | null;
}

/** schema.org types that describe an article. */
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Background|Review|Satirical|Scholarly|Tech|Ask|Report)?(?:Article|NewsArticle)$|^(?:Live)?BlogPosting$|^Report$/;

/** How many JSON values the search visits at most (a guard against huge or hostile blobs). */
const MAX_VISITS = 5000;

/** The first article object in the page's JSON-LD scripts, or null. */
export function readJsonLd(page: Page): LdArticle | null {
  const scripts = elementsNamed(page, "script").filter((el) => /^\s*application\/ld\+json\s*$/i.test(el.attribs["type"] ?? ""));
  for (const script of scripts) {
    const data = parseJson(script.children.map((child) => (isText(child) ? child.data : "")).join(""));
    const article = data === undefined ? null : findArticle(data);
    if (article) return fieldsOf(article);
  }
  return null;
}

/** Parse JSON, tolerating the HTML comment wrappers and trailing junk some CMSs leave; undefined when it is not JSON. */
function parseJson(text: string): unknown {
  const body = text.replace(/^\s*<!--/, "").replace(/-->\s*$/, "").trim();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Breadth-first search of a JSON value for an object whose `@type` is an article type. */
function findArticle(root: unknown): Record<string, unknown> | null {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < MAX_VISITS; i++) {
    const value = queue[i];
    // The queue never grows past what will be visited: spreading a 200,000-item array into push() overflowed the stack.
    const children = Array.isArray(value) ? (value as unknown[]) : isObject(value) ? Object.values(value) : [];
    if (isObject(value) && typesOf(value["@type"]).some((type) => ARTICLE_TYPES.test(type))) return value;
    for (const child of children) {
      if (queue.length >= MAX_VISITS) break;
      if (Array.isArray(value) || (typeof child === "object" && child !== null)) queue.push(child);
    }
  }
  return null;
}

/** Whether a JSON value is a plain object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The type names of an `@type` value, without `schema:` or URL prefixes. */
function typesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.filter((type): type is string => typeof type === "string").map((type) => type.replace(/^.*[/:#]/, ""));
}

/** The fields the reader uses, as plain strings. */
function fieldsOf(article: Record<string, unknown>): LdArticle {
  return {
    headline: stringOf(article["headline"]) ?? stringOf(article["name"]),
    datePublished: stringOf(article["datePublished"]) ?? stringOf(article["dateCreated"]),
    author: personOf(article["author"]) ?? personOf(article["creator"]),
    publisher: nameOf(article["publisher"]) ?? nameOf(article["sourceOrganization"]),
    inLanguage: stringOf(article["inLanguage"]) ?? nameOf(article["inLanguage"]),
  };
}

/** A non-empty trimmed string, or null. */
function stringOf(value: unknown): string | null {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === "string" && first.trim() !== "" ? first.replace(/\s+/g, " ").trim() : null;
}

/** The name of an entity given as a string, an object with `name`, or a list of those. */
function nameOf(value: unknown): string | null {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return isObject(first) ? stringOf(first["name"]) : stringOf(first);
}

/** The name of the first author that is not an organisation. */
function personOf(value: unknown): string | null {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  for (const entry of list) {
    if (isObject(entry) && typesOf(entry["@type"]).some((type) => /Organization|Organisation|NewsMediaOrganization/.test(type))) continue;
    const name = nameOf(entry);
    if (name) return name;
  }
  return null;
}
