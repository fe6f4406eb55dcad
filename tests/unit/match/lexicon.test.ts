import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import type { Category } from '../../../src/data/types';
import { compileLexicon, expandTerms, FOODS, getMatcher, termsByFood } from '../../../src/match/index';

const dataset = compileDataset(readSources());

describe('expandTerms', () => {
  it.each([
    ['yog[h]urt[s]', ['yogurt', 'yogurts', 'yoghurt', 'yoghurts']],
    ['(sour/soured) cream', ['sour cream', 'soured cream']],
    ['a|b c', ['a', 'b c']],
    ['tuorl(o/i) d uov(o/a)', ['tuorlo d uovo', 'tuorlo d uova', 'tuorli d uovo', 'tuorli d uova']],
  ])('%s', (spec, expected) => expect(expandTerms(spec).sort()).toEqual(expected.sort()));
  it('rejects unbalanced brackets', () => expect(() => expandTerms('yog[hurt')).toThrow());
});

describe('the lexicon', () => {
  const lexicon = compileLexicon();
  it('compiles without problems (no unmatchable terms, no term naming two foods)', () => {
    expect(lexicon.problems).toEqual([]);
  });
  it('lists exactly the food ids of the dataset', () => {
    expect(Object.keys(FOODS).sort()).toEqual(dataset.foods.map((f) => f.id).sort());
  });
  it('gives every food at least one term', () => {
    for (const id of Object.keys(FOODS)) expect(lexicon.terms.get(id)?.length ?? 0, id).toBeGreaterThan(0);
  });
  it('gives every food the kind of its dataset category', () => {
    const kindOf: Record<Category, string> = {
      hard: 'cheese',
      semi_hard: 'cheese',
      soft_bloomy: 'cheese',
      soft_washed: 'cheese',
      blue: 'cheese',
      goat_soft: 'cheese',
      fresh: 'cheese',
      pasta_filata: 'cheese',
      brined: 'cheese',
      processed: 'cheese',
      generic: 'cheese',
      fermented_milk: 'milk',
      butter: 'butter',
      fermented_soy: 'plant',
      fermented_vegetable: 'plant',
      other: 'animal',
    };
    for (const f of dataset.foods) expect(FOODS[f.id]?.kind, f.id).toBe(kindOf[f.category]);
  });
  it('has parents that are foods of the same kind', () => {
    for (const [id, info] of Object.entries(FOODS)) {
      if (!info.parent) continue;
      expect(FOODS[info.parent]?.kind, id).toBe(info.kind);
    }
  });
  // Names that are also places, surnames or words: matched in phrases (or in their language) only.
  const PHRASES: Record<string, [string, string]> = {
    beaufort: ['Beaufort AOP', 'en'],
    abondance: ["fromage d'Abondance", 'fr'],
    colby: ['Colby cheese', 'en'],
    lancashire: ['Lancashire cheese', 'en'],
    samso: ['Samsø ost', 'da'],
    milner: ['Milner kaas', 'nl'],
    munster: ['Munster', 'fr'],
    'chicken-leg': ['chicken legs', 'en'],
  };
  it('finds every food by its English dataset name (or, for ambiguous names, in a phrase)', () => {
    for (const f of dataset.foods) {
      if (f.id === 'cheese') continue;
      const [text, lang] = PHRASES[f.id] ?? [
        f.name.replace(/\s*\(.*\)$/, '').split(/\s*[/,]\s*/)[0] as string,
        'en',
      ];
      const found = getMatcher()
        .find(text, { lang })
        .map((m) => m.foodId);
      // "Gouda, aged" names Gouda: the food or its parent.
      const ok = found.some((x) => x === f.id || x === FOODS[f.id]?.parent);
      expect(ok, `${f.id}: "${text}" → ${found.join(', ')}`).toBe(true);
    }
  });
  it('does not take ambiguous names alone for the food', () => {
    expect(getMatcher().find('Beaufort', { lang: 'en' })).toEqual([]);
    expect(getMatcher().find('Samsø kartofler', { lang: 'da' })).toEqual([]);
    expect(getMatcher().find('Lancashire hotpot', { lang: 'en' })).toEqual([]);
  });
});

describe('the words the issue names, in every language it lists', () => {
  it.each([
    ['Käse', 'de', 'cheese'],
    ['fromage', 'fr', 'cheese'],
    ['queso', 'es', 'cheese'],
    ['formaggio', 'it', 'cheese'],
    ['kaas', 'nl', 'cheese'],
    ['ost', 'da', 'cheese'],
    ['ost', 'sv', 'cheese'],
    ['ost', 'no', 'cheese'],
    ['Emmentaler', 'de', 'emmental'],
    ['Bergkäse', 'de', 'bergkase'],
    ['Frischkäse', 'de', 'cream-cheese'],
    ['Quark', 'de', 'quark'],
    ['Schmand', 'de', 'sour-cream'],
    ['Sauerkraut', 'de', 'sauerkraut'],
    ['choucroute', 'fr', 'sauerkraut'],
    ['zuurkool', 'nl', 'sauerkraut'],
    ['Joghurt', 'de', 'yogurt'],
    ['yaourt', 'fr', 'yogurt'],
    ['yoghurt', 'nl', 'yogurt'],
    ['Kefir', 'de', 'kefir'],
    ['kéfir', 'fr', 'kefir'],
    ['Leerdammer', 'nl', 'leerdammer'],
    ['Philadelphia', 'de', 'cream-cheese'],
    ['Babybel', 'fr', 'edam'],
    ['Butter', 'de', 'butter'],
    ['beurre', 'fr', 'butter'],
    ['boter', 'nl', 'butter'],
    ['burro', 'it', 'butter'],
    ['mantequilla', 'es', 'butter'],
    ['smør', 'da', 'butter'],
    ['smör', 'sv', 'butter'],
    ['smør', 'no', 'butter'],
    ['yogur', 'es', 'yogurt'],
    ['yoghurt', 'da', 'yogurt'],
    ['yoghurt', 'sv', 'yogurt'],
    ['crème fraîche', 'de', 'creme-fraiche'],
    ['sour cream', 'en', 'sour-cream'],
    ['zure room', 'nl', 'sour-cream'],
    ['crème aigre', 'fr', 'sour-cream'],
    ['panna acida', 'it', 'sour-cream'],
    ['crema agria', 'es', 'sour-cream'],
    ['gräddfil', 'sv', 'sour-cream'],
    ['rømme', 'no', 'sour-cream'],
    ['Buttermilch', 'de', 'buttermilk'],
    ['karnemelk', 'nl', 'buttermilk'],
    ['babeurre', 'fr', 'buttermilk'],
    ['latticello', 'it', 'buttermilk'],
    ['kærnemælk', 'da', 'buttermilk'],
    ['kärnmjölk', 'sv', 'buttermilk'],
    ['kjernemelk', 'no', 'buttermilk'],
    ['sýr', 'cs', 'cheese'],
    ['syr', 'sk', 'cheese'],
    ['ser', 'pl', 'cheese'],
    ['sajt', 'hu', 'cheese'],
    ['queijo', 'pt', 'cheese'],
    ['peynir', 'tr', 'cheese'],
    ['máslo', 'cs', 'butter'],
    ['maslo', 'sk', 'butter'],
    ['masło', 'pl', 'butter'],
    ['vaj', 'hu', 'butter'],
    ['manteiga', 'pt', 'butter'],
    ['tereyağı', 'tr', 'butter'],
    ['jogurt', 'cs', 'yogurt'],
    ['jogurt', 'pl', 'yogurt'],
    ['joghurt', 'hu', 'yogurt'],
    ['iogurte', 'pt', 'yogurt'],
    ['yoğurt', 'tr', 'yogurt'],
    ['kefír', 'cs', 'kefir'],
    ['kefir', 'pl', 'kefir'],
    ['zakysaná smetana', 'cs', 'sour-cream'],
    ['kyslá smotana', 'sk', 'sour-cream'],
    ['kwaśna śmietana', 'pl', 'sour-cream'],
    ['tejföl', 'hu', 'sour-cream'],
    ['creme azedo', 'pt', 'sour-cream'],
    ['ekşi krema', 'tr', 'sour-cream'],
  ])('%s (%s) → %s', (word, lang, food) => {
    expect(
      getMatcher()
        .find(word, { lang })
        .map((m) => m.foodId),
    ).toEqual([food]);
  });
});

describe('termsByFood', () => {
  it('lists the names of a food in every language, as written', () => {
    const cheese = termsByFood().get('cheese') ?? [];
    for (const w of ['cheese', 'Käse', 'fromage', 'queso', 'kaas', 'formaggio', 'ost', 'sýr', 'queijo'])
      expect(cheese).toContain(w);
    expect(termsByFood().get('butter')).toEqual(
      expect.arrayContaining(['butter', 'Butter', 'beurre', 'smør', 'masło']),
    );
  });
});
