/**
 * Real fixtures re-encoded: in each legacy encoding a language's dumps come in,
 * and in UTF-16 with and without a byte order mark. The document must be the
 * one the UTF-8 text gives, but for `source.encoding` (which must name the
 * encoding) and `source.bytes`. A character the encoding cannot hold is
 * replaced first, as the sites writing that encoding did (`«»` → `"` in
 * KOI8-R, Persian ی → Arabic ي and Persian digits → ASCII in windows-1256),
 * and the UTF-8 reference is made from the same replaced text.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import type { InterviewDocument } from "../src/types.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");

/** The text of a fixture's input. */
function fixture(slug: string): string {
  return readFileSync(path.join(ROOT, "fixtures", slug, "input.txt"), "utf8");
}

/** What a site writing a legacy encoding put for a character the encoding lacks. */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  "«": '"',
  "»": '"',
  "“": '"',
  "”": '"',
  "„": '"',
  "‘": "'",
  "’": "'",
  "—": "-",
  "–": "-",
  "…": "...",
  "\u202f": "\u00a0",
  "\ufeff": "",
  "\u200b": "",
  ی: "ي",
  "٫": ",",
  "٪": "%",
};

/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits, which windows-1256 lacks. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/u;

/** Whether a character survives a round trip through an encoding. */
function fits(char: string, encoding: string): boolean {
  return iconv.decode(iconv.encode(char, encoding), encoding) === char;
}

/** The text with every character the encoding lacks replaced; throws when no replacement is known. */
function representable(text: string, encoding: string): string {
  let out = "";
  for (const char of text) {
    if (fits(char, encoding)) out += char;
    else if (EASTERN_DIGIT.test(char)) out += String((char.charCodeAt(0) & 0xf) % 10);
    else if (SUBSTITUTES[char] !== undefined) out += SUBSTITUTES[char];
    else throw new Error(`no replacement for U+${char.codePointAt(0)!.toString(16)} in ${encoding}`);
  }
  return out;
}

/** A document without what depends on the bytes (`source.encoding`, `source.bytes`). */
function bytesAside(doc: InterviewDocument): unknown {
  return { ...doc, source: { ...doc.source, encoding: "", bytes: 0 } };
}

/** Legacy encodings by the languages that use them. */
const LEGACY: ReadonlyArray<[slug: string, encoding: string]> = [
  ["en-reference-1", "windows-1252"],
  ["fr-qr", "windows-1252"],
  ["es-pr", "windows-1252"],
  ["es-pr", "iso-8859-1"],
  ["de-frage", "windows-1252"],
  ["ru-labels", "windows-1251"],
  ["ru-labels", "koi8-r"],
  ["ru-tass", "windows-1251"],
  ["ru-tass", "koi8-r"],
  ["fa-paragraph", "windows-1256"],
  ["fa-labels", "windows-1256"],
  ["ar-labels", "windows-1256"],
  ["ar-speakers", "windows-1256"],
];

/** ISO-8859-1 text is read as its superset windows-1252, as browsers do. */
const REPORTED_AS: Readonly<Record<string, string>> = { "iso-8859-1": "windows-1252" };

describe("legacy encodings", () => {
  it.each(LEGACY)("%s in %s gives the UTF-8 document", (slug, encoding) => {
    const text = representable(fixture(slug), encoding);
    const reference = extract(Buffer.from(text, "utf8"), { name: "input.txt" });
    const doc = extract(iconv.encode(text, encoding), { name: "input.txt" });
    expect(doc.source.encoding).toBe(REPORTED_AS[encoding] ?? encoding);
    expect(bytesAside(doc)).toEqual(bytesAside(reference));
    expect(doc.warnings).toEqual(reference.warnings);
  });
});

describe("UTF-16", () => {
  const BOM = "\ufeff";
  it.each([
    ["en-reference-1", "utf-16le"],
    ["en-reference-1", "utf-16be"],
    ["ru-labels", "utf-16le"],
    ["fa-paragraph", "utf-16be"],
    ["ar-labels", "utf-16le"],
    ["zh-wenda", "utf-16le"],
    ["zh-wenda", "utf-16be"],
  ])("%s in %s, with and without a byte order mark, gives the UTF-8 document", (slug, encoding) => {
    const text = fixture(slug).replace(/^\ufeff/u, "");
    const reference = extract(Buffer.from(text, "utf8"), { name: "input.txt" });
    for (const bytes of [iconv.encode(BOM + text, encoding), iconv.encode(text, encoding)]) {
      const doc = extract(bytes, { name: "input.txt" });
      expect(doc.source).toEqual({ name: "input.txt", format: "text", encoding, bytes: bytes.length, url: null });
      expect(bytesAside(doc)).toEqual(bytesAside(reference));
    }
  });
});

describe("--encoding (spawned)", () => {
  it("decodes with the named encoding instead of detecting one, and refuses an unknown name on one line", () => {
    // Turkish in windows-1254: detection takes it for windows-1252 (ğ → ð), the override reads it right.
    const text = fixture("tr-soru");
    expect(iconv.decode(iconv.encode(text, "windows-1254"), "windows-1254")).toBe(text);
    const dir = mkdtempSync(path.join(tmpdir(), "extract-interview-encoding-"));
    const file = path.join(dir, "soru.txt");
    writeFileSync(file, iconv.encode(text, "windows-1254"));
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      });

    const forced = run(["--encoding", "windows-1254", "-f", "ndjson", file]);
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    const doc = JSON.parse(forced.stdout) as InterviewDocument;
    expect(doc.source.encoding).toBe("windows-1254");
    expect(bytesAside(doc)).toEqual(bytesAside(extract(Buffer.from(text, "utf8"), { name: file })));

    // Checked once, before any input is read: a usage error, not one error per file.
    const unknown = run(["--encoding", "klingon-8", file, file]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      "extract-interview: error: option '--encoding <name>' argument 'klingon-8' is invalid. unknown encoding (known ones include utf-8, utf-16le, windows-1252, windows-1256, koi8-r, iso-8859-2)\nsee 'extract-interview --help'\n",
    );
  });
});
