import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { lexiconAliases } from '../../../src/data/search-aliases';
import {
  allowedTypos,
  buildSearchIndex,
  editDistance,
  searchIndex,
  similarFoods,
  userLanguages,
} from '../../../src/data/search-index';
import type { Food } from '../../../src/data/types';
import { LEXICON_LANGUAGES, termsByFood } from '../../../src/match';
import { foldForSearch } from '../../../src/match/text-norm';

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

  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [7, 1],
    [8, 2],
    [12, 2],
  ])('tolerates in a query of %i letters %i typos', (length, typos) => {
    expect(allowedTypos(length)).toBe(typos);
  });

  it('respects the limit and returns one hit per food', () => {
    const hits = searchIndex(index, 'ch', 4);
    expect(hits.length).toBeLessThanOrEqual(4);
    expect(new Set(hits.map((h) => h.foodId)).size).toBe(hits.length);
  });
});

/** A made-up food with names in a few languages. */
function food(id: string, name: string, names: Record<string, string[]> = {}): Food {
  const base = dataset.foods.find((f) => f.id === 'gouda') as Food;
  return { ...base, id, name, names };
}

describe('ranking rules', () => {
  const foods = [
    food('alpha', 'Alpha', { de: ['Kralle'], pl: ['Krall'] }),
    food('beta', 'Beta', { pl: ['Kralle'], fr: ['Tomette'] }),
    food('gamma', 'Gamma', { fr: ['Tome'] }),
    food('delta', 'Delta', { en: ['Delta', 'Kralleberg'] }),
    food('epsilon', 'Epsilon', { xx: ['Krallen'] }),
  ];
  const small = buildSearchIndex(
    foods,
    new Map([
      ['gamma', [{ text: 'krallex', langs: ['it'] }, 'gammax']],
      ['alpha', [{ text: 'кралле', langs: ['ru'] }]],
    ]),
  );
  const order = (q: string, languages: string[] = []) =>
    searchIndex(small, q, { languages }).map((h) => h.foodId);

  it.each([
    // Exact before prefix before a typo-tolerant match, whatever the language; between two prefixes the
    // name of every language (epsilon) first, then the shorter name.
    ['kralle', ['fr'], ['alpha', 'beta', 'epsilon', 'gamma', 'delta']],
    // Two exact matches: the user's language first.
    ['kralle', ['pl'], ['beta', 'alpha', 'epsilon', 'gamma', 'delta']],
    ['kralle', ['de'], ['alpha', 'beta', 'epsilon', 'gamma', 'delta']],
    // Prefixes: the user's language (and names of every language) first, then the food's own name.
    ['kral', ['it'], ['epsilon', 'gamma', 'alpha', 'beta', 'delta']],
    ['kral', ['en'], ['epsilon', 'delta', 'alpha', 'beta', 'gamma']],
    // A Cyrillic query: the name in its own script first, then Latin names through its Latin spelling.
    ['кралле', [], ['alpha', 'beta', 'epsilon', 'gamma', 'delta']],
    ['кра', ['de'], ['alpha', 'epsilon', 'beta', 'gamma', 'delta']],
    // Exact, then prefix; four letters tolerate a swap of two neighbouring letters, nothing more.
    ['tome', ['fr'], ['gamma', 'beta']],
    ['tmoe', ['fr'], ['gamma', 'beta']],
    ['teom', ['fr'], []],
    ['tomq', ['fr'], []],
  ])('%s (%j) → %j', (q, languages, expected) => {
    expect(order(q, languages)).toEqual(expected);
  });

  it('shows each name as its language writes it', () => {
    const names = buildSearchIndex([food('butter', 'Butter', { cs: ['máslo'], pl: ['masło'] })]);
    expect(searchIndex(names, 'maslo', { languages: ['pl'] })[0]?.matched).toBe('masło');
    expect(searchIndex(names, 'maslo', { languages: ['cs'] })[0]?.matched).toBe('máslo');
    expect(names.terms.map((t) => [t.display, t.langs])).toEqual([
      ['Butter', ['en']],
      ['máslo', ['cs']],
      ['masło', ['pl']],
    ]);
  });

  it('keeps a name of several languages once, with all of them', () => {
    const names = buildSearchIndex([food('feta', 'Feta', { fr: ['feta'], it: ['feta'], xx: ['feta'] })]);
    expect(names.terms).toHaveLength(1);
    expect(names.terms[0]?.langs).toBeUndefined();
    const two = buildSearchIndex([food('feta', 'Feta', { fr: ['feta'], it: ['feta'] })]);
    expect(two.terms[0]?.langs).toEqual(['en', 'fr', 'it']);
  });
});

describe('typo tolerance', () => {
  it.each([
    // Four letters: a swap of neighbouring letters only.
    ['brei', 'brie'],
    ['kefr', undefined],
    ['kefit', 'kefir'],
    // Never in the first letter.
    ['xefir', undefined],
    // The length is that of the loose spelling: "goudx" is "godx", four letters.
    ['goudx', undefined],
    // Never in a word under five letters.
    ['brieq', undefined],
  ])('%s → %s', (q, expected) => {
    const tiny = buildSearchIndex([food('gouda', 'Gouda'), food('brie', 'Brie'), food('kefir', 'Kefir')]);
    expect(searchIndex(tiny, q)[0]?.foodId).toBe(expected);
  });

  it.each([
    ['quark', 'en'],
    ['quark', 'ja'],
    ['skyr', 'cs'],
    ['gouda', 'ja'],
    ['natto', 'el'],
  ])('never lists a typo (score 40 or less) above an exact or prefix match: %s (%s)', (q, lang) => {
    const scores = searchIndex(index, q, { limit: 50, languages: [lang] }).map((h) => h.score);
    expect(scores[0]).toBe(100);
    const firstTypo = scores.findIndex((s) => s <= 40);
    if (firstTypo >= 0) expect(scores.slice(firstTypo).every((s) => s <= 40)).toBe(true);
  });
});

describe('userLanguages', () => {
  it.each([
    [
      ['en', 'de-AT', 'en-GB', 'de'],
      ['en', 'de'],
    ],
    [
      ['nl', undefined, 'nb-NO'],
      ['nl', 'nb', 'no'],
    ],
    [
      ['pt_BR', 'x-klingon', '', 'fil'],
      ['pt', 'fil'],
    ],
    [[], []],
  ])('%j → %j', (tags, expected) => {
    expect(userLanguages(tags)).toEqual(expected);
  });
});

describe('lexicon aliases', () => {
  const aliases = lexiconAliases();

  it('holds every term of every food of the lexicon', () => {
    for (const [foodId, terms] of termsByFood()) {
      const texts = new Set(aliases.get(foodId)?.map((a) => a.text));
      for (const term of terms) expect(texts.has(term), `${foodId}: ${term}`).toBe(true);
    }
  });

  it('tags them with every language of the lexicon', () => {
    const tagged = new Set([...aliases.values()].flat().flatMap((a) => a.langs ?? []));
    expect([...LEXICON_LANGUAGES].filter((l) => !tagged.has(l))).toEqual([]);
  });

  it.each([
    ['cheese', 'кашкавал', ['bg']],
    ['natto', 'なっとう', ['ja']],
    ['kimchi', '김치', ['ko']],
    ['cheese', 'ost', ['da', 'sv', 'no']],
    ['gouda', 'gouda', undefined],
  ])('%s: %s (%j)', (foodId, text, langs) => {
    expect(aliases.get(foodId)).toContainEqual(langs ? { text, langs } : { text });
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
    ['なっとう', 'ナットウ'],
    ['ﾅｯﾄｳ', 'ナットウ'],
    ['ガーリック', 'ガーリック'],
    ['Φέτας', 'φετασ'],
    ['ТВОРОГ Ёлки', 'творог елки'],
    ['Ｇｏｕｄａ', 'gouda'],
    ['納豆・味噌', '納豆 味噌'],
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
