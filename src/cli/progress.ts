/**
 * The batch's voice on stderr: a progress bar (files done/total, rate, ETA)
 * redrawn at most ten times a second when stderr is a terminal, diagnostics
 * that erase the bar before printing, and the closing summary line.
 */
import type { Writable } from "node:stream";
import { writeTo } from "./write.js";

/** A stream that may be a terminal of some width. */
export type Terminal = Writable & { isTTY?: boolean; columns?: number };

/** Shortest time between two redraws: about ten a second. */
const REDRAW_INTERVAL_MS = 100;

/** Width of the bar itself, in cells. */
const BAR_WIDTH = 24;

/** Width assumed when the terminal does not say. */
const DEFAULT_COLUMNS = 80;

/** Milliseconds per second. */
const MS_PER_SECOND = 1000;

/** Seconds per minute. */
const SECONDS_PER_MINUTE = 60;

/** Return to the start of the line and erase it. */
const ERASE_LINE = "\r\u001b[K";

/** What the batch tells the user while it runs. */
export interface Progress {
  /** One more input finished. */
  advance(): void;
  /** Prints a diagnostic line, erasing the bar first. */
  note(line: string): Promise<void>;
  /** Erases the bar for good. */
  stop(): void;
}

/** The tallies the summary line reports. */
export interface Tally {
  documents: number;
  pairs: number;
  warnings: number;
  failed: number;
  /** Inputs whose output existed, kept by --skip-existing. */
  skipped?: number;
}

/** A progress bar on a terminal (total null when unknown, as for a stream). */
export function progressBar(stream: Terminal, total: number | null, now: () => number = Date.now): Progress {
  const started = now();
  let done = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (): void => {
    lastDraw = now();
    drawn = true;
    // A terminal of unknown size (some ptys) reports 0 columns.
    const columns = stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS;
    stream.write(ERASE_LINE + barLine(done, total, lastDraw - started, columns));
  };
  return {
    advance() {
      done += 1;
      if (now() - lastDraw >= REDRAW_INTERVAL_MS) draw();
    },
    async note(line) {
      await writeTo(stream, (drawn ? ERASE_LINE : "") + line).catch(() => undefined);
      drawn = false;
      lastDraw = -Infinity; // redraw at the next advance, under the message
    },
    stop() {
      if (drawn) stream.write(ERASE_LINE);
      drawn = false;
    },
  };
}

/** No bar: diagnostics only (stderr is not a terminal, or --quiet). */
export function silentProgress(stream: Writable): Progress {
  return {
    advance() {},
    async note(line) {
      await writeTo(stream, line).catch(() => undefined);
    },
    stop() {},
  };
}

/** The bar's text: `[#####·····] 120/1000  85.3 files/s  ETA 0:10`, cut to the terminal width. */
export function barLine(done: number, total: number | null, elapsedMs: number, columns: number): string {
  const rate = elapsedMs > 0 ? (done * MS_PER_SECOND) / elapsedMs : 0;
  const rateText = `${rate.toFixed(1)} files/s`;
  if (total === null) return `${done} files  ${rateText}`.slice(0, columns - 1);
  const filled = total === 0 ? BAR_WIDTH : Math.min(BAR_WIDTH, Math.floor((done / total) * BAR_WIDTH));
  const bar = `[${"#".repeat(filled)}${"·".repeat(BAR_WIDTH - filled)}]`;
  const eta = rate > 0 ? `  ETA ${clock((total - done) / rate)}` : "";
  return `${bar} ${done}/${total}  ${rateText}${eta}`.slice(0, columns - 1);
}

/** Seconds as m:ss. */
function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / SECONDS_PER_MINUTE)}:${String(whole % SECONDS_PER_MINUTE).padStart(2, "0")}`;
}

/** The closing line of a batch: `120 documents, 1034 Q&A pairs, 5 warnings, 2 failed in 3.4 s`. */
export function summaryLine(tally: Tally, elapsedMs: number): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return (
    [
      count(tally.documents, "document", "documents"),
      count(tally.pairs, "Q&A pair", "Q&A pairs"),
      count(tally.warnings, "warning", "warnings"),
      `${tally.failed} failed`,
      ...(tally.skipped ? [`${tally.skipped} skipped (output exists)`] : []),
    ].join(", ") + ` in ${(elapsedMs / MS_PER_SECOND).toFixed(1)} s`
  );
}
