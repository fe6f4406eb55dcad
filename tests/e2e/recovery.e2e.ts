/**
 * Failure recovery in Chromium: a service worker stopped under an open page, an
 * IndexedDB without quota, and the extension reloaded while pages are open.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CDPSession, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { chromiumVersion } from './browsers';
import { launch, ROOT, type Session } from './harness';

/** A DevTools session on some page: it reaches the Target and Storage domains. */
async function browserCdp(s: Session): Promise<CDPSession> {
  const page = s.context.pages()[0] ?? (await s.context.newPage());
  return s.context.newCDPSession(page);
}

/**
 * Stops K2 Lens's service worker (and every other worker of the profile) and
 * waits until that instance is gone: DevTools reports it stopped, or its target
 * is gone. (A message may start a new instance at once, under the same target.)
 */
async function stopWorkers(s: Session): Promise<void> {
  const cdp = await browserCdp(s);
  const prefix = `chrome-extension://${s.extensionId}/`;
  const ours = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    return targetInfos
      .filter((t) => t.type === 'service_worker' && t.url.startsWith(prefix))
      .map((t) => t.targetId);
  };
  const before = await ours();
  // Our versions DevTools reports running, and whether one of them was then reported stopped.
  const running = new Set<string>();
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      if (!v.scriptURL.startsWith(prefix)) continue;
      if (v.runningStatus === 'running') running.add(v.versionId);
      else if (v.runningStatus === 'stopped' && running.has(v.versionId)) stopped = true;
    }
  });
  await cdp.send('ServiceWorker.enable');
  // The reports of the versions come after the domain is on.
  for (let i = 0; i < 20 && running.size === 0; i++) await new Promise((r) => setTimeout(r, 100));
  // Stops every worker of the profile (the test helper's too: the tests that need it run first).
  await cdp.send('ServiceWorker.stopAllWorkers');
  let left = before;
  for (let i = 0; i < 100 && left.length > 0 && !stopped; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await ours();
    left = before.filter((id) => now.includes(id));
  }
  await cdp.detach();
  if (left.length > 0 && !stopped)
    throw new Error(`the service worker did not stop (${before.length} running before, ${left.length} left)`);
}

describe(`failure recovery (${chromiumVersion()})`, () => {
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
  it('a stopped service worker is woken by the next lookup', async () => {
    const page = await s.newPage('/grocery/index.html');
    await page.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached' });
    // The page's tab, asked of the helper (K2 Lens's own worker is about to be stopped).
    const tabId = await helper.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      page.url(),
    );
    expect(typeof tabId).toBe('number');
    await stopWorkers(s);
    // New tiles: the content script's page summary goes to a stopped worker, which is started again.
    await page.evaluate(() => (window as unknown as { demoShop: { loadMore(): void } }).demoShop.loadMore());
    await page.locator('k2lens-badge[data-food="halloumi"]').waitFor({ state: 'attached', timeout: 15_000 });
    // The summary is reported shortly after the badges; the popup reads it when opened.
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    const listed = popup.locator('.page-foods li[data-food="halloumi"]');
    for (let i = 0; i < 30 && (await listed.count()) === 0; i++) {
      await popup.waitForTimeout(500);
      await popup.reload();
      await popup.locator('.this-page').waitFor();
    }
    expect(await listed.count()).toBe(1);
    expect(s.consoleErrors.filter((e) => e.startsWith(page.url()))).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe(`IndexedDB that cannot be opened (${chromiumVersion()})`, () => {
  it('lookups come from the bundled data, the popup says why, and a working store comes back on the next start', async () => {
    // First start: seeds IndexedDB. The profile and the extension copy are kept for the next starts.
    const first = await launch({ keep: true });
    const { userDataDir, extensionDir, extensionId } = first;
    const page = await first.extensionPage('popup.html');
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }))).toMatchObject({
      value: { mode: 'indexeddb' },
    });
    await first.close();
    // Break the extension origin's IndexedDB: a file where its database directory belongs.
    const dbDir = join(
      userDataDir,
      'Default',
      'IndexedDB',
      `chrome-extension_${extensionId}_0.indexeddb.leveldb`,
    );
    rmSync(dbDir, { recursive: true, force: true });
    mkdirSync(dirname(dbDir), { recursive: true });
    writeFileSync(dbDir, 'not a database');

    const broken = await launch({ keep: true, reuse: { userDataDir, extensionDir } });
    try {
      const popup = await broken.extensionPage('popup.html');
      await popup.locator('[role="alert"].problem').waitFor({ timeout: 20_000 });
      expect(await popup.locator('[role="alert"].problem').textContent()).toContain(
        'IndexedDB is not available',
      );
      await popup.fill('#search', 'natto');
      await popup.locator('.food[data-food="natto"]').waitFor();
      const page = await broken.newPage('/grocery/index.html');
      await page.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached', timeout: 15_000 });
      expect(broken.consoleErrors.filter((e) => e.startsWith(page.url()))).toEqual([]);
    } finally {
      await broken.close();
    }

    // The damage gone, the next start seeds IndexedDB again.
    rmSync(dbDir, { force: true });
    const fixed = await launch({ reuse: { userDataDir, extensionDir } });
    try {
      const popup = await fixed.extensionPage('popup.html');
      const status = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
      expect(status).toEqual({ ok: true, value: { mode: 'indexeddb', datasetVersion: dataset.version } });
    } finally {
      await fixed.close();
    }
  });
});
