/**
 * What a badge says for one mention (DOM-free): the portion chosen by the
 * user's units, the text, the accessible label and the level colour. The
 * tooltip, recipe card and popup use the same portion functions.
 */
import { categoryEnabled } from '../data/categories';
import type { Food } from '../data/types';
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import { foodPortions, type PortionValues } from '../nutrition/portion';
import { shareOfTargets } from '../nutrition/targets';
import type { Prefs } from '../prefs/schema';
import { amountText, foodName, portionLabel } from './text';

export type Level = 'low' | 'medium' | 'high';

export interface BadgeModel {
  foodId: string;
  /** Visible text, e.g. "K2 ≈ 57 µg · Ca 740 mg", ending with `mark` for an estimate. */
  text: string;
  /** The estimate mark at the end of `text` ("est.", German "gesch."), shown in a lighter weight. */
  mark?: string;
  /** The UI language of `text` and `label`. */
  lang: string;
  /** Screen-reader label, naming the food, the values and their basis. */
  label: string;
  level: Level;
  /** A category or generic estimate, not a measurement of this food. */
  estimate: boolean;
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
  const estimate = food.k2.basis !== 'measured';
  const k2 = amountText(portion.k2, i18n).value;
  const ca = amountText(portion.calcium, i18n).value;
  const per = portionLabel(portion, food, i18n);
  const parts: string[] = [];
  if (prefs.nutrients.k2) parts.push(i18n.t('badgeK2', k2));
  if (prefs.nutrients.calcium) parts.push(i18n.t('badgeCalcium', ca));
  let text = parts.join(' · ');
  if (prefs.badgeStyle === 'detailed') text += ` / ${per}`;
  const mark = estimate ? i18n.t('badgeEstimateMark') : undefined;
  if (mark) text += ` ${mark}`;
  const share = shareOfTargets(portion, prefs.targets);
  const said: string[] = [];
  if (prefs.nutrients.k2) said.push(i18n.t('badgeSaysK2', k2));
  if (prefs.nutrients.calcium) said.push(i18n.t('badgeSaysCalcium', ca));
  const label = i18n.t(
    estimate ? 'badgeLabelEstimate' : 'badgeLabel',
    foodName(food, i18n),
    said.join(', '),
    per,
  );
  return {
    foodId: food.id,
    text,
    ...(mark ? { mark } : {}),
    label,
    lang: i18n.lang,
    level: levelOf(share.k2?.central),
    estimate,
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
