import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURATED_MATCHES,
  CURATED_SITES,
  curatedSiteOf,
  hostOf,
  originPatternFor,
  patternsFor,
} from '../../../src/sites/curated';

describe('curated sites', () => {
  it('covers grocery and recipe sites in several countries, each domain once', () => {
    const domains = CURATED_SITES.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
    expect(
      new Set(CURATED_SITES.filter((s) => s.kind === 'grocery').map((s) => s.country)).size,
    ).toBeGreaterThanOrEqual(8);
    expect(
      new Set(CURATED_SITES.filter((s) => s.kind === 'recipes').map((s) => s.country)).size,
    ).toBeGreaterThanOrEqual(5);
    expect(CURATED_MATCHES).toHaveLength(domains.length * 2);
  });

  it('is listed in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const { domain } of CURATED_SITES) expect(readme, domain).toContain(`\`${domain}\``);
  });

  it.each([
    ['www.tesco.com', 'tesco.com'],
    ['groceries.asda.com', 'asda.com'],
    ['ah.nl', 'ah.nl'],
    ['notah.nl', undefined],
    ['tesco.com.evil.example', undefined],
  ])('%s belongs to %s', (host, domain) => {
    expect(curatedSiteOf(host)?.domain).toBe(domain);
  });

  it('makes match patterns and origin patterns', () => {
    expect(patternsFor('ah.nl')).toEqual(['*://ah.nl/*', '*://*.ah.nl/*']);
    expect(originPatternFor('https://shop.example:8443/a/b?c')).toBe('https://shop.example/*');
    expect(originPatternFor('chrome://extensions')).toBeUndefined();
    expect(originPatternFor('not a url')).toBeUndefined();
    expect(hostOf('https://www.rewe.de/kaese')).toBe('www.rewe.de');
    expect(hostOf('file:///tmp/x.html')).toBeUndefined();
  });
});
