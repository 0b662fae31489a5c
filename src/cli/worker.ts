/**
 * A worker thread of the pool: receives documents' bytes (the one it is to work on
 * transferred, the one it is to hold next copied; see pool.ts), works on them in
 * order, and answers each with the rendered output.
 */
import { parentPort, workerData } from "node:worker_threads";
import { processDocument, takeBytes, type JobInput, type JobResult, type JobSettings } from "./job.js";

/** A task from the pool. */
export interface TaskMessage {
  id: number;
  input: JobInput;
}

/** What the worker posts: ready once its modules are loaded, then one result per task, its pieces as a list. */
export type WorkerMessage = { kind: "ready" } | { kind: "result"; id: number; result: JobResult<string[]> };

/** Answers every task with its result. */
function serve(port: NonNullable<typeof parentPort>, settings: JobSettings): void {
  port.on("message", (task: TaskMessage) => {
    const processed = processDocument(jobInputOf(task), settings);
    // A message is copied whole: pieces still to be rendered are rendered here.
    const result = processed.ok ? { ...processed, pieces: [...processed.pieces] } : processed;
    const message: WorkerMessage = { kind: "result", id: task.id, result };
    port.postMessage(message);
  });
  // Imports are done by now: the pool starts the timeout clock only from here on.
  port.postMessage({ kind: "ready" } satisfies WorkerMessage);
}

/** The task's input, its bytes taken from the message so that they go once decoded ({@link takeBytes}). */
function jobInputOf(task: TaskMessage): JobInput {
  const taken = takeBytes(task.input);
  // Structured clone turns a Buffer into a plain Uint8Array; iconv-lite wants a Buffer (a view, no copy).
  return { ...task.input, bytes: Buffer.from(taken.buffer, taken.byteOffset, taken.byteLength) };
}

if (parentPort) serve(parentPort, workerData as JobSettings);
