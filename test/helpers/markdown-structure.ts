/**
 * Reads the Markdown that `renderMarkdown` writes back into document parts,
 * the way a CommonMark reader sees it: front matter through the `yaml`
 * package, the body through `commonmark`. Anything in the AST that the
 * renderer never writes on purpose (raw HTML, links, code, emphasis inside
 * prose, extra headings, quotes…) is reported in `issues`: it means some
 * text was read as Markdown syntax, i.e. escaping failed.
 *
 * The evidence markup is the one exception, read and set aside in a principled
 * way rather than ignored: GFM footnotes (not CommonMark syntax) are taken out
 * of the source before parsing — every unescaped `[^n]` reference and the
 * `[^n]: …` definition lines — and returned in `footnotes`; in the tree, an
 * `<a id="qN"></a>` anchor opening a question paragraph and `[→ QN](#qN)` links
 * ending a summary bullet are removed and returned in `anchors` and
 * `summaryLinks`. Any other link or HTML is still an issue, as is a link to a
 * missing anchor or a reference without its footnote.
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
  /** The question anchors (`q1`…), in order. */
  anchors: string[];
  /** The anchors each summary bullet links to, per bullet. */
  summaryLinks: string[][];
  /** Footnote references in order of appearance, and the footnotes by label. */
  footnotes: { references: string[]; definitions: Record<string, string> };
  /** Every node or shape the renderer does not produce on purpose. */
  issues: string[];
}

/** A footnote reference not escaped by a backslash: group 1 keeps the escaped backslashes before it. */
const FOOTNOTE_REFERENCE = /(?<!\\)((?:\\\\)*)\[\^(\d+)\]/g;

/** A footnote definition line. */
const FOOTNOTE_DEFINITION = /^\[\^(\d+)\]: (.*)$/gm;

/** The anchor opening a question paragraph: `<a id="qN">` (commonmark.js gives the closing `</a>` as its own node). */
const ANCHOR_OPEN = /^<a id="(q\d+)">$/;
const ANCHOR_CLOSE = "</a>";

/** A link to a question's anchor and its text. */
const QUESTION_TARGET = /^#(q(\d+))$/;

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
  /** The anchors of the question links each summary paragraph ended with. */
  linkTargets: Map<Node, string[]>;
}

/** Reads rendered Markdown back into its document parts. */
export function markdownStructure(markdown: string): MarkdownStructure {
  const { frontMatter, body: withFootnotes } = splitFrontMatter(markdown);
  const { body, footnotes } = takeFootnotes(withFootnotes);
  const walk: Walk = {
    result: { frontMatter, title: null, lead: null, summary: [], qaIntro: null, qa: [], closing: [], anchors: [], summaryLinks: [], footnotes, issues: [] },
    section: "head",
    leadParagraphs: [],
    introParagraphs: [],
    current: null,
    closed: false,
    linkTargets: new Map(),
  };
  const document = new Parser().parse(body);
  walk.linkTargets = takeEvidenceNodes(document, walk.result);
  reportForbiddenNodes(document, walk.result.issues);
  for (let block = document.firstChild; block !== null; block = block.next) readBlock(walk, block);
  walk.result.lead = joinParagraphs(walk.leadParagraphs);
  walk.result.qaIntro = joinParagraphs(walk.introParagraphs);
  checkEvidence(walk.result);
  return walk.result;
}

/** Takes the GFM footnotes out of the Markdown: the definition lines, then the unescaped references. */
function takeFootnotes(markdown: string): { body: string; footnotes: MarkdownStructure["footnotes"] } {
  const definitions: Record<string, string> = {};
  const references: string[] = [];
  const body = markdown
    .replace(FOOTNOTE_DEFINITION, (_line, label: string, text: string) => {
      definitions[label] = text;
      return "";
    })
    .replace(FOOTNOTE_REFERENCE, (_reference, backslashes: string, label: string) => {
      references.push(label);
      return backslashes;
    });
  return { body, footnotes: { references, definitions } };
}

/**
 * Removes the question anchors and the bullets' question links from the tree,
 * recording them; returns the link targets each bullet paragraph lost.
 */
function takeEvidenceNodes(document: Node, result: MarkdownStructure): Map<Node, string[]> {
  const linkTargets = new Map<Node, string[]>();
  const remove: Node[] = [];
  const walker = document.walker();
  for (let step = walker.next(); step !== null; step = walker.next()) {
    const node = step.node;
    if (!step.entering) continue;
    const anchor = ANCHOR_OPEN.exec(node.literal ?? "");
    if (node.type === "html_inline" && anchor && node.prev === null && node.next?.type === "html_inline" && node.next.literal === ANCHOR_CLOSE) {
      result.anchors.push(anchor[1] ?? "");
      remove.push(node, node.next);
    }
    const target = QUESTION_TARGET.exec(node.destination ?? "");
    if (node.type === "link" && target && node.parent?.parent?.type === "item" && isTrailingLink(node) && plainText(node, result.issues) === `→ Q${target[2] ?? ""}`) {
      const paragraph = node.parent;
      linkTargets.set(paragraph, [...(linkTargets.get(paragraph) ?? []), target[1] ?? ""]);
      remove.push(node);
    }
  }
  for (const node of remove) node.unlink();
  return linkTargets;
}

/** Whether a link is followed only by other question links (and the spaces between them). */
function isTrailingLink(link: Node): boolean {
  for (let next = link.next; next !== null; next = next.next) {
    const space = next.type === "text" && next.literal === " ";
    const otherLink = next.type === "link" && QUESTION_TARGET.test(next.destination ?? "");
    if (!space && !otherLink) return false;
  }
  return true;
}

/** Every link must reach an anchor; anchors are q1, q2… in order; every footnote reference has its footnote and back. */
function checkEvidence(result: MarkdownStructure): void {
  result.anchors.forEach((anchor, index) => {
    if (anchor !== `q${String(index + 1)}`) result.issues.push(`anchor ${anchor} where q${String(index + 1)} was expected`);
  });
  for (const target of result.summaryLinks.flat()) {
    if (!result.anchors.includes(target)) result.issues.push(`link to missing anchor #${target}`);
  }
  const { references, definitions } = result.footnotes;
  for (const label of references) if (!(label in definitions)) result.issues.push(`footnote [^${label}] has no definition`);
  for (const label of Object.keys(definitions)) if (!references.includes(label)) result.issues.push(`footnote ${label} is never referenced`);
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
    const links: string[] = [];
    for (let child = item.firstChild; child !== null; child = child.next) {
      if (child.type === "paragraph") paragraphs.push(withoutLinkSpaces(walk, child, links));
      else walk.result.issues.push(`unexpected ${child.type} in a summary item`);
    }
    walk.result.summary.push(paragraphs.join(PARAGRAPH_SEPARATOR));
    walk.result.summaryLinks.push(links);
  }
}

/**
 * A bullet paragraph's text without the space the renderer writes before each
 * question link it ended with; the links' targets are added to `links`.
 */
function withoutLinkSpaces(walk: Walk, paragraph: Node, links: string[]): string {
  const text = plainText(paragraph, walk.result.issues);
  const targets = walk.linkTargets.get(paragraph) ?? [];
  const count = targets.length;
  links.push(...targets);
  if (!text.endsWith(" ".repeat(count))) walk.result.issues.push("a question link without the space before it");
  return text.slice(0, text.length - count);
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
