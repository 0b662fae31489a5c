/**
 * Acceptance: the real BORNA dump the tool was conceived from, checked against
 * every expectation in SPEC.md's "reference input" section.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import { render } from "../src/render/index.js";
import { markdownStructure } from "./helpers/markdown-structure.js";
import { schemaErrors } from "./helpers/schema.js";
import { SEED } from "./helpers/seed.js";

describe("the reference dump (fixtures/borna-2559, a copy of the seed)", () => {
  const doc = extract(readFileSync(SEED), { name: path.basename(SEED) });

  it("finds the metadata", () => {
    expect(doc.meta).toEqual({
      title: "Iran-Russia Military Cooperation Proceeding on Schedule, Envoy Tells",
      published: "2025-11-23T15:27:54",
      newsId: "2559",
      agency: "BORNA",
      dateline: "Tehran",
      language: "en",
      interviewer: { name: "John Miller", role: "documentary filmmaker for Press TV" },
      interviewee: { name: "Kazem Jalali", role: "Ambassador of the Islamic Republic of Iran to Russia" },
    });
    expect(doc.source).toEqual({
      name: path.basename(SEED),
      format: "text",
      encoding: "utf-8",
      bytes: 16262,
      url: null,
    });
  });

  it("takes line 9 as the lead and ten summary bullets, the dateline stripped from the first", () => {
    expect(doc.lead).toMatch(/^The Iranian Ambassador to Russia said: "Many of our enemies/u);
    expect(doc.summary).toHaveLength(10);
    expect(doc.summary[0]).toBe(
      "John Miller, a documentary filmmaker for Press TV, spoke with Kazem Jalali, the Ambassador of the Islamic Republic of Iran to Russia.",
    );
    expect(doc.summary[9]).toMatch(/^The Ambassador said that despite the historical record/u);
  });

  it("finds the announcement and nine Q&A pairs", () => {
    expect(doc.qaIntro).toBe(
      "The full text of the interview, as published by the Iranian Embassy in Russia, is as follows (Q&A format):",
    );
    expect(doc.qa).toHaveLength(9);
    expect(doc.qa[0]!.question).toBe(
      "Is Iran satisfied with the recent strategic cooperation agreement? What is most important to you? Is anything missing?",
    );
    expect(doc.qa[8]!.question).toBe(
      "Given the historical background of mistrust between Iran and Russia, what is the current situation, and what measures are you considering for building trust?",
    );
    expect(doc.qa.map((pair) => pair.answer.length)).toEqual([2, 5, 2, 2, 5, 5, 2, 1, 3]);
  });

  it("keeps a question that opens with a statement whole", () => {
    expect(doc.qa[3]!.question).toMatch(/^This agreement lacks a mutual defense clause\. Was Iran seeking/u);
  });

  it("keeps rhetorical questions, ellipses and em dashes inside answers", () => {
    const last = doc.qa[8]!.answer.join("\n");
    expect(last).toContain("What should be done? There are many things.");
    expect(last).toContain("Naturally, one cannot live in the past...");
    expect(doc.qa[7]!.answer[0]).toContain("the UAE—all these nations");
  });

  it("strips the stray A: label", () => {
    expect(doc.qa[7]!.answer[0]).toMatch(/^We always consider the Syrian nation/u);
  });

  it("lists the separators, the duplicate title and the trailer as removed", () => {
    expect(doc.removed.map((entry) => [entry.line, entry.text])).toEqual([
      [3, "|"],
      [5, "|"],
      [8, "Iran-Russia Military Cooperation Proceeding on Schedule, Envoy Tells"],
      [105, "End Article"],
      [107, "Your comment"],
    ]);
    expect(doc.removed.every((entry) => entry.reason.length > 0)).toBe(true);
    expect(doc.warnings).toEqual([]);
  });

  it("links bullets 2–10 to the pairs they summarise and the introduction to none", () => {
    expect(doc.summaryEvidence?.[0]).toBeNull();
    expect(doc.summaryEvidence?.slice(1).map((evidence) => evidence?.pairs[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("finds the lead's quotation in the third answer as close, naming the changed words", () => {
    // The lead drops "also" and says "uncover secrets" where the answer says "understand the secrets".
    expect(doc.quotes).toEqual([
      {
        in: "lead",
        index: 0,
        text: expect.stringMatching(/^Many of our enemies delve into .* proceeding according to plan\.$/u) as string,
        pair: 2,
        match: "close",
        diff: [
          { quote: "", answer: "also" },
          { quote: "uncover", answer: "understand the" },
        ],
      },
    ]);
  });

  it("produces schema-valid JSON and Markdown that reads back to the same pairs", () => {
    expect(schemaErrors(JSON.parse(render(doc, "json")))).toEqual([]);
    const structure = markdownStructure(render(doc, "md"));
    expect(structure.issues).toEqual([]);
    expect(structure.qa).toEqual(doc.qa);
    expect(structure.summary).toEqual(doc.summary);
  });
});
