import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { K2Database, type StoredListItem, seedDataset, storedDatasetMeta } from '../../../src/data/db';
import {
  dexieListStore,
  LIST_LIMITS,
  type ListStore,
  memoryListStore,
} from '../../../src/data/shopping-list';

const texts = async (list: ListStore) => (await list.all()).map((i) => i.text);

function dexieList(factory = new IDBFactory()) {
  const db = new K2Database('k2lens-list', { indexedDB: factory, IDBKeyRange });
  return { db, list: dexieListStore(db, () => 1234) };
}

describe.each([
  ['IndexedDB', () => dexieList().list],
  ['memory', () => memoryListStore(() => 1234)],
])('shopping list store (%s)', (_name, make) => {
  it('appends items in order and gives each an id', async () => {
    const list = make();
    expect(await list.all()).toEqual([]);
    const added = await list.add([{ text: '400 g gouda', lang: 'en' }, { text: 'kefir' }]);
    expect(added).not.toBe('full');
    if (added === 'full') return;
    expect(added.map((i) => i.text)).toEqual(['400 g gouda', 'kefir']);
    expect(new Set(added.map((i) => i.id)).size).toBe(2);
    await list.add([{ text: 'natto 3×45 g' }]);
    const all = await list.all();
    expect(all.map((i) => i.text)).toEqual(['400 g gouda', 'kefir', 'natto 3×45 g']);
    expect(all[0]).toMatchObject({ text: '400 g gouda', lang: 'en', addedAt: 1234 });
    expect(all[1]).not.toHaveProperty('lang');
    expect(all.map((i) => i.position)).toEqual([1, 2, 3]);
  });

  it('edits an item in place, keeping its language unless a new one is given', async () => {
    const list = make();
    await list.add([{ text: 'gouda', lang: 'de' }, { text: 'brie' }]);
    const [gouda, brie] = await list.all();
    expect(await list.edit(gouda?.id ?? 0, '400 g gouda')).toBe(true);
    expect(await list.edit(brie?.id ?? 0, '200 g brie', 'fr')).toBe(true);
    const all = await list.all();
    expect(all.map((i) => [i.id, i.text, i.lang])).toEqual([
      [gouda?.id, '400 g gouda', 'de'],
      [brie?.id, '200 g brie', 'fr'],
    ]);
    expect(await list.edit(9999, 'x')).toBe(false);
  });

  it('removes an item and only that one', async () => {
    const list = make();
    await list.add([{ text: 'a gouda' }, { text: 'b brie' }, { text: 'c feta' }]);
    const [, b] = await list.all();
    expect(await list.remove(b?.id ?? 0)).toBe(true);
    expect(await texts(list)).toEqual(['a gouda', 'c feta']);
    expect(await list.remove(b?.id ?? 0)).toBe(false);
  });

  it('moves an item to the top, the end, beyond the end and back', async () => {
    const list = make();
    await list.add(['1', '2', '3', '4'].map((n) => ({ text: `item ${n}` })));
    const ids = (await list.all()).map((i) => i.id);
    expect(await list.move(ids[2] ?? 0, 0)).toBe(true);
    expect(await texts(list)).toEqual(['item 3', 'item 1', 'item 2', 'item 4']);
    expect(await list.move(ids[2] ?? 0, 3)).toBe(true);
    expect(await texts(list)).toEqual(['item 1', 'item 2', 'item 4', 'item 3']);
    expect(await list.move(ids[0] ?? 0, 99)).toBe(true);
    expect(await texts(list)).toEqual(['item 2', 'item 4', 'item 3', 'item 1']);
    expect(await list.move(ids[0] ?? 0, 1)).toBe(true);
    expect(await texts(list)).toEqual(['item 2', 'item 1', 'item 4', 'item 3']);
    // Items added after a move go last.
    await list.add([{ text: 'item 5' }]);
    expect(await texts(list)).toEqual(['item 2', 'item 1', 'item 4', 'item 3', 'item 5']);
    expect(await list.move(9999, 0)).toBe(false);
  });

  it('refuses an addition that would make the list longer than its limit, adding nothing', async () => {
    const list = make();
    const many = Array.from({ length: LIST_LIMITS.items - 1 }, (_, i) => ({ text: `line ${i}` }));
    expect(await list.add(many)).not.toBe('full');
    expect(await list.add([{ text: 'one more' }, { text: 'and another' }])).toBe('full');
    expect((await list.all()).length).toBe(LIST_LIMITS.items - 1);
    expect(await list.add([{ text: 'the last one' }])).not.toBe('full');
    expect((await list.all()).length).toBe(LIST_LIMITS.items);
    expect((await list.all()).at(-1)?.text).toBe('the last one');
  });

  it('clears the whole list', async () => {
    const list = make();
    await list.add([{ text: 'gouda' }, { text: 'brie' }]);
    await list.clear();
    expect(await list.all()).toEqual([]);
  });
});

describe('shopping list in IndexedDB', () => {
  it('is kept when the database is closed and opened again', async () => {
    const factory = new IDBFactory();
    const first = dexieList(factory);
    await first.list.add([{ text: '400 g gouda' }, { text: '2 × kefir 500 ml' }]);
    const [, kefir] = await first.list.all();
    await first.list.move(kefir?.id ?? 0, 0);
    first.db.close();
    const again = dexieList(factory);
    expect(await texts(again.list)).toEqual(['2 × kefir 500 ml', '400 g gouda']);
    expect(again.list.persistent).toBe(true);
    expect(memoryListStore().persistent).toBe(false);
  });

  it('is not touched when a new dataset version replaces the stored one', async () => {
    const { db, list } = dexieList();
    await seedDataset(db, dataset);
    await list.add([{ text: '400 g gouda' }]);
    expect(await seedDataset(db, { ...dataset, version: 'next-version' })).toBe('seeded');
    expect(await texts(list)).toEqual(['400 g gouda']);
  });

  it('a move that fails half-way leaves the list as it was', async () => {
    const { db, list } = dexieList();
    await list.add(['a', 'b', 'c'].map((text) => ({ text })));
    const ids = (await list.all()).map((i) => i.id);
    const put = db.listItems.bulkPut.bind(db.listItems);
    // A move rewrites every position in one transaction; make it fail after the write.
    const spy = vi.spyOn(db.listItems, 'bulkPut').mockImplementationOnce((async (items: StoredListItem[]) => {
      await put(items);
      throw new Error('disk full');
    }) as never);
    await expect(list.move(ids[2] ?? 0, 0)).rejects.toThrow('disk full');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await texts(list)).toEqual(['a', 'b', 'c']);
  });
});

describe('schema migration 1 → 2', () => {
  it('keeps the dataset of a version-1 database and adds an empty shopping list', async () => {
    const factory = new IDBFactory();
    // A database as version 1 of K2 Lens left it.
    const v1 = new Dexie('k2lens', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores({ foods: 'id, category', sources: 'id', intakes: 'id, nutrient', meta: 'key' });
    await v1.open();
    await v1.table('foods').bulkAdd(dataset.foods);
    await v1.table('sources').bulkAdd(dataset.sources);
    await v1.table('intakes').bulkAdd(dataset.intakes.map((intake, id) => ({ ...intake, id })));
    await v1.table('meta').put({
      key: 'dataset',
      value: { version: dataset.version, foods: dataset.foods.length, seededAt: 5 },
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new K2Database('k2lens', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.foods.count()).toBe(dataset.foods.length);
    expect((await db.foods.get('gouda'))?.k2.central).toBe(65);
    expect(await db.sources.count()).toBe(dataset.sources.length);
    expect(await db.intakes.count()).toBe(dataset.intakes.length);
    // The dataset is current: nothing is seeded again (seededAt stays the one of version 1).
    expect(await seedDataset(db, dataset)).toBe('current');
    expect((await storedDatasetMeta(db))?.seededAt).toBe(5);
    expect(await db.listItems.count()).toBe(0);
    const list = dexieListStore(db);
    await list.add([{ text: '400 g gouda' }]);
    expect(await texts(list)).toEqual(['400 g gouda']);
  });
});
