/**
 * The dataset in IndexedDB (Dexie), in the extension's own origin. Opened by the
 * background service worker only. Seeding replaces the whole dataset in one
 * transaction, so a failure leaves the previous copy intact and the next start
 * repairs it.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Dataset, Food, Intake, Source } from './types';

export interface FoodRecord extends Food {
  /** Folded names and aliases (all languages) for prefix search. */
  terms: string[];
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface DatasetMeta {
  version: string;
  foods: number;
  seededAt: number;
}

export const DB_NAME = 'k2lens';

export class K2Database extends Dexie {
  foods!: Table<FoodRecord, string>;
  sources!: Table<Source, string>;
  intakes!: Table<Intake & { id: number }, number>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      foods: 'id, category, *terms',
      sources: 'id',
      intakes: 'id, nutrient',
      meta: 'key',
    });
  }
}

export type SeedOutcome = 'seeded' | 'current';

/**
 * Makes the stored dataset equal to `dataset`: a no-op when the stored version
 * matches and is complete, otherwise clears and rewrites every table in one
 * read-write transaction (all or nothing).
 */
export async function seedDataset(
  db: K2Database,
  dataset: Dataset,
  termsOf: (food: Food) => string[],
  now: () => number = Date.now,
): Promise<SeedOutcome> {
  return db.transaction('rw', [db.foods, db.sources, db.intakes, db.meta], async () => {
    const meta = (await db.meta.get('dataset'))?.value as DatasetMeta | undefined;
    if (meta?.version === dataset.version && (await db.foods.count()) === dataset.foods.length) {
      return 'current';
    }
    await Promise.all([db.foods.clear(), db.sources.clear(), db.intakes.clear()]);
    await db.foods.bulkAdd(dataset.foods.map((food) => ({ ...food, terms: termsOf(food) })));
    await db.sources.bulkAdd(dataset.sources);
    await db.intakes.bulkAdd(dataset.intakes.map((intake, id) => ({ ...intake, id })));
    const value: DatasetMeta = { version: dataset.version, foods: dataset.foods.length, seededAt: now() };
    await db.meta.put({ key: 'dataset', value });
    return 'seeded';
  });
}

export async function storedDatasetMeta(db: K2Database): Promise<DatasetMeta | undefined> {
  return (await db.meta.get('dataset'))?.value as DatasetMeta | undefined;
}

function stripTerms({ terms: _terms, ...food }: FoodRecord): Food {
  return food;
}

/** Foods by id, in one query; unknown ids are simply absent from the result. */
export async function lookupFoods(db: K2Database, ids: readonly string[]): Promise<Map<string, Food>> {
  const unique = [...new Set(ids)];
  const records = await db.foods.bulkGet(unique);
  const out = new Map<string, Food>();
  for (const record of records) if (record) out.set(record.id, stripTerms(record));
  return out;
}

/** Foods with a name or alias starting with the folded prefix (at most `limit`). */
export async function searchFoodsByPrefix(db: K2Database, foldedPrefix: string, limit = 20): Promise<Food[]> {
  if (foldedPrefix === '') return [];
  const records = await db.foods.where('terms').startsWith(foldedPrefix).distinct().limit(limit).toArray();
  return records.map(stripTerms);
}

export async function allSources(db: K2Database): Promise<Source[]> {
  return db.sources.toArray();
}
