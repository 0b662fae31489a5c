#!/usr/bin/env node
// A shim: all behaviour lives in src/cli.ts, which returns the exit code. It loads
// the CLI bundled into one file (scripts/bundle.js), which starts faster than dist/cli.js.
import { run } from "../dist/bundle/cli.js";

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
