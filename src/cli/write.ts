/**
 * Where outputs go: standard output, one file (`-o`), or one file per input
 * (`--out-dir`). Files are written to a temporary name and renamed, so an
 * interrupted run never leaves half a file.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { lstat, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { releaseTemporary, trackTemporary } from "./temporaries.js";

/** Writes text to a stream, resolving when it is flushed; rejects with the stream's error (EPIPE…). */
export function writeTo(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    stream.once("error", onError);
    stream.write(text, (error) => {
      stream.off("error", onError);
      if (error) reject(error);
      else resolve();
    });
  });
}

/** Whether an error means the reader went away (`| head`). */
export function isClosedPipe(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED");
}

/**
 * Writes text to a reader that may go away (`--help | head`): a closed pipe ends the write
 * quietly. The pipe's error may come as an 'error' event after the write's callback, so the
 * stream keeps a listener that lets any other error through, as if there were none.
 */
export async function writeUnlessClosed(stream: Writable, text: string): Promise<void> {
  if (!stream.listeners("error").includes(rethrowUnlessClosedPipe)) stream.on("error", rethrowUnlessClosedPipe);
  try {
    await writeTo(stream, text);
  } catch (error) {
    if (!isClosedPipe(error)) throw error;
  }
}

/** An 'error' listener that silences a closed pipe only. */
function rethrowUnlessClosedPipe(error: Error): void {
  if (!isClosedPipe(error)) throw error;
}

/** Temporary files made by this process so far, for unique names. */
let temporaries = 0;

/** A temporary sibling of a target file, unique to this process; removed on every exit path until released. */
function temporaryFor(target: string): string {
  temporaries += 1;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${temporaries}.tmp`);
  trackTemporary(temporary);
  return temporary;
}

/**
 * Writes a file atomically: a temporary sibling, then a rename over the target
 * (which replaces a symbolic link there rather than writing through it). With
 * `inside`, the directories below that root are created without following a
 * symbolic link, so a link planted in an output tree cannot carry the file out.
 */
export async function writeFileAtomic(target: string, text: string | Iterable<string>, inside?: string): Promise<void> {
  if (inside === undefined) await mkdir(path.dirname(target), { recursive: true });
  else await mkdirInside(inside, path.dirname(target));
  const temporary = temporaryFor(target);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    releaseTemporary(temporary);
  }
}

/**
 * Creates `dir` and the directories between `root` and it one at a time,
 * refusing a symbolic link or a file on the way. `root` itself is the user's
 * choice and may be a link.
 */
export async function mkdirInside(root: string, dir: string): Promise<void> {
  const base = path.resolve(root);
  const relative = path.relative(base, path.resolve(dir));
  if (relative.startsWith("..") || path.isAbsolute(relative)) throw new Error(`${dir} is outside ${root}`);
  await mkdir(base, { recursive: true });
  let current = base;
  for (const part of relative.split(path.sep).filter((piece) => piece !== "")) {
    current = path.join(current, part);
    const info = await lstat(current).catch((error: unknown) => {
      if (errorCode(error) === "ENOENT") return null;
      throw error;
    });
    if (info === null) await mkdirUnlessPresent(current);
    else if (info.isSymbolicLink())
      throw new Error(`${current} is a symbolic link: outputs are not written through links`);
    else if (!info.isDirectory()) throw new Error(`${current} is not a directory`);
  }
}

/**
 * Whether two paths name the same file: the same path, or (both existing) the
 * same device and inode — a path through a linked directory, or a hard link.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [one, two] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return one !== null && two !== null && one.dev === two.dev && one.ino === two.ino;
}

/** Makes one directory; one made meanwhile by another writer is fine. */
async function mkdirUnlessPresent(dir: string): Promise<void> {
  await mkdir(dir).catch((error: unknown) => {
    if (errorCode(error) !== "EEXIST") throw error;
  });
}

/** The `code` of a file-system error, if it has one. */
function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error ? String(error.code) : undefined;
}

/** Whether a path exists. */
export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Longest name written, in UTF-8 bytes: file systems allow 255, and the temporary name adds about 30. */
const MAX_NAME_BYTES = 200;

/** Characters no file system takes in a name, or that Windows reads as syntax; control characters (NUL…) too. */
const UNSAFE_CHARACTERS = /[\u0000-\u001f<>:"|?*]/gu;

/** Device names Windows reserves whatever the extension: `CON`, `nul.txt`, `COM1`, `LPT9`. */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/iu;

/**
 * The output path for one input under `--out-dir`: the input's relative path
 * with the format's extension, kept inside the directory whatever the name
 * holds — `..` and empty parts dropped, an absolute path made relative,
 * unsafe characters and Windows device names defused, long names shortened
 * (with a hash of the full name, so two long names stay apart). With
 * `keepExtension`, the input's extension stays before the format's
 * (`story.txt.json`), for inputs that would otherwise share an output.
 */
export function outputPathFor(outDir: string, relative: string, extension: string, keepExtension = false): string {
  const parts = relative
    .split(/[\\/]+/u)
    .filter((part) => part !== "" && part !== "." && part !== "..")
    .map((part) => part.replace(UNSAFE_CHARACTERS, "_"));
  const name = parts.pop() ?? "";
  const base = keepExtension ? name : name.replace(/\.[^.]*$/u, "");
  const folders = parts.map((part) => safeName(part, MAX_NAME_BYTES));
  const file = safeName(base === "" ? "document" : base, MAX_NAME_BYTES - Buffer.byteLength(extension));
  return path.join(path.resolve(outDir), ...folders, `${file}${extension}`);
}

/** One name made safe: a device name prefixed, trailing dots and spaces (which Windows drops) replaced, shortened. */
function safeName(name: string, maxBytes: number): string {
  const defused = (RESERVED_NAME.test(name) ? `_${name}` : name).replace(/[. ]+$/u, (tail) => "_".repeat(tail.length));
  return shorten(defused, maxBytes);
}

/** A name cut to `maxBytes` of UTF-8 (at a character boundary) with `~` and a hash of the whole name. */
function shorten(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const hash = `~${createHash("sha256").update(name).digest("hex").slice(0, 8)}`;
  let cut = "";
  let bytes = 0;
  for (const char of name) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes - hash.length) break;
    cut += char;
  }
  return `${cut}${hash}`;
}

/** A file being written piece by piece that appears under its name only when committed. */
export interface AtomicFile {
  write(text: string): Promise<void>;
  /** Closes the temporary file and renames it over the target. */
  commit(): Promise<void>;
  /** Closes and deletes the temporary file. */
  discard(): Promise<void>;
}

/** Opens a temporary sibling of `target` for streaming writes (`-o` of a long batch). */
export async function openAtomicFile(target: string): Promise<AtomicFile> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryFor(target);
  const file = openStream(temporary, "wx");
  return {
    write: file.write,
    async commit() {
      await file.close();
      await rename(temporary, target);
      releaseTemporary(temporary);
    },
    async discard() {
      await file.close().catch(() => undefined);
      await rm(temporary, { force: true });
      releaseTemporary(temporary);
    },
  };
}

/**
 * Opens a device, a FIFO or a socket for writing in place (`-o /dev/null`,
 * `-o fifo`): renaming a temporary file over it would replace it with a
 * regular file. There is nothing to discard: what was written is gone.
 */
export function openInPlaceFile(target: string): AtomicFile {
  const file = openStream(target, "w");
  return { write: file.write, commit: file.close, discard: () => file.close().catch(() => undefined) };
}

/** A write stream with a promise-returning write and close. */
function openStream(
  file: string,
  flags: string,
): { write: (text: string) => Promise<void>; close: () => Promise<void> } {
  const stream = createWriteStream(file, { flags });
  const closed = new Promise<void>((resolve, reject) => {
    stream.once("close", resolve);
    stream.once("error", reject);
  });
  closed.catch(() => undefined); // awaited in close(); this only keeps an early error from being "unhandled"
  return {
    write: (text) => writeTo(stream, text),
    close: async () => {
      stream.end();
      await closed;
    },
  };
}
