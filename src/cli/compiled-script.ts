/**
 * Loads a CommonJS bundle with V8's code cache: the bytecode of its functions, saved when the
 * package is built (scripts/bundle.js), so that a one-file run does not parse and compile them again.
 *
 * Node 20 has no compile cache for ES modules (`module.enableCompileCache` came in Node 22), but a
 * `vm.Script` takes cached data. Compiling the pipeline was about a fifth of a one-file run's
 * instructions. The cache is only an aid: V8 rejects it for another V8 version or other flags, and
 * it is used only with the exact source it was made from (its first bytes are the source's hash),
 * so a stale or foreign cache costs a compile, never a wrong result.
 */
import { createHash } from "node:crypto";
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

/** Bytes of the source hash that open a cache file. */
const HASH_BYTES = 20;

/** The cache file beside a bundle. */
export function cachePathOf(file: string): string {
  return `${file}.cache`;
}

/** The hash a cache file opens with: SHA-1 of the bundle's source (an identity check, not a security one). */
function sourceHash(source: string): Buffer {
  return createHash("sha1").update(source).digest();
}

/** The cached data saved for this source, if there is any. */
function cachedDataFor(file: string, hash: Buffer): Buffer | undefined {
  let saved: Buffer;
  try {
    saved = readFileSync(cachePathOf(file));
  } catch {
    return undefined; // no cache: the build made none, or it was removed
  }
  return saved.subarray(0, HASH_BYTES).equals(hash) ? saved.subarray(HASH_BYTES) : undefined;
}

/** Runs the CommonJS bundle at `file` (its cache used when there is a valid one) and returns its exports. */
export function loadCompiledScript(file: string): CompiledScript {
  const source = readFileSync(file, "utf8");
  const script = new Script(WRAPPER[0] + source + WRAPPER[1], {
    filename: file,
    cachedData: cachedDataFor(file, sourceHash(source)),
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

/** The cache file's content for a loaded bundle: its source hash, then V8's data (functions compiled so far included). */
export function cacheContent(file: string, script: Script): Buffer {
  return Buffer.concat([sourceHash(readFileSync(file, "utf8")), script.createCachedData()]);
}
