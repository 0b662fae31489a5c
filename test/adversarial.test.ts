/**
 * No catastrophic backtracking, no quadratic loop: adversarial inputs of about
 * 1 MB (scripts/adversarial-inputs.js, also timed by scripts/adversarial-bench.js)
 * must each complete; the nesting guard in front of the HTML parser keeps the
 * parser shallow without losing text; a 10 MB line and a 10 MB dump stay
 * within time and memory. Timings are not asserted (the bench prints them):
 * a super-linear regression shows up as a test that runs into its timeout.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_INPUTS } from "../scripts/adversarial-inputs.js";
import { extract } from "../src/extract.js";
import { parsePage, textOf } from "../src/html/dom.js";
import { capNesting, COST_BUDGET, MAX_DEPTH } from "../src/html/nesting.js";
import { SEED } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const MB = 1024 * 1024;

/**
 * A hang guard, not a speed target: each input takes 3–5 s alone on this 2-core machine, and up to
 * 20 s when the machine runs several test suites at once; a super-linear regression takes many minutes.
 */
const INPUT_TIMEOUT = 60_000;

describe("adversarial inputs of about 1 MB", () => {
  it.each(ADVERSARIAL_INPUTS)(
    "completes: $name",
    ({ name, build }) => {
      const doc = extract(build(), { name });
      expect(doc.source.name).toBe(name);
    },
    INPUT_TIMEOUT,
  );
});

/** Tag soup: open and close tags (some never closed, some closing nothing), void and self-closing tags, raw text, comments, text. */
const tagSoup = fc
  .array(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          "<b>",
          "<i>",
          "<div>",
          "<p>",
          "<li>",
          "<td>",
          "<tr>",
          '<span class="a>b">',
          "<svg>",
          "<math>",
          "<mi/>",
          "<path/>",
          "<g>",
          "<DIV\n>",
          "<table>",
          "<option>",
          "<dd>",
          "<h1>",
          "<ul>",
        ),
      },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          "</b>",
          "</i>",
          "</div>",
          "</p>",
          "</li>",
          "</td>",
          "</tr>",
          "</svg>",
          "</math>",
          "</g>",
          "</x>",
          "</br>",
          "</table>",
          "</span>",
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "<br>",
          "<img src=x>",
          "<hr>",
          "<!-- <b> -->",
          "<!doctype html>",
          "<?x <b>?>",
          "<script>if (a < b) { '<div>' }</script>",
          "<style>p>b{}</style>",
          "<textarea><b></textarea>",
          "<title>a<b>b</title>",
          "< b",
          "</ >",
          "<>",
        ),
      },
      { weight: 5, arbitrary: fc.stringMatching(/^[a-z]{1,6}$/).map((word) => ` ${word} `) },
    ),
    { maxLength: 300 },
  )
  .map((tokens) => tokens.join(""));

/** The depth of the deepest element of a page as the pipeline parses it (elements come in document order, parents first). */
function depthOf(html: string): number {
  const depths = new Map<unknown, number>();
  let deepest = 0;
  for (const element of parsePage(html).elements) {
    const depth = (depths.get(element.parent) ?? 0) + 1;
    depths.set(element, depth);
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** A page's text without any whitespace (blanking a block tag may add a space). */
function textWithoutSpaces(html: string): string {
  return textOf(parsePage(html).root).replace(/\s+/gu, "");
}

describe("the nesting guard in front of the HTML parser", () => {
  it("past its budget keeps the parser within the depth limit, and keeps all text and every line break", () => {
    fc.assert(
      fc.property(tagSoup, fc.integer({ min: 1, max: 12 }), (html, depth) => {
        const capped = capNesting(html, { budget: -1, depth });
        // A void element or a raw-text element (`<br>`, `<script>`) may sit one level below the limit.
        expect(depthOf(capped)).toBeLessThanOrEqual(depth + 1);
        expect(textWithoutSpaces(capped)).toBe(textWithoutSpaces(html));
        expect(capped.split(/\r\n?|\n/u)).toHaveLength(html.split(/\r\n?|\n/u).length);
      }),
      { numRuns: 150 },
    );
  });

  it("within its budget returns the page as it is", () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        expect(capNesting(html, { budget: Number.POSITIVE_INFINITY, depth: 1 })).toBe(html);
      }),
      { numRuns: 100 },
    );
  });

  it("leaves real pages alone, and 10,000 nested elements too", () => {
    const fixtures = path.join(ROOT, "fixtures");
    const pages = readdirSync(fixtures)
      .map((slug) => path.join(fixtures, slug, "input.html"))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, "utf8"));
    expect(pages.length).toBeGreaterThan(0);
    for (const html of pages) expect(capNesting(html)).toBe(html);
    const nested = `<html><body>${"<div>".repeat(10_000)}<p>Deep.</p>${"</div>".repeat(10_000)}</body></html>`;
    expect(capNesting(nested)).toBe(nested);
  });

  it(
    "flattens 300,000 unclosed tags to the depth limit",
    () => {
      const html = `<html><body>${"<b>".repeat(300_000)}text`;
      const capped = capNesting(html);
      expect(capped).not.toBe(html);
      // Up to the depth the budget allows (about √(2 × budget)), then no deeper.
      expect(depthOf(capped)).toBeLessThanOrEqual(Math.ceil(Math.sqrt(2 * COST_BUDGET)) + MAX_DEPTH);
      expect(textWithoutSpaces(capped)).toBe("text");
    },
    INPUT_TIMEOUT,
  );
});

describe("resource limits", () => {
  it("reads a 10 MB line with no line break into a document that holds all of it", () => {
    const sentence = "The minister spoke about the budget and the plans for the coming year. ";
    const line = sentence.repeat(Math.ceil((10 * MB) / sentence.length));
    const doc = extract(Buffer.from(line), { name: "one-line.txt" });
    const text = [doc.lead ?? "", ...doc.summary, ...doc.qa.flatMap((pair) => [pair.question, ...pair.answer])].join(
      " ",
    );
    expect(text.length).toBeGreaterThanOrEqual(line.trim().length);
  }, 60_000);

  // What the document keeps alive, measured after a collection: the garbage left
  // behind depends on when the collector last ran (peak memory is `npm run bench`'s).
  it("keeps the heap a 10 MB dump's extract retains under 30 times its size", () => {
    const seed = readFileSync(SEED, "utf8");
    const bytes = Buffer.from(`${seed}\n\n`.repeat(Math.ceil((10 * MB) / (seed.length + 2))));
    const collect = garbageCollector();
    collect();
    const before = process.memoryUsage().heapUsed;
    const doc = extract(bytes, { name: "big.txt" });
    collect();
    const growth = process.memoryUsage().heapUsed - before;
    expect(doc.qa.length).toBeGreaterThan(1000);
    expect(growth).toBeLessThan(30 * bytes.length);
  }, 60_000);
});

/** V8's collector as a function, exposed at run time (vitest's workers start without `--expose-gc`). */
function garbageCollector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
