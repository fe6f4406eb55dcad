/**
 * The shape of the per-language tables (titles-<lang>.test.ts): product titles
 * and ingredient lines with the foods a reader sees in them (unique food ids,
 * in text order), and look-alikes that must give no food.
 */
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match/index';

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
