/**
 * Batches, spawned as users run them: directories and glob patterns,
 * --out-dir, NDJSON in and out, sharding, failures mid-batch, worker pools,
 * timeouts, closed pipes, the progress bar and the summary line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../src/cli.js";
import { compileGlob, expandBraces, matchGlob } from "../src/cli/glob.js";
import { barLine, summaryLine } from "../src/cli/progress.js";
import { runWindow } from "../src/cli/window.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");
const FIXTURES = path.join(ROOT, "fixtures");
const SAMPLE = path.join(FIXTURES, "en-qa-colon", "input.txt");
/** Twenty fixture inputs: more than the small-batch limit (16), so these runs use the worker pool. */
const POOL_BATCH = "fixtures/en-[a-m]*/input.txt";
const SUMMARY = /^extract-interview: \d+ documents?, \d+ Q&A pairs?, \d+ warnings?, \d+ failed in \d+\.\d s$/u;

/** Runs the binary with NO_COLOR. */
function cli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts a run exited with `code`, showing its stderr when it did not. */
function expectExit(result: { code: number | null; stderr: string }, code: number): void {
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code });
}

/** A fresh temporary directory. */
function temp(): string {
  return mkdtempSync(path.join(tmpdir(), "extract-interview-batch-"));
}

/** Writes files (relative path → content) under a directory. */
function tree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  }
}

/** Every file under a directory, relative, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
}

/** The `source.name` of each NDJSON line. */
function names(ndjson: string): string[] {
  return ndjson
    .trimEnd()
    .split("\n")
    .map((line) => (JSON.parse(line) as { source: { name: string } }).source.name);
}

/** NDJSON records {id, text} for the first `count` fixtures. */
function records(count: number): string[] {
  const slugs = readdirSync(FIXTURES)
    .filter((slug) => existsSync(path.join(FIXTURES, slug, "input.txt")))
    .sort()
    .slice(0, count);
  return slugs.map((slug) =>
    JSON.stringify({ id: slug, text: readFileSync(path.join(FIXTURES, slug, "input.txt"), "utf8") }),
  );
}

/** Parsed NDJSON documents sorted by source name. */
function sortedDocs(ndjson: string): unknown[] {
  const docs = ndjson
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { source: { name: string } });
  return docs.sort((a, b) => (a.source.name < b.source.name ? -1 : 1));
}

const TEXT = readFileSync(SAMPLE);

describe("glob patterns", () => {
  it("matches *, **, ?, [...] and {a,b} by path segment", () => {
    const match = (pattern: string, file: string): boolean => matchGlob(compileGlob(pattern), file.split("/"));
    expect(match("*.txt", "a.txt")).toBe(true);
    expect(match("*.txt", "sub/a.txt")).toBe(false);
    expect(match("**/*.txt", "a.txt")).toBe(true);
    expect(match("**/*.txt", "x/y/z/a.txt")).toBe(true);
    expect(match("x/**/z/*.t?t", "x/z/a.txt")).toBe(true);
    expect(match("[a-c]?.txt", "b1.txt")).toBe(true);
    expect(match("[!a-c]?.txt", "b1.txt")).toBe(false);
    expect(match("*.{txt,html}", "a.html")).toBe(true);
    expect(match("*", ".hidden")).toBe(false);
    expect(expandBraces("a{b,c{d,e}}f")).toEqual(["abf", "acdf", "acef"]);
  });

  // A backtracking matcher takes hours on these; a linear one milliseconds. vitest's timeout
  // (vitest.config.ts) is the hang guard: no speed is asserted.
  it("answers where a backtracking matcher explodes", () => {
    expect(matchGlob(compileGlob("*a*a*a*a*a*a*a*b"), ["a".repeat(20_000)])).toBe(false);
    expect(matchGlob(compileGlob(`${"**/".repeat(10)}b`), Array(2000).fill("a"))).toBe(false);
  });
});

describe("the in-flight window", () => {
  /** Work that finishes in reverse order of start within each window, tracking how many run at once. */
  async function trace(ordered: boolean, stopAfter = Infinity) {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    const work = async (n: number): Promise<number> => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, (10 - n) * 2));
      running -= 1;
      return n;
    };
    await runWindow([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], work, async (n) => (seen.push(n), seen.length < stopAfter), {
      size: 3,
      ordered,
    });
    return { seen, peak };
  }

  it("keeps at most `size` items in flight, in input order or as they finish", async () => {
    const ordered = await trace(true);
    expect(ordered.seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(ordered.peak).toBeLessThanOrEqual(3);
    const unordered = await trace(false);
    expect([...unordered.seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(unordered.seen).not.toEqual(ordered.seen);
    expect(unordered.peak).toBeLessThanOrEqual(3);
  });

  it("stops starting work when the consumer says stop", async () => {
    expect((await trace(true, 2)).seen).toEqual([0, 1]);
  });
});

/**
 * Each test here spawns the CLI several times, each run a new Node process: 4–8 s alone, over 40 s
 * when other suites load the 2 cores. A hang guard, not a speed target.
 */
const SPAWNED_TIMEOUT = 180_000;

describe("batches (spawned)", { timeout: SPAWNED_TIMEOUT }, () => {
  it("expands directories and quoted patterns in a fixed order", () => {
    const dir = temp();
    tree(dir, {
      "b.txt": TEXT,
      "a.txt": TEXT,
      "sub/c.txt": TEXT,
      "sub/d.dump": TEXT,
      ".hidden/e.txt": TEXT,
      "node_modules/f.txt": TEXT,
    });
    const walk = cli(["-f", "ndjson", "."], { cwd: dir });
    // source.name is the path as reached from the argument: two files of one name stay apart.
    expect(names(walk.stdout)).toEqual(["a.txt", "b.txt", path.join("sub", "c.txt"), path.join("sub", "d.dump")]);
    const glob = cli(["-f", "ndjson", "**/*.txt", "sub/?.dump"], { cwd: dir });
    expect(glob.code).toBe(0);
    expect(names(glob.stdout)).toEqual(["a.txt", "b.txt", path.join("sub", "c.txt"), path.join("sub", "d.dump")]);
    const none = cli(["*.html"], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe("extract-interview: *.html: no file matches this pattern\n");
  });

  it("writes --out-dir atomically, mirroring the tree, replacing only with --force, never over an input", () => {
    const dir = temp();
    tree(dir, { "in/a.txt": TEXT, "in/sub/b.txt": TEXT });
    const out = path.join(dir, "out");
    expectExit(cli(["--out-dir", out, "-f", "md", "in/**/*.txt"], { cwd: dir }), 0);
    expect(listFiles(out)).toEqual(["a.md", path.join("sub", "b.md")]);
    writeFileSync(path.join(out, "a.md"), "mine");
    const again = cli(["--out-dir", out, "-f", "md", "in"], { cwd: dir });
    expectExit(again, 2);
    expect(again.stderr).toBe(
      `extract-interview: error: --out-dir ${out}: 2 outputs already exist (${path.join(out, "a.md")}, …); --force replaces them, --skip-existing keeps them\n`,
    );
    expect(readFileSync(path.join(out, "a.md"), "utf8")).toBe("mine");
    expectExit(cli(["--out-dir", out, "-f", "md", "--force", "in"], { cwd: dir }), 0);
    expect(readFileSync(path.join(out, "a.md"), "utf8")).toMatch(/^---\n/u);
    expect(listFiles(out)).toEqual(["a.md", path.join("sub", "b.md")]); // no temporary file left behind
    const onInput = cli(["--out-dir", "in", "-f", "text", "--force", "in/a.txt"], { cwd: dir });
    expect(onInput.stderr).toMatch(/output would overwrite the input/u);
    expect(readFileSync(path.join(dir, "in", "a.txt"))).toEqual(TEXT);
  });

  it("goes on past a failing file in the middle of a batch and exits 1", () => {
    const dir = temp();
    tree(dir, { "1.txt": TEXT, "2.txt": Buffer.from([1, 2, 0, 0, 3, 0, 4, 0, 0, 9]), "3.txt": TEXT });
    const out = path.join(dir, "out");
    const { code, stderr } = cli(["--out-dir", out, dir]);
    expect(code).toBe(1);
    expect(listFiles(out)).toEqual(["1.json", "3.json"]);
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/2\.txt: binary data/u);
    expect(lines[1]).toMatch(SUMMARY);
    expect(lines[1]).toMatch(/: 2 documents, 14 Q&A pairs, \d+ warnings?, 1 failed in/u);
  });

  it("reads NDJSON records, reports a bad line by number, and writes NDJSON", () => {
    const lines = records(3);
    lines.splice(1, 0, "{not json", JSON.stringify({ id: "x" }));
    const { code, stdout, stderr } = cli(["--from", "ndjson", "-f", "ndjson"], { input: `${lines.join("\n")}\n` });
    expect(code).toBe(1);
    expect(names(stdout)).toEqual(records(3).map((line) => (JSON.parse(line) as { id: string }).id));
    expect(stderr).toMatch(/^extract-interview: stdin line 2: not JSON/mu);
    expect(stderr).toMatch(/^extract-interview: stdin line 3: needs one string field "text" or "html"/mu);
  });

  it("gives the same documents sharded and concatenated as in one run", () => {
    const dir = temp();
    const lines = records(24);
    writeFileSync(path.join(dir, "all.ndjson"), `${lines.join("\n")}\n`);
    writeFileSync(path.join(dir, "part-1.ndjson"), `${lines.slice(0, 12).join("\n")}\n`);
    writeFileSync(path.join(dir, "part-2.ndjson"), `${lines.slice(12).join("\n")}\n`);
    const whole = cli(["--from", "ndjson", "-f", "ndjson", "--jobs", "2", "all.ndjson"], { cwd: dir });
    const first = cli(["--from", "ndjson", "-f", "ndjson", "-j", "1"], {
      cwd: dir,
      input: readFileSync(path.join(dir, "part-1.ndjson")),
    });
    const second = cli(["--from", "ndjson", "-f", "ndjson", "part-2.ndjson"], { cwd: dir });
    expect(whole.code).toBe(0);
    expect(sortedDocs(first.stdout + second.stdout)).toEqual(sortedDocs(whole.stdout));
  });

  it("keeps input order with --jobs 2 --ordered, the same output as --jobs 1", () => {
    const one = cli(["-f", "ndjson", "--jobs", "1", POOL_BATCH]);
    const two = cli(["-f", "ndjson", "--jobs", "2", "--ordered", POOL_BATCH]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.trimEnd()).toMatch(SUMMARY); // not a terminal: the summary, and no progress bar
    expect(two.stderr).not.toMatch(/\r|files\/s/u);
    const dir = temp();
    const array = cli(["--jobs", "2", "-o", path.join(dir, "all.json"), POOL_BATCH]);
    expectExit(array, 0);
    expect(readdirSync(dir)).toEqual(["all.json"]); // streamed to a temporary file, renamed at the end
    const docs = JSON.parse(readFileSync(path.join(dir, "all.json"), "utf8")) as unknown[];
    expect(docs.map((doc) => JSON.stringify(doc) + "\n").join("")).toBe(one.stdout);
    expect(cli(["-q", "-f", "ndjson", SAMPLE, SAMPLE]).stderr).toBe("");
  });

  it("fails a file that runs past --timeout-per-file, replaces the worker and goes on", () => {
    const dir = temp();
    const big = Buffer.concat(Array(20).fill(TEXT) as Buffer[]);
    tree(dir, { "a.txt": big, "b.txt": big, "c.txt": big });
    const { code, stdout, stderr } = cli(["-j", "1", "--timeout-per-file", "0.001", "-f", "ndjson", dir]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual(
      ["a.txt", "b.txt", "c.txt"].map(
        (name) => `extract-interview: ${path.join(dir, name)}: took longer than 0.001 s (--timeout-per-file)`,
      ),
    );
    expect(lines[3]).toMatch(SUMMARY);
  });

  it("runs the document a timed-out worker held next on the worker that replaces it", () => {
    // Records arrive in order: the worker gets the slow one, holds the next while it works, and is
    // terminated. Seconds of work on any machine:
    const slow = TEXT.toString("utf8").repeat(4000);
    // Past 4 KB, so that its bytes have a buffer of their own, which the pool could have transferred away.
    const held = `${TEXT.toString("utf8")}${"\n".repeat(8192)}`;
    const input = [JSON.stringify({ id: "slow", text: slow }), JSON.stringify({ id: "held", text: held })].join("\n");
    const { code, stdout, stderr } = cli(["--from", "ndjson", "-j", "1", "--timeout-per-file", "3", "-f", "ndjson"], {
      input: `${input}\n`,
    });
    expect(code).toBe(1);
    expect(stderr.split("\n")[0]).toMatch(/^extract-interview: stdin line 1 \(id slow\): took longer than 3 s /u);
    const result = JSON.parse(stdout) as { source: { name: string; bytes: number }; qa: unknown[] };
    const alone = JSON.parse(cli(["-f", "ndjson", SAMPLE]).stdout) as typeof result;
    expect(result.source).toMatchObject({ name: "held", bytes: Buffer.byteLength(held) });
    expect(result.qa).toEqual(alone.qa);
  });

  it("ends quietly when the reader closes the pipe while workers run", () => {
    const command = `"${process.execPath}" "${BIN}" -f ndjson -j 2 '${POOL_BATCH}' '${POOL_BATCH}' | head -c 100`;
    const result = spawnSync("sh", ["-c", command], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(result.stdout).toHaveLength(100);
    expect(result.stderr).toBe("");
  });
});

describe("start-up", () => {
  /**
   * What a run loads, recorded by a preloaded script: each CommonJS request (Node's modules, htmlparser2,
   * iconv-lite…) and each bundled script read (the bin runs the CLI bundled as one script, which
   * reads the pipeline's script when its first document comes; see scripts/bundle.js).
   */
  function loadsOf(args: string[]): string[] {
    const dir = temp();
    const log = path.join(dir, "loads.log");
    const preload = path.join(dir, "preload.cjs");
    writeFileSync(
      preload,
      [
        'const fs = require("node:fs");',
        'const Module = require("node:module");',
        "const loads = [];",
        "const read = fs.readFileSync;",
        "fs.readFileSync = function (file, ...rest) {",
        '  if (typeof file === "string" && file.endsWith(".cjs")) loads.push("read " + file);',
        "  return read.call(this, file, ...rest);",
        "};",
        "const load = Module._load;",
        "Module._load = function (request, ...rest) {",
        '  loads.push("require " + request);',
        "  return load.call(this, request, ...rest);",
        "};",
        `process.on("exit", () => fs.writeFileSync(${JSON.stringify(log)}, loads.join("\\n")));`,
      ].join("\n"),
    );
    const result = spawnSync(process.execPath, ["--require", preload, BIN, ...args], { encoding: "utf8" });
    expect(result.status).toBe(0);
    return readFileSync(log, "utf8").split("\n");
  }

  const readsPipeline = (load: string): boolean => /^read .*\/dist\/bundle\/pipeline\.cjs$/u.test(load);
  const poolOrOptional = (load: string): boolean =>
    /^require (?:node:worker_threads|htmlparser2|iconv-lite|chardet)/u.test(load);

  it("loads no worker pool, HTML parser or legacy-encoding library for one text file", () => {
    const loaded = loadsOf([SAMPLE]);
    expect(loaded.filter(readsPipeline)).toHaveLength(1);
    expect(loaded.filter(poolOrOptional)).toEqual([]);
    expect(loadsOf(["--version"]).filter(readsPipeline)).toEqual([]);
  });

  it("loads the pool for a run with a timeout, and the HTML parser for a page", () => {
    expect(loadsOf(["--timeout-per-file", "30", SAMPLE])).toContain("require node:worker_threads");
    expect(loadsOf([path.join(FIXTURES, "html-borna", "input.html")])).toContain("require htmlparser2");
  });
});

describe("progress", () => {
  it("draws a bar on a terminal, erases it, and ends with the summary", async () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let written = "";
    stderr.on("data", (chunk: Buffer) => (written += chunk.toString()));
    const stdout = new PassThrough();
    stdout.resume();
    const code = await run({
      argv: ["-f", "ndjson", SAMPLE, SAMPLE, SAMPLE],
      stdin: new PassThrough(),
      stdout,
      stderr,
      env: { NO_COLOR: "1" },
    });
    expect(code).toBe(0);
    expect(written).toMatch(/\r\u001b\[K\[#+·*\] 1\/3 {2}\d+\.\d files\/s/u);
    expect(written).toMatch(/\r\u001b\[Kextract-interview: 3 documents, 21 Q&A pairs/u);
  });

  it("formats the bar, the ETA and the summary", () => {
    expect(barLine(50, 200, 10_000, 80)).toBe(`[${"#".repeat(6)}${"·".repeat(18)}] 50/200  5.0 files/s  ETA 0:30`);
    expect(barLine(7, null, 2000, 80)).toBe("7 files  3.5 files/s");
    expect(summaryLine({ documents: 1, pairs: 9, warnings: 0, failed: 0 }, 1234)).toBe(
      "1 document, 9 Q&A pairs, 0 warnings, 0 failed in 1.2 s",
    );
  });
});
