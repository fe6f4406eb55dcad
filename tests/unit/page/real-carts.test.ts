// @vitest-environment happy-dom
/**
 * Real saved cart and checkout pages (tests/pages/real/cart, labelled by hand): each labelled cart page is a
 * cart page, its cart lines are exactly the labelled ones with the labelled quantities, and the basket reads
 * the labelled titles and foods; the real pages that are no basket (an account page with a mini-cart, an empty
 * cart) and real listing and product pages of the dev set are no cart page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match';
import { isCartPage } from '../../../src/page/cart';
import { basketLines, cartLines } from '../../../src/page/cart-lines';

interface CartLabel {
  id: string;
  language: string;
  is_cart_page: boolean;
  lines: { text: string; quantity: number; food: string; grams: number | null }[];
}

const REAL = join(__dirname, '../../pages/real');
const CARTS = join(REAL, 'cart');

const labels: CartLabel[] = readdirSync(CARTS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(CARTS, f), 'utf8')) as CartLabel);

/** The saved page as a document (built from the fixture file; scripts never run). */
function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Real pages of the dev set that are no cart page: listings, an offer leaflet and product pages. */
const NOT_CARTS = [
  'au-woolworths-listing-fruit-veg',
  'bg-lidl-offers-2022-05',
  'bg-tmarket-listing-spirits',
  'cz-freshpoint-listing',
  'de-amazon-product-ankerkraut-rub',
  'ee-selver-product-pudding',
  'ru-utkonos-listing-dairy-2015-02',
  'tw-i3fresh-product-jerky',
];

describe('real cart pages', () => {
  it('has labelled pages', () => {
    expect(labels.filter((l) => l.is_cart_page).length).toBeGreaterThanOrEqual(5);
  });

  for (const label of labels.filter((l) => l.is_cart_page)) {
    describe(label.id, () => {
      const doc = load(join(CARTS, `${label.id}.html`));

      it('is a cart page', () => {
        expect(isCartPage(doc)).toBe(true);
      });

      it('finds exactly the labelled lines with their quantities', () => {
        const lines = cartLines(doc);
        const found = lines.map((l) => ({ text: squash(l.row.textContent ?? ''), quantity: l.quantity }));
        // Each labelled line is in exactly one found line's row, and each found line holds one labelled line.
        const matched = label.lines.map((want) => {
          const rows = found.filter((f) => f.text.includes(squash(want.text)));
          return { title: want.text, rows: rows.length, quantity: rows[0]?.quantity };
        });
        expect(matched).toEqual(label.lines.map((l) => ({ title: l.text, rows: 1, quantity: l.quantity })));
        expect(found).toHaveLength(label.lines.length);
      });

      it('reads the labelled titles and foods', () => {
        const basket = basketLines(doc, getMatcher(), label.language);
        expect(basket.map((b) => ({ text: squash(b.text), food: b.foodId ?? 'none' }))).toEqual(
          label.lines.map((l) => ({ text: squash(l.text), food: l.food })),
        );
      });
    });
  }

  for (const label of labels.filter((l) => !l.is_cart_page)) {
    it(`not a cart page: ${label.id}`, () => {
      expect(isCartPage(load(join(CARTS, `${label.id}.html`)))).toBe(false);
    });
  }

  it.each(NOT_CARTS)('not a cart page: dev set %s', (id) => {
    expect(isCartPage(load(join(REAL, `${id}.html`)))).toBe(false);
  });
});
