/** What each source contributes to the dataset, for "About the data" (DOM-free). */
import type { I18n } from '../i18n/core';
import type { Dataset } from './types';

export interface SourceCoverage {
  k2Foods: number;
  k2Rows: number;
  calciumFoods: number;
  calciumRows: number;
  portions: number;
  servings: number;
  intakes: number;
}

export function sourceCoverage(dataset: Pick<Dataset, 'foods' | 'intakes'>): Record<string, SourceCoverage> {
  const out: Record<string, SourceCoverage> = {};
  const of = (id: string) => {
    out[id] ??= {
      k2Foods: 0,
      k2Rows: 0,
      calciumFoods: 0,
      calciumRows: 0,
      portions: 0,
      servings: 0,
      intakes: 0,
    };
    return out[id];
  };
  for (const food of dataset.foods) {
    const k2 = new Set(food.k2.rows.map((r) => r.source));
    for (const r of food.k2.rows) of(r.source).k2Rows++;
    for (const s of k2) of(s).k2Foods++;
    const ca = new Set(food.calcium.rows.map((r) => r.source));
    for (const r of food.calcium.rows) of(r.source).calciumRows++;
    for (const s of ca) of(s).calciumFoods++;
    for (const p of food.portions) of(p.source).portions++;
    if (food.serving) of(food.serving.source).servings++;
  }
  for (const i of dataset.intakes) of(i.source).intakes++;
  return out;
}

/**
 * "K2 for 45 foods (61 values) · calcium for 84 foods" in the UI language —
 * empty when the source adds no value.
 */
export function describeCoverage(c: SourceCoverage | undefined, i18n: I18n): string {
  if (!c) return '';
  const n = (v: number) => new Intl.NumberFormat(i18n.locale).format(v);
  const foods = (v: number) => i18n.plural('coverFoods', v, n(v));
  const parts: string[] = [];
  if (c.k2Rows)
    parts.push(i18n.t('coverK2', foods(c.k2Foods), i18n.plural('coverValues', c.k2Rows, n(c.k2Rows))));
  if (c.calciumRows) parts.push(i18n.t('coverCalcium', foods(c.calciumFoods)));
  if (c.portions) parts.push(i18n.plural('coverPortions', c.portions, n(c.portions)));
  if (c.servings) parts.push(i18n.t('coverServings', foods(c.servings)));
  if (c.intakes) parts.push(i18n.plural('coverIntakes', c.intakes, n(c.intakes)));
  return parts.join(' · ');
}
