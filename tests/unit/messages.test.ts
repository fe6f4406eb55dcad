import { describe, expect, it } from 'vitest';
import { LIMITS, parseRequest, parseRevealProduct } from '../../src/messages';

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
