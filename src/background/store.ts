/**
 * Where the background reads food facts from: IndexedDB (seeded from the
 * bundled dataset) with an in-memory cache and search index, or — when
 * IndexedDB cannot be opened or written (private mode, quota, corruption) — the
 * bundled dataset itself, with the same answers.
 */
import { allFoods, allSources, type K2Database, lookupFoods, seedDataset } from '../data/db';
import {
  buildSearchIndex,
  type SearchAliases,
  type SearchIndex,
  searchIndex,
  similarFoods,
} from '../data/search-index';
import type { Dataset, Food, Source } from '../data/types';
import type { SearchHit, StoreStatus } from '../messages';

export interface FoodStore {
  lookup(ids: readonly string[]): Promise<Map<string, Food>>;
  /** Foods whose names match, best first; names in `languages` (the user's) rank first. */
  search(query: string, limit: number, languages?: readonly string[]): Promise<SearchHit[]>;
  similar(foodId: string, limit: number): Promise<Food[]>;
  sources(): Promise<Source[]>;
  status(): StoreStatus;
}

/** Extra names per food id for search (the matcher's multilingual lexicon), with their languages. */
export type Aliases = SearchAliases;

function hitsFrom(
  index: SearchIndex,
  query: string,
  limit: number,
  languages: readonly string[] = [],
): SearchHit[] {
  return searchIndex(index, query, { limit, languages }).flatMap((hit) => {
    const food = index.foods.get(hit.foodId);
    return food ? [{ food, matched: hit.matched, score: hit.score }] : [];
  });
}

/** The bundled dataset in memory: always available. */
export function memoryStore(dataset: Dataset, aliases: Aliases = new Map(), problem?: string): FoodStore {
  const index = buildSearchIndex(dataset.foods, aliases);
  return {
    async lookup(ids) {
      const out = new Map<string, Food>();
      for (const id of ids) {
        const food = index.foods.get(id);
        if (food) out.set(id, food);
      }
      return out;
    },
    async search(query, limit, languages) {
      return hitsFrom(index, query, limit, languages);
    },
    async similar(foodId, limit) {
      const food = index.foods.get(foodId);
      return food ? similarFoods(dataset.foods, food, limit) : [];
    },
    async sources() {
      return dataset.sources;
    },
    status() {
      return { mode: 'memory', datasetVersion: dataset.version, ...(problem ? { problem } : {}) };
    },
  };
}

/** IndexedDB, with every food read once kept in memory and the search index built from the stored foods. */
export function dexieStore(db: K2Database, dataset: Dataset, aliases: Aliases = new Map()): FoodStore {
  const cache = new Map<string, Food>();
  let index: Promise<SearchIndex> | undefined;
  const getIndex = () => {
    index ??= allFoods(db).then((foods) => {
      for (const f of foods) cache.set(f.id, f);
      return buildSearchIndex(foods, aliases);
    });
    return index;
  };
  return {
    async lookup(ids) {
      const missing = ids.filter((id) => !cache.has(id));
      if (missing.length > 0) for (const [id, food] of await lookupFoods(db, missing)) cache.set(id, food);
      const out = new Map<string, Food>();
      for (const id of ids) {
        const food = cache.get(id);
        if (food) out.set(id, food);
      }
      return out;
    },
    async search(query, limit, languages) {
      return hitsFrom(await getIndex(), query, limit, languages);
    },
    async similar(foodId, limit) {
      const idx = await getIndex();
      const food = idx.foods.get(foodId);
      return food ? similarFoods([...idx.foods.values()], food, limit) : [];
    },
    async sources() {
      return allSources(db);
    },
    status() {
      return { mode: 'indexeddb', datasetVersion: dataset.version };
    },
  };
}

/**
 * Opens IndexedDB and makes sure it holds this dataset version (and gives the
 * open database, for the shopping list, when that worked). A database that
 * cannot be opened or written (an incompatible or corrupt copy, a failed
 * upgrade) is deleted and seeded again once; if that fails too, the bundled
 * data answers from memory and the status says why.
 */
export async function openStore(
  openDb: () => K2Database,
  dataset: Dataset,
  aliases: Aliases = new Map(),
  timeoutMs = 5000,
): Promise<{ store: FoodStore; seeded?: 'seeded' | 'current' | 'repaired'; db?: K2Database }> {
  const attempt = async () => {
    const db = openDb();
    try {
      return { db, seeded: await withTimeout(seedDataset(db, dataset), timeoutMs, 'opening IndexedDB') };
    } catch (err) {
      db.close();
      throw err;
    }
  };
  try {
    const { db, seeded } = await attempt();
    return { store: dexieStore(db, dataset, aliases), seeded, db };
  } catch (first) {
    try {
      await withTimeout(openDb().delete(), timeoutMs, 'deleting the damaged database');
      const { db } = await attempt();
      return { store: dexieStore(db, dataset, aliases), seeded: 'repaired', db };
    } catch {
      const e = first as Error;
      const problem = `IndexedDB is not available (${e?.name ?? 'Error'}: ${e?.message ?? e}); K2 Lens uses its bundled data in memory`;
      return { store: memoryStore(dataset, aliases, problem) };
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
