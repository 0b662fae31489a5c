/**
 * Bad input through the spawned command line: each bad input gets one line on
 * standard error naming it and the reason, the other inputs are still
 * processed, and the exit code is 1 (SPEC.md). Damaged but readable text gets a
 * one-line warning (not with --quiet) and a document.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEED as SEED_PATH } from "./helpers/seed.js";

/** The one summary line a batch ends with. */
const SUMMARY_LINE = /^extract-interview: \d+ documents?, \d+ Q&A pairs?/u;

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");
const SEED = readFileSync(SEED_PATH);
const RUSSIAN = readFileSync(path.join(ROOT, "fixtures", "ru-labels", "input.txt"));

/** Runs the binary in `cwd`, colors off. */
function cli(args: string[], cwd: string, input = "") {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory with the given files (name → content). */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-interview-hostile-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The Russian fixture with two invalid UTF-8 sequences at line starts. */
function damagedRussian(): Buffer {
  const at = RUSSIAN.indexOf(0x0a, 500) + 1;
  return Buffer.concat([RUSSIAN.subarray(0, at), Buffer.from([0xff, 0xc3, 0x28]), RUSSIAN.subarray(at)]);
}

/** Whether this process runs as root, for whom chmod 000 changes nothing. */
const isRoot = process.getuid?.() === 0;

describe("bad input on the command line", () => {
  it("gets one line naming the input and the reason; the others are still written; exit 1", () => {
    const dir = folder({
      "empty.txt": "",
      "blank.txt": " \n\t\r\n   \n",
      "nul.txt": Buffer.concat([Buffer.from("Title\n\nText"), Buffer.alloc(16), Buffer.from("more")]),
      "image.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      "archive.txt": Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(26), Buffer.from("word/document.xml")]),
      "big.txt": Buffer.concat([SEED, SEED]),
      "damaged.txt": damagedRussian(),
      "good.txt": SEED,
      "no-articles/photo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      "no-articles/data.json": "{}",
    });
    const args = [
      "missing.txt",
      "no-articles",
      "empty.txt",
      "blank.txt",
      "nul.txt",
      "image.txt",
      "archive.txt",
      "big.txt",
      "damaged.txt",
      "good.txt",
      "/dev/null",
    ];
    const { code, stdout, stderr } = cli(["-f", "ndjson", "--max-bytes", String(SEED.length), ...args], dir);
    // The batch's closing summary line is tested in batch.test.ts; here only the per-input lines count.
    expect(stderr.split("\n").filter((line) => !SUMMARY_LINE.test(line))).toEqual([
      "extract-interview: missing.txt: no such file or directory",
      "extract-interview: no-articles: directory holds no text or HTML files",
      "extract-interview: empty.txt: empty file",
      "extract-interview: blank.txt: no text (whitespace only)",
      "extract-interview: nul.txt: binary data (NUL bytes)",
      "extract-interview: image.txt: binary data (PNG image)",
      "extract-interview: archive.txt: binary data (ZIP archive)",
      `extract-interview: big.txt: larger than ${SEED.length} bytes limit (--max-bytes)`,
      "extract-interview: /dev/null: not a regular file or directory",
      "",
    ]);
    expect(code).toBe(1);
    const docs = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { source: { name: string }; qa: unknown[] });
    expect(docs.map((doc) => doc.source.name)).toEqual(["damaged.txt", "good.txt"]);
    expect(stdout).toContain('"code": "invalid-utf8"'.replace(": ", ":"));
    expect(docs[1]!.qa).toHaveLength(9);
  });

  it("keeps warnings off standard error with --quiet, errors on", () => {
    const dir = folder({ "damaged.txt": damagedRussian(), "empty.txt": "" });
    const quiet = cli(["--quiet", "-f", "ndjson", "damaged.txt"], dir);
    expect(quiet).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(quiet.stdout).warnings).toContainEqual({
      code: "invalid-utf8",
      rule: "decode/invalid-utf8",
      message: "2 invalid UTF-8 sequences replaced with U+FFFD",
    });
    expect(cli(["-q", "empty.txt"], dir)).toMatchObject({
      code: 1,
      stderr: "extract-interview: empty.txt: empty file\n",
    });
  });

  it("refuses standard input over --max-bytes without reading all of it", () => {
    const { code, stdout, stderr } = cli(["--max-bytes", "1000"], ROOT, SEED.toString("utf8").repeat(20));
    expect(stderr).toBe("extract-interview: stdin: larger than 1000 bytes limit (--max-bytes)\n");
    expect(code).toBe(1);
    expect(stdout).toBe("");
  });

  it.skipIf(isRoot)("reports an unreadable file as permission denied", () => {
    const dir = folder({ "locked.txt": SEED, "good.txt": SEED });
    chmodSync(path.join(dir, "locked.txt"), 0o000);
    try {
      const { code, stdout, stderr } = cli(["-f", "ndjson", "locked.txt", "good.txt"], dir);
      expect(stderr).toBe("extract-interview: locked.txt: permission denied\n");
      expect(code).toBe(1);
      expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    } finally {
      chmodSync(path.join(dir, "locked.txt"), 0o644);
    }
  });
});
