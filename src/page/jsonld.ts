/**
 * Structured data of a page: schema.org Recipe and Product from JSON-LD
 * (arrays, `@graph`, string or array `@type`, nested `mainEntity`/`itemListElement`,
 * broken JSON repaired where it can be, HTML entities decoded), and from
 * microdata when there is no JSON-LD recipe.
 *
 * The parsing functions are pure (strings in, data out); `extractStructuredData`
 * reads the page's script elements and microdata attributes (text only, never
 * markup).
 */
import { ownEntry } from '../nutrition/lookup';
import { findQuantities, gramsOf } from '../nutrition/quantity';
import { type Price, parsePrice } from '../value';

export interface RecipeData {
  name?: string;
  /** recipeYield as published ("4 servings", "12 cookies"). */
  yield?: string;
  /** The number of servings when the yield states one. */
  servings?: number;
  /** recipeIngredient lines, in order. */
  ingredients: string[];
}

export interface ProductData {
  name: string;
  /** Net weight in grams when the product states a mass (weight, size or name). */
  grams?: number;
  /** The price of its (first, or lowest) offer. */
  price?: Price;
}

export interface StructuredData {
  recipe?: RecipeData;
  products: ProductData[];
}

// HTML entities: the Latin-1 names in code point order from 160, and a few others.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const ENTITIES: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  ndash: 8211,
  mdash: 8212,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  hellip: 8230,
  trade: 8482,
  euro: 8364,
  frasl: 8260,
  minus: 8722,
};
LATIN1.split(' ').forEach((name, i) => {
  ENTITIES[name] = 160 + i;
});

/** Decodes HTML character references (named, decimal, hex), repeatedly for double-encoded text. */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/g, (whole, ref: string) => {
      let code: number | undefined;
      if (ref[0] === '#')
        code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      else code = ownEntry(ENTITIES, ref);
      if (code === undefined || !Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
      return String.fromCodePoint(code);
    });
  }
  return out;
}

/** A string value of structured data: entities decoded, tags dropped, spaces collapsed. */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return decodeEntities(String(value))
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parses the text of one JSON-LD script, repairing common breakage: HTML
 * comments and CDATA wrappers, raw line breaks inside strings, trailing commas,
 * several objects in a row. Returns [] when nothing can be read.
 */
export function parseJsonLdText(raw: string): unknown[] {
  let text = raw
    .replace(/^\uFEFF/, '')
    .replace(/<!--|-->/g, '')
    .replace(/\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>|<!\[CDATA\[|\]\]>/g, '')
    .trim();
  if (!text) return [];
  const attempt = (t: string): unknown[] | undefined => {
    try {
      const v = JSON.parse(t) as unknown;
      return Array.isArray(v) ? v : [v];
    } catch {
      return undefined;
    }
  };
  let parsed = attempt(text);
  if (parsed) return parsed;
  text = escapeControlsInStrings(text).replace(/,\s*([}\]])/g, '$1');
  parsed = attempt(text);
  if (parsed) return parsed;
  parsed = attempt(`[${text.replace(/}\s*{/g, '},{')}]`);
  if (parsed) return parsed;
  // Last resort: the fields a recipe needs, read one by one.
  const salvaged = salvage(text);
  return salvaged ? [salvaged] : [];
}

/** Escapes raw control characters inside JSON strings (a common breakage). */
function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      else if (ch === '\n') {
        out += '\\n';
        continue;
      } else if (ch === '\r') continue;
      else if (ch === '\t') {
        out += ' ';
        continue;
      }
    } else if (ch === '"') inString = true;
    out += ch;
  }
  return out;
}

/** Reads "recipeIngredient": [...], "name" and "recipeYield" out of unparseable JSON. */
function salvage(text: string): Record<string, unknown> | undefined {
  const list = text.match(/"(?:recipeIngredient|ingredients)"\s*:\s*\[([\s\S]*?)\]/);
  if (!list) return undefined;
  const ingredients = [...(list[1] as string).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    unescapeJson(m[1] as string),
  );
  const name = text.match(/"name"\s*:\s*"((?:[^"\\]|\\.)*)"/);
  const yld = text.match(/"recipeYield"\s*:\s*"?((?:[^"\\,\]}]|\\.)*)"?/);
  return {
    '@type': 'Recipe',
    recipeIngredient: ingredients,
    ...(name ? { name: unescapeJson(name[1] as string) } : {}),
    ...(yld ? { recipeYield: unescapeJson(yld[1] as string) } : {}),
  };
}

function unescapeJson(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s.replace(/\\(.)/g, '$1');
  }
}

type Json = Record<string, unknown>;

function typesOf(node: Json): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** Every object of the JSON-LD documents (arrays, @graph and nested values walked). */
function* nodesOf(value: unknown, depth = 0): Generator<Json> {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* nodesOf(v, depth + 1);
    return;
  }
  const node = value as Json;
  yield node;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'recipeIngredient' || k === 'recipeInstructions' || k === 'review' || k === 'comment') continue;
    if (v !== null && typeof v === 'object') yield* nodesOf(v, depth + 1);
  }
}

/** The lines of recipeIngredient (or the older `ingredients`): an array, or one string with line breaks. */
function ingredientLines(node: Json): string[] {
  const raw = node.recipeIngredient ?? node.ingredients;
  // Arrays may be nested (one per ingredient group); a single string may hold every line.
  const list = (Array.isArray(raw) ? raw.flat(3) : [raw])
    .map((x) => (typeof x === 'object' && x !== null ? ((x as Json).text ?? (x as Json).name) : x))
    .flatMap((x) => (typeof x === 'string' ? splitLines(x) : [cleanText(x)]));
  return list.filter(Boolean);
}

/** Splits a text holding several lines (line breaks, <br>, paragraphs) into clean lines without bullets. */
export function splitLines(text: string): string[] {
  return decodeEntities(text)
    .split(/\r?\n|<br\s*\/?>|<\/(?:p|li|div)>/i)
    .map((l) => cleanText(l).replace(/^[-–•·*▪◦]\s*/, ''))
    .filter(Boolean);
}

/** recipeYield as one string ("4 servings") and the number of servings. */
export function parseYield(raw: unknown): { yield?: string; servings?: number } {
  const values = (Array.isArray(raw) ? raw : [raw]).map(cleanText).filter(Boolean);
  if (values.length === 0) return {};
  const text = values.reduce((a, b) => (b.length > a.length ? b : a));
  let servings: number | undefined;
  for (const v of values) {
    const m = v.match(/\d+(?:[.,]\d+)?/);
    if (m) {
      servings = Math.round(Number(m[0].replace(',', '.')));
      break;
    }
  }
  return { yield: text, ...(servings && servings > 0 ? { servings } : {}) };
}

/** Grams of a schema.org QuantitativeValue or text ("200 g", {value: 0.4, unitCode: "KGM"}). */
function gramsOfWeight(raw: unknown): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const w = raw as Json;
    const value = Number(typeof w.value === 'string' ? w.value.replace(',', '.') : w.value);
    const unit = String(w.unitCode ?? w.unitText ?? '').toUpperCase();
    if (!Number.isFinite(value) || value <= 0) return undefined;
    const factor: Record<string, number> = {
      GRM: 1,
      G: 1,
      KGM: 1000,
      KG: 1000,
      ONZ: 28.3495,
      OZ: 28.3495,
      LBR: 453.592,
      LB: 453.592,
    };
    const f = ownEntry(factor, unit);
    return f ? Math.round(value * f * 10) / 10 : undefined;
  }
  const text = cleanText(raw);
  const q = findQuantities(text).find((x) => x.unit.kind === 'mass');
  return q ? gramsOf(q, []) : undefined;
}

/** The price of a Product's offers: an Offer's price, an AggregateOffer's lowPrice (the lowest of several). */
function offerPrice(offers: unknown): Price | undefined {
  const list = Array.isArray(offers) ? offers : [offers];
  let best: Price | undefined;
  for (const o of list) {
    if (!o || typeof o !== 'object') continue;
    const offer = o as Record<string, unknown>;
    const raw = offer.price ?? offer.lowPrice;
    const currency = typeof offer.priceCurrency === 'string' ? offer.priceCurrency.trim().toUpperCase() : '';
    if ((typeof raw !== 'number' && typeof raw !== 'string') || !/^[A-Z]{3}$/.test(currency)) continue;
    const price = parsePrice(String(raw), { currencyHint: currency });
    if (price && price.amount > 0 && !price.per && (!best || price.amount < best.amount)) best = price;
  }
  return best;
}

/** Recipe and products of parsed JSON-LD documents. */
export function structuredDataOf(documents: readonly unknown[]): StructuredData {
  let recipe: RecipeData | undefined;
  const products: ProductData[] = [];
  const seen = new Set<string>();
  for (const node of nodesOf(documents)) {
    const types = typesOf(node);
    if (!recipe && types.includes('Recipe')) {
      const ingredients = ingredientLines(node);
      if (ingredients.length > 0) {
        const name = cleanText(node.name);
        recipe = { ...(name ? { name } : {}), ...parseYield(node.recipeYield ?? node.yield), ingredients };
      }
    } else if (types.includes('Product') || types.includes('ProductGroup')) {
      const name = cleanText(node.name);
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const grams = gramsOfWeight(node.weight) ?? gramsOfWeight(node.size) ?? gramsOfWeight(name);
      const price = offerPrice(node.offers);
      products.push({ name, ...(grams !== undefined ? { grams } : {}), ...(price ? { price } : {}) });
    }
  }
  return { ...(recipe ? { recipe } : {}), products };
}

/** Structured data of a set of JSON-LD script texts. */
export function parseJsonLd(texts: readonly string[]): StructuredData {
  return structuredDataOf(texts.flatMap(parseJsonLdText));
}

/** Reads JSON-LD and (failing a JSON-LD recipe) microdata from a document or subtree. */
export function extractStructuredData(root: ParentNode, microdata = true): StructuredData {
  // All scripts, filtered here: cheaper than an attribute selector on big pages.
  const scripts =
    'getElementsByTagName' in root
      ? (root as Document | Element).getElementsByTagName('script')
      : root.querySelectorAll('script');
  const texts: string[] = [];
  for (const s of scripts) {
    if ((s.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) texts.push(s.textContent ?? '');
  }
  const data = parseJsonLd(texts);
  if (microdata && (!data.recipe || data.products.length === 0)) {
    const scopes = itemScopes(root);
    if (scopes.length > 0) {
      if (!data.recipe) {
        const micro = microdataRecipe(root, scopes);
        if (micro) data.recipe = micro;
      }
      if (data.products.length === 0) data.products.push(...microdataProducts(root, scopes));
    }
  }
  return data;
}

function itemText(el: Element): string {
  return cleanText(el.getAttribute('content') ?? el.textContent ?? '');
}

const LINE_BREAKING = new Set([
  'br',
  'p',
  'li',
  'div',
  'tr',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dd',
  'dt',
]);

/** The lines an element shows: its text split at <br> and block elements (text only). */
function itemLines(el: Element): string[] {
  const content = el.getAttribute('content');
  if (content !== null) return splitLines(content);
  let text = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += (c as Text).data;
      else if (c.nodeType === 1) {
        const tag = (c as Element).localName;
        if (tag === 'script' || tag === 'style') continue;
        const breaks = LINE_BREAKING.has(tag);
        if (breaks) text += '\n';
        walk(c);
        if (breaks) text += '\n';
      }
    }
  };
  walk(el);
  return text
    .split('\n')
    .map((l) => cleanText(l).replace(/^[-–•·*▪◦]\s*/, ''))
    .filter(Boolean);
}

/** Elements with an itemtype (microdata scopes), read once per page. */
function itemScopes(root: ParentNode): Element[] {
  return [...root.querySelectorAll('[itemtype]')];
}

function microdataRecipe(root: ParentNode, scopes = itemScopes(root)): RecipeData | undefined {
  const scope = scopes.find((el) => /schema\.org\/Recipe\b/i.test(el.getAttribute('itemtype') ?? ''));
  if (!scope) return undefined;
  const ingredients = [
    ...scope.querySelectorAll('[itemprop="recipeIngredient"], [itemprop="ingredients"]'),
  ].flatMap(itemLines);
  if (ingredients.length === 0) return undefined;
  const nameEl = scope.querySelector('[itemprop="name"]');
  const yieldEl = scope.querySelector('[itemprop="recipeYield"]');
  const name = nameEl ? itemText(nameEl) : '';
  return { ...(name ? { name } : {}), ...(yieldEl ? parseYield(itemText(yieldEl)) : {}), ingredients };
}

function microdataProducts(root: ParentNode, scopes = itemScopes(root)): ProductData[] {
  const out: ProductData[] = [];
  for (const scope of scopes.filter((el) =>
    /schema\.org\/Product\b/i.test(el.getAttribute('itemtype') ?? ''),
  )) {
    const nameEl = scope.querySelector('[itemprop="name"]');
    const name = nameEl ? itemText(nameEl) : '';
    if (!name || out.some((p) => p.name === name)) continue;
    const weightEl = scope.querySelector('[itemprop="weight"]');
    const grams = gramsOfWeight(weightEl ? itemText(weightEl) : name);
    out.push({ name, ...(grams !== undefined ? { grams } : {}) });
  }
  return out;
}
