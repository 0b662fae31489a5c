/**
 * Broken and hostile input through the library: what is not text is refused
 * with an InputError and a short reason; what is damaged text is read, the
 * damage reported in `warnings`, and no line lost. (The same inputs through the
 * command line: hostile-cli.test.ts.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeFsError } from "../src/cli/inputs.js";
import { decode, InputError } from "../src/decode.js";
import { extract } from "../src/extract.js";
import { toLines } from "../src/normalize.js";
import type { InterviewDocument } from "../src/types.js";
import { LABEL_WORDS, unaccountedLines } from "./helpers/accounting.js";
import { schemaErrors } from "./helpers/schema.js";
import { SEED as SEED_PATH } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SEED = readFileSync(SEED_PATH);
const RUSSIAN = readFileSync(path.join(ROOT, "fixtures", "ru-labels", "input.txt"));

/** The reason of the InputError `run` throws (fails the test when it throws nothing or something else). */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).reason;
  }
  throw new Error("expected an InputError");
}

/** Bytes from pieces: buffers, byte lists and strings (UTF-8). */
function bytes(...parts: Array<Uint8Array | number[] | string>): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))));
}

/** The lines of the decoded input that the document does not account for. */
function lostLines(input: Uint8Array, doc: InterviewDocument): string[] {
  return unaccountedLines(toLines(decode(input).text), doc, LABEL_WORDS).map(
    (problem) => `line ${problem.line}: ${problem.missing.join(" ")}`,
  );
}

describe("input that is not text is refused with a short reason", () => {
  it.each<[string, Uint8Array | string, string | RegExp]>([
    ["an empty file", new Uint8Array(0), "empty file"],
    ["a lone UTF-8 byte order mark", bytes([0xef, 0xbb, 0xbf]), "empty file"],
    ["a lone UTF-16 byte order mark", bytes([0xff, 0xfe]), "empty file"],
    ["spaces, tabs and line ends", bytes(" \t\r\n\n   \r\n\t"), "no text (whitespace only)"],
    ["no-break and zero-width spaces", bytes("\u00a0\u200b\u2060 \u00a0\n\u200b"), "no text (whitespace only)"],
    [
      "NUL bytes in the middle of text",
      bytes("Title\n\nSome text", [0, 0, 0, 0], "more text"),
      "binary data (NUL bytes)",
    ],
    [
      "a PNG image",
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR"),
      "binary data (PNG image)",
    ],
    ["a ZIP archive", bytes("PK", [3, 4, 20, 0, 0, 0, 8, 0], "word/document.xml"), "binary data (ZIP archive)"],
    ["a gzip archive", bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), "binary data (gzip archive)"],
    ["a PDF document", bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "binary data (PDF document)"],
    [
      "control characters",
      bytes([1, 2, 3, 4, 5, 6, 7, 8], " text ", [0x0e, 0x0f, 0x10, 0x11, 0x12]),
      "binary data (control characters)",
    ],
    ["an unknown --encoding", SEED, "unknown encoding 'klingon-8'"],
  ])("%s", (what, input, reason) => {
    const options = what === "an unknown --encoding" ? { encoding: "klingon-8" } : {};
    expect(refusal(() => extract(input, options))).toMatch(reason);
  });

  it("refuses bytes and strings over maxBytes, saying the limit", () => {
    expect(refusal(() => extract(SEED, { maxBytes: 1000 }))).toBe("larger than 1000 bytes limit (--max-bytes)");
    expect(refusal(() => extract(SEED.toString("utf8"), { maxBytes: 1024 }))).toBe(
      "larger than 1 KiB limit (--max-bytes)",
    );
    expect(extract(SEED, { maxBytes: SEED.length }).qa).toHaveLength(9);
  });
});

describe("damaged text is read, the damage reported, no line lost", () => {
  it("replaces invalid UTF-8 sequences and says how many", () => {
    // Inserted at line starts, so no character of the text is split.
    const [one, two, three] = [300, 900, 1500].map((offset) => RUSSIAN.indexOf(0x0a, offset) + 1) as [
      number,
      number,
      number,
    ];
    const damaged = bytes(
      RUSSIAN.subarray(0, one),
      [0xff],
      RUSSIAN.subarray(one, two),
      [0xc3, 0x28],
      RUSSIAN.subarray(two, three),
      [0xed, 0xa0, 0x80],
      RUSSIAN.subarray(three),
    );
    const clean = extract(RUSSIAN);
    const doc = extract(damaged);
    expect(doc.source.encoding).toBe("utf-8");
    // 0xFF is one sequence, C3 before an ASCII byte one, a UTF-16 surrogate (ED A0 80) three.
    expect(doc.warnings).toContainEqual({
      code: "invalid-utf8",
      rule: "decode/invalid-utf8",
      message: "5 invalid UTF-8 sequences replaced with U+FFFD",
    });
    expect(JSON.stringify(doc).match(/\ufffd/gu)).toHaveLength(5);
    expect(doc.qa).toHaveLength(clean.qa.length);
    expect(lostLines(damaged, doc)).toEqual([]);
  });

  it("reads a file cut inside a UTF-8 character, keeping every complete line", () => {
    const cut = RUSSIAN.subarray(0, Math.floor(RUSSIAN.length * 0.7));
    const truncated =
      cut.at(-1)! >= 0x80 && cut.at(-1)! < 0xc0 ? cut : RUSSIAN.subarray(0, RUSSIAN.indexOf(0xd0, cut.length) + 1);
    const doc = extract(truncated);
    expect(doc.warnings).toContainEqual({
      code: "invalid-utf8",
      rule: "decode/invalid-utf8",
      message: "1 invalid UTF-8 sequence replaced with U+FFFD",
    });
    expect(doc.qa.length).toBeGreaterThan(0);
    expect(lostLines(truncated, doc)).toEqual([]);
  });

  it("reads a dump cut in the middle of a sentence", () => {
    const truncated = SEED.subarray(0, Math.floor(SEED.length / 2));
    const doc = extract(truncated);
    expect(doc.qa.length).toBeGreaterThan(2);
    expect(lostLines(truncated, doc)).toEqual([]);
  });

  it("reads an HTML page cut inside a tag, and one cut inside a comment", () => {
    const article = [
      "The minister answered our questions on the budget of the coming year.",
      "Why now?",
      "Because the budget allows it.",
      "What comes next?",
      "A second budget, and a third.",
    ];
    const html = `<!doctype html><html><head><title>Budget talk</title></head><body><article><h1>Budget talk</h1>${article.map((text) => `<p>${text}</p>`).join("")}<p class="end">The end of the interview.</p></article></body></html>`;
    for (const cut of [html.indexOf('class="end"') + 3, html.length - 20]) {
      const doc = extract(html.slice(0, cut));
      expect(doc.source.format).toBe("html");
      expect(doc.qa.map((pair) => pair.question)).toEqual(["Why now?", "What comes next?"]);
    }
    const comment = extract(`${html.slice(0, html.indexOf("<p>Why"))}<!-- an unclosed comment <p>Hidden</p>`);
    expect(comment.lead).toBe(article[0]);
  });

  it("gives the same document for LF, CRLF, CR, U+2028 and a mix of them", () => {
    const text = readFileSync(path.join(ROOT, "fixtures", "en-reference-1", "input.txt"), "utf8");
    const lines = text.split(/\r\n|\r|\n/u);
    const reference = extract(lines.join("\n"));
    // In the mix, a CR is never followed by the LF of an empty line: that pair is one CRLF line end.
    let mixed = lines[0] ?? "";
    lines.slice(1).forEach((line, index) => {
      const end = ["\r\n", "\n", "\r", "\u2028"][index % 4]!;
      mixed += (mixed.endsWith("\r") && end === "\n" ? "\r" : end) + line;
    });
    const variants = [lines.join("\r\n"), lines.join("\r"), lines.join("\u2028"), mixed];
    for (const variant of variants) {
      const doc = extract(variant);
      expect({ ...doc, source: reference.source }).toEqual(reference);
    }
  });

  it("reads 10,000 nested elements and unclosed tags without losing their text", () => {
    const deep = extract(
      `<!doctype html><html><body>${"<div>".repeat(10_000)}<p>The minister answered our questions on the budget.</p><p>Why now?</p><p>Because it is time.</p><p>What next?</p><p>More budgets.</p>${"</div>".repeat(10_000)}</body></html>`,
    );
    expect(deep.qa).toEqual([
      { question: "Why now?", answer: ["Because it is time."] },
      { question: "What next?", answer: ["More budgets."] },
    ]);
    const unclosed = extract(
      `<html><body>${Array.from({ length: 5_000 }, (_, index) => `<div><span><b>word${index} `).join("")}`,
    );
    expect(schemaErrors(JSON.parse(JSON.stringify(unclosed)))).toEqual([]);
    const text = [unclosed.lead ?? "", ...unclosed.summary, ...unclosed.removed.map((entry) => entry.text)].join(" ");
    expect(text).toContain("word0 ");
  });
});

describe("file-system errors as the command line words them", () => {
  it.each([
    ["ENOENT", "no such file or directory"],
    ["EACCES", "permission denied"],
    ["EPERM", "permission denied"],
    ["EISDIR", "is a directory"],
    ["ENOTDIR", "a part of the path is not a directory"],
    ["ENAMETOOLONG", "file name too long"],
    ["ELOOP", "too many levels of symbolic links"],
  ])("%s → %s", (code, phrase) => {
    const error: NodeJS.ErrnoException = Object.assign(new Error(`${code}: something, open 'x'`), { code });
    expect(describeFsError(error)).toBe(phrase);
  });

  it("falls back to the error's own message, on one line", () => {
    const error: NodeJS.ErrnoException = Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
    expect(describeFsError(error)).toBe("EIO: i/o error, read");
  });
});
