import { describe, expect, it } from 'vitest';
import { parseYield } from '../../../src/nutrition/yield';

type Row = [string | number | (string | number)[], number, number, 'servings' | 'items'];

describe('recipe yield → servings', () => {
  it.each<Row>([
    // English
    ['4 servings', 4, 4, 'servings'],
    ['4 Servings', 4, 4, 'servings'],
    ['Serves 4', 4, 4, 'servings'],
    ['Serves 4-6', 4, 6, 'servings'],
    ['Serves 4 – 6', 4, 6, 'servings'],
    ['Serves 4 to 6 people', 4, 6, 'servings'],
    ['Servings: 8', 8, 8, 'servings'],
    ['serves four', 4, 4, 'servings'],
    ['Feeds 10', 10, 10, 'servings'],
    ['1 serving', 1, 1, 'servings'],
    ['Serves 4 (makes 8 cups)', 4, 4, 'servings'],
    ['makes 12 muffins', 12, 12, 'items'],
    ['Makes about 24 cookies', 24, 24, 'items'],
    ['2 dozen cookies', 24, 24, 'items'],
    ['1 dozen', 12, 12, 'items'],
    ['1 loaf', 1, 1, 'items'],
    ['10 slices', 10, 10, 'items'],
    ['Yield: 6', 6, 6, 'servings'],
    // schema.org forms
    ['4', 4, 4, 'servings'],
    [4, 4, 4, 'servings'],
    [['4', '4 servings'], 4, 4, 'servings'],
    [['12', '1 9-inch pie'], 12, 12, 'servings'],
    [['4', '4 (12-16 tortillas)'], 4, 4, 'servings'],
    [['10', '10 mini pavlovas'], 10, 10, 'servings'],
    ['4 as a main, 8 as a side', 4, 4, 'servings'],
    ['Serves 6 (makes a 18cm/7in cheesecake)', 6, 6, 'servings'],
    ['8 - 10 serving(s)', 8, 10, 'servings'],
    // German
    ['6 Portionen', 6, 6, 'servings'],
    ['2 Portionen als Hauptgericht', 2, 2, 'servings'],
    ['Für 4 Personen', 4, 4, 'servings'],
    ['für 4-6 Personen', 4, 6, 'servings'],
    ['4 bis 6 Portionen', 4, 6, 'servings'],
    ['Zutaten für vier Personen', 4, 4, 'servings'],
    ['12 Stück', 12, 12, 'items'],
    // French
    ['pour 4 personnes', 4, 4, 'servings'],
    ['Pour 6 à 8 personnes', 6, 8, 'servings'],
    ['4 parts', 4, 4, 'servings'],
    ['pour quatre personnes', 4, 4, 'servings'],
    ['6 pers.', 6, 6, 'servings'],
    // Dutch
    ['4 personen', 4, 4, 'servings'],
    ['voor 4 personen', 4, 4, 'servings'],
    ['2 porties', 2, 2, 'servings'],
    ['voor twee personen', 2, 2, 'servings'],
    ['voor een persoon', 1, 1, 'servings'],
    // Italian
    ['per 4 persone', 4, 4, 'servings'],
    ['4 porzioni', 4, 4, 'servings'],
    ['Dosi per 6 persone', 6, 6, 'servings'],
    ['per sei persone', 6, 6, 'servings'],
    // Spanish
    ['4 raciones', 4, 4, 'servings'],
    ['para 4-6 personas', 4, 6, 'servings'],
    ['4 porciones', 4, 4, 'servings'],
    ['Raciones: 2', 2, 2, 'servings'],
    ['para dos personas', 2, 2, 'servings'],
    // Swedish
    ['4 portioner', 4, 4, 'servings'],
    ['4 port.', 4, 4, 'servings'],
    ['fyra portioner', 4, 4, 'servings'],
    // Danish
    ['4 personer', 4, 4, 'servings'],
    ['til 4 personer', 4, 4, 'servings'],
    ['til to personer', 2, 2, 'servings'],
    // Norwegian
    ['4 porsjoner', 4, 4, 'servings'],
    ['til fire personer', 4, 4, 'servings'],
    ['6-8 porsjoner', 6, 8, 'servings'],
  ])('%j → %s–%s %s', (input, min, max, kind) => {
    const y = parseYield(input);
    expect(y).toMatchObject({ min, max, kind, central: (min + max) / 2 });
  });

  it('keeps the counted noun', () => {
    expect(parseYield('makes 12 muffins')?.unit).toBe('muffins');
    expect(parseYield('4 servings')?.unit).toBeUndefined();
  });

  it.each<[string | number | string[] | undefined]>([
    [undefined],
    [''],
    ['2 cups'],
    [['2', '2 cups']],
    ['20 tablespoons'],
    ['4 cups of sauce'],
    ['Ergibt 500 g'],
    ['1 l'],
    ['30 minutes'],
    ['bake for 25 min'],
    ['9-inch'],
    [0],
    [-2],
    [Number.NaN],
    ['a lot'],
    ['5000 servings'],
    [[]],
  ])('%j gives no servings', (input) => expect(parseYield(input)).toBeUndefined());
});
