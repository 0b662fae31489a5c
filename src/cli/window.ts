/**
 * A bounded in-flight window: items are started while fewer than `size` are
 * started-but-not-consumed, and results are consumed one at a time, in input
 * order or as they complete. A slow consumer (stdout backpressure) therefore
 * stops the producer, and memory holds at most `size` inputs and outputs.
 */

/** How the window runs. */
export interface WindowOptions {
  size: number;
  /** Consume in input order (else in completion order). */
  ordered: boolean;
  /** Stops the window when aborted (an interrupt): nothing more is started or consumed. */
  signal?: AbortSignal;
}

/**
 * Runs `work` over `items` with at most `size` in flight and hands each result
 * to `consume`; stops early when `consume` returns false.
 */
export async function runWindow<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  work: (item: T) => Promise<R>,
  consume: (result: R) => Promise<boolean>,
  options: WindowOptions,
): Promise<void> {
  await new Window(work, consume, options).run(items);
}

/** The state shared by the producer (starting items) and the consumer (taking results). */
class Window<T, R> {
  private readonly finished = new Map<number, R>();
  /** Indexes in completion order (unordered mode only). */
  private readonly arrival: number[] = [];
  private started = 0;
  private consumed = 0;
  private producing = true;
  private stopped = false;
  private failure: { error: unknown } | null = null;
  // Producer and consumer may both be parked: every change wakes all waiters.
  private waiters: Array<() => void> = [];

  constructor(
    private readonly work: (item: T) => Promise<R>,
    private readonly consume: (result: R) => Promise<boolean>,
    private readonly options: WindowOptions,
  ) {}

  /** Produces and consumes until the items are done, the consumer stops, or work fails. */
  async run(items: AsyncIterable<T> | Iterable<T>): Promise<void> {
    const stop = (): void => {
      this.stopped = true;
      this.notify();
    };
    this.options.signal?.addEventListener("abort", stop, { once: true });
    if (this.options.signal?.aborted) stop();
    const producer = this.produce(items).then(
      () => this.endProducing(null),
      (error: unknown) => this.endProducing({ error }),
    );
    try {
      await this.consumeAll();
    } finally {
      // Whether done, stopped or failed: release a producer waiting for room.
      this.options.signal?.removeEventListener("abort", stop);
      this.stopped = true;
      this.notify();
    }
    if (this.failure) throw this.failure.error;
    // The producer may be parked on a source that never ends (stdin left open): do not wait for it then.
    if (!this.producing) await producer;
  }

  /** Starts items while the window has room. */
  private async produce(items: AsyncIterable<T> | Iterable<T>): Promise<void> {
    for await (const item of items) {
      while (!this.stopped && this.started - this.consumed >= this.options.size) await this.waitForChange();
      if (this.stopped) break;
      const index = this.started++;
      this.work(item).then(
        (result) => this.finish(index, result),
        (error: unknown) => this.fail(error),
      );
      this.notify();
    }
  }

  /** Hands results to the consumer one at a time, as they become due. */
  private async consumeAll(): Promise<void> {
    while (!this.stopped && !this.failure) {
      const next = this.take();
      if (next !== null) {
        const keepGoing = await this.consume(next);
        this.consumed += 1;
        if (!keepGoing) this.stopped = true;
        this.notify();
      } else if (!this.producing && this.consumed === this.started) return;
      else await this.waitForChange();
    }
  }

  /** Records a finished item. */
  private finish(index: number, result: R): void {
    this.finished.set(index, result);
    if (!this.options.ordered) this.arrival.push(index);
    this.notify();
  }

  /** Records the first failure of a work item or of the source. */
  private fail(error: unknown): void {
    this.failure ??= { error };
    this.notify();
  }

  /** Notes that the source is done (or failed). */
  private endProducing(failure: { error: unknown } | null): void {
    this.producing = false;
    if (failure) this.fail(failure.error);
    this.notify();
  }

  /** The next result to consume, or null when it is not finished yet. */
  private take(): R | null {
    const index = this.options.ordered ? this.consumed : this.arrival[0];
    if (index === undefined || !this.finished.has(index)) return null;
    const result = this.finished.get(index)!;
    this.finished.delete(index);
    if (!this.options.ordered) this.arrival.shift();
    return result;
  }

  /** Wakes every waiter. */
  private notify(): void {
    const woken = this.waiters;
    this.waiters = [];
    for (const resolve of woken) resolve();
  }

  /** Resolves at the next change of state. */
  private waitForChange(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
