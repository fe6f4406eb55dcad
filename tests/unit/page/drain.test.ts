// @vitest-environment happy-dom
/**
 * A scan drained by itself, with a session made of plain functions: what goes in the screen's batch, when
 * badges are flushed, and that a session that ends stops the drain.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BadgeLayer } from '../../../src/page/core/badge-layer';
import { type DrainSession, drain, FLUSH_WORK_MS } from '../../../src/page/core/drain';
import { WorkClock } from '../../../src/page/core/scheduler';
import type { Detection, ScanCursor } from '../../../src/page/detector';

/** A detection of `block` (only what the drain reads). */
const detection = (block: Element): Detection =>
  ({
    foodId: 'gouda',
    text: 'Gouda',
    block,
    endNode: block.firstChild,
    lineText: 'Gouda',
    spans: [],
    index: 0,
  }) as unknown as Detection;

/** A cursor that hands over one slice of detections per call. */
function cursorOf(slices: Detection[][]): ScanCursor {
  const left = [...slices];
  return {
    get done() {
      return left.length === 0;
    },
    next: () => left.shift() ?? [],
  };
}

/** A session whose every detection becomes a waiting badge; records the batches flushed. */
function sessionOf(options: { slowFirstSlice?: boolean; lookupEnds?: boolean } = {}) {
  let waiting: Detection[] = [];
  const batches: string[][] = [];
  /** How many batches were in each time the session heard that the screen's badges are in. */
  const screenIns: number[] = [];
  let untouched = true;
  let first = true;
  const badges = {
    get waiting() {
      return waiting.length;
    },
    hidden: 0,
    showWaiting() {},
  } as unknown as BadgeLayer;
  const session: DrainSession = {
    doc: document,
    chunkMs: 8,
    clock: new WorkClock(),
    badges,
    stopped: () => false,
    untouched: () => untouched,
    firstBadges: () => {
      const was = first;
      first = false;
      return was;
    },
    sliced: () => {},
    // The background answers "the session ended" when asked.
    ready: () => (options.lookupEnds ? Promise.resolve(false) : true),
    prepare(detections) {
      if (options.slowFirstSlice && batches.length === 0 && waiting.length === 0) {
        // A slice of work longer than `chunkMs`.
        const until = performance.now() + 12;
        while (performance.now() < until);
      }
      waiting = waiting.concat(detections);
      return detections.length;
    },
    flush() {
      untouched = false;
      batches.push(waiting.map((d) => d.block.id));
      waiting = [];
      return true;
    },
    changed: () => {},
    screenIn: () => {
      screenIns.push(batches.length);
    },
  };
  return { session, batches, screenIns };
}

const rect = Element.prototype.getBoundingClientRect;
afterEach(() => {
  Element.prototype.getBoundingClientRect = rect;
});

describe('drain', () => {
  it('on a whole page, puts in what the screen shows first, then the rest when the scan ends', async () => {
    document.body.innerHTML = ['a', 'b', 'c', 'd'].map((id) => `<h3 id="${id}">Gouda</h3>`).join('');
    // "a" is on the screen; the others lie below it.
    Element.prototype.getBoundingClientRect = function (this: Element) {
      return new DOMRect(0, this.id === 'a' ? 100 : 5000, 100, 20);
    };
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id) as Element);
    const { session, batches, screenIns } = sessionOf();
    // One slice finds a (on screen) and b, c (below); the next one d.
    const cursor = cursorOf([[a, b, c].map((el) => detection(el as Element)), [detection(d as Element)]]);
    expect(await drain(session, cursor, Number.POSITIVE_INFINITY)).toBe(true);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
    // Told once, right after the screen's batch, while the scan goes on.
    expect(screenIns).toEqual([1]);
  });

  it('on a changed part, puts in what it built once a slice of work is done, the rest when the scan ends', async () => {
    document.body.innerHTML = '<p id="a">Gouda</p><p id="b">Gouda</p>';
    const [a, b] = ['a', 'b'].map((id) => detection(document.getElementById(id) as Element));
    const { session, batches } = sessionOf({ slowFirstSlice: true });
    expect(await drain(session, cursorOf([[a as Detection], [b as Detection]]), FLUSH_WORK_MS)).toBe(true);
    expect(batches).toEqual([['a'], ['b']]);
    // Quick work: all in one flush when the scan ends.
    const quick = sessionOf();
    expect(await drain(quick.session, cursorOf([[a as Detection], [b as Detection]]), FLUSH_WORK_MS)).toBe(
      true,
    );
    expect(quick.batches).toEqual([['a', 'b']]);
    // No screen's batch on a changed part.
    expect(quick.screenIns).toEqual([]);
  });

  it('stops when the session ends while the background looks up foods, without putting anything in', async () => {
    document.body.innerHTML = '<p id="a">Gouda</p>';
    const a = detection(document.getElementById('a') as Element);
    const { session, batches } = sessionOf({ lookupEnds: true });
    expect(await drain(session, cursorOf([[a]]), FLUSH_WORK_MS)).toBe(false);
    expect(batches).toEqual([]);
  });
});
