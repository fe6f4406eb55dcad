/**
 * The shape of the per-language tables (titles-<lang>.test.ts): product titles
 * and ingredient lines with the foods a reader sees in them (unique food ids,
 * in text order), and look-alikes that must give no food; the tables of the
 * other scripts also give the net grams each title states.
 */
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match/index';
import { packageAmount } from '../../../src/nutrition/quantity';

export const foods = (text: string, lang?: string): string[] => [
  ...new Set(
    getMatcher()
      .find(text, { lang })
      .map((m) => m.foodId),
  ),
];

/** A title or line, the foods expected, and the page language when it is not the table's. */
export type Row = [text: string, expected: string[], lang?: string];

export function languageTables(name: string, lang: string, rows: Row[], lookalikes: Row[]): void {
  describe(`${name} (${lang}): titles and ingredient lines`, () => {
    it.each(rows)('%s → %j', (text, expected, l) => expect(foods(text, l ?? lang)).toEqual(expected));
  });
  describe(`${name} (${lang}): look-alikes`, () => {
    it.each(lookalikes)('%s → %j', (text, expected, l) => expect(foods(text, l ?? lang)).toEqual(expected));
  });
  it(`${name}: has at least 40 rows with a food and 8 look-alikes with none`, () => {
    expect(rows.filter(([, e]) => e.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(lookalikes.filter(([, e]) => e.length === 0).length).toBeGreaterThanOrEqual(8);
  });
}

/** A title or line, the foods expected, and the net mass in grams it states (null: none, a volume, several sizes). */
export type GramRow = [text: string, expected: string[], grams: number | null];

/**
 * The tables of a language with the grams its titles state: the foods of each title and line, the package
 * grams the quantity parser reads from those with a food (packageAmount), no food in the look-alikes, and at
 * least 40 titles and 8 look-alikes.
 */
export function gramTables(name: string, lang: string, titles: GramRow[], none: GramRow[]): void {
  describe(`${name} titles and ingredient lines`, () => {
    it.each(titles)('%s → %j', (text, expected) => expect(foods(text, lang)).toEqual(expected));
  });

  describe('package grams the titles state', () => {
    it.each(titles.filter(([, expected]) => expected.length > 0))('%s (%j): %s g', (text, _foods, grams) =>
      expect(packageAmount(text)?.grams ?? null).toBe(grams),
    );
  });

  describe(`${name} look-alikes`, () => {
    it.each(none)('%s → no food', (text) => expect(foods(text, lang)).toEqual([]));
  });

  it('has at least 40 titles and 8 look-alikes, each with a grams value', () => {
    expect(titles.length).toBeGreaterThanOrEqual(40);
    expect(none.length).toBeGreaterThanOrEqual(8);
    for (const [, , grams] of [...titles, ...none]) expect(grams === null || grams > 0).toBe(true);
  });
}
