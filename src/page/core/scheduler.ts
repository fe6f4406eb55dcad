/**
 * When page work runs: a short task now and then, yielding to the page in
 * between (`scheduler.yield` where the browser has it), and idle time for work
 * that can wait (the shadow-root search, fetching every food's facts).
 */

/** Lets the page run (input, rendering) before the next slice of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits for idle time; resolves with how long the next step may run (ms, at most half of `sliceMs`). */
export function whenIdle(sliceMs: number): Promise<number> {
  return new Promise((resolve) => {
    const ric = (
      globalThis as {
        requestIdleCallback?: (
          cb: (d: { timeRemaining(): number }) => void,
          o?: { timeout: number },
        ) => number;
      }
    ).requestIdleCallback;
    if (ric) {
      ric(
        (d) => {
          const left = d.timeRemaining();
          resolve(Number.isFinite(left) ? Math.max(2, Math.min(sliceMs / 2, left)) : sliceMs / 2);
        },
        { timeout: 2000 },
      );
    } else setTimeout(() => resolve(sliceMs / 2), 50);
  });
}

/** The longest synchronous stretch of work, kept for the session's statistics. */
export class WorkClock {
  longest = 0;

  /** Records a stretch of work that began at `started`; returns its length (ms). */
  took(started: number): number {
    const ms = performance.now() - started;
    if (ms > this.longest) this.longest = ms;
    return ms;
  }
}
