import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { allFoods, K2Database, lookupFoods, seedDataset, storedDatasetMeta } from '../../../src/data/db';
import type { Dataset } from '../../../src/data/types';

function freshDb(factory = new IDBFactory()): K2Database {
  return new K2Database('k2lens-test', { indexedDB: factory, IDBKeyRange });
}

describe('IndexedDB dataset', () => {
  it('seeds once per version and then reports current', async () => {
    const db = freshDb();
    expect(await seedDataset(db, dataset, () => 1000)).toBe('seeded');
    expect(await db.foods.count()).toBe(dataset.foods.length);
    expect(await db.sources.count()).toBe(dataset.sources.length);
    expect(await storedDatasetMeta(db)).toEqual({
      version: dataset.version,
      foods: dataset.foods.length,
      seededAt: 1000,
    });
    expect(await seedDataset(db, dataset)).toBe('current');
    expect(await db.foods.count()).toBe(dataset.foods.length);
  });

  it('re-seeds without duplicates when the dataset version changes', async () => {
    const db = freshDb();
    await seedDataset(db, dataset);
    const gouda = dataset.foods.find((f) => f.id === 'gouda');
    if (!gouda) throw new Error('gouda missing');
    const next: Dataset = {
      ...dataset,
      version: 'next-version',
      foods: dataset.foods
        .filter((f) => f.id !== 'natto')
        .map((f) => (f.id === 'gouda' ? { ...f, name: 'Gouda (updated)' } : f)),
    };
    expect(await seedDataset(db, next)).toBe('seeded');
    expect(await db.foods.count()).toBe(dataset.foods.length - 1);
    expect((await db.foods.get('gouda'))?.name).toBe('Gouda (updated)');
    expect(await db.foods.get('natto')).toBeUndefined();
    expect((await storedDatasetMeta(db))?.version).toBe('next-version');
  });

  it('repairs an incomplete copy with the right version', async () => {
    const db = freshDb();
    await seedDataset(db, dataset);
    await db.foods.delete('brie');
    expect(await seedDataset(db, dataset)).toBe('seeded');
    expect(await db.foods.get('brie')).toBeDefined();
  });

  it('leaves the previous copy intact when seeding fails half-way', async () => {
    const db = freshDb();
    await seedDataset(db, dataset);
    const broken: Dataset = { ...dataset, version: 'broken' };
    // Fails while writing sources, after the foods were cleared and rewritten inside the transaction.
    const spy = vi.spyOn(db.sources, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(seedDataset(db, broken)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect((await storedDatasetMeta(db))?.version).toBe(dataset.version);
    expect(await db.foods.count()).toBe(dataset.foods.length);
    expect(await db.sources.count()).toBe(dataset.sources.length);
  });

  it('looks up a batch of ids in one query, ignoring unknown ones', async () => {
    const db = freshDb();
    await seedDataset(db, dataset);
    const found = await lookupFoods(db, ['gouda', 'brie', 'kefir', 'gouda', 'no-such-food']);
    expect([...found.keys()].sort()).toEqual(['brie', 'gouda', 'kefir']);
    expect(found.get('kefir')?.k2.central).toBe(dataset.foods.find((f) => f.id === 'kefir')?.k2.central);
    expect(found.get('gouda')).not.toHaveProperty('terms');
  });

  it('returns every stored food for the search index', async () => {
    const db = freshDb();
    await seedDataset(db, dataset);
    const foods = await allFoods(db);
    expect(foods.map((f) => f.id).sort()).toEqual(dataset.foods.map((f) => f.id).sort());
  });
});
