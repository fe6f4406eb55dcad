import { describe, expect, it } from 'vitest';
import { basketTotals, type PerHundredGrams } from '../../../src/value/basket';

const VALUES: Record<string, PerHundredGrams> = {
  brie: { k2: { central: 15, min: 12, max: 17 }, calcium: { central: 250, min: 180, max: 420 } },
  kefir: { k2: { central: 4.5, min: 0.5, max: 8.4 }, calcium: { central: 130, min: 120, max: 130 } },
};
const valuesOf = (id: string) => VALUES[id];

describe('basketTotals', () => {
  it('multiplies each package by its quantity and sums the range ends', () => {
    const b = basketTotals(
      [
        { text: 'Président Brie 200 g', foodId: 'brie', quantity: 2, packageGrams: 200 },
        { text: 'Kefir 500 g', foodId: 'kefir', quantity: 1, packageGrams: 500 },
      ],
      valuesOf,
    );
    // Brie 400 g: 60 (48–68) µg, 1000 (720–1680) mg; kefir 500 g: 22.5 (2.5–42) µg, 650 (600–650) mg.
    expect(b.items.map((i) => [i.grams, i.k2?.central, i.calcium?.central])).toEqual([
      [400, 60, 1000],
      [500, 22.5, 650],
    ]);
    expect(b.totals).toEqual({
      k2: { central: 82.5, min: 50.5, max: 110 },
      calcium: { central: 1650, min: 1320, max: 2330 },
      grams: 900,
    });
    expect(b.unmatched).toEqual([]);
  });

  it.each([
    ['a line with no food', { text: 'Toilet paper', quantity: 1 }, 'unmatched'],
    [
      'a food the dataset does not know',
      { text: 'X', foodId: 'unknown', quantity: 1, packageGrams: 100 },
      'unmatched',
    ],
    ['a food without a package weight', { text: 'Brie', foodId: 'brie', quantity: 2 }, 'uncounted'],
    [
      'a quantity of zero',
      { text: 'Brie 200 g', foodId: 'brie', quantity: 0, packageGrams: 200 },
      'uncounted',
    ],
  ] as const)('%s is listed, not counted', (_, line, list) => {
    const b = basketTotals([line], valuesOf);
    expect(b[list]).toEqual([line.text]);
    expect(b.totals.k2.central).toBe(0);
    expect(b.totals.grams).toBe(0);
  });
});
