import { describe, expect, it } from 'vitest';
import { classOfFood, classOfSlug, isSpecificCheeseClass } from '../../tools/corpus-map';
import { emptyScore, precision, recall, scoreLine } from '../../tools/score';

const line = (labels: [string, string][], predicted: string[], text = 'x') => {
  const score = emptyScore();
  const errors = scoreLine(
    {
      file: 'f',
      lang: 'en',
      line: 0,
      text,
      labels: labels.map(([t, food]) => ({ line: 0, text: t, food })),
      predicted: predicted.map((foodId) => ({ foodId })),
    },
    score,
  );
  return { score, errors };
};

describe('corpus slug table', () => {
  it.each([
    ['parmigiano-reggiano', 'parmesan'],
    ['grana-padano', 'parmesan'],
    ['emmental', 'emmental'],
    ['leerdammer', 'maasdam'],
    ['ghee', 'butter'],
    ['greek-yogurt', 'yogurt'],
    ['fontina', 'other_cheese'],
    ['paneer', 'other_cheese'],
    ['cheese', 'generic_cheese'],
    ['egg-yolk', undefined],
  ])('food %s scores as %s', (food, cls) => expect(classOfFood(food)).toBe(cls));
  it('scores "swiss" as the Emmental class', () => expect(classOfSlug('swiss')).toBe('emmental'));
  it('knows which classes are specific cheeses', () => {
    expect(isSpecificCheeseClass('cheddar')).toBe(true);
    expect(isSpecificCheeseClass('other_cheese')).toBe(true);
    expect(isSpecificCheeseClass('generic_cheese')).toBe(false);
    expect(isSpecificCheeseClass('butter')).toBe(false);
  });
});

describe('line scoring', () => {
  it('counts (line, food) pairs, butter on its own', () => {
    const { score } = line(
      [
        ['butter', 'butter'],
        ['feta', 'feta'],
      ],
      ['butter', 'cheddar'],
    );
    expect(score.core).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.butter).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.all).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it('does not count generic cheese against a line that names a specific cheese', () => {
    expect(line([['cheddar cheese', 'cheddar']], ['cheddar', 'cheese']).score.all).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    expect(
      line(
        [
          ['cheese', 'generic_cheese'],
          ['feta', 'feta'],
        ],
        ['feta'],
      ).score.all,
    ).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(line([['cheese', 'generic_cheese']], []).score.all).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('treats none labels as an empty set and skips ignore lines', () => {
    expect(line([['peanut butter', 'none']], ['butter']).score.all).toEqual({ tp: 0, fp: 1, fn: 0 });
    const ignored = line([['cheese tortellini', 'ignore']], ['cheese']);
    expect(ignored.score.all).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(ignored.score.skipped).toBe(1);
  });
  it('measures food accuracy on overlapping mentions', () => {
    const score = emptyScore();
    scoreLine(
      {
        file: 'f',
        lang: 'en',
        line: 0,
        text: '1 cup Swiss cheese and 1 cup feta',
        labels: [
          { line: 0, text: 'Swiss cheese', food: 'swiss' },
          { line: 0, text: 'feta', food: 'feta' },
        ],
        predicted: [
          { foodId: 'emmental', start: 6, end: 18 },
          { foodId: 'halloumi', start: 29, end: 33 },
        ],
      },
      score,
    );
    expect(score.accuracy).toEqual({ correct: 1, wrong: 1 });
    expect(precision(score.all)).toBe(0.5);
    expect(recall(score.all)).toBe(0.5);
  });
});
