// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  decodeEntities,
  extractStructuredData,
  parseJsonLd,
  parseJsonLdText,
  parseYield,
} from '../../../src/page/jsonld';

const recipe = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: 'Tarte',
    recipeIngredient: ['200 g Gouda', '1 EL Butter'],
    ...extra,
  });

describe('decodeEntities', () => {
  it.each([
    ['&frac12; cup cr&egrave;me fra&icirc;che', '½ cup crème fraîche'],
    ['Ben &amp; Jerry&#39;s', "Ben & Jerry's"],
    ['d&#x27;emmental', "d'emmental"],
    ['&amp;#39;', "'"],
    ['1&nbsp;cup', '1\u00a0cup'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%s → %s', (input, out) => expect(decodeEntities(input)).toBe(out));
  it('drops tags and collapses spaces in values', () =>
    expect(cleanText('<p>1  cup <b>Gouda</b></p>')).toBe('1 cup Gouda'));
});

describe('parseYield', () => {
  it.each([
    [['4', '4 servings'], { yield: '4 servings', servings: 4 }],
    [6, { yield: '6', servings: 6 }],
    ['Serves 4-6', { yield: 'Serves 4-6', servings: 4 }],
    ['1 loaf', { yield: '1 loaf', servings: 1 }],
    [undefined, {}],
  ])('%j → %j', (raw, out) => expect(parseYield(raw)).toEqual(out));
});

describe('JSON-LD recipes', () => {
  it('reads a plain Recipe object', () => {
    expect(parseJsonLd([recipe({ recipeYield: '4 Portionen' })]).recipe).toEqual({
      name: 'Tarte',
      yield: '4 Portionen',
      servings: 4,
      ingredients: ['200 g Gouda', '1 EL Butter'],
    });
  });
  it('finds a Recipe in @graph, in a top-level array, with an array or URL @type', () => {
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, JSON.parse(recipe())] });
    const array = JSON.stringify([{ '@type': 'Organization' }, JSON.parse(recipe())]);
    const typeArray = recipe({ '@type': ['Recipe', 'NewsArticle'] });
    const url = recipe({ '@type': 'http://schema.org/Recipe' });
    const nested = JSON.stringify({ '@type': 'WebPage', mainEntity: JSON.parse(recipe()) });
    for (const t of [graph, array, typeArray, url, nested])
      expect(parseJsonLd([t]).recipe?.ingredients, t).toEqual(['200 g Gouda', '1 EL Butter']);
  });
  it('flattens grouped ingredient lists and splits one string holding every line', () => {
    expect(
      parseJsonLd([recipe({ recipeIngredient: [['1 cup milk'], ['2 tbsp butter', '1 egg yolk']] })]).recipe
        ?.ingredients,
    ).toEqual(['1 cup milk', '2 tbsp butter', '1 egg yolk']);
    expect(
      parseJsonLd([recipe({ recipeIngredient: '200 g Gouda<br>- 1 EL Butter\n2 Eier' })]).recipe?.ingredients,
    ).toEqual(['200 g Gouda', '1 EL Butter', '2 Eier']);
  });
  it('decodes entities in ingredient lines', () => {
    expect(
      parseJsonLd([recipe({ recipeIngredient: ['&frac12; cup cr&egrave;me fra&icirc;che'] })]).recipe
        ?.ingredients,
    ).toEqual(['½ cup crème fraîche']);
  });
  it('repairs broken JSON', () => {
    const trailing = '{"@type":"Recipe","recipeIngredient":["200 g Gouda","1 EL Butter",],}';
    const rawNewline = '{"@type":"Recipe","recipeIngredient":["200 g Gouda\n","1 EL Butter"]}';
    const comment = `<!--\n${recipe()}\n-->`;
    const cdata = `//<![CDATA[\n${recipe()}\n//]]>`;
    const two = `{"@type":"Organization","name":"x"}\n${recipe()}`;
    const hopeless =
      '{"@type":"Recipe", "name": "Tarte", "recipeIngredient": ["200 g Gouda", "1 EL Butter"], "recipeInstructions": [{ oops';
    for (const t of [trailing, rawNewline, comment, cdata, two, hopeless])
      expect(parseJsonLd([t]).recipe?.ingredients, t).toEqual(['200 g Gouda', '1 EL Butter']);
  });
  it('returns nothing for text that is not JSON', () => {
    expect(parseJsonLdText('not json at all')).toEqual([]);
    expect(parseJsonLd(['', '{}']).recipe).toBeUndefined();
  });
});

describe('JSON-LD products', () => {
  it('reads names and weights', () => {
    const data = parseJsonLd([
      JSON.stringify({
        '@type': 'Product',
        name: 'Jarlsberg skiver',
        weight: { '@type': 'QuantitativeValue', value: 0.2, unitCode: 'KGM' },
      }),
      JSON.stringify({
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', item: { '@type': 'Product', name: 'Old Amsterdam Gouda 48+ 400g' } },
          { '@type': 'ListItem', item: { '@type': 'Product', name: 'Président Brie', size: '2 x 125 g' } },
        ],
      }),
    ]);
    expect(data.products).toEqual([
      { name: 'Jarlsberg skiver', grams: 200 },
      { name: 'Old Amsterdam Gouda 48+ 400g', grams: 400 },
      { name: 'Président Brie', grams: 250 },
    ]);
  });
});

describe('microdata', () => {
  it('reads a microdata recipe when there is no JSON-LD one, line by line', () => {
    document.body.innerHTML = '';
    const scope = document.createElement('div');
    scope.setAttribute('itemscope', '');
    scope.setAttribute('itemtype', 'https://schema.org/Recipe');
    const name = document.createElement('h1');
    name.setAttribute('itemprop', 'name');
    name.textContent = 'Soupe';
    const list = document.createElement('p');
    list.setAttribute('itemprop', 'ingredients');
    for (const [i, line] of ['- 300 g d’emmental', '- 80 g de beurre'].entries()) {
      if (i > 0) list.append(document.createElement('br'));
      list.append(line);
    }
    const yieldEl = document.createElement('span');
    yieldEl.setAttribute('itemprop', 'recipeYield');
    yieldEl.textContent = '6 personnes';
    scope.append(name, list, yieldEl);
    document.body.append(scope);
    expect(extractStructuredData(document).recipe).toEqual({
      name: 'Soupe',
      yield: '6 personnes',
      servings: 6,
      ingredients: ['300 g d’emmental', '80 g de beurre'],
    });
  });
});
