/**
 * The lexicons' words a licence notice opens with, where the run-on splitter may cut a notice
 * glued to the end of an answer without a full stop before it ("…to a large extent All content
 * on this site is licensed under CC BY 4.0."). Each word of each language, in that language's lexicons.
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

const OPENINGS = LEXICONS.flatMap((lexicon) =>
  (lexicon.noticeOpenings ?? []).map((word): [string, string] => [lexicon.code, word]),
);

/** An opening as it starts a sentence. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

describe("words a glued licence notice opens with", () => {
  it.each(OPENINGS)("%s opening %s starts the notice without a full stop before it", (code, word) => {
    const notice = `${capitalised(word)} of the site is licensed under CC BY 4.0.`;
    expect(pieces(`A: It grew to a large extent ${notice}`, code)).toEqual(["A: It grew to a large extent", notice]);
  });

  // "Copyrightx", "All contentx": a longer word opens nothing, and the notice stays glued.
  it.each(OPENINGS)("%s opening %s inside a longer word starts nothing", (code, word) => {
    const text = `A: It grew to a large extent ${capitalised(word)}x of the site is licensed under CC BY 4.0.`;
    expect(pieces(text, code)).toEqual([text]);
  });
});
