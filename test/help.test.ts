/**
 * The help text is the CLI's usage documentation: asserted whole, from the
 * spawned binary, so any change to it is reviewed in a diff. Usage errors
 * are two lines: the problem (with a typo's suggestion) and where to look.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../src/cli.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");

/** Runs the binary; COLUMNS is set wide to show the help does not follow the terminal. */
function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: "",
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", COLUMNS: "200" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The whole help text. */
const HELP = `Usage: extract-interview [options] [files, directories or 'patterns'...]

Extract metadata, lead, summary and Q&A pairs from news-agency interview dumps
(text or HTML).

Arguments:
  inputs                   files, directories or quoted glob patterns; none or
                           '-' reads stdin

Options:
  -f, --format <format>    output format: json, md, ndjson, text (default: json)
  -o, --output <file>      write all output to this file (default: stdout)
  --out-dir <dir>          one output file per input, mirroring the tree
  --force                  with --out-dir: replace existing output files
  --skip-existing          with --out-dir: keep existing outputs, process the
                           rest
  --from <kind>            inputs hold one dump per file, or NDJSON {id,
                           text|html}: dumps, ndjson (default: dumps)
  --input-format <format>  read inputs as: auto, text, html (default: auto)
  --encoding <name>        input encoding, e.g. koi8-r (default: detected)
  --max-bytes <n>          largest input, in bytes (default: 52428800, 50 MiB)
  -j, --jobs <n>           worker threads for batches (default: the number of
                           cores)
  --ordered                with -f ndjson: keep input order, not completion
                           order
  --timeout-per-file <s>   fail an input running longer on a worker (0: no
                           limit) (default: 10)
  --config <file>          JSON file of extra boilerplate, labels and speakers
                           (default: ./extract-interview.config.json if present)
  --explain                show each input line with its class and reason
  --strict                 exit 3 when an input has no Q&A or has warnings
  -q, --quiet              print nothing but errors: no progress, no summary
  -v, --verbose            also list each input's warnings
  -V, --version            print the version
  -h, --help               show this help

Examples:
  extract-interview dump.txt                           # JSON on standard output
  cat dump.txt | extract-interview -f md               # stdin to Markdown
  extract-interview dumps/ --out-dir out/ -f md        # one file per input
  extract-interview dumps/ -f ndjson | jq .meta.title  # one title per line
  extract-interview --strict dumps/ > /dev/null        # CI: exit 3 on no Q&A
  extract-interview --explain dump.txt                 # how each line was read

Exit codes:
  0    every input was read and written
  1    some input failed; the others were still written
  2    usage error: unknown option, bad value, bad config file
  3    --strict found an input with no Q&A or with warnings
  130  interrupted (SIGINT, Ctrl-C); 143: terminated (SIGTERM)

`;

describe("--help", () => {
  it("prints the usage, every option with its default, examples and exit codes", () => {
    const { code, stdout, stderr } = cli(["--help"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(HELP);
    expect(cli(["-h"]).stdout).toBe(HELP);
  });

  it("fits in 80 columns", () => {
    const widest = Math.max(...HELP.split("\n").map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(80);
  });
});

describe("usage errors", () => {
  it.each([
    [["--bogus"], "unknown option '--bogus'"],
    [["--formt", "md"], "unknown option '--formt' (did you mean --format?)"],
    [
      ["-f", "yaml"],
      "option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are json, md, ndjson, text.",
    ],
    [["--max-bytes", "0"], "option '--max-bytes <n>' argument '0' is invalid. expected a positive whole number"],
    [["-o", "a.json", "--out-dir", "out"], "use either --output or --out-dir, not both"],
  ])("%j: the problem on one line, then a pointer to --help; exit 2", (args, problem) => {
    const { code, stdout, stderr } = cli([...args, "input.txt"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`extract-interview: error: ${problem}\nsee 'extract-interview --help'\n`);
  });
});

describe("help into a closed pipe", () => {
  /** A stdout whose reader went away (`--help | head -1`): each write fails with EPIPE, as a socket does. */
  function closedPipe(): Writable {
    return new Writable({
      write(_chunk: Buffer, _encoding, done) {
        done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
  }

  it.each([["--help"], ["--version"]])("ends quietly after %s: exit 0, nothing on stderr", async (flag) => {
    let stderr = "";
    const code = await run({
      argv: [flag],
      stdin: Readable.from([]),
      stdout: closedPipe(),
      stderr: new Writable({
        write(chunk: Buffer, _encoding, done) {
          stderr += chunk.toString();
          done();
        },
      }),
      env: { NO_COLOR: "1" },
    });
    // The pipe's 'error' event comes after the write's callback: give it a turn to surface.
    await new Promise((resolve) => setImmediate(resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
