/**
 * The benchmark's page script: bundled at bench time (esbuild) from the
 * product's own code — the page session, the detector and the matcher of
 * src/page and src/match, the search and the IndexedDB seeding of src/data —
 * and injected into each measured page as `globalThis.k2bench`.
 *
 * Every figure is measured in the page with performance.now(); the pages are
 * served cross-origin isolated, so the clock is precise to a few µs.
 */
import { Dexie } from 'dexie';
import Mark from 'mark.js';
import { dataset } from '../../src/data/dataset';
import { K2Database, seedDataset } from '../../src/data/db';
import { buildSearchIndex, type SearchIndex, searchIndex } from '../../src/data/search-index';
import type { Food, Source } from '../../src/data/types';
import { foldString, getMatcher, type Matcher, termsByFood } from '../../src/match';
import { portionsWithFallback } from '../../src/nutrition/quantity';
import { createDetector } from '../../src/page/scan-detector';
import { type PageSession, startPageSession } from '../../src/page/session';
import { DEFAULT_PREFS, DEFAULT_SITE_RULES } from '../../src/prefs/schema';

const now = () => performance.now();

/** Runs `fn` once, or as often as needed to fill `minMs`; returns the mean time of one run. */
function timed<T>(fn: () => T, minMs: number): { ms: number; value: T; runs: number } {
  let runs = 0;
  let value: T;
  const start = now();
  let elapsed = 0;
  do {
    value = fn();
    runs++;
    elapsed = now() - start;
  } while (elapsed < minMs);
  return { ms: elapsed / runs, value, runs };
}

/** The floor: a bare TreeWalker pass over every text node, reading its text. */
function walk(root: Node): { nodes: number; chars: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += (n as Text).data.length;
    nodes++;
  }
  return { nodes, chars };
}

/** K2 Lens's scan of the whole page: a new detector (as on a page load) over the body, no rendering. */
function scan(root: Node, matcher: Matcher = getMatcher()): { detections: number } {
  const cursor = createDetector(matcher).cursor([root], {
    isFresh: () => true,
    markScanned: () => {},
  });
  let detections = 0;
  while (!cursor.done) detections += cursor.next(Number.POSITIVE_INFINITY).length;
  return { detections };
}

const foodsById = new Map<string, Food>(dataset.foods.map((f) => [f.id, f]));
const allSources: Record<string, Source> = Object.fromEntries(dataset.sources.map((s) => [s.id, s]));
const measuresOf = portionsWithFallback(dataset);

let session: PageSession | null = null;

function startSession(): PageSession {
  return startPageSession(document, {
    detector: createDetector(getMatcher()),
    // The background's answer, from the bundled dataset in memory (no messaging).
    async lookup(ids) {
      const foods: Record<string, Food> = {};
      for (const id of ids) {
        const food = foodsById.get(id);
        if (food) foods[id] = food;
      }
      return {
        foods,
        sources: allSources,
        measures: Object.fromEntries(ids.map((id) => [id, measuresOf(id)])),
      };
    },
    intakes: async () => ({ intakes: dataset.intakes, sources: allSources }),
    openEvidence: () => {},
    report: () => {},
    hideFood: () => {},
    disableSite: () => {},
    prefs: DEFAULT_PREFS,
    rules: DEFAULT_SITE_RULES,
    host: location.hostname,
  });
}

const badgeCount = (root: ParentNode) => root.querySelectorAll('k2lens-badge').length;

let searchIdx: SearchIndex | undefined;

export interface Keystroke {
  query: string;
  typed: string;
  ms: number;
  hits: number;
}

export interface MarkjsResult {
  ms: number;
  timedOut: boolean;
  termsDone: number;
  terms: number;
  marks: number;
}

const api = {
  /** Sets the matcher up before the measured runs (its start cost is measured by start-page.ts). */
  prepare(): void {
    foldString('a');
    getMatcher().prefilter();
  },

  walk(minMs = 0) {
    const r = timed(() => walk(document.body), minMs);
    return { ms: r.ms, runs: r.runs, ...r.value };
  },

  scan(minMs = 0) {
    const r = timed(() => scan(document.body), minMs);
    return { ms: r.ms, runs: r.runs, ...r.value };
  },

  /** One scan with the matcher's `find` timed: how much of the scan is matching. */
  scanMatchShare() {
    const m: Matcher = getMatcher();
    const find = m.find;
    let calls = 0;
    let findMs = 0;
    // The shared matcher's `find`, timed for this one scan.
    m.find = (text, options) => {
      calls++;
      const t = now();
      const mentions = find.call(m, text, options);
      findMs += now() - t;
      return mentions;
    };
    try {
      const t = now();
      const { detections } = scan(document.body, m);
      return { ms: now() - t, findCalls: calls, findMs, detections };
    } finally {
      delete (m as { find?: unknown }).find;
    }
  },

  /**
   * The real session with the in-memory lookup: time from its start until it
   * finished scanning and inserting badges (it then goes on with idle-time
   * work — the shadow-root search, fetching food facts ahead — which is
   * awaited but not counted). The session is kept for `append`.
   */
  async render(keep = false) {
    session?.stop();
    const t = now();
    const s = startSession();
    await s.idle();
    const stats = s.stats();
    const ms = stats.scannedAt - t;
    const badges = badgeCount(document);
    if (keep) session = s;
    else s.stop();
    return { ms, badges, longestChunkMs: stats.longestChunkMs, chunks: stats.scans, flushes: stats.flushes };
  },

  /** Appends tiles to `#more` under the running session; time until it scanned them and inserted their badges. */
  async append(html: string) {
    if (!session) throw new Error('no running session: call render(true) first');
    const list = document.getElementById('more') as HTMLElement;
    const before = list.children.length;
    list.insertAdjacentHTML('beforeend', html);
    const t = now();
    // The observer's callback is a microtask queued by the insertion, ahead of this one.
    await Promise.resolve();
    await session.idle();
    const ms = session.stats().scannedAt - t;
    let badges = 0;
    for (let i = before; i < list.children.length; i++) badges += badgeCount(list.children[i] as Element);
    return { ms, badges, tiles: list.children.length - before };
  },

  stop() {
    session?.stop();
    session = null;
  },

  /** Every lexicon term (all foods, all languages), as written. */
  lexiconTerms(): string[] {
    return [...termsByFood().values()].flat();
  },

  /**
   * mark.js marking `terms` (deduplicated, longest first, one keyword after the
   * other: what `mark(array)` does) until done or `timeoutMs`; the time counts
   * only mark.js's own work.
   */
  async markjs(terms: string[], timeoutMs: number): Promise<MarkjsResult> {
    const list = [...new Set(terms.filter((t) => t.trim()))].sort((a, b) => b.length - a.length);
    const instance = new Mark(document.body);
    let ms = 0;
    let marks = 0;
    let done = 0;
    let sinceYield = 0;
    for (const term of list) {
      if (ms >= timeoutMs) break;
      const t = now();
      instance.mark(term, {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: true,
        each: () => {
          marks++;
        },
      });
      const took = now() - t;
      ms += took;
      sinceYield += took;
      done++;
      // Let the browser breathe between keywords (not counted).
      if (sinceYield > 500) {
        sinceYield = 0;
        await new Promise((r) => setTimeout(r, 0));
      }
    }
    return { ms, timedOut: done < list.length, termsDone: done, terms: list.length, marks };
  },

  /** Popup search: every query typed letter by letter; each keystroke timed as the median of `reps` runs. */
  search(queries: string[], reps: number): { buildMs: number; keystrokes: Keystroke[] } {
    const t = now();
    searchIdx ??= buildSearchIndex(dataset.foods, termsByFood());
    const buildMs = now() - t;
    const index = searchIdx;
    const keystrokes: Keystroke[] = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        if (typed.trim() === '' || typed.endsWith(' ')) continue;
        const times: number[] = [];
        let hits = 0;
        for (let r = 0; r < reps; r++) {
          const s = now();
          hits = searchIndex(index, typed, 20).length;
          times.push(now() - s);
        }
        times.sort((a, b) => a - b);
        keystrokes.push({ query, typed, ms: times[Math.floor(times.length / 2)] as number, hits });
      }
    }
    return { buildMs, keystrokes };
  },

  /** Seeds the whole dataset into a fresh IndexedDB database (opening included); ms per run. */
  async seed(reps: number): Promise<number[]> {
    const out: number[] = [];
    for (let r = 0; r < reps; r++) {
      const name = `k2bench-seed-${r}-${Math.round(now())}`;
      const db = new K2Database(name);
      const t = now();
      const outcome = await seedDataset(db, dataset);
      out.push(now() - t);
      if (outcome !== 'seeded') throw new Error(`seeding ${name}: ${outcome}`);
      db.close();
      await Dexie.delete(name);
    }
    return out;
  },

  crossOriginIsolated: () => globalThis.crossOriginIsolated === true,
  foods: () => dataset.foods.length,
};

export type BenchApi = typeof api;

(globalThis as unknown as { k2bench: BenchApi }).k2bench = api;
