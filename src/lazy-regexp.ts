/**
 * A regular expression parsed on first use.
 *
 * Constructing a `RegExp` parses its source at once, and V8 builds every
 * Unicode class (`\p{L}`, `\p{Lu}`…) of it then: about half a millisecond a
 * class, a few milliseconds for a name pattern. A module that builds its large
 * patterns when it loads pays that in every run, for patterns the input may
 * never need; this one waits until `exec`/`test` is called.
 */
export class LazyRegExp {
  #compiled: RegExp | undefined;

  /** Keeps the source and flags; nothing is parsed yet. */
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The compiled pattern (built on the first call, then shared). */
  get regexp(): RegExp {
    return (this.#compiled ??= new RegExp(this.source, this.flags));
  }

  /** `RegExp.prototype.exec` of the compiled pattern. */
  exec(text: string): RegExpExecArray | null {
    return this.regexp.exec(text);
  }

  /** `RegExp.prototype.test` of the compiled pattern. */
  test(text: string): boolean {
    return this.regexp.test(text);
  }
}
