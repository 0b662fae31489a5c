/**
 * SIGINT and SIGTERM during a batch: the first stops the batch where it is
 * (its temporary files removed, a line saying how far it got, exit 130 or
 * 143); a second one ends the process at once, after removing them too.
 */
import { removeTemporaries } from "./temporaries.js";

/** The signals a batch handles, and the exit code each gives (128 + the signal's number, as shells report it). */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** A handled signal. */
export type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

/** The watch over one batch. */
export interface InterruptWatch {
  /** Aborted at the first signal. */
  readonly signal: AbortSignal;
  /** The signal received, or null. */
  received(): HandledSignal | null;
  /** Stops listening. */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until disposed. */
export function watchInterrupts(): InterruptWatch {
  const controller = new AbortController();
  let received: HandledSignal | null = null;
  const signals = Object.keys(SIGNAL_EXIT_CODES) as HandledSignal[];
  const dispose = (): void => {
    for (const name of signals) process.off(name, handler);
  };
  function handler(name: HandledSignal): void {
    if (received !== null) {
      // Asked twice: stop now, the way the signal would have without a handler.
      removeTemporaries();
      dispose();
      process.kill(process.pid, name);
      return;
    }
    received = name;
    controller.abort();
  }
  for (const name of signals) process.on(name, handler);
  return { signal: controller.signal, received: () => received, dispose };
}
