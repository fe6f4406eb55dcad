/**
 * What the food card says (DOM-free), rendered by FoodCard.tsx: the basis of K2
 * and of calcium with the number of independent sources, each portion's
 * numbers with their own basis (values.ts), the sources' disagreement and each
 * value behind it, a one-source value far from its category, each published
 * row with its menaquinone forms when they add up to its total, and the food's
 * sourced notes (the MK-7 note of natto).
 */
import { k2viewerReferences, rowStudies, shortCitation } from '../data/citation';
import {
  type Estimate,
  type Food,
  type Independence,
  type K2Row,
  MK_FORMS,
  type Source,
  type ValueBasis,
} from '../data/types';
import type { I18n } from '../i18n/core';
import { formsAddUp, valueBasis } from '../nutrition/estimate';
import { formatNumber } from '../nutrition/format';
import { foodPortions, type NutrientId, type PortionValues } from '../nutrition/portion';
import { categoryLabel, foodName, formatCount, methodText, portionLabel, quoted, servingLabel } from './text';
import { type ShownCell, shownCell } from './values';

/** The basis line of one nutrient: "Vitamin K2: Measured (2 independent sources): median of 4 published values". */
export interface BasisLine {
  nutrient: NutrientId;
  basis: ValueBasis;
  /** "Measured (one study)", "Estimate from similar foods", "Lower bound: only some forms measured (one study)". */
  label: string;
  /** How the value was made (text.ts, methodText). */
  method: string;
  /** Names of the foods an estimate comes from (when more than one). */
  from: string[];
}

export interface PortionCells {
  kind: PortionValues['kind'];
  label: string;
  portion: PortionValues;
  k2: ShownCell;
  calcium: ShownCell;
}

/** One published K2 row as the card lists it. */
export interface EvidenceRow {
  key: string;
  row: K2Row;
  /** "Camembert (France): < 20 µg (below the limit of quantification)" */
  text: string;
  /** "CIQUAL 2025, composition table" */
  source: string;
  studies: string[];
  /** "MK-4 6.5 · MK-5 0.8 … µg": only when the forms add up to the row's total (or are its partial value). */
  forms?: string;
  /** Set when the row reports forms that do not add up to its total (they are not shown). */
  formsHidden: boolean;
  /** "the same measurement as Kamao et al. 2007 (“Natto”): counted once" */
  reproduces?: string;
}

export interface CardNote {
  id: string;
  text: string;
  cite: string;
}

export interface CardModel {
  k2: BasisLine;
  calcium: BasisLine;
  portions: PortionCells[];
  /** "The sources disagree (…): CIQUAL 2025 < 20 µg; K2viewer 55 µg; Vermeer et al. 2018 68 µg." */
  disagreement?: string;
  /** "One source only, and 7.1 times the median of the other 4 measured blue cheeses (44 µg per 100 g)." */
  outlier?: string;
  evidence: EvidenceRow[];
  notes: CardNote[];
}

/** "one study", "one table", "2 independent tables", "3 independent sources". */
export function sourcesPhrase(independent: Independence | undefined, i18n: I18n): string {
  const count = independent?.count ?? 1;
  const kind = independent?.kind ?? 'mixed';
  if (count <= 1) {
    const key = {
      table: 'sourcesOneTable',
      study: 'sourcesOneStudy',
      compilation: 'sourcesOneCompilation',
      mixed: 'sourcesOneSource',
    }[kind];
    return i18n.t(key);
  }
  return i18n.t(kind === 'table' ? 'sourcesTables' : 'sourcesIndependent', formatCount(count, i18n));
}

/** The label of a value's basis: "Measured (one study)", "Estimate from similar foods"… */
export function basisLabel(estimate: Estimate, i18n: I18n): string {
  switch (valueBasis(estimate)) {
    case 'measured':
      return i18n.t('basisMeasured', sourcesPhrase(estimate.independent, i18n));
    case 'lower-bound':
      return i18n.t('basisLowerBound', sourcesPhrase(estimate.independent, i18n));
    case 'below-loq':
      return i18n.t('basisBelowLoq');
    case 'estimated':
      return i18n.t(estimate.basis === 'generic' ? 'basisGeneric' : 'basisEstimated');
  }
}

function rowValue(row: K2Row, i18n: I18n): string {
  const n = (v: number | undefined) => formatNumber(v ?? 0, i18n.locale);
  switch (row.kind) {
    case 'total':
      return `${n(row.value)} µg`;
    case 'partial':
      return row.min !== undefined && row.max !== undefined
        ? i18n.t('cardRowPartialRange', n(row.min), n(row.max))
        : i18n.t('cardRowPartial', n(row.value));
    case 'range':
      return `${n(row.min)}–${n(row.max)} µg`;
    case 'below':
      return i18n.t('cardRowBelow', n(row.max));
  }
}

/** A row's forms: "MK-4 6.5 · MK-5 0.8 · MK-9 30 µg". */
function formsText(row: K2Row, i18n: I18n): string {
  const parts = MK_FORMS.filter((f) => row.mk[f] !== undefined).map(
    (f) => `${f.toUpperCase().replace('MK', 'MK-')} ${formatNumber(row.mk[f] ?? 0, i18n.locale)}`,
  );
  return `${parts.join(' · ')} µg`;
}

export function cardModel(
  food: Food,
  i18n: I18n,
  sources: Record<string, Source>,
  options: { grams?: number; gramsKind?: 'package' | 'amount'; names?: Record<string, string> } = {},
): CardModel {
  const { t, locale } = i18n;
  const n = (v: number) => formatNumber(v, locale);
  const names = options.names ?? {};
  const nameOf = (id: string) => names[id] ?? id;
  const cite = (id: string) => (sources[id] ? shortCitation(sources[id]) : id);
  const refs = k2viewerReferences(sources.k2viewer);
  const k2 = food.k2;

  const line = (nutrient: NutrientId): BasisLine => {
    const estimate = food[nutrient];
    return {
      nutrient,
      basis: valueBasis(estimate),
      label: basisLabel(estimate, i18n),
      method: methodText(estimate, food, nutrient, i18n, nameOf),
      from: (estimate.from ?? []).length > 1 ? (estimate.from ?? []).map(nameOf) : [],
    };
  };

  const portions = foodPortions(food, options.grams, options.gramsKind ?? 'package');
  const cells = [portions.per100g, portions.serving, portions.amount]
    .filter((p): p is PortionValues => Boolean(p))
    .map((p) => ({
      kind: p.kind,
      label: portionLabel(p, food, i18n),
      portion: p,
      k2: shownCell(food, 'k2', p.k2, p.grams, i18n),
      calcium: shownCell(food, 'calcium', p.calcium, p.grams, i18n),
    }));

  let disagreement: string | undefined;
  const d = valueBasis(k2) === 'measured' ? k2.disagreement : undefined;
  if (d) {
    const counts = new Map<string, number>();
    for (const v of d.values) counts.set(v.source, (counts.get(v.source) ?? 0) + 1);
    const values = d.values.map((v) => {
      const amount = v.below !== undefined ? `< ${n(v.below)} µg` : `${n(v.value ?? 0)} µg`;
      const named = (counts.get(v.source) ?? 0) > 1 ? ` (${quoted(v.name, i18n)})` : '';
      return `${cite(v.source)}${named} ${amount}`;
    });
    const reasons = d.rules.map((r) => t(r === 'ratio' ? 'cardDisagreementRatio' : 'cardDisagreementLimit'));
    disagreement = t('cardDisagreement', reasons.join(t('listSeparator')), values.join(t('listSeparator')));
  }

  let outlier: string | undefined;
  const o = k2.outlier;
  if (o && food.category !== 'generic') {
    const group = categoryLabel(food.category, i18n);
    const median = `${n(o.categoryMedian)} µg`;
    outlier =
      o.ratio > 1
        ? t('cardOutlierHigh', formatNumber(o.ratio, locale), formatCount(o.from.length, i18n), group, median)
        : t('cardOutlierLow', formatCount(o.from.length, i18n), group, median);
  }

  const evidence = k2.rows.map((row): EvidenceRow => {
    const hasForms = MK_FORMS.some((f) => row.mk[f] !== undefined);
    const shows = formsAddUp(row);
    return {
      key: `${row.source}|${row.ref}|${row.name}`,
      row,
      text: `${row.name}${row.country ? ` (${row.country})` : ''}${t('colon')} ${rowValue(row, i18n)}`,
      source: `${cite(row.source)}, ${t(`evidenceKind_${row.evidence}`)}`,
      studies: rowStudies(row, refs),
      ...(shows ? { forms: formsText(row, i18n) } : {}),
      formsHidden: hasForms && !shows,
      ...(row.reproduces
        ? { reproduces: t('cardReproduces', cite(row.reproduces.source), quoted(row.reproduces.name, i18n)) }
        : {}),
    };
  });

  const notes: CardNote[] = [];
  for (const note of food.notes ?? []) {
    if (note.id !== 'mk7-vitamin-k-antagonists' || !food.serving) continue;
    notes.push({
      id: note.id,
      text: [
        t(
          'noteMk7Food',
          foodName(food, i18n),
          servingLabel(food.serving, i18n),
          n(note.mk7PerServing),
          n(note.mk7Per100g),
          formatCount(note.values, i18n),
        ),
        t('noteMk7Study', formatCount(note.threshold, i18n)),
      ].join(' '),
      cite: note.sources.map(cite).join('; '),
    });
  }

  return {
    k2: line('k2'),
    calcium: line('calcium'),
    portions: cells,
    ...(disagreement ? { disagreement } : {}),
    ...(outlier ? { outlier } : {}),
    evidence,
    notes,
  };
}
