/**
 * Decode stage: raw bytes → text.
 *
 * Pure: no `fs`, no `process`. Decides the character encoding (byte order
 * mark, UTF-16 NUL pattern, UTF-8 validity, HTML `<meta charset>`, then a
 * scored guess among legacy single-byte encodings), rejects input that is not
 * text, and reports what it decided. Line ends are left alone: the normalize
 * stage owns them.
 */

import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import type * as Chardet from "chardet";
import type Iconv from "iconv-lite";
import type { Warning } from "./types.js";
import { LazyRegExp } from "./lazy-regexp.js";

/** Loads the CommonJS encoding libraries synchronously, on first use. */
const requireLazily = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
let chardetModule: typeof Chardet | undefined;

/** iconv-lite, loaded on first use: valid UTF-8, the common case, never needs it, and loading it is a good part of a one-file run's start-up. */
function iconv(): typeof Iconv {
  return (iconvModule ??= requireLazily("iconv-lite") as typeof Iconv);
}

/** chardet, loaded on first use (only legacy-encoding guesses need it). */
function chardet(): typeof Chardet {
  return (chardetModule ??= requireLazily("chardet") as typeof Chardet);
}

/** Options for {@link decode}. */
export interface DecodeOptions {
  /**
   * Decode with this encoding instead of detecting one (any name iconv-lite
   * knows: `"windows-1251"`, `"cp1256"`, `"latin1"`, `"utf-16be"`, …).
   */
  encoding?: string;
  /**
   * Refuse inputs larger than this many bytes.
   * @default 52428800 (50 MiB)
   */
  maxBytes?: number;
}

/** The text {@link decode} produced and how it got there. */
export interface DecodedText {
  /** The decoded text, byte order mark removed, line ends untouched. */
  text: string;
  /** Lowercase canonical encoding name: `"utf-8"`, `"utf-16le"`, `"windows-1251"`, `"koi8-r"`, … */
  encoding: string;
  /** Size of the input in bytes (UTF-8 byte length for a string input). */
  bytes: number;
  /** E.g. `invalid-utf8` when corrupt UTF-8 sequences were replaced. */
  warnings: Warning[];
}

/**
 * The input is not something we can treat as text. `reason` is a short
 * human phrase the CLI prints after the file name.
 *
 * @example
 * import { extract, InputError } from "extract-interview";
 *
 * try {
 *   extract(new Uint8Array([0, 1, 2, 0]));
 * } catch (error) {
 *   if (error instanceof InputError) console.error(`skipped: ${error.reason}`); // "skipped: binary data"
 *   else throw error;
 * }
 */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(public readonly reason: string) {
    super(reason);
  }
}

const MIB = 1024 * 1024;

/** Default size limit: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * MIB;

/** How far into an HTML page to look for `<meta charset>` (browsers use 1024; long heads need more). */
const META_SCAN_BYTES = 4096;
/** Bytes handed to chardet and to the candidate scoring: plenty of evidence, bounded cost. */
const SAMPLE_BYTES = 32 * 1024;
/** The sample starts this far before the first non-ASCII byte, so a long ASCII head does not starve it. */
const SAMPLE_LEAD_IN = 512;
/** UTF-16 without BOM: at least this share of code units must have a NUL high byte… */
const UTF16_MIN_NUL_SHARE = 0.05;
/** …and at most this share a NUL low byte (binary data has NULs on both sides)… */
const UTF16_MAX_OTHER_NUL_SHARE = 0.01;
/**
 * …or, in text with few ASCII characters (Chinese, Japanese), at most this
 * part of the high-byte share, with no NUL code unit at all: ideographs such as
 * 一 (U+4E00) and the ideographic space (U+3000) have a NUL low byte, while
 * binary data has whole NUL code units.
 */
const UTF16_MAX_OTHER_NUL_RATIO = 1 / 3;
/** Above this share of control characters the text is binary data; below, they are residue, removed with a warning. */
const BINARY_MAX_CONTROL_SHARE = 0.05;
/**
 * Above this share of NUL bytes the input is binary data. Below, they are
 * teletype residue (a wire story with a few NULs and a SUB among 11 KB of
 * text), dropped before decoding and counted in the warning.
 */
const BINARY_MAX_NUL_SHARE = 0.01;
/** Invalid UTF-8 is corrupted UTF-8, not a legacy encoding, when valid multi-byte sequences are at least this share. */
const MOSTLY_UTF8_MIN_SHARE = 0.8;
/**
 * While deciding, the UTF-8 scan stops after this many invalid sequences if
 * valid ones are under half the needed share: legacy text shows itself in its
 * first kilobytes, and scanning 50 MB of it to the end costs a fifth of a second.
 */
const UTF8_SCAN_GIVE_UP_INVALID = 1000;
/** The control-character check reads this many characters: binary data shows itself from the start. */
const CONTROL_CHECK_CHARS = 1024 * 1024;
/** How many of chardet's best matches compete in the scoring. */
const CHARDET_CANDIDATES = 4;
/** The encodings this tool's sources use: always scored, because chardet misses them on short texts. */
const FALLBACK_CANDIDATES = ["windows-1252", "windows-1251", "koi8-r", "windows-1256"] as const;
/**
 * Head start of the {@link FALLBACK_CANDIDATES}. Decides only when the
 * evidence is thin ("Да." is two letters in windows-1251 and one ideograph in
 * Big5); a paragraph outweighs it.
 */
const PREFERRED_BONUS = 2;
/** Score of a character that only a wrong decoding produces (C1 control, U+FFFD, private use). */
const BAD_CHAR_PENALTY = 3;
/** Score of a rare symbol (box drawing, math, `¤`), typical of mojibake. */
const SYMBOL_PENALTY = 1;
/** Score of an uppercase letter inside a word: rare in real text, the rule in KOI8-R/windows-1251 mix-ups. */
const INNER_UPPERCASE_PENALTY = 1;
/** Score of a letter among another script's letters (`cafй`) or in a run of accented Latin ones (`Ïðèâåò`). */
const MIXED_LETTER_PENALTY = 1;

/** Byte order marks, longest first (the UTF-32LE mark starts with the UTF-16LE one). */
const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32le" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32be" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Magic numbers of formats people drop into a folder of dumps by mistake. */
const BINARY_SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; name: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: "PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "JPEG image" },
  { bytes: asciiBytes("GIF87a"), name: "GIF image" },
  { bytes: asciiBytes("GIF89a"), name: "GIF image" },
  { bytes: asciiBytes("%PDF-"), name: "PDF document" },
  { bytes: asciiBytes("PK\x03\x04"), name: "ZIP archive" },
  { bytes: asciiBytes("PK\x05\x06"), name: "ZIP archive" },
  { bytes: [0x1f, 0x8b], name: "gzip archive" },
];

/**
 * `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
 * `[^>]*?` cannot cross a `>`, so each attempt is bounded by one tag: linear.
 */
const META_CHARSET = /<meta\s[^>]*?\bcharset\s*=[\s"']*([\w.:+-]+)/i;
/** Any character that is not whitespace or an invisible format character. */
const VISIBLE_CHARACTER = /[^\s\u200b-\u200d\u2060\u00ad]/;

const LETTER = new LazyRegExp(String.raw`\p{L}`, "u");
const UPPERCASE = new LazyRegExp(String.raw`\p{Lu}`, "u");
const LOWERCASE = new LazyRegExp(String.raw`\p{Ll}`, "u");
/** Punctuation, spaces, digits, combining marks and format characters (ZWNJ, RLM) are neutral evidence. */
const NEUTRAL = new LazyRegExp(String.raw`[\p{P}\p{Zs}\p{Nd}\p{M}\p{Cf}]`, "u");
/** Symbols real text uses; other symbols (box drawing, `¤`, `±`) count against a decoding. */
const COMMON_SYMBOLS = new Set("€©®™°№§¢£¥");
/**
 * Characters only a wrong decoding makes: C1 controls, private use, unassigned,
 * U+FFFD, and half-width katakana (single bytes in Shift_JIS, so a Cyrillic
 * file read as Shift_JIS turns into them; modern text hardly uses them).
 */
const BAD = new LazyRegExp(String.raw`[\p{Cc}\p{Co}\p{Cn}\ufffd\uff61-\uff9f]`, "u");
/** Scripts told apart by the scoring; CJK ideographs weigh 2 because they take two bytes. */
const SCRIPTS: ReadonlyArray<{ name: string; pattern: LazyRegExp; weight: number }> = [
  { name: "latin", pattern: new LazyRegExp(String.raw`\p{Script=Latin}`, "u"), weight: 1 },
  { name: "cyrillic", pattern: new LazyRegExp(String.raw`\p{Script=Cyrillic}`, "u"), weight: 1 },
  { name: "arabic", pattern: new LazyRegExp(String.raw`\p{Script=Arabic}`, "u"), weight: 1 },
  { name: "greek", pattern: new LazyRegExp(String.raw`\p{Script=Greek}`, "u"), weight: 1 },
  { name: "hebrew", pattern: new LazyRegExp(String.raw`\p{Script=Hebrew}`, "u"), weight: 1 },
  { name: "cjk", pattern: new LazyRegExp(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`, "u"), weight: 2 },
];

/** Aliases that do not follow the windows-/iso-8859-/koi8- patterns, keyed without punctuation. */
const ENCODING_ALIASES: ReadonlyMap<string, string> = new Map([
  ["utf8", "utf-8"],
  ["unicode11utf8", "utf-8"],
  ["utf16le", "utf-16le"],
  ["ucs2", "utf-16le"],
  ["utf16be", "utf-16be"],
  ["utf16", "utf-16"],
  ["utf32le", "utf-32le"],
  ["utf32be", "utf-32be"],
  ["utf32", "utf-32"],
  ["latin1", "iso-8859-1"],
  ["l1", "iso-8859-1"],
  ["ascii", "us-ascii"],
  ["usascii", "us-ascii"],
  ["shiftjis", "shift_jis"],
  ["sjis", "shift_jis"],
  ["eucjp", "euc-jp"],
  ["euckr", "euc-kr"],
]);
/** Label shapes with a number: `cp1251`, `win1256`, `iso88595`, `koi8r` (matched after punctuation is removed). */
const WINDOWS_LABEL = /^(?:windows|win|cp)(12[5-9]\d)$/;
const ISO_8859_LABEL = /^iso8859(\d{1,2})$/;
const KOI8_LABEL = /^koi8([a-z]{1,2})$/;
const LABEL_PUNCTUATION = /[^0-9a-z]/g;

/** Both created once: decoders are stateless between non-streaming calls. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
const LENIENT_UTF8 = new TextDecoder("utf-8");

/**
 * Turn raw bytes (or an already decoded string) into text.
 *
 * @throws {InputError} empty, too large, binary, whitespace-only, or an unknown `encoding` option.
 * @example
 * decode(bytes).text
 * decode(bytes, { encoding: "windows-1256" })
 */
export function decode(input: string | Uint8Array, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new TypeError(`maxBytes must be a positive number, got ${String(maxBytes)}`);
  if (typeof input === "string") return decodeString(input, maxBytes);

  checkSize(input.length, maxBytes);
  const signature = binarySignature(input);
  if (signature !== null) throw new InputError(`binary data (${signature})`);
  const result =
    options.encoding === undefined ? detectAndDecode(input) : decodeForced(input, options.encoding);
  return finish(result.text, result.encoding, input.length, result.warnings, result.removedNuls ?? 0);
}

/** A string is already text: measure it, drop a BOM, check it is text (size, blank, control characters). */
function decodeString(input: string, maxBytes: number): DecodedText {
  // Native, without encoding the text; a lone surrogate counts as U+FFFD (3 bytes), as it would encode.
  const bytes = Buffer.byteLength(input, "utf8");
  checkSize(bytes, maxBytes);
  return finish(input, "utf-8", bytes, []);
}

/** Text, the encoding it was decoded from, and warnings: the result before the final checks. */
interface Decoding {
  text: string;
  encoding: string;
  warnings: Warning[];
  /** NUL bytes dropped before decoding. */
  removedNuls?: number;
}

/**
 * Final checks common to every path: strip the BOM, refuse control-character
 * soup and blank text; a few stray control characters are removed, with a
 * `control-characters` warning counting them (and the NULs dropped before).
 */
function finish(text: string, encoding: string, bytes: number, warnings: Warning[], removedNuls = 0): DecodedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) throw new InputError("empty file"); // nothing but a byte order mark
  // Most texts hold no control character at all: one native scan settles both checks for them.
  const hasControls = ANY_STRAY_CONTROL.test(body);
  if (hasControls && controlShare(body) > BINARY_MAX_CONTROL_SHARE) throw new InputError("binary data (control characters)");
  const clean = hasControls ? body.replace(STRAY_CONTROL, "") : body;
  if (!VISIBLE_CHARACTER.test(clean)) throw new InputError("no text (whitespace only)");
  const removed = removedNuls + body.length - clean.length;
  if (removed === 0) return { text: clean, encoding, bytes, warnings };
  const warning: Warning = { code: "control-characters", rule: "decode/control-characters", message: `${removed} stray control ${removed === 1 ? "character" : "characters"} (NUL, SUB…) removed` };
  return { text: clean, encoding, bytes, warnings: [...warnings, warning] };
}

/** Throw when the input is empty or over the limit. */
function checkSize(bytes: number, maxBytes: number): void {
  if (bytes === 0) throw new InputError("empty file");
  if (bytes > maxBytes) throw new InputError(`larger than ${formatSize(maxBytes)} limit (--max-bytes)`);
}

/** Whether an encoding name is one `decode` knows (`utf-8`, `windows-1256`, `koi8-r`…). */
export function isKnownEncoding(name: string): boolean {
  return iconv().encodingExists(name);
}

/** Decode with the encoding the caller named, refusing names iconv-lite does not know. */
function decodeForced(bytes: Uint8Array, name: string): Decoding {
  if (!isKnownEncoding(name)) throw new InputError(`unknown encoding '${name}'`);
  return decodeAs(bytes, canonicalEncoding(name));
}

/**
 * Detection, in order of the strength of the evidence: BOM, UTF-16 NUL
 * pattern, NUL bytes (binary), valid UTF-8, mostly-valid UTF-8, HTML
 * `<meta charset>`, then a scored guess among legacy encodings.
 */
function detectAndDecode(bytes: Uint8Array): Decoding {
  const marked = byteOrderMark(bytes) ?? utf16ByNulPattern(bytes);
  if (marked !== null) return decodeAs(bytes, marked);
  const nuls = countNuls(bytes);
  if (nuls > bytes.length * BINARY_MAX_NUL_SHARE) throw new InputError("binary data (NUL bytes)");
  if (nuls > 0) return { ...detectAndDecode(bytes.filter((byte) => byte !== 0)), removedNuls: nuls };

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", warnings: [] };

  // (Pure ASCII lands above too, whatever its `<meta charset>` says: every
  // ASCII-compatible encoding decodes it to the same text.)
  // Valid multi-byte UTF-8 is strong evidence: windows-125x text almost never
  // forms it by accident. It outranks a `<meta charset>` because a page a
  // browser saved is re-encoded to UTF-8 but keeps its old meta; when the
  // bytes are legacy, the share is far below the threshold and the meta wins.
  const scan = scanUtf8(bytes, true);
  if (isMostlyUtf8(scan)) return lenientUtf8(bytes, scan);

  const declared = htmlDeclaredEncoding(bytes);
  if (declared !== null && declared !== "utf-8") return decodeAs(bytes, declared);

  const guessed = guessLegacyEncoding(bytes);
  const result = decodeAs(bytes, guessed);
  if (declared === "utf-8") {
    result.warnings.push({
      code: "encoding-mismatch",
      rule: "decode/encoding-mismatch",
      message: `declared utf-8 but the bytes are not; decoded as ${guessed}`,
    });
  }
  return result;
}

/** Decode with a known encoding; UTF-8 leniently (replacement plus warning) when it is invalid. */
function decodeAs(bytes: Uint8Array, encoding: string): Decoding {
  if (encoding === "utf-8") {
    const text = strictUtf8(bytes);
    return text === null ? lenientUtf8(bytes, scanUtf8(bytes)) : { text, encoding, warnings: [] };
  }
  if (!isKnownEncoding(encoding)) throw new InputError(`unknown encoding '${encoding}'`);
  return { text: iconv().decode(bytes, encoding), encoding, warnings: [] };
}

/** The text when the bytes are valid UTF-8, else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Decode corrupted UTF-8 with U+FFFD for each invalid sequence, and say how many. */
function lenientUtf8(bytes: Uint8Array, scan: Utf8Scan): Decoding {
  const sequences = scan.invalid === 1 ? "sequence" : "sequences";
  return {
    text: LENIENT_UTF8.decode(bytes),
    encoding: "utf-8",
    warnings: [
      { code: "invalid-utf8", rule: "decode/invalid-utf8", message: `${scan.invalid} invalid UTF-8 ${sequences} replaced with U+FFFD` },
    ],
  };
}

/** What a pass over the bytes as UTF-8 found. */
interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  validMultiByte: number;
  /** Ill-formed sequences: one per U+FFFD a WHATWG decoder emits. */
  invalid: number;
  /** The last sequence was cut off by the end of the input (a truncated file). */
  truncatedTail: boolean;
}

/**
 * Count valid multi-byte and invalid sequences, with the WHATWG decoder's
 * rules so `invalid` equals the number of U+FFFD `TextDecoder` produces.
 * With `giveUpOnLegacy`, stops early once the bytes are clearly not UTF-8
 * (the counts are then partial, and only good for {@link isMostlyUtf8}).
 */
function scanUtf8(bytes: Uint8Array, giveUpOnLegacy = false): Utf8Scan {
  let validMultiByte = 0;
  let invalid = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (needed === 0) {
      i++;
      if (byte < 0x80) continue;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        needed = 2;
        if (byte === 0xe0) lower = 0xa0; // overlong
        if (byte === 0xed) upper = 0x9f; // surrogates
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        needed = 3;
        if (byte === 0xf0) lower = 0x90; // overlong
        if (byte === 0xf4) upper = 0x8f; // above U+10FFFF
      } else invalid++;
    } else if (byte < lower || byte > upper) {
      // The sequence is broken; the byte (not consumed) is looked at again as a lead byte.
      invalid++;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
    } else {
      i++;
      lower = 0x80;
      upper = 0xbf;
      if (++seen === needed) {
        validMultiByte++;
        needed = seen = 0;
      }
      continue;
    }
    const enough = invalid >= UTF8_SCAN_GIVE_UP_INVALID;
    if (giveUpOnLegacy && enough && isClearlyLegacy(validMultiByte, invalid)) {
      return { validMultiByte, invalid, truncatedTail: false };
    }
  }
  const truncatedTail = needed !== 0;
  if (truncatedTail) invalid++;
  return { validMultiByte, invalid, truncatedTail };
}

/** Valid multi-byte sequences are under half the share {@link isMostlyUtf8} needs. */
function isClearlyLegacy(validMultiByte: number, invalid: number): boolean {
  return validMultiByte / (validMultiByte + invalid) < MOSTLY_UTF8_MIN_SHARE / 2;
}

/**
 * Corrupted UTF-8 rather than a legacy encoding: valid multi-byte sequences
 * dominate, or the only damage is a sequence cut off at the end (a truncated
 * download), which proves nothing about the encoding by itself.
 */
function isMostlyUtf8(scan: Utf8Scan): boolean {
  if (scan.validMultiByte === 0) return false;
  if (scan.invalid === 1 && scan.truncatedTail) return true;
  return scan.validMultiByte / (scan.validMultiByte + scan.invalid) >= MOSTLY_UTF8_MIN_SHARE;
}

/** The encoding a byte order mark names, or null. */
function byteOrderMark(bytes: Uint8Array): string | null {
  const mark = BYTE_ORDER_MARKS.find((candidate) => startsWith(bytes, candidate.bytes));
  return mark === undefined ? null : mark.encoding;
}

/**
 * UTF-16 without a BOM: text in it has a NUL high byte for every ASCII
 * character (spaces and punctuation even in Cyrillic or Arabic text), so NULs
 * pile up on one side of the code units and rarely on the other.
 */
function utf16ByNulPattern(bytes: Uint8Array): string | null {
  const units = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (units === 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  let nulUnits = 0;
  for (let unit = 0; unit < units; unit++) {
    const evenIsNul = bytes[2 * unit] === 0;
    const oddIsNul = bytes[2 * unit + 1] === 0;
    if (evenIsNul) evenNul++;
    if (oddIsNul) oddNul++;
    if (evenIsNul && oddIsNul) nulUnits++;
  }
  const even = evenNul / units;
  const odd = oddNul / units;
  if (odd >= UTF16_MIN_NUL_SHARE && isFewNuls(even, odd, nulUnits)) return "utf-16le";
  if (even >= UTF16_MIN_NUL_SHARE && isFewNuls(odd, even, nulUnits)) return "utf-16be";
  return null;
}

/** Whether the low bytes' NUL share is small enough beside the high bytes' for UTF-16 text. */
function isFewNuls(low: number, high: number, nulUnits: number): boolean {
  return low <= UTF16_MAX_OTHER_NUL_SHARE || (nulUnits === 0 && low <= high * UTF16_MAX_OTHER_NUL_RATIO);
}

/** The name of the binary format whose magic number starts the bytes, or null. */
function binarySignature(bytes: Uint8Array): string | null {
  const match = BINARY_SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  return match === undefined ? null : match.name;
}

/** The NUL bytes of an input. */
function countNuls(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) count++;
  return count;
}

/**
 * Control characters that are neither whitespace nor text: NUL…BS, SO…US, DEL. Without the `u` flag:
 * none of them is a surrogate, so code units match as code points would, and V8 scans a two-byte text
 * (any page beyond Latin-1) about twice as fast without it.
 */
const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
/** The same characters, for a test whether a text holds any. */
const ANY_STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * Share of control characters other than tab, line feed, carriage return,
 * form feed and vertical tab, in the first {@link CONTROL_CHECK_CHARS}.
 */
function controlShare(text: string): number {
  const length = Math.min(text.length, CONTROL_CHECK_CHARS);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // Vertical tab too: Word puts it for a manual line break in copied text.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) controls++;
  }
  return length === 0 ? 0 : controls / length;
}

/**
 * The legacy encoding an HTML `<meta>` declares in the first bytes, or null.
 * Labels map as browsers map them (WHATWG): `iso-8859-1`/`ascii` mean
 * windows-1252, and a `utf-16` label in a byte-oriented page means UTF-8.
 */
function htmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = iconv().decode(bytes.subarray(0, META_SCAN_BYTES), "latin1");
  const label = META_CHARSET.exec(head)?.[1];
  if (label === undefined || !iconv().encodingExists(label)) return null;
  const encoding = canonicalEncoding(label);
  if (encoding.startsWith("utf-")) return "utf-8";
  return encoding === "us-ascii" ? "windows-1252" : legacySuperset(encoding);
}

/** A candidate decoding of the sample and how plausible it looks. */
interface Candidate {
  encoding: string;
  score: number;
  confidence: number;
}

/**
 * Pick a legacy encoding: chardet's best matches plus the common families
 * compete on how plausible the decoded sample looks ({@link plausibility}),
 * the common families with a small head start. chardet's confidence only
 * breaks ties: it is weak on short texts and between windows-1251, KOI8-R and
 * windows-1256 (it ranks ISO-8859-6 above windows-1256 for Persian).
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const sample = detectionSample(bytes);
  const confidences = new Map<string, number>();
  for (const match of chardet().analyse(sample)) {
    const name = legacySuperset(canonicalEncoding(match.name));
    if (isLegacyCandidate(name) && !confidences.has(name) && confidences.size < CHARDET_CANDIDATES) {
      confidences.set(name, match.confidence);
    }
  }
  const names = new Set<string>([...confidences.keys(), ...FALLBACK_CANDIDATES]);
  let best: Candidate | null = null;
  for (const encoding of names) {
    if (!iconv().encodingExists(encoding)) continue;
    const candidate = {
      encoding,
      score: plausibility(iconv().decode(sample, encoding)) + (isPreferred(encoding) ? PREFERRED_BONUS : 0),
      confidence: confidences.get(encoding) ?? 0,
    };
    if (best === null || isBetter(candidate, best)) best = candidate;
  }
  return best?.encoding ?? "windows-1252";
}

/**
 * windows-1252 for iso-8859-1: identical on A0–FF, and where they differ
 * (80–9F) ISO-8859-1 has C1 controls that real text never holds. Browsers
 * (WHATWG) make the same substitution.
 */
function legacySuperset(encoding: string): string {
  return encoding === "iso-8859-1" ? "windows-1252" : encoding;
}

/** Whether an encoding is one of the {@link FALLBACK_CANDIDATES}. */
function isPreferred(encoding: string): boolean {
  return (FALLBACK_CANDIDATES as readonly string[]).includes(encoding);
}

/** Higher score wins; then higher chardet confidence; on a full tie the earlier candidate stays. */
function isBetter(candidate: Candidate, best: Candidate): boolean {
  if (candidate.score !== best.score) return candidate.score > best.score;
  return candidate.confidence > best.confidence;
}

/**
 * chardet named a legacy encoding worth trying: not ASCII or UTF-x, and known
 * to iconv-lite (which rules out ISO-2022 and chardet's generic "mbcs"/"sbcs").
 */
function isLegacyCandidate(name: string): boolean {
  return !name.startsWith("utf-") && name !== "us-ascii" && iconv().encodingExists(name);
}

/** Up to {@link SAMPLE_BYTES} starting a little before the first non-ASCII byte. */
function detectionSample(bytes: Uint8Array): Uint8Array {
  const firstHigh = bytes.findIndex((byte) => byte >= 0x80);
  const start = Math.max(0, firstHigh - SAMPLE_LEAD_IN);
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

/** How a non-ASCII character counts as evidence for a decoding. */
type CharClass =
  | { kind: "letter"; script: string; weight: number; upper: boolean; lower: boolean }
  | { kind: "neutral" | "symbol" | "bad" };

/**
 * How plausible a decoding looks; only non-ASCII characters count, since the
 * ASCII ones are the same in every candidate. Rewards letters of one script;
 * penalises characters only a wrong decoding makes (C1 controls, U+FFFD),
 * rare symbols (KOI8-R box drawing), letters mixed with another script's, and
 * a change from lower to upper case inside a word. The last tells KOI8-R from
 * windows-1251: they swap the case of every letter, so the wrong one turns
 * ordinary lowercase prose into capitals; and windows-1252 from ISO-8859-2,
 * which reads the `¿` before a capital as a letter.
 */
function plausibility(text: string): number {
  const classes = new Map<number, CharClass>();
  const letters = new Map<string, number>();
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const cls = classOf(code, classes);
    if (cls.kind === "bad") score -= BAD_CHAR_PENALTY;
    else if (cls.kind === "symbol") score -= SYMBOL_PENALTY;
    else if (cls.kind === "letter") {
      const prev = text.charCodeAt(i - 1);
      const next = text.charCodeAt(i + 1);
      if (cls.upper && isLetterCode(prev, classes)) score -= INNER_UPPERCASE_PENALTY;
      // A lowercase letter before a capital is as wrong: Spanish `¿Qué` read as ISO-8859-2 is `żQué`.
      if (cls.lower && next >= 0x41 && next <= 0x5a) score -= INNER_UPPERCASE_PENALTY;
      const fit = letterFit(cls.script, prev, next, classes);
      if (fit === "mixed") score -= MIXED_LETTER_PENALTY;
      else if (fit === "word") letters.set(cls.script, (letters.get(cls.script) ?? 0) + cls.weight);
    }
  }
  return score + singleScriptScore(letters);
}

/** Letters of the dominant script minus letters of all the others. */
function singleScriptScore(letters: Map<string, number>): number {
  let total = 0;
  let dominant = 0;
  for (const count of letters.values()) {
    total += count;
    dominant = Math.max(dominant, count);
  }
  return dominant - (total - dominant);
}

/**
 * How a letter sits among its neighbours. A one-letter word (`à`, `в`, `و`,
 * or `«` read as `Ť`) proves nothing: "lone". Non-Latin letters next to an
 * ASCII letter make a mixed-script word (`cafй`). Accented Latin letters
 * belong next to plain ones (`café`, `příliš`); a run of them with no ASCII
 * letter around (`Ïðèâåò`) is Cyrillic or Arabic read as windows-1252.
 */
function letterFit(
  script: string,
  prev: number,
  next: number,
  classes: Map<number, CharClass>,
): "word" | "lone" | "mixed" {
  const asciiNeighbour = isAsciiLetter(prev) || isAsciiLetter(next);
  if (!asciiNeighbour && !isLetterCode(prev, classes) && !isLetterCode(next, classes)) return "lone";
  if (script === "latin") return asciiNeighbour ? "word" : "mixed";
  return asciiNeighbour ? "mixed" : "word";
}

/** Classify one non-ASCII character. */
function classify(char: string): CharClass {
  if (BAD.test(char)) return { kind: "bad" };
  if (LETTER.test(char)) {
    const script = SCRIPTS.find((candidate) => candidate.pattern.test(char));
    if (script === undefined) return { kind: "neutral" };
    return { kind: "letter", script: script.name, weight: script.weight, upper: UPPERCASE.test(char), lower: LOWERCASE.test(char) };
  }
  if (NEUTRAL.test(char) || COMMON_SYMBOLS.has(char)) return { kind: "neutral" };
  return { kind: "symbol" };
}

/** The class of a non-ASCII code unit, computed once per distinct character. */
function classOf(code: number, cache: Map<number, CharClass>): CharClass {
  let cls = cache.get(code);
  if (cls === undefined) {
    cls = classify(String.fromCharCode(code));
    cache.set(code, cls);
  }
  return cls;
}

/** Whether a UTF-16 code unit (NaN off either end of the text) is a letter of a known script. */
function isLetterCode(code: number, classes: Map<number, CharClass>): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return isAsciiLetter(code);
  return classOf(code, classes).kind === "letter";
}

/** A–Z or a–z. */
function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Lowercase canonical name for any label iconv-lite or chardet uses:
 * `cp1251`/`win1251`/`windows-1251` → `windows-1251`, `latin1` → `iso-8859-1`,
 * `ucs2` → `utf-16le`, `KOI8-R` → `koi8-r`. Unknown shapes are lowercased as given.
 */
function canonicalEncoding(label: string): string {
  const lower = label.toLowerCase();
  const key = lower.replace(LABEL_PUNCTUATION, "");
  const alias = ENCODING_ALIASES.get(key);
  if (alias !== undefined) return alias;
  const windows = WINDOWS_LABEL.exec(key);
  if (windows) return `windows-${windows[1] ?? ""}`;
  const iso = ISO_8859_LABEL.exec(key);
  if (iso) return `iso-8859-${iso[1] ?? ""}`;
  const koi = KOI8_LABEL.exec(key);
  if (koi) return `koi8-${koi[1] ?? ""}`;
  return lower;
}

/** Whether `bytes` begins with `prefix`. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** The bytes of an ASCII string (for signature tables). */
function asciiBytes(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}


/** `52428800` → `"50 MiB"`, `4096` → `"4 KiB"`, otherwise bytes (binary units, as the README gives them). */
export function formatSize(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
