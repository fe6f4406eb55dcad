/**
 * `npm run bench`: K2 Lens against the floor (a bare text walk) and against
 * mark.js, in real Chromium, on synthetic grocery pages and the recipe corpus,
 * plus the extension's own costs (longest task during a real load, append,
 * popup search, IndexedDB seeding, bundle size, heap). Prints a table and the
 * budgets; `--json` prints one JSON object instead. Exits 1 when a budget is
 * missed.
 *
 * Options: --json, --quick (fewer repetitions, 20 recipe pages, shorter
 * mark.js run), --reps N, --recipes N (0: none), --markjs-timeout MS (at
 * least 1100 × the scan, so the 1000× budget can be shown),
 * --tiles SMALL,LARGE, --no-build (use the existing .output build),
 * --no-extension (skip the runs with the built extension), --table FILE
 * (print the table of a saved --json run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { dataset } from '../../src/data/dataset';
import { BUILD_DIR, chromiumPath, launch, ROOT } from '../e2e/harness';
import { bundleInPage } from './bundle';
import { foodNamesOf, groceryPage, type PageOptions, tilesHtml } from './generate';
import type { BenchApi, Keystroke } from './in-page';
import {
  type BudgetResult,
  budgets,
  formatBudget,
  median,
  num,
  percentile,
  type Ratio,
  ratio,
  table,
} from './report';
import { serveBench } from './serve';
import type { StartApi } from './start-page';
import { extensionTasks, type Frame, type ScriptStart, scriptStart, type TraceEvent } from './trace';

declare const k2bench: BenchApi;
declare const k2start: StartApi;

interface Options {
  json: boolean;
  reps: number;
  recipes: number;
  markjsTimeoutMs: number;
  tiles: [number, number];
  build: boolean;
  extension: boolean;
  quick: boolean;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const tiles = (value('--tiles') ?? '2000,20000').split(',').map(Number) as [number, number];
  return {
    json: argv.includes('--json'),
    quick,
    reps: Number(value('--reps') ?? (quick ? 3 : 7)),
    recipes: Number(value('--recipes') ?? (quick ? 20 : Number.POSITIVE_INFINITY)),
    markjsTimeoutMs: Number(value('--markjs-timeout') ?? (quick ? 5_000 : 20_000)),
    tiles,
    build: !argv.includes('--no-build'),
    extension: !argv.includes('--no-extension'),
  };
}

const opts = parseOptions(process.argv.slice(2));
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const SEED = 7;
const RECIPES_DIR = resolve(process.env.K2_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'recipes'));
/** Real queries, typed letter by letter (two with typos). */
const QUERIES = [
  'gouda',
  'parmesan',
  'emmentaler',
  'gruyère',
  'kimchee',
  'sauerkraut',
  'crème fraîche',
  'manchego',
  'natto',
  'ziegenkäse',
  'mozzarella di bufala',
  'skyr',
  'camembert',
  'roquefort',
  'greek yogurt',
  'halloumi',
  'chedar',
  'kefir',
];

const foods = foodNamesOf(dataset.foods);

/**
 * Page init script of the real-load run: esbuild's name helper (functions
 * passed to evaluate may use it), the Long Tasks API and the Long Animation
 * Frames API (counting scripts from chrome-extension://).
 */
const OBSERVE_LONG_TASKS = `
globalThis.__name ??= (f) => f;
window.__perf = { lt: [], loafExt: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const a = (e.attribution || []).map((x) => x.name + '/' + x.containerType).join(',');
    window.__perf.lt.push([e.startTime, e.duration, a]);
  }
}).observe({ type: 'longtask', buffered: true });
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__perf.loafExt += (e.scripts || []).filter((x) => x.sourceURL.startsWith('chrome-extension://')).length;
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
`;
/** Page init script of the start runs: a user timing mark when the first badge is inserted (the trace holds it). */
const MARK_FIRST_BADGE = `
new MutationObserver((records, observer) => {
  for (const r of records)
    for (const n of r.addedNodes)
      if (n.nodeType === 1 && (n.localName === 'k2lens-badge' || n.querySelector('k2lens-badge'))) {
        performance.mark('k2lens-first-badge');
        observer.disconnect();
        return;
      }
}).observe(document, { childList: true, subtree: true });
`;
/**
 * Page init script of the untraced loads: the load event's time and the time when `want` badges are in the
 * page and shown (none waiting hidden for the rest of its flush), both read with the page's own clock. The
 * observer starts once the document is parsed (observing the parse of 20,000 tiles would slow the load) and
 * counts only when a badge came or stopped waiting.
 */
const timeAllBadges = (want: number) => `
window.__k2all = { load: 0, all: 0 };
addEventListener('load', () => { window.__k2all.load = performance.now(); });
document.addEventListener('DOMContentLoaded', () => {
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => r.type === 'attributes' || [...r.addedNodes].some((n) => n.nodeType === 1))) return;
    if (document.querySelectorAll('k2lens-badge:not([data-k2lens-waiting])').length < ${want}) return;
    window.__k2all.all = performance.now();
    observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-k2lens-waiting'] });
});
`;
const pageOptions = (tiles: number): PageOptions => ({ seed: SEED, tiles, foods });

// ── helpers ────────────────────────────────────────────────────────────────

async function open(ctx: BrowserContext, url: string, script: string, timeout = 300_000): Promise<Page> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    // The load event can hang on a refused subresource; the parsed document is what is measured.
    await page.waitForLoadState('load', { timeout: Math.min(timeout, 10_000) }).catch(() => {});
  } catch (err) {
    await page.close();
    throw err;
  }
  // Functions passed to evaluate may carry esbuild's name helper.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.addScriptTag({ content: script });
  return page;
}

const gc = (page: Page) => page.evaluate('globalThis.gc?.()');

interface PageFigures {
  name: string;
  tiles?: number;
  textNodes: number;
  chars: number;
  walkMs: number;
  scanMs: number;
  renderMs: number;
  detections: number;
  badges: number;
  /** Matcher share of one scan. */
  findCalls: number;
  findMs: number;
  scanOnceMs: number;
  longestChunkMs: number;
  appendMs?: number;
  /** Badges in each appended batch. */
  appendBadges: number[];
  markjs?: { ms: number; timedOut: boolean; termsDone: number; terms: number; marks: number };
  ratios: { scanWalk: number; renderWalk: number; markjsScan?: Ratio };
}

async function measureGrocery(
  ctx: BrowserContext,
  origin: string,
  script: string,
  tiles: number,
  withMarkjs: boolean,
) {
  log(`grocery page, ${tiles} tiles`);
  const page = await open(ctx, `${origin}/grocery-${tiles}.html`, script);
  await page.evaluate(() => k2bench.prepare());
  // Warm-up: one of each (JIT), not counted.
  await page.evaluate(() => k2bench.walk());
  await page.evaluate(() => k2bench.scan());
  const walks: number[] = [];
  const scans: number[] = [];
  let nodes = { nodes: 0, chars: 0 };
  let detections = 0;
  for (let r = 0; r < opts.reps; r++) {
    await gc(page);
    const w = await page.evaluate(() => k2bench.walk());
    await gc(page);
    const s = await page.evaluate(() => k2bench.scan());
    walks.push(w.ms);
    scans.push(s.ms);
    nodes = { nodes: w.nodes, chars: w.chars };
    detections = s.detections;
  }
  await gc(page);
  const share = await page.evaluate(() => k2bench.scanMatchShare());
  const renders: number[] = [];
  let badges = 0;
  let longestChunkMs = 0;
  for (let r = 0; r < Math.max(3, Math.ceil(opts.reps / 2)); r++) {
    await gc(page);
    const out = await page.evaluate(() => k2bench.render());
    renders.push(out.ms);
    badges = out.badges;
    longestChunkMs = Math.max(longestChunkMs, out.longestChunkMs);
  }
  // Append: 100 tiles after load under a running session, until their badges exist.
  await page.evaluate(() => k2bench.render(true));
  const appends: number[] = [];
  const appendBadges: number[] = [];
  for (let r = 0; r < opts.reps; r++) {
    const html = tilesHtml(pageOptions(tiles), tiles + r * 100, 100);
    await page.waitForTimeout(50);
    const out = await page.evaluate((h) => k2bench.append(h), html);
    appends.push(out.ms);
    appendBadges.push(out.badges);
  }
  await page.evaluate(() => k2bench.stop());
  await page.close();

  const walkMs = median(walks);
  const scanMs = median(scans);
  const renderMs = median(renders);
  const fig: PageFigures = {
    name: `grocery ${tiles.toLocaleString('en-US')} tiles`,
    tiles,
    textNodes: nodes.nodes,
    chars: nodes.chars,
    walkMs,
    scanMs,
    renderMs,
    detections,
    badges,
    findCalls: share.findCalls,
    findMs: share.findMs,
    scanOnceMs: share.ms,
    longestChunkMs,
    appendMs: median(appends),
    appendBadges,
    ratios: { scanWalk: scanMs / walkMs, renderWalk: renderMs / walkMs },
  };
  if (withMarkjs) {
    // Long enough to show the 1000× budget either way (mark.js takes minutes for the whole lexicon).
    const timeout = Math.min(180_000, Math.max(opts.markjsTimeoutMs, Math.ceil(1100 * scanMs)));
    log(`mark.js on ${tiles} tiles (stops at ${num(timeout / 1000)} s)`);
    const mpage = await open(ctx, `${origin}/grocery-${tiles}.html`, script);
    const terms = await mpage.evaluate(() => k2bench.lexiconTerms());
    const m = await mpage.evaluate(([t, ms]) => k2bench.markjs(t, ms), [terms, timeout] as const);
    await mpage.close();
    fig.markjs = m;
    fig.ratios.markjsScan = ratio(m.ms, scanMs, m.timedOut);
  }
  return fig;
}

interface RecipeFigures {
  pages: number;
  textNodes: number;
  walkMs: number;
  scanMs: number;
  renderMs: number;
  detections: number;
  badges: number;
  scanWalk: number;
  renderWalk: number;
  /** Pages whose walk took at least 0.2 ms: their scan/walk ratios. */
  ratioMedian: number;
  ratioP90: number;
  /** Pages the per-page ratios are taken over. */
  ratioPages: number;
  worst: { page: string; scanWalk: number } | null;
}

async function measureRecipes(
  ctx: BrowserContext,
  origin: string,
  script: string,
): Promise<RecipeFigures | null> {
  if (!existsSync(RECIPES_DIR) || opts.recipes <= 0) return null;
  const files = readdirSync(RECIPES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const chosen = files.slice(0, Math.min(files.length, opts.recipes));
  log(`recipe corpus: ${chosen.length} pages from ${RECIPES_DIR}`);
  const reps = 3;
  const rows: {
    page: string;
    nodes: number;
    walk: number;
    scan: number;
    render: number;
    det: number;
    badges: number;
  }[] = [];
  for (const [i, file] of chosen.entries()) {
    if (i % 50 === 0) log(`  ${i}/${chosen.length}`);
    let page: Page;
    try {
      page = await open(ctx, `${origin}/recipes/${file}`, script, 30_000);
    } catch (err) {
      log(`  skipped ${file}: ${String(err).split('\n')[0]}`);
      continue;
    }
    // Warm-up (JIT) on this page's copy of the code, not counted.
    await page.evaluate(() => k2bench.walk(20));
    await page.evaluate(() => k2bench.scan(50));
    const walks: number[] = [];
    const scans: number[] = [];
    const renders: number[] = [];
    let nodes = 0;
    let det = 0;
    let badges = 0;
    // Each run alone after a full collection, as on the grocery pages: a page is scanned once after its
    // load, when neither its text strings nor its node wrappers exist in the script's world yet.
    for (let r = 0; r < reps; r++) {
      await gc(page);
      const w = await page.evaluate(() => k2bench.walk());
      await gc(page);
      const s = await page.evaluate(() => k2bench.scan());
      const out = await page.evaluate(() => k2bench.render());
      walks.push(w.ms);
      scans.push(s.ms);
      renders.push(out.ms);
      nodes = w.nodes;
      det = s.detections;
      badges = out.badges;
    }
    await page.close();
    rows.push({
      page: file,
      nodes,
      walk: median(walks),
      scan: median(scans),
      render: median(renders),
      det,
      badges,
    });
  }
  const sum = (f: (r: (typeof rows)[0]) => number) => rows.reduce((a, r) => a + f(r), 0);
  const measurable = rows.filter((r) => r.walk > 0);
  const ratios = measurable.map((r) => r.scan / r.walk);
  const worstRow = measurable.reduce<(typeof rows)[0] | null>(
    (w, r) => (!w || r.scan / r.walk > w.scan / w.walk ? r : w),
    null,
  );
  const walkMs = sum((r) => r.walk);
  return {
    pages: rows.length,
    textNodes: sum((r) => r.nodes),
    walkMs,
    scanMs: sum((r) => r.scan),
    renderMs: sum((r) => r.render),
    detections: sum((r) => r.det),
    badges: sum((r) => r.badges),
    scanWalk: sum((r) => r.scan) / walkMs,
    renderWalk: sum((r) => r.render) / walkMs,
    ratioMedian: median(ratios),
    ratioP90: percentile(ratios, 90),
    ratioPages: ratios.length,
    worst: worstRow ? { page: worstRow.page, scanWalk: worstRow.scan / worstRow.walk } : null,
  };
}

interface SearchFigures {
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
  worst: string;
  buildMs: number;
}

async function measureSearchAndSeed(ctx: BrowserContext, origin: string, script: string) {
  log('popup search and IndexedDB seeding');
  const page = await open(ctx, `${origin}/blank.html`, script);
  // Warm-up run (JIT), then the measured one.
  await page.evaluate((q) => k2bench.search(q, 1), QUERIES);
  const s = await page.evaluate(([q, reps]) => k2bench.search(q, reps), [QUERIES, 9] as const);
  const times = s.keystrokes.map((k: Keystroke) => k.ms);
  const worst = s.keystrokes.reduce((a: Keystroke, b: Keystroke) => (b.ms > a.ms ? b : a));
  const search: SearchFigures = {
    keystrokes: times.length,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    worstMs: worst.ms,
    worst: `"${worst.typed}"`,
    buildMs: s.buildMs,
  };
  await page.evaluate(() => k2bench.seed(1));
  const seeds = await page.evaluate((n) => k2bench.seed(n), Math.max(3, opts.reps));
  await page.close();
  return { search, seedMs: median(seeds), seedRuns: seeds };
}

interface StartFigures {
  /** Runs, each in a fresh page. */
  runs: number;
  /** Parsing, compiling and evaluating the matcher's bundle (src/match and its data), median. */
  evaluateMs: number;
  /** Set-up, medians: see StartApi.setUp. */
  foldTableMs: number;
  matcherMs: number;
  prefilterMs: number;
  findMs: number;
  /** The whole set-up (first fold to first find), median and each run. */
  setUpMs: number;
  setUpRuns: number[];
  /** Evaluation and set-up, median. */
  totalMs: number;
  /** Size of the matcher's bundle. */
  bytes: number;
  gzipBytes: number;
}

/**
 * The matcher's start cost, cold, in fresh pages: its bundle evaluated (from an
 * inline script: parse, compile, top-level code; a comment of its own each time, so
 * no compilation cache helps), then its set-up.
 */
async function measureStart(ctx: BrowserContext, origin: string, script: string): Promise<StartFigures> {
  log('matcher start (fresh pages)');
  const evaluations: number[] = [];
  const setUps: Awaited<ReturnType<StartApi['setUp']>>[] = [];
  const runs = opts.quick ? 5 : 11;
  for (let r = 0; r < runs; r++) {
    const page = await ctx.newPage();
    await page.goto(`${origin}/blank.html`, { waitUntil: 'load' });
    await page.evaluate('globalThis.__name ??= (f) => f');
    const ms = await page.evaluate((code) => {
      const el = document.createElement('script');
      el.textContent = code;
      const t = performance.now();
      document.head.append(el);
      return performance.now() - t;
    }, `${script}\n//${r}-${Date.now()}`);
    evaluations.push(ms);
    setUps.push(await page.evaluate(() => k2start.setUp()));
    await page.close();
  }
  const med = (f: (x: (typeof setUps)[number]) => number) => median(setUps.map(f));
  const totals = setUps.map((x) => x.totalMs);
  return {
    runs,
    evaluateMs: median(evaluations),
    foldTableMs: med((x) => x.foldTableMs),
    matcherMs: med((x) => x.matcherMs),
    prefilterMs: med((x) => x.prefilterMs),
    findMs: med((x) => x.findMs),
    setUpMs: median(totals),
    setUpRuns: totals,
    totalMs: median(setUps.map((x, i) => x.totalMs + (evaluations[i] as number))),
    bytes: Buffer.byteLength(script),
    gzipBytes: gzipSync(script, { level: 9 }).length,
  };
}

interface ExtensionFigures {
  /** The built content script on the 2,000-tile page: its evaluation, and from its start to the first badge (medians). */
  start: { loads: number; evaluateMs: number; toFirstBadgeMs: number; runs: ScriptStart[] };
  loadMs: number;
  badgesAfterMs: number;
  /** Untraced loads: the load event → all badges shown, timed in the page (median, each). */
  shownAfterLoadMs: number;
  shownAfterLoadRuns: number[];
  /** The toolbar window's first contentful paint, median and each opening. */
  popupFirstPaintMs: number;
  popupFirstPaintRuns: number[];
  /** Median over the traced loads of each load's longest extension task. */
  longestTaskMs: number;
  longestTaskRuns: number[];
  longestTaskEach: { ms: number; frames: string[] }[];
  /** What ran in the longest extension tasks: the most sampled functions, with the code they start at. */
  longestTasks: { ms: number; frames: string[] }[];
  extensionTasks: number;
  extensionTaskMs: number;
  tasksOver50: number;
  otherLongTasks: number;
  otherLongestMs: number;
  longTasksApi: { count: number; longestMs: number; attributions: string[] };
  loafExtensionScripts: number;
  appendMs: number;
  heap: { tiles: number; withKB: number; withoutKB: number; addedKB: number }[];
}

/**
 * One load of `url` in a new page, not traced: from the load event until `want` badges are shown, timed in
 * the page. A trace with the JS sampler slows the page's own work and the extension's alike, so the budget
 * is read from these loads; the traced ones give the tasks.
 */
async function shownLoad(ctx: BrowserContext, url: string, want: number): Promise<number> {
  const page = await ctx.newPage();
  await page.addInitScript({ content: timeAllBadges(want) });
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  await page.waitForFunction(
    () => (window as unknown as { __k2all: { all: number } }).__k2all.all > 0,
    null,
    {
      timeout: 300_000,
      polling: 200,
    },
  );
  const t = (await page.evaluate('window.__k2all')) as { load: number; all: number };
  await page.close();
  return t.all - t.load;
}

/** One load of `url` in a new page, traced from navigation until its badges are in and idle work is done. */
async function tracedLoad(ctx: BrowserContext, url: string, want: number, extensionId: string) {
  const page = await ctx.newPage();
  await page.goto('about:blank');
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReportEvents',
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  const loadMs = Date.now() - started;
  await page.waitForFunction((n) => document.querySelectorAll('k2lens-badge').length >= n, want, {
    timeout: 300_000,
    polling: 100,
  });
  /** From the navigation's start to the last badge (the load event is `loadMs`). */
  const badgesAfterMs = Date.now() - started;
  // Idle-time work (the shadow-root search) comes after the badges.
  await page.waitForTimeout(3000);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const perf = (await page.evaluate('window.__perf')) as { lt: [number, number, string][]; loafExt: number };
  return {
    page,
    loadMs,
    badgesAfterMs,
    perf,
    summary: extensionTasks(events, `chrome-extension://${extensionId}/`),
  };
}

/** One traced load of `url`: the content script's evaluation and its start → first badge. */
async function tracedStart(
  ctx: BrowserContext,
  url: string,
  extensionId: string,
): Promise<ScriptStart | null> {
  const page = await ctx.newPage();
  await page.addInitScript({ content: MARK_FIRST_BADGE });
  await page.goto('about:blank');
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.locator('k2lens-badge').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return scriptStart(
    events,
    `chrome-extension://${extensionId}/content-scripts/content.js`,
    'k2lens-first-badge',
  );
}

async function measureExtension(
  origin: string,
  server: Awaited<ReturnType<typeof serveBench>>,
  expected: Map<number, number>,
  appendExpected: readonly number[],
): Promise<ExtensionFigures> {
  log('the built extension in Chromium');
  const s = await launch({ server });
  try {
    const large = opts.tiles[1];
    // The background seeds its database at start; let it finish on a small page first.
    const warm = await s.context.newPage();
    await warm.goto(`${origin}/warm.html`);
    await warm.locator('k2lens-badge').first().waitFor({ state: 'attached', timeout: 30_000 });
    await warm.close();

    // The content script's start on the 2,000-tile page: its evaluation, and start → first badge.
    const starts: ScriptStart[] = [];
    for (let r = 0; r < (opts.quick ? 3 : 7); r++) {
      const one = await tracedStart(s.context, `${origin}/grocery-${opts.tiles[0]}.html`, s.extensionId);
      if (one) starts.push(one);
    }

    // The toolbar window, opened as a page: its first contentful paint (the page is empty until the UI renders).
    const popupPaints: number[] = [];
    for (let r = 0; r < (opts.quick ? 3 : 7); r++) {
      const popup = await s.extensionPage('popup.html');
      await popup.locator('#search').waitFor();
      await popup.waitForTimeout(100);
      popupPaints.push(
        await popup.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        ),
      );
      await popup.close();
    }

    // Real loads of the large page, untraced: load event → all badges shown, timed in the page.
    const shown: number[] = [];
    for (let r = 0; r < (opts.quick ? 1 : 3); r++)
      shown.push(await shownLoad(s.context, `${origin}/grocery-${large}.html`, expected.get(large) ?? 1));

    // Real loads of the large page, each traced with the JS sampler (for attribution) and observed with the
    // Long Tasks API; the figures are those of the load with the median longest task.
    await s.context.addInitScript({ content: OBSERVE_LONG_TASKS });
    const loads: Awaited<ReturnType<typeof tracedLoad>>[] = [];
    for (let r = 0; r < (opts.quick ? 1 : 3); r++) {
      if (loads.length > 0) await (loads[loads.length - 1] as { page: Page }).page.close();
      loads.push(
        await tracedLoad(
          s.context,
          `${origin}/grocery-${large}.html`,
          expected.get(large) ?? 1,
          s.extensionId,
        ),
      );
    }
    const runs = loads.map((l) => l.summary?.longestExtensionMs ?? Number.NaN);
    // What ran in each load's longest task (an outlier is usually a garbage collection of the page's heap).
    const eachLongest = loads.map((l) => {
      const top = [...(l.summary?.tasks ?? [])].filter((t) => t.extension).sort((a, b) => b.ms - a.ms)[0];
      return { ms: top?.ms ?? Number.NaN, frames: (top?.top ?? []).slice(0, 3).map((f) => describeFrame(f)) };
    });
    const chosen = [...loads].sort(
      (a, b) => (a.summary?.longestExtensionMs ?? 0) - (b.summary?.longestExtensionMs ?? 0),
    )[Math.floor(loads.length / 2)] as (typeof loads)[number];
    const { loadMs, badgesAfterMs, perf, summary } = chosen;
    const page = (loads[loads.length - 1] as (typeof loads)[number]).page;

    // Append with the real extension: 100 tiles, until their badges exist (seen from the page).
    const appends: number[] = [];
    for (let r = 0; r < Math.min(opts.reps, 5); r++) {
      const html = tilesHtml(pageOptions(large), large + r * 100, 100);
      const n = appendExpected[r] ?? 0;
      const ms = await page.evaluate(
        ([h, count]) =>
          new Promise<number>((done) => {
            const list = document.getElementById('more') as HTMLElement;
            const holder = document.createElement('div');
            holder.className = 'batch';
            list.append(holder);
            const t = performance.now();
            const check = () => holder.querySelectorAll('k2lens-badge').length >= count;
            const observer = new MutationObserver(() => {
              if (check()) {
                observer.disconnect();
                done(performance.now() - t);
              }
            });
            observer.observe(holder, { childList: true, subtree: true });
            holder.insertAdjacentHTML('beforeend', h);
            if (count === 0) done(0);
            setTimeout(() => done(Number.NaN), 10_000);
          }),
        [html, n] as const,
      );
      appends.push(ms);
      await page.waitForTimeout(300);
    }
    await page.close();

    // Heap: the same page with the extension (127.0.0.1, where it runs) and without (localhost, where it does not).
    const heap: ExtensionFigures['heap'] = [];
    for (const tiles of opts.quick ? [opts.tiles[0]] : opts.tiles) {
      const withExt: number[] = [];
      const without: number[] = [];
      for (let r = 0; r < (opts.quick ? 2 : 3); r++) {
        for (const on of [true, false]) {
          const p = await s.context.newPage();
          const url = `${on ? origin : origin.replace('127.0.0.1', 'localhost')}/grocery-${tiles}.html`;
          await p.goto(url, { waitUntil: 'load', timeout: 300_000 });
          if (on) {
            await p.waitForFunction(
              (n) => document.querySelectorAll('k2lens-badge').length >= n,
              expected.get(tiles) ?? 1,
              {
                timeout: 300_000,
                polling: 100,
              },
            );
          }
          await p.waitForTimeout(2000);
          const c = await s.context.newCDPSession(p);
          await c.send('Performance.enable');
          await c.send('HeapProfiler.collectGarbage');
          await c.send('HeapProfiler.collectGarbage');
          const { metrics } = await c.send('Performance.getMetrics');
          const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
          (on ? withExt : without).push(used / 1024);
          await c.detach();
          await p.close();
        }
      }
      heap.push({
        tiles,
        withKB: median(withExt),
        withoutKB: median(without),
        addedKB: median(withExt) - median(without),
      });
    }
    const lt = perf.lt;
    return {
      start: {
        loads: starts.length,
        evaluateMs: median(starts.map((x) => x.evaluateMs)),
        toFirstBadgeMs: median(starts.map((x) => x.toMarkMs)),
        runs: starts,
      },
      loadMs,
      badgesAfterMs,
      shownAfterLoadMs: median(shown),
      shownAfterLoadRuns: shown,
      popupFirstPaintMs: median(popupPaints),
      popupFirstPaintRuns: popupPaints,
      longestTaskMs: median(runs),
      longestTaskRuns: runs,
      longestTaskEach: eachLongest,
      longestTasks: (summary?.tasks ?? [])
        .filter((t) => t.top)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((t) => ({ ms: t.ms, frames: (t.top ?? []).map((f) => describeFrame(f)) })),
      extensionTasks: summary?.extensionTasks ?? 0,
      extensionTaskMs: summary?.extensionMs ?? 0,
      tasksOver50: summary?.tasks.filter((t) => t.ms >= 50).length ?? 0,
      otherLongTasks: summary?.otherLongTasks.length ?? 0,
      otherLongestMs: Math.max(0, ...(summary?.otherLongTasks ?? [])),
      longTasksApi: {
        count: lt.length,
        longestMs: Math.max(0, ...lt.map((x) => x[1])),
        attributions: [...new Set(lt.map((x) => x[2]))],
      },
      loafExtensionScripts: perf.loafExt,
      appendMs: median(appends),
      heap,
    };
  } finally {
    await s.close();
  }
}

/** A sampled frame: its function and the start of its code in the built file (the build is minified). */
function describeFrame(f: Frame): string {
  let code = '';
  if (f.url.includes('/content-scripts/content.js') && f.line >= 0) {
    const lines = readFileSync(join(BUILD_DIR, 'content-scripts', 'content.js'), 'utf8').split('\n');
    code = (lines[f.line] ?? '').slice(f.column, f.column + 70);
  }
  return `${f.functionName} ×${f.samples}${code ? ` \`${code}\`` : ''}`;
}

// ── main ───────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = Date.now();
  if (opts.build) {
    log('building the extension (npm run build)');
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const contentJs = join(BUILD_DIR, 'content-scripts', 'content.js');
  if (!existsSync(contentJs)) throw new Error(`no ${contentJs}: run "npm run build" first`);
  const script = readFileSync(await bundleInPage(), 'utf8');
  const startScript = readFileSync(await bundleInPage('start-page'), 'utf8');

  const [small, large] = opts.tiles;
  const pages = new Map<string, string>([
    ['/blank.html', '<!doctype html><html lang="en"><title>bench</title><body><p>bench</p></body></html>'],
    [
      '/warm.html',
      '<!doctype html><html lang="en"><title>warm</title><body><h3>Old Amsterdam Gouda 400 g</h3></body></html>',
    ],
  ]);
  for (const tiles of [small, large]) pages.set(`/grocery-${tiles}.html`, groceryPage(pageOptions(tiles)));
  const server = await serveBench(pages, existsSync(RECIPES_DIR) ? RECIPES_DIR : null);

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--disable-background-networking'],
  });
  const chromiumVersion = browser.version();
  const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  // Nothing leaves the machine: the corpus pages' external resources are refused.
  await ctx.route('**/*', (route) =>
    route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
  );
  let groceries: PageFigures[];
  let recipes: RecipeFigures | null;
  let searchSeed: Awaited<ReturnType<typeof measureSearchAndSeed>>;
  let start: StartFigures;
  try {
    start = await measureStart(ctx, server.origin, startScript);
    groceries = [
      await measureGrocery(ctx, server.origin, script, small, true),
      await measureGrocery(ctx, server.origin, script, large, false),
    ];
    searchSeed = await measureSearchAndSeed(ctx, server.origin, script);
    recipes = await measureRecipes(ctx, server.origin, script);
  } finally {
    await browser.close();
  }

  const expected = new Map(groceries.map((g) => [g.tiles ?? 0, g.badges]));
  const [g2k, g20k] = groceries as [PageFigures, PageFigures];
  const ext = opts.extension
    ? await measureExtension(server.origin, server, expected, g20k.appendBadges)
    : null;
  await server.close();

  const content = readFileSync(contentJs);
  const contentGzip = gzipSync(content, { level: 9 }).length;
  const budgetResults: BudgetResult[] = budgets({
    scanWalk20k: g20k.ratios.scanWalk,
    ...(recipes ? { recipeScanWalkMedian: recipes.ratioMedian } : {}),
    ...(ext ? { allBadgesAfterLoadMs: ext.shownAfterLoadMs } : {}),
    ...(g2k.ratios.markjsScan ? { markjsScan2k: g2k.ratios.markjsScan } : {}),
    // Append: with the real extension on the large page when it ran, else the bench session's.
    ...(ext
      ? { longestExtensionTaskMs: ext.longestTaskMs, appendMs: ext.appendMs }
      : { appendMs: g20k.appendMs }),
    searchWorstKeystrokeMs: searchSeed.search.worstMs,
    ...(ext ? { popupFirstPaintMs: ext.popupFirstPaintMs } : {}),
    seedMs: searchSeed.seedMs,
    matcherSetUpMs: start.setUpMs,
  });
  const ok = budgetResults.every((b) => b.met);

  const result = {
    date: new Date().toISOString(),
    machine: {
      nproc: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      chromium: chromiumVersion,
      node: process.version,
    },
    options: { ...opts, recipes: recipes?.pages ?? 0 },
    seconds: Math.round((Date.now() - startedAt) / 1000),
    start,
    pages: groceries,
    recipes,
    search: searchSeed.search,
    seedMs: searchSeed.seedMs,
    seedRuns: searchSeed.seedRuns,
    extension: ext,
    contentScript: {
      bytes: content.length,
      gzipBytes: contentGzip,
      builtAt: statSync(contentJs).mtime.toISOString(),
    },
    ratios: {
      'scan/walk': g20k.ratios.scanWalk,
      'render/walk': g20k.ratios.renderWalk,
      'markjs/scan': g2k.ratios.markjsScan?.value,
      'markjs/scan lower bound': g2k.ratios.markjsScan?.lowerBound ?? false,
      'scan/walk 2,000 tiles': g2k.ratios.scanWalk,
      'render/walk 2,000 tiles': g2k.ratios.renderWalk,
      'scan/walk recipes': recipes?.scanWalk,
      'render/walk recipes': recipes?.renderWalk,
    },
    budgets: budgetResults,
    ok,
  };

  if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${formatReport(result)}\n`);
  process.exitCode = ok ? 0 : 1;
}

type Result = {
  date: string;
  machine: { nproc: number; cpu: string; chromium: string; node: string };
  seconds: number;
  start: StartFigures;
  pages: PageFigures[];
  recipes: RecipeFigures | null;
  search: SearchFigures;
  seedMs: number;
  extension: ExtensionFigures | null;
  contentScript: { bytes: number; gzipBytes: number };
  budgets: BudgetResult[];
};

function formatReport(r: Result): string {
  const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : `${num(v)} ms`);
  const x = (v: number | undefined, lower = false) =>
    v === undefined ? '–' : `${lower ? '≥ ' : ''}${num(v)}×`;
  const head = ['', 'text nodes', 'walk', 'scan', 'render', 'scan/walk', 'render/walk', 'found', 'badges'];
  const rows: string[][] = [head];
  for (const p of r.pages) {
    rows.push([
      p.name,
      num(p.textNodes),
      ms(p.walkMs),
      ms(p.scanMs),
      ms(p.renderMs),
      x(p.ratios.scanWalk),
      x(p.ratios.renderWalk),
      num(p.detections),
      num(p.badges),
    ]);
  }
  if (r.recipes) {
    const c = r.recipes;
    rows.push([
      `recipe corpus, ${c.pages} pages (sums)`,
      num(c.textNodes),
      ms(c.walkMs),
      ms(c.scanMs),
      ms(c.renderMs),
      x(c.scanWalk),
      x(c.renderWalk),
      num(c.detections),
      num(c.badges),
    ]);
  }
  const out: string[] = [
    `K2 Lens benchmark — ${r.date.slice(0, 10)}, ${r.machine.nproc} CPUs (${r.machine.cpu}), Chromium ${r.machine.chromium}, ${r.seconds} s`,
    '',
    table(rows),
    '',
  ];
  const [small] = r.pages;
  const details: string[][] = [['', 'value']];
  for (const p of r.pages) {
    details.push([
      `${p.name}: matcher (find) in one scan`,
      `${ms(p.findMs)} of ${ms(p.scanOnceMs)}, ${num(p.findCalls)} blocks, ${num((p.findMs / Math.max(1, p.findCalls)) * 1000)} µs each`,
    ]);
  }
  if (small?.markjs) {
    const m = small.markjs;
    details.push([
      `mark.js 8.11, ${num(m.terms)} lexicon terms, ${small.name}`,
      `${m.timedOut ? '≥ ' : ''}${ms(m.ms)} (${m.timedOut ? `stopped after ${m.termsDone} terms` : 'all terms'}, ${num(m.marks)} marks) → markjs/scan ${x(small.ratios.markjsScan?.value, m.timedOut)}`,
    ]);
  }
  for (const p of r.pages)
    details.push([`append 100 tiles → badges, ${p.name} (bench session)`, ms(p.appendMs)]);
  if (r.recipes?.worst) {
    details.push([
      `recipe pages: scan/walk per page (median, p90, worst of ${r.recipes.ratioPages})`,
      `${x(r.recipes.ratioMedian)}, ${x(r.recipes.ratioP90)}, ${x(r.recipes.worst.scanWalk)} (${r.recipes.worst.page})`,
    ]);
  }
  const st = r.start;
  details.push([
    `matcher start, fresh page (medians of ${st.runs}): evaluation + set-up`,
    `${ms(st.evaluateMs)} + ${ms(st.setUpMs)} = ${ms(st.totalMs)} (bundle ${num(st.bytes / 1024)} KB, ${num(st.gzipBytes / 1024)} KB gzip)`,
  ]);
  details.push([
    '  set-up: fold table, matcher, pre-filter flags, first find',
    `${ms(st.foldTableMs)}, ${ms(st.matcherMs)}, ${ms(st.prefilterMs)}, ${ms(st.findMs)} (runs ${st.setUpRuns.map((x) => num(x)).join(', ')})`,
  ]);
  const e = r.extension;
  if (e) {
    details.push([
      `content script on ${r.pages[0]?.name} (medians of ${e.start.loads} traced loads): evaluation; start → first badge`,
      `${ms(e.start.evaluateMs)}; ${ms(e.start.toFirstBadgeMs)} (${e.start.runs.map((x) => num(x.toMarkMs)).join(', ')})`,
    ]);
    details.push([
      `real loads, ${r.pages[1]?.name}, untraced: load event → all badges shown (median, each)`,
      `${ms(e.shownAfterLoadMs)} (${e.shownAfterLoadRuns.map((x) => num(x)).join(', ')})`,
    ]);
    details.push([
      `  traced load (JS sampler), from navigation: load event, all badges`,
      `${ms(e.loadMs)}, ${ms(e.badgesAfterMs)} (${ms(e.badgesAfterMs - e.loadMs)} after the load event)`,
    ]);
    details.push([
      `longest extension task (trace + JS sampler; median of ${e.longestTaskRuns.length} loads)`,
      `${ms(e.longestTaskMs)} (${e.longestTaskRuns.map((x) => ms(x)).join(', ')}); ${e.extensionTasks} tasks, ${ms(e.extensionTaskMs)} in all, ${e.tasksOver50} ≥ 50 ms`,
    ]);
    for (const t of e.longestTasks.slice(0, 3))
      details.push([`  task of ${ms(t.ms)}`, t.frames.slice(0, 2).join('; ').slice(0, 100)]);
    for (const [i, t] of e.longestTaskEach.entries())
      details.push([
        `  load ${i + 1}: longest, ${ms(t.ms)}`,
        t.frames.length > 0
          ? t.frames.slice(0, 2).join('; ').slice(0, 100)
          : '(functions listed for tasks of 30 ms or more)',
      ]);
    details.push([
      'other long tasks after the extension started',
      `${e.otherLongTasks} (longest ${ms(e.otherLongestMs)}): the page's loading, style, layout and paint`,
    ]);
    details.push([
      'Long Tasks API / LoAF (for comparison)',
      `${e.longTasksApi.count} long tasks, attribution "${e.longTasksApi.attributions.join('; ')}"; ${e.loafExtensionScripts} LoAF scripts from chrome-extension://`,
    ]);
    details.push(['append 100 tiles → badges (real extension)', ms(e.appendMs)]);
    details.push([
      `toolbar window: first contentful paint (median of ${e.popupFirstPaintRuns.length} openings)`,
      ms(e.popupFirstPaintMs),
    ]);
    for (const h of e.heap) {
      details.push([
        `JS heap added by the extension, ${h.tiles.toLocaleString('en-US')} tiles`,
        `${num(h.addedKB / 1024)} MB (${num(h.withKB / 1024)} with, ${num(h.withoutKB / 1024)} without)`,
      ]);
    }
  }
  details.push([
    `popup search, ${r.search.keystrokes} keystrokes (median, p95, slowest)`,
    `${ms(r.search.medianMs)}, ${ms(r.search.p95Ms)}, ${ms(r.search.worstMs)} at ${r.search.worst}`,
  ]);
  details.push(['dataset seeding into IndexedDB', ms(r.seedMs)]);
  details.push([
    'content script',
    `${num(r.contentScript.bytes / 1024)} KB, ${num(r.contentScript.gzipBytes / 1024)} KB gzip`,
  ]);
  out.push(table(details), '', 'Budgets', ...r.budgets.map(formatBudget));
  return out.join('\n');
}

// `--table FILE`: the table of a saved `--json` run, without measuring.
const saved = process.argv.indexOf('--table');
const run =
  saved >= 0
    ? async () => {
        const r = JSON.parse(readFileSync(process.argv[saved + 1] ?? '', 'utf8')) as Result & { ok: boolean };
        process.stdout.write(`${formatReport(r)}\n`);
        process.exitCode = r.ok ? 0 : 1;
      }
    : main;

run().then(
  // Browsers and the page server are closed; anything left (a hung page) must not keep the run alive.
  () => process.exit(),
  (err) => {
    log(String(err?.stack ?? err));
    process.exit(2);
  },
);
