/**
 * Where the background reads food facts from: IndexedDB (seeded from the
 * bundled dataset) with an in-memory cache, or — when IndexedDB cannot be opened
 * or written (private mode, quota, corruption) — the bundled dataset itself.
 */
import { type K2Database, lookupFoods, searchFoodsByPrefix, seedDataset } from '../data/db';
import { foldForSearch, termsOf } from '../data/search-terms';
import type { Dataset, Food, Source } from '../data/types';
import type { SearchHit, StoreStatus } from '../messages';

export interface FoodStore {
  lookup(ids: readonly string[]): Promise<Map<string, Food>>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  sources(): Promise<Source[]>;
  status(): StoreStatus;
}

function hitFor(food: Food, folded: string, terms: readonly string[]): SearchHit {
  const matched = terms.find((t) => t.startsWith(folded)) ?? food.name;
  // Exact names first, then prefixes of whole names, then later words.
  const score = matched === folded ? 3 : terms[0] === matched || matched.length === folded.length ? 2 : 1;
  return { food, matched, score };
}

function rank(hits: SearchHit[], limit: number): SearchHit[] {
  return hits
    .sort(
      (a, b) =>
        b.score - a.score || a.matched.length - b.matched.length || a.food.name.localeCompare(b.food.name),
    )
    .slice(0, limit);
}

/** The bundled dataset in memory: always available. */
export function memoryStore(dataset: Dataset, problem?: string): FoodStore {
  const byId = new Map(dataset.foods.map((f) => [f.id, f]));
  const terms = new Map(dataset.foods.map((f) => [f.id, termsOf(f)]));
  return {
    async lookup(ids) {
      const out = new Map<string, Food>();
      for (const id of ids) {
        const food = byId.get(id);
        if (food) out.set(id, food);
      }
      return out;
    },
    async search(query, limit) {
      const folded = foldForSearch(query);
      if (!folded) return [];
      const hits = dataset.foods
        .filter((f) => (terms.get(f.id) ?? []).some((t) => t.startsWith(folded)))
        .map((f) => hitFor(f, folded, terms.get(f.id) ?? []));
      return rank(hits, limit);
    },
    async sources() {
      return dataset.sources;
    },
    status() {
      return { mode: 'memory', datasetVersion: dataset.version, ...(problem ? { problem } : {}) };
    },
  };
}

/** IndexedDB, with every food read once kept in memory. */
export function dexieStore(db: K2Database, dataset: Dataset): FoodStore {
  const cache = new Map<string, Food>();
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
    async search(query, limit) {
      const folded = foldForSearch(query);
      const foods = await searchFoodsByPrefix(db, folded, limit);
      return rank(
        foods.map((f) => hitFor(f, folded, termsOf(f))),
        limit,
      );
    },
    async sources() {
      return db.sources.toArray();
    },
    status() {
      return { mode: 'indexeddb', datasetVersion: dataset.version };
    },
  };
}

/**
 * Opens IndexedDB and makes sure it holds this dataset version; on any failure
 * answers from memory and says why.
 */
export async function openStore(
  openDb: () => K2Database,
  dataset: Dataset,
): Promise<{ store: FoodStore; seeded?: 'seeded' | 'current' }> {
  try {
    const db = openDb();
    const seeded = await seedDataset(db, dataset, (f) => termsOf(f));
    return { store: dexieStore(db, dataset), seeded };
  } catch (err) {
    const problem = `IndexedDB is not available (${(err as Error)?.name ?? 'Error'}: ${(err as Error)?.message ?? err}); using the bundled data in memory`;
    return { store: memoryStore(dataset, problem) };
  }
}
