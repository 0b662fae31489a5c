/**
 * Text normalisation for HTML blocks: the same rules the text pipeline applies
 * to lines (NFC, invisible characters removed, whitespace collapsed, trimmed).
 */

/** Zero-width and formatting characters that carry nothing: ZWSP, word joiner, BOM, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E]/g;

/** Bidirectional marks and embeddings/isolates (LRM, RLM, ALM, LRE…RLO, LRI…PDI). */
const BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** A zero-width joiner that does not glue an emoji sequence together (ZWNJ, U+200C, is always kept). */
const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D/gu;

/** Any run of whitespace, including NBSP and the other Unicode spaces. */
const SPACES = /\s+/gu;

/** Normalise one block's text: NFC, invisibles and bidi marks removed, whitespace collapsed, trimmed. */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(BIDI, "")
    .replace(STRAY_ZWJ, "")
    .replace(SPACES, " ")
    .trim();
}

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
