/**
 * The config file: `--config FILE`, or `extract-interview.config.json` in the
 * working directory. JSON with extra rules for a user's sources, validated
 * strictly so a typo fails loudly instead of silently doing nothing:
 *
 *     {
 *       "chrome": ["Join us on Telegram"],
 *       "chromePatterns": ["^Follow .+ on X$"],
 *       "questionLabels": ["Moderator"],
 *       "answerLabels": ["Guest"],
 *       "speakers": { "JM": "interviewer", "Jalali": "interviewee" }
 *     }
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ExtractRules, SpeakerRole } from "../rules.js";
import { describeFsError } from "./inputs.js";
import { LazyRegExp } from "../lazy-regexp.js";

/** The file read from the working directory when `--config` is not given. */
export const DEFAULT_CONFIG_FILE = "extract-interview.config.json";

/** Flags for the regex strings of `chromePatterns`: case-insensitive, Unicode-aware. */
const PATTERN_FLAGS = "iu";

/** The keys a config file may hold; `$schema` is allowed so editors can point at a schema. */
const KNOWN_KEYS = ["$schema", "chrome", "chromePatterns", "questionLabels", "answerLabels", "speakers"] as const;

/** A letter or digit anywhere. */
const HAS_WORD = new LazyRegExp(String.raw`[\p{L}\p{N}]`, "u");

/** The roles a speaker may have. */
const SPEAKER_ROLES: readonly SpeakerRole[] = ["interviewer", "interviewee"];

/** A config problem; the message names the file and the problem, ready to print on one line. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** What was loaded: the rules and the file they came from (null when there is no config). */
export interface LoadedConfig {
  rules: ExtractRules;
  file: string | null;
}

/**
 * Loads the config: the named file, else the default file in `cwd` when it
 * exists, else no rules. Throws a {@link ConfigError} for any problem.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  const file = explicit ?? path.join(cwd, DEFAULT_CONFIG_FILE);
  const shown = explicit ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const fsError = error as NodeJS.ErrnoException;
    // Only a named file must exist; the default one is optional.
    if (explicit === undefined && fsError.code === "ENOENT") return { rules: {}, file: null };
    throw new ConfigError(`${shown}: ${describeFsError(fsError)}`);
  }
  return { rules: parseConfig(text, shown), file };
}

/** Parses and validates the text of a config file; `name` is how the file is named in errors. */
export function parseConfig(text: string, name: string): ExtractRules {
  const fail = (problem: string): never => {
    throw new ConfigError(`${name}: ${problem}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(data)) return fail("must hold a JSON object");
  const unknown = Object.keys(data).find((key) => !(KNOWN_KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) return fail(`unknown key "${unknown}" (known keys: ${KNOWN_KEYS.slice(1).join(", ")})`);
  const problem = configProblem(data);
  if (problem !== null) return fail(problem);
  return toRules(data);
}

/** The validated shape of a config file. */
interface ConfigData {
  chrome?: string[];
  chromePatterns?: string[];
  questionLabels?: string[];
  answerLabels?: string[];
  speakers?: Record<string, SpeakerRole>;
}

/** The first problem in a config object's values, or null. */
function configProblem(data: Readonly<Record<string, unknown>>): string | null {
  for (const key of ["chrome", "chromePatterns", "questionLabels", "answerLabels"] as const) {
    const problem = stringListProblem(key, data[key]);
    if (problem !== null) return problem;
  }
  return phraseProblem(data.chrome) ?? patternProblem(data.chromePatterns) ?? speakersProblem(data.speakers);
}

/** A chrome phrase is compared without its punctuation, so it needs a letter or digit to mean anything. */
function phraseProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const bad = (value as string[]).findIndex((phrase) => !HAS_WORD.test(phrase));
  return bad < 0 ? null : `"chrome[${String(bad)}]" has no letters or digits (use "chromePatterns" for a symbol line)`;
}

/** Checks an optional list of non-empty strings. */
function stringListProblem(key: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) return `"${key}" must be an array of strings`;
  const bad = value.findIndex((item) => typeof item !== "string" || item.trim() === "");
  return bad < 0 ? null : `"${key}[${String(bad)}]" must be a non-empty string`;
}

/** Checks that every regex string compiles. */
function patternProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  for (const [index, source] of (value as string[]).entries()) {
    try {
      new RegExp(source, PATTERN_FLAGS);
    } catch (error) {
      return `"chromePatterns[${String(index)}]" is not a valid regular expression: ${regexReason(error)}`;
    }
  }
  return null;
}

/** The reason part of a RegExp syntax error ("Unterminated group"), without the echoed pattern. */
function regexReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(message.lastIndexOf(": ") + 2);
}

/** Checks the speakers map: names to "interviewer" or "interviewee". */
function speakersProblem(value: unknown): string | null {
  if (value === undefined) return null;
  if (!isPlainObject(value)) return `"speakers" must be an object of names to "interviewer" or "interviewee"`;
  for (const [name, role] of Object.entries(value)) {
    if (name.trim() === "") return `"speakers" has an empty name`;
    if (!SPEAKER_ROLES.includes(role as SpeakerRole))
      return `"speakers.${name}" must be "interviewer" or "interviewee"`;
  }
  return null;
}

/** Turns validated config data into library rules: phrases and compiled patterns together. */
function toRules(data: ConfigData): ExtractRules {
  const chrome = [
    ...(data.chrome ?? []),
    ...(data.chromePatterns ?? []).map((source) => new RegExp(source, PATTERN_FLAGS)),
  ];
  return {
    ...(chrome.length > 0 ? { chrome } : {}),
    ...(data.questionLabels ? { questionLabels: data.questionLabels } : {}),
    ...(data.answerLabels ? { answerLabels: data.answerLabels } : {}),
    ...(data.speakers ? { speakers: data.speakers } : {}),
  };
}

/** Whether a value is a plain JSON object (not null, not an array). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
