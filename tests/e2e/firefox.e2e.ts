import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { firefoxVersion } from './browsers';
import { type FirefoxSession, launchFirefox } from './firefox';
import { readSeededDataset } from './in-page';

// The WebExtension API of Firefox pages, as far as these tests use it.
declare const browser: typeof chrome & {
  runtime: { getBackgroundPage(): Promise<Window> };
};

const byId = new Map(dataset.foods.map((f) => [f.id, f]));

describe(`K2 Lens in ${firefoxVersion()} (puppeteer-core, WebDriver BiDi)`, () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    // No skip: without Firefox or a Firefox build this fails and says what is missing.
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('installs the build as a temporary add-on at the preset moz-extension origin', async () => {
    expect(Number.parseInt(s.browserVersion, 10)).toBeGreaterThanOrEqual(140);
    const page = await s.extensionPage('popup.html');
    // As JSON: the manifest is a WebExtension API object whose nested values BiDi does not serialize.
    const manifest = JSON.parse(await page.evaluate(() => JSON.stringify(browser.runtime.getManifest())));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(s.addonId);
    await page.close();
  });

  it('the background seeds IndexedDB in the extension origin and answers', async () => {
    const page = await s.extensionPage('popup.html');
    const status = await page.evaluate(() => browser.runtime.sendMessage({ type: 'status' }));
    expect(status).toEqual({ ok: true, value: { mode: 'indexeddb', datasetVersion: dataset.version } });
    const stored = await page.evaluate(readSeededDataset);
    expect(stored).toEqual({ foods: dataset.foods.length, version: dataset.version });
    await page.close();
  });

  it('popup search lists matching foods with K2 and calcium from the dataset', async () => {
    const page = await s.extensionPage('popup.html');
    await page.type('#search', 'goud');
    await page.waitForSelector('.food[data-food="gouda"]');
    const gouda = byId.get('gouda');
    expect(gouda).toBeDefined();
    const text = await page.evaluate(
      () => document.querySelector('.food[data-food="gouda"]')?.textContent ?? '',
    );
    // Two significant figures, as the popup shows them.
    expect(text).toContain(`K2 ≈ ${Number((gouda?.k2.central ?? Number.NaN).toPrecision(2))} µg`);
    expect(text).toContain(`Ca ${Number((gouda?.calcium.central ?? Number.NaN).toPrecision(2))} mg`);
    await page.close();
  });

  it('options: a units change persists across a reload', async () => {
    const page = await s.extensionPage('options.html');
    await page.waitForSelector('input[name="units"][value="perServing"]');
    const checked = () =>
      page.evaluate(
        () =>
          (document.querySelector('input[name="units"]:checked') as HTMLInputElement | null)?.value ?? null,
      );
    expect(await checked()).toBe('per100g');
    await page.click('input[name="units"][value="perServing"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes('Saved.')),
    );
    await s.reloadExtensionPage(page);
    await page.waitForSelector('input[name="units"]');
    expect(await checked()).toBe('perServing');
    const stored = await page.evaluate(() => browser.storage.sync.get('prefs'));
    expect(stored.prefs).toMatchObject({ units: 'perServing' });
    await page.close();
  });

  it('a web page from the test server loads and is not counted as egress', async () => {
    const page = await s.newPage('/');
    const title = await page.evaluate(() => document.title);
    expect(title.length).toBeGreaterThan(0);
    expect(s.server.hits).toContain('/');
    expect((await s.egress()).filter((r) => r.url === `${s.server.origin}/`)).toEqual([]);
    await page.close();
  });

  it('the recorders see extension-page and background-page requests (so the egress check can fail)', async () => {
    const page = await s.extensionPage('options.html');
    const { origin } = s.server;
    const fromPage = `${origin}/probe-from-extension-page`;
    const fromBackground = `${origin}/probe-from-background`;
    const offMachine = 'http://egress-probe.k2lens.invalid/probe';
    const otherLoopback = `http://localhost:${new URL(origin).port}/probe-by-name`;
    // Each fetch fails (no host permission, or refused by the proxy); that it was attempted is what counts.
    await page.evaluate(
      async (urls: string[]) => {
        const background = await browser.runtime.getBackgroundPage();
        if (!background) throw new Error('no background page');
        const [a, ...rest] = urls;
        await fetch(a as string).catch(() => undefined);
        for (const url of rest) await background.fetch(url).catch(() => undefined);
      },
      [fromPage, fromBackground, offMachine, otherLoopback],
    );
    const leaked = await s.egress();
    expect(leaked).toContainEqual({ url: fromPage, from: 'extension' });
    expect(leaked).toContainEqual({ url: fromBackground, from: 'untracked' });
    expect(leaked).toContainEqual({ url: `GET ${offMachine}`, from: 'browser' });
    expect(leaked).toContainEqual({ url: `GET ${otherLoopback}`, from: 'browser' });
    // Forget the probes so the next test checks the extension's own behaviour.
    const forget = <T>(list: T[], drop: (x: T) => boolean) =>
      list.splice(0, list.length, ...list.filter((x) => !drop(x)));
    forget(s.tabRequests, (r) => r.url === fromPage);
    forget(s.server.hits, (path) => path.startsWith('/probe-'));
    forget(s.proxy.requests, (r) => r.endsWith(offMachine) || r.endsWith(otherLoopback));
    await page.close();
  });

  it('makes no network request of its own (nor does the browser)', async () => {
    expect(await s.egress()).toEqual([]);
  });
});
