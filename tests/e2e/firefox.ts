/**
 * Real-browser harness for the Firefox build: Debian's firefox-esr driven by
 * puppeteer-core over WebDriver BiDi, which Firefox speaks natively (no
 * geckodriver, no browser download: puppeteer-core only launches the
 * executable it is given).
 *
 * The extension under test is a copy of `.output/firefox-mv2` with what the
 * Chromium harness adds too (the loopback test origins) and one background
 * script of the tests' own (`OPENER`, below). It is installed over BiDi
 * `webExtension.install`: as a temporary add-on from its folder, or as a
 * permanent one from a packed `.xpi` (unsigned, which Firefox ESR accepts with
 * `xpinstall.signatures.required` off) when a test restarts the browser or
 * updates the add-on.
 *
 * Extension pages: since Firefox 153, WebDriver may navigate a tab only to
 * http(s), file, blob and about:blank unless the whole browser is started with
 * `--remote-allow-system-access`. The tests do not widen the remote agent's
 * rights; they open an extension page as the extension itself would: the tab
 * loads `<test server>/__extension__/<page>`, and the opener script (which sees
 * that URL through its host permission for the test server) points the tab at
 * its own `moz-extension://` page with `tabs.update`. BiDi reports no
 * navigation events for extension documents, so puppeteer keeps the tab's old
 * URL: the harness polls the document's origin instead, and reloads an
 * extension page with `location.reload()`.
 *
 * Network recording, zero egress:
 * - puppeteer's `request` events report the requests of tabs (web pages and
 *   extension pages), not those of the extension's background page.
 * - So the profile sends every request of the whole browser, loopback
 *   included, to a local recording proxy that refuses them all; only the test
 *   server (127.0.0.1:<its port>) is reached directly. Anything the background
 *   page (or Firefox itself) tries to send elsewhere is recorded, and nothing
 *   leaves the machine.
 * - Any test-server hit that no tab request accounts for came from outside the
 *   tabs (the background page).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import webExt from 'web-ext';
import { firefoxPath, firefoxVersion } from './browsers';
import { type PageServer, ROOT, servePages } from './harness';

export const FIREFOX_BUILD_DIR = join(ROOT, '.output', 'firefox-mv2');

/**
 * Internal UUID of the extension's moz-extension:// origin. Firefox picks a
 * random one per profile unless the pref `extensions.webextensions.uuids`
 * already maps the add-on id to one, which the test profile does.
 */
export const EXTENSION_UUID = '6f0e4c2a-9b7d-4e35-8a1f-2c5d7e9b0a14';

/** Where a tab asks the opener script for one of the extension's pages. */
const OPENER_PATH = '/__extension__/';

/**
 * The tests' background script: a tab that loads `<loopback>/__extension__/<page>`
 * is sent to the extension's own `<page>`, as `runtime.openOptionsPage()` or a
 * click on the toolbar button would open it.
 */
const OPENER = String.raw`// K2 Lens E2E only: opens the extension's own pages for the tests (see tests/e2e/firefox.ts).
browser.tabs.onUpdated.addListener((tabId, change) => {
  const match = /^http:\/\/127\.0\.0\.1:\d+\/__extension__\/(.+)$/.exec(change.url ?? '');
  if (match) browser.tabs.update(tabId, { url: browser.runtime.getURL('/' + match[1]) });
});
`;

const STARTUP_TIMEOUT_MS = 30_000;
const PAGE_TIMEOUT_MS = 10_000;

/** The gecko id of the built extension (browser_specific_settings in wxt.config.ts). */
export function geckoId(buildDir = FIREFOX_BUILD_DIR): string {
  const manifestPath = join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built Firefox extension in ${buildDir}: run "npm run build:firefox" first`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Copies the built extension for the tests: 127.0.0.1 is treated like a curated
 * site (content script declared, host permission), localhost is granted but not
 * declared (a site the user can enable without a permission prompt), and the
 * opener script runs in the background page. `version` replaces the
 * manifest's version (an update). Nothing else in the build changes.
 */
export function prepareFirefoxExtension(
  buildDir = FIREFOX_BUILD_DIR,
  options: { version?: string } = {},
): string {
  geckoId(buildDir);
  const dir = mkdtempSync(join(tmpdir(), 'k2lens-ffext-'));
  cpSync(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.permissions = [...(manifest.permissions ?? []), 'http://127.0.0.1/*', 'http://localhost/*'];
  for (const script of manifest.content_scripts ?? []) {
    script.matches = [...(script.matches ?? []), 'http://127.0.0.1/*'];
  }
  writeFileSync(join(dir, 'k2lens-e2e-opener.js'), OPENER);
  manifest.background.scripts = [...manifest.background.scripts, 'k2lens-e2e-opener.js'];
  if (options.version) manifest.version = options.version;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/** Packs an extension folder into an unsigned `.xpi` next to it (web-ext build). */
export async function packXpi(dir: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'k2lens-xpi-'));
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir: dir, artifactsDir: out, filename: 'k2lens.xpi', overwriteDest: true },
    { showReadyMessage: false },
  );
  return extensionPath;
}

// ---------------------------------------------------------------------------
// Profile

export type Pref = string | number | boolean;

/**
 * Profile preferences: no first-run or welcome pages, and no background
 * service that would reach the network (telemetry, updates, remote settings,
 * Safe Browsing, captive portal and connectivity checks, push, DNS over HTTPS,
 * prefetching). Whatever still tries goes to the recording proxy.
 */
export function firefoxPrefs(proxyPort: number, serverPort: number, addonId: string): Record<string, Pref> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    // A packed test build is unsigned; Firefox ESR installs it permanently with this off.
    'xpinstall.signatures.required': false,
    // Every request except those to the test server goes to the recording proxy, loopback included;
    // no fallback to direct.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': `127.0.0.1:${serverPort}`,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // First run, start page, session restore.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': '',
    'startup.homepage_welcome_url.additional': '',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    'browser.discovery.enabled': false,
    'browser.uitour.enabled': false,
    'browser.tabs.warnOnClose': false,
    'browser.sessionstore.resume_from_crash': false,
    'toolkit.startup.max_resumed_crashes': -1,
    // Telemetry and studies.
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.policy.firstRunURL': '',
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    // Updates of the browser, add-ons, plugins and search engines.
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.webservice.discoverURL': '',
    'extensions.getAddons.discovery.api_url': '',
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'browser.search.update': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'geo.provider.network.url': '',
    // Remote settings (honoured by release builds only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, set at launch).
    'services.settings.server': 'data:,#remote-settings-disabled/v1',
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    // Safe Browsing and tracking-protection lists.
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.mozilla.gethashURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google4.gethashURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google.gethashURL': '',
    'privacy.trackingprotection.enabled': false,
    // Accounts, push, translations, machine learning, suggestions.
    'identity.fxaccounts.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'browser.urlbar.quicksuggest.enabled': false,
  };
}

// ---------------------------------------------------------------------------
// Recording proxy

export interface RecordingProxy {
  port: number;
  /** `METHOD url` (plain HTTP) or `CONNECT host:port` (HTTPS, WebSocket over TLS), in order. */
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 that records every request and forwards none. */
export async function recordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end('blocked by the K2 Lens test proxy');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------
// Launch

export interface FirefoxRequest {
  url: string;
  /**
   * 'page': a web page in a tab; 'extension': an extension page in a tab;
   * 'browser': seen by the recording proxy (any part of the browser, including
   * the background page); 'untracked': a test-server hit no tab accounts for.
   */
  from: 'page' | 'extension' | 'browser' | 'untracked';
}

/** What to install when the browser has started. */
export type FirefoxExtension =
  /** An unpacked folder, as a temporary add-on (gone when the browser closes). */
  | { dir: string }
  /** A packed `.xpi`, as a permanent add-on of the profile (an update when an older version is installed). */
  | { xpi: string }
  /** Nothing: the profile already has the add-on from an earlier launch. */
  | 'installed';

export interface FirefoxSession {
  browser: Browser;
  server: PageServer;
  proxy: RecordingProxy;
  /** The add-on id (gecko id). */
  addonId: string;
  /** `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** The profile folder (kept on close with `keep`, to launch again with `profile`). */
  profile: string;
  /** Requests of tabs, from puppeteer's `request` events. */
  tabRequests: FirefoxRequest[];
  /** e.g. `153.8.0esr`. */
  browserVersion: string;
  newPage(path?: string): Promise<Page>;
  /** Opens one of the extension's pages (`popup.html`, `options.html?x`) in a new tab. */
  extensionPage(name: string): Promise<Page>;
  /** Reloads an extension page and waits for its new document. */
  reloadExtensionPage(page: Page): Promise<void>;
  /** Installs (or updates to) another copy of the add-on. */
  install(extension: { dir: string } | { xpi: string }): Promise<void>;
  /** Every recorded request that went neither to the extension's own files nor, from a web page, to the test server. */
  egress(): Promise<FirefoxRequest[]>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  buildDir?: string;
  /** A test server of this session alone (its hits are matched against the tabs' requests). */
  server?: PageServer;
  /** Preferences added to (or overriding) firefoxPrefs(). */
  prefs?: Record<string, Pref>;
  /** Start with this profile (from an earlier launch with `keep`) instead of a new one. */
  profile?: string;
  /** Keep the profile folder on close. */
  keep?: boolean;
  /** Default: a fresh test copy of `buildDir` as a temporary add-on. */
  extension?: FirefoxExtension;
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

/** Polls `fn` until it returns true (an evaluation may fail while the tab changes documents). */
async function until(what: string, fn: () => Promise<boolean>, timeoutMs = PAGE_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await fn().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms (${firefoxVersion()})`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const buildDir = options.buildDir ?? FIREFOX_BUILD_DIR;
  const addonId = geckoId(buildDir);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const server = options.server ?? (await servePages());
  const proxy = await recordingProxy();
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'k2lens-firefox-'));
  const copies: string[] = [];
  let browser: Browser | undefined;

  const cleanup = async () => {
    if (!options.server) await server.close();
    await proxy.close();
    if (!options.keep) rmSync(profile, { recursive: true, force: true });
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  };

  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      userDataDir: profile,
      timeout: STARTUP_TIMEOUT_MS,
      extraPrefsFirefox: {
        ...firefoxPrefs(proxy.port, Number(new URL(server.origin).port), addonId),
        ...options.prefs,
      },
      env: {
        ...process.env,
        // Keeps Firefox's per-user files (crash reports, pending pings) in the throwaway profile.
        HOME: profile,
        MOZ_HEADLESS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        // Lets the profile point remote settings at nothing (release builds ignore the pref otherwise).
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      },
    });
    const open = browser;

    // Which tabs show an extension page, to tell their requests from a web page's.
    const extensionTabs = new WeakSet<Page>();
    const tabRequests: FirefoxRequest[] = [];
    const record = (page: Page) =>
      page.on('request', (request) =>
        tabRequests.push({ url: request.url(), from: extensionTabs.has(page) ? 'extension' : 'page' }),
      );
    for (const page of await open.pages()) record(page);
    open.on('targetcreated', (target) => {
      void target.page().then((page) => page && record(page));
    });

    const install = async (extension: { dir: string } | { xpi: string }) => {
      let installed: string;
      if ('dir' in extension) {
        installed = await open.installExtension(extension.dir);
      } else {
        // puppeteer's installExtension() installs only temporary add-ons (gone at the next start); Firefox's
        // BiDi takes "moz:permanent" for a packed add-on, sent over puppeteer's own BiDi connection.
        const connection = (open as unknown as { connection: BiDiConnection }).connection;
        const { result } = await connection.send('webExtension.install', {
          extensionData: { type: 'archivePath', path: extension.xpi },
          'moz:permanent': true,
        });
        installed = result.extension;
      }
      if (installed !== addonId) throw new Error(`installed add-on id ${installed}, expected ${addonId}`);
    };
    const extension = options.extension ?? { dir: prepareFirefoxExtension(buildDir) };
    if (extension !== 'installed') {
      if ('dir' in extension && !options.extension) copies.push(extension.dir);
      await install(extension);
    }

    const session: FirefoxSession = {
      browser: open,
      server,
      proxy,
      addonId,
      extensionOrigin,
      profile,
      tabRequests,
      browserVersion: (await open.version()).replace(/^firefox\//i, ''),
      async newPage(path = '/') {
        const page = await open.newPage();
        await page.goto(server.origin + path);
        return page;
      },
      async extensionPage(name) {
        const page = await open.newPage();
        // The opener script replaces the document the tab starts loading with the extension's page (see the
        // top of this file). Started from the page: puppeteer would wait for a load event BiDi never reports.
        await page.evaluate((url) => {
          location.href = url;
        }, `${server.origin}${OPENER_PATH}${name}`);
        await until(`${extensionOrigin}/${name} did not open`, () =>
          page.evaluate(
            (origin) => location.origin === origin && document.readyState === 'complete',
            extensionOrigin,
          ),
        );
        extensionTabs.add(page);
        const id = await page.evaluate(
          () => (globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id ?? null,
        );
        if (id !== addonId) {
          throw new Error(
            `${extensionOrigin}/${name} is not the extension's page (runtime id ${id}): ` +
              'the preset extensions.webextensions.uuids pref was not applied',
          );
        }
        return page;
      },
      async reloadExtensionPage(page) {
        await page.evaluate(() => {
          (globalThis as { k2lensBeforeReload?: boolean }).k2lensBeforeReload = true;
          setTimeout(() => location.reload(), 0);
        });
        await until('the extension page did not reload', () =>
          page.evaluate(
            () =>
              !(globalThis as { k2lensBeforeReload?: boolean }).k2lensBeforeReload &&
              document.readyState === 'complete',
          ),
        );
      },
      install,
      async egress() {
        // Let BiDi deliver the events of requests already sent (one round trip after a pause).
        await new Promise((done) => setTimeout(done, 100));
        await open.pages();
        const ownFiles = `${extensionOrigin}/`;
        const fromTabs = tabRequests.filter(
          (r) => !r.url.startsWith(ownFiles) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'),
        );
        const leaked: FirefoxRequest[] = fromTabs.filter(
          (r) => !(r.from === 'page' && r.url.startsWith(`${server.origin}/`)),
        );
        leaked.push(...proxy.requests.map((url) => ({ url, from: 'browser' as const })));
        // Test-server hits that no tab request accounts for.
        const accounted = new Map<string, number>();
        for (const r of tabRequests) {
          if (!r.url.startsWith(`${server.origin}/`)) continue;
          const path = pathOf(r.url);
          accounted.set(path, (accounted.get(path) ?? 0) + 1);
        }
        for (const path of server.hits) {
          const left = accounted.get(path) ?? 0;
          if (left > 0) accounted.set(path, left - 1);
          else leaked.push({ url: server.origin + path, from: 'untracked' });
        }
        return leaked;
      },
      async close() {
        await open.close().catch(() => undefined);
        await cleanup();
      },
    };
    return session;
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await cleanup();
    throw err;
  }
}

/** The one call of puppeteer's BiDi connection used here (see `install`). */
interface BiDiConnection {
  send(
    method: 'webExtension.install',
    params: { extensionData: { type: 'archivePath'; path: string }; 'moz:permanent': boolean },
  ): Promise<{ result: { extension: string } }>;
}
