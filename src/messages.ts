/**
 * The one message contract between content scripts, the popup and the
 * background. Requests are validated on arrival (`parseRequest`,
 * ./messaging/parse.ts); every answer is a value (`Result`), never a thrown
 * error across the boundary.
 */
import type { SourceCoverage } from './data/coverage';
import { LIST_LIMITS } from './data/shopping-list';
import type { Food, Intake, Portion, Source, ValueBasis } from './data/types';
import type { Messages, UiLanguage } from './i18n/core';

/** What the content script found on a page, as the popup shows it. */
export interface PageSummary {
  url: string;
  title: string;
  /** One entry per food found, in order of first appearance. */
  foods: PageFoodSummary[];
  recipe?: {
    name?: string;
    servings?: number;
    /** Totals over the recipe's quantified ingredients. */
    k2Total?: number;
    /** What the K2 total is (a sum of measured values, partly estimated, a lower bound). */
    k2Basis?: ValueBasis;
    calciumTotal?: number;
    unquantified: string[];
  };
  scannedAt: number;
  /** The products the page offers (a tile's or product page's title), in page order, at most 500. */
  products?: PageProductSummary[];
}

/** One product of the page: what its package holds and what one unit of currency buys. */
export interface PageProductSummary {
  /** Its place in the page's list (the content script scrolls to it by this number). */
  index: number;
  foodId: string;
  title: string;
  /** Grams of the package, as its title states them. */
  grams?: number;
  price?: { amount: number; currency: string; per?: { quantity: number; unit: string } };
  /** Central µg of K2 and mg of calcium in the package (needs its grams). */
  k2?: number;
  calcium?: number;
  /** µg of K2 and mg of calcium per 1 unit of `currency` (needs a price and grams, or a price per mass). */
  value?: { k2PerCurrency: number; calciumPerCurrency: number; currency: string };
}

export interface PageFoodSummary {
  foodId: string;
  name: string;
  count: number;
  /** Central values per 100 g. */
  k2: number;
  calcium: number;
  grams?: number;
}

export interface SearchHit {
  food: Food;
  /** The name or alias that matched. */
  matched: string;
  score: number;
}

export interface StoreStatus {
  /** `indexeddb`: the normal case; `memory`: IndexedDB failed, the bundled copy answers. */
  mode: 'indexeddb' | 'memory';
  datasetVersion: string;
  problem?: string;
}

/** One item of the shopping list: the stored line and what it reads as (src/value/list.ts). */
export interface ShoppingListEntry {
  id: number;
  /** The line as stored ("400 g gouda"). */
  text: string;
  /** The language the line is read in. */
  lang?: string;
  foodId?: string;
  /** How many of the item (1 when the line gives no count). */
  count: number;
  /** Grams of all `count` items, when the line's amount converts. */
  grams?: number;
  /** No food of the dataset in the line. */
  unmatched?: true;
}

/** The whole shopping list, in order. */
export interface ShoppingListState {
  items: ShoppingListEntry[];
  /** False when IndexedDB is not available and the list lasts only until the background stops. */
  persistent: boolean;
}

/**
 * What "add to list" adds: typed or pasted `text` (split into items as
 * src/value/list.ts splits a list: lines, semicolons, bullets; headings left
 * out); one item's `line` as it is (an imported item, not split); or one food
 * by id (a line with its name in `lang`, and its grams when known:
 * "400 g Gouda"). `lang` is the language the line is read in.
 */
export type ListAddition =
  | { text: string; lang?: string }
  | { line: string; lang?: string }
  | { foodId: string; grams?: number; lang?: string };

/** Why the background refused a list change (the popup words them in the UI language). */
export const LIST_PROBLEMS = {
  full: `the shopping list holds at most ${LIST_LIMITS.items} items`,
  tooLong: `an item is longer than ${LIST_LIMITS.text} characters`,
  empty: 'there is no item in the text',
  gone: 'that item is no longer on the list',
} as const;

export type Request =
  | { type: 'lookup'; foodIds: string[] }
  | { type: 'search'; query: string; limit?: number; languages?: string[] }
  | { type: 'similar'; foodId: string; limit?: number }
  | { type: 'sources' }
  | { type: 'intakes' }
  | { type: 'open-evidence'; section: string }
  | { type: 'status' }
  | { type: 'messages'; language: UiLanguage }
  | { type: 'page-summary:set'; summary: PageSummary }
  | { type: 'page-summary:get'; tabId: number }
  | { type: 'list:get' }
  | { type: 'list:add'; items: ListAddition[] }
  | { type: 'list:edit'; id: number; text: string; lang?: string }
  | { type: 'list:remove'; id: number }
  | { type: 'list:move'; id: number; to: number }
  | { type: 'list:clear' };

export type RequestType = Request['type'];

export interface ResponseMap {
  /**
   * The foods, the ids not found, the sources the foods cite (for citations in tooltips) and each food's
   * household measures completed from similar foods (for grams from cups, spoons and slices).
   */
  lookup: {
    foods: Record<string, Food>;
    missing: string[];
    sources: Record<string, Source>;
    measures: Record<string, readonly Portion[]>;
  };
  search: { hits: SearchHit[] };
  similar: { foods: Food[] };
  sources: { sources: Source[]; coverage: Record<string, SourceCoverage>; datasetVersion: string };
  /** The reference intakes and the sources they cite. */
  intakes: { intakes: Intake[]; sources: Record<string, Source> };
  'open-evidence': { opened: boolean };
  status: StoreStatus;
  /** The UI messages of one language (compiled, English for the keys it lacks), for a content script. */
  messages: { language: UiLanguage; messages: Messages };
  'page-summary:set': { stored: boolean };
  'page-summary:get': { summary: PageSummary | null };
  /** Every list change answers with the whole list after it. */
  'list:get': ShoppingListState;
  /** `added`: how many items were appended. */
  'list:add': ShoppingListState & { added: number };
  'list:edit': ShoppingListState;
  'list:remove': ShoppingListState;
  'list:move': ShoppingListState;
  'list:clear': ShoppingListState;
}

export type ErrorCode = 'bad-request' | 'forbidden' | 'unavailable' | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

export const LIMITS = {
  lookupIds: 500,
  idLength: 64,
  queryLength: 100,
  searchLimit: 50,
  searchLanguages: 8,
  summaryFoods: 500,
  summaryProducts: 500,
  text: 2000,
  /** Items of the shopping list, and characters of one item. */
  listItems: LIST_LIMITS.items,
  listText: LIST_LIMITS.text,
  /** Grams of a food added to the list. */
  listGrams: 100_000,
} as const;

/** Sections of the evidence summary in the toolbar window. */
export const EVIDENCE_SECTIONS: readonly string[] = ['k2-calcium-vitamin-d', 'k2-supplements'];

/** The toolbar window asks a tab's content script to show a product of its page summary (tabs message). */
export interface RevealProductMessage {
  type: 'k2lens:reveal-product';
  index: number;
}
