/**
 * The fixture loop: every `fixtures/<slug>/input.{txt,html}` is extracted and
 * checked — schema, accounting rule, Markdown round-trip, determinism — and
 * compared with its reviewed `expected.json` / `expected.md`.
 * `UPDATE=1 npm test` rewrites the expected files; review them in the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import { extract } from "../src/extract.js";
import { toLines } from "../src/normalize.js";
import { render } from "../src/render/index.js";
import { LABEL_WORDS, unaccountedLines } from "./helpers/accounting.js";
import { markdownStructure } from "./helpers/markdown-structure.js";
import { schemaErrors } from "./helpers/schema.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures");
const UPDATE = process.env.UPDATE === "1";

/** Fixture folders with their input file. */
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .flatMap((slug) => {
    const input = ["input.txt", "input.html"].find((name) => existsSync(path.join(FIXTURES, slug, name)));
    return input ? [{ slug, input: path.join(FIXTURES, slug, input) }] : [];
  });

/** Compares text with an expected file, or writes it under UPDATE=1. */
function matchesFile(actual: string, file: string): void {
  if (UPDATE) {
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${path.relative(FIXTURES, file)} is missing: run UPDATE=1 npm test and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("fixtures", () => {
  it("has fixtures to walk", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(cases)("$slug", ({ slug, input }) => {
    const bytes = readFileSync(input);
    const doc = extract(bytes, { name: path.basename(input) });

    it("validates against the JSON Schema", () => {
      expect(schemaErrors(JSON.parse(render(doc, "json")))).toEqual([]);
    });

    // Lines of an HTML source are markup; the rule is about the lines of a text dump.
    if (input.endsWith(".txt")) {
      it("accounts for every input line", () => {
        const lines = toLines(decode(bytes).text);
        const problems = unaccountedLines(lines, doc, LABEL_WORDS).map(
          (problem) => `line ${problem.line}: [${problem.missing.join(" ")}] not in the document: ${problem.text.slice(0, 90)}`,
        );
        expect(problems, problems.join("\n")).toEqual([]);
      });
    }

    it("renders Markdown that reads back to the same document", () => {
      const structure = markdownStructure(render(doc, "md"));
      expect(structure.issues).toEqual([]);
      expect({ title: structure.title, lead: structure.lead, summary: structure.summary, qaIntro: structure.qaIntro, qa: structure.qa }).toEqual({
        title: doc.meta.title,
        lead: doc.lead,
        summary: doc.summary,
        qaIntro: doc.qaIntro,
        qa: doc.qa,
      });
      // The evidence markup reads back too: an anchor per question, each bullet's links, a footnote per unbacked quotation.
      expect(structure.anchors).toEqual(doc.qa.map((_, index) => `q${String(index + 1)}`));
      expect(structure.summaryLinks).toEqual((doc.summaryEvidence ?? []).map((evidence) => (evidence?.pairs ?? []).map((pair) => `q${String(pair + 1)}`)));
      expect(structure.footnotes.references).toHaveLength((doc.quotes ?? []).filter((quote) => quote.match === "none").length);
    });

    it("gives the same result twice", () => {
      expect(extract(bytes, { name: path.basename(input) })).toEqual(doc);
    });

    it("matches the reviewed expected.json and expected.md", () => {
      matchesFile(render(doc, "json"), path.join(FIXTURES, slug, "expected.json"));
      matchesFile(render(doc, "md"), path.join(FIXTURES, slug, "expected.md"));
    });
  });
});
