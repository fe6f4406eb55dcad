/**
 * The built extensions themselves: no remote code and nothing that needs a
 * relaxed Content-Security-Policy, only the permissions the README lists, and
 * the content script within its size budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CURATED_MATCHES } from '../../src/sites/curated';
import { ROOT } from './harness';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (target) => {
  const dir = join(ROOT, '.output', target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const scripts = files(dir).filter((f) => f.endsWith('.js') || f.endsWith('.html'));

  it('has no eval, no Function constructor, no remote script and no relaxed CSP', () => {
    for (const f of scripts) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/(^|[^\w$.])eval\(/);
      expect(text, f).not.toMatch(/new Function\(/);
      expect(text, f).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, f).not.toMatch(/importScripts\(\s*["']https?:/);
    }
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(
      /unsafe-eval|unsafe-inline|https?:/,
    );
  });

  it('asks only for the permissions the README lists', () => {
    const permissions = [...(manifest.permissions ?? [])].sort();
    if (target === 'chrome-mv3') {
      expect(permissions).toEqual(['activeTab', 'scripting', 'storage']);
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      expect(manifest.host_permissions ?? []).toEqual([]);
    } else {
      // Manifest V2 lists host patterns with the permissions; none is requested up front.
      expect(permissions.filter((p: string) => !p.includes('://'))).toEqual([
        'activeTab',
        'scripting',
        'storage',
      ]);
      expect(permissions.filter((p: string) => p.includes('://'))).toEqual([]);
      expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    }
    const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.sort()).toEqual([...CURATED_MATCHES].sort());
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const p of ['storage', 'scripting', 'activeTab']) expect(readme).toContain(`\`${p}\``);
  });

  /**
   * The per-page cost is what counts (npm run bench: script evaluation and matcher set-up per page); this
   * cap only catches a runaway bundle. The lexicon of 33 languages is most of it.
   */
  it('keeps the content script within 160 KB gzip, lexicon included', () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'));
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(160 * 1024);
  });
});
