/**
 * The HTML reader's parser is htmlparser2 with a tokenizer that skips through script, style and
 * comment bodies by native string search (src/html/dom.ts): it must build the very tree htmlparser2
 * builds, offsets included, whatever the raw text and comments hold.
 */
import { createRequire } from "node:module";
import fc from "fast-check";
import type { AnyNode } from "domhandler";
import { describe, expect, it } from "vitest";
import { parsePage } from "../src/html/dom.js";

const { parseDocument } = createRequire(import.meta.url)("htmlparser2") as typeof import("htmlparser2");

/** A node and everything under it as plain data: kind, name, attributes, text and source offsets. */
function shape(node: AnyNode): unknown {
  const own = { type: node.type, start: node.startIndex, end: node.endIndex };
  if ("attribs" in node) return { ...own, name: node.name, attribs: node.attribs, children: node.children.map(shape) };
  if ("children" in node) return { ...own, children: node.children.map(shape) };
  return { ...own, data: node.data };
}

/** The tree htmlparser2 builds on its own, with the reader's options. */
function plainTree(html: string): unknown {
  return shape(
    parseDocument(html, { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true }),
  );
}

/** Markup heavy in what the tokenizer skips through: raw text with `<` and near-end tags, comments, CDATA, unterminated ones. */
const rawTextSoup = fc
  .array(
    fc.constantFrom(
      "<script>",
      "<SCRIPT type='x'>",
      "</script>",
      "</scr",
      "</script ",
      "<style>",
      "</style>",
      "</STYLE >",
      "<title>",
      "</title>",
      "<textarea>",
      "</textarea>",
      "<!--",
      "-->",
      "--->",
      "- -",
      "<![CDATA[",
      "]]>",
      "]]]>",
      "<",
      "<<",
      "</",
      ">",
      "&amp;",
      "&lt;",
      '<p class="a<b">',
      "</p>",
      "<div>",
      "</div>",
      "if (a < b) {}",
      "\n",
      " word ",
    ),
    { maxLength: 60 },
  )
  .map((tokens) => tokens.join(""));

describe("the HTML reader's parser", () => {
  it("builds the tree htmlparser2 builds, with the same offsets", () => {
    fc.assert(
      fc.property(rawTextSoup, (html) => {
        expect(shape(parsePage(html).root)).toEqual(plainTree(html));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a script's end past a long body, and runs an unterminated one to the end of the page", () => {
    const body = "var x = 1;".repeat(5000);
    for (const html of [
      `<p>a</p><script>${body}</script><p>b</p>`,
      `<p>a</p><script>${body}`,
      `<!--${body}`,
      `<style>${body}`,
    ]) {
      expect(shape(parsePage(html).root)).toEqual(plainTree(html));
    }
  });
});
