// @ts-check
/**
 * Batch and speed benchmark of the built CLI (dist/), from one run:
 * throughput against an I/O floor at --jobs 1 and 2, peak RSS for 1,000 and
 * 10,000 documents, cold start against `node -e 0`, the peak memory of one
 * 20 MB and one 50 MB dump against their size, how the time of one dump grows
 * from 5 MB to 50 MB, and the HTML reader's time per page against Readability
 * on linkedom (bench/html.js, run as part of this one). Targets (issue 13) are
 * printed beside the figures, never asserted; so are the Node version and the
 * load average, without which figures of a shared machine are not comparable.
 *
 *   npm run bench            (builds first)
 *
 * The corpus is generated under .bench/ (git-ignored) and reused while its
 * recipe is unchanged: the fixtures' inputs replicated, synthetic dumps of
 * several sizes, and single 5, 20 and 50 MB dumps of repeated Q&A paragraphs.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evidenceCost, relative } from "./evidence.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BENCH_DIR = path.join(ROOT, ".bench");
const BIN = path.join(ROOT, "bin", "extract-interview.js");
const FLOOR = path.join(ROOT, "bench", "floor.js");
const HTML_BENCH = path.join(ROOT, "bench", "html.js");
const FIXTURES = path.join(ROOT, "fixtures");
const TIME = "/usr/bin/time";

/** Bump when the corpus recipe changes, so an old corpus is rebuilt. */
const CORPUS_VERSION = "2";

/** Sizes of the synthetic dumps mixed into the batches. */
const SYNTHETIC_SIZES = [4 * 1024, 16 * 1024, 64 * 1024];

/** Every this-many documents of a batch is synthetic; the others are fixture inputs. */
const SYNTHETIC_EVERY = 4;

/** Documents per sub-folder of a batch corpus. */
const FILES_PER_FOLDER = 100;

/** The single dumps: 5, 20 and 50 MB (decimal, under the default 50 MiB --max-bytes). */
const SMALL_DUMP_BYTES = 5_000_000;
const MEDIUM_DUMP_BYTES = 20_000_000;
const LARGE_DUMP_BYTES = 50_000_000;

/** Cold-start runs; the median is reported. */
const COLD_RUNS = 7;

/** How often /proc is polled for peak memory when /usr/bin/time is missing. */
const POLL_MS = 20;

/** Targets from issue 13 ("Speed and memory"). */
const TARGETS = {
  jobs1VsFloor: 0.1,
  jobs2VsJobs1: 1.7,
  rssGrowth: 1.1,
  rssMaxMb: 150,
  coldVsNode: 2,
  dumpPeakVsInput: 8,
  largeVsSmall: 10,
  htmlVsReadability: 0.33,
};

/** @typedef {{ seconds: number, cpuSeconds: number | null, peakMb: number | null, code: number | null, stderr: string }} Measurement */

/**
 * The runs that did not succeed, one line each. Their figures are marked FAILED in the table, and
 * the bench exits 1 after printing it: the figures of a run that stopped early (a crash on the
 * 50 MB dump once passed for its time and memory) are not figures of the tool.
 * @type {string[]}
 */
const failures = [];
/** @typedef {{ dir: string, count: number, bytes: number }} Batch */

/**
 * A synthetic interview dump of about `size` bytes: header, lead, summary, then Q&A paragraphs.
 * @param {number} size
 * @param {number} seed varies the numbers in the text
 * @returns {string}
 */
function syntheticDump(size, seed) {
  const header = [
    `Port Authority Chief: Northern Terminal Expansion ${seed} Will Double Capacity`,
    "",
    "|",
    "2025/11/23",
    "|",
    "15:27:54",
    `| News ID: ${1000 + seed}`,
    `Port Authority Chief: Northern Terminal Expansion ${seed} Will Double Capacity`,
    "The head of the port authority said the northern terminal will handle twice as many containers by the end of next year.",
    "",
    "Tehran - BORNA - Sara Karimi, an economics reporter for BORNA, spoke with Reza Ahmadi, the head of the national port authority, about the expansion.",
    "",
    "In this interview, Ahmadi described the financing of the project and the timetable for the new berths.",
    "",
    "The full text of the interview is as follows:",
    "",
  ].join("\n");
  const parts = [header];
  let length = header.length;
  for (let turn = 0; length < size; turn += 1) {
    const pair = [
      `How will berth number ${turn + seed} change the handling of transit cargo in the region?`,
      "",
      `Berth ${turn + seed} adds ${(turn % 7) + 3} cranes and a rail link. What should be done first? There are many things. We begin with the approach channel, then the yard, and the rail siding comes last.`,
      "",
      `The second phase, worth ${(turn % 13) + 2} million dollars, is financed by the terminal operators themselves... and the state guarantees only the dredging.`,
      "",
    ].join("\n");
    parts.push(pair);
    length += pair.length;
  }
  return parts.join("\n");
}

/**
 * The fixtures' inputs, as texts.
 * @returns {string[]}
 */
function fixtureTexts() {
  return fs
    .readdirSync(FIXTURES)
    .sort()
    .map((slug) => path.join(FIXTURES, slug, "input.txt"))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, "utf8"));
}

/**
 * Writes a batch of `count` documents (fixtures and synthetic dumps mixed) under `dir`.
 * @param {string} dir
 * @param {number} count
 * @param {string[]} fixtures
 * @returns {Batch}
 */
function writeBatch(dir, count, fixtures) {
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const text =
      i % SYNTHETIC_EVERY === SYNTHETIC_EVERY - 1
        ? syntheticDump(SYNTHETIC_SIZES[Math.floor(i / SYNTHETIC_EVERY) % SYNTHETIC_SIZES.length] ?? 0, i)
        : (fixtures[i % fixtures.length] ?? "");
    const folder = path.join(dir, String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, "0"));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `doc-${String(i).padStart(5, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, count, bytes };
}

/**
 * Builds the corpus, or reuses the one already there.
 * @returns {{ small: Batch, large: Batch, dump5: string, dump20: string, dump50: string }}
 */
function corpus() {
  const stamp = path.join(BENCH_DIR, "corpus.json");
  const dump5 = path.join(BENCH_DIR, "dump-5mb.txt");
  const dump20 = path.join(BENCH_DIR, "dump-20mb.txt");
  const dump50 = path.join(BENCH_DIR, "dump-50mb.txt");
  if (fs.existsSync(stamp)) {
    const saved = JSON.parse(fs.readFileSync(stamp, "utf8"));
    // The 20 MB dump came after the others: a corpus without it gets it, and keeps the rest.
    if (!fs.existsSync(dump20)) fs.writeFileSync(dump20, syntheticDump(MEDIUM_DUMP_BYTES, 20));
    if (saved.version === CORPUS_VERSION) return { ...saved, dump5, dump20, dump50 };
  }
  process.stderr.write("bench: generating the corpus under .bench/ …\n");
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const fixtures = fixtureTexts();
  const small = writeBatch(path.join(BENCH_DIR, "docs-1000"), 1000, fixtures);
  const large = writeBatch(path.join(BENCH_DIR, "docs-10000"), 10000, fixtures);
  fs.writeFileSync(dump5, syntheticDump(SMALL_DUMP_BYTES, 5));
  fs.writeFileSync(dump20, syntheticDump(MEDIUM_DUMP_BYTES, 20));
  fs.writeFileSync(dump50, syntheticDump(LARGE_DUMP_BYTES, 50));
  fs.writeFileSync(stamp, JSON.stringify({ version: CORPUS_VERSION, small, large }));
  return { small, large, dump5, dump20, dump50 };
}

/**
 * Runs a command with stdout to /dev/null; wall time and peak RSS (kB from
 * `/usr/bin/time -v`, else the VmHWM polled from /proc). Every command the bench
 * runs is meant to succeed on its inputs: any other exit than 0 is recorded in
 * `failures`. For the CLI (SPEC.md, "Exit codes"), 1 means that some input failed,
 * 2 a usage error and 3 a `--strict` finding; every input of the bench is a
 * readable document, so none of them is a success here.
 * @param {string[]} command
 * @returns {Promise<Measurement>}
 */
function measure(command) {
  const useTime = fs.existsSync(TIME);
  const argv = useTime ? [TIME, "-v", ...command] : command;
  const devNull = fs.openSync("/dev/null", "w");
  const started = performance.now();
  const child = spawn(argv[0] ?? "", argv.slice(1), { cwd: ROOT, stdio: ["ignore", devNull, "pipe"] });
  let stderr = "";
  let polledKb = 0;
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const poll = useTime ? null : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid))), POLL_MS);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      fs.closeSync(devNull);
      const reported = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
      const peakKb = reported ? Number(reported[1]) : polledKb;
      const user = /User time \(seconds\): ([\d.]+)/u.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/u.exec(stderr);
      const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
      if (code !== 0) failures.push(`${command.join(" ")} exited ${code}: ${ownStderr(stderr)}`);
      resolve({ seconds, cpuSeconds, peakMb: peakKb > 0 ? peakKb / 1024 : null, code, stderr });
    });
  });
}

/**
 * What a command wrote to stderr before /usr/bin/time's report, cut to a few lines.
 * @param {string} stderr
 * @returns {string}
 */
function ownStderr(stderr) {
  const own = stderr.split(/^\s*Command (?:being timed|exited|terminated)/mu)[0] ?? "";
  return own.trim().split("\n").slice(0, 5).join("\n");
}

/**
 * The VmHWM of a process in kB, 0 when it cannot be read.
 * @param {number | undefined} pid
 * @returns {number}
 */
function vmHwmKb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Runs the CLI on the given arguments (a failure is recorded by `measure`).
 * @param {string[]} args
 * @returns {Promise<Measurement>}
 */
function tool(args) {
  return measure([process.execPath, BIN, ...args]);
}

/**
 * A run's figure, or the figure marked as that of a failed run.
 * @param {Measurement} run
 * @param {string} figure
 * @returns {string}
 */
function figureOf(run, figure) {
  return run.code === 0 ? figure : `FAILED (exit ${run.code}): ${figure}`;
}

/**
 * The median of some numbers.
 * @param {number[]} values
 * @returns {number}
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median wall time of a command over COLD_RUNS runs, and whether every run succeeded.
 * @param {string[]} command
 * @returns {Promise<{ seconds: number, ok: boolean }>}
 */
async function coldTime(command) {
  const times = [];
  let ok = true;
  for (let i = 0; i < COLD_RUNS; i += 1) {
    const run = await measure(command);
    times.push(run.seconds);
    ok &&= run.code === 0;
  }
  return { seconds: median(times), ok };
}

/**
 * A table row: what, figure, ratio, target, met.
 * @param {string} what
 * @param {string} figure
 * @param {string} ratio
 * @param {string} target
 * @param {boolean | null} met
 * @returns {string}
 */
function row(what, figure, ratio, target, met) {
  return `| ${what} | ${figure} | ${ratio} | ${target} | ${met === null ? "–" : met ? "yes" : "NO"} |`;
}

/**
 * Documents/s and MB/s of a batch run, with its CPU time when known.
 * @param {Batch} batch
 * @param {Measurement} run
 * @returns {{ docs: number, mb: number, text: string }}
 */
function throughput(batch, run) {
  const docs = batch.count / run.seconds;
  const mb = batch.bytes / 1e6 / run.seconds;
  const cpu = run.cpuSeconds === null ? "" : `, ${run.cpuSeconds.toFixed(1)} s CPU`;
  return { docs, mb, text: `${docs.toFixed(0)} docs/s, ${mb.toFixed(2)} MB/s (${run.seconds.toFixed(2)} s${cpu})` };
}

/**
 * The load average and cores: figures taken on a busy machine are not comparable.
 * @returns {string}
 */
function machine() {
  const [load] = os.loadavg();
  return `${os.availableParallelism()} cores, load average ${(load ?? 0).toFixed(2)}`;
}

/**
 * The HTML reader's and Readability's mean time per page, from bench/html.js run as a child (its
 * table's ms/page columns: the first pass, and steady); null when it cannot run (no corpus).
 * @returns {Promise<{ first: HtmlTimes, steady: HtmlTimes } | null>}
 */
async function htmlTimes() {
  const child = spawn(process.execPath, [HTML_BENCH], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.resume();
  const code = await new Promise((resolve) => child.on("close", resolve));
  const msOf = (/** @type {RegExp} */ name, /** @type {number} */ fromEnd) => {
    const line = stdout.split("\n").find((text) => name.test(text));
    const cells = line?.split("|").map((cell) => cell.trim()) ?? [];
    return Number(cells.at(-1 - fromEnd));
  };
  /** @param {number} fromEnd the column, counted from the table's last */
  const timesOf = (fromEnd) => ({
    ours: msOf(/^\| extract-interview/u, fromEnd),
    theirs: msOf(/^\| readability/u, fromEnd),
  });
  const [first, steady] = [timesOf(2), timesOf(1)];
  if (code !== 0) failures.push(`bench/html.js exited ${code}`);
  const read = [first, steady].every((times) => Number.isFinite(times.ours) && Number.isFinite(times.theirs));
  return code === 0 && read ? { first, steady } : null;
}

/** @typedef {{ ours: number, theirs: number }} HtmlTimes */

/**
 * The table row of one HTML timing.
 * @param {string} what
 * @param {HtmlTimes | undefined} times
 */
function htmlRow(what, times) {
  const ratio = times === undefined ? null : times.ours / times.theirs;
  return row(
    `HTML page, ${what} (bench/html.js, extract() in process)`,
    times === undefined
      ? "n/a (no article-body corpus, or bench/html.js failed)"
      : `${times.ours.toFixed(1)} ms, Readability + linkedom ${times.theirs.toFixed(1)} ms`,
    ratio === null ? "n/a" : `${ratio.toFixed(2)}× Readability`,
    `≤ ${TARGETS.htmlVsReadability}×`,
    ratio === null ? null : ratio <= TARGETS.htmlVsReadability,
  );
}

/**
 * Peak memory of a run against its input's size.
 * @param {Measurement} run
 * @param {string} file
 * @returns {number | null}
 */
function peakVsInput(run, file) {
  return run.peakMb === null ? null : (run.peakMb * 1024 * 1024) / fs.statSync(file).size;
}

/** Runs every measurement and prints the table. */
async function main() {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const { small, large, dump5, dump20, dump50 } = corpus();
  const fmt = (/** @type {number | null} */ mb) => (mb === null ? "n/a" : `${mb.toFixed(0)} MB`);
  const log = (/** @type {string} */ step) => process.stderr.write(`bench: ${step}\n`);

  // Throughput is measured on the large batch: a thousand documents are over before the workers'
  // start-up (module loading, first compilation of the pipeline's patterns) has paid for itself.
  log(`floor over ${large.count} documents`);
  const loadBefore = machine();
  const floorRun = await measure([process.execPath, FLOOR, large.dir]);
  const floor = throughput(large, floorRun);
  log(`--jobs 1 over ${large.count} documents`);
  const jobs1Run = await tool(["-q", "-f", "ndjson", "--jobs", "1", large.dir]);
  const jobs1 = throughput(large, jobs1Run);
  const loadAtJobs2 = machine();
  log(`--jobs 2 over ${large.count} documents`);
  const largeRun = await tool(["-q", "-f", "ndjson", "--jobs", "2", large.dir]);
  const jobs2 = throughput(large, largeRun);
  log(`--jobs 2 over ${small.count} documents`);
  const smallRun = await tool(["-q", "-f", "ndjson", "--jobs", "2", small.dir]);
  log("cold start");
  const oneFile = path.join(FIXTURES, "en-qa-colon", "input.txt");
  const { seconds: nodeCold } = await coldTime([process.execPath, "-e", "0"]);
  const { seconds: toolCold, ok: toolColdOk } = await coldTime([process.execPath, BIN, oneFile]);
  log("5, 20 and 50 MB dumps");
  const run5 = await tool(["-q", dump5]);
  const run20 = await tool(["-q", dump20]);
  const run50 = await tool(["-q", dump50]);
  log("evidence stage on and off (in process)");
  const evidence = await evidenceCost(dump5);
  log("HTML pages against Readability + linkedom (bench/html.js)");
  const html = await htmlTimes();

  const jobs1Ratio = jobs1.docs / floor.docs;
  const jobs2Ratio = jobs2.docs / jobs1.docs;
  const rssGrowth = largeRun.peakMb !== null && smallRun.peakMb !== null ? largeRun.peakMb / smallRun.peakMb : null;
  const coldRatio = toolCold / nodeCold;
  const growth = run50.seconds / run5.seconds;
  const peak20 = peakVsInput(run20, dump20);
  const peak50 = peakVsInput(run50, dump50);
  const times = (/** @type {number | null} */ ratio) => (ratio === null ? "n/a" : `${ratio.toFixed(1)}× the input`);
  const lines = [
    `extract-interview batch benchmark — node ${process.version}, ${small.count} documents = ${(small.bytes / 1e6).toFixed(1)} MB, ${large.count} = ${(large.bytes / 1e6).toFixed(1)} MB`,
    `machine: ${loadBefore} at the start, ${loadAtJobs2} before --jobs 2, ${machine()} at the end`,
    "",
    "| measure | figure | ratio | target | met |",
    "|---|---|---|---|---|",
    row(`floor: read, split, write JSON (${large.count} documents)`, figureOf(floorRun, floor.text), "1", "", null),
    row(
      `--jobs 1 (${large.count} documents)`,
      figureOf(jobs1Run, jobs1.text),
      `${jobs1Ratio.toFixed(3)} of floor`,
      `≥ ${TARGETS.jobs1VsFloor.toFixed(2)} of floor`,
      jobs1Run.code === 0 && jobs1Ratio >= TARGETS.jobs1VsFloor,
    ),
    row(
      `--jobs 2 (${large.count} documents; ${loadAtJobs2} before)`,
      figureOf(largeRun, jobs2.text),
      `${jobs2Ratio.toFixed(2)}× --jobs 1`,
      `≥ ${TARGETS.jobs2VsJobs1}× on an idle machine`,
      largeRun.code === 0 && jobs1Run.code === 0 && jobs2Ratio >= TARGETS.jobs2VsJobs1,
    ),
    row(`--jobs 2 (${small.count} documents)`, figureOf(smallRun, throughput(small, smallRun).text), "", "", null),
    row(`peak RSS, ${small.count} documents (--jobs 2)`, figureOf(smallRun, fmt(smallRun.peakMb)), "", "", null),
    row(
      `peak RSS, ${large.count} documents (--jobs 2)`,
      figureOf(largeRun, fmt(largeRun.peakMb)),
      rssGrowth === null ? "n/a" : `${rssGrowth.toFixed(2)}× ${small.count}`,
      `≤ ${TARGETS.rssMaxMb} MB, ≤ ${TARGETS.rssGrowth}× ${small.count}`,
      largeRun.code === 0 &&
        smallRun.code === 0 &&
        rssGrowth !== null &&
        largeRun.peakMb !== null &&
        rssGrowth <= TARGETS.rssGrowth &&
        largeRun.peakMb <= TARGETS.rssMaxMb,
    ),
    row("cold start: node -e 0", `${(nodeCold * 1000).toFixed(0)} ms`, "1", "", null),
    row(
      "cold start: one-file run",
      toolColdOk ? `${(toolCold * 1000).toFixed(0)} ms` : `FAILED: ${(toolCold * 1000).toFixed(0)} ms`,
      `${coldRatio.toFixed(2)}× node -e 0`,
      `≤ ${TARGETS.coldVsNode}×`,
      toolColdOk && coldRatio <= TARGETS.coldVsNode,
    ),
    row(
      "one 5 MB dump",
      figureOf(run5, `${run5.seconds.toFixed(2)} s, ${fmt(run5.peakMb)} peak`),
      times(peakVsInput(run5, dump5)),
      "",
      null,
    ),
    row(
      "one 20 MB dump",
      figureOf(run20, `${run20.seconds.toFixed(2)} s, ${fmt(run20.peakMb)} peak`),
      `peak ${times(peak20)}`,
      `peak ≤ ${TARGETS.dumpPeakVsInput}× the input`,
      run20.code === 0 && peak20 !== null && peak20 <= TARGETS.dumpPeakVsInput,
    ),
    row(
      "one 50 MB dump",
      figureOf(run50, `${run50.seconds.toFixed(2)} s, ${fmt(run50.peakMb)} peak`),
      `peak ${times(peak50)}; ${growth.toFixed(1)}× the 5 MB time`,
      `peak ≤ ${TARGETS.dumpPeakVsInput}× the input, ≤ ${TARGETS.largeVsSmall}× the 5 MB time`,
      run50.code === 0 &&
        run5.code === 0 &&
        peak50 !== null &&
        peak50 <= TARGETS.dumpPeakVsInput &&
        growth <= TARGETS.largeVsSmall,
    ),
    htmlRow("first pass", html?.first),
    htmlRow("steady, median of 3 rounds", html?.steady),
    row(
      `evidence stage, ${evidence.fixtures.count} fixture inputs (extract() in process)`,
      `${(evidence.fixtures.on * 1000).toFixed(0)} ms with, ${(evidence.fixtures.off * 1000).toFixed(0)} ms without`,
      `${relative(evidence.fixtures)} of without`,
      "",
      null,
    ),
    ...(evidence.large === null
      ? []
      : [
          row(
            "evidence stage, one 5 MB dump",
            `${evidence.large.on.toFixed(2)} s with, ${evidence.large.off.toFixed(2)} s without`,
            `${relative(evidence.large)} of without`,
            "",
            null,
          ),
        ]),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (failures.length > 0) {
    process.stderr.write(
      `bench: ${failures.length} run(s) FAILED; their figures are not the tool's:\n${failures.join("\n")}\n`,
    );
    process.exitCode = 1;
  }
}

await main();
