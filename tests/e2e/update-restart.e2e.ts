/**
 * A site the user enabled (not on the curated list) keeps its badges after the
 * extension is updated and after the browser restarts with the same profile,
 * in Chromium (unpacked build reloaded with a higher version) and Firefox ESR
 * (packed build installed over itself with a higher version).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { chromiumVersion, firefoxVersion } from './browsers';
import { launchFirefox, packXpi, prepareFirefoxExtension } from './firefox';
import { launch, servePages } from './harness';

declare const browser: typeof chrome;

const UPDATED_VERSION = '99.0.0';
/** A page on localhost: served by the test server, on no list of K2 Lens (the user enables it). */
const PAGE = '/grocery/index.html';
const local = (origin: string) => `${origin.replace('127.0.0.1', 'localhost')}${PAGE}`;

/** Polls `check` until it answers true (10 s). */
async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the background did not register the enabled site again');
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe(`a site the user enabled, across an update and a restart, in ${chromiumVersion()}`, () => {
  const badge = async (page: Page) =>
    page.locator('k2lens-badge[data-food="kefir"]').first().waitFor({ state: 'attached', timeout: 10_000 });

  it('keeps its badges after the extension updates and after the browser restarts', async () => {
    const server = await servePages();
    let s = await launch({ keep: true, server, args: ['--enable-unsafe-extension-debugging'] });
    const { userDataDir, extensionDir } = s;
    try {
      const url = local(server.origin);
      const page = await s.context.newPage();
      await page.goto(url);
      const tabId = await s.worker.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        url,
      );
      const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
      await popup.locator('button[data-action="enable-site"]').click();
      await popup.locator('[role="status"]', { hasText: 'Enabled' }).waitFor();
      await popup.close();
      await page.reload();
      await badge(page);

      // Update: the unpacked build gets a higher version and is loaded again from its folder (DevTools'
      // Extensions.loadUnpacked, as the Reload button does; chrome.runtime.reload() of an extension loaded
      // with --load-extension leaves this Chromium without it).
      const manifestPath = join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: UPDATED_VERSION }));
      const browserSession = await s.context.browser()?.newBrowserCDPSession();
      if (!browserSession) throw new Error('no browser-level DevTools session');
      const loaded = (await browserSession.send(
        'Extensions.loadUnpacked' as never,
        {
          path: extensionDir,
        } as never,
      )) as { id: string };
      expect(loaded.id).toBe(s.extensionId);
      const check = await s.extensionPage('popup.html');
      expect(await check.evaluate(() => chrome.runtime.getManifest().version)).toBe(UPDATED_VERSION);
      // The browser dropped the site's content script with the update; the background registers it again.
      await until(() =>
        check.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).some((c) => c.matches?.length),
        ),
      );
      await check.close();
      const afterUpdate = await s.context.newPage();
      await afterUpdate.goto(url);
      await badge(afterUpdate);
      await s.close();

      // Restart: the same profile and extension folder.
      s = await launch({ reuse: { userDataDir, extensionDir }, keep: true, server });
      const started = await s.extensionPage('popup.html');
      await until(() =>
        started.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).some((c) => c.matches?.length),
        ),
      );
      await started.close();
      const afterRestart = await s.context.newPage();
      await afterRestart.goto(url);
      await badge(afterRestart);
    } finally {
      await s.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    }
  });
});

describe(`a site the user enabled, across an update and a restart, in ${firefoxVersion()}`, () => {
  const badge = (page: FirefoxPage) =>
    page.waitForSelector('k2lens-badge[data-food="kefir"]', { timeout: 10_000 });

  it('keeps its badges after the extension updates and after the browser restarts', async () => {
    const server = await servePages();
    const first = prepareFirefoxExtension();
    const updated = prepareFirefoxExtension(undefined, { version: UPDATED_VERSION });
    // The profile sends every host but the test server's 127.0.0.1 to the refusing proxy; localhost too here.
    const port = new URL(server.origin).port;
    const prefs = { 'network.proxy.no_proxies_on': `127.0.0.1:${port}, localhost:${port}` };
    let s = await launchFirefox({ extension: { xpi: await packXpi(first) }, keep: true, server, prefs });
    const { profile } = s;
    try {
      const url = local(server.origin);
      const page = await s.browser.newPage();
      await page.goto(url);
      const lookup = await s.extensionPage('popup.html');
      const tabId = await lookup.evaluate(
        async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id,
        url,
      );
      await lookup.close();
      expect(tabId).toBeTypeOf('number');
      const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
      await popup.click('button[data-action="enable-site"]');
      await popup.waitForFunction(() =>
        [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes('Enabled')),
      );
      await popup.close();
      await page.reload();
      await badge(page);

      // Update: the packed build with a higher version installed over the first.
      await s.install({ xpi: await packXpi(updated) });
      const check = await s.extensionPage('popup.html');
      expect(await check.evaluate(() => browser.runtime.getManifest().version)).toBe(UPDATED_VERSION);
      // The browser dropped the site's content script with the update; the background registers it again.
      await until(() =>
        check.evaluate(async () =>
          (await browser.scripting.getRegisteredContentScripts()).some((c) => c.matches?.length),
        ),
      );
      await check.close();
      const afterUpdate = await s.browser.newPage();
      await afterUpdate.goto(url);
      await badge(afterUpdate);
      await s.close();

      // Restart: the same profile, the add-on already installed in it.
      s = await launchFirefox({ profile, extension: 'installed', keep: true, server, prefs });
      const started = await s.extensionPage('popup.html');
      await until(() =>
        started.evaluate(async () =>
          (await browser.scripting.getRegisteredContentScripts()).some((c) => c.matches?.length),
        ),
      );
      await started.close();
      const afterRestart = await s.browser.newPage();
      await afterRestart.goto(url);
      await badge(afterRestart);
    } finally {
      await s.close();
      await server.close();
      for (const dir of [profile, first, updated]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
