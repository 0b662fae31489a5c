import { describe, expect, it } from "vitest";
import { toBlocks } from "../src/blocks.js";
import { selectLexicons } from "../src/lexicon/index.js";
import { toLines } from "../src/normalize.js";

/** A paragraph wrapped at `width` columns, as a terminal dump prints it. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

const PARAGRAPH =
  "The ferry left the harbour at six in the morning, and the captain, who had made the crossing for twenty years, said that the sea had never been so calm in all the time he had known it, not even in the long summers of his childhood on the island.";

describe("toBlocks", () => {
  it("joins the wrapped paragraphs of a dump whose menus make most lines short", () => {
    const menu = Array.from({ length: 100 }, (_, index) => `Section ${index + 1}`);
    const text = [...menu, "", ...wrap(PARAGRAPH, 100), "", ...wrap(PARAGRAPH, 100), "", ...wrap(PARAGRAPH, 100)].join(
      "\n",
    );
    const blocks = toBlocks(toLines(text));
    expect(blocks.filter((block) => block.text === PARAGRAPH)).toHaveLength(3);
  });

  it("joins the wrapped paragraphs of a short page whose lines all break before a capital", () => {
    // Every word capitalised: no break inside a sentence runs on in lower case, the other evidence of a wrap.
    const capitalised = PARAGRAPH.replace(/(?<![\p{L}'])\p{Ll}/gu, (letter) => letter.toUpperCase());
    const menu = Array.from({ length: 40 }, (_, index) => `Harbour section number ${index + 1} and its news`);
    const paragraphs = Array.from({ length: 4 }, () => ["", ...wrap(capitalised, 100)]).flat();
    const blocks = toBlocks(toLines([...menu, ...paragraphs].join("\n")));
    expect(blocks.filter((block) => block.text === capitalised)).toHaveLength(4);
  });

  it("keeps paragraphs written one a line apart when their lengths run past any common width", () => {
    const sentences = PARAGRAPH.split(", ");
    const lines = Array.from({ length: 30 }, (_, index) =>
      sentences.slice(0, 1 + (index % sentences.length)).join(", "),
    );
    expect(toBlocks(toLines(lines.join("\n")))).toHaveLength(30);
  });

  it("keeps short paragraphs on lines of their own apart", () => {
    const text = [
      "Is the ferry late again today?",
      "yes, it is late, as it was yesterday and the day before.",
      "And tomorrow?",
      "nobody knows.",
    ].join("\n");
    expect(toBlocks(toLines(text))).toHaveLength(4);
  });

  it("keeps a photo's credit apart from the caption line it would wrap onto", () => {
    const caption = wrap(PARAGRAPH, 60)[0]!;
    const text = [...wrap(PARAGRAPH, 60), "", ...wrap(PARAGRAPH, 60), "", caption, "Lena Ortiz/Courier"].join("\n");
    const blocks = toBlocks(toLines(text)).map((block) => block.text);
    expect(blocks).toContain("Lena Ortiz/Courier");
    expect(blocks).toContain(caption);
  });

  it("keeps a list's heading apart from the paragraph above it, and an item's wrap with its item", () => {
    const last = "and on most days the crossing took four hours, no more.";
    const items = ["* Storm closes the northern ferry route", "* Council votes on the new library plans"];
    const text = [...wrap(PARAGRAPH, 60), "", ...wrap(PARAGRAPH, 60), last, "Related Stories", ...items].join("\n");
    const blocks = toBlocks(toLines(text)).map((block) => block.text);
    expect(blocks).toContain("Related Stories");
    expect(blocks.at(-4)!.endsWith(last)).toBe(true);
    const wrapped = ["* Tow boats free a yacht frozen in the ice near St.", "Anne's Point Harbour", ...items];
    const itemBlocks = toBlocks(toLines([...wrap(PARAGRAPH, 60), "", ...wrapped].join("\n"))).map(
      (block) => block.text,
    );
    expect(itemBlocks).toContain("* Tow boats free a yacht frozen in the ice near St. Anne's Point Harbour");
  });

  // The label opens a line a wrap would join to the one before: only a label of the document's languages breaks it.
  it.each([
    ["de", 2],
    ["en", 1],
  ] as const)("in a %s document, a wrapped line opening with 'Frage –' starts a turn: %i blocks", (code, count) => {
    const lines = wrap(PARAGRAPH, 60);
    const text = [...wrap(PARAGRAPH, 60), "", ...lines.slice(0, -1), `Frage – ${lines.at(-1)!}`].join("\n");
    const blocks = toBlocks(toLines(text), selectLexicons(new Set(["en", code])));
    expect(blocks.slice(1)).toHaveLength(count);
  });
});
