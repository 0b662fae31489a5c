// @ts-check
/**
 * Bundles the command line into two files, dist/bundle/cli.js and its pool's
 * dist/bundle/worker.js, from the compiled dist/ (run after tsc; `npm run build`
 * does both). One file instead of a hundred modules: resolving and loading each
 * module was a good part of a one-file run's start-up. The library (dist/index.js)
 * stays unbundled.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  // Flat names: the pool finds its worker beside itself ("./worker.js"), bundled or not.
  entryPoints: { cli: path.join(ROOT, "dist", "cli.js"), worker: path.join(ROOT, "dist", "cli", "worker.js") },
  outdir: path.join(ROOT, "dist", "bundle"),
  bundle: true,
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
