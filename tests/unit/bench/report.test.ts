import { describe, expect, it } from 'vitest';
import { budgets, checkBudget, median, num, percentile, ratio, table } from '../../bench/report';

describe('median and percentile', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])('median of %j is %s', (values, expected) => expect(median(values)).toBe(expected));

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
    expect(percentile([], 95)).toBeNaN();
  });

  it.each([
    [50, 5],
    [90, 9],
    [95, 10],
    [100, 10],
    [1, 1],
  ])('p%s of 1…10 is %s', (p, expected) =>
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p)).toBe(expected),
  );
});

describe('budgets', () => {
  it.each([
    ['<', 49.9, 50, true],
    ['<', 50, 50, false],
    ['<=', 2, 2, true],
    ['<=', 2.01, 2, false],
    ['>=', 1000, 1000, true],
    ['>=', 999, 1000, false],
  ] as const)('%s: %s against %s → %s', (op, value, limit, met) => {
    expect(checkBudget({ id: 'x', label: 'x', value, op, limit, unit: 'ms' }).met).toBe(met);
  });

  it('counts a figure that could not be measured as not met', () => {
    expect(checkBudget({ id: 'x', label: 'x', value: undefined, op: '<', limit: 5, unit: 'ms' }).met).toBe(
      false,
    );
    expect(checkBudget({ id: 'x', label: 'x', value: Number.NaN, op: '<', limit: 5, unit: 'ms' }).met).toBe(
      false,
    );
  });

  it('reads each budget from its figure', () => {
    const all = budgets({
      scanWalk20k: 2.9,
      recipeScanWalkMedian: 5.1,
      allBadgesAfterLoadMs: 1900,
      markjsScan2k: ratio(30_000, 25, true),
      longestExtensionTaskMs: 51,
      appendMs: 4,
      searchWorstKeystrokeMs: 5,
      popupFirstPaintMs: 99,
      seedMs: 120,
      matcherSetUpMs: 10.5,
    });
    const met = Object.fromEntries(all.map((b) => [b.id, b.met]));
    expect(met).toEqual({
      'scan/walk': true,
      'recipe scan/walk': false,
      'markjs/scan': true,
      'longest task': false,
      append: true,
      'all badges': true,
      search: false,
      'popup paint': true,
      seed: true,
      'matcher set-up': false,
    });
    const markjs = all.find((b) => b.id === 'markjs/scan');
    expect(markjs?.value).toBe(1200);
    expect(markjs?.lowerBound).toBe(true);
  });

  it('does not take a timed-out mark.js below the budget as met', () => {
    const markjs = budgets({ markjsScan2k: ratio(5_000, 25, true) }).find((b) => b.id === 'markjs/scan');
    expect(markjs?.value).toBe(200);
    expect(markjs?.met).toBe(false);
  });
});

describe('ratio', () => {
  it('divides and keeps the lower-bound flag', () => {
    expect(ratio(10, 4)).toEqual({ value: 2.5, lowerBound: false });
    expect(ratio(10, 4, true).lowerBound).toBe(true);
    expect(ratio(1, 0).value).toBeNaN();
  });
});

describe('num', () => {
  it.each([
    [0, '0'],
    [0.000123, '0.000123'],
    [2.34567, '2.35'],
    [45.67, '45.7'],
    [1234.5, '1,235'],
    [undefined, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%s → %s', (value, text) => expect(num(value)).toBe(text));
});

describe('table', () => {
  it('aligns columns, the first left and the others right, under a rule', () => {
    expect(
      table([
        ['page', 'ms'],
        ['a', '1.5'],
        ['longer', '10'],
      ]),
    ).toBe(['page     ms', '──────  ───', 'a       1.5', 'longer   10'].join('\n'));
  });
});
