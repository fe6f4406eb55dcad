/**
 * Failure recovery in Chromium: a service worker stopped under an open page, an
 * IndexedDB without quota, and the extension reloaded while pages are open.
 */
import { join } from 'node:path';
import type { CDPSession, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { launch, ROOT, type Session } from './harness';

/** A DevTools session on some page: it reaches the Target and Storage domains. */
async function browserCdp(s: Session): Promise<CDPSession> {
  const page = s.context.pages()[0] ?? (await s.context.newPage());
  return s.context.newCDPSession(page);
}

async function stopWorkers(s: Session): Promise<void> {
  const cdp = await browserCdp(s);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  for (const t of targetInfos) {
    if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.extensionId}/`)) {
      await cdp.send('Target.closeTarget', { targetId: t.targetId });
    }
  }
  await cdp.detach();
}

describe('failure recovery', () => {
  let s: Session;
  let helper: Worker;
  beforeAll(async () => {
    s = await launch({ extraExtensions: [join(ROOT, 'tests', 'e2e', 'fixtures', 'reloader')] });
    const isHelper = (w: Worker) => w.url().endsWith('/reloader-sw.js');
    helper =
      s.context.serviceWorkers().find(isHelper) ??
      (await s.context.waitForEvent('serviceworker', { predicate: isHelper }));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a stopped service worker is woken by the next lookup', async () => {
    const page = await s.newPage('/grocery/index.html');
    await page.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached' });
    await stopWorkers(s);
    await page.evaluate(() => (window as unknown as { demoShop: { loadMore(): void } }).demoShop.loadMore());
    await page.locator('k2lens-badge[data-food="halloumi"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(s.consoleErrors.filter((e) => e.startsWith(page.url()))).toEqual([]);
    await page.close();
  });

  it('a damaged database held open elsewhere: lookups come from the bundled data, the popup says so, the next start repairs it', async () => {
    await stopWorkers(s);
    // An incompatible database, kept open by another page of the extension (so it cannot be deleted).
    const holder = await s.extensionPage('options.html');
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('k2lens');
          del.onerror = () => reject(del.error);
          del.onsuccess = () => {
            const open = indexedDB.open('k2lens', 999);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              (window as unknown as { held: IDBDatabase }).held = open.result;
              resolve();
            };
          };
        }),
    );
    await stopWorkers(s);
    const popup = await s.extensionPage('popup.html');
    await popup.locator('[role="alert"].problem').waitFor({ timeout: 20_000 });
    expect(await popup.locator('[role="alert"].problem').textContent()).toContain(
      'IndexedDB is not available',
    );
    await popup.fill('#search', 'natto');
    await popup.locator('.food[data-food="natto"]').waitFor();
    const page = await s.newPage('/grocery/index.html');
    await page.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(s.consoleErrors.filter((e) => e.startsWith(page.url()))).toEqual([]);
    // The other page lets go: the next start deletes the damaged copy and seeds it again.
    await holder.close();
    await stopWorkers(s);
    const status = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
    expect(status).toEqual({ ok: true, value: { mode: 'indexeddb', datasetVersion: dataset.version } });
    await popup.close();
    await page.close();
  });

  it('an extension turned off under an open page: the old content script stops cleanly, the new instance badges the reloaded page', async () => {
    const page = await s.newPage('/grocery/index.html');
    await page.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached' });
    const errorsBefore = s.consoleErrors.length;
    // Turned off (as during an update or removal), then on again: a new instance of the extension.
    await helper.evaluate((id) => chrome.management.setEnabled(id, false), s.extensionId);
    await page.waitForTimeout(500);
    // The page changes; the old content script notices the extension is gone and removes its badges.
    await page.evaluate(() =>
      (window as unknown as { demoShop: { render(): void; loadMore(): void } }).demoShop.loadMore(),
    );
    await page.waitForFunction(() => document.querySelectorAll('k2lens-badge').length === 0, null, {
      timeout: 10_000,
    });
    // The page still works.
    await page.click('#rerender');
    expect(await page.locator('article').count()).toBeGreaterThan(20);
    const newErrors = s.consoleErrors.slice(errorsBefore).filter((e) => e.startsWith(page.url()));
    expect(newErrors).toEqual([]);
    expect(newErrors.join('\n')).not.toContain('Extension context invalidated');
    // After the reload of the page, the new instance badges it.
    await helper.evaluate((id) => chrome.management.setEnabled(id, true), s.extensionId);
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.close();
  });
});
