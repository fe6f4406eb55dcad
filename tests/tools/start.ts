/**
 * `npm start`: builds K2 Lens, serves the demo pages of tests/pages on
 * 127.0.0.1 and opens Chromium with the extension loaded on the demo index.
 * Without a display (a server, CI) Chromium runs headless and a screenshot of
 * the demo page is saved. `npm start -- --check` exits after checking that the
 * extension badged the demo page (used by CI to keep this command working).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, launch, PAGES_DIR, ROOT, servePages } from '../e2e/harness';

const args = new Set(process.argv.slice(2));
const checkOnly = args.has('--check');
const DEMO_PATH = '/grocery/index.html';

function say(line: string): void {
  process.stdout.write(`k2lens: ${line}\n`);
}

function ensureChromium(): void {
  if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium') || existsSync('/usr/bin/chromium-browser'))
    return;
  const isRoot = process.getuid?.() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    say("installing Debian's chromium package (apt-get install -y chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    const res = spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
    if (res.status === 0) return;
  }
  say('Chromium is needed. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium"),');
  say('or point CHROMIUM_PATH at a Chromium binary, then run "npm start" again.');
  process.exit(1);
}

async function main(): Promise<void> {
  ensureChromium();
  say('building the extension…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const server = await servePages([PAGES_DIR]);
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const headless = checkOnly || !hasDisplay;
  const session = await launch({
    headless,
    server,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const page = await session.newPage(DEMO_PATH);
  say(`demo pages: ${server.origin}/  (K2 Lens is loaded in ${headless ? 'headless ' : ''}Chromium)`);

  const badge = page.locator('[data-k2lens-badge]').first();
  const badged = await badge
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  const shot = join(ensureDir(join(ROOT, 'tests', '.artifacts')), 'start.png');
  await page.screenshot({ path: shot });
  say(badged ? `badges are on the demo page (screenshot: ${shot})` : 'no badge appeared on the demo page');

  if (checkOnly) {
    await session.close();
    await server.close();
    process.exit(badged ? 0 : 1);
  }
  if (headless)
    say(
      'no display found: Chromium runs headless. Open the demo pages in your own browser after loading .output/chrome-mv3 (see README).',
    );
  say('press Ctrl+C to stop');
  const stop = async () => {
    await session.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  session.context.on('close', () => void stop());
}

void main();
