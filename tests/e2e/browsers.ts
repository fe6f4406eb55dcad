/**
 * The real browsers the E2E tests drive, and their versions. Debian's packages
 * move (apt installs today's Chromium and Firefox ESR on a fresh machine), so
 * every browser test names the version it ran on: a failure after a browser
 * update says which browser changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './harness';

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

const versions = new Map<string, string>();

/** `<name> <version>` as the executable reports it, or why it could not be read. */
function versionOf(name: string, executable: () => string, pattern: RegExp): string {
  let version = versions.get(name);
  if (version === undefined) {
    try {
      const out = execFileSync(executable(), ['--version'], { encoding: 'utf8', timeout: 20_000 });
      version = pattern.exec(out)?.[1] ?? `(version not read from "${out.trim()}")`;
    } catch (err) {
      version = `(not runnable: ${(err as Error).message.split('\n')[0]})`;
    }
    versions.set(name, version);
  }
  return `${name} ${version}`;
}

/** e.g. `Chromium 156.0.8078.114`. */
export const chromiumVersion = (): string => versionOf('Chromium', chromiumPath, /Chromium\s+(\S+)/);

/** e.g. `Firefox 153.8.0esr`. */
export const firefoxVersion = (): string => versionOf('Firefox', firefoxPath, /Firefox\s+(\S+)/);
