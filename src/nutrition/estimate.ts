/**
 * How K2 Lens turns published rows into the value it shows (DOM-free).
 *
 * Method (quoted in the README, "How the numbers are made"):
 * - Point value of a K2 row: the published total; the midpoint of a published
 *   range. A row that reports only some forms (a partial sum, or a range of
 *   some forms such as Hojo 2007's MK-9(4H) of Jarlsberg) is a lower bound of
 *   its sample's total, not a point value; a row "below the limit of
 *   quantification" (CIQUAL's "< 20") has no point value either. A compilation
 *   or NEVO row that reproduces a primary source's point value of the same
 *   food (src/data/origins.ts) is left out: that measurement counts once.
 * - Central value of a food: the median of its rows' point values (the rows
 *   are study or table means, so this is a median of means). Range: min…max
 *   over the point values and the published bounds; a "< 20" row spans 0…20; a
 *   partial sum above every other value raises the maximum (that sample held
 *   at least that much) and never lowers the minimum or moves the median.
 * - A food measured only by partial sums shows the median of those sums as a
 *   lower bound ("≥"): the median of lower bounds bounds the median from below.
 * - Independent sources (`sourceGroups`): rows are linked when they share an
 *   origin (a table, CIQUAL editions as one; a study; a study a compilation row
 *   cites; NEVO is never independent of Vermeer 2018 and Schurgers 2000 — see
 *   src/data/origins.ts); the number of independent sources of a value is the
 *   number of groups of linked rows among the rows that make it. Confidence is
 *   "several-sources" from two groups, else "one-source"; the label names the
 *   count and, for one source, its kind (one table, one study, one
 *   compilation). A compilation row is one source however many studies it
 *   cites. A "< LOQ" row narrows or widens the range but adds no confidence.
 * - Disagreement (`disagreementOf`): the sources of a food disagree when a
 *   point value of one is more than twice a point value of another and at
 *   least 5 µg/100 g above it (below that, differences are within what
 *   analyses of the same cheese report), or when one source's row is below a
 *   limit of quantification that another source's point value exceeds (CIQUAL
 *   "< 20" against 55 µg). The values compared come from different groups of
 *   linked rows. The estimate then carries every point value and limit with
 *   its source; the badge shows the span of the sources' values instead of
 *   the median, the card names each value and source.
 * - Outlier (`outlierOf`): a food whose value rests on one source and is more
 *   than three times, or less than a third of, the median of the central values
 *   of the other measured foods of its category (at least three of them) is
 *   flagged; the card says so.
 * - MK forms (`formsAddUp`): a row's forms are shown, with its source, only
 *   when they add up to its total within rounding; a partial row's forms are
 *   its (lower-bound) value. No food-level sum of forms is shown.
 * - A food with no point value of its own gets its category's estimate: the
 *   median of the central values of the category's measured foods; its range
 *   spans those foods' ranges (min of their minimums … max of their maximums),
 *   so it shows how far measured foods of the category differ, not only how
 *   far their medians do. It is labelled "category-estimate" with the foods it
 *   comes from. A food that was only measured "< LOQ" keeps 0…LOQ as its range
 *   and the category value capped at half the limit (the usual substitution
 *   for values below a limit of quantification); it is shown as "< LOQ".
 * - A derived food such as generic "cheese" gets the same kind of estimate
 *   over several categories, labelled "generic-estimate".
 * - Calcium: the same median and min…max over composition-table values;
 *   confidence from the number of independent tables.
 * - Basis of each number (`valueBasis`): measured; estimated from similar
 *   foods; below the limit of quantification; lower bound from partial forms.
 *   K2 and calcium each carry their own.
 * All values per 100 g, rounded to 0.1. Independent sources and disagreement
 * are worked out in ./independence.ts.
 */
import type {
  CalciumEstimate,
  CalciumRow,
  Category,
  Confidence,
  Estimate,
  Independence,
  K2Estimate,
  K2Row,
  MkValues,
  Outlier,
  ValueBasis,
} from '../data/types';
import { MK_FORMS } from '../data/types';
import { disagreementOf, independenceOf } from './independence';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const value =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return round(value);
}

/** Rounds to 0.1 (values are per 100 g, published with at most one or two decimals). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  // To 12 significant digits first, so that a half written in binary just under it (38.85 → 38.849999…) rounds up.
  return Math.round(Number((value * f).toPrecision(12))) / f;
}

function confidenceOf(independent: Independence): Confidence {
  return independent.count >= 2 ? 'several-sources' : 'one-source';
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * Whether a row's MK forms can be shown as its breakdown: a partial row's forms
 * are its value; a total's forms must add up to it within rounding (each form
 * and the total published to 0.1: 0.05 per number, at least 0.1).
 */
export function formsAddUp(row: Pick<K2Row, 'kind' | 'value' | 'mk'>): boolean {
  const values = Object.values(row.mk).filter((v): v is number => v !== undefined);
  if (values.length === 0) return false;
  if (row.kind === 'partial') return true;
  if (row.kind !== 'total' || row.value === undefined) return false;
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.abs(sum - row.value) <= Math.max(0.1, 0.05 * (values.length + 1)) + 1e-9;
}

function mkMeans(rows: readonly K2Row[]): MkValues {
  const out: MkValues = {};
  for (const form of MK_FORMS) {
    const vals = rows.map((r) => r.mk[form]).filter((v): v is number => v !== undefined);
    if (vals.length > 0) out[form] = round(vals.reduce((a, b) => a + b, 0) / vals.length, 2);
  }
  return out;
}

/** Whether `row` reproduces another row of `rows` (src/data/origins.ts): that measurement counts once. */
function reproducesOneOf<
  R extends { source: string; name?: string; reproduces?: { source: string; name: string } },
>(row: R, rows: readonly R[]): boolean {
  const r = row.reproduces;
  return r !== undefined && rows.some((o) => o !== row && o.source === r.source && o.name === r.name);
}

/**
 * The rows whose values make a food's K2 value: its totals and range midpoints, or, when it has none, its
 * partial sums (then the value is a lower bound). A row reproducing another of them is left out.
 */
export function k2ValueRows<
  R extends {
    kind?: string;
    value?: number;
    source: string;
    name?: string;
    reproduces?: { source: string; name: string };
  },
>(rows: readonly R[]): R[] {
  const points = rows.filter((r) => r.kind !== 'partial' && r.value !== undefined);
  const chosen = points.length > 0 ? points : rows.filter((r) => r.value !== undefined);
  return chosen.filter((r) => !reproducesOneOf(r, chosen));
}

/** The K2 estimate from a food's own rows; undefined when it has none with a point value. */
export function k2FromRows(rows: readonly K2Row[]): K2Estimate | undefined {
  const pointRows = k2ValueRows(rows);
  const onlyPartial = pointRows.every((r) => r.kind === 'partial');
  const partials = rows
    .filter((r) => r.kind === 'partial' && r.value !== undefined && !reproducesOneOf(r, rows))
    .map((r) => r.value as number);
  // A food measured only by partial sums: their median, shown as a lower bound.
  const points = pointRows.map((r) => r.value as number);
  if (points.length === 0) return undefined;
  const lows = [
    ...points,
    ...rows
      .filter((r) => (onlyPartial || r.kind !== 'partial') && r.min !== undefined && pointRows.includes(r))
      .map((r) => r.min as number),
  ];
  if (rows.some((r) => r.kind === 'below')) lows.push(0);
  const highs = [
    ...points,
    ...partials,
    ...rows.filter((r) => r.max !== undefined && !reproducesOneOf(r, rows)).map((r) => r.max as number),
  ];
  const independent = independenceOf(pointRows);
  const disagreement = onlyPartial ? undefined : disagreementOf(rows, pointRows);
  return {
    central: median(points),
    min: round(Math.min(...lows)),
    max: round(Math.max(...highs)),
    basis: 'measured',
    confidence: confidenceOf(independent),
    independent,
    measurements: rows.length,
    sources: distinct(rows.map((r) => r.source)),
    method: points.length === 1 ? 'one published value' : `median of ${points.length} published values`,
    ...(onlyPartial ? { bound: 'lower' as const } : {}),
    mk: mkMeans(rows.filter((r) => formsAddUp(r) && !reproducesOneOf(r, rows))),
    rows: [...rows],
    ...(disagreement ? { disagreement } : {}),
  };
}

export function calciumFromRows(rows: readonly CalciumRow[]): CalciumEstimate | undefined {
  if (rows.length === 0) return undefined;
  const values = rows.map((r) => r.value);
  const independent = independenceOf(rows);
  return {
    central: median(values),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    basis: 'measured',
    confidence: confidenceOf(independent),
    independent,
    measurements: rows.length,
    sources: distinct(rows.map((r) => r.source)),
    method: rows.length === 1 ? 'one table value' : `median of ${rows.length} table values`,
    rows: [...rows],
  };
}

/** What a number shown for a food is: measured, estimated, below a limit, or a lower bound. */
export function valueBasis(estimate: Pick<Estimate, 'basis' | 'bound'>): ValueBasis {
  if (estimate.basis === 'measured') return estimate.bound === 'lower' ? 'lower-bound' : 'measured';
  return estimate.bound === 'upper' ? 'below-loq' : 'estimated';
}

/** A single-source value more than this many times its category's median (or less than its inverse)… */
export const OUTLIER_RATIO = 3;
/** …among at least this many other measured foods of the category. */
export const OUTLIER_MIN_FOODS = 3;

/**
 * Whether a measured food's value is an outlier against the other measured
 * foods of its category (see the method above); `others` excludes the food.
 */
export function outlierOf(estimate: Estimate, others: readonly MeasuredFood[]): Outlier | undefined {
  if (estimate.basis !== 'measured' || estimate.bound !== undefined) return undefined;
  if ((estimate.independent?.count ?? 0) !== 1) return undefined;
  const used = others.filter((f) => f.estimate.basis === 'measured' && f.estimate.bound === undefined);
  if (used.length < OUTLIER_MIN_FOODS) return undefined;
  const categoryMedian = median(used.map((f) => f.estimate.central));
  if (!(categoryMedian > 0)) return undefined;
  const ratio = estimate.central / categoryMedian;
  if (ratio <= OUTLIER_RATIO && ratio >= 1 / OUTLIER_RATIO) return undefined;
  return { categoryMedian, from: used.map((f) => f.id).sort(), ratio: round(ratio, 2) };
}

/**
 * MK-7 per 100 g of a food: the median of the MK-7 values its rows report (a
 * row reproducing another left out), with how many there are; undefined when
 * no row reports MK-7.
 */
export function mk7Of(rows: readonly K2Row[]): { per100g: number; values: number } | undefined {
  const values = rows
    .filter((r) => r.mk.mk7 !== undefined && !reproducesOneOf(r, rows))
    .map((r) => r.mk.mk7 as number);
  if (values.length === 0) return undefined;
  return { per100g: median(values), values: values.length };
}

export interface MeasuredFood {
  id: string;
  category: Category;
  estimate: Estimate;
}

export const CATEGORY_LABELS: Record<Category, string> = {
  hard: 'hard cheeses',
  semi_hard: 'semi-hard cheeses',
  soft_bloomy: 'soft bloomy-rind cheeses',
  soft_washed: 'soft washed-rind cheeses',
  blue: 'blue cheeses',
  goat_soft: "soft goat's cheeses",
  fresh: 'fresh cheeses',
  pasta_filata: 'pasta filata cheeses',
  brined: 'brined cheeses',
  processed: 'processed cheeses',
  fermented_milk: 'fermented milks',
  butter: 'butters',
  fermented_soy: 'fermented soy foods',
  fermented_vegetable: 'fermented vegetables',
  other: 'other foods',
  generic: 'foods',
};

/**
 * An estimate derived from other foods' measured values: the median of their
 * central values; the range spans their ranges (min of minimums … max of
 * maximums). Foods whose value is only a bound are left out.
 */
export function derivedEstimate(
  measured: readonly MeasuredFood[],
  basis: 'category' | 'generic',
  label: string,
): Estimate | undefined {
  const used = measured.filter((f) => f.estimate.basis === 'measured' && f.estimate.bound === undefined);
  if (used.length === 0) return undefined;
  const centrals = used.map((f) => f.estimate.central);
  return {
    central: median(centrals),
    min: round(Math.min(...used.map((f) => f.estimate.min))),
    max: round(Math.max(...used.map((f) => f.estimate.max))),
    basis,
    confidence: basis === 'category' ? 'category-estimate' : 'generic-estimate',
    measurements: used.reduce((n, f) => n + f.estimate.measurements, 0),
    sources: distinct(used.flatMap((f) => f.estimate.sources)),
    from: used.map((f) => f.id).sort(),
    method:
      used.length === 1
        ? `value of the only measured food among the ${label} (${used[0]?.id})`
        : `median of ${used.length} measured ${label}`,
  };
}

/**
 * Caps a derived estimate at an upper limit the food's own rows set (its "< LOQ"
 * rows): the food was measured below that limit, so the estimate cannot exceed it.
 */
export function capAtBound(estimate: Estimate, limit: number, rows: number, sources: string[]): Estimate {
  const central = Math.min(estimate.central, round(limit / 2));
  return {
    ...estimate,
    central,
    min: 0,
    max: limit,
    measurements: estimate.measurements + rows,
    sources: distinct([...estimate.sources, ...sources]),
    bound: 'upper',
    method: `measured below ${limit} (limit of quantification); ${estimate.method}, capped at half the limit`,
  };
}
