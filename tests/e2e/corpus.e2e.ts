/**
 * Badges on real recipe pages (tests/pages/corpus, labelled by hand): every
 * labelled cheese or fermented food of a visible ingredient line gets a badge
 * of the right food on that line, false friends and vegan imitations get none,
 * and the values are the dataset's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { lineKey } from '../../src/match/text-norm';
import {
  classOfFood,
  classOfSlug,
  IGNORE_SLUG,
  isSpecificCheeseClass,
  NONE_SLUGS,
} from '../tools/corpus-map';
import { chromiumVersion } from './browsers';
import { launch, PAGES_DIR, type Session } from './harness';

interface Label {
  language?: string;
  ingredients: string[];
  mentions: { line: number; text: string; food: string }[];
}

const dir = join(PAGES_DIR, 'corpus');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    file: f,
    label: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.json')), 'utf8')) as Label,
  }));

/**
 * Whether a block's text shows the ingredient line: the same letters, one containing most of the other,
 * or a block of several lines (joined by <br>) containing the whole line.
 */
function showsLine(blockKey: string, key: string): boolean {
  if (!blockKey || !key) return false;
  if (blockKey === key || (key.length >= 6 && blockKey.includes(key))) return true;
  return key.includes(blockKey) && blockKey.length / key.length >= 0.5;
}

/** Two significant figures, as badges write numbers (independent of the product code). */
const twoSig = (v: number) => Number(v.toPrecision(2)).toLocaleString('en');

describe(`badges on real recipe pages (${chromiumVersion()})`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
    // The pages reference their sites' images and fonts: keep the machine offline.
    await s.context.route(
      (url) => !url.href.startsWith(s.server.origin) && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it('uses at least ten pages in several languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(pages.map((p) => (p.label.language ?? '').slice(0, 2))).size).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)('$file', async ({ file, label }) => {
    const page = await s.newPage(`/corpus/${file}`);
    // The page is scanned once it has settled; wait for the first badge, then for the scan to finish.
    await page.locator('k2lens-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(600);
    const { badges, visible } = await page.evaluate(() => {
      const blockOf = (el: Element) => {
        let cur: Element | null = el.parentElement;
        while (cur && ['A', 'B', 'STRONG', 'EM', 'I', 'SPAN', 'SMALL', 'LABEL', 'MARK'].includes(cur.tagName))
          cur = cur.parentElement;
        return cur;
      };
      return {
        badges: [...document.querySelectorAll('k2lens-badge')].map((b) => ({
          food: b.getAttribute('data-food') ?? '',
          label: b.getAttribute('aria-label') ?? '',
          block: blockOf(b)?.textContent ?? '',
        })),
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without hidden elements
        visible: document.body.innerText,
      };
    });
    const pageKey = lineKey(visible);
    const placed = badges.map((b) => ({ ...b, cls: classOfFood(b.food), key: lineKey(b.block) }));

    label.ingredients.forEach((line, i) => {
      const key = lineKey(line);
      if (key.length < 4 || !pageKey.includes(key)) return; // the line is not shown as such on the page
      const slugs = label.mentions.filter((m) => m.line === i).map((m) => m.food);
      if (slugs.includes(IGNORE_SLUG)) return;
      const onLine = placed.filter((b) => showsLine(b.key, key));
      const expected = slugs.filter((x) => !NONE_SLUGS.has(x)).map(classOfSlug);
      const specific = expected.some(isSpecificCheeseClass);
      for (const cls of expected) {
        if (cls === 'generic_cheese' && specific) continue;
        expect(
          onLine.some((b) => b.cls === cls),
          `${file} line ${i} "${line}": expected a ${cls} badge, found ${onLine.map((b) => b.food).join(', ') || 'none'}`,
        ).toBe(true);
      }
      // Lines labelled as false friends or vegan imitations get no badge of their own.
      if (slugs.length > 0 && slugs.every((x) => NONE_SLUGS.has(x))) {
        const own = onLine.filter((b) => b.key.length <= key.length * 1.5);
        expect(
          own.map((b) => b.food),
          `${file} line ${i} "${line}" names no food`,
        ).toEqual([]);
      }
    });

    for (const b of placed.slice(0, 3)) {
      const food = dataset.foods.find((f) => f.id === b.food);
      expect(food, b.food).toBeDefined();
      if (!b.label.includes('per 100 g') || !food) continue;
      // Each number with its basis: the sources' span when they disagree, ≥ for a lower bound, < a limit.
      const k2 = food.k2;
      if (k2.disagreement) expect(b.label).toContain('(the sources disagree)');
      else if (k2.bound === 'lower')
        expect(b.label).toContain(`vitamin K2 at least ${twoSig(k2.central)} µg`);
      else if (k2.bound === 'upper') expect(b.label).toContain(`vitamin K2 below ${twoSig(k2.max)} µg`);
      else
        expect(b.label).toContain(
          `vitamin K2 about ${twoSig(k2.central)} µg, ${k2.basis === 'measured' ? 'measured' : 'estimated from similar foods'}`,
        );
    }
    await page.close();
  });

  it('the extension made no request (the pages’ own requests to their sites were blocked)', () => {
    const own = s.requests.filter(
      (r) => r.from !== 'page' && !r.url.startsWith(`chrome-extension://${s.extensionId}/`),
    );
    expect(own).toEqual([]);
  });
});
