/**
 * The lexicons' words the interview check reads to count the sources an answer quotes
 * ("says Laura Kemper", "Raj Patel said"): the quoting verbs, and the capitalised words that
 * open a sentence rather than name a source. Each word of each language, in that language's lexicons.
 */
import { describe, expect, it } from "vitest";
import { languageOf, wordCases } from "./helpers/lexicon-cases.js";
import { gatherEvidence } from "../src/classify/interview-check.js";
import { notFirstNameWords } from "../src/lexicon/index.js";
import type { ClassifiedBlock } from "../src/types.js";

/** A classified block of one role. */
function block(role: "question" | "answer", text: string, pair: number): ClassifiedBlock {
  return {
    block: { firstLine: 1, lastLine: 1, text, hints: {} },
    role,
    reason: "",
    rule: role === "question" ? "turns/paragraph-question" : "turns/answer-label",
    text,
    pair,
  };
}

/** How many distinct sources one answer quotes, read with one language's lexicons (and English). */
function sources(answer: string, code: string): number {
  const blocks = [block("question", "What does the survey show?", 0), block("answer", answer, 0)];
  return gatherEvidence({
    blocks,
    title: null,
    language: null,
    shape: "paragraph questions",
    lexicons: languageOf(code),
  }).sources;
}

describe("quoting verbs beside a source's name", () => {
  it.each(wordCases((lexicon) => lexicon.quotingVerbs))(
    "%s verb %s after a name of two words quotes a source",
    (code, verb) => {
      expect(sources(`The survey is late, Laura Kemper ${verb}. It is also short, ${verb} Raj Patel.`, code)).toBe(2);
    },
  );

  it.each(wordCases((lexicon) => lexicon.quotingVerbs))(
    "%s verb %s inside a longer word quotes nobody",
    (code, verb) => {
      expect(sources(`The survey is late, Laura Kemper ${verb}x. It is also short, ${verb}x Raj Patel.`, code)).toBe(0);
    },
  );

  it.each(wordCases((lexicon) => lexicon.attributionWords))(
    "%s attribution word %s before a name quotes a source",
    (code, word) => {
      expect(sources(`The survey is late, ${word} Greer.`, code)).toBe(1);
    },
  );

  it("reads a name with non-ASCII letters at both ends", () => {
    expect(sources("The ice is thin, says Ólafur Sigurðsson.", "en")).toBe(1);
  });
});

describe("capitalised words that name no source", () => {
  it.each(wordCases((lexicon) => notFirstNameWords([lexicon]).filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word))))(
    "%s word %s opening the name quotes nobody",
    (code, word) => {
      expect(sources(`The survey is late, ${word} Kemper said.`, code)).toBe(0);
    },
  );

  it("a first name opening the name quotes a source", () => {
    expect(sources("The survey is late, Laura Kemper said.", "en")).toBe(1);
  });
});
