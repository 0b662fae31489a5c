/**
 * The publication date a page shows but does not state in its markup: the
 * date line by the headline ("April 30, 2010 at 2:14PM", "4/15/10 at 4:30 PM").
 * Read from the elements the cleaner removed as a byline or date and from
 * date-only blocks, the one nearest the article's start winning: a list of
 * other stories has dates too, further away. A page that shows no date
 * before its article may show it as a line of its own right after it.
 */
import type { RuleId } from "../registry.js";
import type { Element } from "domhandler";
import type { LexiconSelection } from "../lexicon/index.js";
import { findDate, findShortUsDate } from "../meta/dates.js";
import { readMetaLine } from "../meta/header-lines.js";
import type { Block } from "../types.js";
import { classAndId, elementsNamed, textOf, type Page } from "./dom.js";
import type { Segment } from "./segment.js";

/** The cleaner's reason for bylines and date lines. */
const DATE_RULE: RuleId = "html/byline-or-date";

/** Longest text (characters) read as a date line. */
const DATE_LINE_CHARS = 150;

/** How far before the article's first block (in characters of source) a date line may sit. */
const MAX_DISTANCE_BEFORE = 20000;

/** How many blocks after the article's last one a date line standing after it may sit. */
const AFTER_WITHIN = 3;

/** Words besides its date (a weekday) of a date line standing after the article. */
const AFTER_EXTRA_WORDS = 1;

/** A date line's words besides the date: at most this many. */
const DATE_LINE_WORDS = 12;

/** A date in a page's address: "/2019/11/18/", "/2019-11-18-", as many news sites file their stories. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/.-]|$)/u;

/** The date a page's address files it under, as `YYYY-MM-DD`; null when it names none (or an impossible one). */
export function urlDate(url: string | null): string | null {
  const m = url === null ? null : URL_DATE.exec(url);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The nearest date line to the article's start, as `YYYY-MM-DD`; null when the page shows none near it. */
export function visibleDate(
  page: Page,
  segments: readonly Segment[],
  pruned: ReadonlyMap<Element, RuleId>,
  blocks: readonly Block[],
  lexicons: LexiconSelection,
): string | null {
  const kept = new Set(blocks);
  const inArticle = segments.filter((segment) => kept.has(segment.block));
  const start = offsetOf(page, inArticle[0]);
  const end = offsetOf(page, inArticle[inArticle.length - 1]);
  if (start === null || end === null) return null;
  const candidates: Array<{ at: number; text: string }> = [];
  for (const [el, rule] of pruned)
    if (rule === DATE_RULE) candidates.push({ at: el.startIndex ?? 0, text: textOf(el, DATE_LINE_CHARS + 1) });
  for (const segment of segments)
    if (segment.owner) candidates.push({ at: segment.owner.startIndex ?? 0, text: segment.block.text });
  // A <time> element shows a date whatever its class, and whether or not a rule removed it; one marked as an update does not date the page.
  for (const el of elementsNamed(page, "time"))
    if (!UPDATED_PART.test(classAndId(el)))
      candidates.push({ at: el.startIndex ?? 0, text: textOf(el, DATE_LINE_CHARS + 1) });
  let best: { distance: number; date: string } | null = null;
  for (const { at, text } of candidates) {
    if (at < start - MAX_DISTANCE_BEFORE || at > end || text.length > DATE_LINE_CHARS) continue;
    const date = dateOfLine(text, lexicons);
    const distance = Math.abs(at - start);
    if (date && (!best || distance < best.distance)) best = { distance, date };
  }
  return best?.date ?? dateAfter(segments, inArticle.at(-1), lexicons);
}

/**
 * A line that is only a date ("Sunday, December 3, 2000") or a magazine's issue line, among the few
 * blocks right after the article's last one: where some pages print the day of the story when they show none above it.
 */
function dateAfter(segments: readonly Segment[], last: Segment | undefined, lexicons: LexiconSelection): string | null {
  const from = last ? segments.indexOf(last) + 1 : 0;
  if (from === 0) return null;
  for (const segment of segments.slice(from, from + AFTER_WITHIN)) {
    const text = segment.block.text;
    const found = text.length <= DATE_LINE_CHARS ? findDate(text, lexicons) : null;
    if (!found?.date) continue;
    const rest = text.slice(0, found.index) + text.slice(found.index + found.length);
    if (rest.split(/[\s,]+/u).filter(Boolean).length <= AFTER_EXTRA_WORDS || isStrictDateLine(text, lexicons))
      return found.date;
  }
  return null;
}

/** A line the text pipeline reads as nothing but metadata: a date line, a magazine's issue line ("From the February 7, 2005 issue of …"). */
function isStrictDateLine(text: string, lexicons: LexiconSelection): boolean {
  return readMetaLine(text, lexicons)?.strict === true;
}

/** Where a segment starts in the source: its owner's start, else its first line's. */
function offsetOf(page: Page, segment: Segment | undefined): number | null {
  if (!segment) return null;
  return segment.owner?.startIndex ?? page.lineStarts[segment.block.firstLine - 1] ?? null;
}

/** Separators between the parts of a byline box: "By Jane Roe | PUBLISHED: … | UPDATED: …". */
const PART_SEPARATOR = /\s[|•·]\s/u;

/** A part of a byline box that gives the date of a change, not of publication. */
const UPDATED_PART = /updated|modified/iu;

/**
 * The date of a short line that is mostly a date (and a time, a byline); null for prose. A byline
 * box longer than a line is read part by part, its "updated" part left out.
 */
function dateOfLine(text: string, lexicons: LexiconSelection): string | null {
  if (text.split(/\s+/u).length <= DATE_LINE_WORDS) return dateOfPart(text, lexicons);
  const parts = text.split(PART_SEPARATOR);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const date =
      !UPDATED_PART.test(part) && part.split(/\s+/u).length <= DATE_LINE_WORDS ? dateOfPart(part, lexicons) : null;
    if (date) return date;
  }
  return null;
}

/** The date of one short part of a date line. */
function dateOfPart(text: string, lexicons: LexiconSelection): string | null {
  // A name before the date ("Jane Roe Jan 06, 2025") can hide it from a search that starts at the name.
  const words = text.split(/\s+/u);
  for (let from = 0; from < words.length; from++) {
    const rest = words.slice(from).join(" ");
    const date = findDate(rest, lexicons)?.date ?? findShortUsDate(rest)?.date;
    if (date) return date;
  }
  return null;
}
