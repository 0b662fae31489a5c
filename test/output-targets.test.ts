/**
 * Where the output goes, spawned as users run it: `-o` writes a device or a
 * FIFO in place instead of replacing it; a target that cannot work (a
 * directory, a path under a file, an unwritable folder) is refused in one line
 * before any input is read; an interrupt leaves no temporary file, says how
 * far the batch got and exits 130 (SIGINT) or 143 (SIGTERM).
 */
import { spawn, spawnSync, execFileSync } from "node:child_process";
import {
  chmodSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../src/cli.js";
import { SEED } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");

/** Whether this process runs as root, for whom chmod changes nothing. */
const isRoot = process.getuid?.() === 0;

/** Runs the binary to the end. */
function cli(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: "",
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory. */
function temp(): string {
  return mkdtempSync(path.join(tmpdir(), "extract-interview-targets-"));
}

/** Collects a readable stream into a string. */
async function collect(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text;
}

describe("-o on a file that is not a regular file", () => {
  it("writes a FIFO in place: the reader gets the document, the FIFO stays a FIFO", async () => {
    const dir = temp();
    const fifo = path.join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const child = spawn(process.execPath, [BIN, "-o", fifo, SEED], { env: { PATH: process.env.PATH ?? "" } });
    const [received, code] = await Promise.all([
      collect(createReadStream(fifo, { encoding: "utf8" })),
      new Promise<number | null>((resolve) => child.on("close", resolve)),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(received).qa).toHaveLength(9);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe"]); // no temporary file beside it
  });

  it("ends a FIFO's reading when no document comes out (every input failed)", async () => {
    const dir = temp();
    const fifo = path.join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const child = spawn(process.execPath, [BIN, "-o", fifo, path.join(dir, "missing.txt")], {
      env: { PATH: process.env.PATH ?? "" },
    });
    const [received, code] = await Promise.all([
      collect(createReadStream(fifo, { encoding: "utf8" })),
      new Promise<number | null>((resolve) => child.on("close", resolve)),
    ]);
    expect(code).toBe(1);
    expect(received).toBe("");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("writes a character device in place, also through a link: /dev/null stays a device", () => {
    const dir = temp();
    const link = path.join(dir, "null.json");
    symlinkSync("/dev/null", link);
    const { code, stdout, stderr } = cli(["-o", link, SEED]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(["null.json"]);
  });
});

describe("an output target that cannot work", () => {
  it.each([
    ["-o", "existing-dir", "-o existing-dir: is a directory; give a file name, or use --out-dir"],
    ["-o", "existing-dir/", "-o existing-dir/: is a directory; give a file name, or use --out-dir"],
    ["-o", "missing-dir/", "-o missing-dir/: names a directory; give a file name"],
    ["-o", "file.txt/out.json", "-o file.txt/out.json: a part of the path is not a directory"],
    ["-o", "file.txt/deeper/out.json", "-o file.txt/deeper/out.json: a part of the path is not a directory"],
    ["--out-dir", "file.txt", "--out-dir file.txt: file.txt is not a directory"],
    ["--out-dir", "file.txt/out", "--out-dir file.txt/out: a part of the path is not a directory"],
  ])("%s %s is refused in one line before any input is read; exit 2", (flag, target, problem) => {
    const dir = temp();
    mkdirSync(path.join(dir, "existing-dir"));
    writeFileSync(path.join(dir, "file.txt"), "not a folder");
    // The input does not exist: had it been read, its error would be reported.
    const { code, stdout, stderr } = cli([flag, target, "missing-input.txt"], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: "", stderr: `extract-interview: error: ${problem}\n` });
    expect(readdirSync(dir).sort()).toEqual(["existing-dir", "file.txt"]);
    expect(readdirSync(path.join(dir, "existing-dir"))).toEqual([]);
  });

  it.skipIf(isRoot)("refuses a folder it cannot write in", () => {
    const dir = temp();
    const locked = path.join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const file = cli(["-o", path.join(locked, "out.json"), SEED]);
    expect(file).toMatchObject({
      code: 2,
      stderr: `extract-interview: error: -o ${path.join(locked, "out.json")}: cannot write in ${locked}: permission denied\n`,
    });
    const folder = cli(["--out-dir", path.join(locked, "out"), SEED]);
    expect(folder).toMatchObject({
      code: 2,
      stderr: `extract-interview: error: --out-dir ${path.join(locked, "out")}: cannot write in ${locked}: permission denied\n`,
    });
  });
});

/** Starts the binary with standard input left open, so the batch waits after its first input. */
function startParked(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
  const stderr = collect(child.stderr);
  const exit = new Promise<number | null>((resolve) => child.on("close", resolve));
  return { child, stderr, exit };
}

/** Resolves once a file matching `test` exists in `dir` (the batch has written its first document). */
async function waitForFile(dir: string, test: (name: string) => boolean): Promise<void> {
  while (!(existsSync(dir) && readdirSync(dir, { recursive: true, encoding: "utf8" }).some(test)))
    await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("an interrupted batch", () => {
  it("SIGINT during -o: no temporary file, no output, a line saying how far it got, exit 130", async () => {
    const dir = temp();
    const run = startParked(["-o", "out.json", SEED, "-"], dir);
    await waitForFile(dir, (name) => name.endsWith(".tmp"));
    run.child.kill("SIGINT");
    expect(await run.exit).toBe(130);
    expect(await run.stderr).toBe("extract-interview: interrupted after 1 of 2 inputs\n");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("SIGTERM during --out-dir: the written outputs stay, no temporary file, exit 143", async () => {
    const dir = temp();
    const run = startParked(["--out-dir", "out", "-q", SEED, "-"], dir);
    await waitForFile(path.join(dir, "out"), (name) => name.endsWith(".json"));
    run.child.kill("SIGTERM");
    expect(await run.exit).toBe(143);
    expect(await run.stderr).toBe("extract-interview: interrupted after 1 of 2 inputs\n");
    expect(readdirSync(path.join(dir, "out"))).toEqual(["input.json"]);
    expect(JSON.parse(readFileSync(path.join(dir, "out", "input.json"), "utf8")).qa).toHaveLength(9);
  });

  it("at a terminal: the progress bar is erased and the interrupted line takes its place", async () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let written = "";
    stderr.on("data", (chunk: Buffer) => (written += chunk.toString()));
    const stdout = new PassThrough();
    stdout.resume();
    const stdin = new PassThrough(); // never ends: the batch waits on it after the first input
    const running = run({ argv: ["-f", "ndjson", SEED, "-"], stdin, stdout, stderr, env: { NO_COLOR: "1" } });
    while (!written.includes("1/2")) await new Promise((resolve) => setTimeout(resolve, 10));
    process.emit("SIGINT", "SIGINT");
    expect(await running).toBe(130);
    expect(written).toMatch(/\] 1\/2 [^\r]*\r\u001b\[Kextract-interview: interrupted after 1 of 2 inputs\n$/u);
  });
});
