/**
 * The lexicons' courtesies: a short reply that opens with thanks or a greeting, at the start of
 * the interview, makes no pair ("Welcome to the show." / "Thank you, Amy."). Each form of each
 * phrase of each language (choices in braces spelled out), in that language's lexicons.
 */
import { describe, expect, it } from "vitest";
import { languageOf, wordCases } from "./helpers/lexicon-cases.js";
import { segmentBody } from "../src/classify/segment.js";
import { LEXICONS, phrases, withChoices } from "../src/lexicon/index.js";
import { compileRules } from "../src/rules.js";

/** The questions of a labelled interview whose first reply is the given one, read with one language's lexicons (and English). */
function questions(reply: string, code: string): string[] {
  const texts = [
    "Q: Welcome to the show.",
    `A: ${reply}`,
    "Q: Why now?",
    "A: Because the harbour reopened.",
    "Q: And then?",
    "A: We wait.",
  ];
  const blocks = texts.map((text, index) => ({ firstLine: index + 1, lastLine: index + 1, text, hints: {} }));
  const rules = compileRules({}, languageOf(code));
  return segmentBody(blocks, rules)
    .segments.filter((segment) => segment.role === "question")
    .map((segment) => segment.text);
}

/** Every [language, form] of the courtesies, a stem without its mark. */
const COURTESIES = LEXICONS.flatMap((lexicon) =>
  phrases("courtesies", [lexicon]).map((form): [string, string] => [lexicon.code, form.replace(/\*$/u, "")]),
);

describe("courtesies that make a reply no answer", () => {
  it.each(COURTESIES)("%s courtesy %s", (code, form) => {
    expect(questions(`${form}, Amy.`, code)).toEqual(["Why now?", "And then?"]);
    expect(questions(`Oh, ${form.toUpperCase()} Amy.`, code)).toEqual(["Why now?", "And then?"]);
  });

  it.each(wordCases((lexicon) => lexicon.courtesyLeadIns))(
    "%s lead-in %s may stand before a courtesy",
    (code, word) => {
      expect(questions(`${word}, thank you, Amy.`, code)).toEqual(["Why now?", "And then?"]);
      expect(questions(`Well, ${word} a pleasure, Amy.`, code)).toEqual(["Why now?", "And then?"]);
    },
  );

  it.each([
    ["a reply that thanks nobody", "We started in May."],
    ["a courtesy inside a longer word", "Hix, Amy."],
    ["a courtesy late in the reply", "We started in May, thank you."],
  ])("%s is an answer", (_case, reply) => {
    expect(questions(reply, "en")).toHaveLength(3);
  });

  it("a courtesy of another language is an answer", () => {
    expect(questions("Спасибо, Amy.", "en")).toHaveLength(3);
    expect(questions("Спасибо, Amy.", "ru")).toHaveLength(2);
  });
});

describe("phrases with choices in braces", () => {
  it.each([
    ["good {morning|evening}", ["good morning", "good evening"]],
    ["{a |my |}pleasure", ["a pleasure", "my pleasure", "pleasure"]],
    ["{i'm|i’m} {fine|well}", ["i'm fine", "i'm well", "i’m fine", "i’m well"]],
    ["no choice", ["no choice"]],
  ])("%s is spelled out", (phrase, forms) => {
    expect(withChoices(phrase)).toEqual(forms);
  });
});
