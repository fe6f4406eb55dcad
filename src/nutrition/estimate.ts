/**
 * How K2 Lens turns published rows into the value it shows (DOM-free).
 *
 * Method (quoted in the README, "How the numbers are made"):
 * - Point value of a K2 row: the published total; the midpoint of a published
 *   range. A row that reports only some forms (a partial sum) is a lower bound
 *   of its sample's total, not a point value; a row "below the limit of
 *   quantification" (CIQUAL's "< 20") has no point value either.
 * - Central value of a food: the median of its rows' point values (the rows
 *   are study or table means, so this is a median of means). Range: min…max
 *   over the point values and the published bounds; a "< 20" row spans 0…20; a
 *   partial sum above every other value raises the maximum (that sample held
 *   at least that much) and never lowers the minimum or moves the median.
 * - A food measured only by partial sums shows the median of those sums as a
 *   lower bound ("≥"): the median of lower bounds bounds the median from below.
 * - Confidence of a measured food: "several-sources" when its point values
 *   come from two or more independent evidence units, else "one-source". An
 *   evidence unit is a source, or for a compilation each study it cites
 *   ("their reference(s) 1; 5" counts as two). Editions of one composition
 *   table (CIQUAL 2020 and 2025) count once. A "< LOQ" row narrows or widens
 *   the range but adds no confidence: it gives no value.
 * - A food with no point value of its own gets its category's estimate: the
 *   median of the central values of the category's measured foods; its range
 *   spans those foods' ranges (min of their minimums … max of their maximums),
 *   so it shows how far measured foods of the category differ, not only how
 *   far their medians do. It is labelled "category-estimate" with the foods it
 *   comes from. A food that was only measured "< LOQ" keeps 0…LOQ as its range
 *   and the category value capped at half the limit (the usual substitution
 *   for values below a limit of quantification).
 * - A derived food such as generic "cheese" gets the same kind of estimate
 *   over several categories, labelled "generic-estimate".
 * - Calcium: the same median and min…max over composition-table values;
 *   confidence from the number of independent tables.
 * All values per 100 g, rounded to 0.1.
 */
import type {
  CalciumEstimate,
  CalciumRow,
  Category,
  Confidence,
  Estimate,
  K2Estimate,
  K2Row,
  MkValues,
} from '../data/types';
import { MK_FORMS } from '../data/types';

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
  return Math.round(value * f) / f;
}

/**
 * The source a row counts as for confidence: editions of one composition table
 * ("ciqual-2020", "ciqual-2025") are one source.
 */
export function independentSource(source: string): string {
  return source.replace(/^(ciqual)-\d{4}$/, '$1');
}

/**
 * Distinct evidence units behind rows: a source id (editions of one table
 * merged), or for a compilation the studies it cites ("their reference(s) 1; 5"
 * counts as two).
 */
export function evidenceUnits(rows: readonly { source: string; ref?: string }[]): string[] {
  const units = new Set<string>();
  for (const row of rows) {
    const refs = row.ref?.match(/reference\(s\)\s*([\d;\s]+)/);
    if (refs?.[1]) {
      for (const n of refs[1].split(/[;\s]+/).filter(Boolean)) units.add(`${row.source}#${n}`);
    } else {
      units.add(independentSource(row.source));
    }
  }
  return [...units].sort();
}

function confidenceOf(units: number): Confidence {
  return units >= 2 ? 'several-sources' : 'one-source';
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function mkMeans(rows: readonly K2Row[]): MkValues {
  const out: MkValues = {};
  for (const form of MK_FORMS) {
    const vals = rows.map((r) => r.mk[form]).filter((v): v is number => v !== undefined);
    if (vals.length > 0) out[form] = round(vals.reduce((a, b) => a + b, 0) / vals.length, 2);
  }
  return out;
}

/**
 * The rows whose values make a food's K2 value: its totals and range midpoints, or, when it has none, its
 * partial sums (then the value is a lower bound).
 */
export function k2ValueRows<R extends { kind?: string; value?: number }>(rows: readonly R[]): R[] {
  const points = rows.filter((r) => r.kind !== 'partial' && r.value !== undefined);
  return points.length > 0 ? points : rows.filter((r) => r.value !== undefined);
}

/** The K2 estimate from a food's own rows; undefined when it has none with a point value. */
export function k2FromRows(rows: readonly K2Row[]): K2Estimate | undefined {
  const partials = rows
    .filter((r) => r.kind === 'partial' && r.value !== undefined)
    .map((r) => r.value as number);
  const pointRows = k2ValueRows(rows);
  const onlyPartial = pointRows.every((r) => r.kind === 'partial');
  // A food measured only by partial sums: their median, shown as a lower bound.
  const points = pointRows.map((r) => r.value as number);
  if (points.length === 0) return undefined;
  const lows = [
    ...points,
    ...rows.filter((r) => r.kind !== 'partial' && r.min !== undefined).map((r) => r.min as number),
  ];
  if (rows.some((r) => r.kind === 'below')) lows.push(0);
  const highs = [
    ...points,
    ...partials,
    ...rows.filter((r) => r.max !== undefined).map((r) => r.max as number),
  ];
  const units = evidenceUnits(pointRows);
  return {
    central: median(points),
    min: round(Math.min(...lows)),
    max: round(Math.max(...highs)),
    basis: 'measured',
    confidence: confidenceOf(units.length),
    measurements: rows.length,
    sources: distinct(rows.map((r) => r.source)),
    method: points.length === 1 ? 'one published value' : `median of ${points.length} published values`,
    ...(onlyPartial ? { bound: 'lower' as const } : {}),
    mk: mkMeans(rows),
    rows: [...rows],
  };
}

export function calciumFromRows(rows: readonly CalciumRow[]): CalciumEstimate | undefined {
  if (rows.length === 0) return undefined;
  const values = rows.map((r) => r.value);
  return {
    central: median(values),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    basis: 'measured',
    confidence: confidenceOf(evidenceUnits(rows).length),
    measurements: rows.length,
    sources: distinct(rows.map((r) => r.source)),
    method: rows.length === 1 ? 'one table value' : `median of ${rows.length} table values`,
    rows: [...rows],
  };
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
