/**
 * The package as users get it: `npm pack`, install the tarball into an empty
 * project, then run `npx extract-interview` and import the library from it.
 * This is the test that catches a file missing from `files`, a wrong `bin`
 * path, a missing shebang or broken `exports`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SAMPLE = path.join(ROOT, "fixtures", "en-qa-colon", "input.txt");
/**
 * Packing and installing from the npm cache take a few seconds each, and so does a
 * TypeScript compile; on a 2-core machine running the other test files, several times that.
 */
const PACKAGE_TIMEOUT_MS = 180_000;
/** npm, as the user's shell finds it. */
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

/** What `npm pack --json` reports for one tarball. */
interface PackReport {
  filename: string;
  files: Array<{ path: string }>;
}

let work = "";
let app = "";
let packed: PackReport;

/** Runs a command in the consumer project and returns its output. */
function inApp(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, { cwd: app, input: input ?? "", encoding: "utf8", env: cleanEnv() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The environment without the `npm_*` variables of the `npm test` that runs us, which would steer the nested npm. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "extract-interview-pack-"));
  app = path.join(work, "app");
  // `npm test` has just built dist/; --ignore-scripts keeps pack from rebuilding it under the other test files' feet.
  const report = execFileSync(NPM, ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
    cwd: ROOT,
    encoding: "utf8",
    env: cleanEnv(),
  });
  packed = (JSON.parse(report) as PackReport[])[0]!;
  mkdirSync(app);
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync(NPM, ["install", path.join(work, packed.filename), "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd: app,
    env: cleanEnv(),
    stdio: "pipe",
  });
}, PACKAGE_TIMEOUT_MS);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed package", { timeout: PACKAGE_TIMEOUT_MS }, () => {
  it("holds the built code, types, schema and docs, and nothing else", () => {
    const files = packed.files.map((file) => file.path);
    for (const needed of [
      "package.json",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "bin/extract-interview.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli.js",
      "dist/bundle/cli.cjs",
      "dist/bundle/cli.cjs.cache",
      "dist/bundle/pipeline.cjs",
      "dist/bundle/pipeline.cjs.cache",
      "schema/interview.schema.json",
    ]) {
      expect(files).toContain(needed);
    }
    const stray = files.filter(
      (file) => !/^(?:dist|bin|schema)\//u.test(file) && !/^[A-Z]+\.md$|^LICENSE$|^package\.json$/u.test(file),
    );
    expect(stray).toEqual([]);
    expect(
      files.filter((file) => file.startsWith("dist/")).every((file) => /\.(?:js|d\.ts|cjs|cjs\.cache)$/u.test(file)),
    ).toBe(true);
  });

  it("runs with npx on a file", () => {
    const { code, stdout, stderr } = inApp(NPX, ["--no", "--", "extract-interview", SAMPLE]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { qa: unknown[] }).qa.length).toBeGreaterThan(0);
  });

  it("runs with npx on standard input", () => {
    const { code, stdout } = inApp(NPX, ["--no", "--", "extract-interview", "-f", "md"], readFileSync(SAMPLE, "utf8"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\n/u);
    expect(stdout).toContain("\n## Interview\n");
  });

  it("prints its help and version", () => {
    const help = inApp(NPX, ["--no", "--", "extract-interview", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: extract-interview /u);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(inApp(NPX, ["--no", "--", "extract-interview", "--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("imports as a library, with its JSON Schema", () => {
    const script = [
      'import { extract, render, InputError } from "extract-interview";',
      'import schema from "extract-interview/schema.json" with { type: "json" };',
      'import { readFileSync } from "node:fs";',
      `const doc = extract(readFileSync(${JSON.stringify(SAMPLE)}), { name: "sample.txt" });`,
      "let refused = null;",
      "try { extract(new Uint8Array([0, 1, 2, 0, 0, 3])); } catch (error) { refused = error instanceof InputError; }",
      'console.log(JSON.stringify({ name: doc.source.name, pairs: doc.qa.length, md: render(doc, "md").startsWith("---\\n"), schema: schema.$id ?? schema.title ?? null, refused }));',
    ].join("\n");
    writeFileSync(path.join(app, "use.mjs"), script);
    const { code, stdout, stderr } = inApp(process.execPath, ["use.mjs"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      name: string;
      pairs: number;
      md: boolean;
      schema: string | null;
      refused: boolean;
    };
    expect(result).toMatchObject({ name: "sample.txt", md: true, refused: true });
    expect(result.pairs).toBeGreaterThan(0);
    expect(result.schema).not.toBeNull();
  });

  it("ships types a TypeScript consumer compiles against", () => {
    const source = [
      'import { extract, render, type ExtractOptions, type InterviewDocument } from "extract-interview";',
      'const options: ExtractOptions = { name: "x.txt", rules: { chrome: ["Join us on Telegram"] } };',
      'const doc: InterviewDocument = extract("Title\\n\\nQ: Why?\\n\\nA: Because.\\n", options);',
      'const text: string = render(doc, "text");',
      "export { text };",
    ].join("\n");
    writeFileSync(path.join(app, "use.ts"), source);
    // No @types: the library's declarations must stand on their own, as in a consumer without @types/node.
    const compilerOptions = { strict: true, module: "nodenext", moduleResolution: "nodenext", noEmit: true, types: [] };
    writeFileSync(path.join(app, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["use.ts"] }));
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const { code, stdout } = inApp(process.execPath, [tsc, "-p", "tsconfig.json"]);
    expect(stdout).toBe("");
    expect(code).toBe(0);
  });
});

describe("the bin shim", () => {
  // Changing a V8 flag once V8 runs (v8.setFlagsFromString) crashed node with SIGSEGV about one run
  // in a hundred: a crash that rare shows in no single test run, so the shim itself is checked.
  it("sets no V8 flag at run time", () => {
    const shim = readFileSync(path.join(ROOT, "bin", "extract-interview.js"), "utf8");
    const code = shim.replace(/^\s*\/\/.*$/gmu, "");
    expect(code).not.toMatch(/setFlagsFromString/u);
  });
});
