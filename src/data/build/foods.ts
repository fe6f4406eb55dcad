/**
 * From the validated rows to the dataset's foods (./compile.ts reads and checks
 * the rows): each variety's own K2 and calcium estimate or its category's (capped
 * at a limit of quantification), the generic foods derived from categories, the
 * names of the Open Food Facts taxonomy, and the sourced MK-7 note.
 */
import {
  CATEGORY_LABELS,
  calciumFromRows,
  capAtBound,
  derivedEstimate,
  k2FromRows,
  type MeasuredFood,
  mk7Of,
  outlierOf,
  round,
} from '../../nutrition/estimate';
import type {
  CalciumEstimate,
  CalciumRow,
  Category,
  Estimate,
  Food,
  Intake,
  K2Estimate,
  K2Row,
  Portion,
} from '../types';

/** The Open Food Facts taxonomy extract: entry id → names by language. */
export type OffTaxonomy = Record<string, { name?: Record<string, string> }>;

/** A row of derived-foods.csv: a generic food estimated from categories. */
export interface DerivedFood {
  id: string;
  name: string;
  /** Plural label of the foods it is derived from ("cheeses"). */
  group: string;
  from: Category[];
  derivation: string;
}

/** A row of varieties.csv. */
export interface Variety {
  id: string;
  name: string;
  category: Category;
  milk: string;
  ciqual: string[];
  usda: string[];
  offId?: string;
}

function namesOf(v: Variety, off: OffTaxonomy): Record<string, string[]> {
  const names: Record<string, string[]> = { en: [v.name] };
  const entry = v.offId ? off[v.offId] : undefined;
  for (const [lang, name] of Object.entries(entry?.name ?? {})) {
    const list = names[lang] ?? [];
    if (!list.includes(name)) list.push(name);
    names[lang] = list;
  }
  return names;
}

export function compileFoods(
  varieties: Map<string, Variety>,
  k2Rows: Map<string, K2Row[]>,
  caRows: Map<string, CalciumRow[]>,
  portions: Map<string, Portion[]>,
  derived: DerivedFood[],
  off: OffTaxonomy,
): Food[] {
  const ownK2 = new Map<string, K2Estimate>();
  const ownCa = new Map<string, CalciumEstimate>();
  for (const v of varieties.values()) {
    const k2 = k2FromRows(k2Rows.get(v.id) ?? []);
    if (k2) ownK2.set(v.id, k2);
    const ca = calciumFromRows(caRows.get(v.id) ?? []);
    if (ca) ownCa.set(v.id, ca);
  }
  const measured = <E extends Estimate>(own: Map<string, E>): MeasuredFood[] =>
    [...own].map(([id, estimate]) => ({ id, category: (varieties.get(id) as Variety).category, estimate }));
  const measuredK2 = measured(ownK2);
  const measuredCa = measured(ownCa);
  // A one-source value far from the other measured foods of its category is flagged (estimate.ts, outlierOf).
  for (const f of measuredK2) {
    const others = measuredK2.filter((o) => o.category === f.category && o.id !== f.id);
    const outlier = outlierOf(f.estimate, others);
    if (outlier) (f.estimate as K2Estimate).outlier = outlier;
  }
  const inCategories = (list: MeasuredFood[], cats: readonly Category[]) =>
    list.filter((f) => cats.includes(f.category));

  const categoryEstimate = (list: MeasuredFood[], category: Category): Estimate | undefined =>
    derivedEstimate(inCategories(list, [category]), 'category', CATEGORY_LABELS[category]);

  const foods: Food[] = [];
  for (const v of varieties.values()) {
    const rows = k2Rows.get(v.id) ?? [];
    let k2 = ownK2.get(v.id);
    if (!k2) {
      const estimate = categoryEstimate(measuredK2, v.category) ?? placeholder();
      const below = rows.filter((r) => r.kind === 'below');
      const limit = below.length > 0 ? Math.min(...below.map((r) => r.max as number)) : undefined;
      const capped =
        limit !== undefined
          ? capAtBound(
              estimate,
              limit,
              below.length,
              below.map((r) => r.source),
            )
          : estimate;
      k2 = { ...capped, mk: {}, rows };
    }
    const ca = ownCa.get(v.id) ?? {
      ...(categoryEstimate(measuredCa, v.category) ?? placeholder()),
      rows: [],
    };
    foods.push({
      id: v.id,
      name: v.name,
      category: v.category,
      milk: v.milk,
      names: namesOf(v, off),
      k2,
      calcium: ca,
      portions: portions.get(v.id) ?? [],
      ...(v.offId ? { offId: v.offId } : {}),
      ciqual: v.ciqual,
      usda: v.usda,
    });
  }
  for (const d of derived) {
    const k2 = derivedEstimate(inCategories(measuredK2, d.from), 'generic', d.group) ?? placeholder();
    const ca = derivedEstimate(inCategories(measuredCa, d.from), 'generic', d.group) ?? placeholder();
    foods.push({
      id: d.id,
      name: d.name,
      category: 'generic',
      milk: '',
      names: { en: [d.name] },
      k2: { ...k2, mk: {}, rows: [] },
      calcium: { ...ca, rows: [] },
      portions: [],
      ciqual: [],
      usda: [],
      derivation: d.derivation,
    });
  }
  return foods;
}

/**
 * Sourced notes on foods: a usual serving holding at least the MK-7 caution
 * threshold of intakes.csv (Schurgers et al. 2007) gets the MK-7 note.
 */
export function addNotes(foods: Food[], intakes: readonly Intake[]): void {
  const threshold = intakes.find((i) => i.nutrient === 'mk7' && i.kind === 'caution threshold');
  if (!threshold) return;
  for (const food of foods) {
    const mk7 = mk7Of(food.k2.rows);
    if (!mk7 || !food.serving) continue;
    const perServing = round((mk7.per100g * food.serving.grams) / 100);
    if (perServing < threshold.value) continue;
    food.notes = [
      {
        id: 'mk7-vitamin-k-antagonists',
        mk7Per100g: mk7.per100g,
        mk7PerServing: perServing,
        values: mk7.values,
        threshold: threshold.value,
        sources: [threshold.source],
      },
    ];
  }
}

/** A value that fails the finiteness check in compileDataset (no estimate could be made). */
function placeholder(): Estimate {
  return {
    central: Number.NaN,
    min: Number.NaN,
    max: Number.NaN,
    basis: 'generic',
    confidence: 'generic-estimate',
    measurements: 0,
    sources: [],
    method: 'none',
  };
}
