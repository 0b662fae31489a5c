/**
 * A pool of worker threads for batches. Loaded with `import()` only when a
 * batch needs it, so a one-file run never pays for it. Each task's bytes are
 * transferred to a worker; a task that runs past `--timeout-per-file` fails and
 * its worker is terminated and replaced.
 */
import { Worker } from "node:worker_threads";
import type { JobInput, JobResult, JobSettings } from "./job.js";
import type { TaskMessage, WorkerMessage } from "./worker.js";

/** Runs documents on worker threads. */
export interface Pool {
  /** Processes one document; never rejects (failures are results). */
  run(input: JobInput): Promise<JobResult>;
  /** Terminates every worker; tasks still waiting resolve as failures. */
  close(): Promise<void>;
}

/** Pool settings. */
export interface PoolOptions {
  size: number;
  settings: JobSettings;
  /** Seconds one document may take; 0 for no limit. */
  timeoutSeconds: number;
}

/** A task waiting for, or running on, a worker. */
interface Task {
  id: number;
  input: JobInput;
  resolve: (result: JobResult) => void;
}

/** One worker and what it is doing. */
interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** The worker script, next to this module in dist/cli/. */
const WORKER_URL = new URL("./worker.js", import.meta.url);

/** Milliseconds per second. */
const MS_PER_SECOND = 1000;

/** Starts `size` workers. */
export function startPool(options: PoolOptions): Pool {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  /** Hands queued tasks to idle, ready workers. */
  const dispatch = (): void => {
    for (const slot of slots) {
      if (!slot.ready || slot.task || queue.length === 0) continue;
      const task = queue.shift()!;
      slot.task = task;
      const { bytes, transfer } = transferable(task.input.bytes);
      slot.worker.postMessage({ id: task.id, input: { ...task.input, bytes } } satisfies TaskMessage, transfer);
      if (options.timeoutSeconds > 0) slot.timer = setTimeout(() => timeOut(slot), options.timeoutSeconds * MS_PER_SECOND);
    }
  };

  /** Ends a slot's task with a result and frees the slot. */
  const settle = (slot: Slot, result: JobResult): void => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(result);
  };

  /** A task ran too long: fail it, and replace the worker that is still busy with it. */
  const timeOut = (slot: Slot): void => {
    settle(slot, { ok: false, reason: `took longer than ${options.timeoutSeconds} s (--timeout-per-file)` });
    replace(slot);
  };

  /** Terminates a slot's worker and puts a fresh one in its place. */
  const replace = (slot: Slot): void => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!closed) slots[index] = spawn();
    dispatch();
  };

  /** Starts one worker and wires its messages. */
  const spawn = (): Slot => {
    const worker = new Worker(WORKER_URL, { workerData: options.settings });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "ready") slot.ready = true;
      else settle(slot, message.result);
      dispatch();
    });
    // A crash (out of memory, a bug outside processDocument) fails the task at hand only.
    worker.on("error", (error: Error) => {
      settle(slot, { ok: false, reason: `internal error: ${error.message}` });
      replace(slot);
    });
    worker.on("exit", (code) => {
      settle(slot, { ok: false, reason: `worker stopped (exit code ${code})` });
      replace(slot);
    });
    return slot;
  };

  for (let i = 0; i < options.size; i += 1) slots.push(spawn());

  return {
    run(input) {
      return new Promise((resolve) => {
        queue.push({ id: nextId++, input, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.resolve({ ok: false, reason: "cancelled" });
      const workers = slots.splice(0).map((slot) => {
        settle(slot, { ok: false, reason: "cancelled" });
        slot.worker.removeAllListeners();
        return slot.worker.terminate();
      });
      await Promise.all(workers);
    },
  };
}

/** The bytes in a buffer of their own, which can be transferred instead of copied. */
function transferable(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const own =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
      ? bytes
      : new Uint8Array(bytes); // a slice of Node's shared pool: copy it, transferring would detach the pool
  return { bytes: own, transfer: [own.buffer as ArrayBuffer] };
}
