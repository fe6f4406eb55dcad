/**
 * The products a page offers: each block where a shopper chooses a food (a
 * product tile's title, a product page's name) with the grams its title
 * states and the price its tile shows (./tile-price.ts). What one unit of
 * currency buys of K2 and calcium comes from src/value (DOM-free).
 */
import type { Price } from '../value';
import { priceIn } from './tile-price';

export interface PageProduct {
  /** The block naming the product (its title). */
  block: Element;
  foodId: string;
  /** The title as shown (whitespace collapsed, at most 300 characters). */
  title: string;
  /** Grams of the package, as the title states them. */
  grams?: number;
  /** The price of one package (or a unit price) its tile shows. */
  price?: Price;
}

export interface ProductSource {
  block: Element;
  foodId: string;
  grams?: number;
}

/** The price a tile shows, read once per tile (`prices` remembers it; null: none). */
export function tilePrice(
  tile: Element,
  lang: string | undefined,
  prices: WeakMap<Element, Price | null>,
): Price | undefined {
  let price = prices.get(tile);
  if (price === undefined) {
    price = priceIn(tile, lang) ?? null;
    prices.set(tile, price);
  }
  return price ?? undefined;
}

/** The first block of each tile (or of each block outside tiles) among `sources`, the first `max` of them. */
function* firstPerTile(
  sources: Iterable<ProductSource>,
  tileOf: (block: Element) => Element | undefined,
  max: number,
): Generator<{ source: ProductSource; tile: Element | undefined }> {
  const seen = new Set<Element>();
  for (const source of sources) {
    if (seen.size >= max) return;
    const tile = tileOf(source.block);
    const key = tile ?? source.block;
    if (seen.has(key)) continue;
    seen.add(key);
    yield { source, tile };
  }
}

/**
 * Reads products from the blocks that name a food, one per tile (the first block of a tile that names one);
 * `tileOf` finds a block's tile (see ./core/regions.ts), `prices` remembers what each tile's price read gave.
 */
export function pageProducts(
  sources: Iterable<ProductSource>,
  tileOf: (block: Element) => Element | undefined,
  lang: string | undefined,
  prices: WeakMap<Element, Price | null> = new WeakMap(),
  max = 500,
): PageProduct[] {
  const out: PageProduct[] = [];
  for (const { source: s, tile } of firstPerTile(sources, tileOf, max)) {
    const price = tile ? tilePrice(tile, lang, prices) : undefined;
    out.push({
      block: s.block,
      foodId: s.foodId,
      title: (s.block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
      ...(s.grams !== undefined ? { grams: s.grams } : {}),
      ...(price ? { price } : {}),
    });
  }
  return out;
}

/**
 * Reads the prices of the tiles `pageProducts` would report (the first `max` tiles that name a food) until
 * `deadline` (a `performance.now()` time): true when every one is read. A grid of hundreds of tiles is read
 * over several short tasks, each tile once (`prices` remembers it).
 */
export function readPrices(
  sources: Iterable<ProductSource>,
  tileOf: (block: Element) => Element | undefined,
  lang: string | undefined,
  prices: WeakMap<Element, Price | null>,
  deadline: number,
  max = 500,
): boolean {
  for (const { tile } of firstPerTile(sources, tileOf, max)) {
    if (!tile || prices.has(tile)) continue;
    if (performance.now() > deadline) return false;
    tilePrice(tile, lang, prices);
  }
  return true;
}
