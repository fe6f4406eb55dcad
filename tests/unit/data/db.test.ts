import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import {
  K2Database,
  lookupFoods,
  searchFoodsByPrefix,
  seedDataset,
  storedDatasetMeta,
} from '../../../src/data/db';
import { termsOf } from '../../../src/data/search-terms';
import type { Dataset } from '../../../src/data/types';

function freshDb(factory = new IDBFactory()): K2Database {
  return new K2Database('k2lens-test', { indexedDB: factory, IDBKeyRange });
}

const terms = (f: Dataset['foods'][number]) => termsOf(f);

describe('IndexedDB dataset', () => {
  it('seeds once per version and then reports current', async () => {
    const db = freshDb();
    expect(await seedDataset(db, dataset, terms, () => 1000)).toBe('seeded');
    expect(await db.foods.count()).toBe(dataset.foods.length);
    expect(await db.sources.count()).toBe(dataset.sources.length);
    expect(await storedDatasetMeta(db)).toEqual({
      version: dataset.version,
      foods: dataset.foods.length,
      seededAt: 1000,
    });
    expect(await seedDataset(db, dataset, terms)).toBe('current');
    expect(await db.foods.count()).toBe(dataset.foods.length);
  });

  it('re-seeds without duplicates when the dataset version changes', async () => {
    const db = freshDb();
    await seedDataset(db, dataset, terms);
    const gouda = dataset.foods.find((f) => f.id === 'gouda');
    if (!gouda) throw new Error('gouda missing');
    const next: Dataset = {
      ...dataset,
      version: 'next-version',
      foods: dataset.foods
        .filter((f) => f.id !== 'natto')
        .map((f) => (f.id === 'gouda' ? { ...f, name: 'Gouda (updated)' } : f)),
    };
    expect(await seedDataset(db, next, terms)).toBe('seeded');
    expect(await db.foods.count()).toBe(dataset.foods.length - 1);
    expect((await db.foods.get('gouda'))?.name).toBe('Gouda (updated)');
    expect(await db.foods.get('natto')).toBeUndefined();
    expect((await storedDatasetMeta(db))?.version).toBe('next-version');
  });

  it('repairs an incomplete copy with the right version', async () => {
    const db = freshDb();
    await seedDataset(db, dataset, terms);
    await db.foods.delete('brie');
    expect(await seedDataset(db, dataset, terms)).toBe('seeded');
    expect(await db.foods.get('brie')).toBeDefined();
  });

  it('leaves the previous copy intact when seeding fails half-way', async () => {
    const db = freshDb();
    await seedDataset(db, dataset, terms);
    const broken: Dataset = { ...dataset, version: 'broken' };
    // Fails while writing sources, after the foods were cleared and rewritten inside the transaction.
    const spy = vi.spyOn(db.sources, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(seedDataset(db, broken, terms)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect((await storedDatasetMeta(db))?.version).toBe(dataset.version);
    expect(await db.foods.count()).toBe(dataset.foods.length);
    expect(await db.sources.count()).toBe(dataset.sources.length);
  });

  it('looks up a batch of ids in one query, ignoring unknown ones', async () => {
    const db = freshDb();
    await seedDataset(db, dataset, terms);
    const found = await lookupFoods(db, ['gouda', 'brie', 'kefir', 'gouda', 'no-such-food']);
    expect([...found.keys()].sort()).toEqual(['brie', 'gouda', 'kefir']);
    expect(found.get('kefir')?.k2.central).toBe(dataset.foods.find((f) => f.id === 'kefir')?.k2.central);
    expect(found.get('gouda')).not.toHaveProperty('terms');
  });

  it('searches names and aliases by folded prefix', async () => {
    const db = freshDb();
    await seedDataset(db, dataset, terms);
    const ids = async (q: string) => (await searchFoodsByPrefix(db, q)).map((f) => f.id);
    expect(await ids('goud')).toContain('gouda');
    expect(await ids('emmental')).toContain('emmental');
    expect(await ids('bufala')).toContain('buffalo-mozzarella');
    expect(await ids('')).toEqual([]);
    expect(await ids('qqqq')).toEqual([]);
  });
});
