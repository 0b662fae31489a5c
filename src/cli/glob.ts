/**
 * Glob patterns given in quotes (`'dumps/**\/*.txt'`), since Node 20 has no
 * fs.glob: `*`, `**`, `?`, `[...]`, `{a,b}`. Matching backtracks only to the
 * most recent star (per segment, and per `**` across segments), so a name is
 * matched in O(pattern × name) time, never exponential.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Characters that make an argument a pattern. */
const GLOB_CHARS = /[*?[{]/u;

/** Brace alternatives one pattern may expand to, so `{a,b}{c,d}…` cannot explode. */
const MAX_ALTERNATIVES = 1024;

/** Folders never walked into (as for directories given on the command line). */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

/** One token of a path segment. */
type Token =
  | { kind: "char"; char: string }
  | { kind: "any" }
  | { kind: "star" }
  | { kind: "class"; negated: boolean; ranges: ReadonlyArray<readonly [string, string]> };

/** One segment of a pattern: `**`, or tokens matched against one name. */
type Segment = { kind: "globstar" } | { kind: "name"; tokens: readonly Token[]; explicitDot: boolean };

/** A compiled pattern: the folder to walk and the alternatives to match below it. */
export interface Glob {
  base: string;
  alternatives: ReadonlyArray<readonly Segment[]>;
  /** Deepest relative path that can match; Infinity with `**`. */
  maxDepth: number;
}

/** A file a pattern matched, with its path relative to the pattern's base. */
export interface GlobMatch {
  path: string;
  relative: string;
}

/** Whether an argument holds glob syntax. */
export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** Compiles a pattern: the literal leading folders become the base. */
export function compileGlob(pattern: string): Glob {
  // On Windows `\` separates folders; elsewhere it escapes the next character.
  const parts = (path.sep === "\\" ? pattern.replace(/\\/gu, "/") : pattern).split("/");
  const firstMagic = parts.findIndex((part) => isGlob(part));
  const baseParts = firstMagic === -1 ? parts.slice(0, -1) : parts.slice(0, firstMagic);
  const rest = parts.slice(baseParts.length).join("/");
  const base = baseParts.length === 0 ? "." : baseParts.join("/") || "/";
  const alternatives = expandBraces(rest).map((alternative) =>
    alternative
      .split("/")
      .filter((part) => part !== "")
      .map(compileSegment),
  );
  const maxDepth = alternatives.some((segments) => segments.some((segment) => segment.kind === "globstar"))
    ? Infinity
    : Math.max(0, ...alternatives.map((segments) => segments.length));
  return { base, alternatives, maxDepth };
}

/** Whether a relative path (split in names) matches one of the pattern's alternatives. */
export function matchGlob(glob: Glob, names: readonly string[]): boolean {
  return glob.alternatives.some((segments) => matchSegments(segments, names));
}

/** Lists the files a pattern matches, sorted by path; hidden folders and node_modules are not walked. */
export async function expandGlob(pattern: string): Promise<GlobMatch[]> {
  const glob = compileGlob(pattern);
  const found: GlobMatch[] = [];
  const pending: Array<{ folder: string; names: string[] }> = [{ folder: glob.base, names: [] }];
  while (pending.length > 0) {
    const { folder, names } = pending.pop()!;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const childNames = [...names, entry.name];
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) {
        if (childNames.length < glob.maxDepth) pending.push({ folder: full, names: childNames });
      } else if (entry.isFile() && matchGlob(glob, childNames)) {
        found.push({ path: full, relative: childNames.join(path.sep) });
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Expands `{a,b}` alternatives (nested allowed); an unclosed brace is literal. */
export function expandBraces(pattern: string): string[] {
  const open = findBraceOpen(pattern);
  if (open === null) return [pattern];
  const { close, commas } = open;
  const prefix = pattern.slice(0, open.index);
  const suffix = pattern.slice(close + 1);
  const bounds = [open.index, ...commas, close];
  const results: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    for (const expanded of expandBraces(prefix + pattern.slice(bounds[i]! + 1, bounds[i + 1]) + suffix)) {
      if (results.length >= MAX_ALTERNATIVES) return results;
      results.push(expanded);
    }
  }
  return results;
}

/** The first brace group with at least one top-level comma: its start, end and comma positions. */
function findBraceOpen(pattern: string): { index: number; close: number; commas: number[] } | null {
  for (let start = pattern.indexOf("{"); start !== -1; start = pattern.indexOf("{", start + 1)) {
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i += 1) {
      const char = pattern[i];
      if (char === "\\") i += 1;
      else if (char === "{") depth += 1;
      else if (char === "," && depth === 1) commas.push(i);
      else if (char === "}" && --depth === 0) {
        if (commas.length > 0) return { index: start, close: i, commas };
        break;
      }
    }
  }
  return null;
}

/** Compiles one `/`-free part of a pattern. */
function compileSegment(part: string): Segment {
  if (part === "**") return { kind: "globstar" };
  const chars = Array.from(part);
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!;
    if (char === "\\" && i + 1 < chars.length) tokens.push({ kind: "char", char: chars[++i]! });
    else if (char === "*") {
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" }); // `**` inside a name is one star
    } else if (char === "?") tokens.push({ kind: "any" });
    else if (char === "[") {
      const parsed = parseClass(chars, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: "char", char });
    } else tokens.push({ kind: "char", char });
  }
  return { kind: "name", tokens, explicitDot: part.startsWith(".") };
}

/** Parses `[...]` from the `[` at `start`; null when it is not closed (then `[` is literal). */
function parseClass(chars: readonly string[], start: number): { token: Token; end: number } | null {
  let i = start + 1;
  const negated = chars[i] === "!" || chars[i] === "^";
  if (negated) i += 1;
  const ranges: Array<readonly [string, string]> = [];
  for (let first = true; i < chars.length; i += 1, first = false) {
    const char = chars[i]!;
    if (char === "]" && !first) return { token: { kind: "class", negated, ranges }, end: i };
    const low = char === "\\" && i + 1 < chars.length ? chars[++i]! : char;
    if (chars[i + 1] === "-" && chars[i + 2] !== undefined && chars[i + 2] !== "]") {
      ranges.push([low, chars[i + 2]!]);
      i += 2;
    } else ranges.push([low, low]);
  }
  return null;
}

/** Matches pattern segments against path names; `**` takes zero or more names. */
function matchSegments(segments: readonly Segment[], names: readonly string[]): boolean {
  return matchSequence(segments, names, (segment) => segment.kind === "globstar", matchName);
}

/** Matches one name against one (non-`**`) segment; a leading dot must be matched literally. */
function matchName(segment: Segment, name: string): boolean {
  if (segment.kind === "globstar") return false; // matchSequence treats `**` as its star
  if (name.startsWith(".") && !segment.explicitDot) return false;
  return matchSequence(segment.tokens, Array.from(name), (token) => token.kind === "star", matchChar);
}

/** Whether one character matches a token that takes exactly one character. */
function matchChar(token: Token, char: string): boolean {
  switch (token.kind) {
    case "char":
      return token.char === char;
    case "any":
      return true;
    case "class":
      return token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
    default:
      return false;
  }
}

/**
 * Wildcard matching that backtracks only to the most recent star: a later star
 * can absorb anything an earlier one could, so older choices never need revisiting.
 */
function matchSequence<P, S>(
  pattern: readonly P[],
  subject: readonly S[],
  isStar: (item: P) => boolean,
  matchOne: (item: P, value: S) => boolean,
): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < subject.length) {
    const item = pattern[p];
    if (item !== undefined && isStar(item)) {
      starP = p;
      starS = s;
      p += 1;
    } else if (item !== undefined && matchOne(item, subject[s]!)) {
      p += 1;
      s += 1;
    } else if (starP !== -1) {
      p = starP + 1;
      starS += 1;
      s = starS;
    } else return false;
  }
  while (p < pattern.length && isStar(pattern[p]!)) p += 1;
  return p === pattern.length;
}
