/**
 * The shopping list in the built extension in Chromium: lines typed in the
 * toolbar window, one edited, the totals worked out by hand from the
 * dataset's central values per 100 g, the list kept when the window closes
 * and when the browser restarts with the same profile, exported to a file and
 * imported into the cleared list; a food added from "This page" and through
 * the background message a detail card sends. In Firefox ESR: the same lines,
 * totals and edit, kept across a restart with the same profile.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { chromiumVersion, firefoxVersion } from './browsers';
import { type FirefoxSession, launchFirefox, packXpi, prepareFirefoxExtension } from './firefox';
import { egress, launch, type Session, servePages } from './harness';

declare const browser: typeof chrome;

const value = (id: string) => {
  const food = dataset.foods.find((f) => f.id === id);
  return [food?.k2.central, food?.calcium.central];
};

const LINES = ['400 g gouda', '2 × kefir 500 ml', 'natto 3×45 g', 'bread', 'brie'];
const EDITED = ['400 g gouda', '2 × kefir 500 ml', 'natto 3×45 g', 'bread', 'brie 200 g'];

/*
 * By hand, from the central values per 100 g (checked in the first test):
 * gouda 65 µg / 737 mg, kefir 4.5 µg / 127 mg, natto 852.2 µg / 217 mg, brie 14.7 µg / 247 mg.
 * - 400 g gouda: 260 µg, 2948 mg
 * - 2 × kefir 500 ml: 500 ml at 245 g per US cup (236.59 ml) = 517.8 g, twice 1035.6 g: 46.602 µg, 1315.212 mg
 * - natto 3×45 g = 135 g: 1150.47 µg, 292.95 mg
 * - brie 200 g (after the edit): 29.4 µg, 494 mg; bread: not recognised
 * K2 260 + 46.602 + 1150.47 + 29.4 = 1486.472 µg → "1,500 µg", 1486.472 / 90 = 1651.6 % → "1,700%"
 * Ca 2948 + 1315.212 + 292.95 + 494 = 5050.162 mg → "5,100 mg", 5050.162 / 950 = 531.6 % → "530%"
 */
const TOTAL_K2 = 1486.472;
const TOTAL_CALCIUM = 5050.162;
const TOTALS_TEXT =
  'Total: K2 ≈ 1,500 µg · Ca 5,100 mg (1,700% of your daily K2 target, 530% of your calcium target)';

const itemTexts = (page: Page) => page.locator('.list-items li .item-text').allTextContents();

async function totals(page: Page) {
  const el = page.locator('[data-testid="list-totals"]');
  await el.waitFor();
  return {
    text: ((await el.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    k2: Number(await el.getAttribute('data-k2')),
    calcium: Number(await el.getAttribute('data-calcium')),
  };
}

/** The list as it must read after the edit (items, values, totals, what was not counted). */
async function expectEditedList(page: Page) {
  await page
    .locator('.list-items li')
    .nth(EDITED.length - 1)
    .waitFor();
  expect(await itemTexts(page)).toEqual(EDITED);
  const t = await totals(page);
  expect(t.text).toBe(TOTALS_TEXT);
  expect(t.k2).toBeCloseTo(TOTAL_K2, 1);
  expect(t.calcium).toBeCloseTo(TOTAL_CALCIUM, 1);
  expect(await page.locator('.list-items li[data-state="unmatched"] .item-text').allTextContents()).toEqual([
    'bread',
  ]);
  expect(await page.locator('[data-testid="list-unrecognised"]').textContent()).toBe(
    '1 item not recognised, not counted: “bread”',
  );
  expect(await page.locator('.list-items li[data-food="kefir"] .item-values').textContent()).toBe(
    'Kefir, 1,036 g: K2 ≈ 47 µg (52%) · Ca 1,300 mg (140%)',
  );
  const chart = page.locator('[data-testid="list-chart"]');
  expect(await chart.getAttribute('role')).toBe('img');
  expect(await chart.getAttribute('aria-label')).toContain('Natto, 135 g: K2 1,300%, calcium 31%');
}

describe(`the shopping list in ${chromiumVersion()}`, () => {
  let s: Session | undefined;
  const server = servePages();
  const cleanup: string[] = [];
  afterAll(async () => {
    await s?.close();
    await (await server).close();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('the dataset values the totals were worked out from', () => {
    expect(value('gouda')).toEqual([65, 737]);
    expect(value('kefir')).toEqual([4.5, 127]);
    expect(value('natto')).toEqual([852.2, 217]);
    expect(value('brie')).toEqual([14.7, 247]);
  });

  it('adds lines, edits one, totals right; kept across reopening the window and a browser restart', async () => {
    s = await launch({ keep: true, server: await server });
    cleanup.push(s.userDataDir, s.extensionDir);
    let page = await s.extensionPage('popup.html#list');
    await page.locator('.shopping-list .empty', { hasText: 'The list is empty' }).waitFor();
    await page.fill('#list-add', LINES.join('\n'));
    await page.locator('[data-action="add"]').click();
    await page.locator('[role="status"]', { hasText: '5 items added.' }).waitFor();
    expect(await itemTexts(page)).toEqual(LINES);
    expect(await page.locator('.list-items li[data-food="brie"] .item-values').textContent()).toBe(
      'Brie: no amount, not counted',
    );

    const brie = page.locator('.list-items li[data-food="brie"]');
    await brie.locator('[data-action="edit"]').click();
    await page.fill('input[name="item-text"]', 'brie 200 g');
    await page.keyboard.press('Enter');
    await page.locator('[role="status"]', { hasText: 'Saved.' }).waitFor();
    expect(await brie.locator('.item-values').textContent()).toBe(
      'Brie, 200 g: K2 ≈ 29 µg (33%) · Ca 490 mg (52%)',
    );
    await expectEditedList(page);

    // The window closed and opened again.
    await page.close();
    page = await s.extensionPage('popup.html');
    await page.locator('[data-action="open-list"]').click();
    await expectEditedList(page);
    await page.close();

    // The browser restarted with the same profile.
    const { userDataDir, extensionDir } = s;
    await s.close();
    s = await launch({ reuse: { userDataDir, extensionDir }, keep: true, server: await server });
    page = await s.extensionPage('popup.html#list');
    await expectEditedList(page);
    await page.close();
  });

  it('exports the list to a file and imports it into the cleared list', async () => {
    if (!s) throw new Error('no browser');
    const page = await s.extensionPage('popup.html#list');
    await expectEditedList(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('k2lens-shopping-list.json');
    const file = join(s.userDataDir, 'exported-list.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.format).toBe('k2lens-shopping-list');
    expect(saved.items.map((i: { text: string }) => i.text)).toEqual(EDITED);

    await page.locator('[data-action="clear"]').click();
    await page.locator('[data-action="clear-confirm"]', { hasText: 'Remove all 5 items' }).click();
    await page.locator('.shopping-list .empty', { hasText: 'The list is empty' }).waitFor();
    await page.close();

    // A wrong file first: nothing imported, and the list stays as it is (empty).
    const again = await s.extensionPage('popup.html#list');
    await again.locator('.shopping-list .empty').waitFor();
    await again.locator('input[name="list-import"]').setInputFiles({
      name: 'not-a-list.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "k2lens-settings", "version": 1}'),
    });
    await again.locator('[role="alert"]', { hasText: 'This is not a K2 Lens shopping list file.' }).waitFor();
    expect(await again.locator('.list-items li').count()).toBe(0);

    await again.locator('input[name="list-import"]').setInputFiles(file);
    await again.locator('[role="status"]', { hasText: '5 items imported and added to the list.' }).waitFor();
    await expectEditedList(again);
    await again.close();
  });

  it('adds a food from "This page" and through the message a detail card sends', async () => {
    if (!s) throw new Error('no browser');
    const shop = await s.newPage('/grocery/index.html');
    await shop
      .locator('k2lens-badge[data-food="kefir"]')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 });
    await shop.waitForTimeout(500);
    const tabId = await s.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      shop.url(),
    );
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    const kefir = popup.locator('.page-foods li[data-food="kefir"]');
    await kefir.locator('[data-action="add-to-list"]').click();
    await popup
      .locator('.this-page [role="status"]', { hasText: 'Kefir added to the shopping list.' })
      .waitFor();

    // What the page's detail card sends (from a tab): a food by id with the package's grams.
    const answer = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'list:add', items: [{ foodId: 'gouda', grams: 400, lang: 'en' }] }),
    );
    expect(answer).toMatchObject({ ok: true, value: { added: 1, persistent: true } });
    const refused = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'list:add', items: [{ foodId: 'Gouda<b>', grams: -1 }] }),
    );
    expect(refused).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'foodId must be a food id' },
    });

    await popup.locator('[data-action="open-list"]').click();
    await popup
      .locator('.list-items li')
      .nth(EDITED.length + 1)
      .waitFor();
    expect((await itemTexts(popup)).slice(EDITED.length)).toEqual(['Kefir', '400 g Gouda']);
    expect(
      await popup
        .locator('.list-items li')
        .nth(EDITED.length + 1)
        .locator('.item-values')
        .textContent(),
    ).toBe('Gouda, 400 g: K2 ≈ 260 µg (290%) · Ca 2,900 mg (310%)');
    expect(await popup.locator('[data-testid="list-without-amount"]').textContent()).toBe(
      '1 item without an amount, not counted: “Kefir”',
    );
    await popup.close();
    await shop.close();
  });

  it('made no network request', () => {
    if (!s) throw new Error('no browser');
    expect(egress(s)).toEqual([]);
  });
});

describe(`the shopping list in ${firefoxVersion()}`, () => {
  /** The text of every element matching `selector`. */
  const texts = (page: FirefoxPage, selector: string) =>
    page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? ''), selector);
  const waitForText = (page: FirefoxPage, selector: string, text: string) =>
    page.waitForFunction(
      (sel, t) =>
        [...document.querySelectorAll(sel)].some((e) => e.textContent?.replace(/\s+/g, ' ').trim() === t),
      { timeout: 10_000 },
      selector,
      text,
    );

  async function expectEdited(page: FirefoxPage) {
    await waitForText(page, '[data-testid="list-totals"]', TOTALS_TEXT);
    expect(await texts(page, '.list-items li .item-text')).toEqual(EDITED);
    const k2 = await page.evaluate(() =>
      document.querySelector('[data-testid="list-totals"]')?.getAttribute('data-k2'),
    );
    expect(Number(k2)).toBeCloseTo(TOTAL_K2, 1);
  }

  async function openList(s: FirefoxSession) {
    const page = await s.extensionPage('popup.html');
    await page.waitForSelector('[data-action="open-list"]');
    await page.click('[data-action="open-list"]');
    await page.waitForSelector('#list-add');
    return page;
  }

  it('adds lines, edits one, totals right; kept after a restart with the same profile', async () => {
    const server = await servePages();
    const dir = prepareFirefoxExtension();
    let s = await launchFirefox({ extension: { xpi: await packXpi(dir) }, keep: true, server });
    const { profile } = s;
    try {
      let page = await openList(s);
      await page.type('#list-add', LINES.join('\n'));
      await page.click('[data-action="add"]');
      await waitForText(page, '[role="status"]', '5 items added.');
      await page.click('.list-items li[data-food="brie"] [data-action="edit"]');
      await page.waitForSelector('input[name="item-text"]');
      await page.evaluate(() => {
        (document.querySelector('input[name="item-text"]') as HTMLInputElement).select();
      });
      await page.type('input[name="item-text"]', 'brie 200 g');
      await page.keyboard.press('Enter');
      await waitForText(page, '[role="status"]', 'Saved.');
      await expectEdited(page);
      await page.close();

      // What a page's detail card sends, answered by Firefox's background page.
      page = await s.extensionPage('popup.html');
      const answer = await page.evaluate(() =>
        browser.runtime.sendMessage({
          type: 'list:add',
          items: [{ foodId: 'gouda', grams: 400, lang: 'en' }],
        }),
      );
      expect(answer).toMatchObject({ ok: true, value: { added: 1, persistent: true } });
      const removed = await page.evaluate(async () => {
        const list = (await browser.runtime.sendMessage({ type: 'list:get' })) as {
          value: { items: { id: number; text: string }[] };
        };
        const last = list.value.items.at(-1);
        return last?.text === '400 g Gouda'
          ? browser.runtime.sendMessage({ type: 'list:remove', id: last.id })
          : { ok: false };
      });
      expect(removed).toMatchObject({ ok: true });
      await page.close();
      expect(await s.egress()).toEqual([]);

      await s.close();
      s = await launchFirefox({ profile, extension: 'installed', keep: true, server });
      page = await openList(s);
      await expectEdited(page);
      await page.close();
    } finally {
      await s.close();
      await server.close();
      for (const d of [profile, dir]) rmSync(d, { recursive: true, force: true });
    }
  });
});
