import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import { Parser, type Node } from "commonmark";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  OUTPUT_EXTENSIONS,
  OUTPUT_FORMATS,
  isOutputFormat,
  render,
  renderJson,
  renderJsonPieces,
  renderMarkdown,
  renderNdjsonLine,
  renderText,
} from "../src/render/index.js";
import { addEvidence } from "../src/evidence/index.js";
import { yamlQuote } from "../src/render/markdown.js";
import { orderDocument } from "../src/render/json.js";
import { chunks } from "../src/cli/output.js";
import type { InterviewDocument, Meta, QaPair } from "../src/types.js";
import { markdownStructure } from "./helpers/markdown-structure.js";

/** The shipped JSON Schema. */
const SCHEMA_URL = new URL("../schema/interview.schema.json", import.meta.url);

/** Runs of the property tests. */
const PROPERTY_RUNS = 300;

/** A schema node, as far as these tests read it. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
}

/** The schema, parsed. */
const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as SchemaNode;

/** Compiles the schema once; strict mode also checks the schema itself. */
function compileSchema(): ValidateFunction {
  return new Ajv({ allErrors: true, strict: true }).compile(schema);
}

const validate = compileSchema();

/** Empty meta, for building documents. */
const EMPTY_META: Meta = {
  title: null,
  published: null,
  newsId: null,
  agency: null,
  dateline: null,
  language: null,
  interviewer: null,
  interviewee: null,
};

/** A full document in the shape of the reference input. */
const fullDoc: InterviewDocument = {
  schemaVersion: 1,
  source: { name: "borna-2559.txt", format: "text", encoding: "utf-8", bytes: 16262, url: null },
  meta: {
    title: "Iran's ambassador: Russia ties are strategic",
    published: "2025-11-23T15:27:54",
    newsId: "2559",
    agency: "BORNA",
    dateline: "Tehran",
    language: "en",
    interviewer: { name: "John Miller", role: "documentary filmmaker for Press TV" },
    interviewee: { name: "Kazem Jalali", role: "Ambassador of the Islamic Republic of Iran to Russia" },
  },
  lead: "The Iranian Ambassador to Russia said: relations are at their best level.",
  summary: [
    "John Miller spoke with Kazem Jalali about the strategic agreement.",
    "In this interview, Jalali announced new steps in cooperation.",
    "Jalali emphasized that sanctions had failed (in his words).",
  ],
  qaIntro: "The full text of the interview is as follows (Q&A format):",
  qa: [
    {
      question: "This agreement lacks a mutual defense clause. Was Iran disappointed?",
      answer: [
        "No. What should be done? There are many things.",
        "We never sought a military alliance... it's a partnership — not a bloc.",
      ],
    },
    { question: "What comes next?", answer: ["More trade, in rubles and rials."] },
  ],
  closing: ["This interview was edited for length."],
  removed: [
    { line: 3, text: "|", reason: "separator line", rule: "chrome/separator" },
    { line: 105, text: "End Article", reason: "page trailer outside the article", rule: "layout/page-trailer" },
  ],
  warnings: [],
};

/** A document with every nullable field null and every list empty. */
const sparseDoc: InterviewDocument = {
  schemaVersion: 1,
  source: { name: "-", format: "html", encoding: "windows-1256", bytes: 0, url: null },
  meta: EMPTY_META,
  lead: null,
  summary: [],
  qaIntro: null,
  qa: [],
  removed: [],
  warnings: [{ code: "no-qa", message: "No question/answer pairs were found." }],
};

/** A document whose text looks like Markdown, HTML and YAML syntax. */
const hostileDoc: InterviewDocument = {
  schemaVersion: 1,
  source: { name: "hostile.html", format: "html", encoding: "utf-8", bytes: 4096, url: null },
  meta: {
    title: 'Title: "quoted" # hash',
    published: "2024-03-05T09:10:00+03:30",
    publishedOriginal: "۱۴۰۲/۱۲/۱۵ - 09:10",
    newsId: "- 007",
    agency: "@agency",
    dateline: "تهران",
    language: "fa",
    interviewer: { name: "Ann *Star*", role: null },
    interviewee: { name: "Bob\nNewline", role: "role: with colon & 'single' quotes \\ backslash" },
  },
  lead: "# not a heading",
  summary: [
    "* not a list",
    "1. not a list",
    "<script>alert(1)</script>",
    "[link](x) and ![image](y) and <https://example.com>",
    "**bold** and _emphasis_ and `code` and ~~strike~~ and snake_case_name",
    "back\\slash \\* and a trailing backslash\\",
    "---",
    "> not a quote",
    "| not | a | table |",
    "&amp; &#35; &copy; AT&T Q&A",
    "این یک متن فارسی است؟ (RTL)",
    "+ plus",
    "===",
    "a) pandoc list",
    "    indented four spaces",
  ],
  qaIntro: "- not a list either",
  qa: [
    {
      question: "First paragraph of the question.\n\nSecond paragraph: is it **bold**?",
      answer: ["Answer with <b>tags</b> & entities &lt;.", "2. Second paragraph"],
      asker: "Ann *Star*",
      answerer: "Bob_",
    },
    { question: "Unanswered # question?", answer: [] },
    { question: "`code` question?", answer: ["```", "~~~"], asker: "Ann" },
    { question: "چرا؟", answer: ["زیرا ... — پاسخ."] },
    { question: "Last, also unanswered?", answer: [] },
  ],
  closing: ["**Note:** not a question", "* * *"],
  removed: [{ line: 1, text: "<nav>", reason: "navigation", rule: "html/navigation" }],
  warnings: [{ code: "unanswered-question", message: "Question 2 has no answer." }],
};

/** The two halves of a question anchor as commonmark.js reads them: `<a id="q1">` and `</a>`. */
const QUESTION_ANCHOR_PART = /^(?:<a id="q\d+">|<\/a>)$/;

/** The documents every format is checked on. */
const DOCUMENTS: ReadonlyArray<[string, InterviewDocument]> = [
  ["full", fullDoc],
  ["sparse", sparseDoc],
  ["hostile", hostileDoc],
];

/** A deep copy with one change applied, for invalid variants. */
function variant(change: (doc: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(fullDoc) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
}

/** The meta fields as the front matter should hold them: nulls omitted. */
function expectedFrontMatter(meta: Meta): Record<string, unknown> | null {
  const entries = Object.entries(meta)
    .filter(([, value]) => value !== null)
    .map(([key, value]): [string, unknown] => [key, omitNulls(value)]);
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

/** Drops null-valued keys of a plain object (a person's role). */
function omitNulls(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== null));
}

/** Every node of a commonmark tree, in document order. */
function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = root.walker();
  for (let step = walker.next(); step !== null; step = walker.next()) if (step.entering) nodes.push(step.node);
  return nodes;
}

/** The Markdown body without its front matter. */
function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
}

/** Checks that every object's keys come in the order of the schema's `properties`. */
function expectSchemaKeyOrder(value: unknown, node: SchemaNode): void {
  const resolved = resolve(node);
  if (Array.isArray(value)) {
    for (const item of value) expectSchemaKeyOrder(item, resolved.items ?? {});
    return;
  }
  if (typeof value !== "object" || value === null || resolved.properties === undefined) return;
  const schemaOrder = Object.keys(resolved.properties).filter((key) => key in value);
  expect(Object.keys(value)).toEqual(schemaOrder);
  for (const [key, inner] of Object.entries(value)) expectSchemaKeyOrder(inner, resolved.properties[key] ?? {});
}

/** Follows `$ref` and the object branch of `oneOf`. */
function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref !== undefined) return schema.definitions?.[node.$ref.split("/").at(-1) ?? ""] ?? {};
  const branch = node.oneOf?.find((candidate) => candidate.$ref !== undefined);
  return branch === undefined ? node : resolve(branch);
}

describe("JSON Schema", () => {
  it.each(DOCUMENTS)("accepts the %s document", (_name, doc) => {
    const valid = validate(JSON.parse(renderJson(doc)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  const invalid: ReadonlyArray<[string, unknown]> = [
    ["an extra top-level key", variant((doc) => (doc["extra"] = 1))],
    ["an extra meta key", variant((doc) => ((doc["meta"] as Record<string, unknown>)["author"] = "x"))],
    ["an extra qa key", variant((doc) => ((doc["qa"] as Record<string, unknown>[])[0]!["speaker"] = "x"))],
    ["schemaVersion 2", variant((doc) => (doc["schemaVersion"] = 2))],
    ["a missing field", variant((doc) => delete doc["warnings"])],
    ["published with slashes", variant((doc) => ((doc["meta"] as Meta).published = "2025/11/23"))],
    ["published month 13", variant((doc) => ((doc["meta"] as Meta).published = "2025-13-01"))],
    ["an offset without a time", variant((doc) => ((doc["meta"] as Meta).published = "2025-11-23+03:30"))],
    ["a time without seconds separator", variant((doc) => ((doc["meta"] as Meta).published = "2025-11-23T1527"))],
    ["language as a name", variant((doc) => ((doc["meta"] as Meta).language = "English"))],
    ["language with a region", variant((doc) => ((doc["meta"] as Meta).language = "en-US"))],
    ["source.format xml", variant((doc) => ((doc["source"] as Record<string, unknown>)["format"] = "xml"))],
    ["removed line 0", variant((doc) => ((doc["removed"] as Record<string, unknown>[])[0]!["line"] = 0))],
    ["removed line 1.5", variant((doc) => ((doc["removed"] as Record<string, unknown>[])[0]!["line"] = 1.5))],
    ["a camelCase warning code", variant((doc) => (doc["warnings"] = [{ code: "noQa", message: "m" }]))],
    ["a person without role", variant((doc) => ((doc["meta"] as Record<string, unknown>)["interviewer"] = { name: "x" }))],
    ["an empty closing list", variant((doc) => (doc["closing"] = []))],
    ["an empty publishedOriginal", variant((doc) => ((doc["meta"] as Meta).publishedOriginal = ""))],
    ["an answer that is a string", variant((doc) => ((doc["qa"] as Record<string, unknown>[])[0]!["answer"] = "x"))],
  ];

  it.each(invalid)("rejects %s", (_name, doc) => {
    expect(validate(doc)).toBe(false);
  });

  it("accepts the published forms the contract allows", () => {
    for (const published of ["2025-11-23", "2025-11-23T15:27", "2025-11-23T15:27:54", "2025-11-23T15:27:54.250Z", "2025-11-23T15:27:54-05:00"]) {
      expect(validate(variant((doc) => ((doc["meta"] as Meta).published = published)))).toBe(true);
    }
  });
});

describe("renderJson / renderNdjsonLine", () => {
  it.each(DOCUMENTS)("%s: pretty JSON with 2 spaces and one trailing newline, parsing back to the document", (_name, doc) => {
    const json = renderJson(doc);
    expect(json.endsWith("}\n")).toBe(true);
    expect(json.endsWith("\n\n")).toBe(false);
    expect(json.split("\n")[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(json)).toEqual(doc);
  });

  it("writes keys in the schema's order whatever the input order", () => {
    const shuffled = {
      warnings: [{ rule: "segment/no-qa", message: "m", code: "c" }],
      qa: [{ answerer: "B", answer: ["a"], asker: "A", question: "q" }],
      removed: [{ rule: "chrome/phrase", reason: "r", text: "t", line: 1 }],
      meta: { ...Object.fromEntries(Object.entries({ ...fullDoc.meta, publishedOriginal: "p" }).reverse()) } as unknown as Meta,
      summary: [],
      closing: ["c"],
      lead: null,
      qaIntro: null,
      source: { bytes: 1, encoding: "utf-8", format: "text", name: "n", url: null },
      schemaVersion: 1,
    } satisfies InterviewDocument;
    expectSchemaKeyOrder(JSON.parse(renderJson(shuffled)), schema);
    expectSchemaKeyOrder(JSON.parse(renderNdjsonLine(shuffled)), schema);
  });

  it("drops keys the schema does not know, and an empty closing list", () => {
    const extra = { ...fullDoc, debug: true } as InterviewDocument;
    expect(JSON.parse(renderJson(extra))).not.toHaveProperty("debug");
    const output = JSON.parse(renderJson({ ...fullDoc, closing: [] })) as unknown;
    expect(output).not.toHaveProperty("closing");
    expect(validate(output)).toBe(true);
  });

  it.each(DOCUMENTS)("%s: NDJSON is exactly one line that parses back to the document", (_name, doc) => {
    const line = renderNdjsonLine(doc);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
    expect(JSON.parse(line)).toEqual(doc);
  });

  it("escapes Unicode line separators so no consumer splits a record", () => {
    const doc = { ...fullDoc, lead: "one\u2028two\u2029three\u0085four" };
    const line = renderNdjsonLine(doc);
    expect(line.split(/\r\n|[\n\r\u0085\u2028\u2029]/)).toHaveLength(2);
    expect(JSON.parse(line)).toEqual(doc);
    expect(JSON.parse(renderJson(doc))).toEqual(doc);
  });
});

describe("renderMarkdown", () => {
  it.each(DOCUMENTS)("%s: reads back as the same structure through commonmark and yaml", (_name, doc) => {
    const structure = markdownStructure(renderMarkdown(doc));
    expect(structure.issues).toEqual([]);
    expect(structure.frontMatter).toEqual(expectedFrontMatter(doc.meta));
    expect(structure.title).toBe(doc.meta.title);
    expect(structure.lead).toBe(doc.lead);
    expect(structure.summary).toEqual(doc.summary);
    expect(structure.qaIntro).toBe(doc.qaIntro);
    expect(structure.qa).toEqual(doc.qa);
    expect(structure.closing).toEqual(doc.closing ?? []);
  });

  it.each(DOCUMENTS)("%s: no raw HTML, links or code anywhere, and one newline at the end", (_name, doc) => {
    const markdown = renderMarkdown(doc);
    // The question anchors are the one inline HTML the renderer writes on purpose.
    const nodes = allNodes(new Parser().parse(bodyOf(markdown))).filter((node) => !(node.type === "html_inline" && QUESTION_ANCHOR_PART.test(node.literal ?? "")));
    const types = new Set(nodes.map((node) => node.type));
    for (const type of ["html_block", "html_inline", "link", "image", "code", "code_block", "block_quote"] as const) {
      expect(types.has(type)).toBe(false);
    }
    expect(markdown.endsWith("\n")).toBe(true);
    expect(markdown.endsWith("\n\n")).toBe(false);
    expect(markdown).not.toContain("\r");
  });

  it("writes the full document's AST: one h1, Summary with N items, Interview with bold questions", () => {
    const root = new Parser().parse(bodyOf(renderMarkdown(fullDoc)));
    const blocks: Node[] = [];
    for (let block = root.firstChild; block !== null; block = block.next) blocks.push(block);
    expect(blocks.map((block) => block.type === "heading" ? `h${block.level}` : block.type)).toEqual([
      "h1", "paragraph", "h2", "list", "h2", "paragraph",
      "paragraph", "paragraph", "paragraph",
      "paragraph", "paragraph",
      "thematic_break", "paragraph",
    ]);
    expect(allNodes(root).filter((node) => node.type === "heading" && node.level === 1)).toHaveLength(1);
    const list = blocks[3]!;
    expect(list.listType).toBe("bullet");
    const items: Node[] = [];
    for (let item = list.firstChild; item !== null; item = item.next) items.push(item);
    expect(items).toHaveLength(fullDoc.summary.length);
    const question = blocks[6]!;
    // The pair's anchor (two inline HTML nodes), then the bold question alone.
    expect([question.firstChild?.literal, question.firstChild?.next?.literal]).toEqual(['<a id="q1">', "</a>"]);
    const bold = question.firstChild?.next?.next;
    expect(bold?.type).toBe("strong");
    expect(bold).toBe(question.lastChild);
    expect(bold?.firstChild?.literal).toBe(fullDoc.qa[0]!.question);
  });

  it("keeps ordinary prose readable: no escapes in the full document's text", () => {
    const body = bodyOf(renderMarkdown(fullDoc));
    expect(body).not.toContain("\\");
    expect(body).not.toContain("&#");
    expect(body).toContain("it's a partnership — not a bloc.");
    expect(body).toContain("(Q&A format):");
  });

  it("renders the full document as expected", () => {
    expect(renderMarkdown(fullDoc)).toBe(
      [
        "---",
        'title: "Iran\'s ambassador: Russia ties are strategic"',
        'published: "2025-11-23T15:27:54"',
        'newsId: "2559"',
        'agency: "BORNA"',
        'dateline: "Tehran"',
        'language: "en"',
        "interviewer:",
        '  name: "John Miller"',
        '  role: "documentary filmmaker for Press TV"',
        "interviewee:",
        '  name: "Kazem Jalali"',
        '  role: "Ambassador of the Islamic Republic of Iran to Russia"',
        "---",
        "",
        "# Iran's ambassador: Russia ties are strategic",
        "",
        "The Iranian Ambassador to Russia said: relations are at their best level.",
        "",
        "## Summary",
        "",
        "- John Miller spoke with Kazem Jalali about the strategic agreement.",
        "- In this interview, Jalali announced new steps in cooperation.",
        "- Jalali emphasized that sanctions had failed (in his words).",
        "",
        "## Interview",
        "",
        "The full text of the interview is as follows (Q&A format):",
        "",
        '<a id="q1"></a>**This agreement lacks a mutual defense clause. Was Iran disappointed?**',
        "",
        "No. What should be done? There are many things.",
        "",
        "We never sought a military alliance... it's a partnership — not a bloc.",
        "",
        '<a id="q2"></a>**What comes next?**',
        "",
        "More trade, in rubles and rials.",
        "",
        "* * *",
        "",
        "This interview was edited for length.",
        "",
      ].join("\n"),
    );
  });

  it("writes speakers as italic labels, a two-paragraph question as two bold paragraphs, and breaks after unanswered pairs", () => {
    const markdown = renderMarkdown(hostileDoc);
    expect(markdown).toContain(
      '<a id="q1"></a>*Ann \\*Star\\*:* **First paragraph of the question.**\n\n**Second paragraph: is it \\*\\*bold\\*\\*?**\n\n*Bob\\_:* Answer with',
    );
    expect(markdown).toContain('<a id="q2"></a>**Unanswered # question?**\n\n* * *\n\n<a id="q3"></a>*Ann:* **\\`code\\` question?**');
    // The last pair is unanswered too: one break before the closing paragraphs, not two.
    expect(markdown.endsWith('<a id="q5"></a>**Last, also unanswered?**\n\n* * *\n\n\\*\\*Note:\\*\\* not a question\n\n\\* \\* \\*\n')).toBe(true);
    expect(renderMarkdown({ ...hostileDoc, closing: [] }).endsWith("**Last, also unanswered?**\n")).toBe(true);
  });

  it("omits the front matter and the sections that have nothing in them", () => {
    expect(renderMarkdown(sparseDoc)).toBe("\n");
    const introOnly = { ...sparseDoc, qaIntro: "Intro." };
    expect(renderMarkdown(introOnly)).toBe("## Interview\n\nIntro.\n");
  });

  it("escapes only where text would be syntax", () => {
    const cases: ReadonlyArray<[string, string]> = [
      ["snake_case_name", "snake_case_name"],
      ["_leading underscore", "\\_leading underscore"],
      ["AT&T and Q&A", "AT&T and Q&A"],
      ["&amp;", "\\&amp;"],
      ["a - b + c", "a - b + c"],
      ["-5 degrees", "-5 degrees"],
      ["1.5 million", "1.5 million"],
      ["2025. A year", "2025\\. A year"],
      ["J. Smith said", "J. Smith said"],
      ["i. first", "i\\. first"],
      ["(a) first", "(a\\) first"],
      ["x > y # z", "x > y # z"],
      ["% not a title block", "\\% not a title block"],
      [": not a definition", "\\: not a definition"],
    ];
    for (const [text, expected] of cases) {
      expect(renderMarkdown({ ...sparseDoc, lead: text })).toBe(`${expected}\n`);
    }
  });

  it("round-trips arbitrary hostile text in every field", () => {
    fc.assert(
      fc.property(documentArbitrary(), (plain) => {
        // Through the evidence stage, so hostile quotations get footnotes and bullets links.
        const doc = addEvidence(plain);
        const structure = markdownStructure(renderMarkdown(doc));
        expect(structure.issues).toEqual([]);
        expect(structure.frontMatter).toEqual(expectedFrontMatter(doc.meta));
        expect({ ...structure, issues: [], frontMatter: null }).toEqual({
          anchors: doc.qa.map((_, index) => `q${String(index + 1)}`),
          summaryLinks: (doc.summaryEvidence ?? []).map((evidence) => (evidence?.pairs ?? []).map((pair) => `q${String(pair + 1)}`)),
          footnotes: expect.objectContaining({ references: (doc.quotes ?? []).filter((quote) => quote.match === "none").map((_, index) => String(index + 1)) }) as unknown,
          frontMatter: null,
          title: doc.meta.title,
          lead: doc.lead,
          summary: doc.summary,
          qaIntro: doc.qaIntro,
          qa: doc.qa,
          closing: doc.closing ?? [],
          issues: [],
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe("renderJsonPieces", () => {
  it("joins to the JSON.stringify of the document, for any document", () => {
    fc.assert(
      fc.property(documentArbitrary(), (plain) => {
        const doc = addEvidence(plain);
        const whole = `${JSON.stringify(orderDocument(doc), null, 2).replace(/[\u0085\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
        expect([...renderJsonPieces(doc)].join("")).toBe(whole);
        expect(renderJson(doc)).toBe(whole);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it("gives each item of a top-level array a piece of its own", () => {
    const qa = Array.from({ length: 3 }, (_, index) => ({ question: `Why ${String(index)}?`, answer: ["Because."] }));
    const pieces = [...renderJsonPieces({ ...sparseDoc, qa })];
    expect(pieces.filter((piece) => piece.includes('"question"'))).toHaveLength(3);
  });

  it("renders an item only when the writer asks for it", () => {
    const rendered: number[] = [];
    const qa = Array.from({ length: 3 }, (_, index) => ({
      get question() {
        rendered.push(index);
        return `Why ${String(index)}?`;
      },
      answer: ["Because."],
    }));
    const pieces = renderJsonPieces({ ...sparseDoc, qa });
    let read = "";
    for (const piece of pieces) {
      read += piece;
      if (read.includes("Why 0?")) break;
    }
    expect(rendered).toEqual([0]);
  });
});

describe("chunks", () => {
  it("joins small pieces into one write and keeps every character, none empty", () => {
    expect([...chunks(["{", "", "\n  \"a\": 1", "\n}\n"])]).toEqual(['{\n  "a": 1\n}\n']);
    expect([...chunks([])]).toEqual([]);
    const big = Array.from({ length: 40 }, (_, index) => String(index).padEnd(5000, "x"));
    const written = [...chunks(big)];
    expect(written.join("")).toBe(big.join(""));
    expect(written.length).toBeGreaterThan(1);
    expect(written.slice(0, -1).every((chunk) => chunk.length >= 64 * 1024)).toBe(true);
  });
});

describe("yamlQuote", () => {
  it("round-trips any string through the yaml package", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        expect(parseYaml(`key: ${yamlQuote(value)}`)).toEqual({ key: value });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it("keeps YAML-hostile values on one line", () => {
    const quoted = yamlQuote('Title: "quoted" # hash\n- item\t@x \\ \u2028');
    expect(quoted).toBe('"Title: \\"quoted\\" # hash\\n- item\\t@x \\\\ \\L"');
  });
});

describe("renderText", () => {
  it("renders the full document as a clean reading format", () => {
    expect(renderText(fullDoc)).toBe(
      [
        "Iran's ambassador: Russia ties are strategic",
        "============================================",
        "",
        "2025-11-23 15:27:54 · BORNA · Tehran · News ID 2559",
        "Interviewer: John Miller, documentary filmmaker for Press TV",
        "Interviewee: Kazem Jalali, Ambassador of the Islamic Republic of Iran to Russia",
        "",
        "The Iranian Ambassador to Russia said: relations are at their best level.",
        "",
        "• John Miller spoke with Kazem Jalali about the strategic agreement.",
        "• In this interview, Jalali announced new steps in cooperation.",
        "• Jalali emphasized that sanctions had failed (in his words).",
        "",
        "The full text of the interview is as follows (Q&A format):",
        "",
        "Q: This agreement lacks a mutual defense clause. Was Iran disappointed?",
        "",
        "A: No. What should be done? There are many things.",
        "",
        "   We never sought a military alliance... it's a partnership — not a bloc.",
        "",
        "Q: What comes next?",
        "",
        "A: More trade, in rubles and rials.",
        "",
        "This interview was edited for length.",
        "",
      ].join("\n"),
    );
  });

  it("names speakers, indents question paragraphs and neutralizes control characters", () => {
    const text = renderText({
      ...hostileDoc,
      lead: "bell\u0007 and \u001b[31mred",
    });
    expect(text).toContain("Q (Ann *Star*): First paragraph of the question.\n\n   Second paragraph: is it **bold**?");
    expect(text).toContain("A (Bob_): Answer with <b>tags</b>");
    expect(text).toContain("Q: Unanswered # question?\n\nQ (Ann): `code` question?");
    expect(text).toContain("bell\ufffd and \ufffd[31mred");
    expect(text).toContain("Interviewee: Bob Newline, role: with colon");
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain("2024-03-05 09:10:00+03:30 (۱۴۰۲/۱۲/۱۵ - 09:10) · @agency");
    expect(text.endsWith("?\n\n**Note:** not a question\n\n* * *\n")).toBe(true);
  });

  it("writes a bare newline for an empty document", () => {
    expect(renderText(sparseDoc)).toBe("\n");
  });
});

describe("render", () => {
  it("dispatches every format and knows its extension", () => {
    expect(OUTPUT_FORMATS).toEqual(["json", "md", "ndjson", "text"]);
    expect(render(fullDoc, "json")).toBe(renderJson(fullDoc));
    expect(render(fullDoc, "md")).toBe(renderMarkdown(fullDoc));
    expect(render(fullDoc, "ndjson")).toBe(renderNdjsonLine(fullDoc));
    expect(render(fullDoc, "text")).toBe(renderText(fullDoc));
    for (const format of OUTPUT_FORMATS) {
      expect(isOutputFormat(format)).toBe(true);
      expect(OUTPUT_EXTENSIONS[format]).toMatch(/^\.[a-z]+$/);
    }
    expect(isOutputFormat("markdown")).toBe(false);
  });
});

/** Characters and snippets that are syntax somewhere in Markdown, HTML or YAML. */
const HOSTILE_PIECES = [
  "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "^", "&", "-", "+", "=", ":", "%", "!",
  "(", ")", "{", "}", "@", ".", "'", '"', "1", "a", "I", "x", " ", "  ", "\t", "\n", "\n\n", "\r",
  "\u00a0", "\u2028", "\ufeff", "é", "ش", "؟", "—", "&amp;", "&#35;", "<b>", "</p>", "<!--",
  "http://x.y", "---", "***", "___", "1.", "1)", "a)", "(@)", "    ", "```", "~~~", "- ", "> ",
  "[x]: /u", "![i](j)", "$x$", "\\\n",
  // Quotations, so that the evidence stage puts footnotes and links into hostile text.
  "“one two three”", '"one two three"!', " said: one two three", "「一二三四五六」", "[^1]",
];

/**
 * Any code point but NUL, which CommonMark replaces with U+FFFD by spec (the
 * normalizer removes control characters before text gets this far).
 */
function anyCodePoint(): fc.Arbitrary<string> {
  return fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((char) => char !== "\0");
}

/** Text made of hostile pieces and any code points, never empty (empty paragraphs cannot be written). */
function hostileText(): fc.Arbitrary<string> {
  const unit = fc.oneof({ arbitrary: fc.constantFrom(...HOSTILE_PIECES), weight: 4 }, { arbitrary: anyCodePoint(), weight: 1 });
  return fc.string({ unit, minLength: 1, maxLength: 12 });
}

/** An optional speaker name. */
function optionalSpeaker(): fc.Arbitrary<string | undefined> {
  return fc.option(hostileText(), { nil: undefined });
}

/** A Q&A pair of hostile text, with or without speakers. */
function pairArbitrary(): fc.Arbitrary<QaPair> {
  return fc
    .record({
      question: hostileText(),
      answer: fc.array(hostileText(), { maxLength: 3 }),
      asker: optionalSpeaker(),
      answerer: optionalSpeaker(),
    })
    .map(({ question, answer, asker, answerer }) => {
      const pair: QaPair = { question, answer };
      if (asker !== undefined) pair.asker = asker;
      if (answerer !== undefined) pair.answerer = answerer;
      return pair;
    });
}

/** A document whose every text field is hostile. */
function documentArbitrary(): fc.Arbitrary<InterviewDocument> {
  const nullable = (): fc.Arbitrary<string | null> => fc.option(hostileText(), { nil: null });
  const person = fc.option(fc.record({ name: hostileText(), role: nullable() }), { nil: null });
  return fc
    .record({
      title: nullable(),
      newsId: nullable(),
      agency: nullable(),
      interviewer: person,
      lead: nullable(),
      summary: fc.array(hostileText(), { maxLength: 4 }),
      qaIntro: nullable(),
      qa: fc.array(pairArbitrary(), { maxLength: 4 }),
      closing: fc.option(fc.array(hostileText(), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      publishedOriginal: fc.option(hostileText(), { nil: undefined }),
    })
    .map(({ title, newsId, agency, interviewer, lead, summary, qaIntro, qa, closing, publishedOriginal }) => {
      const meta: Meta = { ...EMPTY_META, title, newsId, agency, interviewer };
      if (publishedOriginal !== undefined) meta.publishedOriginal = publishedOriginal;
      const doc: InterviewDocument = { ...sparseDoc, meta, lead, summary, qaIntro, qa };
      if (closing !== undefined) doc.closing = closing;
      return doc;
    });
}
