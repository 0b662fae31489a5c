/**
 * The command line: parses flags, picks the inputs, the output and the
 * processor (main thread, or a worker pool for batches), and returns the exit
 * code. All extraction is the library's; the batch machinery is in src/cli/.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { peek, runBatch, type BatchResult, type Processor } from "./cli/batch.js";
import { colorsFor } from "./cli/color.js";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "./cli/config.js";
import { helpFooter, helpLayout, usageErrorText } from "./cli/help.js";
import { entryFor, resolveInputs, type Entry, type InputItem } from "./cli/inputs.js";
import type { JobSettings } from "./cli/job.js";
import { ndjsonEntries } from "./cli/ndjson-input.js";
import { directoryOutput, fileOutput, streamOutput, type Output } from "./cli/output.js";
import { progressBar, silentProgress, summaryLine, type Progress } from "./cli/progress.js";
import { SIGNAL_EXIT_CODES, watchInterrupts } from "./cli/interrupt.js";
import { checkDirectoryTarget, checkFileTarget, type FileTargetKind } from "./cli/targets.js";
import { sameFile, writeTo } from "./cli/write.js";
import { DEFAULT_MAX_BYTES } from "./decode.js";
import type { ExtractOptions } from "./extract.js";
import { OUTPUT_EXTENSIONS, OUTPUT_FORMATS, type OutputFormat } from "./render/index.js";
import type { ExtractRules } from "./rules.js";

/** Everything the CLI touches, injected so tests can run it in-process. */
export interface CliParams {
  argv: readonly string[];
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, strict: 3 } as const;

/** Parsed flags. */
interface CliOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  force: boolean;
  from: "dumps" | "ndjson";
  inputFormat: NonNullable<ExtractOptions["inputFormat"]>;
  encoding?: string;
  maxBytes: number;
  jobs: number;
  ordered: boolean;
  timeoutPerFile: number;
  explain: boolean;
  strict: boolean;
  quiet: boolean;
  config?: string;
  /** The config file's rules, loaded after parsing. */
  rules?: ExtractRules;
}

const PROGRAM = "extract-interview";

/** Up to this many inputs run in the main thread: starting workers costs more than it saves. */
const SMALL_BATCH = 16;

/** Inputs in flight per worker: one running, the next ones read and queued so no worker idles. */
const WINDOW_PER_WORKER = 4;

/** Inputs in flight in the main thread: reads overlap the processing of earlier inputs. */
const MAIN_THREAD_WINDOW = 4;

/** Default `--timeout-per-file`, in seconds. */
const DEFAULT_TIMEOUT_SECONDS = 10;

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function run(params: CliParams): Promise<number> {
  const program = buildProgram(params);
  try {
    program.parse([...params.argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  const options = program.opts<CliOptions>();
  const usage = usageProblem(program.args, options, params);
  if (usage) {
    await writeTo(params.stderr, usageErrorText(PROGRAM, usage, colorsFor(params.stderr, params.env)));
    return EXIT.usage;
  }
  try {
    options.rules = (await loadConfig(options.config, process.cwd())).rules;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One line naming the file and the problem: a config error is a usage error, not a crash.
    await writeTo(params.stderr, `${PROGRAM}: ${colorsFor(params.stderr, params.env).red("error:")} ${error.message}\n`);
    return EXIT.usage;
  }
  const timeoutGiven = program.getOptionValueSource("timeoutPerFile") === "cli";
  return runInputs(program.args, options, timeoutGiven, params);
}

/** Builds the commander program; errors become exceptions mapped to exit 2. */
function buildProgram(params: CliParams): Command {
  const stderrColors = colorsFor(params.stderr, params.env);
  return new Command(PROGRAM)
    .description("Extract metadata, lead, summary and Q&A pairs from news-agency interview dumps (text or HTML).")
    .usage("[options] [files, directories or 'patterns'...]")
    .argument("[inputs...]", "files, directories or quoted glob patterns; none or '-' reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("json"))
    .addOption(new Option("-o, --output <file>", "write all output to this file").default(undefined, "stdout"))
    .option("--out-dir <dir>", "one output file per input, mirroring the tree")
    .option("--force", "with --out-dir: replace existing output files", false)
    .addOption(new Option("--from <kind>", "inputs hold one dump per file, or NDJSON {id, text|html}").choices(["dumps", "ndjson"]).default("dumps"))
    .addOption(new Option("--input-format <format>", "read inputs as").choices(["auto", "text", "html"]).default("auto"))
    .addOption(new Option("--encoding <name>", "input encoding, e.g. koi8-r").default(undefined, "detected"))
    .addOption(new Option("--max-bytes <n>", "largest input, in bytes").argParser(parsePositiveInt).default(DEFAULT_MAX_BYTES, `${String(DEFAULT_MAX_BYTES)}, 50 MiB`))
    .addOption(new Option("-j, --jobs <n>", "worker threads for batches").argParser(parsePositiveInt).default(availableParallelism(), "the number of cores"))
    .option("--ordered", "with -f ndjson: keep input order, not completion order", false)
    .addOption(new Option("--timeout-per-file <s>", "fail an input running longer on a worker (0: no limit)").argParser(parseSeconds).default(DEFAULT_TIMEOUT_SECONDS))
    .addOption(new Option("--config <file>", "JSON file of extra boilerplate, labels and speakers").default(undefined, `./${DEFAULT_CONFIG_FILE} if present`))
    .option("--explain", "show each input line with its class and reason", false)
    .option("--strict", "exit 3 when an input has no Q&A or has warnings", false)
    .option("-q, --quiet", "print no diagnostics except errors", false)
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .configureHelp(helpLayout())
    .addHelpText("after", helpFooter())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void params.stdout.write(text),
      writeErr: (text) => void params.stderr.write(text),
      outputError: (text, write) => write(usageErrorText(PROGRAM, text, stderrColors)),
    });
}

/** Reads the version from package.json. */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}

/** Parses a positive integer flag value. */
function parsePositiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return number;
}

/** Parses a duration in seconds (fractions allowed, 0 for none). */
function parseSeconds(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError("expected a number of seconds, 0 or more");
  return number;
}

/** Checks flag combinations commander cannot; returns the problem or null. */
function usageProblem(args: readonly string[], options: CliOptions, params: CliParams): string | null {
  if (options.output && options.outDir) return "use either --output or --out-dir, not both";
  if (args.length === 0 && params.stdin.isTTY) return "no input: give a file or directory, or pipe text into standard input";
  return null;
}

/** Everything a batch needs besides its entries. */
interface Plan {
  entries: AsyncIterable<Entry>;
  /** Known number of inputs, for the progress bar; null for a stream. */
  total: number | null;
  many: boolean;
  usePool: boolean;
  /** The input that `-o` names, which writing would destroy. */
  clobbered?: string;
}

/** Works out the inputs and how to run them, runs the batch, and turns the tallies into an exit code. */
async function runInputs(args: readonly string[], options: CliOptions, timeoutGiven: boolean, params: CliParams): Promise<number> {
  const started = Date.now();
  // A bad target is refused before any input is read, not after all the work.
  const target = await checkOutput(options);
  if ("problem" in target) {
    await writeTo(params.stderr, `${PROGRAM}: ${colorsFor(params.stderr, params.env).red("error:")} ${target.problem}\n`);
    return EXIT.usage;
  }
  const plan = await planBatch(args, options, timeoutGiven, params);
  if (plan.clobbered) {
    await writeTo(params.stderr, `${PROGRAM}: -o ${options.output} would overwrite the input ${plan.clobbered}\nsee '${PROGRAM} --help'\n`);
    return EXIT.usage;
  }
  const output = outputFor(options, plan.many, target.kind, params);
  const progress = progressFor(plan, options, params);
  const processor = await startProcessor(plan, options, jobSettings(options, params));
  const program = colorsFor(params.stderr, params.env).red(PROGRAM);
  const interrupts = watchInterrupts();
  let result: BatchResult;
  try {
    const batchOptions = { window: processor.window, ordered: processor.ordered, program, signal: interrupts.signal };
    result = await runBatch(plan.entries, processor.process, output, progress, batchOptions);
  } finally {
    interrupts.dispose();
    await processor.close();
  }
  // Reading stays parked on an open stdin after `| head` closed the output or an interrupt: let go of it.
  if ((result.closed || result.interrupted) && readsStdin(args)) params.stdin.destroy();
  const received = interrupts.received();
  if (result.interrupted && received) {
    await progress.note(`${program}: interrupted after ${progressText(result, plan.total)}\n`);
    return SIGNAL_EXIT_CODES[received];
  }
  if (plan.many && !options.quiet && !result.closed) await progress.note(`${PROGRAM}: ${summaryLine(result, Date.now() - started)}\n`);
  if (result.failed > 0) return EXIT.inputFailed;
  return result.strictProblems > 0 ? EXIT.strict : EXIT.ok;
}

/** How far a batch got: `3 of 10 inputs`, or `3 inputs` for a stream. */
function progressText(result: BatchResult, total: number | null): string {
  const done = result.documents + result.failed;
  return total === null ? `${done} ${done === 1 ? "input" : "inputs"}` : `${done} of ${total} ${total === 1 ? "input" : "inputs"}`;
}

/** Checks `-o` or `--out-dir` before any input is read: the problem, or how the `-o` file is written. */
async function checkOutput(options: CliOptions): Promise<{ problem: string } | { kind: FileTargetKind }> {
  if (options.output !== undefined) return checkFileTarget(options.output);
  if (options.outDir !== undefined) {
    const problem = await checkDirectoryTarget(options.outDir);
    if (problem) return { problem };
  }
  return { kind: "replace" };
}

/** Whether the arguments read standard input. */
function readsStdin(args: readonly string[]): boolean {
  return args.length === 0 || args.includes("-");
}

/** How documents get processed: the function, how many may be in flight, and in which order they are written. */
interface ProcessorPlan {
  process: Processor;
  window: number;
  ordered: boolean;
  close(): Promise<void>;
}

/** A worker pool for a large batch (its module loaded only then), else the main thread. */
async function startProcessor(plan: Plan, options: CliOptions, settings: JobSettings): Promise<ProcessorPlan> {
  if (!plan.usePool) {
    // The pipeline is loaded here, so --help and --version never load it.
    const { processDocument } = await import("./cli/job.js");
    return { process: async (input) => processDocument(input, settings), window: MAIN_THREAD_WINDOW, ordered: true, close: async () => {} };
  }
  const { startPool } = await import("./cli/pool.js");
  const pool = startPool({ size: Math.min(options.jobs, plan.total ?? options.jobs), settings, timeoutSeconds: options.timeoutPerFile });
  // Only NDJSON (and --out-dir files) may follow completion order, and only when several workers make
  // it pay; a JSON array, Markdown or text stream reads in input order.
  const ordered = options.jobs === 1 || options.ordered || options.explain || (options.format !== "ndjson" && !options.outDir);
  return { process: (input) => pool.run(input), window: options.jobs * WINDOW_PER_WORKER, ordered, close: () => pool.close() };
}

/** A progress bar on a terminal stderr that shows nothing else; otherwise diagnostics only. */
function progressFor(plan: Plan, options: CliOptions, params: CliParams): Progress {
  // A bar redrawn under documents printed to the same terminal would garble them.
  const documentsOnTerminal = params.stdout.isTTY === true && !options.outDir && !options.output;
  const showBar = plan.many && !options.quiet && params.stderr.isTTY === true && !documentsOnTerminal;
  return showBar ? progressBar(params.stderr, plan.total) : silentProgress(params.stderr);
}

/** The entries, whether there are several, and whether they are worth a worker pool. */
async function planBatch(args: readonly string[], options: CliOptions, timeoutGiven: boolean, params: CliParams): Promise<Plan> {
  if (options.from === "ndjson") {
    // A stream's length is unknown: look ahead just far enough to tell a small batch from a large one.
    const { head, exhausted, all } = await peek(ndjsonEntries(args, params.stdin, options.maxBytes), SMALL_BATCH + 1);
    const small = exhausted && head.length <= SMALL_BATCH;
    return { entries: all, total: exhausted ? head.length : null, many: head.length > 1, usePool: !small || timeoutGiven };
  }
  const items = await resolveInputs(args);
  const entries = items.map((item) => entryFor(item, params.stdin, options.maxBytes));
  // A timeout can only interrupt a worker: an explicit --timeout-per-file always runs on one.
  const usePool = items.length > SMALL_BATCH || timeoutGiven;
  const clobbered = await inputAt(items, options.output);
  return { entries: toAsync(entries), total: entries.length, many: entries.length > 1, usePool, ...(clobbered ? { clobbered } : {}) };
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

/** The per-document settings shared by the main thread and the workers. */
function jobSettings(options: CliOptions, params: CliParams): JobSettings {
  return {
    format: options.format,
    explain: options.explain,
    colorLevel: colorsFor(params.stdout, params.env).level,
    inputFormat: options.inputFormat,
    maxBytes: options.maxBytes,
    strict: options.strict,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };
}

/** Where documents go; several in `-f json` form one array. */
function outputFor(options: CliOptions, many: boolean, kind: FileTargetKind, params: CliParams): Output {
  if (options.outDir) return directoryOutput(options.outDir, OUTPUT_EXTENSIONS[options.format], options.force);
  const asArray = options.format === "json" && many && !options.explain;
  return options.output ? fileOutput(options.output, asArray, kind) : streamOutput(params.stdout, asArray);
}
