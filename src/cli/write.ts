/**
 * Where outputs go: standard output, one file (`-o`), or one file per input
 * (`--out-dir`). Files are written to a temporary name and renamed, so an
 * interrupted run never leaves half a file.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";

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

/** A temporary sibling of a target file, unique to this process and moment. */
function temporaryFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** Writes a file atomically: a temporary sibling, then a rename over the target. */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryFor(target);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Whether a path exists. */
export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The output path for one input under `--out-dir`: the input's relative path
 * with the format's extension, kept inside the directory whatever the name holds.
 */
export function outputPathFor(outDir: string, relative: string, extension: string): string {
  const safe = relative
    .split(/[\\/]+/u)
    .filter((part) => part !== "" && part !== "." && part !== "..")
    .map((part) => part.replace(/[\u0000-\u001f<>:"|?*]/gu, "_"))
    .join(path.sep);
  const base = safe === "" ? "document" : safe.replace(/\.[^./\\]*$/u, "");
  return path.join(path.resolve(outDir), `${base}${extension}`);
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
  const stream = createWriteStream(temporary, { flags: "wx" });
  const closed = new Promise<void>((resolve, reject) => {
    stream.once("close", resolve);
    stream.once("error", reject);
  });
  closed.catch(() => undefined); // awaited in close(); this only keeps an early error from being "unhandled"
  const close = async (): Promise<void> => {
    stream.end();
    await closed;
  };
  return {
    write: (text) => writeTo(stream, text),
    async commit() {
      await close();
      await rename(temporary, target);
    },
    async discard() {
      await close().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}
