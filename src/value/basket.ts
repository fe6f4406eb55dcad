/**
 * What a basket adds up to (DOM-free): each line's grams (its package's grams
 * × its quantity) and the K2 and calcium of those grams from the food's
 * per-100 g values (central, and the range's ends), the totals, and the lines
 * no food was recognised in.
 */

export interface BasketLine {
  /** The line's title as the page shows it. */
  text: string;
  foodId?: string;
  quantity: number;
  /** Grams of one package, when the title states them. */
  packageGrams?: number;
}

export interface PerHundredGrams {
  k2: { central: number; min: number; max: number };
  calcium: { central: number; min: number; max: number };
}

export interface Range {
  central: number;
  min: number;
  max: number;
}

export interface BasketItem extends BasketLine {
  /** quantity × package grams. */
  grams?: number;
  k2?: Range;
  calcium?: Range;
}

export interface Basket {
  items: BasketItem[];
  totals: { k2: Range; calcium: Range; grams: number };
  /** Lines with no food recognised. */
  unmatched: string[];
  /** Lines with a food but no grams (their package states none): not in the totals. */
  uncounted: string[];
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
const scale = (r: { central: number; min: number; max: number }, grams: number): Range => ({
  central: round((r.central * grams) / 100),
  min: round((r.min * grams) / 100),
  max: round((r.max * grams) / 100),
});

/** Sums a basket's lines with each food's per-100 g values (`valuesOf` undefined: the food is unknown). */
export function basketTotals(
  lines: readonly BasketLine[],
  valuesOf: (foodId: string) => PerHundredGrams | undefined,
): Basket {
  const items: BasketItem[] = [];
  const unmatched: string[] = [];
  const uncounted: string[] = [];
  const zero = (): Range => ({ central: 0, min: 0, max: 0 });
  const totals = { k2: zero(), calcium: zero(), grams: 0 };
  for (const line of lines) {
    const values = line.foodId ? valuesOf(line.foodId) : undefined;
    if (!line.foodId || !values) {
      unmatched.push(line.text);
      continue;
    }
    if (line.packageGrams === undefined || !(line.quantity > 0)) {
      uncounted.push(line.text);
      items.push({ ...line });
      continue;
    }
    const grams = round(line.packageGrams * line.quantity, 1);
    const k2 = scale(values.k2, grams);
    const calcium = scale(values.calcium, grams);
    items.push({ ...line, grams, k2, calcium });
    for (const [sum, add] of [
      [totals.k2, k2],
      [totals.calcium, calcium],
    ] as const) {
      sum.central = round(sum.central + add.central);
      sum.min = round(sum.min + add.min);
      sum.max = round(sum.max + add.max);
    }
    totals.grams = round(totals.grams + grams, 1);
  }
  return { items, totals, unmatched, uncounted };
}
