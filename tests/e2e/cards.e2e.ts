/**
 * The cards never break the page: the recipe card stands outside the
 * ingredient table or list (real corpus pages with ingredient tables) and
 * leaves its column widths as they were; every recipe page of the corpus set
 * gets its card, titled with the recipe's name; the detail card opens beside
 * its badge, never over it, and Escape or moving away closes it for good.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IGNORE_SLUG, NONE_SLUGS } from '../tools/corpus-map';
import { chromiumVersion } from './browsers';
import { launch, PAGES_DIR, type Session } from './harness';
import { shadowTexts } from './shadow';

interface Label {
  title?: string;
  ingredients: string[];
  mentions: { line: number; food: string }[];
}

const dir = join(PAGES_DIR, 'corpus');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    file: f,
    html: readFileSync(join(dir, f), 'utf8'),
    label: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.json')), 'utf8')) as Label,
  }));

/** Pages with a schema.org Recipe whose lines name a food: each must get a recipe card. */
const recipePages = corpus.filter(
  (p) =>
    /"@type"\s*:\s*(?:\[[^\]]*)?"Recipe"/.test(p.html) &&
    p.label.mentions.some((m) => !NONE_SLUGS.has(m.food) && m.food !== IGNORE_SLUG),
);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The widths of every cell of the page's tables, in document order. */
const cellWidths = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('td, th')].map((c) => Math.round(c.getBoundingClientRect().width * 2) / 2),
  );

describe(`cards that never break the page (${chromiumVersion()})`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('has corpus pages with ingredient tables and at least ten recipe pages', () => {
    expect(corpus.map((p) => p.file)).toEqual(
      expect.arrayContaining(['rewe.de__rewe.html', 'varecha.pravda.sk__varechapravdask_2.html']),
    );
    expect(recipePages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(['rewe.de__rewe.html', 'varecha.pravda.sk__varechapravdask_2.html'])(
    '%s: the recipe card stands before the ingredient table, and the columns keep their widths',
    async (file) => {
      const page = await s.newPage(`/corpus/${file}`);
      const card = page.locator('k2lens-recipe');
      await card.waitFor({ state: 'attached', timeout: 15_000 });
      // Outside every table and list: before the whole ingredient table.
      expect(await card.evaluate((el) => el.closest('table, tr, td, th, ul, ol, li, dl') === null)).toBe(
        true,
      );
      expect(await card.evaluate((el) => el.nextElementSibling?.querySelector('td') != null)).toBe(true);
      const withCard = await cellWidths(page);
      await card.evaluate((el) => el.remove());
      expect(await cellWidths(page)).toEqual(withCard);
      await page.close();
    },
  );

  it.each(recipePages.map((p) => [p.file, p.label.title ?? ''] as const))(
    "%s gets its recipe card, titled with the recipe's name",
    async (file, title) => {
      const page = await s.newPage(`/corpus/${file}`);
      await page.locator('k2lens-recipe').waitFor({ state: 'attached', timeout: 15_000 });
      const [card] = await shadowTexts(page, 'k2lens-recipe');
      expect(card).toBeDefined();
      if (title) expect(collapse(card?.text ?? '')).toContain(collapse(title));
      await page.close();
    },
  );
});

describe(`the detail card beside its badge (${chromiumVersion()})`, () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    describe(`at ${viewport.width} px`, () => {
      let s: Session;
      beforeAll(async () => {
        s = await launch({ viewport });
      });
      afterAll(async () => {
        await s?.close();
      });

      /** Scrolls a badge to the bottom edge of the viewport, where a card below it would not fit. */
      const badgeAtBottom = async (page: Page, food: string) => {
        const badge = page.locator(`k2lens-badge[data-food="${food}"]`).first();
        await badge.waitFor({ state: 'attached', timeout: 10_000 });
        await badge.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        const box = await badge.boundingBox();
        if (!box) throw new Error(`no box for the ${food} badge`);
        return { badge, box };
      };
      const card = (page: Page) =>
        page.evaluate(() => {
          const host = document.querySelector('k2lens-tooltip') as HTMLElement | null;
          if (!host || host.hidden) return null;
          const r = host.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        });

      it('opens beside the badge, not over it; Escape closes it for good while the pointer rests there', async () => {
        const page = await s.newPage('/grocery/index.html');
        const { box } = await badgeAtBottom(page, 'kefir');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForFunction(
          () => (document.querySelector('k2lens-tooltip') as HTMLElement | null)?.hidden === false,
        );
        const open = await card(page);
        expect(open).not.toBeNull();
        const overlaps =
          open !== null &&
          open.left < box.x + box.width &&
          box.x < open.right &&
          open.top < box.y + box.height &&
          box.y < open.bottom;
        expect(overlaps).toBe(false);
        await page.keyboard.press('Escape');
        expect(await card(page)).toBeNull();
        // The pointer still rests on the badge: the card does not come back.
        await page.waitForTimeout(900);
        expect(await card(page)).toBeNull();
        // Leaving and coming back is a new hover: the card opens again.
        await page.mouse.move(1, 1);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForFunction(
          () => (document.querySelector('k2lens-tooltip') as HTMLElement | null)?.hidden === false,
        );
        await page.close();
      });

      it('a card the pointer opened closes when the pointer moves away', async () => {
        const page = await s.newPage('/grocery/index.html');
        const { box } = await badgeAtBottom(page, 'brie');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForFunction(
          () => (document.querySelector('k2lens-tooltip') as HTMLElement | null)?.hidden === false,
        );
        await page.mouse.move(2, 2);
        await page.waitForFunction(
          () => (document.querySelector('k2lens-tooltip') as HTMLElement | null)?.hidden === true,
          undefined,
          { timeout: 2_000 },
        );
        // It stays closed.
        await page.waitForTimeout(600);
        expect(await card(page)).toBeNull();
        await page.close();
      });
    });
  }
});
