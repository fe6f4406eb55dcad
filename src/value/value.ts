/**
 * K2 and calcium per unit of currency, and rankings of products by K2, by K2
 * per price and by calcium (DOM-free).
 *
 * Values use the central estimate per 100 g; they are not rounded here.
 */
import type { Price } from './price';

export interface ValueInput {
  /** Central K2 estimate, µg per 100 g. */
  k2PerHundredGrams: number | undefined;
  /** Central calcium estimate, mg per 100 g. */
  calciumPerHundredGrams: number | undefined;
  /** Grams in the package the price buys (read from the title). */
  packageGrams: number | undefined;
  price: Price | undefined;
}

export interface Value {
  /** µg of K2 per 1 unit of `currency` (per £1, per 1 €, per ¥1). */
  k2PerCurrency: number;
  /** mg of calcium per 1 unit of `currency`. */
  calciumPerCurrency: number;
  currency: string;
}

const GRAMS_PER: Partial<Record<NonNullable<Price['per']>['unit'], number>> = {
  g: 1,
  '100g': 100,
  kg: 1000,
  lb: 453.592,
  oz: 28.3495,
};

const finite = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);

/**
 * µg of K2 and mg of calcium per 1 unit of the price's currency:
 * nutrient per 100 g × grams / 100 / price. The grams are the package's for a
 * package price (or a price per piece: 1 each); a unit price per mass ("£1.07/100g",
 * "$5.49/lb") buys its own mass, so it needs no package grams. Undefined when
 * the grams or the price are missing, the price is 0 or less, the price is per
 * volume or per several pieces, or a nutrient value is missing or negative.
 */
export function valueForMoney(input: ValueInput): Value | undefined {
  const { k2PerHundredGrams: k2, calciumPerHundredGrams: ca, packageGrams, price } = input;
  if (!price || !finite(price.amount) || price.amount <= 0) return undefined;
  if (!finite(k2) || !finite(ca) || k2 < 0 || ca < 0) return undefined;
  let grams: number | undefined;
  const per = price.per;
  if (!per || (per.unit === 'each' && per.quantity === 1)) grams = packageGrams;
  else {
    const g = GRAMS_PER[per.unit];
    grams = g === undefined ? undefined : g * per.quantity;
  }
  if (!finite(grams) || grams <= 0) return undefined;
  const f = grams / 100 / price.amount;
  return { k2PerCurrency: k2 * f, calciumPerCurrency: ca * f, currency: price.currency };
}

/** `valueForMoney` under its short name; import `valueForMoney`: the linter flags "valueOf" as a shadowed built-in name. */
export { valueForMoney as valueOf };

/**
 * The items from the highest `key` to the lowest; equal keys keep their
 * order, and items whose key is undefined or not a number come last, in their
 * order.
 */
export function rankBy<T>(items: readonly T[], key: (item: T) => number | undefined): T[] {
  const keyed = items.map((item, i) => ({ item, i, k: key(item) }));
  const has = (k: number | undefined): k is number => finite(k);
  return keyed
    .sort((a, b) => {
      const ha = has(a.k);
      const hb = has(b.k);
      if (ha && hb) return (b.k as number) - (a.k as number) || a.i - b.i;
      if (ha !== hb) return ha ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.item);
}

/** What a ranking reads of an item (a product tile or a shopping-list line). */
export interface RankItem {
  /** µg of K2 in the item (its package or amount). */
  k2?: number | undefined;
  /** mg of calcium in the item. */
  calcium?: number | undefined;
  value?: Value | undefined;
}

export type RankKey = 'k2' | 'k2PerPrice' | 'calcium';

/**
 * Items ranked by K2, by K2 per price or by calcium (see `rankBy`). K2 per
 * price compares items of one currency only: the currency most items are
 * priced in (on a tie, the first one's); items priced in another currency go
 * last with the unpriced ones.
 */
export function rankItems<T extends RankItem>(items: readonly T[], by: RankKey): T[] {
  if (by === 'k2') return rankBy(items, (x) => x.k2);
  if (by === 'calcium') return rankBy(items, (x) => x.calcium);
  const counts = new Map<string, number>();
  for (const x of items) if (x.value) counts.set(x.value.currency, (counts.get(x.value.currency) ?? 0) + 1);
  let currency: string | undefined;
  for (const [c, n] of counts)
    if (currency === undefined || n > (counts.get(currency) as number)) currency = c;
  return rankBy(items, (x) => (x.value?.currency === currency ? x.value?.k2PerCurrency : undefined));
}
