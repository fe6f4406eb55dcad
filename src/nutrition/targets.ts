/**
 * Daily targets and the share of them a portion gives (DOM-free).
 *
 * There is no official daily value for vitamin K2. The default K2 target is
 * the US Institute of Medicine's adequate intake of vitamin K for women,
 * 90 µg/day (men 120 µg/day), which counts K1 and K2 together; EFSA set an
 * adequate intake of 70 µg/day for vitamin K1 (phylloquinone) only and no
 * value for K2. The default calcium target is EFSA's population reference
 * intake for adults aged 25 and over, 950 mg/day (1000 mg/day at 18–24).
 * Every value here is a row of intakes.csv (the tests check it); the user can
 * pick another in the options.
 */
import type { Intake } from '../data/types';
import { type FormattedAmount, formatPercent, stripPercent } from './format';
import type { Amount, NutrientId } from './portion';

/** The user's daily targets: K2 in µg, calcium in mg. */
export interface DailyTargets {
  k2: number;
  calcium: number;
}

/** A target the options offer, with the intakes.csv row it comes from. */
export interface TargetChoice {
  id: string;
  nutrient: NutrientId;
  value: number;
  unit: 'µg' | 'mg';
  /** source_id of the intakes.csv row. */
  source: string;
  /** intakes.csv `nutrient` of the row (vitamin_k, vitamin_k1, calcium). */
  intakeNutrient: string;
  /** intakes.csv `population` of the row (the options name it through the message `targetPopulation_<id>`). */
  population: string;
}

export const TARGET_CHOICES: readonly TargetChoice[] = [
  {
    id: 'vitamin-k-women-iom',
    nutrient: 'k2',
    value: 90,
    unit: 'µg',
    source: 'iom-2001-vitk',
    intakeNutrient: 'vitamin_k',
    population: 'women 19 years and over (also in pregnancy and lactation)',
  },
  {
    id: 'vitamin-k-men-iom',
    nutrient: 'k2',
    value: 120,
    unit: 'µg',
    source: 'iom-2001-vitk',
    intakeNutrient: 'vitamin_k',
    population: 'men 19 years and over',
  },
  {
    id: 'vitamin-k1-efsa',
    nutrient: 'k2',
    value: 70,
    unit: 'µg',
    source: 'efsa-2017-vitk',
    intakeNutrient: 'vitamin_k1',
    population: 'adults including pregnancy and lactation',
  },
  {
    id: 'calcium-25-efsa',
    nutrient: 'calcium',
    value: 950,
    unit: 'mg',
    source: 'efsa-2015-calcium',
    intakeNutrient: 'calcium',
    population: 'adults 25 years and over',
  },
  {
    id: 'calcium-18-24-efsa',
    nutrient: 'calcium',
    value: 1000,
    unit: 'mg',
    source: 'efsa-2015-calcium',
    intakeNutrient: 'calcium',
    population: 'adults 18-24 years',
  },
];

export const DEFAULT_TARGET_IDS = { k2: 'vitamin-k-women-iom', calcium: 'calcium-25-efsa' } as const;

function choice(id: string): TargetChoice {
  const c = TARGET_CHOICES.find((t) => t.id === id);
  if (!c) throw new Error(`no target ${id}`);
  return c;
}

export const DEFAULT_TARGETS: DailyTargets = {
  k2: choice(DEFAULT_TARGET_IDS.k2).value,
  calcium: choice(DEFAULT_TARGET_IDS.calcium).value,
};

/**
 * Why the defaults are what they are, for the options page: the message `key`
 * of the explanation, the values it quotes (in order, from the target choices,
 * so from intakes.csv rows) and the source ids of those rows.
 */
export interface TargetExplanation {
  key: string;
  values: number[];
  sources: string[];
}

/**
 * K2: no official daily value for vitamin K2; the default is the IOM adequate intake of vitamin K for women
 * (men's value in brackets), counting K1 and K2 together; EFSA set a value for K1 only. Calcium: the default
 * is EFSA's PRI for adults 25 and over (the 18–24 value in brackets).
 */
export const TARGET_EXPLANATIONS: Record<NutrientId, TargetExplanation> = {
  k2: {
    key: 'targetExplainK2',
    values: [
      choice('vitamin-k-women-iom').value,
      choice('vitamin-k-men-iom').value,
      choice('vitamin-k1-efsa').value,
    ],
    sources: ['iom-2001-vitk', 'efsa-2017-vitk'],
  },
  calcium: {
    key: 'targetExplainCalcium',
    values: [choice('calcium-25-efsa').value, choice('calcium-18-24-efsa').value],
    sources: ['efsa-2015-calcium'],
  },
};

/** The message key of a target choice's label ("Vitamin K adequate intake, women (US IOM)"). */
export function targetChoiceKey(target: Pick<TargetChoice, 'id'>): string {
  return `targetChoice_${target.id.replace(/-/g, '_')}`;
}

/** The message key of a target choice's population ("women 19 years and over"). */
export function targetPopulationKey(target: Pick<TargetChoice, 'id'>): string {
  return `targetPopulation_${target.id.replace(/-/g, '_')}`;
}

/** The intakes.csv row a target choice comes from, if the dataset has it. */
export function intakeOf(target: TargetChoice, intakes: readonly Intake[]): Intake | undefined {
  return intakes.find(
    (i) =>
      i.nutrient === target.intakeNutrient &&
      i.source === target.source &&
      i.value === target.value &&
      i.population === target.population,
  );
}

/** Share of a daily target, in percent, for the central value and each end of the range. */
export interface PercentRange {
  central: number;
  min: number;
  max: number;
}

/** `amount` as a percentage of `target` (same unit); undefined for a missing or non-positive target. */
export function percentOfTarget(amount: Amount, target: number | undefined): PercentRange | undefined {
  if (target === undefined || !(target > 0) || !Number.isFinite(target)) return undefined;
  return {
    central: (amount.central / target) * 100,
    min: (amount.min / target) * 100,
    max: (amount.max / target) * 100,
  };
}

/** K2 and calcium of a portion (or recipe serving) as percentages of the user's targets. */
export function shareOfTargets(
  portion: { k2: Amount; calcium: Amount },
  targets: DailyTargets = DEFAULT_TARGETS,
): { k2?: PercentRange; calcium?: PercentRange } {
  const k2 = percentOfTarget(portion.k2, targets.k2);
  const calcium = percentOfTarget(portion.calcium, targets.calcium);
  return { ...(k2 ? { k2 } : {}), ...(calcium ? { calcium } : {}) };
}

/** A percentage range as text: "7% (5–9%)"; the range only when its ends differ after rounding. */
export function formatPercentRange(p: PercentRange, locale = 'en'): FormattedAmount {
  const value = formatPercent(p.central, locale);
  const lo = formatPercent(p.min, locale);
  const hi = formatPercent(p.max, locale);
  const range = lo === hi ? undefined : `${stripPercent(lo)}–${hi}`;
  return { value, ...(range ? { range } : {}), text: range ? `${value} (${range})` : value };
}
