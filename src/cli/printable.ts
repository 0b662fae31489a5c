/**
 * Text from outside (a file name, a dump's line, a reason quoting either)
 * shown on a terminal: control characters — escape sequences that could move
 * the cursor, recolor, retitle the window or hide text — and bidirectional
 * overrides that could reorder a line are shown escaped (`\x1b`, `\u202e`),
 * never sent raw.
 */

/** C0 controls (tab and line feed included: a diagnostic is one line), DEL, C1 controls, bidi embeddings and isolates. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Width of a `\xNN` escape's hex digits. */
const BYTE_HEX_DIGITS = 2;

/** Width of a `\uNNNN` escape's hex digits. */
const UNIT_HEX_DIGITS = 4;

/** The text with every control character shown as an escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeCharacter);
}

/** `\x1b` for a character up to U+00FF, `\u202e` above. */
function escapeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(BYTE_HEX_DIGITS, "0")}`
    : `\\u${code.toString(16).padStart(UNIT_HEX_DIGITS, "0")}`;
}
