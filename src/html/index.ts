/**
 * The HTML reader: a saved article page to the block sequence the text
 * pipeline classifies, with every removed element accounted for and the
 * metadata the page states about itself. Never fetches anything.
 */
import { selectLexicons, type LexiconSelection } from "../lexicon/index.js";
import { documentLanguages } from "../meta/language.js";
import type { Block, Meta, RemovedLine } from "../types.js";
import { cleanChrome } from "./clean.js";
import { parsePage } from "./dom.js";
import { urlDate, visibleDate } from "./dates.js";
import { frameArticle } from "./deck.js";
import { headlineAboveArticle, headlineOnPage } from "./headline.js";
import { measure } from "./measure.js";
import { pageDescription, readMeta, readPageUrl } from "./meta.js";
import { segmentPage } from "./segment.js";
import { selectArticle } from "./select.js";

export { isHtml } from "./detect.js";

/** What the HTML reader hands to the pipeline. */
export interface HtmlReading {
  /** The article's blocks in document order: headline (when inside the article), paragraphs, headings, list items, quotes. */
  blocks: Block[];
  /** Every removed element (by its start line in the HTML source) and every text block left out, with the reason. */
  removed: RemovedLine[];
  /**
   * What the page states about itself, only the fields it states: `title` (site name stripped),
   * `published` (ISO 8601 with the source's offset), `agency` (JSON-LD publisher, else og:site_name),
   * `language` (primary tag), and `interviewer` = the byline author with `role: null` — a byline names
   * the interviewer of an interview, but of an ordinary article only its writer.
   */
  meta: Partial<Meta>;
  /** The page's own address (canonical link, else og:url), when it states an absolute http(s) one. */
  url: string | null;
  /** The lexicons of the languages of the article's text: the rest of the pipeline reads the page with them. */
  lexicons: LexiconSelection;
}

/**
 * Read an HTML page: parse, read its metadata, remove chrome, segment, choose the article,
 * detect its languages. The dates a page states in its markup (meta tags, JSON-LD) are read
 * first and need no words; a date it only shows ("14. März 2024") is read after the article's
 * languages are known, in their words.
 *
 * @example
 * const { blocks, removed, meta, url, lexicons } = readHtml(html);
 * // blocks[i].hints: { heading, listItem, emphasized, speaker } from the markup
 */
export function readHtml(html: string): HtmlReading {
  const page = parsePage(html);
  const meta = readMeta(page);
  const cleaning = cleanChrome(page, measure(page));
  const segments = segmentPage(page, cleaning.pruned);
  const article = selectArticle(page, segments, cleaning.pruned);
  const headline = meta.title
    ? (headlineOnPage(page, meta.title, segments) ?? headlineAboveArticle(meta.title, segments, article.blocks))
    : null;
  if (headline) meta.title = headline;
  const url = readPageUrl(page);
  const framing: RemovedLine[] = [];
  const blocks = frameArticle(article.blocks, segments, meta.title ?? null, pageDescription(page), framing);
  // Language first: the article's text, headline and deck with it, tells which words to read the page with.
  const lexicons = selectLexicons(documentLanguages(blocks.map((block) => block.text).join("\n\n")));
  // Last, the date the page's address files it under: a page that states and shows none is still dated by it.
  const shown = meta.published
    ? null
    : (visibleDate(page, segments, cleaning.pruned, article.blocks, lexicons) ?? urlDate(url));
  if (shown) meta.published = shown;
  const removed = [...cleaning.removed, ...article.removed, ...framing].sort((a, b) => a.line - b.line);
  return { blocks, removed, meta, url, lexicons };
}
