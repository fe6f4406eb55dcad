/**
 * The basket card on cart pages of four markup styles (number fields, select
 * menus, quantities as text, − / + steppers): totals right, live updates when
 * the shopper changes a quantity, lines that are no food not counted, and
 * nothing written into the page's form fields.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { chromiumVersion } from './browsers';
import { launch, type Session } from './harness';
import { shadowTexts } from './shadow';

const central = (id: string) => {
  const f = dataset.foods.find((x) => x.id === id);
  if (!f) throw new Error(`no food ${id}`);
  return { k2: f.k2.central, calcium: f.calcium.central };
};

/** K2 and calcium of a basket's lines [food, quantity, package grams], by hand from the per-100 g values. */
const expected = (lines: [string, number, number][]) => {
  let k2 = 0;
  let calcium = 0;
  for (const [id, quantity, grams] of lines) {
    k2 += (central(id).k2 * quantity * grams) / 100;
    calcium += (central(id).calcium * quantity * grams) / 100;
  }
  return { k2, calcium };
};

/** The basket card's totals (from its host) once they match `want` (the card follows the page). */
async function totals(page: Page, want?: { k2: number; calcium: number }) {
  const card = page.locator('k2lens-basket');
  await card.waitFor({ state: 'attached', timeout: 10_000 });
  if (want)
    await page.waitForFunction(
      (k2) => Math.abs(Number(document.querySelector('k2lens-basket')?.getAttribute('data-k2')) - k2) < 0.05,
      want.k2,
      { timeout: 5_000 },
    );
  return {
    k2: Number(await card.getAttribute('data-k2')),
    calcium: Number(await card.getAttribute('data-calcium')),
    items: Number(await card.getAttribute('data-items')),
  };
}

describe(`the basket card (${chromiumVersion()})`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('number fields: totals, a changed quantity, a line that is no food, the fields untouched', async () => {
    const page = await s.newPage('/cart/number.html');
    const first = expected([
      ['brie', 2, 200],
      ['kefir', 1, 500],
    ]);
    const t = await totals(page, first);
    expect(t.k2).toBeCloseTo(first.k2, 1);
    expect(t.calcium).toBeCloseTo(first.calcium, 1);
    expect(t.items).toBe(2);
    const [card] = await shadowTexts(page, 'k2lens-basket');
    expect(card?.text).toContain('Toilet paper, 8 rolls');
    // The shopper types 3 for the Brie.
    await page.locator('tr.cart-row input').first().fill('3');
    const next = expected([
      ['brie', 3, 200],
      ['kefir', 1, 500],
    ]);
    expect((await totals(page, next)).k2).toBeCloseTo(next.k2, 1);
    expect(
      await page
        .locator('tr.cart-row input')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['3', '1', '1']);
    await page.close();
  });

  it('select menus (German): a multipack × its quantity, a changed choice', async () => {
    const page = await s.newPage('/cart/select.html');
    const first = expected([
      ['leerdammer', 3, 300],
      ['yogurt', 1, 500],
    ]);
    expect((await totals(page, first)).k2).toBeCloseTo(first.k2, 1);
    await page.locator('li.item select').first().selectOption('1');
    const next = expected([
      ['leerdammer', 1, 300],
      ['yogurt', 1, 500],
    ]);
    const t = await totals(page, next);
    expect(t.k2).toBeCloseTo(next.k2, 1);
    expect(t.calcium).toBeCloseTo(next.calcium, 1);
    expect(
      await page
        .locator('li.item select')
        .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)),
    ).toEqual(['1', '1', '1']);
    await page.close();
  });

  it('quantities as text (French): "Qté : 2"', async () => {
    const page = await s.newPage('/cart/text.html');
    const want = expected([
      ['comte', 2, 250],
      ['butter', 1, 250],
    ]);
    const t = await totals(page, want);
    expect(t.calcium).toBeCloseTo(want.calcium, 1);
    expect(t.items).toBe(2);
    await page.close();
  });

  it('steppers (Dutch): the shop changes the count, the card follows', async () => {
    const page = await s.newPage('/cart/stepper.html');
    const first = expected([
      ['gouda', 1, 500],
      ['sauerkraut', 2, 520],
    ]);
    expect((await totals(page, first)).k2).toBeCloseTo(first.k2, 1);
    await page.locator('article.product .plus').first().click();
    const next = expected([
      ['gouda', 2, 500],
      ['sauerkraut', 2, 520],
    ]);
    expect((await totals(page, next)).k2).toBeCloseTo(next.k2, 1);
    await page.close();
  });

  it('is no card on a page that is no cart', async () => {
    const page = await s.newPage('/grocery/index.html');
    await page.locator('k2lens-badge').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    expect(await page.locator('k2lens-basket').count()).toBe(0);
    await page.close();
  });
});
