import { describe, expect, it } from 'vitest';
import {
  LIST_FILE_MAX_BYTES,
  listFile,
  listFileText,
  parseListFile,
  readListFile,
} from '../../../src/ui/popup/list-file';

const good = (items: unknown) => JSON.stringify({ format: 'k2lens-shopping-list', version: 1, items });

describe('shopping list file', () => {
  it('writes the items with their language and reads them back (round trip)', () => {
    const entries = [
      { id: 4, text: '400 g gouda', lang: 'en', foodId: 'gouda', count: 1, grams: 400 },
      { id: 9, text: '2 × Kefir 500 ml', lang: 'de', foodId: 'kefir', count: 2, grams: 1035.6 },
      { id: 2, text: 'bread', count: 1, unmatched: true as const },
    ];
    const file = listFile(entries, new Date(Date.UTC(2025, 5, 1, 10)));
    expect(file).toEqual({
      format: 'k2lens-shopping-list',
      version: 1,
      exported: '2025-06-01T10:00:00.000Z',
      items: [
        { text: '400 g gouda', lang: 'en' },
        { text: '2 × Kefir 500 ml', lang: 'de' },
        { text: 'bread' },
      ],
    });
    const text = listFileText(file);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseListFile(text)).toEqual({
      items: [
        { text: '400 g gouda', lang: 'en' },
        { text: '2 × Kefir 500 ml', lang: 'de' },
        { text: 'bread' },
      ],
    });
  });

  it('reads a file saved with a byte order mark and trims item texts', () => {
    expect(parseListFile(`\uFEFF${good([{ text: '  natto 3×45 g ' }])}`)).toEqual({
      items: [{ text: 'natto 3×45 g' }],
    });
  });

  it.each([
    ['not JSON', '{"format": "k2lens-shopping-list", "items": [', [{ code: 'json' }]],
    ['empty', '', [{ code: 'json' }]],
    ['JSON of another kind', '[1, 2, 3]', [{ code: 'not-a-list' }]],
    ['a settings file', JSON.stringify({ format: 'k2lens-settings', version: 1 }), [{ code: 'not-a-list' }]],
    [
      'another version',
      JSON.stringify({ format: 'k2lens-shopping-list', version: 2, items: [] }),
      [{ code: 'version', version: '2' }],
    ],
    [
      'items not a list',
      JSON.stringify({ format: 'k2lens-shopping-list', version: 1, items: 'gouda' }),
      [{ code: 'items' }],
    ],
    ['no items', good([]), [{ code: 'no-items' }]],
    ['too many items', good(Array(301).fill({ text: 'gouda' })), [{ code: 'too-many', count: 301 }]],
    [
      'items without text, with an empty or too long text, or a bad language',
      good([
        { text: 'gouda' },
        'brie',
        { text: '  ' },
        { text: 'x'.repeat(301) },
        { text: 'feta', lang: '<b>' },
        { txt: 'kefir' },
      ]),
      [
        { code: 'item-text', n: 2 },
        { code: 'item-text', n: 3 },
        { code: 'item-text', n: 4 },
        { code: 'item-lang', n: 5 },
        { code: 'item-text', n: 6 },
      ],
    ],
  ])('refuses %s, saying what is wrong', (_what, content, problems) => {
    expect(parseListFile(content)).toEqual({ problems });
  });

  it('names at most five problems of a file', () => {
    const result = parseListFile(good(Array(20).fill({ text: '' })));
    expect('problems' in result && result.problems).toEqual(
      [1, 2, 3, 4, 5].map((n) => ({ code: 'item-text', n })),
    );
  });

  it('refuses a file that is too big without reading it', async () => {
    let read = false;
    const result = await readListFile(LIST_FILE_MAX_BYTES + 1, async () => {
      read = true;
      return good([{ text: 'gouda' }]);
    });
    expect(result).toEqual({ problems: [{ code: 'too-big', bytes: LIST_FILE_MAX_BYTES + 1 }] });
    expect(read).toBe(false);
    // Its text is checked too (a size the caller got wrong).
    const padded = good([{ text: 'gouda' }]) + ' '.repeat(LIST_FILE_MAX_BYTES);
    expect(await readListFile(10, async () => padded)).toMatchObject({ problems: [{ code: 'too-big' }] });
    expect(await readListFile(100, async () => good([{ text: 'gouda' }]))).toEqual({
      items: [{ text: 'gouda' }],
    });
  });
});
