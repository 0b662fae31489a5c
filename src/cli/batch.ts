/**
 * A batch: entries are read, processed (in the main thread or on the worker
 * pool) and written through a bounded window, so ten thousand inputs run in
 * the memory of a few; failures are reported one line each and the batch goes on.
 */
import type { Entry } from "./inputs.js";
import type { JobInput, JobResult } from "./job.js";
import type { Output } from "./output.js";
import type { Progress, Tally } from "./progress.js";
import { printable } from "./printable.js";
import { runWindow } from "./window.js";

/** Processes one document: in the main thread, or on a worker. */
export type Processor = (input: JobInput) => Promise<JobResult>;

/** How a batch runs. */
export interface BatchOptions {
  /** Most entries read, processing or waiting to be written at once. */
  window: number;
  /** Write in input order (else as documents finish). */
  ordered: boolean;
  /** Prefix of diagnostic lines (the program name, red on a color terminal). */
  program: string;
  /** List each document's warnings (`--verbose`). */
  verbose?: boolean;
  /** Aborted by an interrupt: the batch stops where it is and its partial output is discarded. */
  signal?: AbortSignal;
}

/** What a batch did. */
export interface BatchResult extends Tally {
  /** Inputs whose output existed, kept by --skip-existing. */
  skipped: number;
  /** Inputs that `--strict` objects to. */
  strictProblems: number;
  /** The reader of the output went away. */
  closed: boolean;
  /** The batch was stopped by an interrupt. */
  interrupted: boolean;
}

/** Runs every entry through `process` into `output`; returns the tallies. */
export async function runBatch(
  entries: AsyncIterable<Entry> | Iterable<Entry>,
  process: Processor,
  output: Output,
  progress: Progress,
  options: BatchOptions,
): Promise<BatchResult> {
  const result: BatchResult = {
    documents: 0,
    pairs: 0,
    warnings: 0,
    failed: 0,
    skipped: 0,
    strictProblems: 0,
    closed: false,
    interrupted: false,
  };
  const note = (entry: Entry, message: string): Promise<void> =>
    progress.note(`${options.program}: ${printable(entry.name)}: ${printable(message)}\n`);
  const work = async (entry: Entry): Promise<{ entry: Entry; outcome: JobResult | null }> => {
    if (entry.skipped) return { entry, outcome: null }; // --skip-existing: its output is there already
    const input = await entry.load();
    return { entry, outcome: "reason" in input ? { ok: false, reason: input.reason } : await process(input) };
  };
  const consume = async ({ entry, outcome }: { entry: Entry; outcome: JobResult | null }): Promise<boolean> => {
    progress.advance();
    if (outcome === null) {
      result.skipped += 1;
      return true;
    }
    if (!outcome.ok) {
      result.failed += 1;
      await note(entry, outcome.reason);
      return true;
    }
    if (outcome.strictProblems.length > 0) {
      result.strictProblems += 1;
      await note(entry, `strict: ${outcome.strictProblems.join(", ")}`);
    }
    const problem = await output.write(entry, outcome.pieces);
    if (problem) {
      result.failed += 1;
      await note(entry, problem);
      return true;
    }
    result.documents += 1;
    result.pairs += outcome.pairs;
    result.warnings += outcome.warnings.length;
    if (options.verbose)
      for (const warning of outcome.warnings) await note(entry, `warning: ${warning.code}: ${warning.message}`);
    return !output.closed;
  };
  try {
    const signal = options.signal ? { signal: options.signal } : {};
    await runWindow(entries, work, consume, { size: options.window, ordered: options.ordered, ...signal });
  } catch (error) {
    progress.stop();
    await output.abort();
    throw error;
  }
  if (options.signal?.aborted) {
    progress.stop();
    await output.abort();
    result.interrupted = true;
    return result;
  }
  result.closed = output.closed;
  if (!result.closed) await output.finish();
  progress.stop();
  return result;
}

/** The first `count` items of an iterable, and an iterable of all of them (those first, then the rest). */
export async function peek<T>(
  items: AsyncIterable<T>,
  count: number,
): Promise<{ head: T[]; exhausted: boolean; all: AsyncIterable<T> }> {
  const iterator = items[Symbol.asyncIterator]();
  const head: T[] = [];
  let exhausted = false;
  while (head.length < count) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
  }
  /** Replays the head, then continues the same iterator. */
  async function* all(): AsyncGenerator<T> {
    try {
      yield* head;
      if (exhausted) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // Stopped early (a closed pipe): close the source too, so a file being read is let go.
      if (!exhausted) await iterator.return?.();
    }
  }
  return { head, exhausted, all: all() };
}
