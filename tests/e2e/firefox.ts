/**
 * Real-browser harness for the Firefox build: Debian's firefox-esr driven over
 * WebDriver BiDi, which Firefox speaks natively (no geckodriver, nothing
 * downloaded). The built MV2 extension (`.output/firefox-mv2`, unchanged) is
 * installed as a temporary add-on with `webExtension.install`; its pages are
 * opened in tabs at a fixed moz-extension:// UUID preset in the profile.
 *
 * Network recording, zero egress:
 * - BiDi `network.beforeRequestSent` reports the requests of tabs (web pages
 *   and extension pages opened in a tab), but not those of the extension's
 *   background page.
 * - So the profile sends every request of the whole browser, loopback
 *   included, to a local recording proxy that refuses them all; only the test
 *   server (127.0.0.1:<its port>) is reached directly. Anything the background
 *   page (or Firefox itself) tries to send elsewhere is recorded, and nothing
 *   leaves the machine.
 * - Any test-server hit that no tab request accounts for came from outside the
 *   tabs (the background page).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PageServer, ROOT, servePages } from './harness';

export const FIREFOX_BUILD_DIR = join(ROOT, '.output', 'firefox-mv2');

/**
 * Internal UUID of the extension's moz-extension:// origin. Firefox picks a
 * random one per profile unless the pref `extensions.webextensions.uuids`
 * already maps the add-on id to one, which the test profile does.
 */
export const EXTENSION_UUID = '6f0e4c2a-9b7d-4e35-8a1f-2c5d7e9b0a14';

const STARTUP_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 20_000;

export function firefoxPath(): string {
  const chosen = process.env.FIREFOX_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`FIREFOX_PATH is set to ${chosen}, which does not exist`);
    return chosen;
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Firefox not found: install Debian\'s "firefox-esr" package (apt-get install -y firefox-esr) or set FIREFOX_PATH',
    );
  }
  return found;
}

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

function writeProfile(prefs: Record<string, Pref>): string {
  const dir = mkdtempSync(join(tmpdir(), 'k2lens-firefox-'));
  const lines = Object.entries(prefs).map(
    ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
  );
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
  return dir;
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
// WebDriver BiDi client

/** A serialized value as BiDi returns it (script.RemoteValue). */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
  internalId?: string;
}

type EventListener = (params: Record<string, unknown>) => void;

export class BiDiError extends Error {}

export class BiDi {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { method: string; resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();
  private readonly listeners = new Map<string, EventListener[]>();
  private closed = false;

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => {
      this.closed = true;
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new BiDiError(`${p.method}: connection closed`));
        this.pending.delete(id);
      }
    });
  }

  static async connect(url: string): Promise<BiDi> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new BiDiError(`cannot connect to ${url}`)), {
        once: true,
      });
    });
    return new BiDi(socket);
  }

  send<T = Record<string, unknown>>(
    method: string,
    params: object = {},
    timeoutMs = COMMAND_TIMEOUT_MS,
  ): Promise<T> {
    if (this.closed) return Promise.reject(new BiDiError(`${method}: connection closed`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BiDiError(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject, timer });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, listener: EventListener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  close(): void {
    if (!this.closed) this.socket.close();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as {
      type: 'success' | 'error' | 'event';
      id?: number;
      result?: unknown;
      error?: string;
      message?: string;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (message.type === 'event') {
      for (const listener of this.listeners.get(message.method ?? '') ?? []) listener(message.params ?? {});
      return;
    }
    const pending = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!pending || message.id === undefined) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'success') pending.resolve(message.result);
    else pending.reject(new BiDiError(`${pending.method}: ${message.error}: ${message.message}`));
  }
}

/** JSON-like arguments for functions evaluated in a page (script.LocalValue). */
function toLocalValue(value: unknown): object {
  if (value === undefined) return { type: 'undefined' };
  if (value === null) return { type: 'null' };
  switch (typeof value) {
    case 'string':
      return { type: 'string', value };
    case 'boolean':
      return { type: 'boolean', value };
    case 'number':
      if (Number.isNaN(value)) return { type: 'number', value: 'NaN' };
      if (Object.is(value, -0)) return { type: 'number', value: '-0' };
      if (!Number.isFinite(value)) return { type: 'number', value: value > 0 ? 'Infinity' : '-Infinity' };
      return { type: 'number', value };
  }
  if (Array.isArray(value)) return { type: 'array', value: value.map(toLocalValue) };
  if (typeof value === 'object') {
    return { type: 'object', value: Object.entries(value).map(([k, v]) => [k, toLocalValue(v)]) };
  }
  throw new TypeError(`cannot pass ${typeof value} to the page`);
}

/**
 * Plain JavaScript from a serialized result. An object met again (shared or
 * cyclic) is sent once with an `internalId` and then by that id alone; DOM
 * nodes become `{ sharedId }`.
 */
function fromRemoteValue(remote: RemoteValue, seen = new Map<string, unknown>()): unknown {
  const { type, value, internalId } = remote;
  if (internalId !== undefined && value === undefined && seen.has(internalId)) return seen.get(internalId);
  const remember = <T>(made: T): T => {
    if (internalId !== undefined) seen.set(internalId, made);
    return made;
  };
  const convert = (v: RemoteValue) => fromRemoteValue(v, seen);
  switch (type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return typeof value === 'number' ? value : Number(value === '-0' ? -0 : value);
    case 'bigint':
      return BigInt(value as string);
    case 'date':
      return new Date(value as string);
    case 'node':
      return { sharedId: remote.sharedId };
    case 'array': {
      const out = remember([] as unknown[]);
      for (const item of (value as RemoteValue[]) ?? []) out.push(convert(item));
      return out;
    }
    case 'set': {
      const out = remember(new Set<unknown>());
      for (const item of (value as RemoteValue[]) ?? []) out.add(convert(item));
      return out;
    }
    case 'map': {
      const out = remember(new Map<unknown, unknown>());
      for (const [k, v] of (value as [string | RemoteValue, RemoteValue][]) ?? []) {
        out.set(typeof k === 'string' ? k : convert(k), convert(v));
      }
      return out;
    }
    case 'object': {
      const out = remember({} as Record<string, unknown>);
      for (const [k, v] of (value as [string | RemoteValue, RemoteValue][]) ?? []) {
        out[typeof k === 'string' ? k : String(convert(k))] = convert(v);
      }
      return out;
    }
    default:
      return { type };
  }
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string; lineNumber: number; columnNumber: number };
}

// ---------------------------------------------------------------------------
// Tabs

export class FirefoxTab {
  constructor(
    private readonly bidi: BiDi,
    readonly context: string,
  ) {}

  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async reload(): Promise<void> {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context });
  }

  /**
   * Runs `fn` in the tab's document (its source text is sent, so it may only
   * use its arguments and the page's globals) and returns its awaited result.
   */
  async evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    const answer = await this.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration: fn.toString(),
      arguments: args.map(toLocalValue),
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (answer.type === 'exception') {
      throw new Error(`in the page: ${answer.exceptionDetails?.text ?? 'exception'}`);
    }
    return fromRemoteValue(answer.result ?? { type: 'undefined' }) as R;
  }

  /** Waits until an element matches `selector` (and, if given, contains `text`). */
  async waitFor(selector: string, options: { text?: string; timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const found = await this.evaluate(
      (sel: string, text: string | null, timeout: number) =>
        new Promise<boolean>((resolve) => {
          const deadline = Date.now() + timeout;
          const poll = () => {
            const hit = Array.from(document.querySelectorAll(sel)).some(
              (el) => text === null || (el.textContent ?? '').includes(text),
            );
            if (hit) resolve(true);
            else if (Date.now() > deadline) resolve(false);
            else setTimeout(poll, 20);
          };
          poll();
        }),
      selector,
      options.text ?? null,
      timeoutMs,
    );
    if (!found) {
      const what = options.text === undefined ? selector : `${selector} containing "${options.text}"`;
      throw new Error(`no ${what} within ${timeoutMs} ms`);
    }
  }

  private async element(selector: string): Promise<string> {
    const { nodes } = await this.bidi.send<{ nodes: RemoteValue[] }>('browsingContext.locateNodes', {
      context: this.context,
      locator: { type: 'css', value: selector },
      maxNodeCount: 1,
    });
    const sharedId = nodes[0]?.sharedId;
    if (!sharedId) throw new Error(`no element matches ${selector}`);
    return sharedId;
  }

  /** A real mouse click (input.performActions) at the centre of the first match. */
  async click(selector: string): Promise<void> {
    const sharedId = await this.element(selector);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context: this.context });
  }

  /** Clicks the element, then types `text` key by key. */
  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context: this.context });
  }
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

export interface FirefoxSession {
  bidi: BiDi;
  server: PageServer;
  proxy: RecordingProxy;
  /** The add-on id (gecko id). */
  addonId: string;
  /** `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** Requests of tabs, from BiDi network.beforeRequestSent. */
  tabRequests: FirefoxRequest[];
  browserVersion: string;
  newPage(path?: string): Promise<FirefoxTab>;
  extensionPage(name: string): Promise<FirefoxTab>;
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
}

function waitForBiDiUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`Firefox did not start WebDriver BiDi (${why}). Output:\n${output.slice(-2000)}`));
    };
    const timer = setTimeout(
      () => fail(`no listening line within ${STARTUP_TIMEOUT_MS} ms`),
      STARTUP_TIMEOUT_MS,
    );
    // Keeps draining both pipes for the whole session; remembers only the tail for error messages.
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (err) => fail(err.message));
    child.once('exit', (code, signal) => fail(`exited with ${signal ?? code}`));
  });
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const executable = firefoxPath();
  const buildDir = options.buildDir ?? FIREFOX_BUILD_DIR;
  const addonId = geckoId(buildDir);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const server = options.server ?? (await servePages());
  const proxy = await recordingProxy();
  const profile = writeProfile({
    ...firefoxPrefs(proxy.port, Number(new URL(server.origin).port), addonId),
    ...options.prefs,
  });

  const child = spawn(
    executable,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
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
    },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const cleanup = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (!options.server) await server.close();
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };

  let bidi: BiDi | undefined;
  try {
    const url = await waitForBiDiUrl(child);
    bidi = await BiDi.connect(`${url}/session`);
    const { capabilities } = await bidi.send<{ capabilities: { browserVersion: string } }>('session.new', {
      capabilities: {},
    });

    // Which document each tab shows, to tell extension pages from web pages.
    const documents = new Map<string, string>();
    const tabRequests: FirefoxRequest[] = [];
    const classify = (url: string) => (url.startsWith('moz-extension://') ? 'extension' : 'page');
    bidi.on('browsingContext.contextCreated', (p) => documents.set(String(p.context), String(p.url)));
    bidi.on('browsingContext.navigationStarted', (p) => documents.set(String(p.context), String(p.url)));
    bidi.on('network.beforeRequestSent', (p) => {
      const url = String((p.request as { url: string }).url);
      // A navigation request belongs to the document it loads; any other to the tab's current document.
      const document = p.navigation ? url : (documents.get(String(p.context)) ?? '');
      tabRequests.push({ url, from: classify(document) });
    });
    await bidi.send('session.subscribe', {
      events: [
        'browsingContext.contextCreated',
        'browsingContext.navigationStarted',
        'network.beforeRequestSent',
      ],
    });

    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: buildDir },
    });
    if (installed.extension !== addonId) {
      throw new Error(`installed add-on id ${installed.extension}, expected ${addonId}`);
    }

    const session: FirefoxSession = {
      bidi,
      server,
      proxy,
      addonId,
      extensionOrigin,
      tabRequests,
      browserVersion: capabilities.browserVersion,
      async newPage(path = '/') {
        const tab = await openTab(session);
        await tab.goto(server.origin + path);
        return tab;
      },
      async extensionPage(name) {
        const tab = await openTab(session);
        await tab.goto(`${extensionOrigin}/${name}`);
        const where = await tab.evaluate(() => ({
          origin: location.origin,
          id: (globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id ?? null,
        }));
        if (where.origin !== extensionOrigin || where.id !== addonId) {
          throw new Error(
            `${extensionOrigin}/${name} is not the extension's page (origin ${where.origin}, runtime id ${where.id}): ` +
              'the preset extensions.webextensions.uuids pref was not applied',
          );
        }
        return tab;
      },
      async egress() {
        // Let BiDi deliver the events of requests already sent.
        await new Promise((done) => setTimeout(done, 100));
        await bidi?.send('browsingContext.getTree', { maxDepth: 0 });
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
        try {
          await bidi?.send('browser.close', {}, 10_000);
        } catch {
          // already gone; the process is killed below if needed
        }
        bidi?.close();
        await cleanup();
      },
    };
    return session;
  } catch (err) {
    bidi?.close();
    child.kill('SIGKILL');
    await cleanup();
    throw err;
  }
}

async function openTab(session: FirefoxSession): Promise<FirefoxTab> {
  const { context } = await session.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  return new FirefoxTab(session.bidi, context);
}
