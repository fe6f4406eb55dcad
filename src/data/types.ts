/**
 * The compiled dataset: what the build makes of src/data/sources/*.csv and what
 * the background stores in IndexedDB. DOM-free types shared by every part.
 */

/** The cheese categories of varieties.csv. */
export const CHEESE_CATEGORY_LIST = [
  'hard',
  'semi_hard',
  'soft_bloomy',
  'soft_washed',
  'blue',
  'goat_soft',
  'fresh',
  'pasta_filata',
  'brined',
  'processed',
] as const;

export const CATEGORIES = [
  ...CHEESE_CATEGORY_LIST,
  'fermented_milk',
  'butter',
  'fermented_soy',
  'fermented_vegetable',
  'other',
] as const;
/** A food category of varieties.csv, or `generic` for the derived foods of derived-foods.csv. */
export type Category = (typeof CATEGORIES)[number] | 'generic';

export const MK_FORMS = ['mk4', 'mk5', 'mk6', 'mk7', 'mk8', 'mk9', 'mk10'] as const;
export type MkForm = (typeof MK_FORMS)[number];
export type MkValues = Partial<Record<MkForm, number>>;

export const EVIDENCE_KINDS = ['table', 'study', 'secondary', 'compilation'] as const;
export type Evidence = (typeof EVIDENCE_KINDS)[number];

/**
 * How a K2 row is read:
 * - `total`: the source gives the sum of MK-4…MK-10;
 * - `partial`: only some forms were reported, `value` is their sum (a lower bound);
 * - `range`: a min…max instead of a value (`value` is its midpoint);
 * - `below`: below the limit of quantification `max` (CIQUAL's "< 20").
 */
export type K2RowKind = 'total' | 'partial' | 'range' | 'below';

/** One published K2 value, kept whole so the UI can show the evidence. */
export interface K2Row {
  source: string;
  ref: string;
  name: string;
  country?: string;
  evidence: Evidence;
  kind: K2RowKind;
  /** µg/100 g: the total, a partial sum or a range midpoint; absent for `below`. */
  value?: number;
  min?: number;
  max?: number;
  mk: MkValues;
  samples?: number;
  note?: string;
}

export interface CalciumRow {
  source: string;
  code: string;
  name: string;
  /** mg/100 g */
  value: number;
}

/** Where a value comes from: the food's own rows, its category, or all foods of a kind. */
export type Basis = 'measured' | 'category' | 'generic';

/**
 * How sure the value is, shown in the UI:
 * several sources / one source / a category estimate / a generic estimate.
 */
export type Confidence = 'several-sources' | 'one-source' | 'category-estimate' | 'generic-estimate';

export interface Estimate {
  /** Central value per 100 g (µg for K2, mg for calcium). */
  central: number;
  min: number;
  max: number;
  basis: Basis;
  confidence: Confidence;
  /** Number of published rows behind the value (for estimates: rows of the foods it comes from). */
  measurements: number;
  /** Distinct source ids behind the value. */
  sources: string[];
  /** For category and generic estimates: the food ids the value was derived from. */
  from?: string[];
  /** Short, human-readable method ("median of 3 values", "median of 6 measured blue cheeses"). */
  method: string;
  /** Set when the central value is only a bound of what was measured (e.g. only "< 20" rows). */
  bound?: 'upper' | 'lower';
}

export interface K2Estimate extends Estimate {
  /** Mean of each reported menaquinone form over the rows that report it (µg/100 g). */
  mk: MkValues;
  rows: K2Row[];
}

export interface CalciumEstimate extends Estimate {
  rows: CalciumRow[];
}

/** A household measure with its weight (portions.csv). */
export interface Portion {
  amount: number;
  unit: string;
  grams: number;
  source: string;
  code: string;
}

/** Units of serving-sizes.csv: a weight, a volume or a household measure. */
export const SERVING_UNITS = ['g', 'ml', 'tbsp', 'tsp', 'piece'] as const;
export type ServingUnit = (typeof SERVING_UNITS)[number];

/**
 * One serving of a food (serving-sizes.csv): the reference amount a named table
 * gives for the food or its category, in grams. Volumes and household measures
 * are converted with a sourced weight (`conversion`).
 */
export interface Serving {
  grams: number;
  /** The reference amount as the table gives it (e.g. 240 ml, 1 tbsp, 30 g). */
  amount: number;
  unit: ServingUnit;
  /** Display text, e.g. "1 piece (30 g)", "1 cup (240 mL)". */
  label: string;
  source: string;
  /** Where in the source (table, row). */
  ref: string;
  /** How a volume or household measure became grams, with the source of the weight. */
  conversion?: { text: string; source: string };
  /** Whether the row names this food or the food's category. */
  scope: 'food' | 'category';
}

export interface Food {
  /** The variety_key of varieties.csv (or the id of a derived food). */
  id: string;
  /** English display name. */
  name: string;
  category: Category;
  milk: string;
  /** Names by language code (Open Food Facts taxonomy and the English name). */
  names: Record<string, string[]>;
  k2: K2Estimate;
  calcium: CalciumEstimate;
  portions: Portion[];
  /** One serving; absent when no serving row covers the food (then only per 100 g and per package). */
  serving?: Serving;
  offId?: string;
  ciqual: string[];
  usda: string[];
  /** For derived foods (e.g. generic "cheese"): how the food is defined. */
  derivation?: string;
}

export interface Source {
  id: string;
  kind: string;
  citation: string;
  year?: number;
  url: string;
  licence: string;
  notes: string;
}

export interface Intake {
  nutrient: string;
  population: string;
  value: number;
  unit: string;
  kind: string;
  source: string;
  notes: string;
}

export interface Dataset {
  /** Content hash of the compiled dataset: the IndexedDB copy is re-seeded when it changes. */
  version: string;
  foods: Food[];
  sources: Source[];
  intakes: Intake[];
  /** Warnings the validation raised (inconsistent rows kept as published). */
  warnings: string[];
}
