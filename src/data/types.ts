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
  /**
   * The primary sources the value comes from (src/data/origins.ts): the table
   * (CIQUAL editions as one), the study, or the studies a compilation row cites.
   * Rows sharing an origin are not independent of each other.
   */
  origins?: string[];
  /** Set on a compilation or NEVO row that is the same measurement as a primary source's row of this food. */
  reproduces?: { source: string; name: string };
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
 * What a number shown for a food is (src/nutrition/estimate.ts, `valueBasis`):
 * - `measured`: a median of published values of this food;
 * - `estimated`: estimated from similar foods (its category, or for a generic
 *   food several categories);
 * - `below-loq`: this food was only measured below a limit of quantification;
 * - `lower-bound`: this food was only measured by some of its forms, so the
 *   value is a lower bound of its total.
 */
export type ValueBasis = 'measured' | 'estimated' | 'below-loq' | 'lower-bound';

/** The kind of the sources behind a value when they are one: a table, a study, a compilation, or a mix. */
export type SourceKind = 'table' | 'study' | 'compilation' | 'mixed';

/** How many independent sources a measured value rests on (src/nutrition/independence.ts, `sourceGroups`). */
export interface Independence {
  /** Groups of rows that share no origin with each other. */
  count: number;
  /** The kind of all those sources when they are of one kind (`mixed` otherwise). */
  kind: SourceKind;
}

/** One value taking part in a disagreement, with its source. */
export interface DisagreeingValue {
  source: string;
  name: string;
  ref: string;
  /** µg/100 g; absent for a row below a limit of quantification. */
  value?: number;
  /** The limit of a row below the limit of quantification. */
  below?: number;
}

/**
 * Sources of one food that disagree beyond their spread (the rule is in
 * src/nutrition/independence.ts, `disagreementOf`): the highest point value is
 * more than twice the lowest (and 5 µg/100 g or more above it), or a row below
 * a limit of quantification has a limit under another source's value.
 */
export interface Disagreement {
  /** Which part of the rule the values meet (both when both). */
  rules: ('ratio' | 'below-limit')[];
  /** Every point value and limit of the food, lowest first, each with its source. */
  values: DisagreeingValue[];
  /** The lowest point value, or the lowest limit when a limit is under every point value. */
  low: number;
  /** True when `low` is a limit ("< 20"), not a value. */
  lowIsLimit: boolean;
  /** The highest point value. */
  high: number;
}

/**
 * A food measured by one source only whose value is far from its category's:
 * more than three times the median of the other measured foods of its category,
 * or less than a third of it.
 */
export interface Outlier {
  /** Median of the central values of the category's other measured foods (µg/100 g). */
  categoryMedian: number;
  /** Those foods. */
  from: string[];
  /** central / categoryMedian. */
  ratio: number;
}

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
  /** For measured values: how many independent sources the value rests on. */
  independent?: Independence;
}

export interface K2Estimate extends Estimate {
  /**
   * Mean of each reported menaquinone form over the rows that report it and
   * whose forms add up to their total (µg/100 g); the UI shows forms per row.
   */
  mk: MkValues;
  rows: K2Row[];
  /** Set when the food's sources disagree beyond their spread. */
  disagreement?: Disagreement;
  /** Set when the food has one source and its value is far from its category's. */
  outlier?: Outlier;
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
  /** Sourced notes on the food (plain statements with the dataset's values). */
  notes?: FoodNote[];
}

/**
 * A usual serving of the food holds at least the MK-7 caution threshold of
 * intakes.csv (50 µg/day, Schurgers et al. 2007, Blood): the note quotes the
 * serving's MK-7 and what that study concluded about vitamin K antagonists.
 */
export interface Mk7Note {
  id: 'mk7-vitamin-k-antagonists';
  /** MK-7 per 100 g: the median of the MK-7 values the food's rows report (a row reproducing another left out). */
  mk7Per100g: number;
  /** MK-7 in one serving of the food (food.serving). */
  mk7PerServing: number;
  /** How many MK-7 values the median is of. */
  values: number;
  /** The caution threshold (µg/day) and its source. */
  threshold: number;
  sources: string[];
}

export type FoodNote = Mk7Note;

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
