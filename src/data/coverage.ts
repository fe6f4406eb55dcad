/**
 * What each source contributes to the dataset, for "About the data": counts
 * only (DOM- and language-free); src/ui/text.ts words them.
 */
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
