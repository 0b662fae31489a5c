/**
 * The lexicons' pronouns by which a paragraph after the last answer is still the guest's
 * (classify/closing.ts): a short note of facts is the reporter's closing unless it speaks as
 * "I", "we" or to "you". Each pronoun of each language, in that language's lexicons.
 */
import { describe, expect, it } from "vitest";
import { languageOf, wordCases } from "./helpers/lexicon-cases.js";
import { markClosing } from "../src/classify/closing.js";
import type { ClassifiedBlock } from "../src/types.js";

/** A classified block. */
function block(role: "question" | "answer", text: string, unlabeled: boolean): ClassifiedBlock {
  const rule = role === "question" ? "turns/question-label" : "turns/answer-label";
  return { block: { firstLine: 1, lastLine: 1, text, hints: {} }, role, reason: "", rule, text, pair: 0, unlabeled };
}

/** The role the last paragraph after an answer gets, read with one language's lexicons (and English). */
function lastRole(paragraph: string, code: string): string {
  const blocks = [
    block("question", "When does it open?", false),
    block("answer", "Soon, and the work was worth it.", false),
    block("answer", paragraph, true),
  ];
  return markClosing(blocks, null, languageOf(code)).at(-1)!.role;
}

const PRONOUNS = wordCases((lexicon) => [...(lexicon.pronouns?.i ?? []), ...(lexicon.pronouns?.you ?? [])]);
const ELIDED = wordCases((lexicon) => lexicon.pronouns?.iElided);

describe("pronouns that keep a paragraph the guest's", () => {
  it.each(PRONOUNS)("%s pronoun %s", (code, word) => {
    expect(lastRole(`On 12 May, ${word} at the museum.`, code)).toBe("answer");
    expect(lastRole(`On 12 May, ${word.toUpperCase()} at the museum.`, code)).toBe("answer");
  });

  it.each(ELIDED)("%s elided pronoun %s before its apostrophe", (code, word) => {
    expect(lastRole(`Le 12 mai, ${word}'ai visité le musée.`, code)).toBe("answer");
    expect(lastRole(`Le 12 mai, ${word}’ai visité le musée.`, code)).toBe("answer");
  });

  // "myx", "яx", "منx": a word that only begins like a pronoun, non-ASCII ends too.
  it.each(PRONOUNS)("%s pronoun %s inside a longer word", (code, word) => {
    expect(lastRole(`On 12 May, ${word}x at the museum.`, code)).toBe("closing");
  });

  it.each(ELIDED)("%s elided pronoun %s without its apostrophe is an initial", (code, word) => {
    expect(lastRole(`Le 12 mai, ${word.toUpperCase()}. Dupont a visité le musée.`, code)).toBe("closing");
  });

  it("a pronoun of another language is no pronoun", () => {
    expect(lastRole("On 12 May, ma at the museum.", "en")).toBe("closing");
    expect(lastRole("On 12 May, ma at the museum.", "fr")).toBe("answer");
  });
});
