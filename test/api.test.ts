/**
 * The library's public surface: the names it exports, and `options.rules`.
 */
import { describe, expect, it } from "vitest";
import { extract, InputError, render, type ExtractRules } from "../src/index.js";

/** A small labeled interview with a line of site chrome of the kind a config names. */
const DUMP = [
  "Minister Outlines the Harvest Plan for the Coming Season",
  "",
  "The agriculture minister spoke to our reporter about the harvest plan and the export targets.",
  "",
  "Moderator: When does the harvest begin?",
  "",
  "Guest: In the first week of June, as every year.",
  "",
  "Moderator: And the exports?",
  "",
  "Guest: They start once the silos are full.",
  "",
  "Join our channel on Telegram!",
  "",
].join("\n");

/** The line of the chrome phrase in {@link DUMP}. */
const CHROME_LINE = 13;

describe("the library", () => {
  it("exports exactly its public names", async () => {
    expect(Object.keys(await import("../src/index.js")).sort()).toEqual([
      "InputError",
      "OUTPUT_FORMATS",
      "extract",
      "render",
    ]);
  });

  it("extracts from a string and renders every format", () => {
    const doc = extract(DUMP, { name: "dump.txt" });
    expect(doc.source.name).toBe("dump.txt");
    for (const format of ["json", "md", "ndjson", "text"] as const) expect(render(doc, format)).toMatch(/\n$/u);
  });

  it("throws InputError with a reason for input that is not text", () => {
    expect(() => extract(new Uint8Array([0, 1, 2, 0, 0, 3]))).toThrow(InputError);
    try {
      extract(new Uint8Array([0, 1, 2, 0, 0, 3]));
    } catch (error) {
      expect((error as InputError).reason).toMatch(/binary/u);
    }
  });
});

describe("options.rules", () => {
  const rules: ExtractRules = {
    chrome: ["join our channel on telegram"],
    questionLabels: ["Moderator"],
    answerLabels: ["Guest"],
  };

  it("removes a configured chrome phrase with a config reason", () => {
    const doc = extract(DUMP, { rules });
    expect(doc.removed).toContainEqual({
      line: CHROME_LINE,
      text: "Join our channel on Telegram!",
      reason: 'config: chrome phrase "join our channel on telegram"',
      rule: "config/chrome-phrase",
    });
    expect(extract(DUMP).removed.find((line) => line.line === CHROME_LINE)?.rule).not.toMatch(/^config\//u);
  });

  it("removes lines that match a configured pattern", () => {
    const doc = extract(DUMP, { rules: { ...rules, chrome: [/^join our .+ on telegram/giu] } });
    expect(doc.removed).toContainEqual(
      expect.objectContaining({ line: CHROME_LINE, reason: "config: chrome pattern /^join our .+ on telegram/iu" }),
    );
  });

  it("reads configured question and answer labels, stripped from the text", () => {
    expect(extract(DUMP, { rules }).qa).toEqual([
      { question: "When does the harvest begin?", answer: ["In the first week of June, as every year."] },
      { question: "And the exports?", answer: ["They start once the silos are full."] },
    ]);
  });

  it("takes the asker from configured speaker roles instead of guessing", () => {
    const transcript = [
      "Minister Outlines the Harvest Plan for the Coming Season",
      "",
      "The agriculture minister spoke to our reporter about the harvest plan and the export targets.",
      "",
      "guest: Thank you for having me. Shall we begin?",
      "",
      "host: Yes. The harvest begins in June.",
      "",
      "guest: And the exports follow in July?",
      "",
      "host: They do, once the silos are full.",
      "",
    ].join("\n");
    const doc = extract(transcript, { rules: { speakers: { Host: "interviewee", Guest: "interviewer" } } });
    expect(doc.qa.map((pair) => [pair.asker, pair.answerer])).toEqual([
      ["guest", "host"],
      ["guest", "host"],
    ]);
  });

  it("rejects a chrome entry that is neither a string nor a RegExp", () => {
    expect(() => extract(DUMP, { rules: { chrome: [42 as unknown as string] } })).toThrow(TypeError);
  });
});
