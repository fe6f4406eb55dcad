/**
 * The shopping list as stored: ordered lines of text, each one item. What a
 * line names, how much of it and its K2 and calcium are read from the text
 * every time the list is shown (src/value/list.ts), so an edited line is read
 * again and a new matcher or dataset reads old lines anew.
 *
 * `dexieListStore` keeps the list in IndexedDB (table `listItems` of
 * ./db.ts); `memoryListStore` keeps it in memory with the same behaviour, for
 * when IndexedDB cannot be opened (the list then lasts until the background
 * stops).
 */
import type { K2Database, StoredListItem } from './db';

export const LIST_LIMITS = {
  /** Items in the whole list. */
  items: 300,
  /** Characters of one item's text. */
  text: 300,
} as const;

export interface NewListItem {
  text: string;
  lang?: string;
}

export type ListItemRecord = StoredListItem & { id: number };

export interface ListStore {
  /** Every item, in list order. */
  all(): Promise<ListItemRecord[]>;
  /** Appends the items in their order; 'full' (and nothing added) when the list would exceed its limit. */
  add(items: readonly NewListItem[]): Promise<ListItemRecord[] | 'full'>;
  /** Replaces an item's text (and language when given); false when there is no such item. */
  edit(id: number, text: string, lang?: string): Promise<boolean>;
  remove(id: number): Promise<boolean>;
  /** Moves an item to position `to` (0 = first; beyond the end = last); false when there is no such item. */
  move(id: number, to: number): Promise<boolean>;
  clear(): Promise<void>;
  /** False when the list lives in memory only. */
  readonly persistent: boolean;
}

function record(item: NewListItem, position: number, addedAt: number): StoredListItem {
  return { text: item.text, ...(item.lang ? { lang: item.lang } : {}), position, addedAt };
}

/** `items` with `moved` taken out and put back at index `to` (clamped), positions renumbered from 1. */
function reordered(items: ListItemRecord[], id: number, to: number): ListItemRecord[] | undefined {
  const from = items.findIndex((i) => i.id === id);
  if (from < 0) return undefined;
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved as ListItemRecord);
  return next.map((item, i) => ({ ...item, position: i + 1 }));
}

/** The list in IndexedDB; each change is one read-write transaction. */
export function dexieListStore(db: K2Database, now: () => number = Date.now): ListStore {
  const table = db.listItems;
  const ordered = async () => (await table.orderBy('position').toArray()) as ListItemRecord[];
  return {
    persistent: true,
    all: ordered,
    add(items) {
      return db.transaction('rw', table, async () => {
        if ((await table.count()) + items.length > LIST_LIMITS.items) return 'full' as const;
        const last = (await table.orderBy('position').last())?.position ?? 0;
        const at = now();
        const records = items.map((item, i) => record(item, last + 1 + i, at));
        const ids = (await table.bulkAdd(records, { allKeys: true })) as number[];
        return records.map((r, i) => ({ ...r, id: ids[i] as number }));
      });
    },
    edit(id, text, lang) {
      return db.transaction('rw', table, async () => {
        const found = await table.get(id);
        if (!found) return false;
        await table.put({ ...found, text, ...(lang ? { lang } : {}) });
        return true;
      });
    },
    async remove(id) {
      return db.transaction('rw', table, async () => {
        if (!(await table.get(id))) return false;
        await table.delete(id);
        return true;
      });
    },
    move(id, to) {
      return db.transaction('rw', table, async () => {
        const next = reordered(await ordered(), id, to);
        if (!next) return false;
        await table.bulkPut(next);
        return true;
      });
    },
    async clear() {
      await table.clear();
    },
  };
}

/** The list in memory (IndexedDB not available): the same behaviour, kept until the background stops. */
export function memoryListStore(now: () => number = Date.now): ListStore {
  let items: ListItemRecord[] = [];
  let nextId = 1;
  const copy = () => items.map((i) => ({ ...i }));
  return {
    persistent: false,
    async all() {
      return copy();
    },
    async add(added) {
      if (items.length + added.length > LIST_LIMITS.items) return 'full';
      const last = items.at(-1)?.position ?? 0;
      const at = now();
      const records = added.map((item, i) => ({ ...record(item, last + 1 + i, at), id: nextId++ }));
      items = [...items, ...records];
      return records.map((r) => ({ ...r }));
    },
    async edit(id, text, lang) {
      const found = items.find((i) => i.id === id);
      if (!found) return false;
      found.text = text;
      if (lang) found.lang = lang;
      return true;
    },
    async remove(id) {
      const before = items.length;
      items = items.filter((i) => i.id !== id);
      return items.length < before;
    },
    async move(id, to) {
      const next = reordered(items, id, to);
      if (!next) return false;
      items = next;
      return true;
    },
    async clear() {
      items = [];
    },
  };
}
