/**
 * One output per input under `--out-dir`: each input's output path is its
 * relative path with the format's extension (`a/story.txt` → `a/story.json`).
 * Inputs that would share one keep their own extension before the format's
 * (`story.txt.json`, `story.html.json`); a name still taken (two NDJSON
 * records with one id) gets `~2`, `~3`… Names are assigned in input order, so
 * a run gives the same names whatever order its documents finish in.
 */
import path from "node:path";
import { outputPathFor } from "./write.js";

/** A path as file systems that ignore case (macOS, Windows) compare it. */
function collisionKey(file: string): string {
  return file.normalize("NFC").toLowerCase();
}

/** Assigns output paths under one directory. */
export class OutputNames {
  private readonly taken = new Set<string>();
  private readonly shared: ReadonlySet<string>;

  /** `known`: the relative paths of every input when known up front (files), so all sharers keep their extension. */
  constructor(
    private readonly outDir: string,
    private readonly extension: string,
    known: readonly string[] = [],
  ) {
    const counts = new Map<string, number>();
    for (const relative of known) {
      const key = collisionKey(outputPathFor(outDir, relative, extension));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    this.shared = new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key));
  }

  /** The output path of the next input. */
  assign(relative: string): string {
    const plain = outputPathFor(this.outDir, relative, this.extension);
    const plainKey = collisionKey(plain);
    let target =
      this.shared.has(plainKey) || this.taken.has(plainKey)
        ? outputPathFor(this.outDir, relative, this.extension, true)
        : plain;
    for (let copy = 2; this.taken.has(collisionKey(target)); copy += 1)
      target = withSuffix(outputPathFor(this.outDir, relative, this.extension, true), `~${copy}`);
    this.taken.add(collisionKey(target));
    return target;
  }
}

/** A path with a suffix before its last extension: `a/b.txt.json` + `~2` → `a/b.txt~2.json`. */
function withSuffix(file: string, suffix: string): string {
  const extension = path.extname(file);
  return `${file.slice(0, file.length - extension.length)}${suffix}${extension}`;
}
