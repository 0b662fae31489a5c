/**
 * The config file: loading, strict validation with one clear line per
 * problem, and its effect end to end through the spawned CLI.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig, parseConfig } from "../src/cli/config.js";
import { SEED } from "./helpers/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "bin", "extract-interview.js");

/** A fresh temporary directory. */
function temp(): string {
  return mkdtempSync(path.join(tmpdir(), "extract-interview-config-"));
}

/** Runs the binary in a directory. */
function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The message parseConfig throws for a text, or null. */
function problem(text: string): string | null {
  try {
    parseConfig(text, "my.json");
    return null;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message;
  }
}

describe("parseConfig", () => {
  it("turns phrases, patterns, labels and speakers into library rules", () => {
    const rules = parseConfig(
      JSON.stringify({
        $schema: "./config.schema.json",
        chrome: ["Join us on Telegram"],
        chromePatterns: ["^Follow .+ on X$"],
        questionLabels: ["Moderator"],
        answerLabels: ["Guest"],
        speakers: { JM: "interviewer", Jalali: "interviewee" },
      }),
      "my.json",
    );
    expect(rules).toEqual({
      chrome: ["Join us on Telegram", /^Follow .+ on X$/iu],
      questionLabels: ["Moderator"],
      answerLabels: ["Guest"],
      speakers: { JM: "interviewer", Jalali: "interviewee" },
    });
    expect(parseConfig("{}", "my.json")).toEqual({});
  });

  it.each([
    ["{ chrome: [] }", /^my\.json: not valid JSON: /u],
    ["[]", /^my\.json: must hold a JSON object$/u],
    [
      '{ "chrom": [] }',
      /^my\.json: unknown key "chrom" \(known keys: chrome, chromePatterns, questionLabels, answerLabels, speakers\)$/u,
    ],
    ['{ "chrome": "Share" }', /^my\.json: "chrome" must be an array of strings$/u],
    ['{ "questionLabels": ["Q", 3] }', /^my\.json: "questionLabels\[1\]" must be a non-empty string$/u],
    ['{ "answerLabels": [" "] }', /^my\.json: "answerLabels\[0\]" must be a non-empty string$/u],
    ['{ "chrome": ["---"] }', /^my\.json: "chrome\[0\]" has no letters or digits/u],
    [
      '{ "chromePatterns": ["ok", "(unclosed"] }',
      /^my\.json: "chromePatterns\[1\]" is not a valid regular expression: Unterminated group$/u,
    ],
    ['{ "speakers": ["JM"] }', /^my\.json: "speakers" must be an object/u],
    ['{ "speakers": { "JM": "host" } }', /^my\.json: "speakers\.JM" must be "interviewer" or "interviewee"$/u],
  ])("rejects %s with one line naming the file and the problem", (text, expected) => {
    const message = problem(text);
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
  });
});

describe("loadConfig", () => {
  it("reads the default file from the working directory, or nothing when there is none", async () => {
    const dir = temp();
    expect(await loadConfig(undefined, dir)).toEqual({ rules: {}, file: null });
    writeFileSync(path.join(dir, DEFAULT_CONFIG_FILE), '{ "chrome": ["Share this"] }');
    expect(await loadConfig(undefined, dir)).toEqual({
      rules: { chrome: ["Share this"] },
      file: path.join(dir, DEFAULT_CONFIG_FILE),
    });
  });

  it("requires a file named with --config to exist", async () => {
    await expect(loadConfig("missing.json", temp())).rejects.toThrow("missing.json: no such file or directory");
  });
});

describe("--config (spawned)", () => {
  it("removes a custom chrome phrase with a config reason, from the default file", () => {
    const dir = temp();
    const plain = JSON.parse(cli([SEED], dir).stdout) as { summary: string[] };
    const phrase = plain.summary[1]!;
    writeFileSync(path.join(dir, DEFAULT_CONFIG_FILE), JSON.stringify({ chrome: [phrase] }));
    const { code, stdout, stderr } = cli([SEED], dir);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { summary: string[]; removed: Array<{ text: string; reason: string }> };
    expect(doc.summary).not.toContain(phrase);
    expect(doc.removed).toContainEqual(
      expect.objectContaining({ text: phrase, reason: `config: chrome phrase "${phrase}"` }),
    );
  });

  it("shows config reasons in --explain", () => {
    const dir = temp();
    writeFileSync(path.join(dir, "rules.json"), JSON.stringify({ chromePatterns: ["^End Article$"] }));
    const { stdout } = cli(["--explain", "--config", "rules.json", SEED], dir);
    expect(stdout).toMatch(/^105 removed\s+End Article\s+config: chrome pattern\s*$/mu);
  });

  it("stops with exit 2 and one line for a bad config file", () => {
    const dir = temp();
    writeFileSync(path.join(dir, DEFAULT_CONFIG_FILE), '{ "chromePatterns": ["(x"] }');
    const { code, stdout, stderr } = cli([SEED], dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `extract-interview: error: ${DEFAULT_CONFIG_FILE}: "chromePatterns[0]" is not a valid regular expression: Unterminated group\n`,
    );
    expect(cli(["--config", "nope.json", SEED], dir)).toMatchObject({
      code: 2,
      stderr: "extract-interview: error: nope.json: no such file or directory\n",
    });
  });
});
