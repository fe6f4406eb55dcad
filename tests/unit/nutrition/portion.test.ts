import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { CATEGORIES, type Food } from '../../../src/data/types';
import {
  foodPortions,
  per100g,
  perPackage,
  perServing,
  portionOf,
  recipeSummary,
  scaleEstimate,
} from '../../../src/nutrition/portion';

const dataset = compileDataset(readSources());
const byId = new Map(dataset.foods.map((f) => [f.id, f]));
function food(id: string): Food {
  const f = byId.get(id);
  if (!f) throw new Error(`no food ${id}`);
  return f;
}

describe('scaling an estimate', () => {
  it.each([
    [100, 65, 47.3, 72.9],
    [30, 19.5, 14.19, 21.87],
    [250, 162.5, 118.25, 182.25],
    [1, 0.65, 0.473, 0.729],
  ])('gouda, %s g → K2 %s (%s–%s) µg', (grams, central, min, max) => {
    const a = scaleEstimate(food('gouda').k2, grams, 'µg');
    expect(a.central).toBeCloseTo(central, 6);
    expect(a.min).toBeCloseTo(min, 6);
    expect(a.max).toBeCloseTo(max, 6);
    expect(a.unit).toBe('µg');
  });

  it('keeps the bound of an estimate', () => {
    expect(scaleEstimate(food('fourme-d-ambert').k2, 30, 'µg').bound).toBe('upper');
    expect(scaleEstimate(food('gouda').k2, 30, 'µg').bound).toBeUndefined();
  });
});

describe('per serving, every category and every unit path', () => {
  // [food, category, serving unit, serving grams, K2 µg per serving, calcium mg per serving]
  // Per-serving values are the per-100 g values of k2-measurements.csv / calcium.csv × grams / 100.
  it.each([
    ['parmigiano-reggiano', 'hard', 'g', 30, 12.78, 324.6],
    ['gouda', 'semi_hard', 'g', 30, 19.5, 221.1],
    ['brie', 'soft_bloomy', 'g', 30, 4.41, 74.1],
    ['munster', 'soft_washed', 'g', 30, 24.03, 105],
    ['roquefort', 'blue', 'g', 30, 11.43, 198.3],
    ['chevre', 'goat_soft', 'g', 30, 14.85, 42.3],
    ['cottage-cheese', 'fresh', 'g', 110, 14.85, 91.3],
    ['mozzarella', 'pasta_filata', 'g', 30, 2.55, 165.45],
    ['feta', 'brined', 'g', 30, 4.68, 92.7],
    ['processed-cheese', 'processed', 'g', 30, 7.74, 162.9],
    ['yogurt', 'fermented_milk', 'g', 170, 1.36, 219.3],
    ['kefir', 'fermented_milk', 'ml', 248, 11.16, 314.96],
    ['butter', 'butter', 'tbsp', 14.2, 2.1442, 3.1098],
    ['natto', 'fermented_soy', 'g', 85, 724.37, 184.45],
    ['miso', 'fermented_soy', 'tsp', 5.7, 0.3933, 3.249],
    ['sauerkraut', 'fermented_vegetable', 'g', 30, 1.71, 10.95],
    ['egg-yolk', 'other', 'piece', 17, 6.137, 15.232],
    // Generic cheese: the median of the 30 measured ripened, pasta filata and brined cheeses' central values,
    // (38.3 + 39.4) / 2 = 38.85 → 38.9; Jarlsberg (only a range of MK-9(4H), a lower bound) is not among them.
    ['cheese', 'generic', 'g', 30, 11.67, 191.4],
  ])('%s (%s, %s): %s g → K2 %s µg, calcium %s mg', (id, category, unit, grams, k2, calcium) => {
    const f = food(id);
    expect(f.category).toBe(category);
    expect(f.serving?.unit).toBe(unit);
    const s = perServing(f);
    expect(s?.kind).toBe('serving');
    expect(s?.grams).toBeCloseTo(grams, 6);
    expect(s?.label).toBe(f.serving?.label);
    expect(s?.k2.central).toBeCloseTo(k2, 6);
    expect(s?.calcium.central).toBeCloseTo(calcium, 6);
  });

  it('covers every category of the dataset', () => {
    for (const category of [...CATEGORIES, 'generic']) {
      const withServing = dataset.foods.filter((f) => f.category === category && f.serving);
      expect(withServing.length, category).toBeGreaterThan(0);
    }
  });

  it('has no serving for a food the table does not cover', () => {
    expect(perServing(food('goose-liver'))).toBeUndefined();
    expect(foodPortions(food('goose-liver')).serving).toBeUndefined();
  });
});

describe('per 100 g, per package and per amount', () => {
  it('per 100 g is the estimate itself', () => {
    const p = per100g(food('natto'));
    expect(p).toMatchObject({ kind: 'per-100g', grams: 100, label: '100 g' });
    expect(p.k2).toMatchObject({ central: 852.2, min: 763.3, max: 941, unit: 'µg' });
    expect(p.calcium).toMatchObject({ central: 217, unit: 'mg' });
  });

  it.each([
    ['gouda', 400, 260, 189.2, 291.6],
    ['brie', 125, 18.375, 15.625, 21],
    ['emmental', 200, 48.2, 10.4, 86.6],
  ])('%s, a %s g package → K2 %s (%s–%s) µg', (id, grams, central, min, max) => {
    const p = perPackage(food(id), grams);
    expect(p).toMatchObject({ kind: 'package', grams, label: `${grams} g` });
    expect(p?.k2.central).toBeCloseTo(central, 6);
    expect(p?.k2.min).toBeCloseTo(min, 6);
    expect(p?.k2.max).toBeCloseTo(max, 6);
  });

  it.each([[0], [-5], [Number.NaN], [Number.POSITIVE_INFINITY], [undefined]])(
    'no package for %s g',
    (grams) => {
      expect(perPackage(food('gouda'), grams)).toBeUndefined();
      expect(foodPortions(food('gouda'), grams).amount).toBeUndefined();
    },
  );

  it('labels small amounts with a decimal', () => {
    expect(portionOf(food('miso'), 5.67).label).toBe('5.7 g');
    expect(portionOf(food('miso'), 17.4).label).toBe('17 g');
  });

  it('gives all portions of one mention in one call', () => {
    const p = foodPortions(food('camembert'), 250, 'package');
    expect(p.foodId).toBe('camembert');
    expect(p.per100g.grams).toBe(100);
    expect(p.serving?.grams).toBe(30);
    expect(p.amount).toMatchObject({ kind: 'package', grams: 250 });
    expect(p.amount?.k2.central).toBeCloseTo(61.8 * 2.5, 6);
    expect(foodPortions(food('camembert'), 120).amount?.kind).toBe('amount');
  });
});

describe('per recipe serving', () => {
  const gouda = food('gouda');
  const parmesan = food('parmigiano-reggiano');

  it('sums the mentions and divides by the servings', () => {
    const r = recipeSummary(
      [
        { food: gouda, grams: 200 },
        { food: parmesan, grams: 30 },
      ],
      'Serves 4',
    );
    expect(r.total.grams).toBe(230);
    // Gouda 65 (47.3–72.9) µg/100 g, Parmigiano Reggiano 42.6 (8.6–76.5) µg/100 g.
    expect(r.total.k2.central).toBeCloseTo(130 + 12.78, 6);
    expect(r.total.k2.min).toBeCloseTo(94.6 + 2.58, 6);
    expect(r.total.k2.max).toBeCloseTo(145.8 + 22.95, 6);
    expect(r.total.calcium.central).toBeCloseTo(1474 + 324.6, 6);
    expect(r.servings).toMatchObject({ min: 4, max: 4 });
    expect(r.perServing?.grams).toBeCloseTo(57.5, 6);
    expect(r.perServing?.k2.central).toBeCloseTo(142.78 / 4, 6);
    expect(r.incomplete).toBe(false);
  });

  it('divides a range of servings the honest way round', () => {
    const r = recipeSummary([{ food: gouda, grams: 300 }], 'Serves 4-6');
    // total K2 195 (141.9–218.7) µg
    expect(r.perServing?.k2.central).toBeCloseTo(195 / 5, 6);
    expect(r.perServing?.k2.min).toBeCloseTo(141.9 / 6, 6);
    expect(r.perServing?.k2.max).toBeCloseTo(218.7 / 4, 6);
  });

  it('accepts a parsed yield and schema.org forms', () => {
    const parsed = { min: 2, max: 2, central: 2, kind: 'servings' as const };
    expect(recipeSummary([{ food: gouda, grams: 100 }], parsed).perServing?.grams).toBe(50);
    expect(recipeSummary([{ food: gouda, grams: 100 }], ['4', '4 servings']).perServing?.grams).toBe(25);
    expect(recipeSummary([{ food: gouda, grams: 100 }], 5).perServing?.grams).toBe(20);
  });

  it('lists mentions without grams and leaves them out of the sums', () => {
    const r = recipeSummary([{ food: gouda, grams: 100 }, { food: food('cheddar') }], '2 servings');
    expect(r.unquantified).toEqual(['cheddar']);
    expect(r.incomplete).toBe(true);
    expect(r.total.grams).toBe(100);
    expect(r.items).toEqual([
      expect.objectContaining({ foodId: 'gouda', grams: 100 }),
      { foodId: 'cheddar' },
    ]);
  });

  it('has no per-serving values without a count of servings', () => {
    expect(recipeSummary([{ food: gouda, grams: 100 }]).perServing).toBeUndefined();
    expect(recipeSummary([{ food: gouda, grams: 100 }], '2 cups').perServing).toBeUndefined();
  });

  it('keeps a bound only when every counted mention shares it', () => {
    const upper = recipeSummary([
      { food: food('fourme-d-ambert'), grams: 50 },
      { food: food('cantal'), grams: 50 },
    ]);
    expect(upper.total.k2.bound).toBe('upper');
    const mixed = recipeSummary([
      { food: food('fourme-d-ambert'), grams: 50 },
      { food: gouda, grams: 50 },
    ]);
    expect(mixed.total.k2.bound).toBeUndefined();
  });

  it('gives a sum the basis of its parts', () => {
    const basis = (...ids: string[]) =>
      recipeSummary(ids.map((id) => ({ food: food(id), grams: 50 }))).total.k2.basis;
    // gouda: measured; comte: estimated from the hard cheeses; jarlsberg: a lower bound (MK-9(4H) only);
    // fourme-d-ambert and cantal: below CIQUAL's limit of quantification only.
    expect(basis('gouda', 'edam')).toBe('measured');
    expect(basis('gouda', 'comte')).toBe('estimated');
    expect(basis('gouda', 'jarlsberg')).toBe('lower-bound');
    expect(
      recipeSummary([
        { food: food('gouda'), grams: 50 },
        { food: food('jarlsberg'), grams: 50 },
      ]).total.k2.bound,
    ).toBe('lower');
    expect(basis('fourme-d-ambert', 'cantal')).toBe('below-loq');
    expect(basis('fourme-d-ambert', 'gouda')).toBe('estimated');
    expect(basis('jarlsberg', 'comte')).toBe('estimated');
  });

  it('an empty recipe sums to zero', () => {
    const r = recipeSummary([], '4 servings');
    expect(r.total).toMatchObject({ grams: 0, k2: { central: 0, min: 0, max: 0 } });
    expect(r.perServing?.k2.central).toBe(0);
  });
});
