/**
 * A regular expression parsed on first use, and narrowed to Latin letters for texts that
 * hold no others.
 *
 * Constructing a `RegExp` parses its source at once, and V8 builds every
 * Unicode class (`\p{L}`, `\p{Lu}`…) of it then: about half a millisecond a
 * class, a few milliseconds for a name pattern. A module that builds its large
 * patterns when it loads pays that in every run, for patterns the input may
 * never need; this one waits until `exec`/`test` is called. A text whose letters
 * are all Latin is then matched by the pattern narrowed to Latin letters
 * (`latin-narrowing.ts`), which finds the same matches and compiles in a fraction
 * of the time; only a text with other letters compiles the full pattern.
 */
import { fitsLatin, narrowToLatin } from "./latin-narrowing.js";

export class LazyRegExp {
  #compiled: RegExp | undefined;
  /** The narrowed pattern; null when the source has nothing to narrow. */
  #narrowed: RegExp | null | undefined;

  readonly source: string;
  readonly flags: string;

  /**
   * Keeps the source and flags; nothing is parsed yet. A `RegExp` given (a literal, or a lexicon
   * builder's pattern) is parsed already and is the full pattern; only its compilation waits.
   */
  constructor(pattern: string | RegExp, flags = "") {
    if (typeof pattern === "string") {
      this.source = pattern;
      this.flags = flags;
    } else {
      this.#compiled = pattern;
      this.source = pattern.source;
      this.flags = pattern.flags;
    }
  }

  /** The compiled pattern (built on the first call, then shared). */
  get regexp(): RegExp {
    return (this.#compiled ??= new RegExp(closableClasses(this.source, this.flags), this.flags));
  }

  /**
   * The pattern to match a text with: the narrowed one when the text's letters are all Latin.
   * Give a global pattern (`g`) to `matchAll` or `replace`, which start from the text's start:
   * the narrowed and the full pattern each keep their own `lastIndex`.
   */
  regexpFor(text: string): RegExp {
    if (this.#narrowed === undefined) {
      const source = narrowToLatin(this.source, this.flags);
      this.#narrowed = source === null ? null : new RegExp(closableClasses(source, this.flags), this.flags);
    }
    return this.#narrowed !== null && fitsLatin(text) ? this.#narrowed : this.regexp;
  }

  /**
   * Every match in a text, as `String.prototype.matchAll` finds them (a global pattern), without
   * its copy of the pattern: `matchAll` builds a new `RegExp` from the source on every call, and
   * for a narrowed pattern, whose classes are spelled out range by range, that copy cost many
   * times the matching itself.
   */
  matchAll(text: string): RegExpExecArray[] {
    const pattern = this.regexpFor(text);
    if (!pattern.global) throw new TypeError("LazyRegExp.matchAll needs a global pattern");
    const found: RegExpExecArray[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push(match);
      // An empty match would be found again at the same place: step past it, as matchAll does.
      if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
    }
    pattern.lastIndex = 0;
    return found;
  }

  /** `RegExp.prototype.exec` of the pattern for this text (a pattern without `g` or `y`). */
  exec(text: string): RegExpExecArray | null {
    return this.regexpFor(text).exec(text);
  }

  /** `RegExp.prototype.test` of the pattern for this text (a pattern without `g` or `y`). */
  test(text: string): boolean {
    return this.regexpFor(text).test(text);
  }

  /** `String.prototype.replace` with the pattern for this text: its first match, or each one of a global pattern. */
  replace(text: string, replacement: string): string {
    return text.replace(this.regexpFor(text), replacement);
  }
}

/** What {@link closableClasses} reads of a source: an escape, a class's bracket, a dot. */
const CLASS_TOKEN = /\\.|[[\].]/gs;

/**
 * A source whose `\S` and `.` (outside classes) are written as the negated classes they are,
 * `[^\s]` and `[^\n\r\u2028\u2029]`, in a case-insensitive Unicode pattern. Under `iu`, V8 adds to
 * a class the other cases of its characters, found by ICU character by character: for `\S` and
 * `.`, nearly all of Unicode, about as costly as compiling the rest of a pattern; a negated class
 * is closed on the few characters it leaves out, which have no other case, then negated. Both
 * spellings match the same characters.
 */
export function closableClasses(source: string, flags: string): string {
  if (!flags.includes("i") || !flags.includes("u")) return source;
  const dotAll = flags.includes("s");
  let inClass = false;
  return source.replace(CLASS_TOKEN, (token) => {
    // In `u` mode a class holds no class: `[` inside one is a character.
    if (token === "[" || token === "]") inClass = token === "[";
    if (inClass) return token;
    if (token === String.raw`\S`) return String.raw`[^\s]`;
    return token === "." && !dotAll ? String.raw`[^\n\r\u2028\u2029]` : token;
  });
}

/** The index after the character at an index: a surrogate pair is one character in `u` mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
