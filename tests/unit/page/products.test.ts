// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageRegions } from '../../../src/page/core/regions';
import { pageProducts } from '../../../src/page/products';

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
});
