/**
 * Text of HTML blocks: normalised by the text pipeline's one normalizer (NFC,
 * invisible characters removed, whitespace collapsed, trimmed), and excerpts.
 */
import { normalizeText } from "../normalize.js";

export { normalizeText };

/** Any run of whitespace, including NBSP and the other Unicode spaces. */
const SPACES = /\s+/gu;

/** The length a run of raw text will have once its whitespace is collapsed (a cheap estimate for scoring). */
export function collapsedLength(raw: string): number {
  return raw.replace(SPACES, " ").length;
}

/** A short excerpt of some text, cut at a word boundary and marked with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = normalizeText(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
