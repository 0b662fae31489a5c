/**
 * The command line: parses flags, reads inputs, writes outputs, returns the
 * exit code. All extraction is the library's; all I/O is here.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { colorsFor } from "./cli/color.js";
import { renderExplanation } from "./cli/explain-view.js";
import { describeFsError, resolveInputs, type InputItem } from "./cli/inputs.js";
import { readFileLimited, readStreamLimited } from "./cli/read.js";
import { exists, isClosedPipe, outputPathFor, sameFile, writeFileAtomic, writeTo } from "./cli/write.js";
import { DEFAULT_MAX_BYTES, InputError } from "./decode.js";
import { explainLines } from "./explain.js";
import { analyze, type ExtractOptions } from "./extract.js";
import { OUTPUT_EXTENSIONS, OUTPUT_FORMATS, render, type OutputFormat } from "./render/index.js";
import type { InterviewDocument } from "./types.js";

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
  inputFormat: NonNullable<ExtractOptions["inputFormat"]>;
  encoding?: string;
  maxBytes: number;
  explain: boolean;
  strict: boolean;
  quiet: boolean;
}

const PROGRAM = "extract-interview";

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
    await writeTo(params.stderr, `${PROGRAM}: ${usage}\nsee '${PROGRAM} --help'\n`);
    return EXIT.usage;
  }
  return processInputs(await resolveInputs(program.args), options, params);
}

/** Builds the commander program; errors become exceptions mapped to exit 2. */
function buildProgram(params: CliParams): Command {
  const stderrColors = colorsFor(params.stderr, params.env);
  return new Command(PROGRAM)
    .description("Extract metadata, lead, summary and Q&A pairs from news-agency interview dumps (text or HTML).")
    .usage("[options] [files or directories...]")
    .argument("[inputs...]", "files or directories to read; '-' or nothing reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("json"))
    .option("-o, --output <file>", "write all output to this file instead of standard output")
    .option("--out-dir <dir>", "write one output file per input into this directory")
    .option("--force", "with --out-dir: replace existing output files", false)
    .addOption(new Option("--input-format <format>", "how to read inputs").choices(["auto", "text", "html"]).default("auto"))
    .option("--encoding <name>", "decode inputs with this encoding instead of detecting it")
    .option("--max-bytes <n>", "refuse inputs larger than this many bytes", parsePositiveInt, DEFAULT_MAX_BYTES)
    .option("--explain", "show every input line with its class and the rule's reason", false)
    .option("--strict", "exit with 3 when an input yields no Q&A or has warnings", false)
    .option("-q, --quiet", "print no diagnostics except errors", false)
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void params.stdout.write(text),
      writeErr: (text) => void params.stderr.write(text),
      outputError: (text, write) => write(`${stderrColors.red(text.trimEnd())}\nsee '${PROGRAM} --help'\n`),
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

/** Checks flag combinations commander cannot; returns the problem or null. */
function usageProblem(args: readonly string[], options: CliOptions, params: CliParams): string | null {
  if (options.output && options.outDir) return "use either --output or --out-dir, not both";
  if (args.length === 0 && params.stdin.isTTY) return "no input: give a file or directory, or pipe text into standard input";
  return null;
}

/** Tallies of a run. */
interface RunState {
  failed: number;
  strictProblems: number;
  closed: boolean;
  written: number;
}

/** Reads, extracts and writes every input in order; returns the exit code. */
async function processInputs(items: readonly InputItem[], options: CliOptions, params: CliParams): Promise<number> {
  const state: RunState = { failed: 0, strictProblems: 0, closed: false, written: 0 };
  // A reader that goes away (`| head`) surfaces as an 'error' event on stdout, possibly after the
  // write callback: listen for the whole run so it ends the run quietly instead of crashing.
  const onStdoutError = (error: Error): void => {
    if (isClosedPipe(error)) state.closed = true;
    else state.failed += 1;
  };
  params.stdout.on("error", onStdoutError);
  const collected: string[] = [];
  const arrayOutput = options.format === "json" && items.length > 1 && !options.outDir && !options.explain;
  for (const item of items) {
    if (state.closed) break;
    const name = itemName(item);
    const result = await readAndExtract(item, options, params);
    if ("reason" in result) {
      state.failed += 1;
      await report(params, `${name}: ${result.reason}`);
      continue;
    }
    await noteByteWarnings(name, result.analysis.document, options, params);
    noteStrict(result.analysis.document, options, params, state);
    const text = options.explain
      ? renderExplanation(name, explainLines(result.analysis), colorsFor(params.stdout, params.env))
      : render(result.analysis.document, options.format);
    await deliver(item, text, { arrayOutput, collected }, options, params, state);
  }
  await finish({ arrayOutput, collected }, options, params, state);
  params.stdout.off("error", onStdoutError);
  if (state.failed > 0) return EXIT.inputFailed;
  return state.strictProblems > 0 ? EXIT.strict : EXIT.ok;
}

/** The name an input is reported under. */
function itemName(item: InputItem): string {
  if (item.kind === "stdin") return "<stdin>";
  return item.kind === "file" ? item.path : item.name;
}

/** Reads one input and runs the pipeline; a user error comes back as a reason. */
async function readAndExtract(
  item: InputItem,
  options: CliOptions,
  params: CliParams,
): Promise<{ analysis: ReturnType<typeof analyze> } | { reason: string }> {
  if (item.kind === "error") return { reason: item.reason };
  let bytes: Uint8Array;
  try {
    // Never more than the limit (and a byte) in memory: the decode stage refuses what is over it.
    bytes = item.kind === "stdin" ? await readStreamLimited(params.stdin, options.maxBytes) : await readFileLimited(item.path, options.maxBytes);
  } catch (error) {
    return { reason: describeFsError(error as NodeJS.ErrnoException) };
  }
  try {
    const name = item.kind === "stdin" ? "-" : path.basename(item.path);
    return { analysis: analyze(bytes, { name, inputFormat: options.inputFormat, maxBytes: options.maxBytes, ...(options.encoding ? { encoding: options.encoding } : {}) }) };
  } catch (error) {
    if (error instanceof InputError) return { reason: error.reason };
    throw error;
  }
}

/** Warnings about an input's bytes (decoded with replacements, or against its declared charset). */
const BYTE_WARNINGS = new Set(["invalid-utf8", "encoding-mismatch"]);

/** Says, one line each unless --quiet, what was wrong with an input's bytes though it was read. */
async function noteByteWarnings(name: string, doc: InterviewDocument, options: CliOptions, params: CliParams): Promise<void> {
  if (options.quiet) return;
  for (const warning of doc.warnings) {
    if (BYTE_WARNINGS.has(warning.code)) await report(params, `${name}: warning: ${warning.message}`);
  }
}

/** Counts a `--strict` problem and says what it is. */
function noteStrict(doc: InterviewDocument, options: CliOptions, params: CliParams, state: RunState): void {
  if (!options.strict) return;
  const problems = [...(doc.qa.length === 0 ? ["no Q&A found"] : []), ...doc.warnings.map((warning) => warning.code)];
  if (problems.length === 0) return;
  state.strictProblems += 1;
  void report(params, `${doc.source.name}: strict: ${[...new Set(problems)].join(", ")}`);
}

/** How stdout output is being shaped. */
interface Sink {
  arrayOutput: boolean;
  collected: string[];
}

/** Sends one rendered document where it belongs. */
async function deliver(item: InputItem, text: string, sink: Sink, options: CliOptions, params: CliParams, state: RunState): Promise<void> {
  if (options.outDir) {
    await writeOne(item, text, options, params, state);
    return;
  }
  const piece = sink.arrayOutput ? `${state.written === 0 ? "[\n" : ",\n"}${indent(text.trimEnd())}` : text;
  state.written += 1;
  if (options.output) sink.collected.push(piece);
  else await emit(params.stdout, piece, state);
}

/** Indents a JSON document by two spaces, as an element of the array. */
function indent(text: string): string {
  return text.replace(/^/gmu, "  ");
}

/** Writes one input's output under --out-dir, never over an input or an existing file without --force. */
async function writeOne(item: InputItem, text: string, options: CliOptions, params: CliParams, state: RunState): Promise<void> {
  const relative = item.kind === "file" ? item.relative : "stdin";
  const target = outputPathFor(options.outDir!, relative, OUTPUT_EXTENSIONS[options.format]);
  const problem =
    item.kind === "file" && (await sameFile(item.path, target))
      ? "output would overwrite the input"
      : !options.force && (await exists(target))
        ? `${target} exists (use --force to replace it)`
        : null;
  if (problem) {
    state.failed += 1;
    await report(params, `${itemName(item)}: ${problem}`);
    return;
  }
  await writeFileAtomic(target, text, options.outDir).catch(async (error: NodeJS.ErrnoException) => {
    state.failed += 1;
    await report(params, `${itemName(item)}: cannot write ${target}: ${describeFsError(error)}`);
  });
}

/** Writes to stdout; a closed pipe ends the run quietly. */
async function emit(stream: Writable, text: string, state: RunState): Promise<void> {
  if (state.closed) return;
  try {
    await writeTo(stream, text);
  } catch (error) {
    if (!isClosedPipe(error)) throw error;
    state.closed = true;
  }
}

/** Closes the JSON array and writes the -o file. */
async function finish(sink: Sink, options: CliOptions, params: CliParams, state: RunState): Promise<void> {
  const tail = sink.arrayOutput && state.written > 0 ? "\n]\n" : "";
  if (options.output) {
    if (state.written === 0) return;
    await writeFileAtomic(options.output, sink.collected.join("") + tail).catch(async (error: NodeJS.ErrnoException) => {
      state.failed += 1;
      await report(params, `cannot write ${options.output}: ${describeFsError(error)}`);
    });
    return;
  }
  if (tail) await emit(params.stdout, tail, state);
}

/** Prints one diagnostic line on stderr. */
async function report(params: CliParams, message: string): Promise<void> {
  const colors = colorsFor(params.stderr, params.env);
  await writeTo(params.stderr, `${colors.red(PROGRAM)}: ${message}\n`).catch(() => undefined);
}
