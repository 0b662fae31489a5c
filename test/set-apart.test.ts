/**
 * Lines set apart above their paragraph in a wrapped dump (a `<br>` after a
 * bold question, as a browser's text view keeps it) read as the questions.
 */
import { describe, expect, it } from "vitest";
import { markSetApartLines } from "../src/set-apart.js";
import { pairsOf } from "./helpers/pairs.js";
import type { Block } from "../src/types.js";

/** A block on the given lines. */
function block(first: number, last: number, text: string): Block {
  return { firstLine: first, lastLine: last, text, hints: {} };
}

/** Blocks of a dump: each turn a line right above its reply, turns apart by a blank line. */
function dump(turns: Array<[string, string]>): Block[] {
  const blocks: Block[] = [];
  let line = 1;
  for (const [question, reply] of turns) {
    blocks.push(block(line, line, question), block(line + 1, line + 2, reply));
    line += 4;
  }
  return blocks;
}

const REPLY = "Not really. The supply boat comes every second Thursday and the gulls never leave.";

describe("markSetApartLines", () => {
  it("marks the set-apart lines when some ask and some state", () => {
    const blocks = dump([
      ["Your job must be lonely.", REPLY],
      ["How often does the lamp need attention?", REPLY],
      ["What was the worst storm you have seen?", REPLY],
    ]);
    const marked = markSetApartLines(blocks).map((item) => item.hints.emphasized === true);
    expect(marked).toEqual([true, false, true, false, true, false]);
  });

  it("marks a follow-up of two words when it asks, but not a two-word line that states", () => {
    const blocks = dump([
      ["Your job must be lonely.", REPLY],
      ["For instance?", REPLY],
      ["What was the worst storm you have seen?", REPLY],
      ["Very windy.", REPLY],
    ]);
    expect(markSetApartLines(blocks).map((item) => item.hints.emphasized === true)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it("marks a question the dump wrapped over two lines", () => {
    const blocks = [
      block(1, 1, "Your job must be lonely."),
      block(2, 3, REPLY),
      block(5, 6, "You said the lamp is checked every night, like a clock that never stops. How often does it fail?"),
      block(7, 8, REPLY),
      block(10, 10, "What was the worst storm you have seen?"),
      block(11, 12, REPLY),
    ];
    expect(markSetApartLines(blocks).map((item) => item.hints.emphasized === true)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it("does not mark the first part of an answer that a hard line break splits under its question", () => {
    const blocks = [
      block(1, 1, "Your job must be lonely."),
      block(2, 3, REPLY),
      block(5, 5, "How often does the lamp need attention?"),
      block(6, 7, "Every night, and twice when the fog comes in from the sea and stays."),
      block(8, 9, REPLY),
      block(11, 11, "What was the worst storm you have seen?"),
      block(12, 13, REPLY),
    ];
    expect(markSetApartLines(blocks).map((item) => item.hints.emphasized === true)).toEqual([
      true,
      false,
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it("leaves a dump alone when every set-apart line asks (paragraph questions read those), or when there are too few", () => {
    const asking = dump([
      ["Is your job lonely?", REPLY],
      ["How often does the lamp need attention?", REPLY],
      ["What was the worst storm you have seen?", REPLY],
    ]);
    expect(markSetApartLines(asking).some((item) => item.hints.emphasized)).toBe(false);
    const few = dump([
      ["Your job must be lonely.", REPLY],
      ["How often does the lamp need attention?", REPLY],
    ]);
    expect(markSetApartLines(few).some((item) => item.hints.emphasized)).toBe(false);
  });

  it("does not take a headline in title case over its teaser (a story card) as set apart", () => {
    const blocks = dump([
      ["Your job must be lonely.", REPLY],
      ["Can Babies Learn To Love Vegetables?", REPLY],
      ["How often does the lamp need attention?", REPLY],
      ["What was the worst storm you have seen?", REPLY],
    ]);
    expect(markSetApartLines(blocks).map((item) => item.hints.emphasized === true)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it("does not take a menu line or a line followed by a blank line as set apart", () => {
    const blocks = [
      block(1, 1, "Home"),
      block(2, 2, "News and Sport"),
      block(4, 4, "Your job must be lonely."),
      block(6, 7, REPLY),
      ...dump([
        ["How often does the lamp need attention?", REPLY],
        ["That sounds rehearsed.", REPLY],
        ["Do you like it?", REPLY],
      ]).map((item) => ({ ...item, firstLine: item.firstLine + 10, lastLine: item.lastLine + 10 })),
    ];
    const marked = markSetApartLines(blocks).map((item) => item.hints.emphasized === true);
    expect(marked.slice(0, 4)).toEqual([false, false, false, false]);
    expect(marked.slice(4)).toEqual([true, false, true, false, true, false]);
  });

  describe("a turn whose closing mark the dump lost", () => {
    /** A dump with the shape, then one more line over a reply wrapped at 80 columns. */
    function withLine(line: string): Block[] {
      const blocks = dump([
        ["Your job must be lonely.", REPLY],
        ["How often does the lamp need attention?", REPLY],
        ["What was the worst storm you have seen?", REPLY],
      ]);
      const reply = `${REPLY} ${REPLY} ${REPLY}`;
      return [...blocks, block(14, 14, line), block(15, 17, reply)];
    }

    it.each([
      ["reads as a sentence", "So if anyone deserves a storm, it is the lighthouse keeper", true],
      ["is a subheading in title case", "The Long Winter On Anne's Point Harbour", false],
      ["is too short for a sentence", "and the gulls", false],
      [
        "runs to the reply's width (split off by a label-like word)",
        `${"the keeper said the lamp was checked nightly ".repeat(2)}trim`,
        false,
      ],
    ])("a line that %s: marked %s", (_, line, marked) => {
      const result = markSetApartLines(withLine(line)).at(-2)!;
      expect(result.hints.emphasized === true && result.hints.unclosed === true).toBe(marked);
    });

    it("is not marked in a dump without the shape", () => {
      const blocks = [
        block(1, 1, "So if anyone deserves a storm, it is the lighthouse keeper"),
        block(2, 4, `${REPLY} ${REPLY}`),
      ];
      expect(markSetApartLines(blocks)[0]!.hints.emphasized).toBeUndefined();
    });
  });

  it("reads the turn in a wrapped dump as the question of its pair", () => {
    const text = [
      "Interview: the keeper of Anne's Point",
      "March 3, 2024",
      wrap(
        "For thirty years Ada Morrow has kept the lamp of Anne's Point burning through every winter. We met her " +
          "in the tower room, where the radio crackles all night, to ask about the work nobody sees.",
      ),
      "Your job must be lonely.\n" +
        wrap(
          "Not really. The supply boat comes every second Thursday, and the gulls never leave me alone for long, so there is always somebody to argue with.",
        ),
      "How often does the lamp need attention?\n" +
        wrap(
          "Every night, and twice when the fog comes in from the sea and stays. The lens has to be wiped, the clockwork wound, and the log kept by hand.",
        ),
      "So if anyone deserves a storm, it is the lighthouse keeper\n" +
        wrap(
          "Ha. I would not wish a storm on anybody, least of all myself. When the wind turns east the whole tower hums like a bottle, and you do not sleep.",
        ),
      "What was the worst storm you have seen?\n" +
        wrap(
          "The winter of the ice, in 1998. The boat could not come for five weeks, and we lived on tinned peaches and the radio until the harbour opened.",
        ),
    ].join("\n\n");
    expect(pairsOf(`${text}\n`).map((pair) => pair.question)).toEqual([
      "Your job must be lonely.",
      "How often does the lamp need attention?",
      "So if anyone deserves a storm, it is the lighthouse keeper",
      "What was the worst storm you have seen?",
    ]);
  });
});

/** A paragraph wrapped at 78 columns, as a text browser prints it. */
function wrap(paragraph: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > 78) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}
