/**
 * Is this input HTML? Decided by content, never by file name: a doctype or
 * an `<html>` element near the start, or markup dense enough in the first
 * few kilobytes. A text dump that mentions `<b>` once stays text.
 */
import { LIMITS } from "./rules.js";

/** A doctype (after an optional BOM, XML declaration and comments) at the very start. */
const DOCTYPE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i;

/** The document element opening, at the start or beside a head/body. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<html[\s>]/i;
const HTML_TAG = /<html[\s>]/i;
const HEAD_OR_BODY = /<(?:head|body)[\s>]/i;

/** Any start or end tag with its name. */
const TAG = /<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi;

/** Tag names that count as HTML markup. */
const KNOWN = new Set(
  ("a abbr article aside b blockquote body br div dl dt dd em figure footer form h1 h2 h3 h4 h5 h6 head header hr html " +
    "i img li link main meta nav ol p pre script section span strong style table tbody td th title tr u ul").split(" "),
);

/** Whether a text is an HTML document or fragment. */
export function isHtml(text: string): boolean {
  const sniff = text.slice(0, LIMITS.sniffChars);
  if (DOCTYPE_START.test(sniff) || HTML_START.test(sniff)) return true;
  if (HTML_TAG.test(sniff) && HEAD_OR_BODY.test(sniff)) return true;
  return isDenseMarkup(sniff);
}

/** Markup density: many known tags of several kinds covering a fair share of the text, or a fragment that opens with one. */
function isDenseMarkup(sniff: string): boolean {
  let count = 0;
  let markup = 0;
  let closing = 0;
  const names = new Set<string>();
  for (const m of sniff.matchAll(TAG)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!KNOWN.has(name)) continue;
    count += 1;
    markup += m[0].length;
    names.add(name);
    if (m[0].startsWith("</")) closing += 1;
  }
  const opensWithTag = /^\s*<([a-z][a-z0-9]*)[\s>]/i.exec(sniff)?.[1];
  if (opensWithTag && KNOWN.has(opensWithTag.toLowerCase()) && closing >= 1 && count >= 2) return true;
  return count >= 10 && names.size >= 3 && closing >= 3 && markup / Math.max(1, sniff.trim().length) >= 0.08;
}
