/**
 * The lexicons' intro phrases by which the run-on splitter gives a reporter paragraph's last
 * sentence, announcing the interview with a colon, a block of its own ("… on Monday. Here is
 * the full text of the interview:"). Each phrase of each language, in that language's lexicons.
 */
import { describe, expect, it } from "vitest";
import { languageOf } from "./helpers/lexicon-cases.js";
import { LEXICONS } from "../src/lexicon/index.js";
import { splitRunOnBlocks } from "../src/run-on.js";

/** The texts one paragraph is cut into, read with one language's lexicons (and English). */
function pieces(text: string, code: string): string[] {
  const block = { firstLine: 1, lastLine: 1, text, hints: {} };
  return splitRunOnBlocks([block], languageOf(code)).map((piece) => piece.text);
}

const PHRASES = LEXICONS.flatMap((lexicon) =>
  (lexicon.introPhrases ?? []).map((phrase): [string, string] => [lexicon.code, phrase]),
);

/** A phrase that begins and ends with a letter of a cased script is found only as whole words. */
const BOUNDED = PHRASES.filter(([, phrase]) => /^[\p{Lu}\p{Ll}].*[\p{Lu}\p{Ll}]$/u.test(phrase));

describe("intro phrases announcing the interview at a paragraph's end", () => {
  it.each(PHRASES)("%s phrase %s gives the announcement a block of its own", (code, phrase) => {
    expect(pieces(`The minister spoke to us on Monday. Here is ${phrase} of the talk:`, code)).toEqual([
      "The minister spoke to us on Monday.",
      `Here is ${phrase} of the talk:`,
    ]);
  });

  // "the followingx", "ci-dessousx", "нижеx": a longer word announces nothing.
  it.each(BOUNDED)("%s phrase %s inside a longer word announces nothing", (code, phrase) => {
    const text = `The minister spoke to us on Monday. Here is ${phrase}x of the talk:`;
    expect(pieces(text, code)).toEqual([text]);
  });

  it("a sentence without a colon after the phrase is prose", () => {
    const text = "The minister spoke to us on Monday. Here is the full text of the talk.";
    expect(pieces(text, "en")).toEqual([text]);
  });

  it("a phrase of another language announces nothing", () => {
    const text = "The minister spoke to us on Monday. Voici ci-dessous the talk:";
    expect(pieces(text, "en")).toEqual([text]);
    expect(pieces(text, "fr")).toEqual(["The minister spoke to us on Monday.", "Voici ci-dessous the talk:"]);
  });
});
