/**
 * Work done in steps: a generator that yields between steps (so a page script
 * can run each in a task of its own) and returns its result at the end.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result (for callers without a page to yield to). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
