#!/usr/bin/env node
// A shim: all behaviour lives in src/cli.ts, which returns the exit code. It loads
// the CLI bundled by scripts/bundle.js, which starts faster than dist/cli.js.
import { setFlagsFromString } from "node:v8";

// V8 compiles a regular expression to bytecode when it first runs and, once it has run a few times
// (or at once, on a text of 1,000 characters or more), again to machine code. A one-file run's
// hundreds of Unicode patterns were compiled twice that way: compiling each to machine code at its
// first run costs a tenth fewer instructions in a one-file run (2.81G -> 2.52G on the borna fixture),
// and nothing measurable in a batch or on a 20 MB dump, where every pattern is compiled to machine
// code anyway. Set before the CLI loads, so that every pattern is compiled this way.
setFlagsFromString("--no-regexp-tier-up");

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
