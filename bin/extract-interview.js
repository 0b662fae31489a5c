#!/usr/bin/env node
// A shim: all behaviour lives in src/cli.ts, which returns the exit code.
import { run } from "../dist/cli.js";

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
