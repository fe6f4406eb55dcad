/**
 * One scan of the page session, drained (./engine.ts starts it): the scan runs in slices that yield to the
 * page; each slice scans for about `chunkMs`, then prepares badges with what is left of it, and the badges go
 * in together. On a whole page, those of what the screen shows go in once the scan (in document order, top
 * first) is past its bottom, and only those; then the rest when the scan ends. On a changed part, those of its
 * first slice at once, then after FLUSH_WORK_MS of work and when the scan ends. A flush goes in in slices of
 * FLUSH_SLICE_MS shown together: each flush makes the page lay itself out and paint again in its next frame,
 * which on a very large page costs more than the badges (half a second with 20,000 products), so the first
 * scan of a whole page costs it two such frames. While the background looks up the facts of foods just found,
 * a whole-page scan goes on.
 */
import type { Detection, ScanCursor } from '../detector';
import type { BadgeLayer } from './badge-layer';
import { type WorkClock, yieldToPage } from './scheduler';

/**
 * On a long scan of a changed part of the page, the badges built so far are inserted after this much work (ms
 * of slices, not wall time: the frames a flush causes must not make the next flush come sooner). On the
 * first scan of a whole page, after what is on screen got its badges, the rest go in when the scan ends.
 */
export const FLUSH_WORK_MS = 150;
/**
 * On the first scan of a whole page, the badges of what the page shows go in once the scan is past the bottom
 * of the screen, or after this much work (ms) if it is not yet (a very dense page, or no layout to read).
 */
const SCREEN_WORK_MS = 100;
/** Time for one slice of badge insertion (ms): under the 50 ms of a long task, with room to spare. */
const FLUSH_SLICE_MS = 30;
/** Detections waiting for a badge past which the scan pauses until they are prepared. */
const BACKLOG = 2000;

/** What a drain needs from its session. */
export interface DrainSession {
  readonly doc: Document;
  /** Time for one slice of the scan (ms). */
  readonly chunkMs: number;
  readonly clock: WorkClock;
  readonly badges: BadgeLayer;
  /** Whether the session ended. */
  stopped(): boolean;
  /** True until the session's first badges go in: the page's layout is then most likely up to date. */
  untouched(): boolean;
  /** True once, for the session's first badges (their numbers are formatted for the first time). */
  firstBadges(): boolean;
  /** A slice of the scan was taken (for the statistics). */
  sliced(): void;
  /** Loads what the waiting detections need: true at once when all is there, else a promise (false: ended). */
  ready(backlog: readonly Detection[]): true | Promise<boolean>;
  /** Builds badges for `detections` until `deadline`; returns how many it went through. */
  prepare(detections: readonly Detection[], deadline: number): number;
  /** Inserts the badges built so far (as many as fit before `deadline`); true when none is left waiting. */
  flush(deadline?: number): boolean;
  /** Tells the features that badges changed. */
  changed(): void;
  /**
   * The screen's badges are in and the scan goes on below: the page lays itself out again now (on a very
   * large page for most of a second), time in which the facts the rest of the page needs can be fetched.
   */
  screenIn(): void;
}

/**
 * Scans what `cursor` walks in slices, prepares the badges of what it finds and inserts them: when the scan
 * ends, and after `flushWorkMs` of work on a long one. False when the session ended meanwhile.
 */
export async function drain(s: DrainSession, cursor: ScanCursor, flushWorkMs: number): Promise<boolean> {
  let backlog: Detection[] = [];
  let workSinceFlush = 0;
  /** A whole page's first flush waits until the scan is past what the page shows (see pastScreen). */
  let screenFirst = flushWorkMs === Number.POSITIVE_INFINITY;
  /** Work after which the badges built so far go in: at once on a changed part, at the end on a whole page. */
  let flushAfter = screenFirst ? flushWorkMs : s.chunkMs;
  /** The block of the last detection found. */
  let lastBlock: Element | null = null;
  /** The scan has gone past the screen (or worked SCREEN_WORK_MS): it waits until those badges are in. */
  let screenDone = false;
  /** Found below the screen before the screen's badges are in: prepared after them. */
  let belowScreen: Detection[] = [];
  while (!s.stopped()) {
    let started = performance.now();
    if (!cursor.done && backlog.length < BACKLOG && !(screenFirst && screenDone)) {
      const more = cursor.next(started + s.chunkMs);
      if (more.length > 0) {
        backlog = backlog.length > 0 ? backlog.concat(more) : more;
        lastBlock = (more[more.length - 1] as Detection).block;
        if (screenFirst && !screenDone && s.untouched() && pastScreen(s.doc, lastBlock)) {
          // Past the screen's bottom: what the screen shows goes in first, what lies below waits.
          screenDone = true;
          const below = firstBelowScreen(s.doc, backlog);
          belowScreen = backlog.slice(below);
          backlog = backlog.slice(0, below);
        }
      }
    }
    s.sliced();
    const loaded = s.ready(backlog);
    if (loaded !== true) {
      workSinceFlush += s.clock.took(started);
      // A scan whose badges wait for its end goes on while the background answers (the lookup is asked
      // once; the next slices find it under way), until it ends or has enough waiting.
      if (
        !screenFirst &&
        flushAfter === Number.POSITIVE_INFINITY &&
        !cursor.done &&
        backlog.length < BACKLOG
      ) {
        loaded.catch(() => {});
        await yieldToPage();
        continue;
      }
      // The background answers asynchronously: the wait is not main-thread work.
      if (!(await loaded)) return false;
      started = performance.now();
    }
    if (backlog.length > 0 && s.firstBadges()) {
      if (performance.now() - started > 1) {
        // The first badges format numbers for the first time (Intl loads its data): a slice of their own.
        workSinceFlush += s.clock.took(started);
        await yieldToPage();
        if (s.stopped()) return false;
        started = performance.now();
      }
    }
    const used = s.prepare(backlog, started + s.chunkMs);
    backlog = used >= backlog.length ? [] : backlog.slice(used);
    workSinceFlush += s.clock.took(started);
    const finished = cursor.done && backlog.length === 0 && belowScreen.length === 0;
    // What the page shows first: on a whole page, once the scan has gone past the screen's bottom (or has
    // worked for SCREEN_WORK_MS), the badges found so far are built and go in.
    if (screenFirst && !screenDone)
      screenDone = workSinceFlush >= SCREEN_WORK_MS || (s.untouched() && pastScreen(s.doc, lastBlock));
    const onScreen = screenFirst && screenDone && backlog.length === 0;
    // Nothing to show on the screen: the scan goes on, its badges wait for its end.
    if (onScreen && s.badges.waiting === 0) screenFirst = false;
    if (
      finished ||
      (onScreen && s.badges.waiting > 0) ||
      (workSinceFlush >= flushAfter && s.badges.waiting > 0) ||
      workSinceFlush >= flushWorkMs
    ) {
      const screen = screenFirst && !finished;
      screenFirst = false;
      // A flush gets a slice of its own, unless this one was short.
      if (performance.now() - started > s.chunkMs) {
        await yieldToPage();
        if (s.stopped()) return false;
      }
      // Inserting makes the page lay itself out again in the next frame, which on a large page costs far
      // more than the insertion: a long flush goes in large slices, so in few frames.
      let all = s.flush(performance.now() + FLUSH_SLICE_MS);
      while (!all && !s.stopped()) {
        await yieldToPage();
        if (s.stopped()) return false;
        all = s.flush(performance.now() + FLUSH_SLICE_MS);
      }
      // A flush of several slices went in hidden: it is shown at once, in a task of its own.
      if (s.badges.hidden > 0) {
        await yieldToPage();
        if (s.stopped()) return false;
        const shownAt = performance.now();
        s.badges.showWaiting();
        s.clock.took(shownAt);
        s.changed();
      }
      workSinceFlush = 0;
      flushAfter = flushWorkMs;
      if (finished) return true;
      if (screen) s.screenIn();
    }
    // The screen's part is over: what was found below it is prepared next.
    if (!screenFirst && belowScreen.length > 0) {
      backlog = belowScreen.concat(backlog);
      belowScreen = [];
    }
    await yieldToPage();
  }
  return false;
}

/** The index of the first detection whose block lies below the screen (their length when none does). */
function firstBelowScreen(doc: Document, detections: readonly Detection[]): number {
  let block: Element | null = null;
  for (let i = 0; i < detections.length; i++) {
    const d = detections[i] as Detection;
    if (d.block === block) continue;
    block = d.block;
    if (pastScreen(doc, block)) return i;
  }
  return detections.length;
}

/**
 * Whether `block` lies below the bottom of the screen. Read only before K2 Lens has changed the page
 * (DrainSession.untouched): the page's layout is then most likely up to date, so the read costs no layout (later, a
 * read could make a large page lay itself out at once).
 */
function pastScreen(doc: Document, block: Element | null): boolean {
  const height = doc.defaultView?.innerHeight ?? 0;
  return block !== null && height > 0 && block.getBoundingClientRect().top > height;
}
