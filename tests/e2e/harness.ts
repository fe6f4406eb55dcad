/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, loading
 * the built MV3 extension (the exact files `npm run build` produced), with the
 * test pages of tests/pages served on 127.0.0.1. Records every request the
 * browser makes (pages, extension pages, service worker) for the zero-egress
 * assertions.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const PAGES_DIR = join(ROOT, 'tests', 'pages');
export const BUILD_DIR = join(ROOT, '.output', 'chrome-mv3');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PageServer {
  origin: string;
  /** Paths requested so far, in order. */
  hits: string[];
  close(): Promise<void>;
}

/**
 * A local HTTP server on 127.0.0.1 with a free port: records the path of every
 * request, answers /favicon.ico with nothing, and the rest with `handle`.
 */
export async function startServer(handle: (path: string, res: ServerResponse) => void): Promise<PageServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    hits.push(path);
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    handle(path, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Serves `dirs` (first match wins) on 127.0.0.1 with a free port. Extra routes answer fixed bodies. */
export function servePages(
  dirs: string[] = [PAGES_DIR],
  routes: Record<string, { type: string; body: string; headers?: Record<string, string> }> = {},
): Promise<PageServer> {
  return startServer((path, res) => {
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': route.type, ...route.headers });
      res.end(route.body);
      return;
    }
    for (const dir of dirs) {
      const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(dir) || !existsSync(file)) continue;
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // a directory or unreadable file: fall through to 404
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install Debian\'s "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH',
    );
  }
  return found;
}

/**
 * Copies the built extension and adds the loopback test origins to its host
 * list: 127.0.0.1 is treated like a curated site (content script declared in
 * the manifest); localhost is granted but not declared, like a site the user
 * can enable. Nothing else in the build changes.
 */
export function prepareExtension(buildDir = BUILD_DIR): string {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${buildDir}: run "npm run build" first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'k2lens-ext-'));
  cpSync(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [
    ...(manifest.host_permissions ?? []),
    'http://127.0.0.1/*',
    'http://localhost/*',
  ];
  for (const script of manifest.content_scripts ?? []) {
    script.matches = [...(script.matches ?? []), 'http://127.0.0.1/*'];
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

export interface RecordedRequest {
  url: string;
  /** 'page' (a tab's document or subresource), 'extension' (an extension page), 'worker' (service worker). */
  from: 'page' | 'extension' | 'worker';
  resourceType: string;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: PageServer;
  requests: RecordedRequest[];
  consoleErrors: string[];
  extensionDir: string;
  userDataDir: string;
  newPage(path?: string): Promise<Page>;
  extensionPage(name: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Keep the profile and the extension copy on close (to launch again with `reuse`). */
  keep?: boolean;
  /** Reuse a profile and an extension copy from an earlier launch. */
  reuse?: { userDataDir: string; extensionDir: string };
  /** More unpacked extensions to load next to K2 Lens (test helpers). */
  extraExtensions?: string[];
  buildDir?: string;
  server?: PageServer;
  viewport?: { width: number; height: number } | null;
  /** More Chromium switches (e.g. `--lang=fr`). */
  args?: string[];
  /** Environment of the browser process. */
  env?: Record<string, string>;
  /** Locale Playwright emulates in pages and workers (it sets one, en-US, unless told). */
  locale?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const extensionDir = options.reuse?.extensionDir ?? prepareExtension(options.buildDir);
  const server = options.server ?? (await servePages());
  const userDataDir = options.reuse?.userDataDir ?? mkdtempSync(join(tmpdir(), 'k2lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      `--disable-extensions-except=${[extensionDir, ...(options.extraExtensions ?? [])].join(',')}`,
      `--load-extension=${[extensionDir, ...(options.extraExtensions ?? [])].join(',')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const requests: RecordedRequest[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    const frame = (() => {
      try {
        return req.frame();
      } catch {
        return null;
      }
    })();
    const from = !frame ? 'worker' : frame.url().startsWith('chrome-extension://') ? 'extension' : 'page';
    requests.push({ url, from, resourceType: req.resourceType() });
  });
  context.on('page', (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  });

  const isOurs = (w: Worker) => w.url().endsWith('/background.js');
  let worker = context.serviceWorkers().find(isOurs);
  worker ??= await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    server,
    requests,
    consoleErrors,
    extensionDir,
    userDataDir,
    async newPage(path = '/') {
      const page = await context.newPage();
      await page.goto(server.origin + path);
      return page;
    },
    async extensionPage(name: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.server) await server.close();
      if (!options.keep) {
        rmSync(userDataDir, { recursive: true, force: true });
        rmSync(extensionDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Requests that left the browser's own files and the local test server, or
 * that the extension (not the page) sent to the test server.
 */
export function egress(session: Session): RecordedRequest[] {
  const { origin } = session.server;
  // The test server answers as 127.0.0.1 (a curated site in the test build) and as localhost (a site the user enables).
  const served = [`${origin}/`, `${origin.replace('127.0.0.1', 'localhost')}/`];
  const ownFiles = `chrome-extension://${session.extensionId}/`;
  return session.requests.filter((r) => {
    if (r.url.startsWith(ownFiles) || r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
    if (r.from === 'page' && served.some((prefix) => r.url.startsWith(prefix))) return false;
    return true;
  });
}

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

/**
 * Expects `locator` to read `expected` (white space collapsed), waiting up to `timeout` ms for it: a window's
 * text can still change after the element appears (values worked out after the items are drawn), so a single
 * read races with the render. Fails with the text it last read.
 */
export async function expectText(locator: Locator, expected: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    last = ((await locator.textContent({ timeout })) ?? '').replace(/\s+/g, ' ').trim();
    if (last === expected || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(last, `the text of ${locator}`).toBe(expected);
}
