// @ts-check
/**
 * Bundles the command line into two files, dist/bundle/cli.js and its pool's
 * dist/bundle/worker.js, from the compiled dist/ (run after tsc; `npm run build`
 * does both). One file instead of a hundred modules: resolving and loading each
 * module was a good part of a one-file run's start-up. The library (dist/index.js)
 * stays unbundled; packages stay external, loaded from node_modules as before.
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
  packages: "external",
  logLevel: "warning",
});
