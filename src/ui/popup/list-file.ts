/**
 * The shopping list as a JSON file (DOM-free): what Export writes and what
 * Import accepts. A file is read whole and checked before anything is added;
 * with any problem nothing is imported and the problems say what was wrong.
 *
 * ```json
 * { "format": "k2lens-shopping-list", "version": 1, "exported": "2025-06-01T10:00:00.000Z",
 *   "items": [{ "text": "400 g gouda", "lang": "en" }, { "text": "2 × kefir 500 ml" }] }
 * ```
 */
import { LIST_LIMITS } from '../../data/shopping-list';
import type { ShoppingListEntry } from '../../messages';

export const LIST_FILE_FORMAT = 'k2lens-shopping-list';
export const LIST_FILE_VERSION = 1;
/** The largest file Import reads, in bytes (300 items of 300 characters fit several times over). */
export const LIST_FILE_MAX_BYTES = 512 * 1024;
/** How many problems a bad file is described with at most (the first ones). */
const MAX_PROBLEMS = 5;
const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8}){0,3}$/i;

export interface ListFileItem {
  text: string;
  lang?: string;
}

export interface ListFile {
  format: typeof LIST_FILE_FORMAT;
  version: typeof LIST_FILE_VERSION;
  exported: string;
  items: ListFileItem[];
}

/** What was wrong with a file; `n` is an item's number in the file (from 1). */
export type ListFileProblem =
  | { code: 'too-big'; bytes: number }
  | { code: 'json' }
  | { code: 'not-a-list' }
  | { code: 'version'; version: string }
  | { code: 'items' }
  | { code: 'no-items' }
  | { code: 'too-many'; count: number }
  | { code: 'item-text'; n: number }
  | { code: 'item-lang'; n: number };

export function listFile(
  entries: readonly Pick<ShoppingListEntry, 'text' | 'lang'>[],
  now = new Date(),
): ListFile {
  return {
    format: LIST_FILE_FORMAT,
    version: LIST_FILE_VERSION,
    exported: now.toISOString(),
    items: entries.map((e) => ({ text: e.text, ...(e.lang ? { lang: e.lang } : {}) })),
  };
}

export function listFileText(file: ListFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The items of a list file, or what is wrong with it. `bytes` is the file's
 * size (checked before its text is read); `text` its content.
 */
export function readListFile(
  bytes: number,
  text: () => Promise<string>,
): Promise<{ items: ListFileItem[] } | { problems: ListFileProblem[] }> {
  if (bytes > LIST_FILE_MAX_BYTES) return Promise.resolve({ problems: [{ code: 'too-big', bytes }] });
  return text().then((content) => parseListFile(content));
}

export function parseListFile(content: string): { items: ListFileItem[] } | { problems: ListFileProblem[] } {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > LIST_FILE_MAX_BYTES) return { problems: [{ code: 'too-big', bytes }] };
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return { problems: [{ code: 'json' }] };
  }
  if (!isRecord(raw) || raw.format !== LIST_FILE_FORMAT) return { problems: [{ code: 'not-a-list' }] };
  if (raw.version !== LIST_FILE_VERSION)
    return { problems: [{ code: 'version', version: String(raw.version).slice(0, 20) }] };
  if (!Array.isArray(raw.items)) return { problems: [{ code: 'items' }] };
  if (raw.items.length === 0) return { problems: [{ code: 'no-items' }] };
  if (raw.items.length > LIST_LIMITS.items)
    return { problems: [{ code: 'too-many', count: raw.items.length }] };
  const items: ListFileItem[] = [];
  const problems: ListFileProblem[] = [];
  raw.items.forEach((item: unknown, i) => {
    const n = i + 1;
    const text = isRecord(item) ? item.text : undefined;
    if (typeof text !== 'string' || text.trim() === '' || text.trim().length > LIST_LIMITS.text) {
      problems.push({ code: 'item-text', n });
      return;
    }
    const lang = isRecord(item) ? item.lang : undefined;
    if (lang !== undefined && !(typeof lang === 'string' && lang.length <= 35 && LANG_TAG.test(lang))) {
      problems.push({ code: 'item-lang', n });
      return;
    }
    items.push({ text: text.trim(), ...(lang ? { lang } : {}) });
  });
  if (problems.length > 0) return { problems: problems.slice(0, MAX_PROBLEMS) };
  return { items };
}
