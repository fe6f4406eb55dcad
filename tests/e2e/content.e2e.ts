import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { chromiumVersion } from './browsers';
import { egress, launch, type Session } from './harness';
import { clickInShadow, shadowTexts } from './shadow';

const food = (id: string) => {
  const f = dataset.foods.find((x) => x.id === id);
  if (!f) throw new Error(`no food ${id}`);
  return f;
};

async function badges(page: Page) {
  return page.locator('k2lens-badge').evaluateAll((els) =>
    els.map((e) => ({
      food: e.getAttribute('data-food') ?? '',
      label: e.getAttribute('aria-label') ?? '',
      tile: e.closest('article')?.getAttribute('data-i') ?? null,
      title: e.closest('h3, li, p')?.textContent ?? '',
    })),
  );
}

async function waitForBadge(page: Page, foodId: string) {
  await page
    .locator(`k2lens-badge[data-food="${foodId}"]`)
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 });
}

describe(`page badges in ${chromiumVersion()}`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('badges gouda, brie and kefir with the dataset values', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'kefir');
    const list = await badges(page);
    // Hand-written from the CSV rows: aged gouda K2viewer 72.9 (measured), no calcium row of its own (estimated);
    // brie K2viewer 16.8 and NEVO 12.5 → 14.65, calcium 180, 184, 310, 420 → 247; kefir K2viewer 8.4 against NEVO
    // 0.5 (the sources disagree), calcium CIQUAL 127.
    for (const [id, title, k2, calcium] of [
      [
        'gouda-aged',
        'Old Amsterdam Gouda',
        'vitamin K2 about 73 µg, measured',
        'estimated from similar foods',
      ],
      ['brie', 'Président Brie', 'vitamin K2 about 15 µg, measured', 'calcium 250 mg, measured'],
      [
        'kefir',
        'Bio-Kefir',
        'vitamin K2 from 0.5 to 8.4 µg (the sources disagree)',
        'calcium 130 mg, measured',
      ],
    ] as const) {
      const badge = list.find((b) => b.food === id);
      expect(badge, id).toBeDefined();
      expect(badge?.title).toContain(title);
      expect(badge?.label).toContain(k2);
      expect(badge?.label).toContain(calcium);
      expect(badge?.label).toContain('per 100 g');
    }
    const texts = await shadowTexts(page, 'k2lens-badge');
    expect(texts.find((t) => t.attrs['data-food'] === 'kefir')?.text).toBe('K2 0.5–8.4 µg · Ca 130 mg');
    expect(texts.find((t) => t.attrs['data-food'] === 'gouda-aged')?.text).toMatch(
      /^K2 ≈ 73 µg · Ca [\d,]+ mg est\.$/,
    );
    await page.close();
  });

  it('gives no badge to false friends, to page chrome naming "cheese" in general, or inside editable content', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'kefir');
    const list = await badges(page);
    for (const phrase of [
      'Peanut butter',
      'Butternut squash',
      'Cheese grater',
      'Vegan cheddar',
      'Swiss chard',
      'Cheese & onion crisps',
    ]) {
      expect(
        list.filter((b) => b.title.includes(phrase)),
        phrase,
      ).toEqual([]);
    }
    expect(await page.locator('h1 k2lens-badge').count()).toBe(0);
    expect(await page.locator('#editable k2lens-badge, textarea k2lens-badge').count()).toBe(0);
    expect(await page.locator('#note').inputValue()).toBe('buy gouda and kefir');
    expect(await page.locator('#editable').textContent()).toBe('brie for Sunday');
    await page.close();
  });

  it('gives one badge per title and food, even after the page re-renders the list', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'kefir');
    const before = (await badges(page)).length;
    for (let i = 0; i < 5; i++) await page.click('#rerender');
    await page.waitForTimeout(400);
    await waitForBadge(page, 'kefir');
    const after = await badges(page);
    expect(after.length).toBe(before);
    const keys = after.map((b) => `${b.tile}|${b.food}`);
    expect(new Set(keys).size).toBe(keys.length);
    await page.close();
  });

  it('badges tiles added by infinite scroll', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'kefir');
    expect(await page.locator('k2lens-badge[data-food="halloumi"]').count()).toBe(0);
    await page.evaluate(() => (window as unknown as { demoShop: { loadMore(): void } }).demoShop.loadMore());
    await waitForBadge(page, 'halloumi');
    await page.close();
  });

  it('opens the details with the keyboard and closes them with Escape', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'brie');
    const badge = page.locator('k2lens-badge[data-food="brie"]').first();
    await badge.focus();
    await page.keyboard.press('Enter');
    const tooltip = page.locator('k2lens-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    // The card sits next to its badge, inside the viewport.
    const geometry = await page.evaluate(() => {
      const b = document.querySelector('k2lens-badge[aria-expanded="true"]')?.getBoundingClientRect();
      const t = document.querySelector('k2lens-tooltip')?.getBoundingClientRect();
      return { b, t, vh: innerHeight, vw: innerWidth };
    });
    const { b, t, vh, vw } = geometry as { b: DOMRect; t: DOMRect; vh: number; vw: number };
    expect(t.top).toBeGreaterThanOrEqual(0);
    expect(t.bottom).toBeLessThanOrEqual(vh);
    expect(t.right).toBeLessThanOrEqual(vw);
    expect(Math.min(Math.abs(t.top - b.bottom), Math.abs(b.top - t.bottom))).toBeLessThan(20);
    const [card] = await shadowTexts(page, 'k2lens-tooltip');
    expect(card?.text).toContain('Brie');
    expect(card?.text).toContain('Vitamin K2');
    expect(card?.text).toContain('Hide Brie on this site');
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('K2LENS-BADGE');
    await page.close();
  });

  it('applies an options change to an open tab without reload', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'brie');
    const options = await s.extensionPage('options.html');
    await options.locator('input[name="units"][value="perServing"]').check();
    await options.locator('[role="status"]', { hasText: 'Saved.' }).waitFor();
    const serving = food('brie').serving;
    expect(serving).toBeDefined();
    await page.waitForFunction(
      (label) =>
        document
          .querySelector('k2lens-badge[data-food="brie"]')
          ?.getAttribute('aria-label')
          ?.includes(`per ${label}`),
      serving?.label ?? '',
    );
    await options.locator('input[name="units"][value="per100g"]').check();
    await options.locator('input[name="category"][value="soft_bloomy"]').uncheck();
    await page.waitForFunction(() => document.querySelector('k2lens-badge[data-food="brie"]') === null);
    await options.locator('input[name="category"][value="soft_bloomy"]').check();
    await waitForBadge(page, 'brie');
    await options.close();
    await page.close();
  });

  it('reports the page summary to the popup', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'kefir');
    await page.waitForTimeout(500);
    const tabId = await s.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      page.url(),
    );
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('.page-foods li[data-food="kefir"]').waitFor();
    expect(await popup.locator('.page-foods li[data-food="brie"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it("ranks the page's products by K2, K2 per price and calcium; choosing one shows it on the page", async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'kefir');
    await page.waitForTimeout(500);
    const tabId = await s.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      page.url(),
    );
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    const rows = popup.locator('.page-products li');
    await rows.first().waitFor();
    const read = (attr: string) =>
      rows.evaluateAll(
        (els, a) =>
          els.map((el) => ({
            n: Number(el.getAttribute(a) ?? Number.NaN),
            c: el.getAttribute('data-currency'),
          })),
        attr,
      );
    const descending = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as number) >= x);
    // By K2 in the package (the default): those with a weight, most first.
    const k2 = (await read('data-k2')).map((r) => r.n).filter((n) => !Number.isNaN(n));
    expect(k2.length).toBeGreaterThan(3);
    expect(descending(k2)).toBe(true);
    // By K2 per price: the page's most common currency (euro), best first; other currencies after them.
    await popup.locator('input[name="rank-by"][value="k2PerPrice"]').check();
    const value = await read('data-value');
    const euro = value.filter((r) => r.c === 'EUR');
    expect(euro.length).toBeGreaterThan(3);
    expect(value.slice(0, euro.length).every((r) => r.c === 'EUR')).toBe(true);
    expect(descending(euro.map((r) => r.n))).toBe(true);
    expect(await popup.locator('.page-products li .price').first().textContent()).toMatch(/€.*µg K2 per €1/);
    // A product goes on the shopping list with its package's grams.
    const first = rows.first();
    const food = (await first.getAttribute('data-food')) ?? '';
    await first.locator('[data-action="add-to-list"]').click();
    await popup.locator('[role="status"]', { hasText: 'added to the shopping list' }).waitFor();
    const list = await s.extensionPage('popup.html#list');
    await list.locator(`li[data-food="${food}"]`).first().waitFor();
    await list.close();
    await popup.locator('input[name="rank-by"][value="calcium"]').check();
    const calcium = (await read('data-calcium')).map((r) => r.n).filter((n) => !Number.isNaN(n));
    expect(descending(calcium)).toBe(true);
    // Choosing the last product scrolls the page to it and outlines it with K2 Lens's own element.
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = rows.last();
    const index = Number(await last.getAttribute('data-index'));
    await last.locator('button.product-title').click();
    await page.waitForFunction(() => document.querySelector('k2lens-highlight') !== null);
    const title = (await last.locator('button.product-title').textContent()) ?? '';
    const visible = await page.evaluate((t) => {
      const el = [...document.querySelectorAll('h3')].find((h) => (h.textContent ?? '').includes(t));
      const r = el?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    }, title.trim());
    expect(index).toBeGreaterThanOrEqual(0);
    expect(visible).toBe(true);
    await page.waitForFunction(() => document.querySelector('k2lens-highlight') === null, undefined, {
      timeout: 5000,
    });
    await popup.close();
    await page.close();
  });

  it('"Scan this page once" badges a page of a site K2 Lens does not run on', async () => {
    const url = `${s.server.origin.replace('127.0.0.1', 'localhost')}/product/index.html`;
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await page.locator('k2lens-badge').count()).toBe(0);
    const tabId = await s.worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('button[data-action="scan-page"]').click();
    await waitForBadge(page, 'gouda-aged');
    await popup.close();
    // Only this once: a reload of the page brings no badge.
    await page.reload();
    await page.waitForTimeout(800);
    expect(await page.locator('k2lens-badge').count()).toBe(0);
    await page.close();
  });

  it('a single-page app navigation resets the page summary', async () => {
    const page = await s.newPage('/spa/index.html');
    await waitForBadge(page, 'brie');
    const tabId = await s.worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      page.url(),
    );
    await page.click('#to-dairy');
    await waitForBadge(page, 'kefir');
    // The location watcher notices the new address within a second or two.
    await page.waitForTimeout(2500);
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('.page-foods li[data-food="kefir"]').waitFor();
    expect(await popup.locator('.page-foods li[data-food="brie"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('"Enable on this site" makes K2 Lens run on a site outside the curated list', async () => {
    const url = `${s.server.origin.replace('127.0.0.1', 'localhost')}/grocery/index.html`;
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(800);
    expect(await page.locator('k2lens-badge').count()).toBe(0);
    const tabId = await s.worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('button[data-action="enable-site"]').click();
    await popup.locator('[role="status"]', { hasText: 'Enabled' }).waitFor();
    await popup.close();
    await page.reload();
    await waitForBadge(page, 'kefir');
    await page.close();
  });

  it('puts a recipe card before the ingredient list of a schema.org recipe', async () => {
    const page = await s.newPage('/recipe/index.html');
    const card = page.locator('k2lens-recipe');
    await card.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await card.evaluate((el) => el.nextElementSibling?.className)).toBe('ingredients');
    expect(await card.getAttribute('data-servings')).toBe('6');
    const [text] = await shadowTexts(page, 'k2lens-recipe');
    expect(text?.text).toContain('Per serving (6 servings)');
    expect(text?.text).toContain('Gruyère: 150 g');
    expect(text?.text).toContain('Whole recipe');
    // Every cheese line has a badge; the tip about cheesecloth and a grater has none.
    for (const id of ['gruyere', 'parmigiano-reggiano', 'creme-fraiche', 'butter'])
      await waitForBadge(page, id);
    expect(await page.locator('aside k2lens-badge').count()).toBe(0);
    // The description and the method are prose about the same ingredients: no badges there.
    expect(await page.locator('article > p k2lens-badge, ol k2lens-badge').count()).toBe(0);
    // The toolbar window's recipe line: the total with the basis the card shows (≈, "est.", ≥).
    await page.waitForTimeout(500);
    const tabId = await s.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      page.url(),
    );
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    const line = (await popup.locator('[data-testid="recipe-summary"]').textContent()) ?? '';
    const whole = (text?.text ?? '').split('Whole recipe')[1] ?? '';
    const k2Of = (t: string) => /K2 ([≈≥<]) ([\d.,]+ µg)( est\.)?/.exec(t)?.slice(1, 4);
    expect(line).toMatch(/^Recipe \(6 servings\): K2 /);
    // Same sign, number and mark as the card's whole-recipe K2.
    expect(k2Of(line)).toEqual(k2Of(whole));
    expect(k2Of(line)?.[1]).toMatch(/\d/);
    await popup.close();
    await page.close();
  });

  it('badges supplement titles with their labelled doses and opens the evidence summary', async () => {
    const page = await s.newPage('/grocery/index.html');
    await waitForBadge(page, 'kefir');
    await page.evaluate(() => {
      const shop = (window as unknown as { demoShop: { loadMore(): void } }).demoShop;
      for (let i = 0; i < 3; i++) shop.loadMore();
    });
    const k2 = page.locator('article:has-text("Vitamin K2 MK-7") k2lens-badge');
    await k2.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await k2.getAttribute('aria-label')).toContain('vitamin K2 200 µg as MK-7');
    const ca = page.locator('article:has-text("Calcium 600 mg") k2lens-badge');
    await ca.waitFor({ state: 'attached' });
    expect(await ca.getAttribute('aria-label')).toContain('no vitamin K2 listed');
    await ca.focus();
    await page.keyboard.press('Enter');
    await page.locator('k2lens-tooltip').waitFor({ state: 'visible' });
    const [card] = await shadowTexts(page, 'k2lens-tooltip');
    expect(card?.text).toContain('The label lists calcium and vitamin D and no vitamin K2');
    expect(card?.text).toContain('2,500 mg a day');
    expect(card?.text).toContain('(EFSA 2012)');
    const opened = s.context.waitForEvent('page');
    await clickInShadow(page, 'button', 'What the studies measured');
    const evidence = await opened;
    await evidence.waitForURL(/popup\.html#k2-calcium-vitamin-d$/);
    await evidence.locator('#k2-calcium-vitamin-d').waitFor();
    // The intake rows arrive from the background after the page shows.
    await evidence.locator('.evidence li', { hasText: '2,500 mg a day' }).waitFor();
    await evidence.close();
    await page.close();
  });

  it('the page itself works and logs no error caused by the extension', async () => {
    const errors = s.consoleErrors.filter((e) => !e.startsWith('chrome-extension://'));
    expect(errors).toEqual([]);
  });

  it('made no network request of its own', () => {
    expect(egress(s)).toEqual([]);
  });
});
