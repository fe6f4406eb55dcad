import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { DEFAULT_PREFS } from '../../src/prefs/schema';
import { chromiumVersion } from './browsers';
import { egress, launch, type Session } from './harness';

describe(`popup and options in ${chromiumVersion()}`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each([
    ['emmentaler', 'emmental'],
    ['gruyer', 'gruyere'],
    ['camembret', 'camembert'],
    ['Käse', 'cheese'],
  ])('search "%s" finds %s', async (query, food) => {
    const page = await s.extensionPage('popup.html');
    await page.fill('#search', query);
    await page.locator(`.food[data-food="${food}"]`).first().waitFor();
    await page.close();
  });

  it('opens a food with the keyboard and shows its evidence, sources and similar foods', async () => {
    const page = await s.extensionPage('popup.html');
    await page.fill('#search', 'goud');
    await page.locator('.food[data-food="gouda"]').waitFor();
    const index = await page
      .locator('.food')
      .evaluateAll((els) => els.findIndex((e) => e.getAttribute('data-food') === 'gouda'));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('.food.active').getAttribute('data-food')).toBe('gouda');
    await page.keyboard.press('Enter');
    const card = page.locator('.k2-card[data-food="gouda"]');
    await card.waitFor();
    const gouda = dataset.foods.find((f) => f.id === 'gouda');
    // Gouda's K2: K2viewer (citing references 1; 5) and Vermeer 2018 (with NEVO, not independent of it): two
    // independent sources; its calcium: CIQUAL and USDA.
    expect(await card.locator('.basis-k2 .confidence').textContent()).toBe(
      'Measured (2 independent sources)',
    );
    expect(await card.locator('.basis-calcium .confidence').textContent()).toBe(
      'Measured (2 independent tables)',
    );
    await card.locator('details.sources summary').click();
    const sourcesText = await card.locator('details.sources').textContent();
    for (const id of gouda?.k2.sources ?? []) {
      const citation = dataset.sources.find((x) => x.id === id)?.citation ?? '';
      expect(sourcesText).toContain(citation.slice(0, 30));
    }
    await page.locator('.similar li').first().waitFor();
    const similar = await page
      .locator('.similar li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-food')));
    expect(similar.length).toBeGreaterThan(0);
    expect(similar).not.toContain('gouda');
    await page.keyboard.press('Escape');
    await page.locator('#search').waitFor();
    await page.close();
  });

  it('shows a helpful message when nothing matches', async () => {
    const page = await s.extensionPage('popup.html');
    await page.fill('#search', 'xqzvw');
    await page.locator('.empty', { hasText: 'No food named like' }).waitFor();
    await page.close();
  });

  it('options: a change persists over a reload; an invalid value is refused with a message', async () => {
    const page = await s.extensionPage('options.html');
    await page.locator('input[name="units"][value="perServing"]').check();
    await page.locator('[role="status"]', { hasText: 'Saved.' }).waitFor();
    await page.fill('input[name="target-k2"]', '99999');
    await page.locator('input[name="target-k2"]').dispatchEvent('change');
    await page
      .locator('[role="alert"]', { hasText: 'the K2 target must be a number from 1 to 2000' })
      .waitFor();
    await page.reload();
    await page.locator('input[name="units"]').first().waitFor();
    expect(await page.locator('input[name="units"][value="perServing"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="target-k2"]').inputValue()).toBe(String(DEFAULT_PREFS.targets.k2));
    await page.close();
  });

  it('options: About the data lists every source and the dataset version', async () => {
    const page = await s.extensionPage('options.html');
    await page.locator('[data-testid="dataset-version"]').waitFor();
    expect(await page.locator('[data-testid="dataset-version"]').textContent()).toBe(dataset.version);
    const listed = await page
      .locator('.sources li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
    expect(listed.sort()).toEqual(dataset.sources.map((x) => x.id).sort());
    await page.close();
  });

  it('corrupt stored preferences break neither the options page, the popup nor the content script', async () => {
    const setup = await s.extensionPage('options.html');
    await setup.evaluate(() =>
      chrome.storage.sync.set({
        prefs: { units: 42, targets: 'lots', categories: null },
        siteRules: 'garbage',
      }),
    );
    await setup.close();
    const errorsBefore = s.consoleErrors.length;
    const options = await s.extensionPage('options.html');
    await options.locator('input[name="units"][value="per100g"]').waitFor();
    expect(await options.locator('input[name="units"][value="per100g"]').isChecked()).toBe(true);
    const popup = await s.extensionPage('popup.html');
    await popup.fill('#search', 'brie');
    await popup.locator('.food[data-food="brie"]').waitFor();
    const page = await s.newPage('/grocery/index.html');
    await page.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('k2lens-badge[data-food="kefir"]').getAttribute('aria-label')).toContain(
      'per 100 g',
    );
    expect(s.consoleErrors.slice(errorsBefore)).toEqual([]);
    await page.close();
    await options.close();
    await popup.close();
  });

  it('made no network request', () => {
    expect(egress(s)).toEqual([]);
  });
});
