/**
 * The command line: parses flags, picks the inputs, the output and the
 * processor (main thread, or a worker pool for batches), and returns the exit
 * code. All extraction is the library's; the batch machinery is in src/cli/.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { runBatch, type BatchResult, type Processor } from "./cli/batch.js";
import { colorsFor } from "./cli/color.js";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "./cli/config.js";
import { parseFormat } from "./cli/formats.js";
import { helpFooter, helpLayout, usageErrorText } from "./cli/help.js";
import { SIGNAL_EXIT_CODES, watchInterrupts } from "./cli/interrupt.js";
import type { JobSettings } from "./cli/job.js";
import { directoryOutput, fileOutput, streamOutput, type FramingKind, type Output } from "./cli/output.js";
import { printable } from "./cli/printable.js";
import { planBatch, type Plan, type PlanOptions } from "./cli/plan.js";
import { progressBar, silentProgress, summaryLine, type Progress } from "./cli/progress.js";
import { checkDirectoryTarget, checkFileTarget, type FileTargetKind } from "./cli/targets.js";
import { writeTo, writeUnlessClosed } from "./cli/write.js";
import { DEFAULT_MAX_BYTES, isKnownEncoding } from "./decode.js";
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
  skipExisting: boolean;
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
  verbose: boolean;
  config?: string;
  /** The config file's rules, loaded after parsing. */
  rules?: ExtractRules;
}

const PROGRAM = "extract-interview";

/** Inputs in flight per worker: one running, the next ones read and queued so no worker idles. */
const WINDOW_PER_WORKER = 4;

/** Inputs in flight in the main thread: reads overlap the processing of earlier inputs. */
const MAIN_THREAD_WINDOW = 4;

/** Encodings named when `--encoding` is given one that does not exist. */
const ENCODING_EXAMPLES = "utf-8, utf-16le, windows-1252, windows-1256, koi8-r, iso-8859-2";

/** Default `--timeout-per-file`, in seconds. */
const DEFAULT_TIMEOUT_SECONDS = 10;

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function run(params: CliParams): Promise<number> {
  // What commander prints to stdout (the help, the version), written once parsing ends.
  const printed: string[] = [];
  const program = buildProgram(params, printed);
  try {
    program.parse([...params.argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    await writeUnlessClosed(params.stdout, printed.join(""));
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
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
    await writeError(params, error.message);
    return EXIT.usage;
  }
  const timeoutGiven = program.getOptionValueSource("timeoutPerFile") === "cli";
  return runInputs(program.args, options, timeoutGiven, params);
}

/** Writes a one-line error; the paths it quotes have their control characters shown escaped. */
async function writeError(params: CliParams, problem: string): Promise<void> {
  await writeTo(params.stderr, `${PROGRAM}: ${colorsFor(params.stderr, params.env).red("error:")} ${printable(problem)}\n`);
}

/** Builds the commander program; errors become exceptions mapped to exit 2. */
function buildProgram(params: CliParams, printed: string[]): Command {
  const stderrColors = colorsFor(params.stderr, params.env);
  return new Command(PROGRAM)
    .description("Extract metadata, lead, summary and Q&A pairs from news-agency interview dumps (text or HTML).")
    .usage("[options] [files, directories or 'patterns'...]")
    .argument("[inputs...]", "files, directories or quoted glob patterns; none or '-' reads stdin")
    .addOption(new Option("-f, --format <format>", `output format: ${OUTPUT_FORMATS.join(", ")}`).argParser(parseFormat).default("json"))
    .addOption(new Option("-o, --output <file>", "write all output to this file").default(undefined, "stdout"))
    .option("--out-dir <dir>", "one output file per input, mirroring the tree")
    .option("--force", "with --out-dir: replace existing output files", false)
    .option("--skip-existing", "with --out-dir: keep existing outputs, process the rest", false)
    .addOption(new Option("--from <kind>", "inputs hold one dump per file, or NDJSON {id, text|html}").choices(["dumps", "ndjson"]).default("dumps"))
    .addOption(new Option("--input-format <format>", "read inputs as").choices(["auto", "text", "html"]).default("auto"))
    .addOption(new Option("--encoding <name>", "input encoding, e.g. koi8-r").argParser(parseEncoding).default(undefined, "detected"))
    .addOption(new Option("--max-bytes <n>", "largest input, in bytes").argParser(parsePositiveInt).default(DEFAULT_MAX_BYTES, `${String(DEFAULT_MAX_BYTES)}, 50 MiB`))
    .addOption(new Option("-j, --jobs <n>", "worker threads for batches").argParser(parsePositiveInt).default(availableParallelism(), "the number of cores"))
    .option("--ordered", "with -f ndjson: keep input order, not completion order", false)
    .addOption(new Option("--timeout-per-file <s>", "fail an input running longer on a worker (0: no limit)").argParser(parseSeconds).default(DEFAULT_TIMEOUT_SECONDS))
    .addOption(new Option("--config <file>", "JSON file of extra boilerplate, labels and speakers").default(undefined, `./${DEFAULT_CONFIG_FILE} if present`))
    .option("--explain", "show each input line with its class and reason", false)
    .option("--strict", "exit 3 when an input has no Q&A or has warnings", false)
    .option("-q, --quiet", "print nothing but errors: no progress, no summary", false)
    .option("-v, --verbose", "also list each input's warnings", false)
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .configureHelp(helpLayout())
    .addHelpText("after", helpFooter())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void printed.push(text),
      writeErr: (text) => void params.stderr.write(text),
      outputError: (text, write) => write(usageErrorText(PROGRAM, text, stderrColors)),
    });
}

/** Reads the version from package.json, by the package's own name: the bundled CLI (dist/bundle/) sits a folder deeper than dist/cli.js. */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("extract-interview/package.json") as { version: string }).version;
}

/** Parses a positive integer flag value. */
function parsePositiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return number;
}

/** Checks an encoding name once, up front: a typo is one usage error, not one failure per input. */
function parseEncoding(value: string): string {
  if (!isKnownEncoding(value)) throw new InvalidArgumentError(`unknown encoding (known ones include ${ENCODING_EXAMPLES})`);
  return value;
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
  if (options.quiet && options.verbose) return "use either --quiet or --verbose, not both";
  if (options.force && options.skipExisting) return "use either --force or --skip-existing, not both";
  if (options.skipExisting && !options.outDir) return "--skip-existing works with --out-dir";
  if (args.length === 0 && params.stdin.isTTY) return "no input: give a file or directory, or pipe text into standard input";
  return null;
}

/** Works out the inputs and how to run them, runs the batch, and turns the tallies into an exit code. */
async function runInputs(args: readonly string[], options: CliOptions, timeoutGiven: boolean, params: CliParams): Promise<number> {
  const started = Date.now();
  // A bad target is refused before any input is read, not after all the work.
  const target = await checkOutput(options);
  if ("problem" in target) {
    await writeError(params, target.problem);
    return EXIT.usage;
  }
  const plan = await planBatch(args, planOptions(options, timeoutGiven), params.stdin);
  if (plan.problem !== undefined) {
    await writeError(params, plan.problem);
    return EXIT.usage;
  }
  const output = outputFor(options, plan.several, target.kind, params);
  const progress = progressFor(plan, options, params);
  const processor = await startProcessor(plan, options, jobSettings(options, params));
  const program = colorsFor(params.stderr, params.env).red(PROGRAM);
  const interrupts = watchInterrupts();
  let result: BatchResult;
  try {
    const batchOptions = {
      window: processor.window,
      ordered: processor.ordered,
      program,
      verbose: options.verbose,
      signal: interrupts.signal,
    };
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
  const done = result.documents + result.failed + result.skipped;
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
  // More workers than cores only queue for a core (and count that wait against --timeout-per-file);
  // more than inputs only idle.
  const size = Math.max(1, Math.min(options.jobs, availableParallelism(), plan.total ?? options.jobs));
  const pool = startPool({ size, settings, timeoutSeconds: options.timeoutPerFile });
  // Only NDJSON (and --out-dir files) may follow completion order, and only when several workers make
  // it pay; a JSON array, Markdown or text stream reads in input order.
  const ordered = size === 1 || options.ordered || options.explain || (options.format !== "ndjson" && !options.outDir);
  return { process: (input) => pool.run(input), window: size * WINDOW_PER_WORKER, ordered, close: () => pool.close() };
}

/** A progress bar on a terminal stderr that shows nothing else; otherwise diagnostics only. */
function progressFor(plan: Plan, options: CliOptions, params: CliParams): Progress {
  // A bar redrawn under documents printed to the same terminal would garble them.
  const documentsOnTerminal = params.stdout.isTTY === true && !options.outDir && !options.output;
  const showBar = plan.many && !options.quiet && params.stderr.isTTY === true && !documentsOnTerminal;
  return showBar ? progressBar(params.stderr, plan.total) : silentProgress(params.stderr);
}

/** What planning needs of the flags. */
function planOptions(options: CliOptions, timeoutGiven: boolean): PlanOptions {
  const existing = options.force ? "replace" : options.skipExisting ? "skip" : "refuse";
  return {
    from: options.from,
    maxBytes: options.maxBytes,
    extension: OUTPUT_EXTENSIONS[options.format],
    existing,
    timeoutGiven,
    ...(options.output !== undefined ? { output: options.output } : {}),
    ...(options.outDir !== undefined ? { outDir: options.outDir } : {}),
  };
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
function outputFor(options: CliOptions, several: boolean, kind: FileTargetKind, params: CliParams): Output {
  if (options.outDir) return directoryOutput(options.outDir, OUTPUT_EXTENSIONS[options.format], options.force);
  const framing = framingFor(options, several);
  return options.output ? fileOutput(options.output, framing, kind) : streamOutput(params.stdout, framing);
}

/** How documents in one stream are told apart: a JSON array, separator lines, or one per line (NDJSON). */
function framingFor(options: CliOptions, several: boolean): FramingKind {
  if (options.explain || options.format === "md" || options.format === "text") return "separated";
  // `-f json` is an array whenever the arguments can name several documents, even if one came out.
  return options.format === "json" && several ? "array" : "none";
}
