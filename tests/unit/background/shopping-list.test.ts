/**
 * The shopping-list messages through the background's handler, on the list
 * in (fake) IndexedDB: what the popup and a page's detail card send.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler } from '../../../src/background/handlers';
import { cleanItem, lineForFood, splitItems } from '../../../src/background/shopping-list';
import { openStore } from '../../../src/background/store';
import { TabSummaries } from '../../../src/background/summaries';
import { dataset } from '../../../src/data/dataset';
import { K2Database } from '../../../src/data/db';
import { dexieListStore, LIST_LIMITS, memoryListStore } from '../../../src/data/shopping-list';
import { messagesFor } from '../../../src/i18n/tables';
import {
  LIST_PROBLEMS,
  type Result,
  type ShoppingListEntry,
  type ShoppingListState,
} from '../../../src/messages';
import { portionsWithFallback } from '../../../src/nutrition/quantity';
import { parseListLine } from '../../../src/value/list';

const OWN_ID = 'k2lens-test-id';
const fromPopup = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const fromTab = (tabId: number) => ({ id: OWN_ID, tab: { id: tabId }, url: 'https://shop.example/' });
const portionsOf = portionsWithFallback(dataset);

/** A background on a database of `factory` (a new background on the same factory is a restart). */
async function background(factory: IDBFactory) {
  const opened = await openStore(
    () => new K2Database('k2lens', { indexedDB: factory, IDBKeyRange }),
    dataset,
  );
  const list = opened.db ? dexieListStore(opened.db) : memoryListStore();
  return createHandler({
    store: async () => opened.store,
    summaries: new TabSummaries(browser.storage.session),
    list: async () => list,
    coverage: {},
    measuresOf: portionsOf,
    intakes: dataset.intakes,
    messages: messagesFor,
    openEvidence: async () => undefined,
    extensionId: OWN_ID,
  });
}

function state(answer: Result<unknown>): ShoppingListState & { added?: number } {
  if (!answer.ok) throw new Error(`refused: ${answer.error.message}`);
  return answer.value as ShoppingListState;
}

/** The items without their ids (which the database gives). */
const read = (s: ShoppingListState) => s.items.map(({ id: _id, ...rest }) => rest);

describe('shopping list messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a pasted list item by item and reads each line', async () => {
    const handle = await background(new IDBFactory());
    expect(state(await handle({ type: 'list:get' }, fromPopup))).toEqual({ items: [], persistent: true });
    const text = 'Dairy:\n- 400 g gouda\n2 × kefir 500 ml; natto 3×45 g\n\n• bread';
    const added = state(await handle({ type: 'list:add', items: [{ text, lang: 'en' }] }, fromPopup));
    expect(added.added).toBe(4);
    expect(read(added)).toEqual([
      { text: '400 g gouda', lang: 'en', foodId: 'gouda', count: 1, grams: 400 },
      // 500 ml of kefir at 245 g per US cup of 236.59 ml = 517.8 g, twice.
      { text: '2 × kefir 500 ml', lang: 'en', foodId: 'kefir', count: 2, grams: 1035.6 },
      // One multipack of 3 × 45 g.
      { text: 'natto 3×45 g', lang: 'en', foodId: 'natto', count: 1, grams: 135 },
      { text: 'bread', lang: 'en', count: 1, unmatched: true },
    ]);
  });

  it('re-reads an item when its text is edited, and removes, moves and clears items', async () => {
    const handle = await background(new IDBFactory());
    const first = state(
      await handle({ type: 'list:add', items: [{ text: 'gouda\nbrie 200 g\nfeta', lang: 'en' }] }, fromPopup),
    );
    const [gouda, brie, feta] = first.items as [ShoppingListEntry, ShoppingListEntry, ShoppingListEntry];
    expect(gouda).not.toHaveProperty('grams');

    const edited = state(
      await handle({ type: 'list:edit', id: gouda.id, text: '  - 2x Gouda 250 g ' }, fromPopup),
    );
    expect(edited.items[0]).toEqual({
      id: gouda.id,
      text: '2x Gouda 250 g',
      lang: 'en',
      foodId: 'gouda',
      count: 2,
      grams: 500,
    });

    const renamed = state(
      await handle({ type: 'list:edit', id: brie.id, text: 'sourdough bread' }, fromPopup),
    );
    expect(renamed.items[1]).toEqual({
      id: brie.id,
      text: 'sourdough bread',
      lang: 'en',
      count: 1,
      unmatched: true,
    });

    const moved = state(await handle({ type: 'list:move', id: feta.id, to: 0 }, fromPopup));
    expect(moved.items.map((i) => i.id)).toEqual([feta.id, gouda.id, brie.id]);

    const removed = state(await handle({ type: 'list:remove', id: gouda.id }, fromPopup));
    expect(removed.items.map((i) => i.id)).toEqual([feta.id, brie.id]);
    for (const req of [
      { type: 'list:remove', id: gouda.id },
      { type: 'list:edit', id: gouda.id, text: 'brie' },
      { type: 'list:move', id: gouda.id, to: 1 },
    ]) {
      expect(await handle(req, fromPopup)).toEqual({
        ok: false,
        error: { code: 'bad-request', message: LIST_PROBLEMS.gone },
      });
    }
    expect(state(await handle({ type: 'list:clear' }, fromPopup)).items).toEqual([]);
  });

  it('adds a food from a page (the detail card) as a line in the language given, with its grams', async () => {
    const handle = await background(new IDBFactory());
    const answer = state(
      await handle(
        {
          type: 'list:add',
          items: [
            { foodId: 'gouda', grams: 400, lang: 'de' },
            { foodId: 'emmental', lang: 'de' },
            { foodId: 'natto', grams: 135 },
          ],
        },
        fromTab(4),
      ),
    );
    expect(answer.added).toBe(3);
    expect(read(answer)).toEqual([
      { text: '400 g Gouda', lang: 'de', foodId: 'gouda', count: 1, grams: 400 },
      { text: 'Emmentaler', lang: 'de', foodId: 'emmental', count: 1 },
      { text: '135 g Natto', foodId: 'natto', count: 1, grams: 135 },
    ]);
    expect(await handle({ type: 'list:add', items: [{ foodId: 'no-such-food' }] }, fromTab(4))).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'no food "no-such-food"' },
    });
    expect(state(await handle({ type: 'list:get' }, fromPopup)).items).toHaveLength(3);
  });

  it('adds an imported line as one item, as it was exported, without splitting it', async () => {
    const handle = await background(new IDBFactory());
    const answer = state(
      await handle(
        { type: 'list:add', items: [{ line: ' - kefir 500 ml; natto', lang: 'en' }, { line: 'Dairy:' }] },
        fromPopup,
      ),
    );
    expect(read(answer)).toEqual([
      { text: 'kefir 500 ml; natto', lang: 'en', foodId: 'kefir', count: 1, grams: 517.8 },
      { text: 'Dairy:', count: 1, unmatched: true },
    ]);
  });

  it('keeps the list across a restart of the background (same database)', async () => {
    const factory = new IDBFactory();
    const before = await background(factory);
    await before({ type: 'list:add', items: [{ text: '400 g gouda\nbrie', lang: 'en' }] }, fromPopup);
    const after = await background(factory);
    expect(read(state(await after({ type: 'list:get' }, fromPopup))).map((i) => i.text)).toEqual([
      '400 g gouda',
      'brie',
    ]);
  });

  it('refuses additions that would overfill the list, that hold no item or an item too long', async () => {
    const handle = await background(new IDBFactory());
    const lines = Array.from({ length: LIST_LIMITS.items }, (_, i) => `gouda ${i + 1} g`);
    // 300 lines in chunks of at most 2000 characters per text.
    for (let i = 0; i < lines.length; i += 100)
      state(
        await handle({ type: 'list:add', items: [{ text: lines.slice(i, i + 100).join('\n') }] }, fromPopup),
      );
    expect(await handle({ type: 'list:add', items: [{ text: 'brie' }] }, fromPopup)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: LIST_PROBLEMS.full },
    });
    await handle({ type: 'list:clear' }, fromPopup);
    expect(await handle({ type: 'list:add', items: [{ text: 'Dairy:\n\n- ' }] }, fromPopup)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: LIST_PROBLEMS.empty },
    });
    expect(
      await handle({ type: 'list:add', items: [{ text: `gouda ${'x'.repeat(300)}` }] }, fromPopup),
    ).toEqual({
      ok: false,
      error: { code: 'bad-request', message: LIST_PROBLEMS.tooLong },
    });
    expect(state(await handle({ type: 'list:get' }, fromPopup)).items).toEqual([]);
  });

  it('keeps the list in memory, and says so, when IndexedDB cannot be opened', async () => {
    const opened = await openStore(() => {
      throw new Error('QuotaExceededError');
    }, dataset);
    expect(opened.db).toBeUndefined();
    const list = memoryListStore();
    const handle = createHandler({
      store: async () => opened.store,
      summaries: new TabSummaries(),
      list: async () => list,
      coverage: {},
      measuresOf: portionsOf,
      intakes: dataset.intakes,
      messages: messagesFor,
      openEvidence: async () => undefined,
      extensionId: OWN_ID,
    });
    const answer = state(
      await handle({ type: 'list:add', items: [{ foodId: 'brie', grams: 200 }] }, fromTab(1)),
    );
    expect(answer).toMatchObject({ persistent: false, added: 1 });
    expect(read(answer)).toEqual([{ text: '200 g Brie', foodId: 'brie', count: 1, grams: 200 }]);
  });

  it('rejects list messages from another extension', async () => {
    const handle = await background(new IDBFactory());
    expect(
      await handle({ type: 'list:add', items: [{ text: 'gouda' }] }, { id: 'someone-else' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(state(await handle({ type: 'list:get' }, fromPopup)).items).toEqual([]);
  });
});

describe('lines of the shopping list', () => {
  it('splits pasted text as a list and cleans one item', () => {
    expect(splitItems('Käse:\n☐ 400 g Gouda; 2 Becher Joghurt\n1. Natto', 'de')).toEqual([
      '400 g Gouda',
      '2 Becher Joghurt',
      'Natto',
    ]);
    expect(cleanItem('  - 400   g gouda ')).toBe('400 g gouda');
    expect(cleanItem('[x] brie')).toBe('brie');
  });

  it.each(['en', 'de', 'fr', 'nl'])(
    'gives every food of the dataset a %s line that reads back as that food and its grams',
    (lang) => {
      for (const food of dataset.foods) {
        for (const grams of [undefined, 400, 7.5]) {
          const line = lineForFood(food, grams, lang, portionsOf);
          const item = parseListLine(line, lang, portionsOf);
          expect(item.foodId, `${food.id} ${grams}: "${line}"`).toBe(food.id);
          expect(item.grams, `${food.id} ${grams}: "${line}"`).toBe(grams);
        }
      }
    },
  );

  it('names a food in the language given when the dataset has its name there', () => {
    const food = (id: string) => dataset.foods.find((f) => f.id === id) as (typeof dataset.foods)[number];
    expect(lineForFood(food('emmental'), 250, 'de', portionsOf)).toBe('250 g Emmentaler');
    expect(lineForFood(food('emmental'), 250, 'en', portionsOf)).toBe('250 g Emmental');
    expect(lineForFood(food('emmental'), 12.34, 'en', portionsOf)).toBe('12 g Emmental');
    expect(lineForFood(food('emmental'), 2.34, 'en', portionsOf)).toBe('2.3 g Emmental');
  });
});
