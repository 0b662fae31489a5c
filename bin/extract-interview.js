#!/usr/bin/env node
// A shim: all behaviour lives in src/cli.ts, which returns the exit code.
import { setFlagsFromString } from "node:v8";

// V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
// code only once it proves hot. The pipeline runs hundreds of Unicode-class patterns, each hot on
// any real input, so a one-file run paid twice (about 150 ms of a 450 ms run). Compiling them
// directly is as fast in a long batch and much faster at start-up. Set before any pattern runs;
// worker threads share the flag.
setFlagsFromString("--no-regexp-tier-up");

const { run } = await import("../dist/cli.js");

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
