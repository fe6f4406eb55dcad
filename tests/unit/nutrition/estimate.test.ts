import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import {
  CATEGORIES,
  type CalciumRow,
  type Category,
  type Estimate,
  type K2Estimate,
  type K2Row,
} from '../../../src/data/types';
import {
  CATEGORY_LABELS,
  calciumFromRows,
  capAtBound,
  derivedEstimate,
  formsAddUp,
  k2FromRows,
  k2ValueRows,
  type MeasuredFood,
  median,
  mk7Of,
  outlierOf,
  round,
  valueBasis,
} from '../../../src/nutrition/estimate';
import {
  disagreementOf,
  evidenceUnits,
  independenceOf,
  independentSource,
  sourceGroups,
} from '../../../src/nutrition/independence';

/** A K2 row with defaults; only the fields a case cares about are given. */
function k2(partial: Partial<K2Row> & Pick<K2Row, 'kind'>): K2Row {
  return { source: 'src-a', ref: '', name: 'x', evidence: 'study', mk: {}, ...partial };
}

function ca(value: number, source = 'ciqual-2025', code = '1'): CalciumRow {
  return { source, code, name: 'x', value };
}

describe('median and rounding', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[47.3, 65, 49.2, 65.6], 57.1],
    [[0.68, 5, 0.3], 0.7],
    [[939, 763.3, 775], 775],
  ])('median(%j) = %s', (values, expected) => expect(median(values)).toBe(expected));

  it('refuses an empty list', () => expect(() => median([])).toThrow(RangeError));

  it.each([
    [5.25, 1, 5.3],
    [5.249, 1, 5.2],
    [0.04, 1, 0],
    [12.346, 2, 12.35],
    [99.96, 1, 100],
    // 38.3 and 39.4: their mean is 38.85, written in binary just under it.
    [(38.3 + 39.4) / 2, 1, 38.9],
    [(16.8 + 12.5) / 2, 1, 14.7],
  ])('round(%s, %s) = %s', (value, digits, expected) => expect(round(value, digits)).toBe(expected));
});

describe('evidence units', () => {
  it.each([
    ['ciqual-2020', 'ciqual'],
    ['ciqual-2025', 'ciqual'],
    ['usda-sr26', 'usda-sr26'],
    ['vermeer-2018', 'vermeer-2018'],
    ['efsa-2015-calcium', 'efsa-2015-calcium'],
  ])('%s counts as %s', (source, unit) => expect(independentSource(source)).toBe(unit));

  it.each([
    [[{ source: 'k2viewer', ref: 'their reference(s) 1; 5' }], ['k2viewer#1', 'k2viewer#5']],
    [[{ source: 'k2viewer', ref: 'their reference(s) 9; 7; 4' }], ['k2viewer#4', 'k2viewer#7', 'k2viewer#9']],
    [
      [
        { source: 'k2viewer', ref: 'their reference(s) 1' },
        { source: 'k2viewer', ref: 'their reference(s) 1; 4' },
      ],
      ['k2viewer#1', 'k2viewer#4'],
    ],
    [
      [
        { source: 'ciqual-2020', ref: 'alim_code 1' },
        { source: 'ciqual-2025', ref: 'alim_code 2' },
      ],
      ['ciqual'],
    ],
    [
      [{ source: 'vermeer-2018', ref: '473 ng/g' }, { source: 'walther-2021-afs' }],
      ['vermeer-2018', 'walther-2021-afs'],
    ],
  ])('%j → %j', (rows, units) => expect(evidenceUnits(rows)).toEqual(units));
});

describe('K2 from a food’s own rows', () => {
  it('has no estimate without a point value', () => {
    expect(k2FromRows([])).toBeUndefined();
    expect(k2FromRows([k2({ kind: 'below', max: 20 })])).toBeUndefined();
  });

  it.each<[string, K2Row[], Partial<K2Estimate>]>([
    [
      'one total',
      [k2({ kind: 'total', value: 49.5 })],
      { central: 49.5, min: 49.5, max: 49.5, confidence: 'one-source', method: 'one published value' },
    ],
    [
      'two sources: median, min–max',
      [k2({ kind: 'total', value: 47.3 }), k2({ kind: 'total', value: 65, source: 'src-b' })],
      {
        central: 56.2,
        min: 47.3,
        max: 65,
        confidence: 'several-sources',
        method: 'median of 2 published values',
      },
    ],
    [
      'a compilation row citing two studies is one source: one value',
      [
        k2({
          kind: 'total',
          value: 8.6,
          source: 'k2viewer',
          ref: 'their reference(s) 5; 8',
          evidence: 'compilation',
        }),
      ],
      { central: 8.6, confidence: 'one-source', independent: { count: 1, kind: 'compilation' } },
    ],
    [
      'two rows sharing a cited study are one source',
      [
        k2({
          kind: 'total',
          value: 763.3,
          source: 'k2viewer',
          ref: 'their reference(s) 7; 1',
          evidence: 'compilation',
        }),
        k2({
          kind: 'total',
          value: 941,
          source: 'k2viewer',
          ref: 'their reference(s) 7',
          evidence: 'compilation',
        }),
      ],
      { central: 852.2, confidence: 'one-source', independent: { count: 1, kind: 'compilation' } },
    ],
    [
      'a range row: midpoint, with its bounds',
      [k2({ kind: 'range', value: 42.5, min: 20, max: 65 })],
      { central: 42.5, min: 20, max: 65, confidence: 'one-source' },
    ],
    [
      'a below-LOQ row widens the range down to 0 but adds no confidence',
      [
        k2({ kind: 'below', max: 20, source: 'ciqual-2025' }),
        k2({ kind: 'total', value: 6.5, source: 'k2viewer' }),
      ],
      { central: 6.5, min: 0, max: 20, confidence: 'one-source', measurements: 2 },
    ],
    [
      'a below-LOQ row under a higher value keeps the higher max',
      [k2({ kind: 'below', max: 20, source: 'ciqual-2025' }), k2({ kind: 'total', value: 41.7 })],
      { central: 41.7, min: 0, max: 41.7 },
    ],
    [
      'partial rows only: the value is a lower bound',
      [
        k2({ kind: 'partial', value: 939, mk: { mk7: 939 } }),
        k2({ kind: 'partial', value: 775, source: 'src-b' }),
      ],
      { central: 857, min: 775, max: 939, bound: 'lower', confidence: 'several-sources' },
    ],
  ])('%s', (_name, rows, expected) => expect(k2FromRows(rows)).toMatchObject(expected));

  it('a total next to partial rows is not a bound', () => {
    const e = k2FromRows([k2({ kind: 'total', value: 763.3 }), k2({ kind: 'partial', value: 939 })]);
    expect(e?.bound).toBeUndefined();
  });

  it('a partial sum never moves the median nor lowers the minimum; one above every total raises the maximum', () => {
    const totals = [k2({ kind: 'total', value: 22.2 }), k2({ kind: 'total', value: 30, source: 'src-b' })];
    // Dunlop 2022-style partial forms of cheddar: 13.1 is no total, the median stays the totals'.
    expect(k2FromRows([...totals, k2({ kind: 'partial', value: 13.1, source: 'src-c' })])).toMatchObject({
      central: 26.1,
      min: 22.2,
      max: 30,
      method: 'median of 2 published values',
    });
    expect(k2FromRows([...totals, k2({ kind: 'partial', value: 40, source: 'src-c' })])).toMatchObject({
      central: 26.1,
      min: 22.2,
      max: 40,
    });
  });

  it('averages each reported form over the rows whose forms add up to their total', () => {
    const e = k2FromRows([
      k2({ kind: 'total', value: 10, mk: { mk4: 2, mk9: 8 } }),
      k2({ kind: 'total', value: 12, mk: { mk4: 4, mk9: 8 }, source: 'src-b' }),
      // MK-4 4 is not a total of 20: its forms are left out.
      k2({ kind: 'total', value: 20, mk: { mk4: 4 }, source: 'src-c' }),
    ]);
    expect(e?.mk).toEqual({ mk4: 3, mk9: 8 });
  });
});

describe('calcium from table rows', () => {
  it.each<[string, CalciumRow[], Partial<Estimate>]>([
    ['one value', [ca(1082)], { central: 1082, min: 1082, max: 1082, confidence: 'one-source' }],
    [
      'two foods of one table edition',
      [ca(247, 'ciqual-2025', '12020'), ca(310, 'ciqual-2025', '12021')],
      { central: 278.5, min: 247, max: 310, confidence: 'one-source' },
    ],
    [
      'two editions of one table count once',
      [ca(772, 'ciqual-2020'), ca(760, 'ciqual-2025')],
      { central: 766, confidence: 'one-source' },
    ],
    [
      'two independent tables',
      [ca(1184, 'ciqual-2025'), ca(1109, 'usda-sr26')],
      { central: 1146.5, min: 1109, max: 1184, confidence: 'several-sources' },
    ],
  ])('%s', (_name, rows, expected) => expect(calciumFromRows(rows)).toMatchObject(expected));

  it('has no estimate without rows', () => expect(calciumFromRows([])).toBeUndefined());
});

function measured(
  id: string,
  central: number,
  min: number,
  max: number,
  extra: Partial<Estimate> = {},
): MeasuredFood {
  return {
    id,
    category: 'blue',
    estimate: {
      central,
      min,
      max,
      basis: 'measured',
      confidence: 'one-source',
      measurements: 1,
      sources: [`src-${id}`],
      method: 'one published value',
      ...extra,
    },
  };
}

describe('category and generic estimates', () => {
  it('takes the median of central values and spans the measured ranges', () => {
    const e = derivedEstimate(
      [measured('a', 10, 5, 14), measured('b', 40, 30, 60), measured('c', 20, 0, 20)],
      'category',
      'blue cheeses',
    );
    expect(e).toMatchObject({
      central: 20,
      min: 0,
      max: 60,
      basis: 'category',
      confidence: 'category-estimate',
      from: ['a', 'b', 'c'],
      sources: ['src-a', 'src-b', 'src-c'],
      method: 'median of 3 measured blue cheeses',
    });
  });

  it('names the only food it comes from', () => {
    const e = derivedEstimate([measured('chevre', 49.5, 49.5, 49.5)], 'category', "soft goat's cheeses");
    expect(e?.method).toBe("value of the only measured food among the soft goat's cheeses (chevre)");
  });

  it('leaves out foods whose value is only a bound, and gives up without any', () => {
    const bounded = measured('natto', 857, 775, 939, { bound: 'lower' });
    expect(derivedEstimate([bounded, measured('a', 5, 5, 5)], 'generic', 'foods')?.from).toEqual(['a']);
    expect(derivedEstimate([bounded], 'generic', 'foods')).toBeUndefined();
  });

  it('caps an estimate at half a limit of quantification, with 0…limit as range', () => {
    const base = derivedEstimate([measured('a', 49.4, 14.2, 311.8)], 'category', 'blue cheeses') as Estimate;
    expect(capAtBound(base, 20, 1, ['ciqual-2025'])).toMatchObject({
      central: 10,
      min: 0,
      max: 20,
      bound: 'upper',
      measurements: 2,
      sources: ['ciqual-2025', 'src-a'],
    });
    const low = { ...base, central: 7.6 };
    expect(capAtBound(low, 20, 1, []).central).toBe(7.6);
  });
});

describe('estimates in the compiled dataset, every category', () => {
  const dataset = compileDataset(readSources());
  const byId = new Map(dataset.foods.map((f) => [f.id, f]));

  it.each(CATEGORIES.map((c) => [c]))(
    '%s: every food has a value, and estimates come from the category',
    (category) => {
      const foods = dataset.foods.filter((f) => f.category === (category as Category));
      expect(foods.length).toBeGreaterThan(0);
      for (const food of foods) {
        for (const e of [food.k2, food.calcium]) {
          expect(e.min, food.id).toBeLessThanOrEqual(e.central);
          expect(e.max, food.id).toBeGreaterThanOrEqual(e.central);
          if (e.basis === 'category') {
            expect(e.confidence).toBe('category-estimate');
            expect(e.from?.length, food.id).toBeGreaterThan(0);
            for (const id of e.from ?? [])
              expect(byId.get(id)?.category, `${food.id} from ${id}`).toBe(category);
            expect(e.method).toContain(CATEGORY_LABELS[category as Category]);
          } else {
            expect(e.basis).toBe('measured');
            expect(['several-sources', 'one-source']).toContain(e.confidence);
          }
        }
      }
    },
  );

  it.each([
    // [food, central, min, max, confidence] — hand-checked against k2-measurements.csv
    ['gouda', 65, 47.3, 72.9, 'several-sources'],
    ['gruyere', 6.5, 0, 20, 'one-source'],
    // Hojo 2007's MK-9(4H) range (20–65): some forms only, so a lower bound; its midpoint 42.5.
    ['jarlsberg', 42.5, 20, 65, 'one-source'],
    // Both K2viewer natto rows cite Kamao 2007 (reference 7): one source.
    ['natto', 852.2, 763.3, 941, 'one-source'],
    ['fourme-d-ambert', 10, 0, 20, 'category-estimate'],
    ['cantal', 10, 0, 20, 'category-estimate'],
    ['crottin', 49.5, 49.5, 49.5, 'category-estimate'],
  ])('%s: K2 %s (%s–%s), %s', (id, central, min, max, confidence) => {
    expect(byId.get(id)?.k2).toMatchObject({ central, min, max, confidence });
  });

  it('an unmeasured washed-rind cheese is estimated from the measured washed-rind cheeses', () => {
    const taleggio = byId.get('taleggio')?.k2;
    expect(taleggio?.from).toEqual(['munster', 'vacherin-mont-d-or']);
    expect(taleggio).toMatchObject({ central: 51.3, min: 22.5, max: 80.1 });
  });

  it('generic cheese comes from ripened, pasta filata and brined cheeses only', () => {
    const cheese = byId.get('cheese');
    expect(cheese?.k2.confidence).toBe('generic-estimate');
    const cats = new Set(cheese?.k2.from?.map((id) => byId.get(id)?.category));
    expect(cats.has('fresh')).toBe(false);
    expect(cats.has('processed')).toBe(false);
    expect(cats.has('semi_hard')).toBe(true);
  });
});

describe('independent sources', () => {
  const row = (source: string, origins: string[], evidence: K2Row['evidence'] = 'study') =>
    k2({ kind: 'total', value: 1, source, origins, evidence });

  it('links rows that share an origin, also through a third row', () => {
    const a = row('k2viewer', ['dunlop-2022', 'jensen-2022'], 'compilation');
    const b = row('k2viewer', ['jensen-2022'], 'compilation');
    const c = row('nevo-2023', ['nevo-2023', 'schurgers-2000', 'vermeer-2018'], 'table');
    const d = row('vermeer-2018', ['vermeer-2018']);
    const e = row('ciqual-2025', ['ciqual'], 'table');
    const f = row('ciqual-2020', ['ciqual'], 'table');
    const groups = sourceGroups([a, b, c, d, e, f]);
    expect(groups.map((g) => g.length).sort()).toEqual([2, 2, 2]);
    expect(groups.find((g) => g.includes(c))).toContain(d);
    expect(groups.find((g) => g.includes(e))).toContain(f);
  });

  it.each<[string, K2Row[], { count: number; kind: string }]>([
    [
      'two editions of CIQUAL',
      [row('ciqual-2020', ['ciqual'], 'table'), row('ciqual-2025', ['ciqual'], 'table')],
      { count: 1, kind: 'table' },
    ],
    [
      'CIQUAL and NEVO',
      [row('ciqual-2025', ['ciqual'], 'table'), row('nevo-2023', ['nevo-2023'], 'table')],
      { count: 2, kind: 'table' },
    ],
    [
      'a compilation row reproducing one study',
      [row('k2viewer', ['kamao-2007'], 'compilation'), row('kamao-2007', ['kamao-2007'])],
      { count: 1, kind: 'study' },
    ],
    [
      'a table and a study',
      [row('ciqual-2025', ['ciqual'], 'table'), row('walther-2021-afs', ['walther-2021-afs'])],
      { count: 2, kind: 'mixed' },
    ],
  ])('%s', (_name, rows, expected) => expect(independenceOf(rows)).toEqual(expected));
});

describe('disagreement between sources', () => {
  const total = (value: number, source: string, origins: string[]) =>
    k2({ kind: 'total', value, source, origins, name: source });
  const below = (max: number) =>
    k2({ kind: 'below', max, source: 'ciqual-2025', origins: ['ciqual'], name: 'ciqual' });

  it('the highest value more than twice the lowest and 5 µg above it: parmesan, NEVO 76.5 against K2viewer 8.6', () => {
    const rows = [
      total(8.6, 'k2viewer', ['jensen-2022', 'palmer-2021']),
      total(76.5, 'nevo-2023', ['nevo-2023', 'vermeer-2018']),
    ];
    const d = disagreementOf(rows, rows);
    expect(d).toMatchObject({ rules: ['ratio'], low: 8.6, high: 76.5, lowIsLimit: false });
    expect(d?.values.map((v) => [v.source, v.value])).toEqual([
      ['k2viewer', 8.6],
      ['nevo-2023', 76.5],
    ]);
  });

  it('a limit of quantification under another source’s value: CIQUAL < 20 against 55.4 and 68.1', () => {
    const rows = [
      below(20),
      total(55.4, 'k2viewer', ['jensen-2022']),
      total(68.1, 'vermeer-2018', ['vermeer-2018']),
    ];
    const d = disagreementOf(rows, k2ValueRows(rows));
    expect(d).toMatchObject({ rules: ['below-limit'], low: 20, lowIsLimit: true, high: 68.1 });
    expect(d?.values.map((v) => v.below ?? v.value)).toEqual([20, 55.4, 68.1]);
  });

  it.each<[string, K2Row[]]>([
    ['trace values: 0.3 and 5.0 differ by less than 5 µg', [total(0.3, 'a', ['a']), total(5, 'b', ['b'])]],
    ['exactly twice: 10 and 20', [total(10, 'a', ['a']), total(20, 'b', ['b'])]],
    [
      'one source’s own products (NEVO quark 5.1 and 15.9)',
      [total(5.1, 'nevo-2023', ['nevo-2023']), total(15.9, 'nevo-2023', ['nevo-2023'])],
    ],
    ['a value under the limit (Gruyère: 6.5 and < 20)', [below(20), total(6.5, 'k2viewer', ['dunlop-2022'])]],
  ])('no disagreement: %s', (_name, rows) => expect(disagreementOf(rows, k2ValueRows(rows))).toBeUndefined());

  it('a food measured only by partial forms has no disagreement', () => {
    const e = k2FromRows([
      k2({ kind: 'partial', value: 939, source: 'a', origins: ['a'] }),
      k2({ kind: 'partial', value: 100, source: 'b', origins: ['b'] }),
    ]);
    expect(e?.bound).toBe('lower');
    expect(e?.disagreement).toBeUndefined();
  });
});

describe('forms and totals', () => {
  it.each<[string, Pick<K2Row, 'kind' | 'value' | 'mk'>, boolean]>([
    // k2-measurements.csv rows, as published
    [
      'Brie (K2viewer): 16.8 = 9.5+0.2+0.2+0.2+1.7+4.4+0.5',
      {
        kind: 'total',
        value: 16.8,
        mk: { mk4: 9.5, mk5: 0.2, mk6: 0.2, mk7: 0.2, mk8: 1.7, mk9: 4.4, mk10: 0.5 },
      },
      true,
    ],
    [
      'Miso (K2viewer): 6.9 against forms summing to 6.6, within the rounding of six forms',
      { kind: 'total', value: 6.9, mk: { mk4: 1.1, mk5: 0, mk6: 0.5, mk7: 3.1, mk8: 0, mk9: 1.9 } },
      true,
    ],
    [
      'Crème fraîche (K2viewer): 2.6 against MK-4 20.1 + MK-7 0.9',
      { kind: 'total', value: 2.6, mk: { mk4: 20.1, mk7: 0.9 } },
      false,
    ],
    [
      'Cheddar low fat (K2viewer): 2.6 against MK-4 5.5 + MK-7 0',
      { kind: 'total', value: 2.6, mk: { mk4: 5.5, mk7: 0 } },
      false,
    ],
    [
      'Chicken thighs (K2viewer): 23.6 against 24.3',
      { kind: 'total', value: 23.6, mk: { mk4: 23.6, mk5: 0, mk6: 0, mk7: 0.7, mk8: 0, mk9: 0 } },
      false,
    ],
    [
      'Dunlop 2022 cheddar: partial forms are the value',
      { kind: 'partial', value: 13.1, mk: { mk5: 1.1, mk8: 4, mk9: 8 } },
      true,
    ],
    ['a total without forms', { kind: 'total', value: 47.5, mk: {} }, false],
  ])('%s', (_name, row, expected) => expect(formsAddUp(row)).toBe(expected));
});

describe('what a number is', () => {
  it.each<[Partial<Estimate>, string]>([
    [{ basis: 'measured' }, 'measured'],
    [{ basis: 'measured', bound: 'lower' }, 'lower-bound'],
    [{ basis: 'category' }, 'estimated'],
    [{ basis: 'generic' }, 'estimated'],
    [{ basis: 'category', bound: 'upper' }, 'below-loq'],
  ])('%j is %s', (e, expected) => expect(valueBasis(e as Estimate)).toBe(expected));
});

describe('outliers against the category', () => {
  const one = (central: number): Estimate => ({
    central,
    min: central,
    max: central,
    basis: 'measured',
    confidence: 'one-source',
    independent: { count: 1, kind: 'study' },
    measurements: 1,
    sources: ['s'],
    method: 'one published value',
  });
  // Danablu 68.9, Stilton 49.4, Roquefort 38.1, Gorgonzola 14.8: median 43.75 → 43.8
  const blues = [
    measured('danablu', 68.9, 65.6, 72.1),
    measured('stilton', 49.4, 49.4, 49.4),
    measured('roquefort', 38.1, 38.1, 38.1),
    measured('gorgonzola', 14.8, 14.2, 15.3),
  ];

  it('a one-source value more than three times the median of the other measured foods', () => {
    expect(outlierOf(one(311.8), blues)).toEqual({
      categoryMedian: 43.8,
      from: ['danablu', 'gorgonzola', 'roquefort', 'stilton'],
      ratio: 7.12,
    });
  });

  it('a one-source value under a third of it', () => expect(outlierOf(one(14), blues)?.ratio).toBe(0.32));

  it.each<[string, Estimate, MeasuredFood[]]>([
    ['within a factor of three', one(120), blues],
    ['two independent sources', { ...one(311.8), independent: { count: 2, kind: 'mixed' } }, blues],
    ['fewer than three other measured foods', one(311.8), blues.slice(0, 2)],
    ['a lower bound', { ...one(311.8), bound: 'lower' }, blues],
  ])('no outlier: %s', (_name, e, others) => expect(outlierOf(e, others)).toBeUndefined());
});

describe('MK-7 of a food', () => {
  it('the median of the MK-7 values its rows report, a row reproducing another left out', () => {
    // natto: K2viewer 672.4 (refs 7; 1), black-bean natto 939 (= Kamao 2007's 939), Kamao 939, Tsukamoto 775
    const kamao = k2({ kind: 'partial', value: 939, mk: { mk7: 939 }, source: 'kamao-2007', name: 'Natto' });
    const rows = [
      k2({
        kind: 'total',
        value: 763.3,
        mk: { mk4: 1.3, mk6: 7.2, mk7: 672.4, mk8: 82.4 },
        source: 'k2viewer',
        name: 'Natto',
      }),
      k2({
        kind: 'total',
        value: 941,
        mk: { mk4: 2, mk7: 939 },
        source: 'k2viewer',
        name: 'Black bean natto',
        reproduces: { source: 'kamao-2007', name: 'Natto' },
      }),
      kamao,
      k2({
        kind: 'partial',
        value: 775,
        mk: { mk7: 775 },
        source: 'tsukamoto-2000',
        name: 'Natto, commercial',
      }),
    ];
    expect(mk7Of(rows)).toEqual({ per100g: 775, values: 3 });
    expect(mk7Of([k2({ kind: 'total', value: 5 })])).toBeUndefined();
  });
});
