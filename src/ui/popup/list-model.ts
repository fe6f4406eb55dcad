/**
 * The numbers of the shopping list (DOM-free): each item's K2 and calcium for
 * its grams from the food's central values per 100 g, their share of the
 * user's daily targets, and the totals. An item counts as `parseList`'s totals
 * count it (src/value/list.ts): with a food, grams and the food's values;
 * the others are listed as not recognised (no food) or without an amount.
 */
import type { Food } from '../../data/types';
import type { ShoppingListEntry } from '../../messages';
import type { DailyTargets } from '../../nutrition/targets';

export interface ItemValues {
  entry: ShoppingListEntry;
  food?: Food;
  /** µg of K2 and mg of calcium in the item's grams (counted items only). */
  k2_ug?: number;
  calcium_mg?: number;
  /** The food's K2 is only a lower bound of what was measured ("≥"). */
  k2Lower?: true;
  /** Percent of the daily targets (counted items, positive targets only). */
  k2Share?: number;
  calciumShare?: number;
}

export interface ListNumbers {
  items: ItemValues[];
  /** The sums over the counted items. */
  k2_ug: number;
  calcium_mg: number;
  /** A counted item's K2 is a lower bound, so the total is one too. */
  k2Lower: boolean;
  k2Share?: number;
  calciumShare?: number;
  counted: ItemValues[];
  /** Items naming no food of the dataset. */
  unrecognised: ItemValues[];
  /** Items with a food but no grams (or no values for the food). */
  withoutAmount: ItemValues[];
}

function share(value: number, target: number): number | undefined {
  return target > 0 && Number.isFinite(target) ? (value / target) * 100 : undefined;
}

export function listNumbers(
  entries: readonly ShoppingListEntry[],
  foods: Readonly<Record<string, Food>>,
  targets: DailyTargets,
): ListNumbers {
  const out: ListNumbers = {
    items: [],
    k2_ug: 0,
    calcium_mg: 0,
    k2Lower: false,
    counted: [],
    unrecognised: [],
    withoutAmount: [],
  };
  for (const entry of entries) {
    const food = entry.foodId !== undefined ? foods[entry.foodId] : undefined;
    const item: ItemValues = { entry, ...(food ? { food } : {}) };
    out.items.push(item);
    if (entry.foodId === undefined) {
      out.unrecognised.push(item);
      continue;
    }
    if (!food || entry.grams === undefined) {
      out.withoutAmount.push(item);
      continue;
    }
    item.k2_ug = (food.k2.central * entry.grams) / 100;
    item.calcium_mg = (food.calcium.central * entry.grams) / 100;
    if (food.k2.bound === 'lower') item.k2Lower = true;
    const k2Share = share(item.k2_ug, targets.k2);
    const calciumShare = share(item.calcium_mg, targets.calcium);
    if (k2Share !== undefined) item.k2Share = k2Share;
    if (calciumShare !== undefined) item.calciumShare = calciumShare;
    out.k2_ug += item.k2_ug;
    out.calcium_mg += item.calcium_mg;
    out.k2Lower ||= food.k2.bound === 'lower';
    out.counted.push(item);
  }
  const k2Share = share(out.k2_ug, targets.k2);
  const calciumShare = share(out.calcium_mg, targets.calcium);
  if (k2Share !== undefined) out.k2Share = k2Share;
  if (calciumShare !== undefined) out.calciumShare = calciumShare;
  return out;
}
