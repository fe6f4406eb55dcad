// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match';
import { basketLines, cartLines, isCartPage } from '../../../src/page/cart';

/** Builds the page from markup written in the test (never page text). */
function page(body: string, title = 'Shop'): void {
  document.title = title;
  document.body.innerHTML = body;
}

beforeEach(() => page(''));

describe('cart pages', () => {
  it.each([
    ['a title', 'Warenkorb – Markt', '<ul><li>Gouda 400 g <input type="number" value="1"></li></ul>'],
    ['a main heading', 'Shop', '<h1>Mon panier</h1><div>Comté 250 g <span>Qté : 2</span></div>'],
    [
      'a landmark',
      'Shop',
      '<section aria-label="Winkelwagen"><p>Gouda <span role="spinbutton" aria-valuenow="1">1</span></p></section>',
    ],
    [
      'a Japanese heading',
      'Shop',
      '<h2>カート</h2><div>納豆 45g×3 <select><option selected>2</option></select></div>',
    ],
    [
      'a Japanese compound word',
      'Shop',
      '<h1>ショッピングカート</h1><div>納豆 45g×3 <select><option selected>2</option></select></div>',
    ],
  ])('named by %s, with quantities', (_, title, body) => {
    page(body, title);
    expect(isCartPage(document)).toBe(true);
  });

  it.each([
    [
      'a product page with a quantity menu and an "Add to basket" button',
      '<h1>Gouda 400 g</h1><select><option>1</option></select><button aria-label="Add to basket">Add</button>',
    ],
    ['a cart named but with no quantities', '<h1>Shopping cart</h1><p>Your cart is empty.</p>'],
  ])('not: %s', (_, body) => {
    page(body);
    expect(isCartPage(document)).toBe(false);
  });
});

describe('cart lines', () => {
  it.each([
    [
      'number fields',
      '<table><tr><td>Brie 200 g</td><td><input type="number" value="2"></td></tr><tr><td>Kefir</td><td><input type="number" value="1"></td></tr></table>',
      [2, 1],
    ],
    [
      'select menus',
      '<ul><li>A <select><option>1</option><option selected>3</option></select></li><li>B <select><option selected>1</option></select></li></ul>',
      [3, 1],
    ],
    [
      'spin buttons',
      '<div><p>A <span role="spinbutton" aria-valuenow="4">4</span></p><p>B <span role="spinbutton" aria-valuenow="1">1</span></p></div>',
      [4, 1],
    ],
    [
      'quantities as text',
      '<div><div>Comté 250 g <span>Qté : 2</span> 5,90 €</div><div>Beurre <span>Qté : 1</span> 2,45 €</div></div>',
      [2, 1],
    ],
    [
      'a cart of one line',
      '<main><div class="x"><h3>Gouda 400 g</h3><input type="number" value="5"></div><footer>About</footer></main>',
      [5],
    ],
  ])('%s: one line per quantity, each in its own row', (_, body, quantities) => {
    page(body);
    const lines = cartLines(document);
    expect(lines.map((l) => l.quantity)).toEqual(quantities);
    for (const l of lines) expect(lines.filter((o) => o.row.contains(l.row))).toHaveLength(1);
  });

  it('reads the food, the package grams and the quantity of each line; never writes a field', () => {
    page(
      '<table><tr><td><a>Président Brie 2 x 125 g</a></td><td><input type="number" value="2"></td><td>£3.00</td></tr><tr><td>Toilet paper</td><td><input type="number" value="1"></td></tr></table>',
    );
    const before = document.body.innerHTML;
    const lines = basketLines(document, getMatcher(), 'en');
    expect(
      lines.map(({ text, foodId, quantity, packageGrams }) => ({ text, foodId, quantity, packageGrams })),
    ).toEqual([
      { text: 'Président Brie 2 x 125 g', foodId: 'brie', quantity: 2, packageGrams: 250 },
      { text: 'Toilet paper', foodId: undefined, quantity: 1, packageGrams: undefined },
    ]);
    expect(document.body.innerHTML).toBe(before);
  });
});
