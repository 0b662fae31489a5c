/**
 * The plan of a run, made before any input is read: the entries (files
 * resolved, or an NDJSON stream looked at just far enough), whether the
 * arguments can name several documents, whether a worker pool pays, each
 * input's `--out-dir` output, and the problems that stop the run up front
 * (`-o` over an input, outputs that exist without --force/--skip-existing).
 */
import type { Readable } from "node:stream";
import { peek } from "./batch.js";
import { entryFor, namesSeveral, resolveInputs, type Entry, type InputItem } from "./inputs.js";
import { OutputNames } from "./naming.js";
import { ndjsonEntries } from "./ndjson-input.js";
import { exists, sameFile } from "./write.js";

/** Up to this many inputs run in the main thread: starting workers costs more than it saves. */
export const SMALL_BATCH = 16;

/** What the plan needs to know of the flags. */
export interface PlanOptions {
  from: "dumps" | "ndjson";
  maxBytes: number;
  output?: string;
  outDir?: string;
  /** The `--out-dir` file extension of the format. */
  extension: string;
  /** What to do with an existing `--out-dir` output. */
  existing: ExistingOutputs;
  /** `--timeout-per-file` was given: only a worker can enforce it. */
  timeoutGiven: boolean;
}

/** `--force`, `--skip-existing`, or neither. */
export type ExistingOutputs = "refuse" | "replace" | "skip";

/** Everything a batch needs besides its output and processor. */
export interface Plan {
  entries: AsyncIterable<Entry>;
  /** Known number of inputs, for the progress bar; null for a stream. */
  total: number | null;
  /** More than one input. */
  many: boolean;
  /** The arguments can name several documents (a directory, a pattern, several paths, NDJSON). */
  several: boolean;
  usePool: boolean;
  /** A reason to stop before any work (a usage error). */
  problem?: string;
}

/** Works out the inputs and how to run them. */
export async function planBatch(args: readonly string[], options: PlanOptions, stdin: Readable): Promise<Plan> {
  if (options.from === "ndjson") return planStream(args, options, stdin);
  const items = await resolveInputs(args);
  const entries = items.map((item) => entryFor(item, stdin, options.maxBytes));
  // A timeout can only interrupt a worker: an explicit --timeout-per-file always runs on one.
  const usePool = items.length > SMALL_BATCH || options.timeoutGiven;
  const plan: Plan = {
    entries: toAsync(entries),
    total: entries.length,
    many: entries.length > 1,
    several: await namesSeveral(args),
    usePool,
  };
  const clobbered = await inputAt(items, options.output);
  if (clobbered) return { ...plan, problem: `-o ${options.output ?? ""} would overwrite the input ${clobbered}` };
  if (options.outDir === undefined) return plan;
  const named = entries.filter((_, index) => items[index]?.kind !== "error");
  const names = new OutputNames(
    options.outDir,
    options.extension,
    named.map((entry) => entry.relative),
  );
  for (const entry of named) entry.output = names.assign(entry.relative);
  const problem = await settleExisting(named, options);
  return problem ? { ...plan, problem } : plan;
}

/** An NDJSON stream: its length is unknown, so look ahead just far enough to tell a small batch from a large one. */
async function planStream(args: readonly string[], options: PlanOptions, stdin: Readable): Promise<Plan> {
  const source = ndjsonEntries(args, stdin, options.maxBytes);
  const named = options.outDir === undefined ? source : nameStream(source, options.outDir, options);
  const { head, exhausted, all } = await peek(named, SMALL_BATCH + 1);
  const small = exhausted && head.length <= SMALL_BATCH;
  return {
    entries: all,
    total: exhausted ? head.length : null,
    many: head.length > 1,
    several: true,
    usePool: !small || options.timeoutGiven,
  };
}

/** Assigns each streamed record its output in order; with --skip-existing, marks those whose output exists. */
async function* nameStream(entries: AsyncIterable<Entry>, outDir: string, options: PlanOptions): AsyncGenerator<Entry> {
  const names = new OutputNames(outDir, options.extension);
  for await (const entry of entries) {
    entry.output = names.assign(entry.relative);
    if (options.existing === "skip" && (await exists(entry.output))) entry.skipped = true;
    yield entry;
  }
}

/**
 * Outputs that already exist: skipped with --skip-existing, replaced with
 * --force, else the run is refused before any work, in one line with the count.
 */
async function settleExisting(entries: readonly Entry[], options: PlanOptions): Promise<string | null> {
  if (options.existing === "replace") return null;
  const present: Entry[] = [];
  for (const entry of entries) if (entry.output !== undefined && (await exists(entry.output))) present.push(entry);
  if (options.existing === "skip") {
    for (const entry of present) entry.skipped = true;
    return null;
  }
  const [first] = present;
  if (first?.output === undefined) return null;
  const count = present.length === 1 ? "1 output already exists" : `${present.length} outputs already exist`;
  return `--out-dir ${options.outDir ?? ""}: ${count} (${first.output}${present.length > 1 ? ", …" : ""}); --force replaces them, --skip-existing keeps them`;
}

/** The input file that `output` would replace, if any: `-o dump.txt dump.txt` must not destroy the dump. */
async function inputAt(items: readonly InputItem[], output: string | undefined): Promise<string | null> {
  if (output === undefined) return null;
  for (const item of items) if (item.kind === "file" && (await sameFile(item.path, output))) return item.path;
  return null;
}

/** An array as an async iterable. */
async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}
