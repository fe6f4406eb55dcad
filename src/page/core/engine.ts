/**
 * The page session's core: scans the document in slices that yield to the
 * page, hands what it finds to the page features, inserts their badges
 * together, keeps them right while the page changes, and owns the session's
 * lifetime (`stop()`, or the abort signal, removes everything K2 Lens added).
 *
 * Incremental scanning: one MutationObserver per document and per open shadow
 * root (./changes.ts); a block whose text did not change is never scanned
 * twice, and a block whose badges the page keeps removing is left alone after
 * a few tries (./badge-layer.ts), so a re-rendering page and K2 Lens never
 * chase each other. Each slice scans for about `chunkMs`, then prepares badges
 * with what is left of it. Badges go in together: on a whole page, those of
 * what the screen shows once the scan (in document order, top first) is past
 * its bottom, then the rest when the scan ends; on a changed part, those of
 * its first slice at once, then after FLUSH_WORK_MS of work and when the scan
 * ends. A flush goes in in slices of FLUSH_SLICE_MS shown
 * together: each flush makes the page lay itself out and paint again in its
 * next frame, which on a very large page costs more than the badges (half a
 * second with 20,000 products), so the first scan of a whole page costs it
 * two such frames. While the background looks up the facts of foods just
 * found, a whole-page scan goes on. Open shadow roots are looked for
 * when the page is idle; once the page has named a food, the facts of all
 * foods are fetched in idle time, so later changes get their badges at once.
 */
import type { Prefs, SiteRules } from '../../prefs/schema';
import type { Detection, ScanCursor } from '../detector';
import { BadgeLayer } from './badge-layer';
import { PageChanges } from './changes';
import { FoodFacts } from './facts';
import {
  type BadgeFeature,
  FoundFoods,
  isBadgeFeature,
  type PageContext,
  type PageFeature,
  type SessionDeps,
} from './feature';
import { WorkClock, whenIdle, yieldToPage } from './scheduler';
import { ShadowRootFinder } from './shadow-roots';
import { PageStructure } from './structure';

/**
 * On a long scan of a changed part of the page, the badges built so far are inserted after this much work (ms
 * of slices, not wall time: the frames a flush causes must not make the next flush come sooner). On the
 * first scan of a whole page, after what is on screen got its badges, the rest go in when the scan ends.
 */
const FLUSH_WORK_MS = 150;
/**
 * On the first scan of a whole page, the badges of what the page shows go in once the scan is past the bottom
 * of the screen, or after this much work (ms) if it is not yet (a very dense page, or no layout to read).
 */
const SCREEN_WORK_MS = 100;
/** Time for one slice of badge insertion (ms): under the 50 ms of a long task, with room to spare. */
const FLUSH_SLICE_MS = 30;
/** Detections waiting for a badge past which the scan pauses until they are prepared. */
const BACKLOG = 2000;

export interface PageSession {
  /** Forget what was scanned and scan the page again (SPA navigation). */
  reset(): void;
  setPrefs(prefs: Prefs): void;
  setRules(rules: SiteRules): void;
  stop(): void;
  /** Resolves when no work is pending (tests and the benchmark). */
  idle(): Promise<void>;
  stats(): SessionStats;
}

export interface SessionStats {
  badges: number;
  /** Work slices run (scan and badge preparation). */
  scans: number;
  fullRescans: number;
  /** Times badges were inserted into the page. */
  flushes: number;
  /** The longest synchronous stretch of one slice, flush or shadow-root search, in ms. */
  longestChunkMs: number;
  /** performance.now() when scanning and badge insertion last finished (idle-time work may follow). */
  scannedAt: number;
}

export function startEngine(doc: Document, deps: SessionDeps, features: readonly PageFeature[]): PageSession {
  let prefs = deps.prefs;
  let rules = deps.rules;
  let stopped = false;
  const chunkMs = deps.chunkMs ?? 8;
  const controller = new AbortController();
  const clock = new WorkClock();
  const counters = { scans: 0, fullRescans: 0, scannedAt: 0 };
  const badgeFeatures = features.filter(isBadgeFeature);

  /** block → the generation and the text it had when scanned (the block's own text string, not a copy) */
  const scannedText = new WeakMap<Element, { generation: number; text: string }>();
  let generation = 0;
  const toSearch: Node[] = [];
  const shadowSeen = new WeakSet<ShadowRoot>();
  let searching = false;
  let prefetched = false;
  let prefetching = false;
  let scheduled = false;
  let prepared = false;
  let firstBadges = true;
  /** True until the first badges go in. */
  let pageUntouched = true;
  let pruneAt = 256;
  let idleWaiters: (() => void)[] = [];

  /** Whether the extension is still there; stops the session when it is not. */
  const alive = (): boolean => {
    if (stopped) return false;
    if (deps.isValid && !deps.isValid()) {
      stop();
      return false;
    }
    return true;
  };

  const changes = new PageChanges({
    alive,
    badgeRemoved(host) {
      const block = badges.removedByPage(host);
      if (!block) return;
      scannedText.delete(block);
      changes.queue.add(block);
    },
    queued: (now) => schedule(now),
  });
  const badges = new BadgeLayer(doc, changes);
  const facts = new FoodFacts(deps.lookup, () => stopped);
  const structure = new PageStructure(doc);
  const found = new FoundFoods();
  const listeners: (() => void)[] = [];

  const ctx: PageContext = {
    doc,
    deps,
    signal: controller.signal,
    prefs: () => prefs,
    rules: () => rules,
    hidden: () => rules.hiddenFoods[deps.host] ?? [],
    disabled: () => rules.disabledHosts.includes(deps.host),
    alive,
    facts,
    structure,
    badges,
    found,
    changed: () => {
      for (const l of listeners) l();
    },
    onChanged: (l) => listeners.push(l),
  };
  for (const f of features) f.start(ctx);

  const busy = () => scheduled || searching || prefetching || changes.pending || toSearch.length > 0;

  const settle = () => {
    if (busy()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  function schedule(now = false) {
    if (scheduled || stopped) return;
    scheduled = true;
    if (now && prepared) void work();
    else void yieldToPage().then(work);
  }

  /** The badge feature of a detection (food or supplement). */
  const ownerOf = (d: Detection): BadgeFeature | undefined => badgeFeatures.find((f) => f.accepts(d));

  /**
   * Loads what the waiting detections need (their foods' facts…): true at once when all is there, else a
   * promise, false when the session ended meanwhile.
   */
  const ready = (backlog: readonly Detection[]): true | Promise<boolean> => {
    const waits: Promise<boolean>[] = [];
    for (const f of badgeFeatures) {
      const mine = backlog.filter((d) => f.accepts(d));
      if (mine.length === 0) continue;
      const r = f.ready(mine);
      if (r !== true) waits.push(r);
    }
    return waits.length === 0 ? true : Promise.all(waits).then((all) => all.every(Boolean));
  };

  /** Builds badges (not inserted yet) for `detections` until `deadline`; returns how many it went through. */
  const prepare = (detections: readonly Detection[], deadline: number): number => {
    let i = 0;
    for (; i < detections.length; i++) {
      // A badge costs ~20 µs, its first model far more (number formatting): the clock is read every time.
      if (i > 0 && performance.now() >= deadline) break;
      const d = detections[i] as Detection;
      if (!d.block.isConnected || !d.endNode.isConnected) continue;
      ownerOf(d)?.prepare(d);
    }
    return i;
  };

  const flush = (deadline?: number): boolean => {
    const started = performance.now();
    pageUntouched = false;
    const all = badges.flush(deadline);
    clock.took(started);
    ctx.changed();
    return all;
  };

  async function work() {
    if (!alive()) return;
    if (!prepared) {
      prepared = true;
      const steps = deps.detector.prepare?.();
      while (steps && !stopped) {
        const started = performance.now();
        const step = steps.next();
        clock.took(started);
        if (step.done) break;
        await yieldToPage();
      }
      if (!alive()) return;
      // The page's structured data (a recipe, product weights) once the matcher is ready, in a task of its
      // own: reading it (its scripts, its microdata) queries the whole document.
      await yieldToPage();
      if (!alive()) return;
      readStructure();
      await yieldToPage();
      if (!alive()) return;
    }
    const roots: Node[] = [];
    let full = false;
    if (changes.fullRescan) {
      changes.fullRescan = false;
      changes.queue.clear();
      counters.fullRescans++;
      full = true;
      roots.push(doc.body ?? doc.documentElement);
    } else {
      // A node whose parent is queued too is scanned with it (a list and its items added at once).
      for (const node of changes.queue)
        if (!(node.parentNode && changes.queue.has(node.parentNode))) roots.push(node);
      changes.queue.clear();
    }
    for (const r of roots) if (r.nodeType !== 3) toSearch.push(r);
    const fresh = {
      isFresh: (block: Element, text: string) => {
        const last = scannedText.get(block);
        return last === undefined || last.generation !== generation || last.text !== text;
      },
      markScanned: (block: Element, text: string) => scannedText.set(block, { generation, text }),
    };
    // What is on screen first: the scan walks the page in document order, top first; on a whole page the
    // badges of what the screen shows go in once the scan is past its bottom, the rest in one flush when the
    // scan ends (each flush makes a large page lay itself out again).
    await drain(deps.detector.cursor(roots, fresh), full ? Number.POSITIVE_INFINITY : FLUSH_WORK_MS);
    // Left over after a failed lookup: whatever was built still goes in.
    if (!stopped && badges.waiting > 0) flush();
    if (!stopped) badges.showWaiting();
    scheduled = false;
    counters.scannedAt = performance.now();
    if (badges.placed.size + found.size > pruneAt) {
      badges.prune();
      found.prune();
      pruneAt = Math.max(256, 2 * (badges.placed.size + found.size));
    }
    if (!prefetched && found.size > 0 && deps.detector.foods) void prefetch(deps.detector.foods);
    if (changes.pending) schedule();
    else if (toSearch.length > 0) void search();
    else settle();
  }

  /**
   * Scans what `cursor` walks in slices, prepares the badges of what it finds and inserts them: when the scan
   * ends, and after `flushWorkMs` of work on a long one. False when the session ended meanwhile.
   */
  async function drain(cursor: ScanCursor, flushWorkMs: number): Promise<boolean> {
    let backlog: Detection[] = [];
    let workSinceFlush = 0;
    /** A whole page's first flush waits until the scan is past what the page shows (see pastScreen). */
    let screenFirst = flushWorkMs === Number.POSITIVE_INFINITY;
    /** Work after which the badges built so far go in: at once on a changed part, at the end on a whole page. */
    let flushAfter = screenFirst ? flushWorkMs : chunkMs;
    /** The block of the last detection found. */
    let lastBlock: Element | null = null;
    /** The scan has gone past the screen (or worked SCREEN_WORK_MS): it waits until those badges are in. */
    let screenDone = false;
    /** Found below the screen before the screen's badges are in: prepared after them. */
    let belowScreen: Detection[] = [];
    while (!stopped) {
      let started = performance.now();
      if (!cursor.done && backlog.length < BACKLOG && !(screenFirst && screenDone)) {
        const more = cursor.next(started + chunkMs);
        if (more.length > 0) {
          backlog = backlog.length > 0 ? backlog.concat(more) : more;
          lastBlock = (more[more.length - 1] as Detection).block;
          if (screenFirst && !screenDone && pageUntouched && pastScreen(lastBlock)) {
            // Past the screen's bottom: what the screen shows goes in first, what lies below waits.
            screenDone = true;
            const below = firstBelowScreen(backlog);
            belowScreen = backlog.slice(below);
            backlog = backlog.slice(0, below);
          }
        }
      }
      counters.scans++;
      const loaded = ready(backlog);
      if (loaded !== true) {
        workSinceFlush += clock.took(started);
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
      if (firstBadges && backlog.length > 0) {
        firstBadges = false;
        if (performance.now() - started > 1) {
          // The first badges format numbers for the first time (Intl loads its data): a slice of their own.
          workSinceFlush += clock.took(started);
          await yieldToPage();
          if (stopped) return false;
          started = performance.now();
        }
      }
      const used = prepare(backlog, started + chunkMs);
      backlog = used >= backlog.length ? [] : backlog.slice(used);
      workSinceFlush += clock.took(started);
      const finished = cursor.done && backlog.length === 0 && belowScreen.length === 0;
      // What the page shows first: on a whole page, once the scan has gone past the screen's bottom (or has
      // worked for SCREEN_WORK_MS), the badges found so far are built and go in.
      if (screenFirst && !screenDone)
        screenDone = workSinceFlush >= SCREEN_WORK_MS || (pageUntouched && pastScreen(lastBlock));
      const onScreen = screenFirst && screenDone && backlog.length === 0;
      // Nothing to show on the screen: the scan goes on, its badges wait for its end.
      if (onScreen && badges.waiting === 0) screenFirst = false;
      if (!screenFirst && belowScreen.length > 0) {
        backlog = belowScreen.concat(backlog);
        belowScreen = [];
      }
      if (
        finished ||
        (onScreen && badges.waiting > 0) ||
        (workSinceFlush >= flushAfter && badges.waiting > 0) ||
        workSinceFlush >= flushWorkMs
      ) {
        screenFirst = false;
        // A flush gets a slice of its own, unless this one was short.
        if (performance.now() - started > chunkMs) {
          await yieldToPage();
          if (stopped) return false;
        }
        // Inserting makes the page lay itself out again in the next frame, which on a large page costs far
        // more than the insertion: a long flush goes in large slices, so in few frames.
        let all = flush(performance.now() + FLUSH_SLICE_MS);
        while (!all && !stopped) {
          await yieldToPage();
          if (stopped) return false;
          all = flush(performance.now() + FLUSH_SLICE_MS);
        }
        // A flush of several slices went in hidden: it is shown at once, in a task of its own.
        if (badges.hidden > 0) {
          await yieldToPage();
          if (stopped) return false;
          const shownAt = performance.now();
          badges.showWaiting();
          clock.took(shownAt);
          ctx.changed();
        }
        workSinceFlush = 0;
        flushAfter = flushWorkMs;
        if (finished) return true;
        if (belowScreen.length > 0) {
          backlog = belowScreen.concat(backlog);
          belowScreen = [];
        }
      }
      await yieldToPage();
    }
    return false;
  }

  /** The index of the first detection whose block lies below the screen (their length when none does). */
  function firstBelowScreen(detections: readonly Detection[]): number {
    let block: Element | null = null;
    for (let i = 0; i < detections.length; i++) {
      const d = detections[i] as Detection;
      if (d.block === block) continue;
      block = d.block;
      if (pastScreen(block)) return i;
    }
    return detections.length;
  }

  /**
   * Whether `block` lies below the bottom of the screen. Read only before K2 Lens has changed the page
   * (pageUntouched): the page's layout is then most likely up to date, so the read costs no layout (later, a
   * read could make a large page lay itself out at once).
   */
  function pastScreen(block: Element | null): boolean {
    const height = doc.defaultView?.innerHeight ?? 0;
    return block !== null && height > 0 && block.getBoundingClientRect().top > height;
  }

  /** Reads the page's structured data and tells the features. */
  function readStructure() {
    structure.read();
    for (const f of features) f.structureRead?.();
  }

  /** Fetches the facts of every food the detector knows, once, in idle time (see Detector.foods). */
  async function prefetch(ids: readonly string[]) {
    prefetched = true;
    prefetching = true;
    await whenIdle(chunkMs);
    if (!stopped) await facts.resolve(ids);
    prefetching = false;
    settle();
  }

  /** Looks for open shadow roots under the roots scanned so far, in idle time; found ones are observed and scanned. */
  async function search() {
    if (searching || stopped) return;
    searching = true;
    const finder = new ShadowRootFinder(toSearch.splice(0), shadowSeen);
    while (!stopped && !finder.done) {
      const budget = await whenIdle(chunkMs);
      if (stopped) break;
      const started = performance.now();
      for (const root of finder.next(started + budget)) {
        changes.observe(root);
        changes.queue.add(root);
      }
      clock.took(started);
    }
    searching = false;
    if (stopped) return;
    if (changes.pending) schedule();
    else if (toSearch.length > 0) void search();
    else settle();
  }

  /** Preferences or site rules changed: badges and features follow. */
  const refresh = () => {
    // Features first (they drop what they built under the old preferences), then their badges.
    for (const f of features) f.refresh?.();
    badges.refresh();
  };

  function fullRescanAll() {
    // A new generation makes every block fresh again, so every block is matched once more.
    generation++;
    changes.fullRescan = true;
    schedule();
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    changes.disconnect();
    badges.clear();
    controller.abort();
    for (const w of idleWaiters) w();
    idleWaiters = [];
  }

  deps.signal?.addEventListener('abort', stop, { once: true });

  const start = () => {
    if (ctx.disabled()) return;
    changes.observe(doc);
    changes.fullRescan = true;
    schedule();
  };
  start();

  return {
    reset() {
      if (stopped) return;
      found.clear();
      for (const f of features) f.reset?.();
      if (prepared) readStructure();
      fullRescanAll();
    },
    setPrefs(next) {
      const grew =
        next.categories.some((c) => !prefs.categories.includes(c)) ||
        next.minK2 < prefs.minK2 ||
        (next.textMentions && !prefs.textMentions);
      prefs = next;
      refresh();
      // Blocks skipped before may now get badges.
      if (grew) fullRescanAll();
    },
    setRules(next) {
      const wasDisabled = ctx.disabled();
      const shown = new Set(ctx.hidden());
      rules = next;
      refresh();
      if (wasDisabled && !ctx.disabled()) {
        fullRescanAll();
        start();
      } else if (!ctx.disabled() && [...shown].some((id) => !ctx.hidden().includes(id))) {
        // A food was shown again: its mentions need badges.
        fullRescanAll();
      }
    },
    stop,
    idle() {
      if (stopped || !busy()) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    stats: () => ({
      badges: badges.inserted,
      scans: counters.scans,
      fullRescans: counters.fullRescans,
      flushes: badges.flushes,
      longestChunkMs: clock.longest,
      scannedAt: counters.scannedAt,
    }),
  };
}
