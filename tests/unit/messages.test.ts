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
    [{ type: 'search', query: 'goud', languages: ['de', 'en'] }],
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
    [{ type: 'search', query: 'brie', languages: 'de' }, 'languages must be a list'],
    [{ type: 'search', query: 'brie', languages: ['de-AT'] }, 'languages must be a list'],
    [{ type: 'search', query: 'brie', languages: Array(9).fill('de') }, 'languages must be a list'],
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
