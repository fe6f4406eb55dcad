/**
 * The real store pages' titles (tests/pages/real, labelled by hand) through the matcher and the package
 * reader: the figures issue-level acceptance asks for, per language with at least 20 food titles, and the
 * package grams over the whole set.
 */
import { describe, expect, it } from 'vitest';
import { devsetLabels, evaluateTitles } from '../../tools/devset-eval';

describe('the dev set of real store titles', () => {
  const { languages, misses } = evaluateTitles();

  it('holds the labelled pages', () => {
    expect(devsetLabels().length).toBeGreaterThanOrEqual(30);
    expect(languages.reduce((n, l) => n + l.titles, 0)).toBeGreaterThan(1500);
  });

  it.each(languages.filter((l) => l.foodTitles >= 20).map((l) => [l.language, l] as const))(
    '%s: title precision ≥ 0.98, recall ≥ 0.95, food accuracy ≥ 0.95',
    (_, l) => {
      expect(l.precision, JSON.stringify(misses)).toBeGreaterThanOrEqual(0.98);
      expect(l.recall).toBeGreaterThanOrEqual(0.95);
      expect(l.accuracy).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('reads the package grams of at least 95 % of the titles that state a mass', () => {
    const stated = languages.reduce((n, l) => n + l.grams.stated, 0);
    const right = languages.reduce((n, l) => n + l.grams.right, 0);
    expect(stated).toBeGreaterThan(100);
    expect(right / stated).toBeGreaterThanOrEqual(0.95);
  });
});
