import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler } from '../../../src/background/handlers';
import { type FoodStore, memoryStore, openStore } from '../../../src/background/store';
import { TabSummaries } from '../../../src/background/summaries';
import { dataset } from '../../../src/data/dataset';
import { K2Database } from '../../../src/data/db';
import { memoryListStore } from '../../../src/data/shopping-list';
import { messagesFor } from '../../../src/i18n/tables';
import { portionsWithFallback } from '../../../src/nutrition/quantity';

const OWN_ID = 'k2lens-test-id';

async function setup(store?: FoodStore) {
  const opened =
    store ??
    (await openStore(() => new K2Database('handlers', { indexedDB: new IDBFactory(), IDBKeyRange }), dataset))
      .store;
  const summaries = new TabSummaries(browser.storage.session);
  const list = memoryListStore();
  return {
    handle: createHandler({
      store: async () => opened,
      summaries,
      list: async () => list,
      coverage: {},
      measuresOf: portionsWithFallback(dataset),
      intakes: dataset.intakes,
      messages: messagesFor,
      openEvidence: async () => undefined,
      extensionId: OWN_ID,
    }),
    summaries,
  };
}

const fromPopup = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const fromTab = (tabId: number) => ({ id: OWN_ID, tab: { id: tabId }, url: 'https://shop.example/' });

describe('background message handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a lookup with the foods and the ids it does not know', async () => {
    const { handle } = await setup();
    const answer = await handle({ type: 'lookup', foodIds: ['gouda', 'kefir', 'unknown-food'] }, fromTab(1));
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const value = answer.value as { foods: Record<string, { k2: { central: number } }>; missing: string[] };
    expect(Object.keys(value.foods).sort()).toEqual(['gouda', 'kefir']);
    expect(value.foods.gouda?.k2.central).toBe(dataset.foods.find((f) => f.id === 'gouda')?.k2.central);
    expect(value.missing).toEqual(['unknown-food']);
  });

  it('answers a content script with the one message table it asks for, English filling its gaps', async () => {
    const { handle } = await setup();
    const answer = await handle({ type: 'messages', language: 'de' }, fromTab(1));
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const { language, messages } = answer.value as { language: string; messages: Record<string, string> };
    expect(language).toBe('de');
    expect(messages.tipclose).toBe('Schließen');
    expect(messages.badgelabel).toBe('$1, pro $3: $2. Details anzeigen.');
    expect(Object.keys(messages).sort()).toEqual(Object.keys(messagesFor('en')).sort());
    expect((await handle({ type: 'messages', language: 'xx' }, fromTab(1))).ok).toBe(false);
  });

  it('answers a search, best match first', async () => {
    const { handle } = await setup();
    const answer = await handle({ type: 'search', query: 'Brie' }, fromPopup);
    expect(answer.ok && (answer.value as { hits: { food: { id: string } }[] }).hits[0]?.food.id).toBe('brie');
  });

  it('rejects messages from other extensions and malformed messages as values', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'status' }, { id: 'someone-else' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'messages are accepted from this extension only' },
    });
    const bad = await handle({ type: 'lookup', foodIds: [1, 2] }, fromPopup);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('stores a page summary per tab and returns it to the popup', async () => {
    const { handle, summaries } = await setup();
    const summary = {
      url: 'https://shop.example/',
      title: 'Shop',
      foods: [{ foodId: 'brie', name: 'Brie', count: 3, k2: 16.8, calcium: 247 }],
      scannedAt: 5,
    };
    expect(await handle({ type: 'page-summary:set', summary }, fromTab(7))).toEqual({
      ok: true,
      value: { stored: true },
    });
    expect(await handle({ type: 'page-summary:get', tabId: 7 }, fromPopup)).toEqual({
      ok: true,
      value: { summary },
    });
    expect(await handle({ type: 'page-summary:get', tabId: 8 }, fromPopup)).toEqual({
      ok: true,
      value: { summary: null },
    });
    // A restarted worker (new in-memory map) still finds it in storage.session.
    const restarted = new TabSummaries(browser.storage.session);
    expect(await restarted.get(7)).toEqual(summary);
    await summaries.clear(7);
    expect(await new TabSummaries(browser.storage.session).get(7)).toBeNull();
    expect(await handle({ type: 'page-summary:set', summary }, fromPopup)).toMatchObject({ ok: false });
  });

  it('falls back to the bundled data when IndexedDB cannot be opened', async () => {
    const { store } = await openStore(() => {
      throw new Error('QuotaExceededError');
    }, dataset);
    const status = store.status();
    expect(status.mode).toBe('memory');
    expect(status.problem).toContain('QuotaExceededError');
    const { handle } = await setup(store);
    const answer = await handle({ type: 'lookup', foodIds: ['natto'] }, fromTab(1));
    expect(answer.ok && Object.keys((answer.value as { foods: object }).foods)).toEqual(['natto']);
  });

  it('turns a failing store into an internal error value', async () => {
    const failing: FoodStore = {
      ...memoryStore(dataset),
      lookup: async () => Promise.reject(new Error('boom')),
    };
    const { handle } = await setup(failing);
    expect(await handle({ type: 'lookup', foodIds: ['brie'] }, fromTab(1))).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });

  it('repairs an incompatible database by deleting and seeding it again', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('k2-repair', 999);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const opened = await openStore(
      () => new K2Database('k2-repair', { indexedDB: factory, IDBKeyRange }),
      dataset,
    );
    expect(opened.seeded).toBe('repaired');
    expect(opened.store.status()).toEqual({ mode: 'indexeddb', datasetVersion: dataset.version });
    expect((await opened.store.lookup(['gouda'])).size).toBe(1);
  });

  it('answers from memory, and says why, when the damaged database cannot even be deleted', async () => {
    const factory = new IDBFactory();
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('k2-held', 999);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const opened = await openStore(
      () => new K2Database('k2-held', { indexedDB: factory, IDBKeyRange }),
      dataset,
      new Map(),
      200,
    );
    expect(opened.store.status().mode).toBe('memory');
    expect(opened.store.status().problem).toMatch(
      /^IndexedDB is not available \((VersionError|NotFoundError)/,
    );
    expect((await opened.store.search('brie', 5))[0]?.food.id).toBe('brie');
    holder.close();
  });
});
