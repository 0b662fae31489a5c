/**
 * Crawled run-on dumps: inline turn labels, the announcement glued to the first
 * question, and licence lines and reporter's initials glued to the last answer.
 */
import { describe, expect, it } from "vitest";
import { LEXICONS, selectLexicons } from "../src/lexicon/index.js";
import { splitRunOnBlocks } from "../src/run-on.js";
import type { Block } from "../src/types.js";

/** Blocks on consecutive lines, one per text. */
function blocks(...texts: string[]): Block[] {
  return texts.map((text, index) => ({ firstLine: index + 1, lastLine: index + 1, text, hints: {} }));
}

/** The texts of the blocks a dump is cut into. */
function pieces(...texts: string[]): string[] {
  return splitRunOnBlocks(blocks(...texts)).map((block) => block.text);
}

/** A long answer, so a block holding it is a run-on line. */
const LONG_ANSWER = "The harbour was rebuilt twice, and each time the boats came back within a year. ".repeat(8).trim();

describe("inline turn labels", () => {
  it("cuts the announcement from the first question after its colon", () => {
    expect(
      pieces(
        `The minister spoke to us. Following is the text of the interview: Q: Why now? A: ${LONG_ANSWER} Q: And then? A: We wait.`,
      ),
    ).toEqual([
      "The minister spoke to us.",
      "Following is the text of the interview:",
      "Q: Why now?",
      `A: ${LONG_ANSWER}`,
      "Q: And then?",
      "A: We wait.",
    ]);
  });

  it("cuts labels with no space after the colon, or glued to a closing quote", () => {
    expect(pieces(`Q:Why now? A:${LONG_ANSWER} As he said, "never again."Q: And then? A: We wait.`)).toEqual([
      "Q:Why now?",
      `A:${LONG_ANSWER} As he said, "never again."`,
      "Q: And then?",
      "A: We wait.",
    ]);
  });

  it("cuts an unpunctuated label only where the turn changes kind", () => {
    const [, answer, question] = pieces(
      `Q: What is the plan? A: ${LONG_ANSWER} Plan A: new lines. Plan B: storage, and soon Q: Who pays? A: The state.`,
    );
    expect(answer).toBe(`A: ${LONG_ANSWER} Plan A: new lines. Plan B: storage, and soon`);
    expect(question).toBe("Q: Who pays?");
  });

  it("cuts a label glued to a word's full stop only where the turn changes", () => {
    expect(pieces(`Q: Why now? It is a matter of WHEN.A: ${LONG_ANSWER} Q: And then? A: We wait.`)).toEqual([
      "Q: Why now? It is a matter of WHEN.",
      `A: ${LONG_ANSWER}`,
      "Q: And then?",
      "A: We wait.",
    ]);
    expect(pieces(`Q: Why now? A: ${LONG_ANSWER} It was over.A: a new start. Q: And then? A: We wait.`)).toContain(
      `A: ${LONG_ANSWER} It was over.A: a new start.`,
    );
  });

  it("does not cut a label glued to a word", () => {
    expect(pieces(`Q: Which flag? A: ${LONG_ANSWER} The U.S.A: a republic. Q: And then? A: We wait.`)).toContain(
      `A: ${LONG_ANSWER} The U.S.A: a republic.`,
    );
  });

  it("cuts the only inline label of a short block when the document labels its turns inline", () => {
    expect(pieces("Q: Where were you? A: At sea.", "We came back in May. Q: Why May? A: The weather.")).toEqual([
      "Q: Where were you?",
      "A: At sea.",
      "We came back in May.",
      "Q: Why May?",
      "A: The weather.",
    ]);
  });

  it("leaves a short paragraph whole in a document without inline labels", () => {
    expect(pieces("He asked the crowd. Q: is a letter he never liked.")).toEqual([
      "He asked the crowd. Q: is a letter he never liked.",
    ]);
  });

  it("gives an announcement ending a reporter paragraph a block of its own", () => {
    expect(
      pieces("She has run the lab since 2016. The following is the text of the interview:", "Q: Why now?"),
    ).toEqual(["She has run the lab since 2016.", "The following is the text of the interview:", "Q: Why now?"]);
  });
});

describe("chrome glued to a block's end", () => {
  it("cuts a licence notice and the reporter's initials off the last answer, on the block's last line", () => {
    const [answer, initials, licence] = splitRunOnBlocks([
      {
        firstLine: 4,
        lastLine: 6,
        text: "A: We will see. RK/MT All content by Example Daily is licensed under a Creative Commons Attribution 4.0 International License.",
        hints: {},
      },
    ]);
    expect(answer).toMatchObject({ text: "A: We will see.", firstLine: 4, lastLine: 6 });
    expect(initials).toMatchObject({ text: "RK/MT", firstLine: 6, lastLine: 6 });
    expect(licence).toMatchObject({
      text: "All content by Example Daily is licensed under a Creative Commons Attribution 4.0 International License.",
      firstLine: 6,
    });
  });

  it("cuts a notice that follows the answer without a full stop", () => {
    expect(pieces("A: It grew to a large extent All content on this site is licensed under CC BY 4.0.")).toEqual([
      "A: It grew to a large extent",
      "All content on this site is licensed under CC BY 4.0.",
    ]);
  });

  it("cuts trailing initials with no notice after them", () => {
    expect(pieces("A: All have been stopped. SP/")).toEqual(["A: All have been stopped.", "SP/"]);
  });

  it("keeps an answer's last sentence about copyright or rights", () => {
    expect(pieces("A: We disagree. Copyright law must change.")).toEqual([
      "A: We disagree. Copyright law must change.",
    ]);
    expect(pieces("A: We disagree. All rights of the tenants must be kept.")).toEqual([
      "A: We disagree. All rights of the tenants must be kept.",
    ]);
  });

  it("leaves a copyright line that is chrome as a whole in one piece", () => {
    expect(pieces("Copyright © 2025 Example Daily. All rights reserved.")).toEqual([
      "Copyright © 2025 Example Daily. All rights reserved.",
    ]);
  });
});

describe("each language's rights-reserved phrases", () => {
  /** The pieces of an answer ending with a sentence, read in English and the language `code`. */
  function answerPieces(code: string, sentence: string): string[] {
    const lexicons = selectLexicons(new Set(["en", code]));
    return splitRunOnBlocks(blocks(`A: We will see. ${sentence}`), lexicons).map((block) => block.text);
  }

  it.each(
    LEXICONS.flatMap((lexicon) => (lexicon.rightsReserved ?? []).map((phrase) => [lexicon.code, phrase] as const)),
  )("%s %s makes the sentence ending an answer a notice of its own", (code, phrase) => {
    const notice = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}: Example Daily 2025.`;
    expect(answerPieces(code, notice)).toEqual(["A: We will see.", notice]);
  });

  it.each([
    ["en", "Example Daily reserved the rights to the film."],
    ["en", "Example Daily 2025, tous droits réservés."],
    ["fr", "Nous avons réservé tous les droits."],
  ])("%s %s stays in the answer", (code, sentence) => {
    expect(answerPieces(code, sentence)).toEqual([`A: We will see. ${sentence}`]);
  });
});

describe("turns marked by dashes and list symbols, on one line", () => {
  it("cuts before each symbol that follows a sentence end: `* question? - answer.`", () => {
    const answer = "The harbour was rebuilt twice, and the boats came back within a year each time.";
    expect(
      pieces(
        `${LONG_ANSWER} * Why rebuild it? - ${answer} * And the boats? - They stayed. * Will it last? - We hope so.`,
      ),
    ).toEqual([
      LONG_ANSWER,
      "* Why rebuild it?",
      `- ${answer}`,
      "* And the boats?",
      "- They stayed.",
      "* Will it last?",
      "- We hope so.",
    ]);
  });

  it("cuts each question from its answer where only the questions carry the dash", () => {
    const reply = "We waited for the spring tides. The divers went down every morning.";
    expect(
      pieces(
        `${LONG_ANSWER} — Lena, the wreck lay there for years. Why lift it now? ${reply} — And the divers? Were they afraid? ${reply} — What comes next? ${reply}`,
      ),
    ).toEqual([
      LONG_ANSWER,
      "— Lena, the wreck lay there for years. Why lift it now?",
      reply,
      "— And the divers? Were they afraid?",
      reply,
      "— What comes next?",
      reply,
    ]);
  });

  it("leaves turns alone where the answers carry the dash too", () => {
    const text = `${LONG_ANSWER} — Why lift it now? — Because the spring tides allow it. Nobody had tried. — And the divers? — Why would they be afraid? They train for this. — What next? — A museum.`;
    expect(pieces(text)).toEqual([
      LONG_ANSWER,
      "— Why lift it now?",
      "— Because the spring tides allow it. Nobody had tried.",
      "— And the divers?",
      "— Why would they be afraid? They train for this.",
      "— What next?",
      "— A museum.",
    ]);
  });
});
