// @ts-check
/**
 * Bundles the command line into dist/bundle/, from the compiled dist/ (run after tsc; `npm run
 * build` does both). A few files instead of a hundred modules: resolving and loading each module
 * was a good part of a one-file run's start-up.
 *
 * - cli.js and its pool's worker.js (ES modules), with the chunks they share. What the CLI imports
 *   only when it processes documents (the job, the pool) is a chunk of its own, so `--help` and
 *   `--version` do not load it.
 * - pipeline.cjs: the document job and the whole pipeline under it, as one CommonJS script, and
 *   pipeline.cjs.cache, V8's code cache of it (see src/cli/compiled-script.ts). The job chunk
 *   of cli.js and worker.js is a stub that loads this script with its cache.
 *
 * The library (dist/index.js) stays unbundled.
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(DIST, "bundle");
const JOB = path.join(DIST, "cli", "job.js");
const LOADER = path.join(DIST, "cli", "compiled-script.js");
const PIPELINE = path.join(OUT, "pipeline.cjs");

/**
 * Inputs run through the pipeline before its cache is saved: the cache holds the functions
 * compiled so far, so these are what a typical run needs (a text dump of each common shape).
 */
const WARM_UP_INPUTS = ["borna-2559/input.txt", "en-qa-colon/input.txt", "en-speaker-names/input.txt"];

/** cheerio, iconv-lite and chardet, which only some inputs need, are loaded from node_modules when needed (createRequire, not bundled). */
const EXTERNAL = ["cheerio", "cheerio/*", "iconv-lite", "chardet"];

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
  // Flat names, chunks beside the entries: the pool finds its worker beside itself ("./worker.js"), bundled or not.
  entryPoints: { cli: path.join(DIST, "cli.js"), worker: path.join(DIST, "cli", "worker.js") },
  outdir: OUT,
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: EXTERNAL,
  plugins: [jobFromPipeline],
  // commander is CommonJS and requires Node's own modules: the ESM bundle gives it a require.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
  },
  logLevel: "warning",
});

await saveCodeCache();

/** Ends a bundle with the mark of its build, a hash of its content, which its code cache will carry too. */
async function markBuild(file) {
  const { withBuildMark } = await import(pathToFileURL(LOADER).href);
  const source = readFileSync(file, "utf8");
  writeFileSync(file, withBuildMark(source, createHash("sha1").update(source).digest("hex")));
}

/** Loads the pipeline script, runs the warm-up inputs through it, and saves its code cache beside it. */
async function saveCodeCache() {
  const { loadCompiledScript, cacheContent, cachePathOf } = await import(pathToFileURL(LOADER).href);
  const { exports, script } = loadCompiledScript(PIPELINE);
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
    const result = exports.processDocument({ name: file, sourceName: input, bytes: readFileSync(file) }, settings);
    if (result.ok) [...result.pieces].join("");
  }
  writeFileSync(cachePathOf(PIPELINE), cacheContent(PIPELINE, script));
}
