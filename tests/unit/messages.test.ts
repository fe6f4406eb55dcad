import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/messages';
import { parseRequest, parseRevealProduct } from '../../src/messaging/parse';

const summary = {
  url: 'https://shop.example/cheese',
  title: 'Cheese',
  foods: [{ foodId: 'gouda', name: 'Gouda', count: 2, k2: 57.1, calcium: 737 }],
  scannedAt: 1,
};

const product = {
  index: 0,
  foodId: 'gouda',
  title: 'Gouda jung 400 g',
  grams: 400,
  price: { amount: 3.49, currency: 'EUR' },
  k2: 228.4,
  calcium: 2948,
  value: { k2PerCurrency: 65.44, calciumPerCurrency: 844.7, currency: 'EUR' },
};

describe('parseRequest', () => {
  it.each([
    [{ type: 'lookup', foodIds: ['gouda', 'brie'] }],
    [{ type: 'search', query: 'goud' }],
    [{ type: 'search', query: 'goud', limit: 5 }],
    [{ type: 'search', query: 'goud', languages: ['de', 'en'] }],
    [{ type: 'sources' }],
    [{ type: 'status' }],
    [{ type: 'messages', language: 'de' }],
    [{ type: 'page-summary:set', summary }],
    [{ type: 'page-summary:get', tabId: 3 }],
    [{ type: 'page-summary:set', summary: { ...summary, products: [product] } }],
    [
      {
        type: 'page-summary:set',
        summary: { ...summary, recipe: { k2Total: 40.2, k2Basis: 'estimated', unquantified: [] } },
      },
    ],
    [
      {
        type: 'page-summary:set',
        summary: {
          ...summary,
          products: [
            {
              index: 1,
              foodId: 'emmental',
              title: 'Emmental',
              price: { amount: 12.9, currency: 'EUR', per: { quantity: 1, unit: 'kg' } },
            },
          ],
        },
      },
    ],
  ])('accepts %j', (raw) => {
    expect(parseRequest(raw)).toEqual(raw);
  });

  it.each([
    [null, 'a message must be an object with a type'],
    ['lookup', 'a message must be an object with a type'],
    [{ type: 'explode' }, 'unknown message type "explode"'],
    [{ type: 'lookup', foodIds: 'gouda' }, 'foodIds must be a list'],
    [{ type: 'lookup', foodIds: ['Gouda<script>'] }, 'foodIds must be food ids'],
    [{ type: 'lookup', foodIds: Array(LIMITS.lookupIds + 1).fill('gouda') }, 'foodIds must be a list'],
    [{ type: 'search', query: 42 }, 'query must be a string'],
    [{ type: 'search', query: 'x'.repeat(LIMITS.queryLength + 1) }, 'query must be a string'],
    [{ type: 'search', query: 'brie', limit: 0 }, 'limit must be an integer'],
    [{ type: 'search', query: 'brie', languages: 'de' }, 'languages must be a list'],
    [{ type: 'search', query: 'brie', languages: ['de-AT'] }, 'languages must be a list'],
    [{ type: 'search', query: 'brie', languages: Array(9).fill('de') }, 'languages must be a list'],
    [{ type: 'page-summary:get', tabId: -1 }, 'tabId must be a tab id'],
    [{ type: 'messages' }, 'language must be one of en, de, fr, nl'],
    [{ type: 'messages', language: 'auto' }, 'language must be one of'],
    [{ type: 'messages', language: 'es' }, 'language must be one of'],
    [{ type: 'page-summary:set', summary: { ...summary, foods: [{ foodId: 'gouda' }] } }, 'bad food entry'],
    [{ type: 'page-summary:set', summary: { ...summary, scannedAt: 'now' } }, 'scannedAt must be a number'],
    [{ type: 'page-summary:set', summary: { ...summary, products: {} } }, 'summary.products must be a list'],
    [
      { type: 'page-summary:set', summary: { ...summary, recipe: { k2Basis: 'guessed', unquantified: [] } } },
      'bad recipe basis',
    ],
    [
      {
        type: 'page-summary:set',
        summary: { ...summary, products: Array(LIMITS.summaryProducts + 1).fill(product) },
      },
      'summary.products must be a list',
    ],
    [
      { type: 'page-summary:set', summary: { ...summary, products: [{ ...product, index: -1 }] } },
      'bad product index',
    ],
    [
      { type: 'page-summary:set', summary: { ...summary, products: [{ ...product, foodId: '<b>' }] } },
      'bad product',
    ],
    [
      {
        type: 'page-summary:set',
        summary: { ...summary, products: [{ ...product, price: { amount: 1, currency: 'euro' } }] },
      },
      'bad product currency',
    ],
    [
      {
        type: 'page-summary:set',
        summary: {
          ...summary,
          products: [
            { ...product, price: { amount: 1, currency: 'EUR', per: { quantity: 1, unit: 'bag' } } },
          ],
        },
      },
      'bad product unit price',
    ],
    [
      { type: 'page-summary:set', summary: { ...summary, products: [{ ...product, k2: 'lots' }] } },
      'bad product numbers',
    ],
    [
      {
        type: 'page-summary:set',
        summary: { ...summary, products: [{ ...product, value: { k2PerCurrency: 1 } }] },
      },
      'bad product value',
    ],
  ])('rejects %j', (raw, reason) => {
    const parsed = parseRequest(raw);
    expect(parsed).toHaveProperty('invalid');
    expect((parsed as { invalid: string }).invalid).toContain(reason);
  });
});

describe('parseRevealProduct', () => {
  it('reads the request to show a product of the page summary', () => {
    expect(parseRevealProduct({ type: 'k2lens:reveal-product', index: 4 })).toEqual({
      type: 'k2lens:reveal-product',
      index: 4,
    });
  });
  it.each([
    [{ type: 'k2lens:reveal-product', index: -1 }],
    [{ type: 'k2lens:reveal-product', index: 1.5 }],
    [{ type: 'k2lens:reveal-product', index: LIMITS.summaryProducts }],
    [{ type: 'k2lens:reveal-product' }],
    [{ type: 'lookup', index: 1 }],
    ['k2lens:reveal-product'],
    [null],
  ])('ignores %j', (raw) => {
    expect(parseRevealProduct(raw)).toBeUndefined();
  });
});

describe('parseRequest: the shopping list', () => {
  it.each([
    [{ type: 'list:get' }],
    [{ type: 'list:add', items: [{ text: '400 g gouda\n2 × kefir 500 ml', lang: 'en' }] }],
    [{ type: 'list:add', items: [{ foodId: 'gouda', grams: 400, lang: 'de-CH' }, { foodId: 'natto' }] }],
    [{ type: 'list:add', items: [{ text: 'x'.repeat(LIMITS.text) }] }],
    [
      {
        type: 'list:add',
        items: [{ line: 'kefir 500 ml; natto', lang: 'en' }, { line: 'x'.repeat(LIMITS.listText) }],
      },
    ],
    [{ type: 'list:add', items: Array(LIMITS.listItems).fill({ foodId: 'brie' }) }],
    [{ type: 'list:edit', id: 3, text: '200 g brie' }],
    [{ type: 'list:edit', id: 3, text: '200 g brie', lang: 'fr' }],
    [{ type: 'list:remove', id: 1 }],
    [{ type: 'list:move', id: 7, to: 0 }],
    [{ type: 'list:clear' }],
  ])('accepts %j', (raw) => {
    expect(parseRequest(raw)).toEqual(raw);
  });

  it('keeps only the fields of the contract', () => {
    expect(
      parseRequest({ type: 'list:add', items: [{ foodId: 'gouda', grams: 400, text: 'ignored', extra: 1 }] }),
    ).toEqual({ type: 'list:add', items: [{ foodId: 'gouda', grams: 400 }] });
    expect(parseRequest({ type: 'list:remove', id: 2, all: true })).toEqual({ type: 'list:remove', id: 2 });
  });

  it.each([
    [{ type: 'list:add' }, 'items must be a list of 1 to 300 additions'],
    [{ type: 'list:add', items: [] }, 'items must be a list of 1 to 300 additions'],
    [
      { type: 'list:add', items: Array(LIMITS.listItems + 1).fill({ foodId: 'brie' }) },
      'items must be a list',
    ],
    [{ type: 'list:add', items: ['gouda'] }, 'each addition must be an object'],
    [{ type: 'list:add', items: [{ text: '' }] }, 'text must be a string of 1 to 2000 characters'],
    [{ type: 'list:add', items: [{ text: '   ' }] }, 'text must be a string'],
    [{ type: 'list:add', items: [{ text: 'x'.repeat(LIMITS.text + 1) }] }, 'text must be a string'],
    [{ type: 'list:add', items: [{ text: 42 }] }, 'text must be a string'],
    [{ type: 'list:add', items: [{ foodId: 'Gouda<script>' }] }, 'foodId must be a food id'],
    [{ type: 'list:add', items: [{ line: ' ' }] }, 'line must be a string of 1 to 300 characters'],
    [{ type: 'list:add', items: [{ line: 'x'.repeat(LIMITS.listText + 1) }] }, 'line must be a string'],
    [{ type: 'list:add', items: [{ line: ['gouda'] }] }, 'line must be a string'],
    [{ type: 'list:add', items: [{ foodId: 'gouda', grams: 0 }] }, 'grams must be a number above 0'],
    [{ type: 'list:add', items: [{ foodId: 'gouda', grams: -5 }] }, 'grams must be a number above 0'],
    [{ type: 'list:add', items: [{ foodId: 'gouda', grams: '400' }] }, 'grams must be a number'],
    [{ type: 'list:add', items: [{ foodId: 'gouda', grams: 100_001 }] }, 'at most 100000'],
    [{ type: 'list:add', items: [{ foodId: 'gouda', grams: Number.NaN }] }, 'grams must be a number'],
    [{ type: 'list:add', items: [{ text: 'gouda', lang: 'english please' }] }, 'lang must be a language tag'],
    [{ type: 'list:add', items: [{ text: 'gouda', lang: 7 }] }, 'lang must be a language tag'],
    [{ type: 'list:edit', id: 0, text: 'brie' }, 'id must be a list item id'],
    [{ type: 'list:edit', id: 1.5, text: 'brie' }, 'id must be a list item id'],
    [{ type: 'list:edit', id: '1', text: 'brie' }, 'id must be a list item id'],
    [{ type: 'list:edit', id: 1, text: ' ' }, 'text must be a string of 1 to 300 characters'],
    [{ type: 'list:edit', id: 1, text: 'x'.repeat(LIMITS.listText + 1) }, 'text must be a string'],
    [{ type: 'list:edit', id: 1, text: 'brie', lang: '<b>' }, 'lang must be a language tag'],
    [{ type: 'list:remove' }, 'id must be a list item id'],
    [{ type: 'list:remove', id: -1 }, 'id must be a list item id'],
    [{ type: 'list:move', id: 1 }, 'to must be a position'],
    [{ type: 'list:move', id: 1, to: -1 }, 'to must be a position'],
    [{ type: 'list:move', id: 1, to: 0.5 }, 'to must be a position'],
  ])('rejects %j', (raw, reason) => {
    const parsed = parseRequest(raw);
    expect(parsed).toHaveProperty('invalid');
    expect((parsed as { invalid: string }).invalid).toContain(reason);
  });
});
