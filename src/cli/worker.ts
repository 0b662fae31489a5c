/**
 * A worker thread of the pool: receives one document's bytes at a time
 * (transferred, not copied), answers with the rendered output.
 */
import { parentPort, workerData } from "node:worker_threads";
import { processDocument, type JobInput, type JobSettings } from "./job.js";

/** A task from the pool. */
export interface TaskMessage {
  id: number;
  input: JobInput;
}

/** What the worker posts: ready once its modules are loaded, then one result per task. */
export type WorkerMessage =
  { kind: "ready" } | { kind: "result"; id: number; result: ReturnType<typeof processDocument> };

/** Answers every task with its result. */
function serve(port: NonNullable<typeof parentPort>, settings: JobSettings): void {
  port.on("message", (task: TaskMessage) => {
    // Structured clone turns a Buffer into a plain Uint8Array; iconv-lite wants a Buffer (a view, no copy).
    const bytes = Buffer.from(task.input.bytes.buffer, task.input.bytes.byteOffset, task.input.bytes.byteLength);
    const result = processDocument({ ...task.input, bytes }, settings);
    const message: WorkerMessage = { kind: "result", id: task.id, result };
    port.postMessage(message);
  });
  // Imports are done by now: the pool starts the timeout clock only from here on.
  port.postMessage({ kind: "ready" } satisfies WorkerMessage);
}

if (parentPort) serve(parentPort, workerData as JobSettings);
