/**
 * The CLI, spawned as users run it: the built binary, real stdin and stdout,
 * real exit codes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEED } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");
const SAMPLE = path.join(ROOT, "fixtures", "en-qa-colon", "input.txt");

/** Runs the binary; NO_COLOR unless the test sets colors itself. */
function cli(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory. */
function temp(): string {
  return mkdtempSync(path.join(tmpdir(), "extract-interview-"));
}

describe("extract-interview (spawned)", () => {
  it("prints the JSON document of a file", () => {
    const { code, stdout, stderr } = cli([SEED]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.meta.newsId).toBe("2559");
    expect(doc.qa).toHaveLength(9);
  });

  it("reads standard input when given no file or '-'", () => {
    const text = readFileSync(SEED);
    for (const args of [[], ["-"]]) {
      const { code, stdout } = cli(args, { input: text });
      expect(code).toBe(0);
      expect(JSON.parse(stdout).source.name).toBe("stdin");
    }
  });

  it("renders Markdown and text", () => {
    const md = cli(["-f", "md", SEED]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^---\ntitle: "Iran-Russia Military Cooperation/u);
    expect(md.stdout).toContain("\n## Interview\n");
    const text = cli(["--format", "text", SEED]);
    expect(text.stdout).toMatch(/^Iran-Russia Military Cooperation Proceeding on Schedule, Envoy Tells\n=+\n/u);
  });

  it("writes a JSON array for several inputs and one line per document in ndjson", () => {
    const many = cli([SEED, SAMPLE]);
    expect(JSON.parse(many.stdout)).toHaveLength(2);
    const lines = cli(["-f", "ndjson", SEED, SAMPLE]).stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).source.name)).toEqual([SEED, SAMPLE]);
  });

  it("writes -o atomically and --out-dir one file per input, refusing to replace without --force", () => {
    const dir = temp();
    const out = path.join(dir, "seed.json");
    expect(cli(["-o", out, SEED]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).qa).toHaveLength(9);
    const outDir = path.join(dir, "out");
    // Two inputs named input.txt would map to one output: give the seed its own name.
    const seed = path.join(dir, "borna-2559-iran-russia-interview.txt");
    writeFileSync(seed, readFileSync(SEED));
    expect(cli(["--out-dir", outDir, "-f", "md", seed, SAMPLE]).code).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(["borna-2559-iran-russia-interview.md", "input.md"]);
    const again = cli(["--out-dir", outDir, "-f", "md", SAMPLE]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/1 output already exists .*--force replaces them, --skip-existing keeps them\n$/u);
    expect(cli(["--out-dir", outDir, "-f", "md", "--force", SAMPLE]).code).toBe(0);
  });

  it("walks directories recursively in a fixed order, skipping hidden folders", () => {
    const dir = temp();
    mkdirSync(path.join(dir, "b"));
    mkdirSync(path.join(dir, ".hidden"));
    writeFileSync(path.join(dir, "b", "two.txt"), readFileSync(SAMPLE));
    writeFileSync(path.join(dir, "a.txt"), readFileSync(SEED));
    writeFileSync(path.join(dir, ".hidden", "x.txt"), readFileSync(SEED));
    writeFileSync(path.join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    const { code, stdout } = cli(["-f", "ndjson", dir]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n").map((line) => JSON.parse(line).source.name)).toEqual([
      path.join(dir, "a.txt"),
      path.join(dir, "b", "two.txt"),
    ]);
  });

  it("reports a missing file on one line, goes on with the others, and exits 1", () => {
    const { code, stdout, stderr } = cli(["-f", "ndjson", "missing.txt", SEED]);
    expect(code).toBe(1);
    const [error, summary, end] = stderr.split("\n");
    expect(error).toBe("extract-interview: missing.txt: no such file or directory");
    expect(summary).toMatch(/^extract-interview: 1 document, 9 Q&A pairs, \d+ warnings?, 1 failed in \d+\.\d s$/u);
    expect(end).toBe("");
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
  });

  it("rejects empty and binary input with one clear line", () => {
    const dir = temp();
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "blob.txt"), Buffer.from([1, 2, 0, 0, 3, 0, 4, 0, 0, 0, 9]));
    const empty = cli([path.join(dir, "empty.txt")]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(`extract-interview: ${path.join(dir, "empty.txt")}: empty file\n`);
    const blob = cli([path.join(dir, "blob.txt")]);
    expect(blob.code).toBe(1);
    expect(blob.stderr).toMatch(/blob\.txt: binary data/u);
    expect(blob.stderr.split("\n")).toHaveLength(2);
  });

  it("exits 2 on usage errors, with a hint", () => {
    const unknown = cli(["--bogus", SEED]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--bogus'/u);
    expect(unknown.stderr).toMatch(/see 'extract-interview --help'/u);
    const format = cli(["-f", "yaml", SEED]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/yaml/u);
    expect(cli(["-o", "x", "--out-dir", "y", SEED]).code).toBe(2);
  });

  it("exits 3 under --strict when an input has no Q&A", () => {
    const article = "Quarterly trade figures rose.\n\nExporters reported higher demand for grain and steel in the autumn months.\n";
    const { code, stderr } = cli(["--strict", "-f", "ndjson"], { input: article });
    expect(code).toBe(3);
    expect(stderr).toMatch(/strict: no Q&A found/u);
    expect(cli(["--strict", SEED]).code).toBe(0);
  });

  it("explains every line with its class, reason and rule id, plain when not a terminal", () => {
    const { code, stdout } = cli(["--explain", SEED]);
    expect(code).toBe(0);
    const rows = stdout.split("\n");
    expect(rows[0]).toMatch(/^# .*borna-2559/u);
    expect(rows[1]).toMatch(/^\s*1 title\s+Iran-Russia/u);
    expect(rows[4]).toMatch(/^\s*3 removed\s+\|\s+separator line$/u);
    expect(rows[5]).toMatch(/^\s+\(chrome\/separator\)$/u);
    expect(stdout).not.toContain("\u001b[");
    expect(rows.filter((row) => /^\s*\d+ question /u.test(row))).toHaveLength(9);
  });

  it("colors --explain when FORCE_COLOR is set", () => {
    const { stdout } = cli(["--explain", SEED], { env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(stdout).toContain("\u001b[");
  });

  it("prints the version and help", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(cli(["--version"]).stdout.trim()).toBe(pkg.version);
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: extract-interview/u);
  });

  it("ends quietly when the reader closes the pipe", () => {
    // Forty documents (about 700 KB) overflow the pipe's buffer: the reader is gone before the writer ends.
    const seeds = Array.from({ length: 40 }, () => `"${SEED}"`).join(" ");
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" -f ndjson ${seeds} | head -c 10`], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe("");
  });
});
