/**
 * Every block's comparison key ({@link textKey}), held as a 32-bit hash. The title is found
 * by comparing keys across the whole document, but a key is as long as its block: on a big
 * dump the keys were a second copy of the text (27 MB of a 20 MB dump). Equal hashes are
 * confirmed by comparing the keys themselves, so a collision never makes two texts equal.
 */
import { LazyRegExp } from "../lazy-regexp.js";

/** The blocks' comparison keys, compared without holding them. */
export class BlockKeys {
  readonly #texts: readonly string[];
  readonly #hashes: Int32Array;
  /** How many blocks have each hash; built on first use. */
  #counts: Map<number, number> | undefined;

  constructor(texts: readonly string[]) {
    this.#texts = texts;
    this.#hashes = new Int32Array(texts.length);
    texts.forEach((text, index) => {
      this.#hashes[index] = asciiKeyHash(text) ?? keyHash(openingKey(text));
    });
  }

  /** The key of the block at `index`, computed again. */
  key(index: number): string {
    return textKey(this.#texts[index]!);
  }

  /** Whether the block at `index` has this key. */
  has(index: number, key: string, hash = keyHash(key)): boolean {
    return this.#hashes[index] === hash && this.key(index) === key;
  }

  /** Whether two blocks have the same key. */
  same(index: number, other: number): boolean {
    return this.#hashes[index] === this.#hashes[other] && this.key(index) === this.key(other);
  }

  /** The first block from `from` on with this key, or -1. */
  indexOf(key: string, from = 0): number {
    const hash = keyHash(key);
    for (let index = Math.max(from, 0); index < this.#hashes.length; index += 1) {
      if (this.has(index, key, hash)) return index;
    }
    return -1;
  }

  /** Whether another block has the same key as the block at `index`: its text is printed twice. */
  isRepeated(index: number): boolean {
    const hash = this.#hashes[index]!;
    this.#counts ??= countHashes(this.#hashes);
    if (this.#counts.get(hash)! < 2) return false;
    const key = this.key(index);
    for (let other = 0; other < this.#hashes.length; other += 1) {
      if (other !== index && this.has(other, key, hash)) return true;
    }
    return false;
  }
}

/** How many times each hash occurs. */
function countHashes(hashes: Int32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const hash of hashes) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  return counts;
}

/** FNV-1a offset basis and prime (32-bit). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * How many of a key's first code units its hash reads. Equal keys have equal hashes all the same,
 * and keys that share their opening are told apart by comparing them; hashing every block's
 * whole text was most of the keys' time on long paragraphs.
 */
const HASHED_UNITS = 64;

/** A 32-bit FNV-1a hash of a key's first {@link HASHED_UNITS} UTF-16 code units. */
function keyHash(key: string): number {
  let hash = FNV_OFFSET;
  const end = Math.min(key.length, HASHED_UNITS);
  for (let at = 0; at < end; at += 1) hash = Math.imul(hash ^ key.charCodeAt(at), FNV_PRIME);
  return hash | 0;
}

/** How many code units of a text beyond ASCII are read, up to the next space, to make the opening of its key. */
const OPENING_UNITS = 2 * HASHED_UNITS;

/**
 * A text's key ({@link textKey}), or only its opening when that is {@link HASHED_UNITS} units or
 * more: all its hash reads. The opening is cut after a space, which lower-casing reads as part of
 * no word (the final sigma's context stops at it), so its key is the start of the whole text's key.
 * Lower-casing and cutting a long paragraph beyond ASCII were most of its hash's time.
 */
function openingKey(text: string): string {
  const space = text.indexOf(" ", OPENING_UNITS);
  if (space < 0) return textKey(text);
  const opening = textKey(text.slice(0, space + 1));
  return opening.length >= HASHED_UNITS ? opening : textKey(text);
}

/**
 * The hash ({@link keyHash}) of an ASCII text's key ({@link textKey}), plain punctuation beyond ASCII
 * allowed ({@link isPlainPunctuation}), read from the text without making the key:
 * letters lower-cased, each run of other characters one space, none at the ends. Making every
 * block's key, a copy of the text, was most of the keys' time. Null for a text beyond ASCII, whose
 * key only `toLowerCase` and the Unicode classes make.
 */
function asciiKeyHash(text: string): number | null {
  let hash = FNV_OFFSET;
  let started = false;
  let spaced = false;
  let hashed = 0;
  for (let at = 0; at < text.length && hashed < HASHED_UNITS; at += 1) {
    let code = text.charCodeAt(at);
    if (code > 0x7f && !isPlainPunctuation(code)) return null;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    const wordly = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (!wordly) {
      spaced = started;
      continue;
    }
    if (spaced) {
      hash = Math.imul(hash ^ 0x20, FNV_PRIME);
      hashed += 1;
      spaced = false;
      if (hashed === HASHED_UNITS) break;
    }
    hash = Math.imul(hash ^ code, FNV_PRIME);
    hashed += 1;
    started = true;
  }
  return hash | 0;
}

/**
 * Characters beyond ASCII that are no letter or digit and that lower-casing leaves alone: the
 * no-break space, the angle quotes, and the general punctuation block (curly quotes, dashes,
 * ellipsis). Most English texts hold a few; their keys cut them out as ASCII punctuation.
 */
function isPlainPunctuation(code: number): boolean {
  return code === 0xa0 || code === 0xab || code === 0xbb || (code >= 0x2000 && code <= 0x206f);
}

/** Runs of characters that are no letter or digit, cut out of a text's key. */
const NON_WORD = new LazyRegExp(String.raw`[^\p{L}\p{N}]+`, "gu");

/** The same runs in a lower-cased text of ASCII characters, where letters are a–z: no Unicode class to test. */
const ASCII_NON_WORD = /[^a-z\d]+/g;

/** A character beyond ASCII. */
const BEYOND_ASCII = /[^\0-\x7f]/;

/**
 * A text's comparison key: lower case, letters and digits only. Equal keys: {@link sameText}.
 * A text of ASCII characters (most titles and lines compared) is cut with an ASCII class, a third
 * faster in a batch, where keys are made for every block.
 */
export function textKey(text: string): string {
  const lower = text.toLowerCase();
  return (BEYOND_ASCII.test(lower) ? NON_WORD.replace(lower, " ") : lower.replace(ASCII_NON_WORD, " ")).trim();
}

/** Compares two texts ignoring case, spacing and edge punctuation. */
export function sameText(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}
