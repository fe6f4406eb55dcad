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
 * chase each other. Each scan is drained in slices that yield to the page, its
 * badges inserted together (./drain.ts). Open shadow roots are looked for
 * when the page is idle; once the page has named a food, the facts of all
 * foods are fetched (in idle time, or as soon as the screen's badges of a long
 * page are in), so later changes get their badges at once.
 */
import type { Prefs, SiteRules } from '../../prefs/schema';
import type { Detection } from '../detector';
import { BadgeLayer } from './badge-layer';
import { PageChanges } from './changes';
import { type DrainSession, drain, FLUSH_WORK_MS } from './drain';
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

  const drainSession: DrainSession = {
    doc,
    chunkMs,
    clock,
    badges,
    stopped: () => stopped,
    untouched: () => pageUntouched,
    firstBadges: () => {
      const first = firstBadges;
      firstBadges = false;
      return first;
    },
    sliced: () => {
      counters.scans++;
    },
    ready,
    prepare,
    flush,
    changed: () => ctx.changed(),
    screenIn: () => {
      if (!prefetched && deps.detector.foods) void prefetch(deps.detector.foods, true);
    },
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
    // A whole page: what the screen shows first, the rest in one flush; a changed part: as its work goes.
    await drain(
      drainSession,
      deps.detector.cursor(roots, fresh),
      full ? Number.POSITIVE_INFINITY : FLUSH_WORK_MS,
    );
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

  /** Reads the page's structured data and tells the features. */
  function readStructure() {
    structure.read();
    for (const f of features) f.structureRead?.();
  }

  /**
   * Fetches the facts of every food the detector knows, once (see Detector.foods): in idle time, or at once
   * (`now`) when a long page's scan goes on after the screen's badges.
   */
  async function prefetch(ids: readonly string[], now = false) {
    prefetched = true;
    prefetching = true;
    if (!now) await whenIdle(chunkMs);
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
