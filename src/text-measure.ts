/**
 * Measures of a text that rules of several stages read, taken once per text of a document.
 *
 * A block's words were counted six times on average: by the chrome rules, the captions, the page
 * zones, the article's scores, the turns and the interview check, each asking of the same text
 * (7% of a steady run). While a document is read ({@link measuringDocument}), a measure keeps
 * what it took of each text and gives it again; the values are let go when the reading ends.
 * Outside a document's reading (a test calling a rule), a measure is taken each time it is asked.
 */

/** The measures that kept values for the document being read; null when no document is. */
let keeping: Set<{ forget(): void }> | null = null;

/**
 * How many texts' values a measure keeps, twice over: those of the texts measured last, and those of
 * the texts before them. A document of a few thousand blocks keeps every block's; a big dump's rules,
 * each passing over its hundred thousand blocks in turn, find only the last few thousand kept. Kept
 * whole, the values (and the texts they are kept by, some of them no block's) were 15 MB more at the
 * peak of a 20 MB dump.
 */
const KEPT_TEXTS = 4096;

/** A measure of texts (a pure function of the text), kept per text while a document is read. */
export class TextMeasure<T> {
  /** What was taken of the texts measured last in the document being read. */
  #recent = new Map<string, T>();
  /** What was taken of the {@link KEPT_TEXTS} texts before them. */
  #older = new Map<string, T>();

  /** `take` measures one text; the same text always gives the same value. */
  constructor(private readonly take: (text: string) => T) {}

  /** The measure of a text: kept from its first taking while a document is read, taken anew otherwise. */
  of(text: string): T {
    if (keeping === null) return this.take(text);
    let value = this.#recent.get(text) ?? this.#older.get(text);
    if (value === undefined) {
      value = this.take(text);
      this.keep(text, value, keeping);
    }
    return value;
  }

  /** Whether a document is being read: a measure taken now is kept. */
  static get keeping(): boolean {
    return keeping !== null;
  }

  /** Keeps a text's value for the document being read, letting go of the oldest ones past {@link KEPT_TEXTS}. */
  private keep(text: string, value: T, document: Set<{ forget(): void }>): void {
    // The first value kept for this document: the measure is let go of with the document.
    if (this.#recent.size === 0 && this.#older.size === 0) document.add(this);
    if (this.#recent.size >= KEPT_TEXTS) {
      this.#older = this.#recent;
      this.#recent = new Map();
    }
    this.#recent.set(text, value);
  }

  /** Lets go of the values kept for the document just read. */
  forget(): void {
    this.#recent = new Map();
    this.#older = new Map();
  }
}

/**
 * Reads one document with its texts' measures kept ({@link TextMeasure}): a rule asking of a
 * text another rule measured reads the value kept. The values are let go when `read` returns.
 */
export function measuringDocument<R>(read: () => R): R {
  const outer = keeping;
  const kept = new Set<{ forget(): void }>();
  keeping = kept;
  try {
    return read();
  } finally {
    for (const measure of kept) measure.forget();
    keeping = outer;
  }
}
