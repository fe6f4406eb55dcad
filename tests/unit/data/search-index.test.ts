import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import {
  allowedTypos,
  buildSearchIndex,
  editDistance,
  foldForSearch,
  searchIndex,
  similarFoods,
} from '../../../src/data/search-index';

const index = buildSearchIndex(dataset.foods, new Map([['kimchi', ['kimchee']]]));
const top = (q: string) => searchIndex(index, q, 5)[0]?.foodId;
const ids = (q: string) => searchIndex(index, q, 20).map((h) => h.foodId);

describe('food search', () => {
  it.each([
    ['gouda', 'gouda'],
    ['Goud', 'gouda'],
    ['GOUDA', 'gouda'],
    ['brie', 'brie'],
    ['kefir', 'kefir'],
    ['Kéfir', 'kefir'],
    ['natto', 'natto'],
    ['gruyer', 'gruyere'],
    ['gruyère', 'gruyere'],
    ['Emmental', 'emmental'],
    ['parmigiano', 'parmigiano-reggiano'],
    ['bufala', 'buffalo-mozzarella'],
    ['kimchee', 'kimchi'],
    ['kimchi', 'kimchi'],
    ['camembret', 'camembert'],
    ['roqefort', 'roquefort'],
    ['sauerkrat', 'sauerkraut'],
    ['jarlsbreg', 'jarlsberg'],
    ['mozarella', 'mozzarella'],
    ['chedar', 'cheddar'],
  ])('%s → %s', (query, food) => {
    expect(top(query)).toBe(food);
  });

  it('ranks an exact name above prefixes and typos', () => {
    const hits = searchIndex(index, 'brie', 10);
    expect(hits[0]).toMatchObject({ foodId: 'brie', score: 100 });
    expect(hits.every((h, i) => i === 0 || h.score <= (hits[i - 1]?.score ?? 0))).toBe(true);
  });

  it('finds names in other languages from the Open Food Facts taxonomy', () => {
    const named = dataset.foods.find((f) => f.id === 'sauerkraut')?.names.fr?.[0];
    expect(named).toBeDefined();
    expect(ids(named ?? '')).toContain('sauerkraut');
  });

  it('gives nothing for empty, punctuation-only or unrelated queries', () => {
    expect(searchIndex(index, '', 5)).toEqual([]);
    expect(searchIndex(index, '  --  ', 5)).toEqual([]);
    expect(searchIndex(index, 'xqzvw', 5)).toEqual([]);
  });

  it('tolerates no typo in very short queries', () => {
    expect(allowedTypos(3)).toBe(0);
    expect(ids('brx')).toEqual([]);
  });

  it('respects the limit and returns one hit per food', () => {
    const hits = searchIndex(index, 'ch', 4);
    expect(hits.length).toBeLessThanOrEqual(4);
    expect(new Set(hits.map((h) => h.foodId)).size).toBe(hits.length);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['gouda', 'gouda', 2, 0],
    ['goudа', 'gouda', 2, 1],
    ['ab', 'ba', 2, 1],
    ['kimchee', 'kimchi', 2, 2],
    ['abcdef', 'uvwxyz', 2, 3],
  ])('%s ↔ %s (max %i) = %i', (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d);
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Crème Fraîche', 'creme fraiche'],
    ['Bergkäse', 'bergkase'],
    ['Weißkäse', 'weisskase'],
    ['Smør', 'smor'],
    ['Pont-l’Évêque', 'pont l eveque'],
  ])('%s → %s', (a, b) => expect(foldForSearch(a)).toBe(b));
});

describe('similarFoods', () => {
  it('lists foods of the same category by K2, highest first, without the food itself', () => {
    const gouda = dataset.foods.find((f) => f.id === 'gouda');
    if (!gouda) throw new Error('no gouda');
    const similar = similarFoods(dataset.foods, gouda, 5);
    expect(similar).toHaveLength(5);
    expect(similar.every((f) => f.category === 'semi_hard' && f.id !== 'gouda')).toBe(true);
    for (let i = 1; i < similar.length; i++) {
      expect((similar[i - 1]?.k2.central ?? 0) >= (similar[i]?.k2.central ?? 0)).toBe(true);
    }
  });
});
