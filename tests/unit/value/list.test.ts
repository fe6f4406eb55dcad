import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { portionsWithFallback } from '../../../src/nutrition/quantity';
import { type ListItem, type NutrientLookup, parseList, parseListLine } from '../../../src/value/list';

const portionsOf = portionsWithFallback(compileDataset(readSources()));

// Grams of volumes and household measures come from src/data/sources/portions.csv (USDA SR26):
// kefir 245 g per US cup of 236.59 ml (1.0356 g/ml: 500 ml → 517.8 g, 1 l → 1035.6 g); miso cup 275 g;
// emmental slice 28 g; large egg yolk 17 g; Greek yogurt cup 245 g; sour cream cup 230 g; 16 oz = 453.6 g.
const item = (text: string, count: number, foodId?: string, grams?: number): ListItem => ({
  text,
  ...(foodId ? { foodId } : {}),
  count,
  ...(grams !== undefined ? { grams } : {}),
  ...(foodId ? {} : { unmatched: true as const }),
});

describe('parseListLine', () => {
  it.each<[string, string, ListItem]>([
    // English
    ['400 g gouda', 'en', item('400 g gouda', 1, 'gouda', 400)],
    ['gouda 400g', 'en', item('gouda 400g', 1, 'gouda', 400)],
    ['2 × kefir 500 ml', 'en', item('2 × kefir 500 ml', 2, 'kefir', 1035.6)],
    ['natto 3×45 g', 'en', item('natto 3×45 g', 1, 'natto', 135)],
    ['3 natto 45g', 'en', item('3 natto 45g', 3, 'natto', 135)],
    ['brie', 'en', item('brie', 1, 'brie')],
    ['kefir 1 l', 'en', item('kefir 1 l', 1, 'kefir', 1035.6)],
    ['1 cup miso', 'en', item('1 cup miso', 1, 'miso', 275)],
    ['3 slices emmental', 'en', item('3 slices emmental', 1, 'emmental', 84)],
    ['greek yogurt 2 cups', 'en', item('greek yogurt 2 cups', 1, 'greek-yogurt', 490)],
    ['sour cream 1/2 cup', 'en', item('sour cream 1/2 cup', 1, 'sour-cream', 115)],
    ['kimchi 1 jar (16 oz)', 'en', item('kimchi 1 jar (16 oz)', 1, 'kimchi', 453.6)],
    ['Cheddar 200g x2', 'en', item('Cheddar 200g x2', 2, 'cheddar', 400)],
    ['- 2 x Stilton 200 g', 'en', item('2 x Stilton 200 g', 2, 'stilton', 400)],
    ['[ ] cheddar 200g', 'en', item('cheddar 200g', 1, 'cheddar', 200)],
    ['[x] sauerkraut 500 g', 'en', item('sauerkraut 500 g', 1, 'sauerkraut', 500)],
    ['1. brie 200 g', 'en', item('brie 200 g', 1, 'brie', 200)],
    // A bare count: grams only for a food with a weight per piece (2 × 17 g), not multiplied again.
    ['2 egg yolks', 'en', item('2 egg yolks', 2, 'egg-yolk', 34)],
    ['gouda or edam 400 g', 'en', item('gouda or edam 400 g', 1, 'gouda', 400)],
    ['bread', 'en', item('bread', 1)],
    ['2 eggs', 'en', item('2 eggs', 2)],
    // German
    ['1 kg Quark', 'de', item('1 kg Quark', 1, 'quark', 1000)],
    ['Feta 200g x2', 'de', item('Feta 200g x2', 2, 'feta', 400)],
    ['2x Emmentaler 250 g', 'de', item('2x Emmentaler 250 g', 2, 'emmental', 500)],
    ['2 Stück Gouda', 'de', item('2 Stück Gouda', 2, 'gouda')],
    ['Skyr 2 Stk', 'de', item('Skyr 2 Stk', 2, 'skyr')],
    ['Joghurt 500 g × 2', 'de', item('Joghurt 500 g × 2', 2, 'yogurt', 1000)],
    ['Camembert 250 g 2x', 'de', item('Camembert 250 g 2x', 2, 'camembert', 500)],
    ['Sauerkraut 2 Gläser à 680 g', 'de', item('Sauerkraut 2 Gläser à 680 g', 2, 'sauerkraut', 1360)],
    ['Kefir 2 x 500 ml', 'de', item('Kefir 2 x 500 ml', 1, 'kefir', 1035.6)],
    ['Bergkäse 300 g', 'de', item('Bergkäse 300 g', 1, 'bergkase', 300)],
    // Polish
    ['kefir 1 l', 'pl', item('kefir 1 l', 1, 'kefir', 1035.6)],
    ['• ser żółty 300 g', 'pl', item('ser żółty 300 g', 1, 'cheese', 300)],
    ['½ kg twaróg', 'pl', item('½ kg twaróg', 1, 'quark', 500)],
    ['jogurt naturalny 2 x 400 g', 'pl', item('jogurt naturalny 2 x 400 g', 1, 'yogurt', 800)],
    ['ser gouda 150 g 2 szt.', 'pl', item('ser gouda 150 g 2 szt.', 2, 'gouda', 300)],
    ['masło 200 g', 'pl', item('masło 200 g', 1, 'butter', 200)],
    // Czech
    ['2 jogurty', 'cs', item('2 jogurty', 2, 'yogurt')],
    ['Eidam 30% 100 g', 'cs', item('Eidam 30% 100 g', 1, 'edam', 100)],
    ['tvaroh 250 g', 'cs', item('tvaroh 250 g', 1, 'quark', 250)],
    // French, Italian, Dutch, Spanish, Swedish
    ['fromage blanc 2 pots de 500 g', 'fr', item('fromage blanc 2 pots de 500 g', 2, 'fromage-blanc', 1000)],
    ['Comté 200 g', 'fr', item('Comté 200 g', 1, 'comte', 200)],
    ['3 yaourts nature', 'fr', item('3 yaourts nature', 3, 'yogurt')],
    ['Parmigiano Reggiano 1,5 kg', 'it', item('Parmigiano Reggiano 1,5 kg', 1, 'parmigiano-reggiano', 1500)],
    ['mozzarella 125 g x 3', 'it', item('mozzarella 125 g x 3', 3, 'mozzarella', 375)],
    ['2 x Goudse kaas 500 g', 'nl', item('2 x Goudse kaas 500 g', 2, 'gouda', 1000)],
    ['kwark 500 g', 'nl', item('kwark 500 g', 1, 'quark', 500)],
    ['queso manchego 250 g', 'es', item('queso manchego 250 g', 1, 'manchego', 250)],
    ['yogur griego 4 x 125 g', 'es', item('yogur griego 4 x 125 g', 1, 'greek-yogurt', 500)],
    ['Västerbottensost 450 g', 'sv', item('Västerbottensost 450 g', 1, 'vasterbotten', 450)],
    // No food of the dataset
    ['яйца', 'ru', item('яйца', 1)],
  ])('%s (%s)', (line, lang, expected) => expect(parseListLine(line, lang, portionsOf)).toEqual(expected));

  it('converts only masses without household measures', () => {
    expect(parseListLine('2 × kefir 500 ml', 'en')).toEqual(item('2 × kefir 500 ml', 2, 'kefir'));
    expect(parseListLine('gouda 400g', 'en')).toEqual(item('gouda 400g', 1, 'gouda', 400));
  });
});

describe('parseList', () => {
  // Hand-made values per 100 g: the totals below are computed from these, not from the dataset.
  const values: Record<string, { k2: number; calcium: number }> = {
    gouda: { k2: 50, calcium: 700 },
    kefir: { k2: 2, calcium: 120 },
    natto: { k2: 900, calcium: 90 },
    feta: { k2: 5, calcium: 500 },
    brie: { k2: 20, calcium: 300 },
  };
  const lookup: NutrientLookup = (id) => values[id];
  const text = [
    'Dairy:',
    '- 400 g gouda',
    '- 2 × kefir 500 ml; brie',
    '',
    '• natto 3×45 g • яйца',
    '## Cheese',
    'Feta 200g x2',
    '  ',
    'Milchprodukte:',
    '* quark 250 g',
  ].join('\n');

  it('splits on line breaks, semicolons and bullets, and leaves out blank lines and headings', () => {
    expect(parseList(text, { lang: 'en', portionsOf })).toEqual({
      items: [
        item('400 g gouda', 1, 'gouda', 400),
        item('2 × kefir 500 ml', 2, 'kefir', 1035.6),
        item('brie', 1, 'brie'),
        item('natto 3×45 g', 1, 'natto', 135),
        item('яйца', 1),
        item('Feta 200g x2', 2, 'feta', 400),
        item('quark 250 g', 1, 'quark', 250),
      ],
    });
  });

  it('sums K2 and calcium over the items with grams and values, and lists the others', () => {
    const { totals } = parseList(text, { lang: 'en', portionsOf, lookup });
    // K2: 50 × 4 + 2 × 10.356 + 900 × 1.35 + 5 × 4 = 200 + 20.712 + 1215 + 20 = 1455.712
    expect(totals?.k2_ug).toBeCloseTo(1455.712, 3);
    // Calcium: 700 × 4 + 120 × 10.356 + 90 × 1.35 + 500 × 4 = 2800 + 1242.72 + 121.5 + 2000 = 6164.22
    expect(totals?.calcium_mg).toBeCloseTo(6164.22, 3);
    // brie has no grams, яйца no food, quark no values in the lookup.
    expect(totals?.notCounted.map((x) => x.text)).toEqual(['brie', 'яйца', 'quark 250 g']);
  });

  it.each<[string, string[]]>([
    ['gouda 400 g;brie;;feta', ['gouda 400 g', 'brie', 'feta']],
    ['☐ skyr ☑ kefir', ['skyr', 'kefir']],
    ['Cheese:\n\n', []],
    ['', []],
    ['1,5 kg Quark\r\n2 Stk Feta', ['1,5 kg Quark', '2 Stk Feta']],
  ])('%j → %j', (t, texts) => expect(parseList(t, { lang: 'de' }).items.map((x) => x.text)).toEqual(texts));

  it('reads long texts', () => {
    expect(parseList('gouda 400 g\n'.repeat(5_000), { lang: 'en' }).items).toHaveLength(5_000);
    expect(parseListLine(`${'1 x '.repeat(25_000)}gouda`, 'en').foodId).toBe('gouda');
    expect(parseListLine('a'.repeat(100_000), 'en').unmatched).toBe(true);
    expect(parseList('• '.repeat(50_000)).items).toEqual([]);
    expect(parseListLine(`${'x1 '.repeat(30_000)}a`, 'en').count).toBe(1);
  });
});
