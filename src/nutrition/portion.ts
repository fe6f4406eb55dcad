/**
 * K2 and calcium per portion (DOM-free): the one family of functions the badge
 * tooltip, the recipe card, the popup and `npm run scan` call.
 *
 * Every amount is the food's estimate per 100 g (see estimate.ts) scaled by
 * grams / 100 — central value, minimum and maximum alike — so a range stays a
 * range at every portion size. Portions:
 * - per 100 g;
 * - per serving: the food's serving from serving-sizes.csv (absent when no
 *   serving row covers the food);
 * - per package, or any amount: grams read from a product title or an
 *   ingredient line by the caller;
 * - per recipe serving: the sum over the recipe's mentions that have grams,
 *   divided by the number of servings the yield gives. A yield range divides
 *   the other way round at each end (the smallest amount per serving comes
 *   from the lowest total shared by the most servings). Mentions without grams
 *   are listed and left out of the sums, so the sums are then incomplete.
 * Values are not rounded here; format.ts rounds for display.
 */
import type { Estimate, Food, ValueBasis } from '../data/types';
import { valueBasis } from './estimate';
import { parseYield, type YieldRange } from './yield';

export type NutrientId = 'k2' | 'calcium';
export const NUTRIENT_UNITS = { k2: 'µg', calcium: 'mg' } as const;
export type NutrientUnit = (typeof NUTRIENT_UNITS)[NutrientId];

/** An amount of one nutrient in a portion. */
export interface Amount {
  central: number;
  min: number;
  max: number;
  unit: NutrientUnit;
  /** Copied from the estimate: the central value is only a bound of what was measured. */
  bound?: 'upper' | 'lower';
  /**
   * What the number is (estimate.ts, `valueBasis`); for a recipe sum, the basis
   * of its parts: the same when they agree; a lower bound when some parts are
   * lower bounds and the others measured; estimated otherwise.
   */
  basis?: ValueBasis;
}

export type PortionKind = 'per-100g' | 'serving' | 'package' | 'amount';

/** K2 and calcium in a portion of one food. */
export interface PortionValues {
  kind: PortionKind;
  /** Grams of food in the portion. */
  grams: number;
  /** Short description: "100 g", "1 piece (30 g)", "200 g". */
  label: string;
  k2: Amount;
  calcium: Amount;
}

/** Everything the UI shows for one food mention. */
export interface FoodPortions {
  foodId: string;
  per100g: PortionValues;
  /** One serving, when the dataset has one for the food. */
  serving?: PortionValues;
  /** The grams the caller read (a package from a title, an amount from an ingredient line). */
  amount?: PortionValues;
}

/** Scales a per-100 g estimate to `grams` of food. */
export function scaleEstimate(estimate: Estimate, grams: number, unit: NutrientUnit): Amount {
  const f = grams / 100;
  return {
    central: estimate.central * f,
    min: estimate.min * f,
    max: estimate.max * f,
    unit,
    ...(estimate.bound ? { bound: estimate.bound } : {}),
    basis: valueBasis(estimate),
  };
}

function validGrams(grams: number | undefined): grams is number {
  return grams !== undefined && Number.isFinite(grams) && grams > 0;
}

function gramsLabel(grams: number): string {
  const g = grams >= 10 ? Math.round(grams) : Math.round(grams * 10) / 10;
  return `${g} g`;
}

/** K2 and calcium in `grams` of a food. */
export function portionOf(
  food: Food,
  grams: number,
  kind: PortionKind = 'amount',
  label?: string,
): PortionValues {
  return {
    kind,
    grams,
    label: label ?? gramsLabel(grams),
    k2: scaleEstimate(food.k2, grams, NUTRIENT_UNITS.k2),
    calcium: scaleEstimate(food.calcium, grams, NUTRIENT_UNITS.calcium),
  };
}

export function per100g(food: Food): PortionValues {
  return portionOf(food, 100, 'per-100g', '100 g');
}

/** One serving of the food (serving-sizes.csv), or undefined when it has none. */
export function perServing(food: Food): PortionValues | undefined {
  return food.serving ? portionOf(food, food.serving.grams, 'serving', food.serving.label) : undefined;
}

/** A package of `grams` (from the product title); undefined for a missing or invalid weight. */
export function perPackage(food: Food, grams: number | undefined): PortionValues | undefined {
  return validGrams(grams) ? portionOf(food, grams, 'package') : undefined;
}

/**
 * The portions of one food mention: per 100 g, per serving when known, and for
 * the grams the caller read (`kind` says whether they are a package or an
 * ingredient amount).
 */
export function foodPortions(
  food: Food,
  grams?: number,
  kind: 'package' | 'amount' = 'amount',
): FoodPortions {
  const serving = perServing(food);
  return {
    foodId: food.id,
    per100g: per100g(food),
    ...(serving ? { serving } : {}),
    ...(validGrams(grams) ? { amount: portionOf(food, grams, kind) } : {}),
  };
}

// ---------------------------------------------------------------------------
// Recipes

export interface RecipeMention {
  food: Food;
  /** Grams of the food in the recipe (from the ingredient line); undefined when unknown. */
  grams?: number;
}

export interface RecipeTotals {
  grams: number;
  k2: Amount;
  calcium: Amount;
}

export interface RecipeSummary {
  /** Sum over the mentions that have grams. */
  total: RecipeTotals;
  /** Servings the yield gives; undefined when it gives none. */
  servings?: YieldRange;
  /** Total divided by the servings; undefined without servings. */
  perServing?: RecipeTotals;
  /** Each mention with its portion (undefined when its grams are unknown). */
  items: { foodId: string; grams?: number; portion?: PortionValues }[];
  /** Food ids of mentions without grams: left out of the sums. */
  unquantified: string[];
  /** True when some mention had no grams, so the sums leave something out. */
  incomplete: boolean;
}

/** The basis of a sum of amounts (see `Amount.basis`). */
export function sumBasis(amounts: readonly Amount[]): ValueBasis | undefined {
  const kinds = new Set(amounts.map((a) => a.basis ?? 'measured'));
  if (kinds.size === 0) return undefined;
  if (kinds.size === 1) return [...kinds][0];
  if (kinds.size === 2 && kinds.has('measured') && kinds.has('lower-bound')) return 'lower-bound';
  return 'estimated';
}

function sumAmounts(amounts: readonly Amount[], unit: NutrientUnit): Amount {
  const total: Amount = { central: 0, min: 0, max: 0, unit };
  for (const a of amounts) {
    total.central += a.central;
    total.min += a.min;
    total.max += a.max;
  }
  const basis = sumBasis(amounts);
  if (basis) total.basis = basis;
  // A sum is a lower bound when some parts are and the others are measured; below a limit only when every part is.
  if (basis === 'lower-bound') total.bound = 'lower';
  if (basis === 'below-loq') total.bound = 'upper';
  return total;
}

function divideAmount(a: Amount, servings: YieldRange): Amount {
  return {
    central: a.central / servings.central,
    min: a.min / servings.max,
    max: a.max / servings.min,
    unit: a.unit,
    ...(a.bound ? { bound: a.bound } : {}),
    ...(a.basis ? { basis: a.basis } : {}),
  };
}

/**
 * Totals and per-serving amounts of a recipe's mentions. `recipeYield` is the
 * schema.org value or a visible yield line (see yield.ts), or an already
 * parsed range.
 */
export function recipeSummary(
  mentions: readonly RecipeMention[],
  recipeYield?: string | number | readonly (string | number)[] | YieldRange,
): RecipeSummary {
  const items = mentions.map((m) =>
    validGrams(m.grams)
      ? { foodId: m.food.id, grams: m.grams, portion: portionOf(m.food, m.grams) }
      : { foodId: m.food.id },
  );
  const portions = items.flatMap((i) => (i.portion ? [i.portion] : []));
  const total: RecipeTotals = {
    grams: portions.reduce((n, p) => n + p.grams, 0),
    k2: sumAmounts(
      portions.map((p) => p.k2),
      NUTRIENT_UNITS.k2,
    ),
    calcium: sumAmounts(
      portions.map((p) => p.calcium),
      NUTRIENT_UNITS.calcium,
    ),
  };
  const servings =
    typeof recipeYield === 'object' && recipeYield !== null && !Array.isArray(recipeYield)
      ? (recipeYield as YieldRange)
      : parseYield(recipeYield as string | number | readonly (string | number)[] | undefined);
  const unquantified = items.filter((i) => !i.portion).map((i) => i.foodId);
  return {
    total,
    ...(servings ? { servings } : {}),
    ...(servings
      ? {
          perServing: {
            grams: total.grams / servings.central,
            k2: divideAmount(total.k2, servings),
            calcium: divideAmount(total.calcium, servings),
          },
        }
      : {}),
    items,
    unquantified,
    incomplete: unquantified.length > 0,
  };
}
