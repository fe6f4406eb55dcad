/**
 * The page scan of `npm run scan` and `npm run eval`: the content script's own
 * detector (src/page/scan-detector.ts: the block walk, its pre-filter and the
 * matcher) run over the whole page at once, plus the page's structured data.
 *
 * Recipe rule (no double counting): when the page has a structured recipe
 * (JSON-LD or microdata), the recipe's foods are the mentions of its
 * ingredient lines (`source: 'jsonld'`, `line` = index into
 * `recipe.ingredients`). A visible block whose text is one of those lines
 * (same letters) lends its DOM position to the line's mention of the same food
 * instead of adding a text mention. Every other text mention (article text,
 * product tiles, an ingredient list that differs from the JSON-LD) is reported
 * once per block and food with `source: 'text'` and no `line`.
 */

import type { Portion } from '../../src/data/types';
import { getMatcher, type Matcher } from '../../src/match/index';
import { lineKey } from '../../src/match/text-norm';
import { gramsForMentions } from '../../src/nutrition/quantity';
import { isCartPage } from '../../src/page/cart';
import { basketLines, type RowLine } from '../../src/page/cart-lines';
import { pageLanguage } from '../../src/page/core/block-rules';
import { pageRegions } from '../../src/page/core/regions';
import type { Detection } from '../../src/page/detector';
import { extractStructuredData, type ProductData, type RecipeData } from '../../src/page/jsonld';
import { tilePrice } from '../../src/page/products';
import { createDetector } from '../../src/page/scan-detector';
import type { Price } from '../../src/value';

export interface PageMention {
  text: string;
  foodId: string;
  grams?: number;
  source: 'jsonld' | 'text';
  /** Index into `recipe.ingredients` for mentions of the recipe's ingredient lines. */
  line?: number;
  /** The block element of the visible text (for the badge). */
  block?: Element;
  /** The text node where the visible match ends (the badge goes right after it). */
  endNode?: Text;
  /** The price the mention's product tile shows (src/page/products.ts). */
  price?: Price;
}

export interface PageScan {
  recipe?: RecipeData;
  products: ProductData[];
  mentions: PageMention[];
  /** The language the recipe lines were matched in (from the page, or the option). */
  lang?: string;
  /** On a cart, basket or checkout page (src/page/cart.ts): its lines, with their food, package grams and quantity. */
  cart?: RowLine[];
}

export interface ScanOptions {
  /**
   * Language of every text of the page. Default: each block's own (its nearest
   * `lang` attribute, else the page's: `<html lang>`, `og:locale`,
   * `content-language`), as in the content script.
   */
  lang?: string;
  /** Household measures of a food, for grams from volumes and slices (masses need none). */
  portionsOf?: (foodId: string) => readonly Portion[];
  matcher?: Matcher;
  /** Read microdata when there is no JSON-LD recipe or product (default true; a tool that knows there is none can skip the query). */
  microdata?: boolean;
  /**
   * Report only the mentions the content script badges by default (default true): not those in menus,
   * breadcrumbs, headers and footers, or in running text (see src/page/core/regions.ts).
   */
  regions?: boolean;
}

/** Every food and supplement the content script's detector finds under `root`, without a time budget. */
export function detectAll(root: Node, matcher: Matcher = getMatcher(), lang?: string): Detection[] {
  const cursor = createDetector(matcher, lang).cursor([root], {
    isFresh: () => true,
    markScanned: () => {},
  });
  const out: Detection[] = [];
  while (!cursor.done) for (const d of cursor.next(Number.POSITIVE_INFINITY)) out.push(d);
  return out;
}

/** Index of the ingredient line a block's text shows, if any. */
function lineOfBlock(
  blockKey: string,
  keys: readonly string[],
  food: string,
  lineFoods: readonly Set<string>[],
): number {
  let best = -1;
  let bestScore = 0;
  keys.forEach((key, i) => {
    if (!key || !lineFoods[i]?.has(food)) return;
    let score = 0;
    if (key === blockKey) score = 1;
    else if (blockKey.includes(key)) score = key.length / blockKey.length;
    else if (key.includes(blockKey)) score = blockKey.length / key.length;
    if (score >= 0.6 && score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Scans a page: structured data, recipe lines, and visible text (see the recipe rule above). */
export function scanPage(doc: Document, options: ScanOptions = {}): PageScan {
  const matcher = options.matcher ?? getMatcher();
  const lang = options.lang ?? pageLanguage(doc);
  const portionsOf = options.portionsOf ?? (() => []);
  const data = extractStructuredData(doc, options.microdata ?? true);
  const mentions: PageMention[] = [];

  // Recipe lines: one mention per line and food.
  const lineMentions = new Map<string, PageMention>();
  const lineFoods: Set<string>[] = [];
  data.recipe?.ingredients.forEach((line, i) => {
    const found = matcher.find(line, { lang });
    const grams = gramsForMentions(line, found, portionsOf);
    const foods = new Set<string>();
    found.forEach((m, k) => {
      const key = `${i}|${m.foodId}`;
      const g = grams[k];
      const existing = lineMentions.get(key);
      if (existing) {
        if (g !== undefined) existing.grams = Math.round(((existing.grams ?? 0) + g) * 10) / 10;
        return;
      }
      const pm: PageMention = {
        text: m.text,
        foodId: m.foodId,
        source: 'jsonld',
        line: i,
        ...(g !== undefined ? { grams: g } : {}),
      };
      lineMentions.set(key, pm);
      mentions.push(pm);
      foods.add(m.foodId);
    });
    lineFoods[i] = foods;
  });

  // Products of the structured data.
  const productMentions: PageMention[] = [];
  for (const p of data.products) {
    const found = matcher.find(p.name, { lang });
    const grams = gramsForMentions(p.name, found, portionsOf);
    const seen = new Set<string>();
    found.forEach((m, k) => {
      if (seen.has(m.foodId)) return;
      seen.add(m.foodId);
      const g = k === 0 && p.grams !== undefined ? p.grams : grams[k];
      const pm: PageMention = {
        text: m.text,
        foodId: m.foodId,
        source: 'jsonld',
        ...(g !== undefined ? { grams: g } : {}),
        ...(k === 0 && p.price ? { price: p.price } : {}),
      };
      productMentions.push(pm);
      mentions.push(pm);
    });
  }

  // Visible text: the content script's detections, one per block and food.
  const root = doc.body ?? doc.documentElement;
  const detections = root ? detectAll(root, matcher, options.lang) : [];
  const lineKeys = data.recipe?.ingredients.map(lineKey) ?? [];
  const productKeys = data.products.map((p) => lineKey(p.name));
  const linked = new Set<PageMention>();
  // Where the content script badges: product titles, ingredient lines and names, not menus or prose.
  const regions = pageRegions(doc, () => ({
    recipeKeys: new Set(lineKeys.filter((k) => k.length >= 3)),
    ...(data.recipe?.name ? { recipeName: lineKey(data.recipe.name) } : {}),
    productNames: new Set(productKeys.filter(Boolean)),
  }));
  for (const d of detections) {
    if (d.supplement || d.repeat) continue;
    const key = lineKey(d.lineText);
    const position = { block: d.block, endNode: d.endNode };
    const li = lineKeys.length ? lineOfBlock(key, lineKeys, d.foodId, lineFoods) : -1;
    const lm = li >= 0 ? lineMentions.get(`${li}|${d.foodId}`) : undefined;
    if (lm && !linked.has(lm)) {
      linked.add(lm);
      Object.assign(lm, position);
      continue;
    }
    if (lm) continue; // the same line shown twice (e.g. a print view): counted once
    const pm = productMentions.find(
      (p) =>
        p.foodId === d.foodId &&
        !linked.has(p) &&
        productKeys.some((pk) => pk && (pk === key || key.includes(pk))),
    );
    if (pm) {
      linked.add(pm);
      Object.assign(pm, position);
      continue;
    }
    if (options.regions !== false && regions.regionOf(d.block, d.lineText) !== 'choice') continue;
    // Grams as the content script reads them: from the mention's own line.
    const g = gramsForMentions(d.lineText, d.spans, portionsOf)[d.index];
    mentions.push({
      text: d.text,
      foodId: d.foodId,
      source: 'text',
      ...position,
      ...(g !== undefined ? { grams: g } : {}),
    });
  }
  // The price each mention's product tile shows.
  const prices = new WeakMap<Element, Price | null>();
  for (const m of mentions) {
    if (m.price) continue;
    const tile = m.block ? regions.tileOf(m.block) : undefined;
    const price = tile ? tilePrice(tile, lang, prices) : undefined;
    if (price) m.price = price;
  }
  const cart = isCartPage(doc) ? basketLines(doc, matcher, lang) : undefined;
  return {
    ...(data.recipe ? { recipe: data.recipe } : {}),
    products: data.products,
    mentions,
    ...(lang ? { lang } : {}),
    ...(cart ? { cart } : {}),
  };
}
