#!/usr/bin/env node
// A shim: all behaviour lives in src/cli.ts, which returns the exit code. It loads
// the CLI bundled by scripts/bundle.js, which starts faster than dist/cli.js.
import { setFlagsFromString } from "node:v8";

// V8 compiles a regular expression to bytecode when it first runs and again to machine code when
// it runs a second time. Most of a one-file run's hundreds of patterns run a few times only: they
// stay interpreted for their first hundred runs (on texts under 1,000 characters; V8 compiles a
// pattern for a longer text at once). Set before the CLI loads, so that every pattern counts.
setFlagsFromString("--regexp-tier-up-ticks=100");

const { run } = await import("../dist/bundle/cli.js");

run({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`extract-interview: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
