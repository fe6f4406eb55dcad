/** Numbers and offsets of quantities in the scripts and store formats of quantity.ts. */
import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber } from '../../../src/nutrition/quantity';

describe('parseNumber: fractions and alternatives', () => {
  it.each([
    ['3/4', 0.75],
    ['1/16', 1 / 16],
    // Not a proper fraction in lowest terms with a denominator up to 16: two alternatives, their midpoint.
    ['200/250', 225],
    ['2/4', 3],
    ['10/12', 11],
    ['1 000', 1000],
    ['12 500', 12500],
  ])('%s → %s', (token, value) => expect(parseNumber(token)).toBe(value));
});

describe('findQuantities', () => {
  const read = (text: string) => findQuantities(text).map((q) => [q.amount * q.unit.factor, q.unit.kind]);

  it.each([
    // A separator before three digits: thousands of grams and millilitres, decimals of kilograms and litres.
    ['Gouda 1.000 g', [[1000, 'mass']]],
    ['Gouda 1,000 g', [[1000, 'mass']]],
    ['Queso 1.500 kg', [[1500, 'mass']]],
    ['Kefir 1,500 l', [[1500, 'volume']]],
    ['Творог 1 000 г', [[1000, 'mass']]],
    // A count and a pack size, not thousands; a plain space groups thousands only before 000 or 500.
    ['2 250 g tubs mascarpone', [[500, 'mass']]],
    ['Gouda 3 150 g', [[150, 'mass']]],
    ['Queso 1 500 g', [[1500, 'mass']]],
    ['Fromage 1\u00a0250 g', [[1250, 'mass']]],
    // Fat marks and servings are no quantities.
    ['Сыр 45% жирности', []],
    ['Gouda 48+ Käse', []],
    ['Greek yogurt, 4 servings', []],
    // Two pack sizes: their midpoint.
    ['Кашкавал 100 или 130 g/опаковка', [[115, 'mass']]],
    // Before a Japanese, Chinese or Korean word only a metric unit (or P) is read: "3C" is no 3 cups.
    ['3C周邊', []],
    ['チーズ108gパック', [[108, 'mass']]],
    // The reference amount of a unit price is no package; neither is a year.
    ['Gouda jung 400 g (0,75 €/100 g)', [[400, 'mass']]],
    ['Cheddar $10.70 / 1KG', []],
    ['Кашкавал 2,99 лв. за 1 кг', []],
    ['Ballantine’s Finest, създадена през 1910 г. от фамилията', []],
    ['Розничная выручка за январь 2015 г', []],
    ['Сыр Пармезан 1000 г', [[1000, 'mass']]],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it('keeps the offsets of full-width digits and letters', () => {
    const text = 'カマンベール １００ｇ入り';
    const [q] = findQuantities(text);
    expect(q && [q.amount, q.unit.kind, text.slice(q.start, q.end)]).toEqual([100, 'mass', '１００ｇ']);
  });

  it('reads a number right after a Japanese, Chinese or Korean word', () => {
    expect(read('納豆40g×3')).toEqual([[120, 'mass']]);
    expect(read('奶酪片200克装')).toEqual([[200, 'mass']]);
    expect(read('김치500g')).toEqual([[500, 'mass']]);
  });

  it('does not read a unit inside a Latin word after digits', () => {
    expect(read('Gouda 2gether')).toEqual([]);
  });
});
