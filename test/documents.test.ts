/**
 * Every document kept and told apart, spawned as users run the CLI: one
 * output per input under --out-dir (inputs that would share one keep their
 * extension), `source.name` as the path reached from the argument, an HTML
 * page's own address in `source.url`, --skip-existing to resume, existing
 * outputs refused up front with their count; `-f json` an array whenever the
 * arguments can name several documents, and Markdown, text and --explain
 * documents separated so that each stays whole.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Parser } from "commonmark";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { SEED } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");
const TEXT = readFileSync(SEED);
const SAMPLE = readFileSync(path.join(ROOT, "fixtures", "en-qa-colon", "input.txt"));
const HTML = readFileSync(path.join(ROOT, "fixtures", "html-borna", "input.html"));

/** What separates two documents of a Markdown, text or --explain stream. */
const SEPARATOR = "\n\f\n";

/** Runs the binary in `cwd`. */
function cli(args: string[], cwd: string, input = "") {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory with the given files (relative path → content). */
function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-interview-documents-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The files under a directory, relative, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
}

/** The `source.name` of a JSON output file. */
function sourceName(file: string): string {
  return (JSON.parse(readFileSync(file, "utf8")) as { source: { name: string } }).source.name;
}

describe("one output per input", () => {
  it("gives story.txt and story.html their own outputs, keeping the extension only where they collide", () => {
    const dir = folder({ "in/story.txt": TEXT, "in/story.html": HTML, "in/other.txt": SAMPLE });
    const { code, stderr } = cli(["--out-dir", "out", "-q", "in"], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(listFiles(path.join(dir, "out"))).toEqual(["other.json", "story.html.json", "story.txt.json"]);
    expect(sourceName(path.join(dir, "out", "story.txt.json"))).toBe(path.join("in", "story.txt"));
    expect(sourceName(path.join(dir, "out", "story.html.json"))).toBe(path.join("in", "story.html"));
    // The same again, without --force: refused up front, nothing rewritten.
    const again = cli(["--out-dir", "out", "in"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^extract-interview: error: --out-dir out: 3 outputs already exist /u);
  });

  it("keeps two NDJSON records with one id apart", () => {
    const records = ["a", "a", "b"].map((id, n) =>
      JSON.stringify({ id, text: n === 1 ? SAMPLE.toString() : TEXT.toString() }),
    );
    const dir = folder({});
    const { code } = cli(["--from", "ndjson", "--out-dir", "out", "-q"], dir, `${records.join("\n")}\n`);
    expect(code).toBe(0);
    expect(listFiles(path.join(dir, "out"))).toEqual(["a.json", "a~2.json", "b.json"]);
    expect(JSON.parse(readFileSync(path.join(dir, "out", "a~2.json"), "utf8")).qa).toHaveLength(
      extract(SAMPLE).qa.length,
    );
  });

  it("names each document by its path from the argument, so tree/a/story.txt and tree/b/story.txt differ", () => {
    const dir = folder({ "tree/a/story.txt": TEXT, "tree/b/story.txt": SAMPLE });
    const { stdout } = cli(["-f", "ndjson", "tree"], dir);
    const names = stdout
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { source: { name: string } }).source.name);
    expect(names).toEqual([path.join("tree", "a", "story.txt"), path.join("tree", "b", "story.txt")]);
    expect(JSON.parse(cli(["-"], dir, TEXT.toString()).stdout).source.name).toBe("stdin");
  });

  it("resumes a batch with --skip-existing: existing outputs kept, the rest written, the summary counts them", () => {
    const dir = folder({ "in/a.txt": TEXT, "in/b.txt": SAMPLE, "in/c.txt": TEXT });
    mkdirSync(path.join(dir, "out"));
    writeFileSync(path.join(dir, "out", "b.json"), "kept");
    const refused = cli(["--out-dir", "out", "in"], dir);
    expect(refused).toEqual({
      code: 2,
      stdout: "",
      stderr: `extract-interview: error: --out-dir out: 1 output already exists (${path.join(dir, "out", "b.json")}); --force replaces them, --skip-existing keeps them\n`,
    });
    expect(listFiles(path.join(dir, "out"))).toEqual(["b.json"]);
    const resumed = cli(["--out-dir", "out", "--skip-existing", "in"], dir);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(
      /^extract-interview: 2 documents, \d+ Q&A pairs, \d+ warnings?, 0 failed, 1 skipped \(output exists\) in /u,
    );
    expect(readFileSync(path.join(dir, "out", "b.json"), "utf8")).toBe("kept");
    expect(listFiles(path.join(dir, "out"))).toEqual(["a.json", "b.json", "c.json"]);
    expect(cli(["--skip-existing", "--force", "--out-dir", "out", "in"], dir).code).toBe(2);
    expect(cli(["--skip-existing", "in"], dir).stderr).toMatch(/--skip-existing works with --out-dir/u);
  });
});

describe("source.url", () => {
  it("keeps an HTML page's canonical link, else its og:url; null for text or a relative address", () => {
    const page = (head: string): string =>
      `<html><head>${head}<title>T</title></head><body><article><p>Q: Why?</p><p>A: Because.</p></article></body></html>`;
    const canonical =
      '<link rel="canonical" href="https://example.org/news/7"><meta property="og:url" content="https://example.org/og">';
    expect(extract(page(canonical)).source.url).toBe("https://example.org/news/7");
    expect(extract(page('<meta property="og:url" content=" https://example.org/og ">')).source.url).toBe(
      "https://example.org/og",
    );
    expect(extract(page('<link rel="canonical" href="/news/7">')).source.url).toBeNull();
    expect(extract(page("")).source.url).toBeNull();
    expect(extract(TEXT).source.url).toBeNull();
  });
});

describe("several documents in one stream", () => {
  it("-f json is an array for a directory or a pattern, even of one file; an object for one file or stdin", () => {
    const dir = folder({ "one/a.txt": TEXT, "two/a.txt": TEXT, "two/b.txt": SAMPLE });
    for (const args of [["one"], ["one/*.txt"], ["two"], ["one/a.txt", "two/b.txt"]])
      expect(Array.isArray(JSON.parse(cli(args, dir).stdout)), args.join(" ")).toBe(true);
    expect(JSON.parse(cli(["one"], dir).stdout)).toHaveLength(1);
    for (const args of [["one/a.txt"], ["-"], []])
      expect(Array.isArray(JSON.parse(cli(args, dir, TEXT.toString()).stdout)), args.join(" ")).toBe(false);
    // A folder whose every input fails is still an array, an empty one.
    const failed = folder({ "bad/empty.txt": "" });
    expect(cli(["bad"], failed)).toMatchObject({ code: 1, stdout: "[]\n" });
  });

  it.each([["-f", "md"], ["-f", "text"], ["--explain"]])(
    "%j: documents separated by a form-feed line, each the same as alone",
    (...flags) => {
      const dir = folder({ "in/a.txt": TEXT, "in/b.txt": SAMPLE });
      const alone = ["in/a.txt", "in/b.txt"].map((file) => cli([...flags, file], dir).stdout);
      const { code, stdout } = cli([...flags, "-q", "in"], dir);
      expect(code).toBe(0);
      expect(stdout).toBe(alone.join(SEPARATOR));
      expect(stdout.split(SEPARATOR)).toEqual(alone);
    },
  );

  it("-f md: the last answer of a document stays a paragraph, not a heading over the next front matter", () => {
    const dir = folder({ "in/a.txt": TEXT, "in/b.txt": SAMPLE });
    const stream = cli(["-f", "md", "in"], dir).stdout;
    const headingsBefore = (markdown: string): string[] => {
      const walker = new Parser().parse(markdown).walker();
      const texts: string[] = [];
      for (let event = walker.next(); event; event = walker.next())
        if (event.entering && event.node.type === "heading") texts.push(event.node.firstChild?.literal ?? "");
      return texts.filter((text) => text.trim() !== "");
    };
    const first = stream.split(SEPARATOR)[0] ?? "";
    // Read as one text through the next document's opening `---`, the first keeps just its own headings.
    const through = stream.slice(0, stream.indexOf(SEPARATOR) + SEPARATOR.length + "---\n".length);
    expect(through.endsWith("\f\n---\n")).toBe(true);
    expect(headingsBefore(through)).toEqual(headingsBefore(first));
    expect(headingsBefore(first.trimEnd() + "\n---\n")).not.toEqual(headingsBefore(first)); // what gluing did
  });
});
