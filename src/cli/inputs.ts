/**
 * Command-line inputs → the list of documents to read: files, directories
 * walked recursively, and standard input.
 */
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";

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

/** Expands the arguments, in order; directories give their files sorted by path. */
export async function resolveInputs(args: readonly string[]): Promise<InputItem[]> {
  if (args.length === 0) return [{ kind: "stdin" }];
  const groups = await Promise.all(args.map(resolveArgument));
  return groups.flat();
}

/** Expands one argument. */
async function resolveArgument(arg: string): Promise<InputItem[]> {
  if (arg === "-") return [{ kind: "stdin" }];
  const info = await stat(arg).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return [{ kind: "error", name: arg, reason: describeFsError(info) }];
  if (info.isFile()) return [{ kind: "file", path: arg, relative: path.basename(arg) }];
  if (!info.isDirectory()) return [{ kind: "error", name: arg, reason: "not a regular file or directory" }];
  const files = await walk(arg);
  if (files.length === 0) return [{ kind: "error", name: arg, reason: "directory holds no text or HTML files" }];
  return files.map((file) => ({ kind: "file", path: file, relative: path.relative(arg, file) }));
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
