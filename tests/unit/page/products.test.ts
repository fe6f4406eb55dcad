// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageRegions } from '../../../src/page/core/regions';
import { pageProducts, readPrices } from '../../../src/page/products';
import type { Price } from '../../../src/value';

/** Builds the page from markup written in the test (never page text). */
function page(body: string): void {
  document.body.innerHTML = body;
}

const regions = () => pageRegions(document, () => ({ recipeKeys: new Set(), productNames: new Set() }));
const title = (text: string) =>
  [...document.querySelectorAll('a')].find((a) => a.textContent === text) as Element;

beforeEach(() => page(''));

describe('the products a page offers', () => {
  const tile = (name: string, price: string) =>
    `<li class="tile"><a href="#">${name}</a><span>${price}</span></li>`;

  it("gives each tile's title the price its tile shows, one product per tile", () => {
    page(
      `<ul>${tile('Gouda 400 g', '£3.50')}${tile('Brie 200 g', '<del>£2.90</del> £2.50')}${tile('Feta 200 g', '£1.95 <small>£9.75/kg</small>')}</ul>`,
    );
    const r = regions();
    const sources = [
      { block: title('Gouda 400 g'), foodId: 'gouda', grams: 400 },
      { block: title('Gouda 400 g'), foodId: 'gouda', grams: 400 },
      { block: title('Brie 200 g'), foodId: 'brie', grams: 200 },
      { block: title('Feta 200 g'), foodId: 'feta', grams: 200 },
    ];
    const products = pageProducts(sources, r.tileOf, 'en');
    expect(products.map((p) => [p.foodId, p.title, p.grams, p.price?.amount, p.price?.currency])).toEqual([
      ['gouda', 'Gouda 400 g', 400, 3.5, 'GBP'],
      ['brie', 'Brie 200 g', 200, 2.5, 'GBP'],
      ['feta', 'Feta 200 g', 200, 1.95, 'GBP'],
    ]);
  });

  it('takes the price per kilogram where a tile shows no package price', () => {
    page(
      `<ul>${tile('Emmental', '12,90 €/kg')}${tile('Comté', '24,90 €/kg')}${tile('Bergkäse', '19,90 €/kg')}</ul>`,
    );
    const [p] = pageProducts([{ block: title('Emmental'), foodId: 'emmental' }], regions().tileOf, 'de');
    expect(p?.price).toEqual({ amount: 12.9, currency: 'EUR', per: { quantity: 1, unit: 'kg' } });
  });

  it('lists a name outside any tile without a price, and stops at the limit', () => {
    page('<h1><a href="#">Kefir 500 g</a></h1><p><a href="#">Skyr</a></p><p><a href="#">Natto</a></p>');
    const sources = ['Kefir 500 g', 'Skyr', 'Natto'].map((t, i) => ({
      block: title(t),
      foodId: `food-${i}`,
    }));
    const products = pageProducts(sources, regions().tileOf, 'en', new WeakMap(), 2);
    expect(products.map((p) => [p.title, p.price])).toEqual([
      ['Kefir 500 g', undefined],
      ['Skyr', undefined],
    ]);
  });

  it("reads the tiles' prices until a deadline, each tile once, and says when all are read", () => {
    page(
      `<ul>${tile('Gouda 400 g', '£3.50')}${tile('Brie 200 g', '£2.50')}${tile('Feta 200 g', '£1.95')}</ul>`,
    );
    const r = regions();
    const sources = ['Gouda 400 g', 'Brie 200 g', 'Feta 200 g'].map((t) => ({ block: title(t), foodId: t }));
    const tiles = sources.map((s) => r.tileOf(s.block) as Element);
    const prices = new WeakMap<Element, Price | null>();
    // Past its deadline before the first tile: nothing read.
    expect(readPrices(sources, r.tileOf, 'en', prices, performance.now() - 1)).toBe(false);
    expect(tiles.map((t) => prices.has(t))).toEqual([false, false, false]);
    // One tile read already: the rest, then all known.
    prices.set(tiles[0] as Element, null);
    expect(readPrices(sources, r.tileOf, 'en', prices, performance.now() + 10_000)).toBe(true);
    expect(tiles.map((t) => prices.get(t)?.amount)).toEqual([undefined, 2.5, 1.95]);
    // Only the first `max` tiles count.
    const fresh = new WeakMap<Element, Price | null>();
    expect(readPrices(sources, r.tileOf, 'en', fresh, performance.now() + 10_000, 1)).toBe(true);
    expect(tiles.map((t) => fresh.has(t))).toEqual([true, false, false]);
  });
});
