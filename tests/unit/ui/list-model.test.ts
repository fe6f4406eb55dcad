import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Food } from '../../../src/data/types';
import type { ShoppingListEntry } from '../../../src/messages';
import { listNumbers } from '../../../src/ui/popup/list-model';

const food = (id: string) => dataset.foods.find((f) => f.id === id) as Food;
const foods = Object.fromEntries(['gouda', 'natto', 'brie'].map((id) => [id, food(id)]));
const targets = { k2: 90, calcium: 950 };

describe('shopping list numbers', () => {
  it('the dataset values the expectations below were worked out from', () => {
    expect([food('gouda').k2.central, food('gouda').calcium.central]).toEqual([65, 737]);
    expect([food('natto').k2.central, food('natto').calcium.central]).toEqual([852.2, 217]);
  });

  it('values each item for its grams, sums the counted ones and lists the others', () => {
    const entries: ShoppingListEntry[] = [
      { id: 1, text: '400 g gouda', foodId: 'gouda', count: 1, grams: 400 },
      { id: 2, text: 'natto 3×45 g', foodId: 'natto', count: 1, grams: 135 },
      { id: 3, text: 'bread', count: 1, unmatched: true },
      { id: 4, text: 'brie', foodId: 'brie', count: 1 },
      // A food the lookup did not return: not counted either.
      { id: 5, text: '100 g mystery', foodId: 'no-such-food', count: 1, grams: 100 },
    ];
    const n = listNumbers(entries, foods, targets);
    const [gouda, natto] = n.items;
    // Gouda: 65 µg × 4 = 260 µg, 737 mg × 4 = 2948 mg; 260 / 90 = 288.9 %, 2948 / 950 = 310.3 %.
    expect(gouda?.k2_ug).toBeCloseTo(260, 6);
    expect(gouda?.calcium_mg).toBeCloseTo(2948, 6);
    expect(gouda?.k2Share).toBeCloseTo(288.889, 2);
    expect(gouda?.calciumShare).toBeCloseTo(310.316, 2);
    // Natto: 852.2 × 1.35 = 1150.47 µg, 217 × 1.35 = 292.95 mg.
    expect(natto?.k2_ug).toBeCloseTo(1150.47, 6);
    expect(natto?.calcium_mg).toBeCloseTo(292.95, 6);
    expect(n.k2_ug).toBeCloseTo(1410.47, 6);
    expect(n.calcium_mg).toBeCloseTo(3240.95, 6);
    expect(n.k2Share).toBeCloseTo(1567.189, 2);
    expect(n.calciumShare).toBeCloseTo(341.153, 2);
    expect(n.counted.map((i) => i.entry.id)).toEqual([1, 2]);
    expect(n.unrecognised.map((i) => i.entry.id)).toEqual([3]);
    expect(n.withoutAmount.map((i) => i.entry.id)).toEqual([4, 5]);
    expect(n.items[2]).not.toHaveProperty('k2_ug');
    expect(n.k2Lower).toBe(false);
  });

  it('an empty list sums to zero', () => {
    const n = listNumbers([], foods, targets);
    expect([n.k2_ug, n.calcium_mg, n.k2Share, n.calciumShare]).toEqual([0, 0, 0, 0]);
  });

  it('a K2 value that is only a lower bound makes the total one', () => {
    const bounded: Food = { ...food('gouda'), k2: { ...food('gouda').k2, bound: 'lower' } };
    const n = listNumbers(
      [
        { id: 1, text: '100 g gouda', foodId: 'gouda', count: 1, grams: 100 },
        { id: 2, text: '100 g natto', foodId: 'natto', count: 1, grams: 100 },
      ],
      { ...foods, gouda: bounded },
      targets,
    );
    expect(n.items[0]?.k2Lower).toBe(true);
    expect(n.items[1]).not.toHaveProperty('k2Lower');
    expect(n.k2Lower).toBe(true);
    expect(n.k2_ug).toBeCloseTo(65 + 852.2, 6);
  });

  it('gives no share for a target that is not a positive number', () => {
    const n = listNumbers([{ id: 1, text: '100 g gouda', foodId: 'gouda', count: 1, grams: 100 }], foods, {
      k2: 0,
      calcium: Number.NaN,
    });
    expect(n.items[0]).not.toHaveProperty('k2Share');
    expect(n.items[0]).not.toHaveProperty('calciumShare');
    expect(n.k2_ug).toBe(65);
  });
});
