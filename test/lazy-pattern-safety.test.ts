/**
 * The lazy patterns' sources get the checks the regex lint gives literals. A `LazyRegExp` is built
 * from a string (for start-up speed, or because a lexicon's words go into it), and
 * eslint-plugin-regexp reads no string: a super-linear pattern there would pass the lint. This test
 * records every lazy pattern the tool builds while reading every fixture (each language's lexicons,
 * and every lexicon for a text of no known language), and runs on each the analysis behind
 * regexp/no-super-linear-backtracking (scslre), on the full pattern and on its Latin narrowing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse, type Report } from "scslre";
import { describe, expect, it, vi } from "vitest";

/** Every lazy pattern built, by source and flags. */
const built = new Map<string, { source: string; flags: string }>();

vi.mock("../src/lazy-regexp.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/lazy-regexp.js")>();
  /** A LazyRegExp that records its source and flags. */
  class RecordedLazyRegExp extends original.LazyRegExp {
    constructor(pattern: string | RegExp, flags = "") {
      super(pattern, flags);
      built.set(`/${this.source}/${this.flags}`, { source: this.source, flags: this.flags });
    }
  }
  return { ...original, LazyRegExp: RecordedLazyRegExp };
});

const { extract } = await import("../src/index.js");
const { narrowToLatin } = await import("../src/latin-narrowing.js");

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** A text of no language the detector knows (too few letters): every lexicon is read. */
const NO_KNOWN_LANGUAGE = "Q: 1?\n\nA: 2.\n\nQ: 3?\n\nA: 4.";

for (const fixture of readdirSync(FIXTURES)) {
  for (const file of readdirSync(join(FIXTURES, fixture)).filter((name) => name.startsWith("input"))) {
    extract(readFileSync(join(FIXTURES, fixture, file)), { name: file });
  }
}
extract(NO_KNOWN_LANGUAGE);

/** The super-linear backtracking scslre finds in a pattern, as the lint's rule looks for it. */
function superLinear(source: string, flags: string): string[] {
  const { reports } = analyse({ source, flags: flags.replace(/[gy]/gu, "") }, { reportTypes: { Move: false } });
  return reports.map(
    (report: Report) =>
      `${report.type}: /${report.character.literal.source}+/ ${report.exponential ? "(exponential)" : ""}`,
  );
}

const PATTERNS = [...built.values()].map(({ source, flags }): [string, string, string] => [
  source.length > 120 ? `${source.slice(0, 120)}…` : source,
  source,
  flags,
]);

describe("the lazy patterns built while reading the fixtures", () => {
  it("are checked by an analysis that finds super-linear backtracking", () => {
    expect(superLinear("(?:\\p{L}+\\s?)+$", "u")).not.toEqual([]);
    expect(superLinear("\\s*,\\s*\\s*$", "u")).not.toEqual([]);
  });

  it("are many: every stage's patterns were reached", () => {
    expect(PATTERNS.length).toBeGreaterThan(100);
  });

  it.each(PATTERNS)("%s compiles and cannot backtrack super-linearly", (_shown, source, flags) => {
    expect(() => new RegExp(source, flags)).not.toThrow();
    expect(superLinear(source, flags)).toEqual([]);
    const narrowed = narrowToLatin(source, flags);
    if (narrowed !== null) expect(superLinear(narrowed, flags)).toEqual([]);
  });
});
