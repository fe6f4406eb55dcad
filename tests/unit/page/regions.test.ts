// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { lineKey } from '../../../src/match/text-norm';
import { pageRegions, type Region, type RegionInputs, showsPrice } from '../../../src/page/core/regions';

/** Builds the body from markup written in the test (never page text). */
function setBody(html: string): void {
  document.body.innerHTML = html;
}

const NO_DATA: RegionInputs = { recipeKeys: new Set(), productNames: new Set() };

/** The region of the element marked `data-t`, with the page's structured data. */
function regionOfMarked(inputs: RegionInputs = NO_DATA): Region {
  const el = document.querySelector('[data-t]');
  if (!el) throw new Error('no element marked data-t');
  return pageRegions(document, () => inputs).regionOf(el, el.textContent ?? '');
}

const recipe = (lines: string[], name?: string): RegionInputs => ({
  recipeKeys: new Set(lines.map(lineKey)),
  ...(name ? { recipeName: lineKey(name) } : {}),
  productNames: new Set(),
});

/** Three product tiles with prices, the first titled `title` (and marked, unless `marked` is false). */
const tiles = (title: string, price = '£3.75', marked = true) =>
  `<ul class="grid">
    <li class="tile"><h3${marked ? ' data-t' : ''}>${title}</h3><span class="price">${price}</span></li>
    <li class="tile"><h3>Other cheese 200 g</h3><span class="price">£2.10</span></li>
    <li class="tile"><h3>Milk 1 l</h3><span class="price">£1.05</span></li>
  </ul>`;

beforeEach(() => setBody(''));

describe('page regions: chrome (never a badge)', () => {
  it.each([
    ['a nav landmark', '<nav><ul><li><a data-t href="#">Cheese</a></li></ul></nav>'],
    ['a navigation role', '<div role="navigation"><a data-t href="#">Yogures</a></div>'],
    ['a menu role', '<ul role="menubar"><li role="menuitem" data-t>Queso azul</li></ul>'],
    [
      'a mega menu by class',
      '<div class="mega-menu"><ul><li data-t>Mantequilla, nata y cremas</li></ul></div>',
    ],
    [
      'a breadcrumb by aria-label',
      '<ol aria-label="Breadcrumb"><li><a href="#">Home</a></li><li data-t>Cheddar</li></ol>',
    ],
    [
      'a schema.org BreadcrumbList',
      '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li data-t>Butter chicken</li></ol>',
    ],
    [
      'a breadcrumb by class',
      '<div class="breadcrumbs"><span data-t>Fromages, Yaourts, Beurres</span></div>',
    ],
    [
      'facets and filters',
      '<form class="search-filters"><label data-t><input type="checkbox"> Gouda (12)</label></form>',
    ],
    ['a tag cloud', '<div class="tag-cloud"><a data-t href="#">feta</a></div>'],
    ['the site header', '<header><div class="top"><a data-t href="#">Cheese shop</a></div></header>'],
    ['the site footer', '<footer><ul><li data-t>Fromages, Yaourts, Beurres</li></ul></footer>'],
    ['a banner role', '<div role="banner"><p data-t>Free delivery on cheese</p></div>'],
  ])('%s', (_, html) => {
    setBody(html);
    expect(regionOfMarked()).toBe('chrome');
  });
});

describe('page regions: choices (a badge)', () => {
  it.each([
    ['a product tile title with a price', tiles('Cathedral City Mature Cheddar 350g')],
    ['a product tile title with a price in euro', tiles('Leerdammer Original 2 x 150 g', '3,49 €')],
    ['a product tile title with a price in złoty', tiles('Ser Gouda plastry 150 g', '4,99 zł')],
    ['a leaflet tile with a price in leva', tiles('Сирене краве 400 г', '7,99 лв.')],
    [
      'a tile whose price and currency are separate elements of indented markup',
      tiles(
        'Гауда',
        '<span class="amount">\n      5,19\n    </span>\n    <span class="currency">\n      лв.\n    </span>',
      ),
    ],
    [
      'a table row of a cart with a price',
      `<table><tbody>
        <tr class="row"><td data-t>Président Brie 200 g</td><td>2</td><td>€3.20</td></tr>
        <tr class="row"><td>Kefir 1 l</td><td>1</td><td>€1.20</td></tr>
        <tr class="row"><td>Bread</td><td>1</td><td>€2.00</td></tr>
      </tbody></table>`,
    ],
    [
      'a schema.org Product name',
      '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name" data-t>Gouda 400 g</span><span>4,99 €</span></div>',
    ],
    ['a product page heading with a quantity', '<main><h1 data-t>Gouda jung 400 g</h1><p>4,99 €</p></main>'],
    ['a long product page heading', '<main><h1 data-t>Président Camembert au lait pasteurisé</h1></main>'],
    ['a short title outside any known structure', '<div><span data-t>Bio-Kefir</span></div>'],
  ])('%s', (_, html) => {
    setBody(html);
    expect(regionOfMarked()).toBe('choice');
  });

  it('an ingredient list by its class, in several languages', () => {
    for (const cls of ['wprm-recipe-ingredients', 'zutaten-liste', 'lista-ingredienti', 'ingredientes']) {
      setBody(`<article><ul class="${cls}"><li data-t>200 g Bergkäse</li></ul></article>`);
      expect(regionOfMarked(recipe(['200 g Emmentaler'])), cls).toBe('choice');
    }
  });

  it('an ingredient line by schema.org recipeIngredient', () => {
    setBody('<ul><li itemprop="recipeIngredient" data-t>2 EL Butter</li></ul>');
    expect(regionOfMarked()).toBe('choice');
  });

  it('a line of the structured recipe wherever the page shows it (a table, a plain div)', () => {
    setBody(
      '<table><tr><td class="amount">150 g</td><td data-t>Gruyère, gerieben</td></tr></table><p>Den Käse reiben.</p>',
    );
    expect(regionOfMarked(recipe(['150 g Gruyère, gerieben']))).toBe('choice');
  });

  it("the recipe's name", () => {
    setBody('<article><header><h1 data-t>Käsespätzle</h1></header></article>');
    expect(regionOfMarked(recipe(['200 g Bergkäse'], 'Käsespätzle'))).toBe('choice');
  });

  it("a structured product's name, but not in the breadcrumb that ends with it", () => {
    setBody(
      '<div class="categories-breadcrumb"><div class="breadcrumb-item"><a data-t href="#">Président Brie</a></div></div>',
    );
    expect(
      regionOfMarked({ recipeKeys: new Set(), productNames: new Set([lineKey('Président Brie')]) }),
    ).toBe('chrome');
    setBody('<h2 data-t>Président Brie</h2>');
    expect(
      regionOfMarked({ recipeKeys: new Set(), productNames: new Set([lineKey('Président Brie')]) }),
    ).toBe('choice');
  });
});

describe('page regions: text (a badge only when the user asks for mentions in text)', () => {
  const withRecipe = recipe(['200 g Bergkäse', '2 EL Butter']);
  it.each([
    ['method steps', '<ol class="recipe-instructions"><li data-t>Melt the butter in a pan.</li></ol>'],
    ['method steps (microdata)', '<div itemprop="recipeInstructions"><p data-t>Add the feta.</p></div>'],
    ['an FAQ', '<div class="faq"><h3 data-t>Do I have to use unsalted butter?</h3></div>'],
    ['an FAQ in details', '<details><summary data-t>Can I use Greek yogurt?</summary></details>'],
    [
      'reader comments',
      '<ol class="comment-list"><li class="comment"><p data-t>I used Gouda instead, delicious!</p></li></ol>',
    ],
    [
      'a related-recipes teaser',
      '<div class="related-posts"><a data-t href="#">Brown Butter Sage Sauce</a></div>',
    ],
    ['an aside', '<aside><ul><li><a data-t href="#">Feta Cheese Recipes</a></li></ul></aside>'],
    [
      'a section heading of a recipe page',
      "<article><h2 data-t>What's in a garlic butter shrimp?</h2></article>",
    ],
    [
      'the recipe page heading that is not the recipe',
      '<article><h1 data-t>Our favourite cheese recipes</h1></article>',
    ],
    ['running prose', '<p data-t>This cake is made with butter. It keeps for three days.</p>'],
    [
      'a teaser list of other recipes (repeated links, no price)',
      `<ul class="cards">
        <li class="card"><a data-t href="#">Cheddar Jalapeño Cornbread</a></li>
        <li class="card"><a href="#">Feta salad</a></li>
        <li class="card"><a href="#">Kefir pancakes</a></li>
      </ul>`,
    ],
  ])('%s', (_, html) => {
    setBody(html);
    expect(regionOfMarked(withRecipe)).toBe('text');
  });

  it('prose on a shop page, and a section heading without a quantity', () => {
    setBody(
      `${tiles('Gouda 400 g', '£3.75', false)}<p data-t>Our cheese counter offers over 200 cheeses.</p>`,
    );
    expect(regionOfMarked()).toBe('text');
    setBody(`<h2 data-t>Käse</h2>${tiles('Gouda 400 g', '£3.75', false)}`);
    expect(regionOfMarked()).toBe('text');
  });

  it('a short link outside the tiles on a shop page (a category link)', () => {
    setBody(
      `<div class="cats"><a data-t href="#">Queso azul</a></div>${tiles('Gouda 400 g', '£3.75', false)}`,
    );
    expect(regionOfMarked()).toBe('text');
  });
});

describe('page regions: what it remembers', () => {
  it('a tile grid is recognised once for all its tiles, and reset() forgets it', () => {
    setBody(tiles('Gouda 400 g'));
    const regions = pageRegions(document, () => NO_DATA);
    const titles = [...document.querySelectorAll('h3')];
    expect(titles.map((t) => regions.regionOf(t, t.textContent ?? ''))).toEqual([
      'choice',
      'choice',
      'choice',
    ]);
    // The page replaces its prices by text without one: after a reset the tiles are no longer tiles.
    for (const p of document.querySelectorAll('.price')) p.textContent = 'sold out';
    regions.reset();
    const [first] = titles;
    if (!first) throw new Error('no title');
    expect(regions.regionOf(first, first.textContent ?? '')).toBe('choice');
    document.body.insertAdjacentHTML('afterbegin', '<h2 id="section">Käse</h2>');
    const section = document.getElementById('section');
    if (!section) throw new Error('no section');
    expect(regions.regionOf(section, 'Käse')).toBe('text');
  });
});

describe('showsPrice', () => {
  it.each([
    ['£3.75', true],
    ['3,49 €', true],
    ['4,99 zł', true],
    ['19,90 Kč', true],
    ['7,99 лв.', true],
    ['¥258', true],
    ['12,000원', true],
    ['$5.49/lb', true],
    ['CHF 4.50', true],
    ['29,90 kr', true],
    ['400 g', false],
    ['45%', false],
    ['2 x 150 g', false],
    ['Kefir 1 l', false],
  ])('%s → %s', (text, expected) => expect(showsPrice(text)).toBe(expected));
});

describe('page regions: recipes and shops', () => {
  it('method steps inside a recipe box whose container names its ingredients are text', () => {
    setBody(`<div class="recipe-ingredients-prep">
      <ul><li data-t>2 tbsp butter</li></ul>
      <ol class="prep-steps"><li id="step">Press the mixture into the butter.</li></ol>
    </div>`);
    expect(regionOfMarked()).toBe('choice');
    const step = document.getElementById('step');
    if (!step) throw new Error('no step');
    expect(pageRegions(document, () => NO_DATA).regionOf(step, step.textContent ?? '')).toBe('text');
  });

  it("an ingredient list's group heading and a blog's notes on an ingredient are text", () => {
    for (const html of [
      '<ul class="ingredients"><li class="wprm-recipe-group-name" data-t>Cream Cheese Layer</li></ul>',
      '<ul class="ingredients"><li data-t>For the mascarpone cream topping:</li></ul>',
      '<ul class="ingredients"><li data-t>Unsalted Butter – I use unsalted. It lets me control the salt.</li></ul>',
    ]) {
      setBody(html);
      expect(regionOfMarked(), html).toBe('text');
    }
  });

  it('a taxonomy class ("category-5-ingredients") does not make an article an ingredient list', () => {
    setBody(
      '<article class="post category-5-ingredients"><h1>Caramel dip</h1><p data-t>Beat the cream cheese until smooth.</p></article>',
    );
    expect(regionOfMarked()).toBe('text');
  });

  it('a layout wrapper holding the page heading is not the sidebar its class names', () => {
    setBody(
      '<div class="content-sidebar-wrap"><h1>Gouda jung 400 g</h1><ul><li data-t>Bio-Kefir</li></ul></div>',
    );
    expect(regionOfMarked()).toBe('choice');
  });

  it("a shop's product page: the product's own ingredient list is text", () => {
    setBody(
      `<h1>Cheddar 350 g</h1><div class="ingredients"><p data-t>Cheddar cheese (milk)</p></div>${tiles('Brie 200 g', '£2.00', false)}`,
    );
    expect(regionOfMarked()).toBe('text');
  });

  it('nutrition facts of a recipe card are text', () => {
    setBody('<div class="wprm-nutrition-label-container"><span data-t>Calcium 135mg</span></div>');
    expect(regionOfMarked(recipe(['2 tbsp butter']))).toBe('text');
  });
});

describe('page regions: a list headed "Ingredients" in the supported languages', () => {
  it.each([
    ['Ingredients', '50g butter'],
    ['Zutaten', '2 EL Butter'],
    ['Ingrédients :', '60 g de beurre'],
    ['Składniki', '200 g twarogu'],
    ['Ингредиенты', '200 г творога'],
    ['材料（2人分）', 'バター 10g'],
    ['재료', '김치 200g'],
    ["What you'll need", '1 cup buttermilk'],
  ])('%s', (heading, line) => {
    setBody(
      `<article class="blog"><h2>${heading}</h2><ul><li data-t>${line}</li><li>2 eggs</li></ul><p class="ingredients-note">x</p></article>`,
    );
    expect(regionOfMarked()).toBe('choice');
  });

  it('a list after another heading on a recipe page stays text', () => {
    setBody(
      '<h2>Tips</h2><ul><li data-t>Use cold butter</li></ul><ul class="ingredients"><li>2 eggs</li></ul>',
    );
    expect(regionOfMarked()).toBe('text');
  });
});

describe('page regions: names and test ids, and a recipe on a shop page', () => {
  it('an ingredient list named by its name attribute', () => {
    setBody('<ul name="ingredients-metric"><li data-t>50 g Unsalted butter</li></ul>');
    expect(regionOfMarked(recipe(['250 g beef fillet']))).toBe('choice');
  });

  it("a recipe's lines on a shop's page (they start with an amount)", () => {
    setBody(`<h2>Ingredients</h2><ul><li data-t>50g butter</li></ul>${tiles('Stand mixer', '$499', false)}`);
    expect(regionOfMarked()).toBe('choice');
  });
});

describe('page regions: tiles of long lists', () => {
  /** A list of `n` priced tiles; tile `odd` (if any) has a class of its own. */
  const list = (n: number, odd = -1) =>
    `<ul class="grid">${Array.from(
      { length: n },
      (_, i) =>
        `<li class="${i === odd ? 'promo' : 'tile'}"><h3>Gouda ${i} 400 g</h3><span>£${i}.99</span></li>`,
    ).join('')}</ul>`;
  const titleAt = (i: number) => document.querySelectorAll('h3')[i] as Element;

  it('finds the tile of a title far down a list of 1,000, and of the first', () => {
    setBody(list(1000));
    const regions = pageRegions(document, () => NO_DATA);
    expect(regions.tileOf(titleAt(0))?.className).toBe('tile');
    expect(regions.tileOf(titleAt(900))?.className).toBe('tile');
    expect(regions.tileOf(titleAt(999))?.className).toBe('tile');
  });

  it("counts a tile's text as shown: deep indentation is no text, a long description is", () => {
    const indent = `${'\n'.repeat(400)}${' '.repeat(1600)}`;
    setBody(tiles('Gouda 400 g', `<span>4,99</span>${indent}<span>€</span>`));
    expect(pageRegions(document, () => NO_DATA).tileOf(titleAt(0))?.className).toBe('tile');
    setBody(tiles('Gouda 400 g', `<span>4,99 €</span><p>${'Mild, creamy and nutty. '.repeat(70)}</p>`));
    expect(pageRegions(document, () => NO_DATA).tileOf(titleAt(0))).toBeUndefined();
  });

  it('an item unlike its neighbours is no tile, in a short list and far down a long one', () => {
    setBody(list(10, 5));
    expect(pageRegions(document, () => NO_DATA).tileOf(titleAt(5))).toBeUndefined();
    setBody(list(1000, 700));
    const regions = pageRegions(document, () => NO_DATA);
    expect(regions.tileOf(titleAt(700))).toBeUndefined();
    expect(regions.tileOf(titleAt(701))?.className).toBe('tile');
  });
});
