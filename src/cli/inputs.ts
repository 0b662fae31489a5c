/**
 * Command-line inputs → the list of documents to read: files, directories
 * walked recursively, glob patterns, and standard input; and each as an entry
 * that reads its bytes only when the batch gets to it.
 */
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { formatSize } from "../decode.js";
import { expandGlob, isGlob } from "./glob.js";
import type { JobInput } from "./job.js";

/** One thing to read, or a path that could not be used. */
export type InputItem =
  | { kind: "file"; path: string; /** Path relative to the argument it came from, for --out-dir. */ relative: string }
  | { kind: "stdin" }
  | { kind: "error"; name: string; reason: string };

/** Extensions read from directories without sniffing. */
const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".dump"]);

/** Extensions never read from directories. */
const SKIPPED_EXTENSIONS = new Set([
  ".json", ".ndjson", ".js", ".ts", ".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".pdf",
  ".zip", ".gz", ".tgz", ".mp3", ".mp4", ".woff", ".woff2", ".ico", ".exe", ".so", ".lock",
]);

/** Folders never walked into. */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

/**
 * Whether the arguments can name several documents: several arguments, a
 * directory or a glob pattern. A single file path or standard input cannot.
 */
export async function namesSeveral(args: readonly string[]): Promise<boolean> {
  if (args.length !== 1) return args.length > 1;
  const [arg = "-"] = args;
  if (arg === "-") return false;
  const info = await stat(arg).catch(() => null);
  return info === null ? isGlob(arg) : info.isDirectory();
}

/** Expands the arguments, in order; directories give their files sorted by path. */
export async function resolveInputs(args: readonly string[]): Promise<InputItem[]> {
  if (args.length === 0) return [{ kind: "stdin" }];
  const groups = await Promise.all(args.map(resolveArgument));
  return groups.flat();
}

/** Expands one argument; a path that does not exist but holds glob syntax is a pattern. */
async function resolveArgument(arg: string): Promise<InputItem[]> {
  if (arg === "-") return [{ kind: "stdin" }];
  const info = await stat(arg).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (info instanceof Error && info.code === "ENOENT" && isGlob(arg)) return resolvePattern(arg);
  if (info instanceof Error) return [{ kind: "error", name: arg, reason: describeFsError(info) }];
  if (info.isFile()) return [{ kind: "file", path: arg, relative: path.basename(arg) }];
  if (!info.isDirectory()) return [{ kind: "error", name: arg, reason: "not a regular file or directory" }];
  const files = await walk(arg);
  if (files.length === 0) return [{ kind: "error", name: arg, reason: "directory holds no text or HTML files" }];
  return files.map((file) => ({ kind: "file", path: file, relative: path.relative(arg, file) }));
}

/** Expands a glob pattern; the files it names are read whatever their extension, as a shell would. */
async function resolvePattern(pattern: string): Promise<InputItem[]> {
  const matches = await expandGlob(pattern);
  if (matches.length === 0) return [{ kind: "error", name: pattern, reason: "no file matches this pattern" }];
  return matches.map((match) => ({ kind: "file", path: match.path, relative: match.relative }));
}

/** Lists the article files under a directory, sorted, skipping hidden folders and node_modules. */
async function walk(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      else if (entry.isFile() && !entry.name.startsWith(".") && (await looksLikeArticle(full))) found.push(full);
    }
  }
  return found.sort(comparePaths);
}

/** Orders paths by code point, so the order is the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A file is read when its extension says text or HTML, or its first bytes hold no NUL. */
async function looksLikeArticle(file: string): Promise<boolean> {
  const extension = path.extname(file).toLowerCase();
  if (ARTICLE_EXTENSIONS.has(extension)) return true;
  if (SKIPPED_EXTENSIONS.has(extension)) return false;
  const handle = await open(file, "r").catch(() => null);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    return bytesRead > 0 && !buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

/** A file-system error as a short phrase for the user. */
export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENAMETOOLONG":
      return "file name too long";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOSPC":
      return "no space left on device";
    case "EROFS":
      return "read-only file system";
    case "EEXIST":
      return "a file is in the way";
    default:
      return error.message;
  }
}

/** One document of a batch, read only when the batch reaches it. */
export interface Entry {
  /** How reports name it. */
  name: string;
  /** Path of its output under --out-dir, before the extension. */
  relative: string;
  /** The file it was read from, so --out-dir never writes over it. */
  inputPath?: string;
  /** Its output file under --out-dir, assigned in input order so no two inputs share one. */
  output?: string;
  /** Its --out-dir output exists and --skip-existing keeps it: not read, not written. */
  skipped?: boolean;
  /** Reads the bytes; a read error comes back as a reason. */
  load(): Promise<JobInput | { reason: string }>;
}

/** How standard input is named everywhere: diagnostics, `source.name`, its `--out-dir` file. */
export const STDIN_NAME = "stdin";

/** The entry for one command-line input item. */
export function entryFor(item: InputItem, stdin: Readable, maxBytes: number): Entry {
  switch (item.kind) {
    case "stdin":
      return {
        name: STDIN_NAME,
        relative: STDIN_NAME,
        load: async () => ({ name: STDIN_NAME, sourceName: STDIN_NAME, bytes: await readStream(stdin) }),
      };
    case "error":
      return { name: item.name, relative: item.name, load: async () => ({ reason: item.reason }) };
    default:
      return { name: item.path, relative: item.relative, inputPath: item.path, load: () => loadFile(item.path, maxBytes) };
  }
}

/** Reads one file, refusing one larger than the limit before reading it. */
async function loadFile(file: string, maxBytes: number): Promise<JobInput | { reason: string }> {
  const handle = await open(file, "r").catch((error: unknown) => error as NodeJS.ErrnoException);
  if (handle instanceof Error) return { reason: describeFsError(handle) };
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { reason: "not a regular file" };
    if (info.size > maxBytes) return { reason: `larger than ${formatSize(maxBytes)} limit (--max-bytes)` };
    // The path as reached from the argument (`tree/a/story.txt`), so two files of one name stay apart.
    return { name: file, sourceName: file, bytes: await handle.readFile() };
  } catch (error) {
    return { reason: describeFsError(error as NodeJS.ErrnoException) };
  } finally {
    await handle.close();
  }
}

/** Collects a readable stream into bytes. */
export async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
