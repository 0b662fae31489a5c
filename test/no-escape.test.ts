/**
 * Nothing gets out: `--out-dir` never writes outside its directory (whatever
 * an input's name holds, whatever links are planted in the output tree) and
 * never over an input; Markdown output carries no raw HTML from the text; and
 * nothing is fetched from the network, whatever an HTML page points to.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import https from "node:https";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import tls from "node:tls";
import { Parser } from "commonmark";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../src/cli.js";
import { outputPathFor, writeFileAtomic } from "../src/cli/write.js";
import { extract } from "../src/extract.js";
import { render } from "../src/render/index.js";
import { markdownStructure } from "./helpers/markdown-structure.js";
import { SEED as SEED_PATH } from "./helpers/seed.js";

const SEED = readFileSync(SEED_PATH);

/** A fresh temporary directory. */
function temp(): string {
  return mkdtempSync(path.join(tmpdir(), "extract-interview-escape-"));
}

/** Runs the CLI in-process (absolute paths only: the run keeps this process's working directory). */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await run({
    argv,
    stdin: Readable.from([]),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    env: { NO_COLOR: "1" },
  });
  // A batch's closing summary line is batch.test.ts's concern: only the per-input lines are checked here.
  const lines = stderr.split("\n").filter((line) => !/^extract-interview: \d+ documents?, \d+ Q&A pairs?/u.test(line));
  return { code, stdout, stderr: lines.join("\n") };
}

/** Whether `file` lies inside `dir`. */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

describe("output paths under --out-dir", () => {
  const out = path.resolve(tmpdir(), "out");

  it.each([
    ["../../etc/passwd", "etc/passwd.json"],
    ["/etc/cron.d/job.txt", "etc/cron.d/job.json"],
    ["..\\..\\Windows\\win.ini", "Windows/win.json"],
    ["a/./b/../c.txt", "a/b/c.json"],
    ["..", "document.json"],
    ["", "document.json"],
    [".txt", "document.json"],
    ["nul\u0000byte.txt", "nul_byte.json"],
    ["tab\tand\nline.txt", "tab_and_line.json"],
    ['what?<is>:"this"|*.txt', "what__is___this___.json"],
    ["CON.txt", "_CON.json"],
    ["con", "_con.json"],
    ["sub/NUL.html", "sub/_NUL.json"],
    ["COM1.txt", "_COM1.json"],
    ["LPT9", "_LPT9.json"],
    ["AUX/x.txt", "_AUX/x.json"],
    ["trailing. /x.txt", "trailing__/x.json"],
    ["console.txt", "console.json"],
  ])("%j → %s", (relative, expected) => {
    expect(path.relative(out, outputPathFor(out, relative, ".json"))).toBe(expected.split("/").join(path.sep));
  });

  it("shortens long names to fit a file system, keeping two long names apart", () => {
    const long = `${"é".repeat(300)}.txt`;
    const other = `${"é".repeat(299)}x.txt`;
    const one = outputPathFor(out, `${"d".repeat(400)}/${long}`, ".md");
    const two = outputPathFor(out, other, ".md");
    for (const part of path.relative(out, one).split(path.sep))
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(200);
    expect(path.basename(one)).toMatch(/^é+~[0-9a-f]{8}\.md$/u);
    expect(path.basename(one)).not.toBe(path.basename(two));
  });

  it("always stays inside the directory, with names a file system takes", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("..", ".", "/", "\\", "CON", "nul.txt", "\u0000")),
          { maxLength: 6 },
        ),
        (parts) => {
          const target = outputPathFor(out, parts.join("/"), ".json");
          expect(isInside(out, target)).toBe(true);
          expect(target.endsWith(".json")).toBe(true);
          for (const part of path.relative(out, target).split(path.sep)) {
            expect(Buffer.byteLength(part)).toBeLessThanOrEqual(200);
            expect(part).not.toMatch(/[\u0000-\u001f<>:"|?*]|^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/iu);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("links planted in the output tree", () => {
  it("-o never replaces an input either, also through a link", async () => {
    const dir = temp();
    const input = path.join(dir, "dump.txt");
    writeFileSync(input, SEED);
    symlinkSync(input, path.join(dir, "alias.txt"));
    for (const output of [input, path.join(dir, "alias.txt")]) {
      const { code, stderr } = await cli(["-o", output, input]);
      expect(code).toBe(2);
      expect(stderr).toBe(`extract-interview: error: -o ${output} would overwrite the input ${input}\n`);
      expect(readFileSync(input)).toEqual(SEED);
    }
  });

  it("replace a link at the output's path rather than write through it", async () => {
    const dir = temp();
    const outside = path.join(dir, "outside.json");
    writeFileSync(outside, "precious");
    const input = path.join(dir, "a.txt");
    writeFileSync(input, SEED);
    const out = path.join(dir, "out");
    mkdirSync(out);
    symlinkSync(outside, path.join(out, "a.json"));
    symlinkSync(path.join(dir, "nowhere.json"), path.join(out, "b.json"));
    writeFileSync(path.join(dir, "b.txt"), SEED);

    const refused = await cli(["--out-dir", out, input]);
    expect(refused).toMatchObject({
      code: 2,
      stderr: `extract-interview: error: --out-dir ${out}: 1 output already exists (${path.join(out, "a.json")}); --force replaces them, --skip-existing keeps them\n`,
    });
    const forced = await cli(["--out-dir", out, "--force", input, path.join(dir, "b.txt")]);
    expect(forced).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(outside, "utf8")).toBe("precious");
    expect(existsSync(path.join(dir, "nowhere.json"))).toBe(false);
    for (const name of ["a.json", "b.json"]) {
      expect(lstatSync(path.join(out, name)).isSymbolicLink()).toBe(false);
      expect(JSON.parse(readFileSync(path.join(out, name), "utf8")).qa).toHaveLength(9);
    }
  });

  it("are never followed into a folder outside; the other inputs are still written", async () => {
    const dir = temp();
    const outside = path.join(dir, "outside");
    mkdirSync(outside);
    mkdirSync(path.join(dir, "in", "sub"), { recursive: true });
    writeFileSync(path.join(dir, "in", "sub", "b.txt"), SEED);
    writeFileSync(path.join(dir, "in", "z.txt"), SEED);
    const out = path.join(dir, "out");
    mkdirSync(out);
    symlinkSync(outside, path.join(out, "sub"));

    const { code, stderr } = await cli(["--out-dir", out, path.join(dir, "in")]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `extract-interview: ${path.join(dir, "in", "sub", "b.txt")}: cannot write ${path.join(out, "sub", "b.json")}: ${path.join(out, "sub")} is a symbolic link: outputs are not written through links\n`,
    );
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(out, "z.json"))).toBe(true);
  });

  it("cannot make a write leave the root even when called directly", async () => {
    const dir = temp();
    mkdirSync(path.join(dir, "outside"));
    mkdirSync(path.join(dir, "root"));
    symlinkSync(path.join(dir, "outside"), path.join(dir, "root", "link"));
    await expect(
      writeFileAtomic(path.join(dir, "root", "link", "deep", "x.json"), "{}", path.join(dir, "root")),
    ).rejects.toThrow(/symbolic link/u);
    await expect(writeFileAtomic(path.join(dir, "elsewhere", "x.json"), "{}", path.join(dir, "root"))).rejects.toThrow(
      /outside/u,
    );
    expect(readdirSync(path.join(dir, "outside"))).toEqual([]);
    expect(existsSync(path.join(dir, "elsewhere"))).toBe(false);
  });

  it("never overwrite an input, not even with --force through a linked folder", async () => {
    const dir = temp();
    mkdirSync(path.join(dir, "in"));
    const input = path.join(dir, "in", "a.txt");
    writeFileSync(input, SEED);
    symlinkSync(path.join(dir, "in"), path.join(dir, "same"));
    for (const outDir of [path.join(dir, "in"), path.join(dir, "same")]) {
      const { code, stderr } = await cli(["--out-dir", outDir, "--force", "-f", "text", input]);
      expect(code).toBe(1);
      expect(stderr).toBe(`extract-interview: ${input}: output would overwrite the input\n`);
      expect(readFileSync(input)).toEqual(SEED);
    }
  });

  it("report a write that fails on one line and go on", async () => {
    const dir = temp();
    mkdirSync(path.join(dir, "out"));
    writeFileSync(path.join(dir, "out", "sub"), "a file where a folder should be");
    mkdirSync(path.join(dir, "in", "sub"), { recursive: true });
    writeFileSync(path.join(dir, "in", "sub", "a.txt"), SEED);
    writeFileSync(path.join(dir, "in", "b.txt"), SEED);
    const { code, stderr } = await cli(["--out-dir", path.join(dir, "out"), "-q", path.join(dir, "in")]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `extract-interview: ${path.join(dir, "in", "sub", "a.txt")}: cannot write ${path.join(dir, "out", "sub", "a.json")}: ${path.join(dir, "out", "sub")} is not a directory\n`,
    );
    expect(existsSync(path.join(dir, "out", "b.json"))).toBe(true);
  });

  it("refuse an --out-dir that is a file before reading any input", async () => {
    const dir = temp();
    writeFileSync(path.join(dir, "taken"), "a file where a folder should be");
    const { code, stderr } = await cli(["--out-dir", path.join(dir, "taken"), path.join(dir, "missing.txt")]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `extract-interview: error: --out-dir ${path.join(dir, "taken")}: ${path.join(dir, "taken")} is not a directory\n`,
    );
  });
});

describe("Markdown output", () => {
  it("carries no raw HTML from the text: script and event handlers stay text", () => {
    const dump = [
      "Title with <script>alert('title')</script> in it",
      "",
      "The lead paragraph, with <b onmouseover=alert(2)>bold</b> markup typed in.",
      "",
      "Q: What about <iframe src=javascript:alert(3)>?",
      "",
      "A: It said <script>alert(1)</script> and <img src=x onerror=alert(document.cookie)> here.",
      "",
      "Q: And [a link](javascript:alert(4)) or <https://evil.example>?",
      "",
      "A: &lt;script&gt; &#60;img&#62; <!-- a comment --> <?php echo 1 ?>",
    ].join("\n");
    const doc = extract(dump);
    expect(doc.qa).toHaveLength(2);
    const markdown = render(doc, "md");
    const walker = new Parser().parse(markdown.replace(/^---\n[\s\S]*?\n---\n/u, "")).walker();
    const types = new Set<string>();
    // The question anchors (`<a id="q1">`, `</a>`) are the one inline HTML the renderer writes on purpose.
    for (let step = walker.next(); step !== null; step = walker.next()) {
      if (!(step.node.type === "html_inline" && /^(?:<a id="q\d+">|<\/a>)$/u.test(step.node.literal ?? "")))
        types.add(step.node.type);
    }
    for (const type of ["html_inline", "html_block", "link", "image", "code", "code_block"])
      expect(types).not.toContain(type);
    const structure = markdownStructure(markdown);
    expect(structure.issues).toEqual([]);
    expect(structure.qa).toEqual(doc.qa);
    expect(structure.title).toBe(doc.meta.title);
  });
});

describe("no network access", () => {
  /** Functions replaced while a test runs, restored after it. */
  const saved: Array<() => void> = [];
  const calls: string[] = [];

  /** Replaces `object[key]` with a function that records the call and throws. */
  function forbid<T extends object>(object: T, key: keyof T & string, label: string): void {
    const original = object[key];
    Object.defineProperty(object, key, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        calls.push(`${label}(${String(args[0])})`);
        throw new Error(`network access: ${label}`);
      },
    });
    saved.push(() => Object.defineProperty(object, key, { configurable: true, writable: true, value: original }));
  }

  afterEach(() => {
    for (const restore of saved.splice(0)) restore();
    syncBuiltinESMExports();
  });

  it("fetches nothing for images, stylesheets, scripts, frames, a base URL or a refresh in an HTML page", () => {
    forbid(globalThis, "fetch", "fetch");
    forbid(http, "request", "http.request");
    forbid(http, "get", "http.get");
    forbid(https, "request", "https.request");
    forbid(https, "get", "https.get");
    forbid(net, "connect", "net.connect");
    forbid(net, "createConnection", "net.createConnection");
    forbid(tls, "connect", "tls.connect");
    syncBuiltinESMExports();

    const html = `<!doctype html><html><head>
      <base href="http://evil.example/">
      <meta http-equiv="refresh" content="0; url=http://evil.example/refresh">
      <link rel="stylesheet" href="http://evil.example/style.css"><link rel="preload" href="https://evil.example/font.woff2">
      <link rel="import" href="http://evil.example/import.html"><link rel="dns-prefetch" href="//evil.example">
      <script src="http://evil.example/tracker.js"></script>
      <style>@import url("http://evil.example/more.css"); body { background: url(http://evil.example/bg.png) }</style>
      <script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Budget talk", "image": "http://evil.example/ld.png"}</script>
      <title>Budget talk</title></head><body>
      <article><h1>Budget talk</h1>
      <img src="http://evil.example/a.png" srcset="http://evil.example/b.png 2x" onerror="fetch('http://evil.example/x')">
      <picture><source srcset="http://evil.example/c.webp"></picture>
      <p>The minister answered our questions on the budget of the coming year.</p>
      <iframe src="http://evil.example/frame"></iframe><object data="http://evil.example/obj.swf"></object>
      <video poster="http://evil.example/poster.jpg" src="http://evil.example/v.mp4"></video>
      <p>Why now?</p><p>Because the budget allows it.</p>
      <p>What comes next?</p><p>A second budget.</p>
      <svg><image href="http://evil.example/svg.png"/><use href="http://evil.example/sprite.svg#x"/></svg>
      </article></body></html>`;
    const doc = extract(html, { name: "page.html" });
    expect(doc.qa.map((pair) => pair.question)).toEqual(["Why now?", "What comes next?"]);
    expect(calls).toEqual([]);
  });
});
