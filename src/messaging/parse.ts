/**
 * The validation of the messages that arrive (DOM-free): `parseRequest` checks
 * every request of the contract (../messages.ts) that the background receives,
 * `parseRevealProduct` the toolbar window's message to a content script. Each
 * returns the typed message, or a reason (never throws).
 */
import type { ValueBasis } from '../data/types';
import { isUiLanguage, UI_LANGUAGES } from '../i18n/core';
import {
  EVIDENCE_SECTIONS,
  LIMITS,
  type ListAddition,
  type PageFoodSummary,
  type PageProductSummary,
  type PageSummary,
  type Request,
  type RevealProductMessage,
} from '../messages';

const FOOD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A language tag as pages and the UI give it ("de", "de-CH", "zh-Hant-TW"). */
const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8}){0,3}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function shortString(value: unknown, max: number = LIMITS.text): value is string {
  return typeof value === 'string' && value.length <= max;
}

const BASES = new Set<string>(['measured', 'estimated', 'below-loq', 'lower-bound']);
const PER_UNITS = new Set(['kg', 'g', '100g', 'l', '100ml', 'ml', 'lb', 'oz', 'each']);
const CURRENCY = /^[A-Z]{3}$/;

function parseProduct(raw: unknown): PageProductSummary | string {
  if (!isRecord(raw)) return 'summary.products entries must be objects';
  const { index, foodId, title, grams, price, k2, calcium, value } = raw;
  if (!Number.isInteger(index) || (index as number) < 0) return 'bad product index';
  if (typeof foodId !== 'string' || !FOOD_ID.test(foodId) || !shortString(title, 300)) return 'bad product';
  for (const n of [grams, k2, calcium])
    if (n !== undefined && !isFiniteNumber(n)) return 'bad product numbers';
  const out: PageProductSummary = {
    index: index as number,
    foodId,
    title,
    ...(grams !== undefined ? { grams: grams as number } : {}),
    ...(k2 !== undefined ? { k2: k2 as number } : {}),
    ...(calcium !== undefined ? { calcium: calcium as number } : {}),
  };
  if (price !== undefined) {
    if (!isRecord(price) || !isFiniteNumber(price.amount) || typeof price.currency !== 'string')
      return 'bad product price';
    if (!CURRENCY.test(price.currency)) return 'bad product currency';
    const per = price.per;
    if (
      per !== undefined &&
      (!isRecord(per) ||
        !isFiniteNumber(per.quantity) ||
        typeof per.unit !== 'string' ||
        !PER_UNITS.has(per.unit))
    )
      return 'bad product unit price';
    out.price = {
      amount: price.amount,
      currency: price.currency,
      ...(per ? { per: { quantity: per.quantity as number, unit: per.unit as string } } : {}),
    };
  }
  if (value !== undefined) {
    if (
      !isRecord(value) ||
      !isFiniteNumber(value.k2PerCurrency) ||
      !isFiniteNumber(value.calciumPerCurrency) ||
      typeof value.currency !== 'string' ||
      !CURRENCY.test(value.currency)
    )
      return 'bad product value';
    out.value = {
      k2PerCurrency: value.k2PerCurrency,
      calciumPerCurrency: value.calciumPerCurrency,
      currency: value.currency,
    };
  }
  return out;
}

function parseSummary(raw: unknown): PageSummary | string {
  if (!isRecord(raw)) return 'summary must be an object';
  const { url, title, foods, recipe, scannedAt, products } = raw;
  if (!shortString(url) || !shortString(title)) return 'summary.url and summary.title must be strings';
  if (!isFiniteNumber(scannedAt)) return 'summary.scannedAt must be a number';
  if (!Array.isArray(foods) || foods.length > LIMITS.summaryFoods) return 'summary.foods must be a list';
  const list: PageFoodSummary[] = [];
  for (const f of foods) {
    if (!isRecord(f)) return 'summary.foods entries must be objects';
    const { foodId, name, count, k2, calcium, grams } = f;
    if (typeof foodId !== 'string' || !FOOD_ID.test(foodId) || !shortString(name, 200))
      return 'bad food entry';
    if (!isFiniteNumber(count) || !isFiniteNumber(k2) || !isFiniteNumber(calcium))
      return 'bad food entry numbers';
    if (grams !== undefined && !isFiniteNumber(grams)) return 'bad food entry grams';
    list.push({ foodId, name, count, k2, calcium, ...(grams !== undefined ? { grams } : {}) });
  }
  const summary: PageSummary = { url, title, foods: list, scannedAt };
  if (products !== undefined) {
    if (!Array.isArray(products) || products.length > LIMITS.summaryProducts)
      return 'summary.products must be a list';
    const parsed: PageProductSummary[] = [];
    for (const p of products) {
      const product = parseProduct(p);
      if (typeof product === 'string') return product;
      parsed.push(product);
    }
    summary.products = parsed;
  }
  if (recipe !== undefined) {
    if (!isRecord(recipe)) return 'summary.recipe must be an object';
    const { name, servings, k2Total, calciumTotal, unquantified, k2Basis } = recipe;
    if (k2Basis !== undefined && !BASES.has(k2Basis as string)) return 'bad recipe basis';
    if (name !== undefined && !shortString(name)) return 'bad recipe name';
    for (const n of [servings, k2Total, calciumTotal])
      if (n !== undefined && !isFiniteNumber(n)) return 'bad recipe numbers';
    if (!Array.isArray(unquantified) || !unquantified.every((l) => shortString(l))) return 'bad recipe lines';
    summary.recipe = {
      ...(name !== undefined ? { name: name as string } : {}),
      ...(servings !== undefined ? { servings: servings as number } : {}),
      ...(k2Total !== undefined ? { k2Total: k2Total as number } : {}),
      ...(calciumTotal !== undefined ? { calciumTotal: calciumTotal as number } : {}),
      ...(k2Basis !== undefined ? { k2Basis: k2Basis as ValueBasis } : {}),
      unquantified: unquantified as string[],
    };
  }
  return summary;
}

function isFoodId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.idLength && FOOD_ID.test(value);
}

function isListId(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/** A language tag, or undefined when absent; a reason when present and malformed. */
function parseLang(value: unknown): { lang?: string } | string {
  if (value === undefined) return {};
  if (typeof value !== 'string' || value.length > 35 || !LANG_TAG.test(value))
    return 'lang must be a language tag';
  return { lang: value };
}

function parseAdditions(raw: unknown): ListAddition[] | string {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > LIMITS.listItems)
    return `items must be a list of 1 to ${LIMITS.listItems} additions`;
  const out: ListAddition[] = [];
  for (const entry of raw) {
    if (!isRecord(entry)) return 'each addition must be an object';
    const lang = parseLang(entry.lang);
    if (typeof lang === 'string') return lang;
    if (entry.foodId !== undefined) {
      if (!isFoodId(entry.foodId)) return 'foodId must be a food id';
      const grams = entry.grams;
      if (grams !== undefined && !(isFiniteNumber(grams) && grams > 0 && grams <= LIMITS.listGrams))
        return `grams must be a number above 0 and at most ${LIMITS.listGrams}`;
      out.push({ foodId: entry.foodId, ...(grams !== undefined ? { grams } : {}), ...lang });
    } else if (entry.line !== undefined) {
      const line = entry.line;
      if (typeof line !== 'string' || line.trim() === '' || line.trim().length > LIMITS.listText)
        return `line must be a string of 1 to ${LIMITS.listText} characters`;
      out.push({ line, ...lang });
    } else {
      if (!shortString(entry.text) || entry.text.trim() === '')
        return `text must be a string of 1 to ${LIMITS.text} characters`;
      out.push({ text: entry.text, ...lang });
    }
  }
  return out;
}

/** Validates an incoming message; returns the typed request or a reason. */
export function parseRequest(raw: unknown): Request | { invalid: string } {
  if (!isRecord(raw) || typeof raw.type !== 'string')
    return { invalid: 'a message must be an object with a type' };
  switch (raw.type) {
    case 'lookup': {
      const ids = raw.foodIds;
      if (!Array.isArray(ids) || ids.length > LIMITS.lookupIds) {
        return { invalid: `foodIds must be a list of at most ${LIMITS.lookupIds} ids` };
      }
      if (!ids.every((id) => typeof id === 'string' && id.length <= LIMITS.idLength && FOOD_ID.test(id))) {
        return { invalid: 'foodIds must be food ids' };
      }
      return { type: 'lookup', foodIds: ids as string[] };
    }
    case 'search': {
      if (!shortString(raw.query, LIMITS.queryLength)) {
        return { invalid: `query must be a string of at most ${LIMITS.queryLength} characters` };
      }
      const limit = raw.limit;
      if (
        limit !== undefined &&
        !(Number.isInteger(limit) && (limit as number) > 0 && (limit as number) <= LIMITS.searchLimit)
      ) {
        return { invalid: `limit must be an integer from 1 to ${LIMITS.searchLimit}` };
      }
      const languages = raw.languages;
      if (
        languages !== undefined &&
        !(
          Array.isArray(languages) &&
          languages.length <= LIMITS.searchLanguages &&
          languages.every((l) => typeof l === 'string' && /^[a-z]{2,3}$/.test(l))
        )
      ) {
        return { invalid: `languages must be a list of at most ${LIMITS.searchLanguages} language codes` };
      }
      return {
        type: 'search',
        query: raw.query,
        ...(limit !== undefined ? { limit: limit as number } : {}),
        ...(languages !== undefined ? { languages: languages as string[] } : {}),
      };
    }
    case 'similar': {
      if (
        typeof raw.foodId !== 'string' ||
        !FOOD_ID.test(raw.foodId) ||
        raw.foodId.length > LIMITS.idLength
      ) {
        return { invalid: 'foodId must be a food id' };
      }
      const limit = raw.limit;
      if (
        limit !== undefined &&
        !(Number.isInteger(limit) && (limit as number) > 0 && (limit as number) <= LIMITS.searchLimit)
      ) {
        return { invalid: `limit must be an integer from 1 to ${LIMITS.searchLimit}` };
      }
      return {
        type: 'similar',
        foodId: raw.foodId,
        ...(limit !== undefined ? { limit: limit as number } : {}),
      };
    }
    case 'sources':
      return { type: 'sources' };
    case 'intakes':
      return { type: 'intakes' };
    case 'open-evidence': {
      if (typeof raw.section !== 'string' || !EVIDENCE_SECTIONS.includes(raw.section)) {
        return { invalid: `section must be one of ${EVIDENCE_SECTIONS.join(', ')}` };
      }
      return { type: 'open-evidence', section: raw.section };
    }
    case 'status':
      return { type: 'status' };
    case 'messages': {
      if (!isUiLanguage(raw.language))
        return { invalid: `language must be one of ${UI_LANGUAGES.join(', ')}` };
      return { type: 'messages', language: raw.language };
    }
    case 'page-summary:set': {
      const summary = parseSummary(raw.summary);
      return typeof summary === 'string' ? { invalid: summary } : { type: 'page-summary:set', summary };
    }
    case 'page-summary:get': {
      if (!Number.isInteger(raw.tabId) || (raw.tabId as number) < 0)
        return { invalid: 'tabId must be a tab id' };
      return { type: 'page-summary:get', tabId: raw.tabId as number };
    }
    case 'list:get':
      return { type: 'list:get' };
    case 'list:add': {
      const items = parseAdditions(raw.items);
      return typeof items === 'string' ? { invalid: items } : { type: 'list:add', items };
    }
    case 'list:edit': {
      if (!isListId(raw.id)) return { invalid: 'id must be a list item id' };
      const text = raw.text;
      if (typeof text !== 'string' || text.trim() === '' || text.trim().length > LIMITS.listText)
        return { invalid: `text must be a string of 1 to ${LIMITS.listText} characters` };
      const lang = parseLang(raw.lang);
      if (typeof lang === 'string') return { invalid: lang };
      return { type: 'list:edit', id: raw.id, text, ...lang };
    }
    case 'list:remove':
      if (!isListId(raw.id)) return { invalid: 'id must be a list item id' };
      return { type: 'list:remove', id: raw.id };
    case 'list:move':
      if (!isListId(raw.id)) return { invalid: 'id must be a list item id' };
      if (!Number.isSafeInteger(raw.to) || (raw.to as number) < 0)
        return { invalid: 'to must be a position (0 or more)' };
      return { type: 'list:move', id: raw.id, to: raw.to as number };
    case 'list:clear':
      return { type: 'list:clear' };
    default:
      return { invalid: `unknown message type "${raw.type.slice(0, 40)}"` };
  }
}

/** The reveal request in a message, or undefined when the message is something else. */
export function parseRevealProduct(raw: unknown): RevealProductMessage | undefined {
  if (!isRecord(raw) || raw.type !== 'k2lens:reveal-product') return undefined;
  const index = raw.index;
  return Number.isInteger(index) && (index as number) >= 0 && (index as number) < LIMITS.summaryProducts
    ? { type: 'k2lens:reveal-product', index: index as number }
    : undefined;
}
