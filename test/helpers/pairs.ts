/** What tests of turn shapes read: a text's pairs as the library gives them, and texts made of paragraphs. */
import { extract } from "../../src/index.js";

/** Questions and answers of a text, as the library reads them. */
export function pairsOf(text: string): Array<{ question: string; answer: string }> {
  return extract(text, { name: "t.txt" }).qa.map((pair) => ({
    question: pair.question,
    answer: pair.answer.join(" "),
  }));
}

/** Paragraphs joined by blank lines. */
export function paragraphs(...lines: string[]): string {
  return `${lines.join("\n\n")}\n`;
}
