// @ts-check
/**
 * Bundles the command line into dist/bundle/: cli.js, its pool's worker.js, and
 * the chunks they share, from the compiled dist/ (run after tsc; `npm run build`
 * does both). A few files instead of a hundred modules: resolving and loading each
 * module was a good part of a one-file run's start-up. What the CLI imports only
 * when it processes documents (the pipeline, the pool) is a chunk of its own, so
 * `--help` and `--version` do not compile it. The library (dist/index.js) stays
 * unbundled.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist", "bundle");

// Chunk names carry a hash of their content: the chunks of an earlier build would stay beside the new ones.
rmSync(OUT, { recursive: true, force: true });

await build({
  // Flat names, chunks beside the entries: the pool finds its worker beside itself ("./worker.js"), bundled or not.
  entryPoints: { cli: path.join(ROOT, "dist", "cli.js"), worker: path.join(ROOT, "dist", "cli", "worker.js") },
  outdir: OUT,
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // commander and chalk, which every run loads, go into the bundle; cheerio, iconv-lite and chardet,
  // which only some inputs need, are loaded from node_modules when needed (createRequire, not bundled).
  external: ["cheerio", "cheerio/*", "iconv-lite", "chardet"],
  // commander is CommonJS and requires Node's own modules: the ESM bundle gives it a require.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
  },
  logLevel: "warning",
});
