/**
 * Reads the Markdown that `renderMarkdown` writes back into document parts,
 * the way a CommonMark reader sees it: front matter through the `yaml`
 * package, the body through `commonmark`. Anything in the AST that the
 * renderer never writes on purpose (raw HTML, links, code, emphasis inside
 * prose, extra headings, quotes…) is reported in `issues`: it means some
 * text was read as Markdown syntax, i.e. escaping failed.
 */

import { Parser, type Node } from "commonmark";
import { parse as parseYaml } from "yaml";
import { INTERVIEW_HEADING, SUMMARY_HEADING } from "../../src/render/markdown.js";
import type { QaPair } from "../../src/types.js";

/** What a Markdown rendering of a document reads back as. */
export interface MarkdownStructure {
  /** The parsed YAML front matter, or null without one. */
  frontMatter: unknown;
  title: string | null;
  lead: string | null;
  summary: string[];
  qaIntro: string | null;
  qa: QaPair[];
  /** The closing paragraphs (after the thematic break that ends the interview); empty without. */
  closing: string[];
  /** Every node or shape the renderer does not produce on purpose. */
  issues: string[];
}

/** Front matter: `---` on the first line, up to the next `---` line. */
const FRONT_MATTER = /^---\n([\s\S]*?\n)?---(?:\n|$)/;

/** Joins the paragraphs of a multi-paragraph field. */
const PARAGRAPH_SEPARATOR = "\n\n";

/** Node types that must never appear: they mean text became markup. */
const FORBIDDEN_NODES: ReadonlySet<Node["type"]> = new Set([
  "html_block",
  "html_inline",
  "link",
  "image",
  "code",
  "code_block",
  "block_quote",
  "linebreak",
  "softbreak",
]);

/** Which section of the body the walk is in. */
type Section = "head" | "summary" | "interview" | "closing";

/** State of the walk over the top-level blocks. */
interface Walk {
  result: MarkdownStructure;
  section: Section;
  leadParagraphs: string[];
  introParagraphs: string[];
  /** The pair being read, and whether a thematic break followed it. */
  current: QaPair | null;
  closed: boolean;
}

/** Reads rendered Markdown back into its document parts. */
export function markdownStructure(markdown: string): MarkdownStructure {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const walk: Walk = {
    result: { frontMatter, title: null, lead: null, summary: [], qaIntro: null, qa: [], closing: [], issues: [] },
    section: "head",
    leadParagraphs: [],
    introParagraphs: [],
    current: null,
    closed: false,
  };
  const document = new Parser().parse(body);
  reportForbiddenNodes(document, walk.result.issues);
  for (let block = document.firstChild; block !== null; block = block.next) readBlock(walk, block);
  walk.result.lead = joinParagraphs(walk.leadParagraphs);
  walk.result.qaIntro = joinParagraphs(walk.introParagraphs);
  return walk.result;
}

/** Separates and parses the YAML front matter. */
function splitFrontMatter(markdown: string): { frontMatter: unknown; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (match === null) return { frontMatter: null, body: markdown };
  return { frontMatter: parseYaml(match[1] ?? "") as unknown, body: markdown.slice(match[0].length) };
}

/** Lists every forbidden node anywhere in the tree. */
function reportForbiddenNodes(document: Node, issues: string[]): void {
  const walker = document.walker();
  for (let step = walker.next(); step !== null; step = walker.next()) {
    if (step.entering && FORBIDDEN_NODES.has(step.node.type)) {
      issues.push(`${step.node.type} at line ${lineOf(step.node)}: ${JSON.stringify(step.node.literal)}`);
    }
  }
}

/** Reads one top-level block according to the section it is in. */
function readBlock(walk: Walk, block: Node): void {
  if (block.type === "heading") return readHeading(walk, block);
  if (block.type === "paragraph" && walk.section === "head") {
    walk.leadParagraphs.push(plainText(block, walk.result.issues));
    return;
  }
  if (block.type === "list" && walk.section === "summary") return readSummary(walk, block);
  if (block.type === "paragraph" && walk.section === "interview") return readInterviewParagraph(walk, block);
  if (block.type === "paragraph" && walk.section === "closing") {
    walk.result.closing.push(plainText(block, walk.result.issues));
    return;
  }
  if (block.type === "thematic_break" && walk.section !== "closing" && !walk.closed) return readBreak(walk);
  walk.result.issues.push(`unexpected ${block.type} in section ${walk.section}`);
}

/**
 * A thematic break: inside the interview it closes the current pair, and the
 * closing paragraphs start unless a question follows; elsewhere the closing
 * paragraphs start at once.
 */
function readBreak(walk: Walk): void {
  if (walk.section === "interview") walk.closed = true;
  else walk.section = "closing";
}

/** The h1 title, or an h2 that opens a section. */
function readHeading(walk: Walk, heading: Node): void {
  const text = plainText(heading, walk.result.issues);
  if (heading.level === 1 && walk.result.title === null && walk.section === "head") {
    walk.result.title = text;
  } else if (heading.level === 2 && text === SUMMARY_HEADING && walk.section === "head") {
    walk.section = "summary";
  } else if (heading.level === 2 && text === INTERVIEW_HEADING && (walk.section === "head" || walk.section === "summary")) {
    walk.section = "interview";
  } else {
    walk.result.issues.push(`unexpected h${heading.level} ${JSON.stringify(text)} in section ${walk.section}`);
  }
}

/** The summary: a bullet list, one item per summary paragraph. */
function readSummary(walk: Walk, list: Node): void {
  if (list.listType !== "bullet") walk.result.issues.push(`summary list is ${list.listType}`);
  for (let item = list.firstChild; item !== null; item = item.next) {
    const paragraphs: string[] = [];
    for (let child = item.firstChild; child !== null; child = child.next) {
      if (child.type === "paragraph") paragraphs.push(plainText(child, walk.result.issues));
      else walk.result.issues.push(`unexpected ${child.type} in a summary item`);
    }
    walk.result.summary.push(paragraphs.join(PARAGRAPH_SEPARATOR));
  }
}

/**
 * A paragraph of the interview: a question paragraph (one strong node, maybe
 * after an `*Asker:*` label), an answer paragraph (maybe after an
 * `*Answerer:*` label), or, before the first question, the intro.
 */
function readInterviewParagraph(walk: Walk, paragraph: Node): void {
  const issues = walk.result.issues;
  const { label, content } = splitLabel(children(paragraph), issues);
  const only = content.length === 1 ? content[0] : undefined;
  if (only?.type === "strong") return addQuestionParagraph(walk, plainText(only, issues), label);
  if (walk.closed) {
    // After a break, a paragraph that is not a question opens the closing paragraphs.
    if (label !== null) issues.push(`speaker label ${JSON.stringify(label)} after the interview`);
    walk.section = "closing";
    walk.result.closing.push(inlineText(content, issues));
    return;
  }
  const text = label === null ? inlineText(content, issues) : inlineText(content, issues).replace(/^ /, "");
  const pair = walk.current;
  if (pair === null) {
    if (label !== null) issues.push(`speaker label ${JSON.stringify(label)} before the first question`);
    walk.introParagraphs.push(text);
    return;
  }
  if (label !== null) {
    if (pair.answer.length > 0 || pair.answerer !== undefined) issues.push("answerer label inside an answer");
    pair.answerer = label;
  }
  if (text !== "" || label === null) pair.answer.push(text);
}

/** Starts a new pair, or continues a multi-paragraph question. */
function addQuestionParagraph(walk: Walk, question: string, asker: string | null): void {
  const pair = walk.current;
  const continues =
    pair !== null && !walk.closed && asker === null && pair.answer.length === 0 && pair.answerer === undefined;
  if (continues) {
    pair.question += PARAGRAPH_SEPARATOR + question;
    return;
  }
  const next: QaPair = { question, answer: [] };
  if (asker !== null) next.asker = asker;
  walk.result.qa.push(next);
  walk.current = next;
  walk.closed = false;
}

/**
 * Splits a leading `*Name:*` label (an emph node of plain text ending in ":")
 * from a paragraph's inline nodes. Before a bold question the lone space text
 * node after the label is dropped; before answer text the caller strips it.
 */
function splitLabel(nodes: Node[], issues: string[]): { label: string | null; content: Node[] } {
  const first = nodes[0];
  if (first?.type !== "emph") return { label: null, content: nodes };
  const text = plainText(first, issues);
  if (!text.endsWith(":")) return { label: null, content: nodes };
  const rest = nodes.slice(1);
  const space = rest[0];
  if (rest.length > 0 && (space?.type !== "text" || space.literal?.startsWith(" ") !== true)) {
    issues.push(`speaker label ${JSON.stringify(text)} not followed by a space`);
  }
  const content = space?.type === "text" && space.literal === " " && rest[1]?.type === "strong" ? rest.slice(1) : rest;
  return { label: text.slice(0, -1), content };
}

/** The text of a node whose content must be plain text. */
function plainText(node: Node, issues: string[]): string {
  return inlineText(children(node), issues);
}

/** The text of inline nodes that must all be text nodes; any other is an issue. */
function inlineText(nodes: readonly Node[], issues: string[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.literal ?? "";
      issues.push(`${node.type} inside ${node.parent?.type ?? "?"} at line ${lineOf(node)}`);
      return plainText(node, issues);
    })
    .join("");
}

/** The source line of a node; inline nodes have no position, so their block's. */
function lineOf(node: Node): number {
  for (let at: Node | null = node; at !== null; at = at.parent) {
    // commonmark.js leaves `sourcepos` undefined on inline nodes, despite the typings.
    const position = at.sourcepos as Node["sourcepos"] | undefined;
    if (position !== undefined) return position[0][0];
  }
  return 0;
}

/** A node's children as an array. */
function children(node: Node): Node[] {
  const nodes: Node[] = [];
  for (let child = node.firstChild; child !== null; child = child.next) nodes.push(child);
  return nodes;
}

/** Paragraphs joined as one field, or null when there are none. */
function joinParagraphs(paragraphs: readonly string[]): string | null {
  return paragraphs.length === 0 ? null : paragraphs.join(PARAGRAPH_SEPARATOR);
}
