/**
 * The words and numbers the UI shows for the dataset's facts, in the user's
 * language (DOM-free): food names, portions, servings, estimate methods,
 * category names, supplement doses and notes, what each source covers. Every
 * function takes the translator; the English wording of each equals what the
 * core writes into the dataset (the tests compare them).
 */
import type { SourceCoverage } from '../data/coverage';
import type { Category, Estimate, Food, Serving } from '../data/types';
import type { I18n } from '../i18n/core';
import { foldName } from '../match/text-norm';
import { k2ValueRows } from '../nutrition/estimate';
import { type FormattedAmount, formatAmount, formatGrams, formatNumber } from '../nutrition/format';
import type { Amount, PortionValues } from '../nutrition/portion';
import type { LabelledDose, SupplementNote } from '../nutrition/supplements';
import type { TargetExplanation } from '../nutrition/targets';

/** A message key from free text ("1/2 cup" → "1_2_cup"). */
function keyPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A whole number with the locale's grouping ("2,500", "2.500", "2 500"). */
export function formatCount(value: number, i18n: I18n): string {
  return new Intl.NumberFormat(i18n.locale).format(value);
}

export function amountText(amount: Amount, i18n: I18n): FormattedAmount {
  return formatAmount(amount, i18n.locale);
}

/** "“Gouda 48+”" with the language's quotation marks. */
export function quoted(text: string, i18n: I18n): string {
  return i18n.t('quote', text);
}

/**
 * A food's name in the UI language: a message `foodName_<id>` (derived foods
 * such as unspecified cheese), else the dataset's first name in that language
 * (Open Food Facts taxonomy), else the English name. A local name that only
 * differs from the English one by case or accents gives the English spelling
 * ("comte" → "Comté").
 */
export function foodName(food: Pick<Food, 'id' | 'name' | 'names'>, i18n: I18n): string {
  const own = `foodName_${food.id.replace(/-/g, '_')}`;
  if (i18n.lang !== 'en' && i18n.has(own)) return i18n.t(own);
  if (i18n.lang === 'en') return food.name;
  const local = food.names?.[i18n.lang]?.[0]?.trim();
  if (!local) return food.name;
  if (
    foldName(local) === foldName(food.name) ||
    foldName(local) === foldName(food.name.replace(/\s*\(.*\)\s*$/, ''))
  )
    return food.name.replace(/\s*\(.*\)\s*$/, '');
  return local.charAt(0).toLocaleUpperCase(i18n.locale) + local.slice(1);
}

/** The household measure of a serving in the UI language: "1 piece (30 g)", German "1 Stück (30 g)". */
export function servingLabel(serving: Pick<Serving, 'label'>, i18n: I18n): string {
  if (i18n.lang === 'en') return serving.label;
  const m = serving.label.match(/^(.*\S)\s*\((\d+(?:\.\d+)?)\s*(g|mL|ml)\)$/);
  if (!m) return serving.label;
  const key = `serving_${keyPart(m[1] as string)}`;
  if (!i18n.has(key)) return serving.label;
  const amount = formatNumber(Number(m[2]), i18n.locale);
  return `${i18n.t(key)} (${amount} ${m[3] === 'g' ? 'g' : 'ml'})`;
}

/** What a portion is: "100 g", the serving's measure, or the grams read from the page. */
export function portionLabel(
  portion: Pick<PortionValues, 'kind' | 'grams' | 'label'>,
  food: Pick<Food, 'serving'>,
  i18n: I18n,
): string {
  if (portion.kind === 'serving' && food.serving) return servingLabel(food.serving, i18n);
  if (portion.kind === 'serving') return portion.label;
  return formatGrams(portion.grams, i18n.locale);
}

/** The plural name of a food category ("blue cheeses"). */
export function categoryLabel(category: Category, i18n: I18n): string {
  return i18n.t(`category_${category}`);
}

/** The group a derived estimate comes from: the food's category, or for a derived food its group. */
function groupLabel(food: Pick<Food, 'id' | 'category'>, i18n: I18n): string {
  if (food.category !== 'generic') return categoryLabel(food.category, i18n);
  const key = `group_${food.id.replace(/-/g, '_')}`;
  return i18n.has(key) ? i18n.t(key) : categoryLabel('generic', i18n);
}

/**
 * How a value was made ("median of 3 published values", "median of 6 measured
 * blue cheeses"), from the estimate itself; `nameOf` names the food an
 * estimate of one food comes from (its id by default, as the dataset writes it).
 */
export function methodText(
  estimate: Estimate & { rows?: readonly { kind?: string; value?: number; source: string; name?: string }[] },
  food: Pick<Food, 'id' | 'category'>,
  nutrient: 'k2' | 'calcium',
  i18n: I18n,
  nameOf: (id: string) => string = (id) => id,
): string {
  const count = (n: number) => formatCount(n, i18n);
  let text: string;
  if (estimate.basis === 'measured') {
    const rows = estimate.rows ?? [];
    const n = nutrient === 'k2' ? k2ValueRows(rows).length : rows.length;
    if (nutrient === 'k2') text = n === 1 ? i18n.t('methodOneValue') : i18n.t('methodMedianValues', count(n));
    else text = n === 1 ? i18n.t('methodOneTableValue') : i18n.t('methodMedianTableValues', count(n));
    return text;
  }
  const from = estimate.from ?? [];
  const group = groupLabel(food, i18n);
  text =
    from.length === 1
      ? i18n.t('methodOnlyMeasured', group, nameOf(from[0] as string))
      : i18n.t('methodMedianMeasured', count(from.length), group);
  if (estimate.bound === 'upper')
    text = i18n.t('methodCapped', formatNumber(estimate.max, i18n.locale), text);
  return text;
}

/** A labelled dose in the UI language: "5,000 IU", German "5.000 IE". */
export function doseText(dose: Pick<LabelledDose, 'value' | 'unit'>, i18n: I18n): string {
  return `${formatCount(dose.value, i18n)} ${dose.unit === 'IU' ? i18n.t('unitIU') : dose.unit}`;
}

/** The text of a supplement note (plain statements; the values are the dataset's). */
export function supplementNoteText(note: SupplementNote, i18n: I18n): string {
  const f = note.facts;
  if (note.id === 'calcium-or-d-without-k2') {
    const listed = f.listed ?? [];
    const calcium = listed.includes('calcium');
    const d = listed.includes('vitamin-d');
    const parts = [
      calcium && d
        ? i18n.t('noteListsCalciumAndD')
        : calcium
          ? i18n.t('noteListsCalcium')
          : i18n.t('noteListsD'),
    ];
    if (f.calciumUpperLevel !== undefined)
      parts.push(i18n.t('noteCalciumUpperLevel', formatCount(f.calciumUpperLevel, i18n)));
    return parts.join(' ');
  }
  const dose = formatCount(f.k2Ug ?? 0, i18n);
  return [
    f.k2Form ? i18n.t('noteMk7Dose', dose, f.k2Form) : i18n.t('noteMk7DoseNoForm', dose),
    i18n.t('noteMk7Study', formatCount(f.mk7Threshold ?? 0, i18n)),
  ].join(' ');
}

/**
 * Problems the preferences module reports (in English, for its callers and logs) that the user can cause
 * from the options page, worded in the UI language; others are shown as reported.
 */
const PROBLEMS: [RegExp, string][] = [
  [/^show at least one of K2 and calcium$/, 'optProblemNutrients'],
  [/^the K2 target must be a number from (\d+) to (\d+) µg$/, 'optProblemK2Target'],
  [/^the calcium target must be a number from (\d+) to (\d+) mg$/, 'optProblemCalciumTarget'],
  [/^the minimum K2 must be a number from (\d+) to (\d+) µg$/, 'optProblemMinK2'],
  [/^this is not a K2 Lens settings file$/, 'optProblemNotSettings'],
  [/^settings file version (.*) is not supported$/, 'optProblemVersion'],
  [/^the file is not valid JSON$/, 'optProblemJson'],
];

export function problemText(problem: string, i18n: I18n): string {
  for (const [re, key] of PROBLEMS) {
    const m = problem.match(re);
    if (!m) continue;
    return i18n.t(key, ...m.slice(1));
  }
  return problem;
}

/** A target explanation with its values in the locale's number format. */
export function explanationText(e: TargetExplanation, i18n: I18n): string {
  return i18n.t(e.key, ...e.values.map((v) => new Intl.NumberFormat(i18n.locale).format(v)));
}

/**
 * "K2 for 45 foods (61 values) · calcium for 84 foods" in the UI language —
 * empty when the source adds no value.
 */
export function describeCoverage(c: SourceCoverage | undefined, i18n: I18n): string {
  if (!c) return '';
  const n = (v: number) => formatCount(v, i18n);
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
