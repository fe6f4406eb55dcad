// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { portionsWithFallback } from '../../../src/nutrition/quantity';
import { scanPage } from '../../tools/scan-page';

const portionsOf = portionsWithFallback(compileDataset(readSources()));

/** Builds the body from markup written in the test (never page text). */
function setBody(html: string, lang = 'en'): void {
  document.documentElement.setAttribute('lang', lang);
  document.head.innerHTML = '';
  document.body.innerHTML = html;
}

/** The visible text's mentions, as the content script's detector finds them. */
const textMentions = () => scanPage(document, { portionsOf }).mentions.filter((m) => m.source === 'text');
const found = () => textMentions().map((m) => [m.foodId, m.text]);

beforeEach(() => setBody(''));

describe("scanPage: visible text (the content script's detector)", () => {
  it('joins the inline text of a block: one title across elements', () => {
    setBody('<li>Old Amsterdam <b>Gouda</b> 48+ 400g</li>');
    const [m] = textMentions();
    expect(m?.block?.localName).toBe('li');
    expect([m?.foodId, m?.text, m?.grams]).toEqual(['gouda-aged', 'Old Amsterdam Gouda', 400]);
    // The match ends inside <b>: the badge goes after its text node.
    expect(m?.endNode?.data).toBe('Gouda');
  });
  it('matches a term split across inline elements', () => {
    setBody('<p>Top with cream <span>cheese</span> frosting</p>');
    expect(found()).toEqual([['cream-cheese', 'cream cheese']]);
  });
  it('maps the end of a match with diacritics and entities to the right node', () => {
    setBody('<p>2 EL Crème <i>fraîche</i> d’Isigny und mehr</p>', 'de');
    const [m] = textMentions();
    expect(m?.text).toBe('Crème fraîche d’Isigny');
    expect(m?.endNode?.data).toBe(' d’Isigny und mehr');
  });
  it('keeps separate blocks apart', () => {
    setBody('<div>Cream</div><div>cheese</div>');
    expect(found()).toEqual([['cheese', 'cheese']]);
  });
  it('does not join words across a line break', () => {
    setBody('<p>1 cup cream<br>cheese for the top</p>');
    expect(found()).toEqual([['cheese', 'cheese']]);
  });
  it.each([
    ['script', '<script>var cheese = "Gouda";</script>'],
    ['style', '<style>.gouda{}</style>'],
    ['noscript', '<noscript><div>Gouda</div></noscript>'],
    ['template', '<template><p>Gouda</p></template>'],
    ['textarea', '<textarea>Gouda</textarea>'],
    ['select', '<select><option>Gouda</option></select>'],
    ['code', '<p>Use <code>gouda()</code> here</p>'],
    ['pre', '<pre><span>Gouda</span></pre>'],
    ['svg', '<svg><text>Gouda</text></svg>'],
    ['contenteditable', '<div contenteditable="true"><p>Gouda</p></div>'],
    ['hidden', '<div hidden><p>Gouda</p></div>'],
    ['data-k2lens', '<span data-k2lens><span>Gouda</span></span>'],
  ])('skips %s', (_tag, html) => {
    setBody(`${html}<p>Brie</p>`);
    expect(found()).toEqual([['brie', 'Brie']]);
  });
  it('uses the language of the page for short words', () => {
    setBody('<p>Puede ser servido con queso</p>', 'es');
    expect(found()).toEqual([['cheese', 'queso']]);
  });
  it("matches each block in its own language, or every block in the option's", () => {
    setBody('<p>200 g ost</p><p lang="sv">200 g ost</p>', 'en');
    const own = textMentions();
    expect(own.map((m) => [m.foodId, m.block?.getAttribute('lang')])).toEqual([['cheese', 'sv']]);
    const forced = scanPage(document, { portionsOf, lang: 'sv' }).mentions.map((m) => m.foodId);
    expect(forced).toEqual(['cheese', 'cheese']);
  });
  it("finds a food that starts a block right after another block's word (no space between)", () => {
    setBody('<div>Président</div><h3>Brie 200 g</h3><p>Arla</p><p>Kefir</p>', 'fr');
    expect(found()).toEqual([
      ['brie', 'Brie'],
      ['kefir', 'Kefir'],
    ]);
  });
});

describe('scanPage', () => {
  it('reports the recipe from JSON-LD and counts a visible ingredient line once', () => {
    setBody(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'Recipe',
        name: 'Käsespätzle',
        recipeYield: '4 Portionen',
        recipeIngredient: ['200 g Bergkäse', '2 EL Butter', '4 Eier'],
      })}</script>
      <h1>Käsespätzle</h1>
      <ul><li>200 g <a href="#">Bergkäse</a></li><li>2 EL Butter</li><li>4 Eier</li></ul>
      <p>Dazu passt ein Glas Buttermilch.</p>`,
      'de',
    );
    // The sentence after the list is running text: reported only when asked for every mention.
    const all = scanPage(document, { portionsOf, regions: false });
    expect(all.mentions.map((m) => [m.source, m.foodId, m.block?.localName])).toContainEqual([
      'text',
      'buttermilk',
      'p',
    ]);
    const scan = scanPage(document, { portionsOf });
    expect(scan.recipe).toEqual({
      name: 'Käsespätzle',
      yield: '4 Portionen',
      servings: 4,
      ingredients: ['200 g Bergkäse', '2 EL Butter', '4 Eier'],
    });
    const summary = scan.mentions.map((m) => [m.source, m.line, m.foodId, m.grams, m.block?.localName]);
    expect(summary).toEqual([
      ['jsonld', 0, 'bergkase', 200, 'li'],
      ['jsonld', 1, 'butter', 28.8, 'li'],
    ]);
  });
  it('reports one text mention per block and food, with grams from the title', () => {
    setBody('<div class="tile"><h3>Gouda jung, Gouda-Scheiben 400 g</h3></div>', 'de');
    const scan = scanPage(document, { portionsOf });
    expect(scan.mentions.map((m) => [m.source, m.foodId, m.grams])).toEqual([['text', 'gouda', 400]]);
  });
  it('reports products of the structured data, linked to their visible title', () => {
    setBody(
      `<script type="application/ld+json">{"@type":"Product","name":"Président Brie 2 x 125 g"}</script>
      <h1>Président Brie 2 x 125 g</h1>`,
      'fr',
    );
    const scan = scanPage(document, { portionsOf });
    expect(scan.products).toEqual([{ name: 'Président Brie 2 x 125 g', grams: 250 }]);
    expect(scan.mentions.map((m) => [m.source, m.foodId, m.grams, m.block?.localName])).toEqual([
      ['jsonld', 'brie', 250, 'h1'],
    ]);
  });
});
