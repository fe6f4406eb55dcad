/**
 * The dataset and the user's shopping list in IndexedDB (Dexie), in the
 * extension's own origin. Opened by the background only. Seeding replaces the
 * whole dataset in one transaction, so a failure leaves the previous copy
 * intact and the next start repairs it; seeding never touches the shopping list.
 *
 * Versions: 1 — foods, sources, intakes, meta; 2 — adds `listItems` (the
 * shopping list, ./shopping-list.ts), everything of version 1 kept.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Dataset, Food, Intake, Source } from './types';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface DatasetMeta {
  version: string;
  foods: number;
  seededAt: number;
}

/** One line of the shopping list as stored: the text the user typed (or an added food's line). */
export interface StoredListItem {
  /** Auto-incremented key. */
  id?: number;
  /** The line, one item, trimmed ("400 g gouda"). */
  text: string;
  /** The language the line is read in (the matcher's `lang`), e.g. "de". */
  lang?: string;
  /** Order in the list: ascending, not necessarily contiguous. */
  position: number;
  /** When it was added (ms since the epoch). */
  addedAt: number;
}

export const DB_NAME = 'k2lens';

export class K2Database extends Dexie {
  foods!: Table<Food, string>;
  sources!: Table<Source, string>;
  intakes!: Table<Intake & { id: number }, number>;
  meta!: Table<MetaRecord, string>;
  listItems!: Table<StoredListItem, number>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      foods: 'id, category',
      sources: 'id',
      intakes: 'id, nutrient',
      meta: 'key',
    });
    this.version(2).stores({ listItems: '++id, position' });
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
  now: () => number = Date.now,
): Promise<SeedOutcome> {
  return db.transaction('rw', [db.foods, db.sources, db.intakes, db.meta], async () => {
    const meta = (await db.meta.get('dataset'))?.value as DatasetMeta | undefined;
    if (meta?.version === dataset.version && (await db.foods.count()) === dataset.foods.length) {
      return 'current';
    }
    await Promise.all([db.foods.clear(), db.sources.clear(), db.intakes.clear()]);
    await db.foods.bulkAdd(dataset.foods);
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

/** Foods by id, in one query; unknown ids are simply absent from the result. */
export async function lookupFoods(db: K2Database, ids: readonly string[]): Promise<Map<string, Food>> {
  const unique = [...new Set(ids)];
  const records = await db.foods.bulkGet(unique);
  const out = new Map<string, Food>();
  for (const food of records) if (food) out.set(food.id, food);
  return out;
}

/** All foods of the stored dataset (to build the in-memory search index). */
export async function allFoods(db: K2Database): Promise<Food[]> {
  return db.foods.toArray();
}

export async function allSources(db: K2Database): Promise<Source[]> {
  return db.sources.toArray();
}
