import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { getMatcher } from '../../../src/match/index';
import {
  findQuantities,
  gramsForMentions,
  parseNumber,
  portionsWithFallback,
} from '../../../src/nutrition/quantity';

const portionsOf = portionsWithFallback(compileDataset(readSources()));

/** Grams of each food mention of a line (undefined where no measure converts it). */
const grams = (text: string, lang = 'en') => {
  const ms = getMatcher().find(text, { lang });
  return gramsForMentions(text, ms, portionsOf);
};

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['1,000', 1000],
    ['1/2', 0.5],
    ['3⁄4', 0.75],
    ['1 1/2', 1.5],
    ['½', 0.5],
    ['1½', 1.5],
    ['1 ½', 1.5],
    ['three', 3],
    ['an', 1],
    ['1/0', undefined],
    ['abc', undefined],
    // Names every object has are no number words (a fuzzed "__proto__" once returned an object).
    ['__proto__', undefined],
    ['constructor', undefined],
    ['toString', undefined],
  ])('%s → %s', (token, value) => expect(parseNumber(token)).toBe(value));
});

describe('findQuantities', () => {
  it('reads the weight of a title, not its fat mark', () => {
    const qs = findQuantities('Old Amsterdam Gouda 48+ 400g');
    expect(qs.map((q) => [q.amount, q.unit.kind])).toEqual([[400, 'mass']]);
  });
  it('does not read a unit inside a word', () => {
    expect(findQuantities('2 garlic cloves and 3 lemons, 1 glass')).toEqual([]);
  });
});

// Expected grams from the household measures of src/data/sources/portions.csv (USDA SR26):
// cheddar cup shredded 113 g, diced 132 g; emmental slice 28 g; butter tbsp 14.2 g, stick 113 g;
// sour cream cup 230 g; buttermilk cup 245 g; cream cheese cup 232 g; feta cup crumbled 150 g;
// parmesan grated cup 100 g (01032); miso tbsp 17 g, cup 275 g; egg yolk large 17 g; 1 oz = 28.3495 g.
describe('grams of a mention', () => {
  it.each([
    ['Old Amsterdam Gouda 48+ 200g', [200]],
    ['Président Brie 2 x 125 g', [250]],
    ['Tillamook Sharp Cheddar 8 oz', [226.8]],
    ['1 cup shredded cheddar', [113]],
    ['1 cup cheddar cheese', [113]],
    ['1 cup diced cheddar', [132]],
    ['2 tbsp miso', [34]],
    ['4 slices Swiss cheese', [112]],
    ['1 stick butter', [113]],
    ['2 T butter', [28.4]],
    ['½ cup sour cream', [115]],
    ['1 cup buttermilk', [245]],
    ['½ cup crumbled feta', [75]],
    ['1 cup grated Parmesan', [100]],
    ['½ cup Parmesan cheese (grated)', [50]],
    ['2 large egg yolks', [34]],
    ['2 egg yolks', [34]],
    ['1,5 kg Quark', [1500]],
    ['6-8 oz Sour Cream', [198.4]],
    ['3/4 to 1 cup buttermilk or milk', [214.4]],
    ['1/2 cup (125g) sour cream or whole-milk plain yogurt', [125, undefined]],
    ['Three 8-ounce (680g) packages cream cheese (at room temperature)', [680]],
    ['4 (8-oz.) bars cream cheese, softened', [907.2]],
    ['1 (8-oz) package cream cheese, softened', [226.8]],
    ['1 package (8 oz) cream cheese, softened', [226.8]],
    ['¾ brick (6 ounces) cream cheese, softened to room temp', [170.1]],
    ['an 8-ounce block of extra-sharp cheddar cheese, grated', [226.8]],
    ['600g/1lb 5oz full-fat cream cheese', [600]],
    ['1 lb 5 oz cheddar', [595.3]],
    ['16 ounces cream cheese (2 - 8 oz. boxes)', [453.6]],
    ['1 cup grated parmesan cheese + ½ cup parmesan cut in thin strips', [100, 50]],
    [
      '8 oz cold mascarpone cheese (if you don’t have mascarpone cheese, you can use cream cheese)',
      [226.8, undefined, undefined],
    ],
    ['3 slices brie', [undefined]],
    ['1 Kugel Mozzarella', [undefined]],
    ['Cheddar', [undefined]],
  ])('%s → %j', (text, expected) => expect(grams(text)).toEqual(expected));

  it.each([
    ['100 g Vollmilchjoghurt', 'de', [100]],
    ['7 dkg Vaj', 'hu', [70]],
    ['Raclette au lait cru : 50 g', 'fr', [50]],
    ['Jarlsberg skiver 200 g', 'no', [200]],
    ['30 cl crème fraîche', 'fr', undefined],
  ])('%s (%s)', (text, lang, expected) => {
    const g = grams(text, lang);
    if (expected) expect(g).toEqual(expected);
    else expect(g[0]).toBeGreaterThan(250);
  });

  it('converts volumes with the density of the food: 2 msk smör = 30 ml of butter', () => {
    // Butter: tbsp 14.2 g (14.787 ml) and cup 227 g (236.588 ml) → about 0.96 g/ml.
    const [g] = grams('2 msk smör', 'sv');
    expect(g).toBeGreaterThan(28);
    expect(g).toBeLessThan(29.5);
  });

  it('gives a food without a measure of its own the measures of its category: 500 ml kefir ≈ 518 g', () => {
    // Kefir has no household measure; fermented milks (yogurt, buttermilk) weigh about 1.035 g/ml.
    const [g] = grams('Bio-Kefir 1,5 % 500 ml', 'de');
    expect(g).toBeGreaterThan(510);
    expect(g).toBeLessThan(525);
  });

  it('gives unspecified cheese the slice weight of the cheeses it is derived from', () => {
    expect(grams('Sýr tvrdý 3 plát.', 'cs')).toEqual([84]);
  });
});
