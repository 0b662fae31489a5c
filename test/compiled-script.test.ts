import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOf, cacheContent, cachePathOf, loadCompiledScript, withBuildMark } from "../src/cli/compiled-script.js";

/** A bundle in a new folder, ending with the mark of `build`. */
function bundle(build: string, body = "module.exports = { twice: (n) => 2 * n, file: __filename };"): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "compiled-script-")), "bundle.cjs");
  writeFileSync(file, withBuildMark(body, build));
  return file;
}

describe("loadCompiledScript", () => {
  it("runs a CommonJS bundle and returns its exports", () => {
    const file = bundle("b1");
    const { exports } = loadCompiledScript(file) as { exports: { twice: (n: number) => number; file: string } };
    expect(exports.twice(21)).toBe(42);
    expect(exports.file).toBe(file);
  });

  it("uses the cache saved for the same build", () => {
    const file = bundle("b1");
    writeFileSync(cachePathOf(file), cacheContent(file, loadCompiledScript(file).script));
    expect(readFileSync(cachePathOf(file), "utf8").startsWith("b1\n")).toBe(true);
    expect(loadCompiledScript(file).script.cachedDataRejected).toBe(false);
  });

  it("ignores a cache saved for another build", () => {
    const file = bundle("b1");
    const saved = cacheContent(file, loadCompiledScript(file).script);
    writeFileSync(file, withBuildMark("module.exports = 7;", "b2"));
    writeFileSync(cachePathOf(file), saved);
    const loaded = loadCompiledScript(file);
    // No cached data was offered at all, so V8 had none to accept or reject.
    expect(loaded.script.cachedDataRejected).toBeUndefined();
    expect(loaded.exports).toBe(7);
  });
});

describe("buildOf", () => {
  it("reads the build a bundle names in its last line", () => {
    expect(buildOf(withBuildMark("x = 1;", "abc123"))).toBe("abc123");
    expect(buildOf("x = 1;")).toBe("");
  });
});
