import { describe, expect, it } from 'vitest';
import {
  BENCH_LANGS,
  type FoodNames,
  foodNamesOf,
  groceryPage,
  type PageOptions,
  prng,
  tileInfo,
  tilesHtml,
} from '../../bench/generate';

const FOODS: FoodNames[] = [
  { id: 'gouda', names: { en: ['Gouda'], de: ['Gouda'], nl: ['Goudse kaas'] }, fallback: 'Gouda' },
  { id: 'brie', names: { fr: ['Brie (soft-ripened)'] }, fallback: 'Brie' },
  { id: 'kefir', names: {}, fallback: 'Kefir' },
];
const page = (seed: number, tiles: number): PageOptions => ({ seed, tiles, foods: FOODS });

describe('synthetic grocery pages', () => {
  it('are the same for the same seed and differ for another seed', () => {
    expect(groceryPage(page(1, 300))).toBe(groceryPage(page(1, 300)));
    expect(groceryPage(page(2, 300))).not.toBe(groceryPage(page(1, 300)));
  });

  it('name a food in about a third of the tiles', () => {
    const infos = Array.from({ length: 3000 }, (_, i) => tileInfo(page(5, 3000), i));
    const share = infos.filter((t) => t.foodId).length / infos.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.37);
  });

  it('write each food by its name in the tile language, without explanations in parentheses', () => {
    const infos = Array.from({ length: 900 }, (_, i) => tileInfo(page(3, 900), i));
    for (const t of infos.filter((x) => x.foodId === 'gouda' && x.lang === 'nl'))
      expect(t.title).toContain('Goudse kaas');
    for (const t of infos.filter((x) => x.foodId === 'kefir')) expect(t.title).toContain('Kefir');
    const brie = infos.filter((x) => x.foodId === 'brie' && x.lang === 'fr');
    expect(brie.length).toBeGreaterThan(0);
    for (const t of brie) expect(t.title).not.toContain('(');
  });

  it('cycle through the nine languages in shelves of 50 tiles', () => {
    expect(BENCH_LANGS).toHaveLength(9);
    expect(tileInfo(page(1, 1000), 0).lang).toBe('en');
    expect(tileInfo(page(1, 1000), 49).lang).toBe('en');
    expect(tileInfo(page(1, 1000), 50).lang).toBe('de');
    expect(tileInfo(page(1, 1000), 450).lang).toBe('en');
    const html = groceryPage(page(1, 120));
    expect(html.match(/<section class="shelf" lang="/g)).toHaveLength(3);
    expect(html.match(/<li class="grid__item">/g)).toHaveLength(120);
  });

  it('give the same tiles alone (for appending) as inside the page', () => {
    const html = groceryPage(page(9, 100));
    expect(html).toContain(tilesHtml(page(9, 100), 0, 50));
    expect(html).toContain(tilesHtml(page(9, 100), 50, 50));
    expect(tilesHtml(page(9, 100), 100, 3).match(/<li /g)).toHaveLength(3);
  });

  it('escape titles for HTML', () => {
    const odd: FoodNames[] = [{ id: 'x', names: { en: ['A <b>&</b>'] }, fallback: 'x' }];
    const html = tilesHtml({ seed: 1, tiles: 60, foods: odd, foodShare: 1 }, 0, 10);
    expect(html).toContain('A &lt;b&gt;&amp;&lt;/b&gt;');
    expect(html).not.toContain('<b>&');
  });
});

describe('prng', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = prng(42);
    const b = prng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBe(1000);
  });
});

describe('foodNamesOf', () => {
  it('reads Norwegian names from nb, nn and no', () => {
    const [f] = foodNamesOf([
      { id: 'g', name: 'Goat', names: { nb: ['geitost'], nn: ['geitost nn'], en: ['goat'] } },
    ]);
    expect(f?.names.no).toEqual(['geitost', 'geitost nn']);
    expect(f?.names.en).toEqual(['goat']);
    expect(f?.names.de).toBeUndefined();
    expect(f?.fallback).toBe('Goat');
  });
});
