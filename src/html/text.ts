/**
 * Text of HTML blocks: normalised by the text pipeline's one normalizer (NFC,
 * invisible characters removed, whitespace collapsed, trimmed), and excerpts.
 */
import { isWhiteSpace } from "../classify/chrome.js";
import { normalizeText } from "../normalize.js";

export { normalizeText };

/**
 * The length a run of raw text will have once each run of its whitespace (`\s`: NBSP and the other
 * Unicode spaces too) is collapsed to one space, a cheap estimate for scoring. Counted, not built:
 * a replace would copy every text node of the page.
 */
export function collapsedLength(raw: string): number {
  let length = raw.length;
  let afterSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const space = isWhiteSpace(raw.charCodeAt(i));
    if (space && afterSpace) length--;
    afterSpace = space;
  }
  return length;
}

/** A short excerpt of some text, cut at a word boundary and marked with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = normalizeText(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
