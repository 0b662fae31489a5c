/**
 * Loads a CommonJS bundle with V8's code cache: the bytecode of its functions, saved when the
 * package is built (scripts/bundle.js), so that a one-file run does not parse and compile them again.
 *
 * Node 20 has no compile cache for ES modules (`module.enableCompileCache` came in Node 22), but a
 * `vm.Script` takes cached data. Compiling the pipeline was about 8% of a one-file run's
 * instructions. The cache is only an aid: V8 rejects it for another V8 version or other flags, and
 * it is used only with the build it was made for (the bundle ends with a build mark, the cache
 * opens with the same), so a stale or foreign cache costs a compile, never a wrong result.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";

/** A loaded bundle: what it exports, and its script, whose cache a build saves. */
export interface CompiledScript {
  exports: unknown;
  script: Script;
}

/** What CommonJS wraps a module's source in: its variables are the function's parameters. */
const WRAPPER = ["(function (exports, require, module, __filename, __dirname) { ", "\n});"] as const;

/**
 * The comment that ends a bundle and names its build (a hash of its content, written by
 * scripts/bundle.js). Reading it costs nothing; hashing the source at run time loaded node:crypto,
 * a good part of the time the cache saves.
 */
const BUILD_MARK = "//# build ";

/** The cache file beside a bundle. */
export function cachePathOf(file: string): string {
  return `${file}.cache`;
}

/** The build a bundle's source names in its last line; "" when it names none. */
export function buildOf(source: string): string {
  const mark = source.lastIndexOf(BUILD_MARK);
  return mark < 0 ? "" : source.slice(mark + BUILD_MARK.length).trim();
}

/** A bundle's source with its build mark appended. */
export function withBuildMark(source: string, build: string): string {
  return `${source}\n${BUILD_MARK}${build}\n`;
}

/** The cached data saved for this build, if there is any: the cache file is the build's name, a newline, then V8's data. */
function cachedDataFor(file: string, build: string): Buffer | undefined {
  if (build === "") return undefined;
  let saved: Buffer;
  try {
    saved = readFileSync(cachePathOf(file));
  } catch {
    return undefined; // no cache: the build made none, or it was removed
  }
  const header = Buffer.from(`${build}\n`);
  return saved.subarray(0, header.length).equals(header) ? saved.subarray(header.length) : undefined;
}

/** Runs the CommonJS bundle at `file` (its cache used when there is a valid one) and returns its exports. */
export function loadCompiledScript(file: string): CompiledScript {
  const source = readFileSync(file, "utf8");
  const script = new Script(WRAPPER[0] + source + WRAPPER[1], {
    filename: file,
    cachedData: cachedDataFor(file, buildOf(source)),
  });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}

/** The cache file's content for a loaded bundle: its build's name, then V8's data (functions compiled so far included). */
export function cacheContent(file: string, script: Script): Buffer {
  return Buffer.concat([Buffer.from(`${buildOf(readFileSync(file, "utf8"))}\n`), script.createCachedData()]);
}
