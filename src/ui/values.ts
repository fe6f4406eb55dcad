/**
 * Each number K2 Lens shows with its own basis (DOM-free): the badge text and
 * screen-reader words of one number, and the cell of a card or recipe table.
 * The badge, the food card, the popup and the recipe card all build their
 * numbers here, so a mark always sits on the number it qualifies:
 * - measured: "K2 ≈ 73 µg", "Ca 890 mg" (no mark);
 * - estimated from similar foods: "K2 ≈ 9.4 µg est." (the mark after the number);
 * - lower bound from partial forms: "K2 ≥ 12 µg";
 * - below the limit of quantification: "K2 < 20 µg" (the limit, scaled to the portion);
 * - K2 sources that disagree (independence.ts, `disagreementOf`): the span of
 *   their values instead of the median, "K2 8.6–77 µg", or "K2 <20–68 µg"
 *   when the lowest is a limit of quantification.
 */
import type { Disagreement, Food, ValueBasis } from '../data/types';
import type { I18n } from '../i18n/core';
import { valueBasis } from '../nutrition/estimate';
import { formatNumber, formatRange } from '../nutrition/format';
import type { Amount, NutrientId } from '../nutrition/portion';

/** A piece of a badge's text; `mark` pieces ("est.") are shown in a lighter weight. */
export interface Segment {
  text: string;
  mark?: boolean;
}

/** One number as a badge shows it and a screen reader says it. */
export interface ShownValue {
  nutrient: NutrientId;
  basis: ValueBasis;
  /** The K2 sources disagree: the number is the span of their values. */
  disagree: boolean;
  /** "K2 ≈ 73 µg", "K2 ≥ 12 µg", "K2 8.6–77 µg", "Ca 890 mg". */
  text: string;
  /** The estimate mark after `text` ("est.") for a number estimated from similar foods. */
  mark?: string;
  /** The words a screen reader says: "vitamin K2 about 73 µg, measured". */
  said: string;
}

/** A number in a table cell of the food or recipe card. */
export interface ShownCell {
  basis: ValueBasis;
  disagree: boolean;
  /** "73 µg", "≥ 12 µg", "< 20 µg", "8.6–77 µg". */
  value: string;
  mark?: string;
  /** "47–73 µg": the range behind a central value, when its ends differ. */
  range?: string;
  /** For disagreeing sources: "median 43 µg". */
  median?: string;
}

/** What a number is, from its amount (recipe sums) or its food's estimate. */
export function basisOf(food: Food | undefined, nutrient: NutrientId, amount: Amount): ValueBasis {
  if (amount.basis) return amount.basis;
  if (food) return valueBasis(food[nutrient]);
  return amount.bound === 'lower' ? 'lower-bound' : amount.bound === 'upper' ? 'below-loq' : 'measured';
}

/** The disagreement behind a food's K2, when the number shown is the food's own (not a recipe sum). */
function disagreementOf(
  food: Food | undefined,
  nutrient: NutrientId,
  basis: ValueBasis,
): Disagreement | undefined {
  return nutrient === 'k2' && basis === 'measured' ? food?.k2.disagreement : undefined;
}

function withUnit(value: number, unit: string, i18n: I18n): string {
  return `${formatNumber(value, i18n.locale)} ${unit}`;
}

/** The span of disagreeing sources' values in a portion of `grams`: "8.6–77 µg", "<20–68 µg". */
export function disagreementSpan(d: Disagreement, grams: number, i18n: I18n): { low: string; high: string } {
  const f = grams / 100;
  return {
    low: `${d.lowIsLimit ? '<' : ''}${formatNumber(d.low * f, i18n.locale)}`,
    high: withUnit(d.high * f, 'µg', i18n),
  };
}

/**
 * One number of a badge: `amount` of `nutrient` in a portion of `grams` of
 * `food` (or, without a food, a recipe sum whose amount carries its basis).
 */
export function shownValue(
  food: Food | undefined,
  nutrient: NutrientId,
  amount: Amount,
  grams: number,
  i18n: I18n,
): ShownValue {
  const basis = basisOf(food, nutrient, amount);
  const d = disagreementOf(food, nutrient, basis);
  const k2 = nutrient === 'k2';
  const plain = withUnit(amount.central, amount.unit, i18n);
  if (d) {
    const { low, high } = disagreementSpan(d, grams, i18n);
    return {
      nutrient,
      basis,
      disagree: true,
      text: i18n.t('badgeK2Exact', `${low}–${high}`),
      said: d.lowIsLimit
        ? i18n.t('badgeSaysK2DisagreeBelow', low.slice(1), high)
        : i18n.t('badgeSaysK2Disagree', low, high),
    };
  }
  if (basis === 'lower-bound') {
    return {
      nutrient,
      basis,
      disagree: false,
      text: k2 ? i18n.t('badgeK2Exact', `≥ ${plain}`) : i18n.t('badgeCalcium', `≥ ${plain}`),
      said: i18n.t(k2 ? 'badgeSaysK2LowerBound' : 'badgeSaysCalciumLowerBound', plain),
    };
  }
  if (basis === 'below-loq') {
    const limit = withUnit(amount.max, amount.unit, i18n);
    return {
      nutrient,
      basis,
      disagree: false,
      text: k2 ? i18n.t('badgeK2Exact', `< ${limit}`) : i18n.t('badgeCalcium', `< ${limit}`),
      said: i18n.t(k2 ? 'badgeSaysK2BelowLoq' : 'badgeSaysCalciumBelowLoq', limit),
    };
  }
  const estimated = basis === 'estimated';
  return {
    nutrient,
    basis,
    disagree: false,
    text: i18n.t(k2 ? 'badgeK2' : 'badgeCalcium', plain),
    ...(estimated ? { mark: i18n.t('badgeEstimateMark') } : {}),
    said: i18n.t(
      k2
        ? estimated
          ? 'badgeSaysK2Estimated'
          : 'badgeSaysK2Measured'
        : estimated
          ? 'badgeSaysCalciumEstimated'
          : 'badgeSaysCalciumMeasured',
      plain,
    ),
  };
}

/** Badge segments of several numbers: each number, its mark right after it, " · " between numbers. */
export function segmentsOf(values: readonly ShownValue[]): Segment[] {
  const out: Segment[] = [];
  values.forEach((v, i) => {
    if (i > 0) out.push({ text: ' · ' });
    out.push({ text: v.text });
    if (v.mark) out.push({ text: ` ${v.mark}`, mark: true });
  });
  return out;
}

/** The text of segments. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** One number in a card or recipe table: the value with its sign or mark, its range, and for disagreeing sources the median. */
export function shownCell(
  food: Food | undefined,
  nutrient: NutrientId,
  amount: Amount,
  grams: number,
  i18n: I18n,
): ShownCell {
  const basis = basisOf(food, nutrient, amount);
  const d = disagreementOf(food, nutrient, basis);
  const plain = withUnit(amount.central, amount.unit, i18n);
  const range = formatRange(amount.min, amount.max, amount.unit, i18n.locale);
  if (d) {
    const { low, high } = disagreementSpan(d, grams, i18n);
    return {
      basis,
      disagree: true,
      value: `${low}–${high}`,
      median: i18n.t('cardMedian', plain),
    };
  }
  if (basis === 'below-loq')
    return { basis, disagree: false, value: `< ${withUnit(amount.max, amount.unit, i18n)}` };
  return {
    basis,
    disagree: false,
    value: basis === 'lower-bound' ? `≥ ${plain}` : plain,
    ...(basis === 'estimated' ? { mark: i18n.t('badgeEstimateMark') } : {}),
    ...(range ? { range } : {}),
  };
}
