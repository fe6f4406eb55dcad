// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match';
import { cartPageSteps, isCartPage } from '../../../src/page/cart';
import { basketLines, cartLines } from '../../../src/page/cart-lines';

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
    ['an order-summary heading', 'Shop', '<h3>Order summary</h3><div><p>Gouda 400 g</p><p>Qty: 1</p></div>'],
    [
      'a checkout title',
      'Zamówienie',
      '<ol><li><strong>Kubek 330 ml</strong><span>Ilość</span><span>5</span></li></ol>',
    ],
    [
      "a checkout's payment fields",
      'Shop',
      '<form><input name="card-number"><input autocomplete="cc-csc"></form><ul><li>Gouda <span>Antal</span> <span>1</span></li></ul>',
    ],
    [
      'a table with a quantity column',
      'Shop',
      '<table><tr><th>Item</th><th>Price</th><th>Quantity</th></tr><tr><td>Gouda 400 g</td><td>$5.00</td><td>2</td></tr></table>',
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
    [
      'a product page whose modal asks to remove a product from the cart',
      '<h1>Gouda 400 g</h1><input type="number" value="1"><div role="dialog" aria-modal="true"><h1>Remove this product from your cart?</h1></div>',
    ],
    [
      'a product page with a mini-cart in a sidebar',
      '<h1>Gouda 400 g</h1><span>Qty: 2</span><aside><h2>Cart (0)</h2></aside>',
    ],
    [
      'an account page with a mini-cart in the site header',
      '<header><div>Gouda <span>Qty: 2</span></div></header><main><h1>Add an address</h1><input name="street"></main>',
    ],
  ])('not: %s', (_, body) => {
    page(body);
    expect(isCartPage(document)).toBe(false);
  });

  /** Runs the steps; how many times they let the page run, and their answer. */
  const stepped = () => {
    const steps = cartPageSteps(document);
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { pauses, cart: step.value };
      pauses++;
    }
  };

  it('checks in steps the page may run between, with the same answer', () => {
    page('<ul><li>Gouda 400 g <input type="number" value="1"></li></ul>', 'Warenkorb – Markt');
    expect(stepped()).toEqual({ pauses: 4, cart: true });
    // Named by nothing: a table is looked for, one more step.
    page(
      '<table><tr><th>Item</th><th>Quantity</th></tr><tr><td>Gouda 400 g</td><td>2</td></tr></table>',
      'Shop',
    );
    expect(stepped()).toEqual({ pauses: 5, cart: true });
    // No name and no table: no cart, without reading lines.
    page('<h1>Gouda 400 g</h1><select><option>1</option></select>', 'Shop');
    expect(stepped()).toEqual({ pauses: 4, cart: false });
  });

  it('reads only the first 100 headings of each level for the name', () => {
    const tiles = Array.from({ length: 100 }, (_, i) => `<h3>Tile ${i}</h3>`).join('');
    const lines = '<div><p>Gouda 400 g</p><p>Qty: 1</p></div>';
    page(`${tiles}<h3>Order summary</h3>${lines}`, 'Shop');
    expect(isCartPage(document)).toBe(false);
    page(`${tiles.slice(0, -'<h3>Tile 99</h3>'.length)}<h3>Order summary</h3>${lines}`, 'Shop');
    expect(isCartPage(document)).toBe(true);
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

  it.each([
    [
      'a label and its value in two elements',
      '<ul><li><p>Gouda</p><p>Anzahl: <span>2</span></p></li><li><p>Brie</p><p>Anzahl: <span>3</span></p></li></ul>',
      [2, 3],
    ],
    [
      'a label and its value in two elements, in a cart of one line',
      '<main><h1>Zamówienie</h1><ol><li><strong>Kubek 330 ml</strong><div><span>Ilość</span> <span>5</span></div></li></ol></main>',
      [5],
    ],
    [
      'a labelled quantity and a badge in one line (one line)',
      '<div role="list"><div><a href="/p/1">Gouda</a><div><span>Antal</span> <span>1</span></div><span>1x</span></div></div>',
      [1],
    ],
    [
      'a count before the unit price',
      '<ul><li>Gouda <span>1 kpl x 3,89 €</span></li><li>Brie <span>2 kpl x 4,20 €</span></li></ul>',
      [1, 2],
    ],
    [
      'a quantity column whose header spans two columns for the item',
      '<table><tr><th colspan="2">Item</th><th>Price</th><th>Qty</th></tr><tr><td></td><td>Gouda</td><td>$5.00</td><td><span>x</span> 2</td></tr><tr><td></td><td>Brie</td><td>$4.00</td><td><span>x</span> 1</td></tr></table>',
      [2, 1],
    ],
    [
      'an ARIA table with a quantity column',
      '<div role="table"><div role="row"><div role="columnheader">Leírás</div><div role="columnheader">Mennyiség</div></div><div role="row"><div role="cell">Protein Power - 1000 g</div><div role="cell">1</div></div></div>',
      [1],
    ],
    [
      'the same summary twice (a narrow and a wide copy)',
      '<div><ul><li>Gouda <span>1 kpl x 3,89 €</span></li></ul></div><div><ul><li>Gouda <span>1 kpl x 3,89 €</span></li></ul></div>',
      [1],
    ],
    [
      'quantity texts beside an item count and a country menu with numeric values',
      '<h2>Cart (3 items)</h2><select name="country"><option value="223" selected>United States</option></select><ul><li>Gouda <span>Qty: 2</span></li><li>Brie <span>Qty: 1</span></li></ul>',
      [2, 1],
    ],
    [
      'a donation amount and an area-code menu besides the quantity fields',
      '<input type="number" step="any" name="amount" value="5.00"><select id="AreaCode"><option>500</option><option>501</option><option>502</option><option>503</option><option selected>504</option></select><ul><li>Gouda <input type="number" value="2"></li></ul>',
      [2],
    ],
  ])('%s', (_, body, quantities) => {
    page(body);
    expect(cartLines(document).map((l) => l.quantity)).toEqual(quantities);
  });

  it("titles a row naming no food by its longest title-like line above the quantity, not its options or the page's text", () => {
    page(
      '<main><h3>ORDER SUMMARY</h3><p>Item Subtotal (1)</p><div><p>AKDY Glossy Chrome Bathtub Faucet with Hand Shower</p><p>Größe: XL</p><p>Qty: 1</p></div><p>By submitting an order, I agree to the Terms and Privacy Statement of the shop</p></main>',
    );
    expect(basketLines(document, getMatcher(), 'en').map((l) => l.text)).toEqual([
      'AKDY Glossy Chrome Bathtub Faucet with Hand Shower',
    ]);
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
