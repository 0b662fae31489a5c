/**
 * What the CLI says, spawned as users run it: stray control bytes in a real
 * text are dropped with a warning while binary data is still refused; file
 * names and dump lines never reach a terminal with their escape sequences;
 * format aliases and suggestions; --verbose names each input's warnings,
 * --quiet leaves only errors; --jobs beyond the cores is no harm; sizes in MiB.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decode, InputError } from "../src/decode.js";
import { SEED } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");
const TEXT = readFileSync(SEED);

/** Any raw control character (escape sequences start with one). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** Runs the binary in `cwd`. */
function cli(args: string[], cwd = ROOT, input = "") {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory with the given files (name → content). */
function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-interview-messages-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The seed as a wire service sent it: six NUL bytes and a SUB (0x1A) among 11 KB of text. */
function wireStory(): Buffer {
  const cut = (at: number): number => TEXT.indexOf(0x20, at);
  return Buffer.concat([
    TEXT.subarray(0, cut(3000)),
    Buffer.from([0, 0, 0]),
    TEXT.subarray(cut(3000), cut(8000)),
    Buffer.from([0, 0, 0, 0x1a]),
    TEXT.subarray(cut(8000), cut(11000)),
  ]);
}

describe("control bytes in real text", () => {
  it("reads a wire story with stray NULs and a SUB, drops them, and warns with the count", () => {
    const dir = folder({ "wire.txt": wireStory() });
    const { code, stdout, stderr } = cli(["-f", "ndjson", "wire.txt"], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const doc = JSON.parse(stdout) as {
      qa: unknown[];
      warnings: Array<{ code: string; message: string; rule?: string }>;
    };
    expect(doc.warnings).toContainEqual({
      code: "control-characters",
      rule: "decode/control-characters",
      message: "7 stray control characters (NUL, SUB…) removed",
    });
    expect(doc.qa.length).toBeGreaterThan(0);
    expect(stdout).not.toMatch(/\\u0000|\\u001a/u);
  });

  it("still refuses binary data: mostly NUL, NUL-strewn, control soup, and known formats", () => {
    const refused = (bytes: Uint8Array): string => {
      try {
        decode(bytes);
      } catch (error) {
        if (error instanceof InputError) return error.reason;
        throw error;
      }
      return "read as text";
    };
    expect(refused(Buffer.alloc(4096))).toBe("binary data (NUL bytes)");
    // One NUL in every 50 bytes: more than teletype residue.
    const strewn = Buffer.from(TEXT.subarray(0, 5000));
    for (let at = 0; at < strewn.length; at += 50) strewn[at] = 0;
    expect(refused(strewn)).toBe("binary data (NUL bytes)");
    expect(refused(Buffer.from(Array.from({ length: 4000 }, (_, n) => (n * 7919) % 256)))).toMatch(/^binary data/u);
    expect(refused(Buffer.concat([Buffer.from("%PDF-1.7\n"), TEXT]))).toBe("binary data (PDF document)");
  });
});

describe("the terminal is not trusted to the input", () => {
  it("shows a file name's escape sequence escaped in a diagnostic", () => {
    const name = "evil\u001b]0;owned\u0007\u001b[2J.txt";
    const dir = folder({ [name]: "" });
    const { code, stderr } = cli([name], dir);
    expect(code).toBe(1);
    expect(stderr).toBe("extract-interview: evil\\x1b]0;owned\\x07\\x1b[2J.txt: empty file\n");
  });

  it("shows escape sequences in --explain escaped, in the name and in the lines", () => {
    const name = "a\u001b[31m.txt";
    const dir = folder({ [name]: Buffer.concat([Buffer.from("Title \u009b31m red\n\n"), TEXT]) });
    const { code, stdout } = cli(["--explain", name], dir);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("# a\\x1b[31m.txt");
    expect(stdout).toContain("\\x9b31m");
    expect(stdout).not.toMatch(RAW_CONTROL);
  });

  it("shows a usage error's value escaped", () => {
    const { code, stderr } = cli(["-f", "md\u001b[8m"]);
    expect(code).toBe(2);
    expect(stderr).toContain("argument 'md\\x1b[8m' is invalid");
    expect(stderr).not.toMatch(RAW_CONTROL);
  });
});

describe("messages", () => {
  it("accepts markdown, txt and jsonl for md, text and ndjson, and suggests a near miss", () => {
    for (const [alias, format] of [
      ["markdown", "md"],
      ["txt", "text"],
      ["jsonl", "ndjson"],
      ["MD", "md"],
    ]) {
      const aliased = cli(["-f", alias ?? "", SEED]);
      expect(aliased.code).toBe(0);
      expect(aliased.stdout).toBe(cli(["-f", format ?? "", SEED]).stdout);
    }
    expect(cli(["-f", "ndjsn", SEED]).stderr).toBe(
      "extract-interview: error: option '-f, --format <format>' argument 'ndjsn' is invalid. Allowed choices are json, md, ndjson, text. (did you mean ndjson?)\nsee 'extract-interview --help'\n",
    );
  });

  it("names each input's warnings with --verbose; --quiet prints nothing on success, not even the summary", () => {
    const dir = folder({ "in/wire.txt": wireStory(), "in/seed.txt": TEXT });
    const verbose = cli(["-v", "-f", "ndjson", "in"], dir);
    expect(verbose.code).toBe(0);
    const lines = verbose.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `extract-interview: ${path.join("in", "wire.txt")}: warning: control-characters: 7 stray control characters (NUL, SUB…) removed`,
    );
    expect(lines.at(-1)).toMatch(/^extract-interview: 2 documents, \d+ Q&A pairs, 1 warning, 0 failed in /u);
    expect(cli(["-f", "ndjson", "in"], dir).stderr).not.toContain("warning:");
    expect(cli(["-q", "-f", "ndjson", "in"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(cli(["-q", "-v", "in"], dir).stderr).toMatch(/use either --quiet or --verbose, not both/u);
  });

  it("runs a pool batch with far more --jobs than cores without a warning", () => {
    const { code, stdout, stderr } = cli(["-j", "200", "-q", "-f", "ndjson", "fixtures/en-[a-m]*/input.txt"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const inputs = readdirSync(path.join(ROOT, "fixtures")).filter(
      (slug) => /^en-[a-m]/u.test(slug) && existsSync(path.join(ROOT, "fixtures", slug, "input.txt")),
    );
    expect(stdout.trimEnd().split("\n")).toHaveLength(inputs.length);
  });

  it("starts a dozen workers without adding a listener to the parent's stdout or stderr", async () => {
    // The built pool (its worker script is in dist/): with the default stdio, each worker piped into
    // both streams, and from nine workers on every write warned MaxListenersExceededWarning.
    const { startPool } = (await import(
      path.join(ROOT, "dist", "cli", "pool.js")
    )) as typeof import("../src/cli/pool.js");
    const streams = [process.stdout, process.stderr];
    const before = streams.map((stream) => stream.eventNames().map((name) => stream.listenerCount(name)));
    const settings = {
      format: "json",
      explain: false,
      colorLevel: 0,
      inputFormat: "auto",
      maxBytes: 1 << 20,
      strict: false,
    } as const;
    const pool = startPool({ size: 12, settings, timeoutSeconds: 0 });
    try {
      const result = await pool.run({ name: "seed", sourceName: "seed", bytes: new Uint8Array(TEXT) });
      expect(result).toMatchObject({ ok: true, pairs: 9 });
      expect(streams.map((stream) => stream.eventNames().map((name) => stream.listenerCount(name)))).toEqual(before);
    } finally {
      await pool.close();
    }
  });

  it("gives sizes in MiB and KiB, as the help and README do", () => {
    const dir = folder({ "big.txt": Buffer.concat(Array.from({ length: 70 }, () => TEXT)) });
    expect(cli(["--max-bytes", "1048576", "big.txt"], dir).stderr).toBe(
      "extract-interview: big.txt: larger than 1 MiB limit (--max-bytes)\n",
    );
    expect(cli(["--help"]).stdout).toContain("50 MiB");
  });
});
