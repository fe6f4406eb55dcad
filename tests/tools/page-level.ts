/**
 * `npm run eval:pages [-- --json] [--misplaced N] [stores|recipes|ID…]` (a page id or a part of one)
 *
 * Where the built extension's badges land on real pages, in Chromium: the dev
 * set of real store pages (tests/pages/real, labelled product titles) and the
 * labelled recipe corpus (../shared/corpus, labelled ingredient lines). For each
 * page, once its badges have settled:
 *  - placement: of all badges, the share on a product title labelled with a
 *    food, on an ingredient line, or on the recipe's name (badges on titles
 *    labelled `ignore`, composite products, are left out);
 *  - coverage: of the titles labelled with a food, and of the ingredient lines
 *    that name a food, the share that got a badge;
 *  - the misplaced badges, with their food, the text they follow and the
 *    landmarks around them (nav, header, footer, breadcrumb…).
 * Exits 1 when placement or coverage is under 0.95 in the store set or the
 * recipe corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, PAGES_DIR, startServer } from '../e2e/harness';
import { corpusDir } from './corpus';
import { IGNORE_SLUG, NONE_SLUGS } from './corpus-map';

export const PLACEMENT_MIN = 0.95;
export const COVERAGE_MIN = 0.95;

const REAL_DIR = join(PAGES_DIR, 'real');

interface StoreLabel {
  id: string;
  language: string;
  kind: string;
  title_selector: string;
  titles: { text: string; food: string; grams: number | null }[];
}

interface RecipeLabel {
  title?: string;
  language?: string | null;
  ingredients: string[];
  mentions: { line: number; food: string }[];
}

/** What the page reports about its badges. */
export interface PageReport {
  id: string;
  set: 'stores' | 'recipes';
  language: string;
  badges: number;
  placed: number;
  /** Badges on titles labelled `ignore` (not counted either way). */
  neutral: number;
  foods: number;
  foodsBadged: number;
  misplaced: { food: string; text: string; where: string }[];
  missed: string[];
}

/** Runs in the page: where the badges are, against the labels. Self-contained (sent as source). */
function classify(args: {
  kind: 'store' | 'recipe';
  selector?: string;
  titles?: { food: string }[];
  lines?: { text: string; food: boolean }[];
  name?: string;
}): Omit<PageReport, 'id' | 'set' | 'language'> {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const badges = [...document.querySelectorAll('k2lens-badge')] as HTMLElement[];
  /** The page node a badge follows (it is inserted right after it, or after the badges of the same text). */
  const anchorOf = (b: Element): Node => {
    let prev = b.previousSibling;
    while (prev && prev.nodeName === 'K2LENS-BADGE') prev = prev.previousSibling;
    return prev ?? (b.parentNode as Node);
  };
  const holds = (region: Element, b: Element) => {
    const a = anchorOf(b);
    return region === a || region.contains(a) || (a instanceof Element && a.contains(region));
  };
  const short = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  const blockText = (b: Element) => {
    let el: Element | null = b.parentElement;
    while (el && el !== document.body && getComputedStyle(el).display.startsWith('inline'))
      el = el.parentElement;
    return short(el?.textContent);
  };
  const landmarks = (b: Element) => {
    const out: string[] = [];
    for (let el: Element | null = b.parentElement; el && el !== document.body; el = el.parentElement) {
      const tag = el.tagName.toLowerCase();
      const role = el.getAttribute('role');
      const cls = typeof el.className === 'string' ? el.className : '';
      if (['nav', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'main', 'article', 'li'].includes(tag))
        out.push(tag);
      if (role) out.push(`[role=${role}]`);
      if (/breadcrumb|menu|footer|header|comment|faq|related|teaser|tag|filter|facet/i.test(cls))
        out.push(
          `.${cls.split(/\s+/).find((c) => /breadcrumb|menu|footer|header|comment|faq|related|teaser|tag|filter|facet/i.test(c))}`,
        );
    }
    return [...new Set(out)].slice(0, 6).join(' ');
  };

  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 1),
    );
  /**
   * Whether a block shows a labelled line: the same letters (or most of them), or most of the line's words
   * in a block not much longer (the page may write "▢ ½ cup butter" where the label has "1/2 cup butter").
   */
  /**
   * How well a block shows a labelled line (0: not at all): the same letters (1), most of them, or most of
   * the line's words in a block not much longer (the page may write "▢ ½ cup butter" where the label
   * has "1/2 cup butter").
   */
  const shows = (blockKey: string, blockWords: Set<string>, key: string, lineWords: Set<string>) => {
    if (!key || !blockKey) return 0;
    if (blockKey === key) return 1;
    const ratio = Math.min(key.length, blockKey.length) / Math.max(key.length, blockKey.length);
    if ((blockKey.includes(key) || key.includes(blockKey)) && ratio >= 0.5) return 0.5 + ratio / 2;
    if (lineWords.size === 0 || blockWords.size > lineWords.size * 2 + 3) return 0;
    let common = 0;
    for (const w of lineWords) if (blockWords.has(w)) common++;
    const ok =
      common >= Math.min(2, lineWords.size) && common / Math.min(lineWords.size, blockWords.size) >= 0.75;
    return ok ? common / (lineWords.size + blockWords.size - common) / 2 : 0;
  };
  const blockOf = (b: Element) => {
    let el: Element | null = b.parentElement;
    while (el && el !== document.body && getComputedStyle(el).display.startsWith('inline'))
      el = el.parentElement;
    return el ?? document.body;
  };

  /** The line of its block a badge follows (a block may hold several lines split by <br>). */
  const lineOf = (b: Element) => {
    const block = blockOf(b) as HTMLElement;
    // biome-ignore lint/performance/useDomNodeTextContent: the lines as shown (innerText breaks lines and leaves hidden text out), which textContent is not
    const lines = block.innerText.split('\n').filter((l) => l.trim());
    if (lines.length <= 1) return block.textContent ?? '';
    const before = (b.previousSibling?.textContent ?? '').trim().slice(-20);
    return lines.find((l) => before && l.includes(before)) ?? block.textContent ?? '';
  };

  interface RegionLabel {
    food: boolean;
    neutral: boolean;
    label: string;
    /** How well the region holds a badge (0: not at all). */
    holds(b: Element): number;
  }
  let regions: RegionLabel[] = [];
  if (args.kind === 'store') {
    const els = [...document.querySelectorAll(args.selector ?? ':not(*)')];
    regions = els.map((el, i) => {
      const food = args.titles?.[i]?.food ?? 'none';
      return {
        food: food !== 'none' && food !== 'none_vegan' && food !== 'ignore',
        neutral: food === 'ignore',
        label: short(el.textContent),
        holds: (b: Element) => (holds(el, b) ? 1 : 0),
      };
    });
  } else {
    const lines = [...(args.lines ?? []), ...(args.name ? [{ text: args.name, food: false }] : [])];
    regions = lines.map((l) => {
      const key = fold(l.text);
      const lw = words(l.text);
      return {
        food: l.food,
        neutral: false,
        label: short(l.text),
        holds: (b: Element) => {
          const t = lineOf(b);
          return shows(fold(t), words(t), key, lw);
        },
      };
    });
  }

  let placed = 0;
  let neutral = 0;
  const misplaced: { food: string; text: string; where: string }[] = [];
  const badged = new Set<number>();
  for (const b of badges) {
    // The region that holds the badge best (two similar ingredient lines: the closer one).
    let i = -1;
    let best = 0;
    regions.forEach((r, k) => {
      const score = r.holds(b);
      if (score > best || (score === best && score > 0 && !badged.has(k) && badged.has(i))) {
        best = score;
        i = k;
      }
    });
    if (i >= 0) badged.add(i);
    const r = regions[i];
    if (r?.neutral) neutral++;
    else if (r && (args.kind === 'recipe' || r.food)) placed++;
    else misplaced.push({ food: b.getAttribute('data-food') ?? '', text: blockText(b), where: landmarks(b) });
  }
  const foodRegions = regions.map((r, i) => [r, i] as const).filter(([r]) => r.food);
  return {
    badges: badges.length,
    placed,
    neutral,
    foods: foodRegions.length,
    foodsBadged: foodRegions.filter(([, i]) => badged.has(i)).length,
    misplaced,
    missed: foodRegions.filter(([, i]) => !badged.has(i)).map(([r]) => r.label),
  };
}

/** Tabs evaluated at once. */
const TABS = 3;

/** Waits until the page's badge count has not changed for 1.2 s (at most 20 s). */
async function settle(page: Page): Promise<void> {
  let last = -1;
  let stableSince = Date.now();
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    const n = await page.locator('k2lens-badge').count();
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1_200 && Date.now() - started > 1_500) return;
    await page.waitForTimeout(200);
  }
}

interface Job {
  id: string;
  set: 'stores' | 'recipes';
  path: string;
  language: string;
  args: Parameters<typeof classify>[0];
}

function storeJobs(): Job[] {
  return readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(REAL_DIR, f), 'utf8')) as StoreLabel)
    .map((l) => ({
      id: l.id,
      set: 'stores' as const,
      path: `/real/${l.id}.html`,
      language: l.language,
      args: {
        kind: 'store' as const,
        selector: l.title_selector,
        titles: l.titles.map((t) => ({ food: t.food })),
      },
    }));
}

function recipeJobs(dir: string): Job[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const label = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RecipeLabel;
      const id = f.replace(/\.json$/, '');
      const foodLines = new Set(
        label.mentions.filter((m) => !NONE_SLUGS.has(m.food) && m.food !== IGNORE_SLUG).map((m) => m.line),
      );
      return {
        id,
        set: 'recipes' as const,
        path: `/recipes/${id}.html`,
        language: (label.language ?? 'unknown').split('-')[0] ?? 'unknown',
        args: {
          kind: 'recipe' as const,
          lines: label.ingredients.map((text, i) => ({ text, food: foodLines.has(i) })),
          ...(label.title ? { name: label.title } : {}),
        },
      };
    });
}

export interface SetSummary {
  pages: number;
  badges: number;
  placed: number;
  counted: number;
  placement: number;
  foods: number;
  foodsBadged: number;
  coverage: number;
}

export function summarize(reports: PageReport[]): SetSummary {
  const sum = (f: (r: PageReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const counted = sum((r) => r.badges - r.neutral);
  const placed = sum((r) => r.placed);
  const foods = sum((r) => r.foods);
  const foodsBadged = sum((r) => r.foodsBadged);
  return {
    pages: reports.length,
    badges: sum((r) => r.badges),
    placed,
    counted,
    placement: counted ? placed / counted : 1,
    foods,
    foodsBadged,
    coverage: foods ? foodsBadged / foods : 1,
  };
}

/** Evaluates the jobs in the built extension (one Chromium session). */
export async function evaluatePages(
  jobs: Job[],
  recipesDir: string,
  listBadges = false,
): Promise<PageReport[]> {
  const mime: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
  const server = await startServer((path, res) => {
    const [root, base] = path.startsWith('/real/')
      ? [REAL_DIR, path.slice('/real/'.length)]
      : path.startsWith('/recipes/')
        ? [recipesDir, path.slice('/recipes/'.length)]
        : ['', ''];
    const file = root ? normalize(join(root, base)) : '';
    if (!file?.startsWith(root) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': mime[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  const session = await launch({ server });
  const reports: PageReport[] = [];
  try {
    // Saved pages link images and fonts of their sites: nothing leaves the machine, a page loads at once.
    await session.context.route(
      (url) => /^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    // A few tabs at once: a page mostly waits for its badges to settle.
    const queue = [...jobs];
    const results = new Map<Job, PageReport>();
    const worker = async () => {
      const page = await session.context.newPage();
      // tsx names functions with an `__name` helper that evaluated page functions need too.
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          await page.goto(server.origin + job.path, { waitUntil: 'domcontentloaded', timeout: 30_000 });
          await settle(page);
          const result = await page.evaluate(classify, job.args);
          if (listBadges) {
            const list = await page.$$eval('k2lens-badge', (els) =>
              els.map(
                (b) =>
                  `${b.getAttribute('data-food')} after «${(b.previousSibling?.textContent ?? '').trim().slice(0, 60)}»`,
              ),
            );
            process.stdout.write(`${job.id}: ${list.length} badges\n  ${list.join('\n  ')}\n`);
          }
          results.set(job, { id: job.id, set: job.set, language: job.language, ...result });
        } catch (err) {
          throw new Error(`${job.id}: ${(err as Error).message.split('\n')[0]}`);
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: TABS }, worker));
    for (const job of jobs) {
      const r = results.get(job);
      if (r) reports.push(r);
    }
  } finally {
    await session.close();
    await server.close();
  }
  return reports;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const nIdx = argv.indexOf('--misplaced');
  const showMisplaced = nIdx >= 0 ? Number(argv[nIdx + 1]) : 40;
  const only = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--misplaced');
  const recipesDir = corpusDir();
  let jobs = [...storeJobs(), ...recipeJobs(recipesDir)];
  if (only.length) jobs = jobs.filter((j) => only.some((o) => j.id.includes(o) || j.set === o));
  const reports = await evaluatePages(jobs, recipesDir, argv.includes('--badges'));
  const stores = summarize(reports.filter((r) => r.set === 'stores'));
  const recipes = summarize(reports.filter((r) => r.set === 'recipes'));
  const ok = (s: SetSummary) => s.pages === 0 || (s.placement >= PLACEMENT_MIN && s.coverage >= COVERAGE_MIN);
  if (json) {
    process.stdout.write(`${JSON.stringify({ stores, recipes, pages: reports }, null, 1)}\n`);
  } else {
    const line = (name: string, s: SetSummary) =>
      `${name.padEnd(8)} ${String(s.pages).padStart(4)} pages  badges ${String(s.badges).padStart(5)}  ` +
      `placement ${pct(s.placement)} (${s.placed}/${s.counted})  coverage ${pct(s.coverage)} (${s.foodsBadged}/${s.foods})  ${ok(s) ? 'pass' : 'FAIL'}`;
    const misplaced = reports.flatMap((r) => r.misplaced.map((m) => ({ id: r.id, ...m })));
    process.stdout.write(`misplaced badges (${misplaced.length}, first ${showMisplaced}):\n`);
    for (const m of misplaced.slice(0, showMisplaced))
      process.stdout.write(`  ${m.id}  ${m.food}  «${m.text}»  ${m.where}\n`);
    const missed = reports.flatMap((r) => r.missed.map((t) => ({ id: r.id, t })));
    process.stdout.write(
      `food titles and lines without a badge (${missed.length}, first ${showMisplaced}):\n`,
    );
    for (const m of missed.slice(0, showMisplaced)) process.stdout.write(`  ${m.id}  «${m.t}»\n`);
    process.stdout.write(`\nthresholds: placement ≥ ${PLACEMENT_MIN}, coverage ≥ ${COVERAGE_MIN}\n`);
    process.stdout.write(`${line('stores', stores)}\n${line('recipes', recipes)}\n`);
  }
  process.exit(ok(stores) && ok(recipes) ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
