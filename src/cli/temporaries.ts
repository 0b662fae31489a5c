/**
 * The temporary files being written, so every exit path removes them: a
 * normal end, an error, and an interrupt (SIGINT, SIGTERM) alike. Removal at
 * process exit is synchronous, the only kind an `exit` handler can do.
 */
import { rmSync } from "node:fs";

/** Temporary files that exist now. */
const live = new Set<string>();

/** Whether the exit handler is installed. */
let hooked = false;

/** Records a temporary file about to be created. */
export function trackTemporary(file: string): void {
  live.add(file);
  if (!hooked) {
    hooked = true;
    process.once("exit", removeTemporaries);
  }
}

/** Forgets a temporary file that was renamed into place or removed. */
export function releaseTemporary(file: string): void {
  live.delete(file);
}

/** Removes every temporary file still there. */
export function removeTemporaries(): void {
  for (const file of live) rmSync(file, { force: true });
  live.clear();
}
