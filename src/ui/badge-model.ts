/**
 * What a badge says for one mention (DOM-free): the portion chosen by the
 * user's units, the text with each number's own basis (values.ts), the
 * accessible label and the level colour. The tooltip, recipe card and popup
 * use the same portion and value functions.
 */
import { categoryEnabled } from '../data/categories';
import type { Food, ValueBasis } from '../data/types';
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import { foodPortions, type PortionValues } from '../nutrition/portion';
import { shareOfTargets } from '../nutrition/targets';
import type { Prefs } from '../prefs/schema';
import { foodName, portionLabel } from './text';
import { type Segment, type ShownValue, segmentsOf, segmentsText, shownValue } from './values';

export type Level = 'low' | 'medium' | 'high';

export interface BadgeModel {
  foodId: string;
  /**
   * Visible text, e.g. "K2 ≈ 73 µg · Ca 890 mg est.": each number followed by
   * its own mark (see values.ts); the same as `segments` joined.
   */
  text: string;
  /** The pieces of `text`; `mark` pieces ("est.", German "gesch.") are shown in a lighter weight. */
  segments: Segment[];
  /** The estimate mark when `text` ends with it (for renderers that only style a final mark). */
  mark?: string;
  /** The UI language of `text` and `label`. */
  lang: string;
  /** Screen-reader label, naming the food, and each value with its basis. */
  label: string;
  level: Level;
  /** K2 is a category or generic estimate, not a measurement of this food. */
  estimate: boolean;
  /** What each number shown is (absent for a nutrient the user does not show). */
  basis: { k2?: ValueBasis; calcium?: ValueBasis };
  /** The K2 shown is the span of disagreeing sources' values. */
  disagree: boolean;
  portion: PortionValues;
}

export type BadgePrefs = Pick<Prefs, 'units' | 'nutrients' | 'targets' | 'badgeStyle'>;

/** The portion the badge shows: the user's choice when it can be computed, else per 100 g. */
export function badgePortion(
  food: Food,
  units: Prefs['units'],
  grams?: number,
  gramsKind: 'package' | 'amount' = 'package',
): PortionValues {
  const portions = foodPortions(food, grams, gramsKind);
  if (units === 'perServing' && portions.serving) return portions.serving;
  if (units === 'perPackage' && portions.amount) return portions.amount;
  return portions.per100g;
}

/** Level of the K2 in the shown portion against the daily K2 target: < 10 %, 10–30 %, ≥ 30 %. */
export function levelOf(percent: number | undefined): Level {
  if (percent === undefined || percent < 10) return 'low';
  return percent < 30 ? 'medium' : 'high';
}

export function badgeModel(
  food: Food,
  prefs: BadgePrefs,
  grams?: number,
  gramsKind: 'package' | 'amount' = 'package',
  i18n: I18n = current(),
): BadgeModel {
  const portion = badgePortion(food, prefs.units, grams, gramsKind);
  const per = portionLabel(portion, food, i18n);
  const values: ShownValue[] = [];
  if (prefs.nutrients.k2) values.push(shownValue(food, 'k2', portion.k2, portion.grams, i18n));
  if (prefs.nutrients.calcium) values.push(shownValue(food, 'calcium', portion.calcium, portion.grams, i18n));
  const segments = segmentsOf(values);
  if (prefs.badgeStyle === 'detailed') segments.push({ text: ` / ${per}` });
  const last = segments[segments.length - 1];
  const mark = last?.mark ? last.text.trim() : undefined;
  const share = shareOfTargets(portion, prefs.targets);
  const label = i18n.t(
    'badgeLabel',
    foodName(food, i18n),
    values.map((v) => v.said).join(i18n.t('listSeparator')),
    per,
  );
  const basis: BadgeModel['basis'] = {};
  for (const v of values) basis[v.nutrient] = v.basis;
  return {
    foodId: food.id,
    text: segmentsText(segments),
    segments,
    ...(mark ? { mark } : {}),
    label,
    lang: i18n.lang,
    level: levelOf(share.k2?.central),
    estimate: food.k2.basis !== 'measured',
    basis,
    disagree: values.some((v) => v.disagree),
    portion,
  };
}

/** Whether a food gets a badge under the user's category and threshold choices. */
export function wantsBadge(
  food: Food,
  prefs: Pick<Prefs, 'categories' | 'minK2'>,
  hidden: readonly string[] = [],
): boolean {
  if (hidden.includes(food.id)) return false;
  if (!categoryEnabled(food.category, prefs.categories)) return false;
  return food.k2.central >= prefs.minK2;
}
