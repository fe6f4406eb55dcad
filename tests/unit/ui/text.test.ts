import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Food } from '../../../src/data/types';
import { i18nFor } from '../../../src/i18n/tables';
import { parseSupplement } from '../../../src/nutrition/supplements';
import { DEFAULT_PREFS, validatePrefs } from '../../../src/prefs/schema';
import { badgeModel } from '../../../src/ui/badge-model';
import { supplementBadgeModel } from '../../../src/ui/supplement-model';
import {
  describeCoverage,
  doseText,
  foodName,
  methodText,
  problemText,
  servingLabel,
  supplementNoteText,
} from '../../../src/ui/text';

const en = i18nFor('en');
const de = i18nFor('de');
const fr = i18nFor('fr');
const nl = i18nFor('nl');

const food = (id: string): Food => {
  const f = dataset.foods.find((x) => x.id === id);
  if (!f) throw new Error(`no food ${id}`);
  return f;
};

/** Two significant figures in a locale, written independently of the product code. */
const shown = (value: number, locale: string) => Number(value.toPrecision(2)).toLocaleString(locale);

describe('how a value was made, in words', () => {
  it('in English, every food’s K2 and calcium method reads as the dataset writes it', () => {
    for (const f of dataset.foods) {
      expect(methodText(f.k2, f, 'k2', en), `${f.id} k2`).toBe(f.k2.method);
      expect(methodText(f.calcium, f, 'calcium', en), `${f.id} calcium`).toBe(f.calcium.method);
    }
  });

  it.each([
    ['de', de],
    ['fr', fr],
    ['nl', nl],
  ] as const)('in %s, no method is left in English', (_lang, i18n) => {
    for (const f of dataset.foods) {
      for (const text of [methodText(f.k2, f, 'k2', i18n), methodText(f.calcium, f, 'calcium', i18n)]) {
        expect(text, f.id).not.toMatch(/median|published|measured|value of|capped/);
        expect(text.length, f.id).toBeGreaterThan(5);
      }
    }
  });

  it('names the one food an estimate comes from, and formats the limit in the locale', () => {
    const goat = dataset.foods.find((f) => f.k2.basis === 'category' && f.k2.from?.length === 1);
    expect(goat).toBeDefined();
    const only = goat as Food;
    expect(methodText(only.k2, only, 'k2', de, () => 'Ziegenkäse')).toContain('(Ziegenkäse)');
    const capped = dataset.foods.find((f) => f.k2.bound === 'upper' && f.k2.basis !== 'measured');
    expect(capped).toBeDefined();
    expect(methodText((capped as Food).k2, capped as Food, 'k2', de)).toMatch(/^gemessen unter \d/);
  });
});

describe('food names', () => {
  it.each<[string, typeof en, string]>([
    ['gouda', en, 'Gouda'],
    ['emmental', de, 'Emmentaler'],
    ['chevre', de, 'Ziegenkäse'],
    ['chevre', nl, 'Geitenkaas'],
    ['chevre', fr, 'Fromage de chèvre'],
    // The taxonomy writes "comte": the English spelling keeps the accent.
    ['comte', fr, 'Comté'],
    ['natto', de, 'Natto'],
    ['cheese', de, 'Käse (ohne Sorte)'],
    ['cheese', en, 'Cheese (unspecified)'],
  ])('%s in %s', (id, i18n, name) => expect(foodName(food(id), i18n)).toBe(name));
});

describe('servings, doses and notes', () => {
  it.each<[string, typeof en, string]>([
    ['1 piece (30 g)', en, '1 piece (30 g)'],
    ['1 piece (30 g)', de, '1 Stück (30 g)'],
    ['1/2 cup (110 g)', fr, '½ tasse (110 g)'],
    ['1 cup (240 mL)', de, '1 Tasse (240 ml)'],
    ['2 tbsp (30 g)', nl, '2 el (30 g)'],
    ['a measure nobody wrote (5 g)', de, 'a measure nobody wrote (5 g)'],
  ])('serving %s in %s', (label, i18n, text) => expect(servingLabel({ label }, i18n)).toBe(text));

  it.each<[number, 'IU' | 'µg' | 'mg', typeof en, string]>([
    [5000, 'IU', en, '5,000 IU'],
    [5000, 'IU', de, '5.000 IE'],
    [5000, 'IU', fr, '5\u202f000 UI'],
    [1000, 'IU', nl, '1.000 IE'],
    [200, 'µg', de, '200 µg'],
  ])('dose %s %s', (value, unit, i18n, text) => expect(doseText({ value, unit }, i18n)).toBe(text));

  it('a calcium supplement note in German quotes the dataset’s upper level in German numbers', () => {
    const [note] = parseSupplement('Calcium 600 mg + D3 60 tablets', dataset.intakes).notes;
    expect(note).toBeDefined();
    const text = supplementNoteText(note as NonNullable<typeof note>, de);
    expect(text).toBe(
      'Das Etikett nennt Calcium und Vitamin D und kein Vitamin K2. Die tolerierbare Höchstmenge der EFSA ' +
        'für Calcium beträgt 2.500 mg pro Tag aus Lebensmitteln und Nahrungsergänzungsmitteln zusammen.',
    );
  });

  it('supplement badges in French', () => {
    const model = supplementBadgeModel(
      parseSupplement('Vitamin D3 1000 IU + K2 MK-7 100 mcg, 60 softgels'),
      fr,
    );
    expect(model.text).toBe('K2 100 µg MK-7 · D 1\u202f000 UI (étiquette)');
    expect(model.label).toContain('vitamine K2 100 µg sous forme de MK-7');
  });
});

describe('badges per locale', () => {
  const parmesan = food('parmigiano-reggiano');

  it.each([
    ['en', en],
    ['de', de],
    ['fr', fr],
    ['nl', nl],
  ] as const)('%s writes calcium over 1000 mg with its own grouping', (_lang, i18n) => {
    expect(parmesan.calcium.central).toBeGreaterThan(1000);
    const model = badgeModel(parmesan, DEFAULT_PREFS, undefined, 'package', i18n);
    expect(model.text).toContain(`Ca ${shown(parmesan.calcium.central, i18n.locale)} mg`);
    expect(model.label).toContain(foodName(parmesan, i18n));
  });

  it('an estimated value carries the language’s estimate mark right after it', () => {
    // Comté: no K2 row of its own (estimated from the hard cheeses), calcium from CIQUAL (measured).
    const comte = food('comte');
    const model = badgeModel(comte, DEFAULT_PREFS, undefined, 'package', de);
    expect(model.mark).toBeUndefined();
    expect(model.text).toMatch(/^K2 ≈ \S+ µg gesch\. · Ca \S+ mg$/);
    expect(model.segments.filter((s) => s.mark).map((s) => s.text)).toEqual([' gesch.']);
    expect(model.label).toContain('geschätzt nach ähnlichen Lebensmitteln');
    expect(badgeModel(comte, DEFAULT_PREFS, undefined, 'package', en).text).toMatch(
      /^K2 ≈ \S+ µg est\. · Ca/,
    );
  });

  it('a package weight is written in the locale', () => {
    const model = badgeModel(food('gouda'), { ...DEFAULT_PREFS, units: 'perPackage' }, 1250, 'package', de);
    expect(model.label).toContain('pro 1.250 g');
  });
});

describe('About the data and the options’ problems', () => {
  const coverage = {
    k2Foods: 45,
    k2Rows: 61,
    calciumFoods: 84,
    calciumRows: 90,
    portions: 12,
    servings: 3,
    intakes: 1,
  };

  it.each([
    [
      en,
      'K2 for 45 foods (61 values) · calcium for 84 foods · 12 household measures · serving sizes for 3 foods · 1 reference intake',
    ],
    [
      de,
      'K2 für 45 Lebensmittel (61 Werte) · Calcium für 84 Lebensmittel · 12 Haushaltsmaße · Portionsgrößen für 3 Lebensmittel · 1 Referenzwert für die Zufuhr',
    ],
  ])('coverage line %#', (i18n, text) => expect(describeCoverage(coverage, i18n)).toBe(text));

  it('coverage: one food, one value; nothing for a source that adds no value', () => {
    const one = {
      k2Foods: 1,
      k2Rows: 1,
      calciumFoods: 0,
      calciumRows: 0,
      portions: 0,
      servings: 0,
      intakes: 0,
    };
    expect(describeCoverage(one, en)).toBe('K2 for 1 food (1 value)');
    expect(describeCoverage(undefined, de)).toBe('');
  });

  it.each([
    { targets: { k2: 99999, calcium: 950 } },
    { targets: { k2: 90, calcium: 1 } },
    { minK2: -1 },
    { nutrients: { k2: false, calcium: false } },
  ])('the problem of %j reads as reported in English and is translated', (patch) => {
    const problems = validatePrefs({ ...DEFAULT_PREFS, ...patch });
    expect(problems).toHaveLength(1);
    const problem = problems[0] as string;
    expect(problemText(problem, en)).toBe(problem);
    expect(problemText(problem, de)).not.toBe(problem);
    for (const n of problem.match(/\d+/g) ?? []) expect(problemText(problem, de)).toContain(n);
  });
});
