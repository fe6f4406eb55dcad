import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { chromiumVersion } from './browsers';
import { egress, launch, type Session } from './harness';
import { readSeededDataset } from './in-page';

const byId = new Map(dataset.foods.map((f) => [f.id, f]));

describe(`K2 Lens in ${chromiumVersion()}`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('seeds IndexedDB in the extension origin', async () => {
    const page = await s.extensionPage('popup.html');
    // Ask the background first: it answers once the dataset is in place.
    const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
    expect(status).toEqual({ ok: true, value: { mode: 'indexeddb', datasetVersion: dataset.version } });
    const stored = await page.evaluate(readSeededDataset);
    expect(stored.foods).toBe(dataset.foods.length);
    expect(stored.version).toBe(dataset.version);
    await page.close();
  });

  it('popup search lists matching foods with K2 and calcium from the dataset', async () => {
    const page = await s.extensionPage('popup.html');
    await page.fill('#search', 'goud');
    const item = page.locator('.food[data-food="gouda"]');
    await item.waitFor();
    const gouda = byId.get('gouda');
    expect(gouda).toBeDefined();
    const text = await item.textContent();
    // Two significant figures, as the popup shows them.
    expect(text).toContain(`K2 ≈ ${Number((gouda?.k2.central ?? Number.NaN).toPrecision(2))} µg`);
    expect(text).toContain(`Ca ${Number((gouda?.calcium.central ?? Number.NaN).toPrecision(2))} mg`);
    await page.fill('#search', 'zzzzqq');
    await page.locator('.empty', { hasText: 'No food named like' }).waitFor();
    expect(await page.locator('.food').count()).toBe(0);
    await page.close();
  });

  it('options: a units change persists across a reload', async () => {
    const page = await s.extensionPage('options.html');
    const perServing = page.locator('input[name="units"][value="perServing"]');
    await perServing.waitFor();
    expect(await page.locator('input[name="units"][value="per100g"]').isChecked()).toBe(true);
    await perServing.check();
    await page.locator('[role="status"]', { hasText: 'Saved.' }).waitFor();
    await page.reload();
    await page.locator('input[name="units"]').first().waitFor();
    expect(await page.locator('input[name="units"][value="perServing"]').isChecked()).toBe(true);
    const stored = await page.evaluate(() => chrome.storage.sync.get('prefs'));
    expect(stored.prefs).toMatchObject({ units: 'perServing' });
    await page.close();
  });

  it('the request recorder sees service-worker requests (so the egress check can fail)', async () => {
    const probe = `${s.server.origin}/probe-from-worker`;
    await s.worker.evaluate((url) => fetch(url).then((r) => r.status), probe);
    expect(s.requests.some((r) => r.url === probe && r.from === 'worker')).toBe(true);
    const leaked = egress(s).filter((r) => r.url === probe);
    expect(leaked.length).toBe(1);
    s.requests.splice(0, s.requests.length, ...s.requests.filter((r) => r.url !== probe));
  });

  it('makes no network request of its own', () => {
    expect(egress(s)).toEqual([]);
  });
});
