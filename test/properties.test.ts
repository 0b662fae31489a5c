/**
 * Properties over generated dumps (test/helpers/dumps.ts): chrome, a title, a
 * lead, reporter paragraphs and Q&A pairs in four shapes and four scripts, with
 * LF, CRLF or CR line ends. Whatever the dump: extract() does not throw; the
 * JSON validates; every input line is accounted for; the Markdown reads back
 * to the same document; a second run gives the same result; the same content
 * as a minimal HTML page gives the same Q&A pairs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, InputError } from "../src/decode.js";
import { extract } from "../src/extract.js";
import { toLines } from "../src/normalize.js";
import { render } from "../src/render/index.js";
import { LABEL_WORDS, unaccountedLines } from "./helpers/accounting.js";
import { dumpModel, toHtml, toText } from "./helpers/dumps.js";
import { markdownStructure } from "./helpers/markdown-structure.js";
import { schemaErrors } from "./helpers/schema.js";

/** Runs per property: enough to vary every generator, few enough to keep the suite fast. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

describe("generated dumps", () => {
  it("extract() never throws on arbitrary text, only refuses it with an InputError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 400 }),
          fc.string({ unit: "grapheme", maxLength: 400 }),
          fc.uint8Array({ maxLength: 400 }),
        ),
        (input) => {
          try {
            extract(input);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("give a valid document that accounts for every line and renders Markdown that reads back to it", () => {
    fc.assert(
      fc.property(dumpModel, (model) => {
        const text = toText(model);
        const doc = extract(text, { name: "dump.txt" });
        expect(schemaErrors(JSON.parse(render(doc, "json")))).toEqual([]);
        const lost = unaccountedLines(toLines(decode(text).text), doc, LABEL_WORDS);
        expect(lost).toEqual([]);
        const structure = markdownStructure(render(doc, "md"));
        expect(structure.issues).toEqual([]);
        expect({
          title: structure.title,
          lead: structure.lead,
          summary: structure.summary,
          qaIntro: structure.qaIntro,
          qa: structure.qa,
        }).toEqual({
          title: doc.meta.title,
          lead: doc.lead,
          summary: doc.summary,
          qaIntro: doc.qaIntro,
          qa: doc.qa,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("give the same document twice", () => {
    fc.assert(
      fc.property(dumpModel, (model) => {
        const text = toText(model);
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("give the same Q&A pairs as text and as minimal HTML", () => {
    fc.assert(
      fc.property(dumpModel, (model) => {
        const fromText = extract(toText(model));
        const fromHtml = extract(toHtml(model));
        expect(fromHtml.source.format).toBe("html");
        expect(fromHtml.qa).toEqual(fromText.qa);
      }),
      { numRuns: RUNS },
    );
  });
});
