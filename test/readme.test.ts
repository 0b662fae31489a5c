/**
 * The README's examples work: every command in a fenced `sh` block that names
 * a file or folder of this repository is run, and must exit 0. Commands about
 * made-up inputs (`dump.txt`, `dumps/`) and the install/test commands are left
 * to the other tests.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");

/** A fenced `sh` block's body. */
const SH_BLOCK = /^```sh\n([\s\S]*?)^```$/gmu;

/** A trailing shell comment: ` # …` after the command. */
const TRAILING_COMMENT = /\s+#\s.*$/u;

/** One runnable command and the repository paths it names. */
interface Example {
  command: string;
  paths: string[];
}

/** The commands of the README's `sh` blocks, one per line, comments removed. */
function shCommands(markdown: string): string[] {
  return [...markdown.matchAll(SH_BLOCK)].flatMap((match) =>
    (match[1] ?? "")
      .split("\n")
      .map((line) => line.replace(TRAILING_COMMENT, "").trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
}

/** The words of a command that name an existing path in the repository. */
function repositoryPaths(command: string): string[] {
  return command.split(/\s+/u).filter((word) => /^[\w.-]+\//u.test(word) && existsSync(path.join(ROOT, word)));
}

/** The README's commands that name repository files. */
function examples(): Example[] {
  return shCommands(readFileSync(path.join(ROOT, "README.md"), "utf8"))
    .map((command) => ({ command, paths: repositoryPaths(command) }))
    .filter((example) => example.paths.length > 0);
}

/**
 * A scratch folder to run in: the named top-level folders linked from the
 * repository (so outputs land in the scratch folder), and `extract-interview`
 * on the PATH as the built binary, the way `npm install` puts it there.
 */
function sandbox(paths: readonly string[]): { cwd: string; binDir: string } {
  const cwd = mkdtempSync(path.join(tmpdir(), "extract-interview-readme-"));
  for (const top of new Set(paths.map((item) => item.split("/")[0]!)))
    symlinkSync(path.join(ROOT, top), path.join(cwd, top));
  const binDir = path.join(cwd, ".bin");
  mkdirSync(binDir);
  symlinkSync(BIN, path.join(binDir, "extract-interview"));
  return { cwd, binDir };
}

describe("README examples", () => {
  const found = examples();

  it("has examples that run on the repository's own files", () => {
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  it.each(found.map((example) => [example.command, example] as const))("%s", (_command, example) => {
    const { cwd, binDir } = sandbox(example.paths);
    // `npx extract-interview` finds the project's bin; in the scratch folder, the PATH entry is that bin.
    // The scratch folder stands for an installed checkout, so a leading `npm ci &&` has been done.
    const command = example.command.replace(/^npm ci && /u, "").replace(/^npx (?=extract-interview\b)/u, "");
    const result = spawnSync("sh", ["-c", command], {
      cwd,
      encoding: "utf8",
      env: { PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}`, NO_COLOR: "1" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });
});
