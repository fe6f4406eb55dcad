import { describe, expect, it } from 'vitest';
import {
  isQuantityLabel,
  parseCartQuantity,
  parseLineQuantity,
  type QuantityControl,
  quantityFromControl,
} from '../../../src/value/cart';

describe('parseCartQuantity', () => {
  it.each<[string, number]>([
    // Labels
    ['Qty 3', 3],
    ['Qty: 3', 3],
    ['QTY:3', 3],
    ['Qty. 4', 4],
    ['Quantity 2', 2],
    ['Quantity: 12', 12],
    ['Menge: 2', 2],
    ['Menge 2 Stk', 2],
    ['Anzahl 2', 2],
    ['Qté : 2', 2],
    ['Quantité 2', 2],
    ['Quantité : 10', 10],
    ['Aantal: 2', 2],
    ['Cantidad: 2', 2],
    ['Quantità 2', 2],
    ['Ilość: 2', 2],
    ['Počet: 2 ks', 2],
    ['Množství: 3', 3],
    ['数量：2', 2],
    ['数量: 2', 2],
    ['수량 2', 2],
    ['Кол-во: 2', 2],
    ['Количество 2 шт', 2],
    ['Ποσότητα: 2', 2],
    ['Adet: 2', 2],
    ['Antal: 4', 4],
    ['Mennyiség: 2 db', 2],
    ['Quantidade: 3', 3],
    ['Qty 2 Leerdammer Original 2 x 150 g', 2],
    ['Gouda 400 g £3.00 Qty 3 £9.00', 3],
    ['Qty x 2', 2],
    // Times signs
    ['3 ×', 3],
    ['× 3', 3],
    ['x3', 3],
    ['3 x', 3],
    ['3x', 3],
    ['2 x £3.00', 2],
    ['£1.50 × 3', 3],
    ['Gouda 400 g 3 ×', 3],
    ['1 x Leerdammer 2 x 150 g', 1],
    ['Feta 200g x2', 2],
    ['2 × Skyr 450 g', 2],
    // Pieces
    ['2 ks', 2],
    ['2 szt.', 2],
    ['2 St.', 2],
    ['2 Stk', 2],
    ['2 Stück', 2],
    ['2 шт.', 2],
    ['Brie 3 Stück à 1,99 €', 3],
    ['2 pcs', 2],
    ['4 items', 4],
    ['2個', 2],
    ['2개', 2],
    ['2 db', 2],
    ['6 kpl', 6],
    // A text that is only the number
    ['2', 2],
    [' 7 ', 7],
    ['2\u00a0szt.', 2],
  ])('%s → %s', (text, n) => expect(parseCartQuantity(text)).toBe(n));

  it.each<[string]>([
    // Package sizes, weights and volumes
    ['2 x 150 g'],
    ['2x150g'],
    ['2 × 125 g'],
    ['6 x 125 g'],
    ['Leerdammer 2 x 150 g 3,49 €'],
    ['Menge: 500 g'],
    ['Quantity: 1 kg'],
    ['0,5 kg'],
    ['200 g'],
    ['1,5 l'],
    ['Qty 1.5'],
    // Prices
    ['£3.00'],
    ['4,50 €'],
    ['$5.49/lb'],
    // Nothing to count, or out of range
    ['Gouda 48+'],
    ['Qty 0'],
    ['Qty 1234'],
    ['0'],
    ['2.5'],
    [''],
    ['Remove'],
    // A pack's layout or an offer, an ordinal, a street
    ['Baby Wipes Value Pack 80x8'],
    ['2x1 en Tasty Drops'],
    ['the 1st of March'],
    ['77 St Maadi'],
  ])('%s → undefined', (text) => expect(parseCartQuantity(text)).toBeUndefined());

  it('reads long texts', () => {
    expect(parseCartQuantity('2 x 150 g '.repeat(10_000))).toBeUndefined();
    expect(parseCartQuantity(`${'x'.repeat(100_000)} Qty 3`)).toBe(3);
    expect(parseCartQuantity('Qty '.repeat(25_000))).toBeUndefined();
    expect(parseCartQuantity('1234 '.repeat(20_000))).toBeUndefined();
    expect(parseCartQuantity(`${'× '.repeat(50_000)}g`)).toBeUndefined();
  });
});

describe('parseLineQuantity', () => {
  it.each<[string, number | undefined]>([
    // No price: read as parseCartQuantity reads it
    ['Darab: 4', 4],
    ['Anzahl: 2', 2],
    ['Ilość 5', 5],
    ['× 1', 1],
    ['x 1', 1],
    ['Quantity:\n   1', 1],
    // A count before the unit price, with a times sign or a label first
    ['1 kpl x 389,00 €', 1],
    ['2 × £3.00', 2],
    ['10 x 64,99 €', 10],
    ['1 x = 22,10 €', 1],
    ['Qty: 2 £3.00', 2],
    // A price is no count
    ['175 €', undefined],
    ['49 € 49 €', undefined],
    ['4,99 €', undefined],
    ['2 for £5', undefined],
    ['Save £2.00 on 2', undefined],
  ])('%j → %s', (text, n) => expect(parseLineQuantity(text)).toBe(n));
});

describe('isQuantityLabel', () => {
  it.each([
    'Qty',
    'Quantity',
    'Quantity:',
    'Mennyiség',
    'Ilość',
    'Anzahl:',
    'Menge',
    'Qté',
    '数量',
    ' Aantal ',
  ])('%j is a quantity label', (text) => expect(isQuantityLabel(text)).toBe(true));
  it.each(['Qty 2', 'Price', 'Item Total', 'Quantity discount', ''])('%j is not', (text) =>
    expect(isQuantityLabel(text)).toBe(false),
  );
});

describe('quantityFromControl', () => {
  it.each<[QuantityControl, number | undefined]>([
    [{ kind: 'number', value: '2' }, 2],
    [{ kind: 'number', value: '12', min: '1' }, 12],
    [{ kind: 'number', value: ' 3 ' }, 3],
    [{ kind: 'number', value: '2.0' }, 2],
    [{ kind: 'number', value: '', min: '1' }, 1],
    [{ kind: 'number', min: '2' }, 2],
    [{ kind: 'number', value: '', min: '0' }, undefined],
    [{ kind: 'number', value: '1.5' }, undefined],
    [{ kind: 'number', value: '0' }, undefined],
    [{ kind: 'number', value: 'abc' }, undefined],
    [{ kind: 'number' }, undefined],
    [{ kind: 'select', selectedText: '2', value: '2' }, 2],
    [{ kind: 'select', selectedText: '2 items', value: 'q2' }, 2],
    [{ kind: 'select', selectedText: 'Qty 2' }, 2],
    [{ kind: 'select', selectedText: 'Qté : 4' }, 4],
    [{ kind: 'select', selectedText: '3 szt.' }, 3],
    [{ kind: 'select', selectedText: '10+', value: '10' }, 10],
    [{ kind: 'select', selectedText: 'Select', value: '' }, undefined],
    [{ kind: 'select', selectedText: '500 g', value: '500g' }, undefined],
    [{ kind: 'select', selectedText: 'United States', value: '223' }, undefined],
    [{ kind: 'text', value: '3' }, 3],
    [{ kind: 'text', value: '3 ks' }, 3],
    [{ kind: 'text', value: '0,5 kg' }, undefined],
    [{ kind: 'stepper', valueNow: '4', value: '4' }, 4],
    [{ kind: 'stepper', valueNow: '', value: '2' }, 2],
    [{ kind: 'stepper', value: '× 2' }, 2],
    [{ kind: 'stepper', valueNow: '0', value: '0' }, undefined],
  ])('%o → %s', (c, n) => expect(quantityFromControl(c)).toBe(n));
});
