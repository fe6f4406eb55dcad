/**
 * The amount of each food an ingredient line gives, as the recipe card counts
 * it (recipeLineMentions: the matcher, gramsForMentions and mentionRoles), and
 * the rule that each line is counted once (recipeTotals).
 *
 * Rules stated by these rows:
 * - alternatives: "200/250 g", "1–2 cups", "1 or 2 tbsp", "100-150 g", "2 à 3
 *   c. à soupe" count as their midpoint; of two foods joined by "or"/"oder"/"o"
 *   the first is the line's food and the other is not counted;
 * - the food a line is for ("cream for the yogurt topping", "panna per la panna
 *   allo yogurt") is no ingredient of the line; an amount does not reach a food
 *   across another number, an "and"/"with" after another word, or a "for"
 *   ("2 ml aroma limone e 1 yogurt", "pasta with ricotta");
 * - a pinch, a knob, "to taste", "q.b.", "for greasing", "for the pan" give no
 *   amount: the food is listed as not counted (portions.csv has no knob; a pat
 *   is a different, smaller measure); an optional food with a stated amount
 *   counts that amount (the card lists what it counted);
 * - household units convert with the food's measures in src/data/sources/portions.csv
 *   (USDA SR26), or the median density of its category's measures where it has
 *   none; metric spoons are 15 ml and 5 ml, a US cup 236.588 ml, a US tbsp
 *   14.787 ml, 1 oz 28.3495 g; grams are rounded to 0.1 g.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { getMatcher } from '../../../src/match/index';
import { mentionRoles, portionsWithFallback } from '../../../src/nutrition/quantity';
import { recipeLineMentions, recipeTotals } from '../../../src/page/recipe';

const dataset = compileDataset(readSources());
const measuresOf = portionsWithFallback(dataset);
const foods = new Map(dataset.foods.map((f) => [f.id, f]));

/** A food of the line and its grams (null: named without an amount, listed as not counted). */
type Counted = [foodId: string, grams: number | null];
type Row = [lang: string, line: string, counted: Counted[]];

// Densities used below (median g/ml of the measures; see measures.ts):
// butter: tbsp 14.2 g / 14.787 ml = 0.9603, cup 227 g / 236.588 ml = 0.9595 (two rows each) → 0.9599;
// sour cream: tbsp 12 / 14.787 = 0.8115, cup 230 / 236.588 = 0.9722 → 0.8918;
// miso: tbsp 17 / 14.787 = 1.1497, cup 275 / 236.588 = 1.1624 → 1.1560;
// fermented milks without measures of their own (crème fraîche, kefir): the category's
// yogurt cup 245, buttermilk cup 245 (×2), fl oz 30.6, quart 980, sour cream tbsp 12, cup 230
// → 7 rows, median 245 / 236.588 = 1.0356;
// grated parmesan: cup, grated 100 / 236.588 = 0.4227, tbsp, grated 5 / 14.787 = 0.3381 → 0.3804.
const LINES: Row[] = [
  // English
  ['en', '1–2 cups shredded cheddar', [['cheddar', 169.5]]], // 1.5 × cup, shredded 113 g
  ['en', '1 or 2 tbsp miso', [['miso', 25.5]]], // 1.5 × tbsp 17 g
  ['en', '1 cup cream for the yogurt topping', []], // the cream's amount; yogurt is what it is for
  ['en', '1 cup heavy cream, for the yogurt topping', []],
  ['en', 'Butter for greasing', [['butter', null]]],
  ['en', 'butter, for the pan', [['butter', null]]],
  ['en', 'Unsalted butter, for greasing the pan', [['butter', null]]],
  ['en', 'a knob of butter', [['butter', null]]],
  ['en', 'a pinch of grated parmesan', [['parmigiano-reggiano', null]]],
  ['en', 'Parmesan, to taste', [['parmigiano-reggiano', null]]],
  ['en', 'Grated Parmesan, for serving (optional)', [['parmigiano-reggiano', null]]],
  ['en', '2 tbsp grated Parmesan (optional)', [['parmigiano-reggiano', 10]]], // 2 × tbsp, grated 5 g
  ['en', '½ cup sour cream or plain yogurt', [['sour-cream', 115]]], // 0.5 × cup 230 g; yogurt: alternative
  ['en', '8 oz cream cheese, softened', [['cream-cheese', 226.8]]], // 8 × 28.3495
  ['en', '2 (8 oz) packages cream cheese, softened', [['cream-cheese', 453.6]]], // 16 × 28.3495
  ['en', '3/4 cup buttermilk', [['buttermilk', 183.8]]], // 0.75 × cup 245 g
  ['en', '4 oz feta, crumbled', [['feta', 113.4]]], // 4 × 28.3495
  ['en', '1 cup plain Greek yogurt', [['greek-yogurt', 245]]], // fermented milks' cups 245, 245, 245, 230 → 245
  ['en', '100 g cheddar or 100 g gouda', [['cheddar', 100]]],
  [
    'en',
    '200 g of cheddar and 100 g of gouda',
    [
      ['cheddar', 200],
      ['gouda', 100],
    ],
  ],
  ['en', '1 cup (4 oz) shredded mozzarella', [['mozzarella', 113.4]]], // the mass of the group: 4 oz
  ['en', '2 tablespoons unsalted butter, melted', [['butter', 28.4]]], // 2 × tbsp 14.2 g
  ['en', '1 stick (½ cup) butter', [['butter', 113.5]]], // 0.5 × cup 227 g
  ['en', '1 tablespoon white miso and 2 tablespoons water', [['miso', 17]]],
  ['en', '1 cup pasta with ricotta', [['ricotta', null]]],
  ['en', '1 cup shredded and packed cheddar', [['cheddar', 113]]],
  ['en', '2 large egg yolks', [['egg-yolk', 34]]], // 2 × large 17 g
  ['en', '1 egg yolk beaten with 1 Tbsp water', [['egg-yolk', 17]]], // the tablespoon is the water's
  ['en', '1 heaped tsp red miso', [['miso', 5.7]]], // a spoon counts level: 4.929 ml × 1.1560
  ['en', '50 gms melted Lurpak butter', [['butter', 50]]],
  // cup 245 g + 2 × 14.787 ml × 1.0356 (buttermilk: cup 245 g, fl oz 30.6 g, quart 980 g) = 245 + 30.6
  ['en', '1 cup plus 2 tablespoons buttermilk', [['buttermilk', 275.6]]],
  // 0.5 × cup, shredded 113 g + 2 × 14.787 ml × 113 g / 236.588 ml = 56.5 + 14.1
  ['en', '½ cup + 2 tbsp shredded cheddar', [['cheddar', 70.6]]],
  ['en', "1 cup Trader Joe's Greek yogurt", [['greek-yogurt', 245]]],
  ['en', '1 (8 oz) package 1/3-less-fat cream cheese', [['cream-cheese', 226.8]]], // 8 × 28.3495
  // German
  ['de', '200 g Feta oder Hirtenkäse', [['feta', 200]]],
  ['de', '200 g Feta oder Ziegenkäse', [['feta', 200]]],
  ['de', '2 EL Schmand', [['sour-cream', 26.8]]], // 30 ml × 0.8918
  ['de', '1-2 EL Butter', [['butter', 21.6]]], // 22.5 ml × 0.9599
  ['de', '2 gehäufte EL Schmand', [['sour-cream', 26.8]]], // 30 ml × 0.8918
  ['de', 'Butter für die Form', [['butter', null]]],
  ['de', 'etwas Butter zum Einfetten', [['butter', null]]],
  ['de', '1 Prise geriebener Parmesan', [['parmigiano-reggiano', null]]],
  ['de', '250 g Quark (Magerstufe)', [['quark', 250]]],
  ['de', '100 g geriebener Gouda', [['gouda', 100]]],
  ['de', '1 Becher Joghurt (150 g)', [['yogurt', 150]]],
  ['de', '1 Stück Butter (ca. 20 g)', [['butter', 20]]],
  ['de', '200 g Schinken und Käse', [['cheese', null]]], // the 200 g are the ham's
  ['de', 'Für die Quarkcreme: 250 g Quark', [['quark', 250]]],
  // French
  ['fr', '2 à 3 c. à soupe de crème fraîche', [['creme-fraiche', 38.8]]], // 37.5 ml × 1.0356
  ['fr', '20 cl de crème fraîche épaisse', [['creme-fraiche', 207.1]]], // 200 ml × 1.0356
  ['fr', '200 g de comté râpé', [['comte', 200]]],
  ['fr', '450 à 500 g de fromage blanc', [['fromage-blanc', 475]]],
  ['fr', '1 noix de beurre', [['butter', null]]],
  ['fr', 'Beurre pour le moule', [['butter', null]]],
  ['fr', '1 pincée de parmesan râpé', [['parmigiano-reggiano', null]]],
  ['fr', "100 g de roquefort ou de bleu d'Auvergne", [['roquefort', 100]]],
  ['fr', '1 c. à café de miso blanc', [['miso', 5.8]]], // 5 ml × 1.1560
  ['fr', '1 pot de yaourt nature (env. 125 g)', [['yogurt', 125]]],
  // Italian
  ['it', '200/250 g di Fontina', [['fontina', 225]]], // either amount: their midpoint
  ['it', '200 ml di panna per la panna allo yogurt', []],
  ['it', '2 ml aroma limone e 1 yogurt', [['yogurt', null]]], // the 2 ml are the flavouring's
  ['it', '1 vasetto di yogurt bianco, 2 ml aroma limone', [['yogurt', null]]],
  ['it', 'yogurt bianco e 2 ml di aroma limone', [['yogurt', null]]],
  ['it', 'Yogurt greco 150 g', [['greek-yogurt', 150]]],
  ['it', 'Parmigiano Reggiano DOP grattugiato 50 g', [['parmigiano-reggiano', 50]]],
  ['it', 'Burro q.b.', [['butter', null]]],
  ['it', '1 noce di burro', [['butter', null]]],
  ['it', 'Burro per ungere la teglia', [['butter', null]]],
  ['it', 'un pizzico di pecorino', [['pecorino-romano', null]]],
  ['it', '100 g di gorgonzola o taleggio', [['gorgonzola', 100]]],
  ['it', '250 g di mascarpone', [['mascarpone', 250]]],
  ['it', 'Per la crema: 250 g di mascarpone', [['mascarpone', 250]]],
  ['it', '2 cucchiai di parmigiano grattugiato', [['parmigiano-reggiano', 11.4]]], // 30 ml × 0.3804
  // Spanish
  ['es', '100-150 g de queso', [['cheese', 125]]],
  ['es', '250 ml de nata para la salsa de yogur', []],
  ['es', '2 cucharadas de mantequilla', [['butter', 28.8]]], // 30 ml × 0.9599
  ['es', '1 o 2 cucharadas de miso', [['miso', 26]]], // 22.5 ml × 1.1560
  ['es', 'Mantequilla para engrasar', [['butter', null]]],
  ['es', 'Queso parmesano al gusto', [['parmigiano-reggiano', null]]],
  ['es', '200 g de queso manchego rallado', [['manchego', 200]]],
  ['es', '125 g de yogur griego', [['greek-yogurt', 125]]],
  ['es', '1 taza de queso rallado', [['cheese', 100]]], // cup, grated 100 g (of the cheeses it is derived from)
  // Dutch
  ['nl', '200 g geraspte belegen kaas', [['gouda', 200]]],
  ['nl', '1 el boter', [['butter', 14.4]]], // 15 ml × 0.9599
  ['nl', 'boter om in te vetten', [['butter', null]]],
  ['nl', '500 gr verse ravioli (gevuld met ricotta en spinazie)', [['ricotta', null]]],
  ['nl', '250 g kwark of Griekse yoghurt', [['quark', 250]]],
  ['nl', 'Gouda of Edam', [['gouda', null]]],
  ['nl', 'Parmezaanse kaas 100gr', [['parmigiano-reggiano', 100]]],
  // Polish
  ['pl', '200 g sera żółtego', [['cheese', 200]]],
  ['pl', '2 łyżki masła', [['butter', 28.8]]], // 30 ml × 0.9599
  ['pl', '1 łyżka śmietany 18%', [['sour-cream', 13.4]]], // 15 ml × 0.8918
  ['pl', 'masło do smarowania formy', [['butter', null]]],
  ['pl', '1 szklanka kefiru', [['kefir', 258.9]]], // a glass of 250 ml × 1.0356
  ['pl', '100 g parmezanu', [['parmigiano-reggiano', 100]]],
  // Czech
  ['cs', '500 g (2 kostky) tvaroh, polo- nebo plnotučný', [['quark', 500]]],
  ['cs', '1 lžíce máslo', [['butter', 14.4]]], // 15 ml × 0.9599
  ['cs', '200 g eidam nebo gouda', [['edam', 200]]],
  ['cs', '1 špetka strouhaného parmazánu', [['parmigiano-reggiano', null]]],
];

const counted = (lang: string, line: string): Counted[] =>
  recipeLineMentions({ ingredients: [line] }, getMatcher(), lang, measuresOf).map((m) => [
    m.foodId,
    m.grams ?? null,
  ]);

describe('the amount of each food of an ingredient line', () => {
  it('has the lines of the brief and at least 30 more in at least 5 languages', () => {
    expect(LINES.length).toBeGreaterThanOrEqual(45);
    expect(new Set(LINES.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(LINES)('%s: %s → %j', (lang, line, expected) => {
    expect(counted(lang, line)).toEqual(expected);
  });
});

describe('mentionRoles', () => {
  it.each([
    ['en', '½ cup sour cream or plain yogurt', ['ingredient', 'alternative']],
    ['de', '200 g Feta/Hirtenkäse', ['ingredient', 'alternative']],
    ['en', '1 cup cream cheese for the yogurt topping', ['ingredient', 'purpose']],
    ['en', 'For the yogurt topping: 200 g Greek yogurt', ['purpose', 'ingredient']],
    ['it', 'Per la crema: mascarpone', ['ingredient']],
    ['en', '200 g of cheddar and 100 g of gouda', ['ingredient', 'ingredient']],
  ])('%s: %s → %j', (lang, line, roles) => {
    expect(mentionRoles(line, getMatcher().find(line, { lang }))).toEqual(roles);
  });
});

describe('each line is counted once (recipeTotals)', () => {
  const recipe = {
    yield: '4 servings',
    ingredients: [
      '200 g Feta oder Ziegenkäse',
      "8 oz mascarpone (if you don't have mascarpone, you can use cream cheese)",
      '1 cup heavy cream, for the yogurt topping',
      '200 g Greek yogurt',
      'Salt, pepper, Parmesan and butter',
      '100 g cheddar or 100 g gouda',
    ],
  };
  const mentions = recipeLineMentions(recipe, getMatcher(), 'en', measuresOf);
  const { lines, summary } = recipeTotals(recipe, mentions, foods);

  it('counts the amount of each line once and lists a line without one once', () => {
    expect(lines.map((l) => [l.food.id, l.grams ?? null])).toEqual([
      ['feta', 200],
      ['mascarpone', 226.8],
      ['greek-yogurt', 200],
      ['parmigiano-reggiano', null],
      ['cheddar', 100],
    ]);
    // 200 + 226.8 + 200 + 100
    expect(summary.total.grams).toBeCloseTo(726.8, 1);
  });

  it('lists no line under "not counted" whose amount was counted', () => {
    const countedLines = new Set(lines.filter((l) => l.grams !== undefined).map((l) => l.line));
    const notCounted = lines.filter((l) => l.grams === undefined).map((l) => l.line);
    expect(notCounted).toEqual(['Salt, pepper, Parmesan and butter']);
    expect(notCounted.filter((l) => countedLines.has(l))).toEqual([]);
    expect(summary.unquantified).toEqual(['parmigiano-reggiano']);
  });
});
