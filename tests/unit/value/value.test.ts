import { describe, expect, it } from 'vitest';
import type { Price } from '../../../src/value/price';
import { type RankItem, rankBy, rankItems, type Value, valueForMoney } from '../../../src/value/value';

const price = (amount: number, currency: string, per?: Price['per']): Price => ({
  amount,
  currency,
  ...(per ? { per } : {}),
});

describe('valueForMoney', () => {
  // [k2 µg/100 g, calcium mg/100 g, package grams, price, K2 per currency, calcium per currency, currency]
  it.each<[number, number, number | undefined, Price, number, number, string]>([
    // 76 × 350/100 / 3.75 = 70.9333; 720 × 3.5 / 3.75 = 672
    [76, 720, 350, price(3.75, 'GBP'), 70.9333, 672, 'GBP'],
    // 50 × 3 / 3.49 = 42.9799; 700 × 3 / 3.49 = 601.7192
    [50, 700, 300, price(3.49, 'EUR'), 42.9799, 601.7192, 'EUR'],
    // 900 × 1.35 / 98 = 12.3980; 90 × 1.35 / 98 = 1.2398
    [900, 90, 135, price(98, 'JPY'), 12.398, 1.2398, 'JPY'],
    // 10 × 2 / 12000 = 0.0016667; 600 × 2 / 12000 = 0.1
    [10, 600, 200, price(12000, 'KRW'), 0.0016667, 0.1, 'KRW'],
    // A unit price buys its own mass: 76 / 1.07 = 71.0280; 720 / 1.07 = 672.8972
    [76, 720, undefined, price(1.07, 'GBP', { quantity: 1, unit: '100g' }), 71.028, 672.8972, 'GBP'],
    // 50 × 10 / 11.63 = 42.9923; 700 × 10 / 11.63 = 601.8917
    [50, 700, 400, price(11.63, 'EUR', { quantity: 1, unit: 'kg' }), 42.9923, 601.8917, 'EUR'],
    // 10 × 4.53592 / 5.49 = 8.2621; 700 × 4.53592 / 5.49 = 578.3503
    [10, 700, undefined, price(5.49, 'USD', { quantity: 1, unit: 'lb' }), 8.2621, 578.3503, 'USD'],
    // 20 × 0.283495 / 0.5 = 11.3398; 700 × 0.283495 / 0.5 = 396.893
    [20, 700, undefined, price(0.5, 'USD', { quantity: 1, unit: 'oz' }), 11.3398, 396.893, 'USD'],
    // 30 × 5 / 2 = 75 (per 500 g); 600 × 5 / 2 = 1500
    [30, 600, undefined, price(2, 'EUR', { quantity: 500, unit: 'g' }), 75, 1500, 'EUR'],
    // A price per piece is the package price: 20 × 5 / 29.9 = 3.3445; 800 × 5 / 29.9 = 133.7793
    [20, 800, 500, price(29.9, 'SEK', { quantity: 1, unit: 'each' }), 3.3445, 133.7793, 'SEK'],
    // No K2 at all is a value of 0; 120 × 10 / 1.09 = 1100.9174
    [0, 120, 1000, price(1.09, 'EUR'), 0, 1100.9174, 'EUR'],
  ])('%s µg, %s mg per 100 g, %s g at %o', (k2, ca, grams, p, k2Per, caPer, currency) => {
    const v = valueForMoney({
      k2PerHundredGrams: k2,
      calciumPerHundredGrams: ca,
      packageGrams: grams,
      price: p,
    });
    expect(v?.currency).toBe(currency);
    expect(v?.k2PerCurrency).toBeCloseTo(k2Per, 3);
    expect(v?.calciumPerCurrency).toBeCloseTo(caPer, 3);
  });

  it.each<[string, number | undefined, number | undefined, number | undefined, Price | undefined]>([
    ['no price', 50, 700, 300, undefined],
    ['a price of 0', 50, 700, 300, price(0, 'EUR')],
    ['a negative price', 50, 700, 300, price(-1, 'EUR')],
    ['a price that is no number', 50, 700, 300, price(Number.NaN, 'EUR')],
    ['no grams', 50, 700, undefined, price(3.49, 'EUR')],
    ['0 grams', 50, 700, 0, price(3.49, 'EUR')],
    ['a price per litre', 50, 700, undefined, price(1.98, 'EUR', { quantity: 1, unit: 'l' })],
    ['a price per 100 ml', 50, 700, 500, price(0.3, 'EUR', { quantity: 1, unit: '100ml' })],
    ['a price per 2 pieces', 50, 700, 150, price(3, 'EUR', { quantity: 2, unit: 'each' })],
    ['no K2 value', undefined, 700, 300, price(3.49, 'EUR')],
    ['no calcium value', 50, undefined, 300, price(3.49, 'EUR')],
    ['a negative K2 value', -5, 700, 300, price(3.49, 'EUR')],
  ])('undefined for %s', (_, k2, ca, grams, p) =>
    expect(
      valueForMoney({ k2PerHundredGrams: k2, calciumPerHundredGrams: ca, packageGrams: grams, price: p }),
    ).toBeUndefined(),
  );
});

describe('rankBy', () => {
  it.each<[string, (number | undefined)[], number[]]>([
    ['highest first', [1, 5, 3], [1, 2, 0]],
    ['ties keep their order', [3, 5, 3, 1], [1, 0, 2, 3]],
    ['missing keys last, in order', [3, undefined, 5, 3, Number.NaN, 1], [2, 0, 3, 5, 1, 4]],
    ['nothing to rank', [undefined, undefined], [0, 1]],
    ['negative and zero', [0, -2, 4], [2, 0, 1]],
    ['empty', [], []],
  ])('%s', (_, keys, order) => {
    const items = keys.map((k, i) => ({ i, k }));
    expect(rankBy(items, (x) => x.k).map((x) => x.i)).toEqual(order);
  });
});

describe('rankItems', () => {
  const v = (k2PerCurrency: number, currency: string): Value => ({
    k2PerCurrency,
    calciumPerCurrency: 0,
    currency,
  });
  const items: (RankItem & { id: string })[] = [
    { id: 'A', k2: 30, calcium: 200, value: v(10, 'EUR') },
    { id: 'B', k2: 50, calcium: 100, value: v(5, 'EUR') },
    { id: 'C', calcium: 300, value: v(20, 'GBP') },
    { id: 'D', k2: 40 },
    { id: 'E', k2: 40, calcium: 150, value: v(12, 'EUR') },
  ];
  it.each<[string, 'k2' | 'k2PerPrice' | 'calcium', string[]]>([
    ['by K2', 'k2', ['B', 'D', 'E', 'A', 'C']],
    ['by calcium', 'calcium', ['C', 'A', 'E', 'B', 'D']],
    // Euro is the currency of most items: the pound-priced item goes last with the unpriced one.
    ['by K2 per price', 'k2PerPrice', ['E', 'A', 'B', 'C', 'D']],
  ])('%s', (_, by, order) => expect(rankItems(items, by).map((x) => x.id)).toEqual(order));

  it('takes the first currency on a tie', () => {
    const tie = [
      { id: 'F', value: v(1, 'GBP') },
      { id: 'G', value: v(2, 'EUR') },
    ];
    expect(rankItems(tie, 'k2PerPrice').map((x) => x.id)).toEqual(['F', 'G']);
  });
});
