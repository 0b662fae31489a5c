/**
 * A pool of worker threads for batches. Loaded with `import()` only when a
 * batch needs it, so a one-file run never pays for it. A worker holds its next
 * task while it works on one, so it never waits for the main thread between two
 * documents. A task that runs past `--timeout-per-file` fails and its worker is
 * terminated and replaced; the task it held goes to the next worker.
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
  /** The task it works on, then the one it holds next; the worker takes them in this order. */
  tasks: Task[];
  /** The clock of the task it works on. */
  timer: NodeJS.Timeout | null;
}

/** The worker script, next to this module in dist/cli/. */
const WORKER_URL = new URL("./worker.js", import.meta.url);

/** Milliseconds per second. */
const MS_PER_SECOND = 1000;

/**
 * Tasks a worker holds at once: the one it works on and the next. With one only, each
 * worker sat idle between two documents for the round trip of the result and the next
 * task through the main thread, which is busy reading inputs and writing outputs.
 */
const TASKS_PER_WORKER = 2;

/** Starts `size` workers. */
export function startPool(options: PoolOptions): Pool {
  return new WorkerPool(options);
}

/** Workers, the tasks waiting for them, and the timeouts of the running ones. */
class WorkerPool implements Pool {
  private readonly queue: Task[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i += 1) this.slots.push(this.spawn());
  }

  /** Queues a document and resolves with its result. */
  run(input: JobInput): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, resolve });
      this.dispatch();
    });
  }

  /** Terminates every worker; queued and running tasks resolve as cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    const cancelled: JobResult = { ok: false, reason: "cancelled" };
    for (const task of this.queue.splice(0)) task.resolve(cancelled);
    const exits = this.slots.splice(0).map((slot) => {
      this.settle(slot, cancelled);
      for (const task of slot.tasks.splice(0)) task.resolve(cancelled);
      slot.worker.removeAllListeners();
      return slot.worker.terminate();
    });
    await Promise.all(exits);
  }

  /** Hands queued tasks to ready workers with room for one. */
  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.tasks.length < TASKS_PER_WORKER && this.queue.length > 0) {
        const task = this.queue.shift()!;
        slot.tasks.push(task);
        const message: TaskMessage = { id: task.id, input: task.input };
        if (slot.tasks.length === 1) {
          const { bytes, transfer } = transferable(task.input.bytes);
          slot.worker.postMessage({ ...message, input: { ...task.input, bytes } }, transfer);
          this.startClock(slot);
        } else {
          // Copied, not transferred: if the worker is lost before it gets to this task, the task
          // goes back to the queue with its bytes.
          slot.worker.postMessage(message);
        }
      }
    }
  }

  /** Starts the clock of the task the slot's worker works on, if there is one and a timeout. */
  private startClock(slot: Slot): void {
    const seconds = this.options.timeoutSeconds;
    if (seconds > 0 && slot.tasks.length > 0)
      slot.timer = setTimeout(() => this.timeOut(slot), seconds * MS_PER_SECOND);
  }

  /** Ends the task a slot's worker works on with a result; the worker goes on to the next it holds. */
  private settle(slot: Slot, result: JobResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.tasks.shift()?.resolve(result);
  }

  /** A task ran too long: fail it, and replace the worker, which is still busy with it. */
  private timeOut(slot: Slot): void {
    this.fail(slot, `took longer than ${this.options.timeoutSeconds} s (--timeout-per-file)`);
  }

  /**
   * The worker is lost (a timeout, a crash, an exit): the task it worked on fails with the
   * reason, the one it held goes back to the head of the queue, and a fresh worker takes its place.
   */
  private fail(slot: Slot, reason: string): void {
    this.settle(slot, { ok: false, reason });
    this.queue.unshift(...slot.tasks.splice(0));
    this.replace(slot);
  }

  /** Terminates a slot's worker and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!this.closed) this.slots[index] = this.spawn();
    this.dispatch();
  }

  /** Starts one worker and wires its messages. */
  private spawn(): Slot {
    // Own stdio: by default each worker pipes into the parent's stdout and stderr, adding listeners
    // there, and at nine workers every write warned MaxListenersExceededWarning, even with --quiet.
    const worker = new Worker(WORKER_URL, { workerData: this.options.settings, stdout: true, stderr: true });
    worker.stdout.resume(); // a worker prints nothing; drain it all the same
    worker.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    const slot: Slot = { worker, ready: false, tasks: [], timer: null };
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "ready") slot.ready = true;
      else {
        this.settle(slot, message.result);
        this.startClock(slot);
      }
      this.dispatch();
    });
    // A crash (out of memory, a bug outside processDocument) fails the task at hand only.
    worker.on("error", (error: Error) => this.fail(slot, `internal error: ${error.message}`));
    worker.on("exit", (code) => this.fail(slot, `worker stopped (exit code ${code})`));
    return slot;
  }
}

/** The bytes in a buffer of their own, which can be transferred instead of copied. */
function transferable(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const own =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
      ? bytes
      : new Uint8Array(bytes); // a slice of Node's shared pool: copy it, transferring would detach the pool
  return { bytes: own, transfer: [own.buffer as ArrayBuffer] };
}
