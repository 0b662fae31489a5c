/**
 * The lexicons' words for comments, by which a comment thread's counter is chrome
 * ("12 Comments", "Kommentare (3)", "27 Postings"). Each word of each language, in that
 * language's lexicons, as a counter and inside a longer word.
 */
import { describe, expect, it } from "vitest";
import { languageOf } from "./helpers/lexicon-cases.js";
import { matchChrome } from "../src/classify/chrome.js";
import { LEXICONS } from "../src/lexicon/index.js";

const WORDS = LEXICONS.flatMap((lexicon) =>
  (lexicon.commentWords ?? []).map((word): [string, string] => [lexicon.code, word]),
);

/** The chrome rule a line matches, read with one language's lexicons (and English). */
function ruleOf(text: string, code: string): string | null {
  return matchChrome(text, [], languageOf(code))?.name ?? null;
}

describe("words for comments in a thread's counter", () => {
  it.each(WORDS)("%s word %s counts comments", (code, word) => {
    expect(ruleOf(`12 ${word}`, code)).toBe("comment-count");
    expect(ruleOf(`${word.toUpperCase()} (3)`, code)).toBe("comment-count");
    expect(ruleOf(`Show all 40 ${word}`, code)).toBe("comment-count");
  });

  // "12 commentsx", "12 réactionsx", "12 комментариевx": a longer word is no counter.
  it.each(WORDS)("%s word %s inside a longer word counts nothing", (code, word) => {
    expect(ruleOf(`12 ${word}x`, code)).toBeNull();
  });

  it("a word of another language counts nothing", () => {
    expect(ruleOf("12 Kommentare", "en")).toBeNull();
    expect(ruleOf("12 Kommentare", "de")).toBe("comment-count");
  });
});
