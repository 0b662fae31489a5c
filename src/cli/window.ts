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
}

/** A started item's result, with its position for ordering. */
interface Finished<R> {
  index: number;
  result: R;
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
  const finished = new Map<number, R>();
  const arrival: number[] = [];
  let started = 0;
  let consumed = 0;
  let producing = true;
  let stopped = false;
  let failure: { error: unknown } | null = null;
  // Producer and consumer may both be parked: every change wakes all waiters.
  let waiters: Array<() => void> = [];
  const notify = (): void => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  const waitForChange = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));

  /** Starts items while the window has room. */
  const produce = async (): Promise<void> => {
    for await (const item of items) {
      while (!stopped && started - consumed >= options.size) await waitForChange();
      if (stopped) break;
      const index = started++;
      work(item).then(
        (result) => finish({ index, result }),
        (error: unknown) => {
          failure ??= { error };
          notify();
        },
      );
      notify();
    }
  };
  const finish = ({ index, result }: Finished<R>): void => {
    finished.set(index, result);
    if (!options.ordered) arrival.push(index);
    notify();
  };
  /** The next result to consume, if there is one yet. */
  const take = (): Finished<R> | null => {
    const index = options.ordered ? consumed : arrival[0];
    if (index === undefined || !finished.has(index)) return null;
    const result = finished.get(index)!;
    finished.delete(index);
    if (!options.ordered) arrival.shift();
    return { index, result };
  };

  const producer = produce().then(
    () => {
      producing = false;
      notify();
    },
    (error: unknown) => {
      producing = false;
      failure ??= { error };
      notify();
    },
  );
  try {
    while (!stopped && !failure) {
      const next = take();
      if (next) {
        const keepGoing = await consume(next.result);
        consumed += 1;
        if (!keepGoing) stopped = true;
        notify();
      } else if (!producing && consumed === started) break;
      else await waitForChange();
    }
  } finally {
    // Whether done, stopped or failed: release a producer waiting for room.
    stopped = true;
    notify();
  }
  if (failure) throw (failure as { error: unknown }).error;
  // The producer may be parked on a source that never ends (stdin left open): do not wait for it then.
  if (!producing) await producer;
}
