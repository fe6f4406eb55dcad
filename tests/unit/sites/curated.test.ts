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
    ).toBeGreaterThanOrEqual(40);
    expect(
      new Set(CURATED_SITES.filter((s) => s.kind === 'recipes').map((s) => s.country)).size,
    ).toBeGreaterThanOrEqual(5);
    expect(CURATED_MATCHES).toHaveLength(domains.length * 2);
  });

  it('is listed in src/sites/README.md, each site on the line of its country', () => {
    const readme = readFileSync(new URL('../../../src/sites/README.md', import.meta.url), 'utf8');
    for (const { domain, country } of CURATED_SITES) {
      expect(readme, domain).toContain(`\`${domain}\``);
      const line = readme.split('\n').find((l) => l.startsWith('- ') && l.includes(`\`${domain}\``));
      expect(line, domain).toMatch(new RegExp(`^- ${country}: `));
    }
  });

  it('holds host names, country codes and no domain inside another', () => {
    for (const { domain, country, name } of CURATED_SITES) {
      expect(domain, domain).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
      expect(country, domain).toMatch(/^[A-Z]{2}$/);
      expect(name.trim(), domain).not.toBe('');
    }
    for (const a of CURATED_SITES)
      for (const b of CURATED_SITES)
        if (a !== b) expect(a.domain.endsWith(`.${b.domain}`), a.domain).toBe(false);
  });

  it.each([
    ['RU', 7],
    ['UA', 6],
    ['GR', 5],
    ['KR', 5],
    ['RO', 5],
    ['CA', 5],
    ['EE', 4],
    ['TR', 4],
    ['JP', 3],
    ['HK', 3],
    ['AU', 3],
    ['NZ', 3],
    ['IE', 3],
    ['PL', 3],
    ['CZ', 3],
    ['HU', 3],
    ['BG', 2],
    ['RS', 2],
    ['MT', 2],
  ])('lists the large online grocers of %s (%i)', (country, count) => {
    expect(CURATED_SITES.filter((s) => s.kind === 'grocery' && s.country === country)).toHaveLength(count);
  });

  it.each([
    ['www.tesco.com', 'tesco.com'],
    ['groceries.asda.com', 'asda.com'],
    ['ah.nl', 'ah.nl'],
    ['notah.nl', undefined],
    ['tesco.com.evil.example', undefined],
    ['www.ebag.bg', 'ebag.bg'],
    ['eshop.masoutis.gr', 'masoutis.gr'],
    ['online.carrefour.com.tw', 'carrefour.com.tw'],
    ['emart.ssg.com', 'ssg.com'],
    ['shop.aeon.com', 'shop.aeon.com'],
    ['www.aeon.com', undefined],
    ['netsuper.rakuten.co.jp', 'netsuper.rakuten.co.jp'],
    ['item.rakuten.co.jp', undefined],
    ['www.tesco.ie', 'tesco.ie'],
    ['bevasarlas.tesco.hu', 'tesco.hu'],
    ['www.woolworths.com.au', 'woolworths.com.au'],
    ['notcoles.com.au', undefined],
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
