/**
 * Output targets checked before any input is read: a directory given to `-o`,
 * a path under a file, a folder that cannot be written in are refused in one
 * line at once, instead of failing after all the work. Also tells a regular
 * file (written to a temporary sibling and renamed) from a device, a FIFO or a
 * socket (written in place: renaming over it would replace it).
 */
import { constants, Stats } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { describeFsError } from "./inputs.js";

/** What `-o` names: nothing yet or a regular file (replaced atomically), or a special file (written in place). */
export type FileTargetKind = "replace" | "in-place";

/** A checked `-o` target, or the one-line problem with it. */
export type FileTarget = { kind: FileTargetKind } | { problem: string };

/** Checks the `-o` target: not a directory, under a folder that exists or can be made, writable. */
export async function checkFileTarget(target: string): Promise<FileTarget> {
  const info = await statOrError(target);
  if (info instanceof Stats && info.isDirectory())
    return { problem: `-o ${target}: is a directory; give a file name, or use --out-dir` };
  if (/[\\/]$/u.test(target)) return { problem: `-o ${target}: names a directory; give a file name` };
  if (info instanceof Stats) {
    if (!info.isFile()) {
      const denied = await accessProblem(target, constants.W_OK);
      return denied ? { problem: `-o ${target}: ${denied}` } : { kind: "in-place" };
    }
  } else if (info.code !== "ENOENT") return { problem: `-o ${target}: ${describeFsError(info)}` };
  // A regular file (or a new one) is renamed into place: its folder must take a new file.
  const folder = await folderProblem(path.dirname(target));
  return folder ? { problem: `-o ${target}: ${folder}` } : { kind: "replace" };
}

/** Checks the `--out-dir` target: a directory (or one that can be made) that can be written in; null when fine. */
export async function checkDirectoryTarget(dir: string): Promise<string | null> {
  const problem = await folderProblem(dir);
  return problem ? `--out-dir ${dir}: ${problem}` : null;
}

/** Why files cannot be created in `dir` (made if missing), or null. */
async function folderProblem(dir: string): Promise<string | null> {
  let current = dir;
  for (;;) {
    const info = await statOrError(current);
    if (info instanceof Stats) {
      if (!info.isDirectory()) return `${current} is not a directory`;
      const denied = await accessProblem(current, constants.W_OK | constants.X_OK);
      return denied ? `cannot write in ${current}: ${denied}` : null;
    }
    if (info.code !== "ENOENT") return describeFsError(info);
    const parent = path.dirname(current);
    if (parent === current) return `${current}: no such directory`;
    current = parent; // a missing folder is made later: the nearest existing one decides
  }
}

/** `stat`, with the error returned instead of thrown. */
async function statOrError(file: string): Promise<Stats | NodeJS.ErrnoException> {
  return stat(file).catch((error: unknown) => error as NodeJS.ErrnoException);
}

/** Why `mode` access to a path is refused, or null. */
async function accessProblem(file: string, mode: number): Promise<string | null> {
  return access(file, mode).then(
    () => null,
    (error: unknown) => describeFsError(error as NodeJS.ErrnoException),
  );
}
