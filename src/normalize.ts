import type { SourceLine } from "./types.js";

/**
 * Characters that carry no text: zero-width space, word joiner, BOM, soft hyphen,
 * and the bidi controls that RTL sites sprinkle in. ZWNJ/ZWJ (U+200C/U+200D)
 * are kept: they are part of Persian and Indic spelling.
 */
const INVISIBLE = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Every kind of horizontal space, tabs and NBSP included. */
const SPACE_RUN = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Line ends of every platform, including U+2028/U+2029. */
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** Normalizes one piece of text: NFC, invisibles removed, spaces collapsed, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(SPACE_RUN, " ").trim();
}

/** Splits decoded text into numbered, normalized lines (blank lines kept as ""). */
export function toLines(text: string): SourceLine[] {
  return text.split(LINE_BREAK).map((raw, index) => ({ number: index + 1, text: normalizeText(raw) }));
}

/** Counts words the way every rule in this tool does: runs of letters or digits. */
export function wordCount(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)) count++;
  return count;
}
