import { describe, expect, it } from 'vitest';
import { LIMITS, parseRequest } from '../../src/messages';

const summary = {
  url: 'https://shop.example/cheese',
  title: 'Cheese',
  foods: [{ foodId: 'gouda', name: 'Gouda', count: 2, k2: 57.1, calcium: 737 }],
  scannedAt: 1,
};

describe('parseRequest', () => {
  it.each([
    [{ type: 'lookup', foodIds: ['gouda', 'brie'] }],
    [{ type: 'search', query: 'goud' }],
    [{ type: 'search', query: 'goud', limit: 5 }],
    [{ type: 'sources' }],
    [{ type: 'status' }],
    [{ type: 'messages', language: 'de' }],
    [{ type: 'page-summary:set', summary }],
    [{ type: 'page-summary:get', tabId: 3 }],
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
    [{ type: 'page-summary:get', tabId: -1 }, 'tabId must be a tab id'],
    [{ type: 'messages' }, 'language must be one of en, de, fr, nl'],
    [{ type: 'messages', language: 'auto' }, 'language must be one of'],
    [{ type: 'messages', language: 'es' }, 'language must be one of'],
    [{ type: 'page-summary:set', summary: { ...summary, foods: [{ foodId: 'gouda' }] } }, 'bad food entry'],
    [{ type: 'page-summary:set', summary: { ...summary, scannedAt: 'now' } }, 'scannedAt must be a number'],
  ])('rejects %j', (raw, reason) => {
    const parsed = parseRequest(raw);
    expect(parsed).toHaveProperty('invalid');
    expect((parsed as { invalid: string }).invalid).toContain(reason);
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
