import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { UI_LANGUAGES } from '../../../src/i18n/core';
import { i18nFor } from '../../../src/i18n/tables';
import {
  displayNumber,
  formatAmount,
  formatGrams,
  formatNumber,
  formatPercent,
  formatRange,
} from '../../../src/nutrition/format';
import type { Amount } from '../../../src/nutrition/portion';
import {
  DEFAULT_TARGETS,
  formatPercentRange,
  intakeOf,
  percentOfTarget,
  shareOfTargets,
  TARGET_CHOICES,
  TARGET_EXPLANATIONS,
} from '../../../src/nutrition/targets';
import { explanationText } from '../../../src/ui/text';

const dataset = compileDataset(readSources());

describe('display rounding', () => {
  it.each([
    [0, 0],
    [-3, 0],
    [Number.NaN, 0],
    [0.04, 0.04],
    [0.34, 0.3],
    [0.96, 1],
    [1, 1],
    [3.44, 3.4],
    [3.46, 3.5],
    [17.13, 17],
    [99.6, 100],
    [234, 230],
    [658.75, 660],
    [1082, 1100],
    [12345, 12000],
  ])('%s → %s', (value, shown) => expect(displayNumber(value)).toBe(shown));

  it.each([
    [0, 'en', '0'],
    [0.05, 'en', '<0.1'],
    [0.34, 'en', '0.3'],
    [3.44, 'en', '3.4'],
    [3.44, 'de', '3,4'],
    [1082, 'en', '1,100'],
    [1082, 'de', '1.100'],
    [658.75, 'fr', '660'],
  ])('formatNumber(%s, %s) = %s', (value, locale, text) => expect(formatNumber(value, locale)).toBe(text));

  it.each([
    [14.19, 19.68, 'µg', '14–20 µg'],
    [0, 20, 'µg', '0–20 µg'],
    [17.1, 17.4, 'µg', undefined],
    [0.3, 0.34, 'µg', undefined],
    [324.6, 324.6, 'mg', undefined],
    [660, 1234, 'mg', '660–1,200 mg'],
  ])('formatRange(%s, %s, %s) = %s', (min, max, unit, text) =>
    expect(formatRange(min, max, unit)).toBe(text),
  );

  const amount = (central: number, min: number, max: number, extra: Partial<Amount> = {}): Amount => ({
    central,
    min,
    max,
    unit: 'µg',
    ...extra,
  });

  it.each<[Amount, string, string | undefined, string]>([
    [amount(17.13, 14.19, 19.68), '17 µg', '14–20 µg', '17 µg (14–20 µg)'],
    [amount(2.58, 2.58, 2.58), '2.6 µg', undefined, '2.6 µg'],
    [amount(3, 0, 6, { bound: 'upper' }), '3 µg', '0–6 µg', '3 µg (0–6 µg)'],
    [amount(857, 775, 939, { bound: 'lower' }), '≥ 860 µg', '780–940 µg', '≥ 860 µg (780–940 µg)'],
    [amount(221.1, 221.1, 221.1, { unit: 'mg' }), '220 mg', undefined, '220 mg'],
  ])('formatAmount(%j)', (a, value, range, text) => {
    const f = formatAmount(a);
    expect(f.value).toBe(value);
    expect(f.range).toBe(range);
    expect(f.text).toBe(text);
  });

  it.each([
    [0, '0%'],
    [0.4, '<1%'],
    [1.4, '1%'],
    [7.49, '7%'],
    [45.5, '46%'],
    [99.4, '99%'],
    [123, '120%'],
    [1234, '1,200%'],
  ])('formatPercent(%s) = %s', (p, text) => expect(formatPercent(p)).toBe(text));

  it.each([
    [45.5, 'de', '46\u00a0%'],
    [45.5, 'fr', '46\u00a0%'],
    [45.5, 'nl', '46%'],
    [0.4, 'de', '<1\u00a0%'],
    [1234, 'de', '1.200\u00a0%'],
    [1234, 'fr', '1\u202f200\u00a0%'],
  ])('formatPercent(%s, %s) = %j', (p, locale, text) => expect(formatPercent(p, locale)).toBe(text));

  it.each([
    [5.67, 'en', '5.7 g'],
    [5.67, 'de', '5,7 g'],
    [226.8, 'en', '227 g'],
    [1250, 'en', '1,250 g'],
    [1250, 'de', '1.250 g'],
  ])('formatGrams(%s, %s) = %s', (g, locale, text) => expect(formatGrams(g, locale)).toBe(text));
});

describe('daily targets', () => {
  it('each target choice is a row of intakes.csv', () => {
    for (const t of TARGET_CHOICES) {
      const row = intakeOf(t, dataset.intakes);
      expect(row, t.id).toBeDefined();
      expect(row?.unit.startsWith(t.unit), t.id).toBe(true);
    }
  });

  it('defaults: IOM vitamin K for women and EFSA calcium PRI for adults 25+', () => {
    expect(DEFAULT_TARGETS).toEqual({ k2: 90, calcium: 950 });
  });

  it.each(UI_LANGUAGES)(
    'the explanations (%s) cite known sources and only values of those sources’ rows',
    (lang) => {
      const i18n = i18nFor(lang);
      const sourceIds = new Set(dataset.sources.map((s) => s.id));
      for (const [nutrient, e] of Object.entries(TARGET_EXPLANATIONS)) {
        for (const s of e.sources) expect(sourceIds.has(s), `${nutrient}: ${s}`).toBe(true);
        const allowed = new Set(
          dataset.intakes.filter((i) => e.sources.includes(i.source)).map((i) => String(i.value)),
        );
        // Numbers before a unit, read with any grouping ("1,000", "1.000", "1 000").
        const numbers = (explanationText(e, i18n).match(/\d[\d.,\u00a0\u202f ]*(?= ?(?:µg|mg))/g) ?? []).map(
          (n) => n.replace(/[^\d]/g, ''),
        );
        expect(numbers.length, nutrient).toBeGreaterThan(0);
        for (const n of numbers) expect(allowed.has(n), `${nutrient}: ${n}`).toBe(true);
      }
    },
  );

  it('the English explanation says that K2 has no official daily value', () => {
    expect(explanationText(TARGET_EXPLANATIONS.k2, i18nFor('en'))).toContain('no official daily value');
  });

  it.each([
    [{ central: 17.13, min: 14.19, max: 19.68, unit: 'µg' as const }, 90, 19.03, 15.77, 21.87],
    [{ central: 221.1, min: 221.1, max: 221.1, unit: 'mg' as const }, 950, 23.27, 23.27, 23.27],
    [{ central: 658.75, min: 648.8, max: 798.2, unit: 'µg' as const }, 120, 548.96, 540.67, 665.17],
  ])('percent of target: %j of %s', (amount, target, central, min, max) => {
    const p = percentOfTarget(amount, target);
    expect(p?.central).toBeCloseTo(central, 2);
    expect(p?.min).toBeCloseTo(min, 2);
    expect(p?.max).toBeCloseTo(max, 2);
  });

  it.each([[0], [-90], [undefined], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'no percentage for target %s',
    (t) => expect(percentOfTarget({ central: 1, min: 1, max: 1, unit: 'µg' }, t)).toBeUndefined(),
  );

  it.each([
    [{ central: 19.03, min: 15.77, max: 21.87 }, '19% (16–22%)'],
    [{ central: 23.27, min: 23.27, max: 23.27 }, '23%'],
    [{ central: 548.96, min: 540.67, max: 665.17 }, '550% (540–670%)'],
  ])('formatPercentRange(%j) = %s', (p, text) => expect(formatPercentRange(p).text).toBe(text));

  it('formatPercentRange in German keeps one percent sign, after the range', () => {
    expect(formatPercentRange({ central: 19.03, min: 15.77, max: 21.87 }, 'de').text).toBe(
      '19\u00a0% (16–22\u00a0%)',
    );
  });

  it('shares of both targets for a portion, with the defaults or the user’s', () => {
    const portion = {
      k2: { central: 18, min: 9, max: 27, unit: 'µg' as const },
      calcium: { central: 190, min: 190, max: 190, unit: 'mg' as const },
    };
    expect(shareOfTargets(portion)).toEqual({
      k2: { central: 20, min: 10, max: 30 },
      calcium: { central: 20, min: 20, max: 20 },
    });
    expect(shareOfTargets(portion, { k2: 180, calcium: 0 })).toEqual({
      k2: { central: 10, min: 5, max: 15 },
    });
  });
});
