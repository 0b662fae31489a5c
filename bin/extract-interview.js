#!/usr/bin/env node
// A shim: all behaviour lives in src/cli.ts, which returns the exit code. It loads the CLI
// bundled by scripts/bundle.js as one script with V8's code cache of it (src/cli/compiled-script.ts),
// which starts faster than dist/cli.js and its modules.
//
// No V8 flag is set here at run time: `v8.setFlagsFromString("--no-regexp-tier-up")` saved a tenth
// of a one-file run's instructions, but changing a flag after V8 has started crashed node with
// SIGSEGV in about one run in a hundred (1/84 corpus runs under load, 1/100 one-file runs).

import { fileURLToPath } from "node:url";

const { loadCompiledScript } = await import("../dist/cli/compiled-script.js");
const { run } = loadCompiledScript(fileURLToPath(new URL("../dist/bundle/cli.cjs", import.meta.url))).exports;

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
