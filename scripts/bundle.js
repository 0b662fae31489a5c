// @ts-check
/**
 * Bundles the command line into dist/bundle/, from the compiled dist/ (run after tsc; `npm run
 * build` does both). A few files instead of a hundred modules: resolving and loading each module
 * was a good part of a one-file run's start-up.
 *
 * - cli.cjs: the command line as one CommonJS script, and cli.cjs.cache, V8's code cache of it
 *   (see src/cli/compiled-script.ts), which bin/extract-interview.js loads. What the CLI imports
 *   only when it processes documents (the job, the pool) is initialised only then, so `--help`
 *   and `--version` do not run it.
 * - worker.js, the pool's worker (an ES module: a Worker runs it as one).
 * - pipeline.cjs: the document job and the whole pipeline under it, as one CommonJS script, and
 *   pipeline.cjs.cache, its code cache. The job module of cli.cjs and worker.js is a stub that
 *   loads this script with its cache.
 *
 * The library (dist/index.js) stays unbundled.
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { Readable, Writable } from "node:stream";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(DIST, "bundle");
const JOB = path.join(DIST, "cli", "job.js");
const LOADER = path.join(DIST, "cli", "compiled-script.js");
const PIPELINE = path.join(OUT, "pipeline.cjs");
const CLI = path.join(OUT, "cli.cjs");

/**
 * Inputs run through the pipeline before its cache is saved: the cache holds the functions
 * compiled so far, so these are what a typical run needs (a text dump of each common shape).
 */
const WARM_UP_INPUTS = ["borna-2559/input.txt", "en-qa-colon/input.txt", "en-speaker-names/input.txt"];

/** The command lines run through the CLI script before its cache is saved: a one-file run and `--version`. */
const WARM_UP_RUNS = [[path.join(ROOT, "fixtures", "en-qa-colon", "input.txt")], ["--version"]];

/** htmlparser2, iconv-lite and chardet, which only some inputs need, are loaded from node_modules when needed (createRequire, not bundled). */
const EXTERNAL = ["htmlparser2", "iconv-lite", "chardet"];

// Chunk names carry a hash of their content: the chunks of an earlier build would stay beside the new ones.
rmSync(OUT, { recursive: true, force: true });

await build({
  entryPoints: [JOB],
  outfile: PIPELINE,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: EXTERNAL,
  // The modules find their CommonJS dependencies from their own address; in a CommonJS script that is __filename's.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
await markBuild(PIPELINE);

/** The job module's runtime exports, which the stub passes on from the script. */
const jobExports = Object.keys(await import(pathToFileURL(JOB).href));

/** @type {import("esbuild").Plugin} */
const jobFromPipeline = {
  name: "job-from-pipeline",
  setup(context) {
    // esbuild reads the filter as a Go regular expression, which knows no `u` flag.
    context.onLoad({ filter: /[\\/]cli[\\/]job\.js$/ }, (args) =>
      path.resolve(args.path) !== JOB
        ? undefined
        : {
            resolveDir: path.dirname(JOB),
            loader: "js",
            contents: [
              'import { fileURLToPath } from "node:url";',
              `import { loadCompiledScript } from ${JSON.stringify(LOADER)};`,
              'const pipeline = loadCompiledScript(fileURLToPath(new URL("./pipeline.cjs", import.meta.url))).exports;',
              ...jobExports.map((name) => `export const ${name} = pipeline.${name};`),
            ].join("\n"),
          },
    );
  },
};

await build({
  // The pool finds its worker beside itself ("./worker.js"), bundled or not.
  entryPoints: { worker: path.join(DIST, "cli", "worker.js") },
  outdir: OUT,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: EXTERNAL,
  plugins: [jobFromPipeline],
  // A CommonJS dependency bundled into an ES module requires Node's own modules: give it a require.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
  },
  logLevel: "warning",
});

await build({
  entryPoints: [path.join(DIST, "cli.js")],
  outfile: CLI,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: EXTERNAL,
  plugins: [jobFromPipeline],
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
await markBuild(CLI);

await saveCodeCache(PIPELINE, warmPipeline);
await saveCodeCache(CLI, warmCli);

/** Ends a bundle with the mark of its build, a hash of its content, which its code cache will carry too. */
async function markBuild(file) {
  const { withBuildMark } = await import(pathToFileURL(LOADER).href);
  const source = readFileSync(file, "utf8");
  writeFileSync(file, withBuildMark(source, createHash("sha1").update(source).digest("hex")));
}

/**
 * Loads a bundled script, runs the warm-up through it, and saves its code cache beside it: the
 * cache holds the functions compiled so far.
 * @param {string} file
 * @param {(exports: never) => Promise<void>} warmUp
 */
async function saveCodeCache(file, warmUp) {
  const { loadCompiledScript, cacheContent, cachePathOf } = await import(pathToFileURL(LOADER).href);
  const { exports, script } = loadCompiledScript(file);
  await warmUp(exports);
  writeFileSync(cachePathOf(file), cacheContent(file, script));
}

/**
 * Runs the warm-up inputs through the pipeline's job.
 * @param {typeof import("../dist/cli/job.js")} pipeline
 */
async function warmPipeline(pipeline) {
  /** @type {import("../dist/cli/job.js").JobSettings} */
  const settings = {
    format: "json",
    explain: false,
    colorLevel: 0,
    inputFormat: "auto",
    maxBytes: 1 << 24,
    strict: false,
  };
  for (const input of WARM_UP_INPUTS) {
    const file = path.join(ROOT, "fixtures", input);
    const result = pipeline.processDocument({ name: file, sourceName: input, bytes: readFileSync(file) }, settings);
    if (result.ok) [...result.pieces].join("");
  }
}

/**
 * Runs the warm-up command lines through the CLI, its output discarded.
 * @param {typeof import("../dist/cli.js")} cli
 */
async function warmCli(cli) {
  const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  for (const argv of WARM_UP_RUNS) {
    await cli.run({ argv, stdin: Readable.from([]), stdout: discard(), stderr: discard(), env: {} });
  }
}
