/**
 * Each number carries its own basis: the badge model, the card model and the
 * rendered card say for every food of the dataset what its K2 and its calcium
 * are (measured, estimated from similar foods, below the limit of
 * quantification, a lower bound from partial forms), label the sources by how
 * many are independent, show no MK breakdown that contradicts its total, and
 * flag disagreement only where the values meet the documented rule. Then
 * hand-written rows, each value worked out from k2-measurements.csv and
 * calcium.csv.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Food, K2Row, Source } from '../../../src/data/types';
import { i18nFor } from '../../../src/i18n/tables';
import { DEFAULT_PREFS } from '../../../src/prefs/schema';
import { badgeModel } from '../../../src/ui/badge-model';
import { cardModel } from '../../../src/ui/card-model';

const en = i18nFor('en');
const de = i18nFor('de');
const fr = i18nFor('fr');
const nl = i18nFor('nl');
const sources: Record<string, Source> = Object.fromEntries(dataset.sources.map((s) => [s.id, s]));

const food = (id: string): Food => {
  const f = dataset.foods.find((x) => x.id === id);
  if (!f) throw new Error(`no food ${id}`);
  return f;
};

/**
 * What the data says K2 is, read from the rows themselves: a food with a total or a range of all forms is
 * measured; with only rows of some forms, a lower bound; with only rows below a limit, below the limit;
 * without rows (or a derived food), estimated.
 */
function k2BasisFromRows(f: Food): string {
  const rows = f.k2.rows;
  if (f.category === 'generic') return 'estimated';
  if (rows.some((r) => r.kind === 'total' || r.kind === 'range')) return 'measured';
  if (rows.some((r) => r.kind === 'partial')) return 'lower-bound';
  if (rows.some((r) => r.kind === 'below')) return 'below-loq';
  return 'estimated';
}

const calciumBasisFromRows = (f: Food) => (f.calcium.rows.length > 0 ? 'measured' : 'estimated');

/** Point values of a food's rows: totals and range midpoints. */
const points = (f: Food) => f.k2.rows.filter((r) => r.kind === 'total' || r.kind === 'range');

const share = (a: K2Row, b: K2Row) => (a.origins ?? []).some((o) => (b.origins ?? []).includes(o));

describe('every food of the dataset', () => {
  const foods = dataset.foods;

  it('has foods of every basis', () => {
    const kinds = new Set(foods.map(k2BasisFromRows));
    expect([...kinds].sort()).toEqual(['below-loq', 'estimated', 'lower-bound', 'measured']);
  });

  it.each(foods.map((f) => [f.id, f] as const))(
    '%s: badge and card say the basis of each number',
    (_id, f) => {
      const k2 = k2BasisFromRows(f);
      const ca = calciumBasisFromRows(f);
      const badge = badgeModel(f, DEFAULT_PREFS, undefined, 'package', en);
      expect(badge.basis).toEqual({ k2, calcium: ca });
      const card = cardModel(f, en, sources);
      expect(card.k2.basis).toBe(k2);
      expect(card.calcium.basis).toBe(ca);
      for (const p of card.portions) {
        expect(p.k2.basis, p.kind).toBe(k2);
        expect(p.calcium.basis, p.kind).toBe(ca);
      }

      // The badge: K2, then its mark, then calcium and its mark.
      const [k2Text, ...rest] = badge.text.split(' · ');
      const caText = rest.join(' · ');
      const disagree = f.k2.disagreement !== undefined;
      expect(badge.disagree).toBe(disagree);
      if (disagree) expect(k2Text).toMatch(/^K2 <?[\d.,]+–[\d.,]+ µg$/);
      else if (k2 === 'measured') expect(k2Text).toMatch(/^K2 ≈ [\d.,]+ µg$/);
      else if (k2 === 'estimated') expect(k2Text).toMatch(/^K2 ≈ [\d.,]+ µg est\.$/);
      else if (k2 === 'lower-bound') expect(k2Text).toMatch(/^K2 ≥ [\d.,]+ µg$/);
      else expect(k2Text).toMatch(/^K2 < [\d.,]+ µg$/);
      expect(caText).toMatch(ca === 'estimated' ? /^Ca [\d.,]+ mg est\.$/ : /^Ca [\d.,]+ mg$/);
      // The marks are the segments flagged to be shown lighter, and nothing else is.
      const marks = badge.segments.filter((s) => s.mark).length;
      expect(marks).toBe((k2 === 'estimated' ? 1 : 0) + (ca === 'estimated' ? 1 : 0));

      // The screen-reader label says the same, number by number.
      const k2Words = {
        measured: 'measured',
        estimated: 'estimated from similar foods',
        'lower-bound': 'at least',
        'below-loq': 'below the limit of quantification',
      }[k2];
      expect(badge.label).toContain(disagree ? 'the sources disagree' : k2Words);
      expect(badge.label).toMatch(
        ca === 'estimated' ? /calcium \S+ mg, estimated/ : /calcium \S+ mg, measured/,
      );
    },
  );

  it.each(foods.map((f) => [f.id, f] as const))(
    '%s: sources are counted as independent only when they are',
    (_id, f) => {
      const card = cardModel(f, en, sources);
      for (const line of [card.k2, card.calcium]) {
        expect(line.label).not.toMatch(/several/);
        if (line.basis === 'measured' || line.basis === 'lower-bound')
          expect(line.label).toMatch(
            /\((one (table|study|compilation|source)|\d+ independent (tables|sources))\)$/,
          );
      }
      const k2Count = f.k2.independent?.count ?? 0;
      if (card.k2.label.includes('independent')) {
        expect(card.k2.label).toContain(`${k2Count} independent`);
        // Two values of the food that share no table, study or cited study.
        const rows = points(f).filter((r) => !r.reproduces);
        expect(
          rows.some((a) => rows.some((b) => a !== b && !share(a, b))),
          f.id,
        ).toBe(true);
      }
      if (card.calcium.label.includes('independent'))
        expect(new Set(f.calcium.rows.map((r) => r.source.replace(/-\d{4}$/, ''))).size).toBeGreaterThan(1);
    },
  );

  it.each(foods.map((f) => [f.id, f] as const))('%s: no MK breakdown contradicts its total', (_id, f) => {
    const card = cardModel(f, en, sources);
    for (const e of card.evidence) {
      const forms = Object.values(e.row.mk).filter((v): v is number => v !== undefined);
      if (e.forms === undefined) continue;
      const sum = forms.reduce((a, b) => a + b, 0);
      if (e.row.kind === 'partial') {
        // Partial forms are a lower bound, never a total.
        expect(e.text, e.key).toMatch(/≥|lower bound/);
      } else {
        expect(e.row.kind).toBe('total');
        // Seven forms and a total, each published to 0.1: at most 0.4 apart.
        expect(Math.abs(sum - (e.row.value ?? Number.NaN)), e.key).toBeLessThanOrEqual(0.4);
      }
    }
  });

  it('every food flagged as disagreeing has values that differ by the rule, from sources that share nothing', () => {
    const flagged = foods.filter((f) => f.k2.disagreement);
    expect(flagged.length).toBeGreaterThan(4);
    for (const f of flagged) {
      const rows = points(f).filter((r) => !r.reproduces);
      const limits = f.k2.rows.filter((r) => r.kind === 'below');
      const ratio = rows.some((a) =>
        rows.some(
          (b) =>
            !share(a, b) &&
            (a.value as number) > 2 * (b.value as number) &&
            (a.value as number) - (b.value as number) >= 5,
        ),
      );
      const limit = limits.some((l) =>
        rows.some((a) => !share(a, l) && (a.value as number) > (l.max as number)),
      );
      expect(ratio || limit, f.id).toBe(true);
      expect(rows.length + limits.length, f.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('counts 25 foods with K2 point values from two or more independent sources', () => {
    const many = foods.filter(
      (f) => f.k2.basis === 'measured' && !f.k2.bound && (f.k2.independent?.count ?? 0) >= 2,
    );
    expect(many.map((f) => f.id).sort()).toEqual(
      [
        'brie',
        'butter',
        'camembert',
        'cheddar',
        'chicken-leg',
        'cream-cheese',
        'danablu',
        'edam',
        'egg-yolk',
        'emmental',
        'feta',
        'fermented-milk-drink',
        'gorgonzola',
        'gouda',
        'greek-yogurt',
        'kefir',
        'milner',
        'mozzarella',
        'parmigiano-reggiano',
        'processed-cheese',
        'quark',
        'raclette',
        'skyr',
        'yogurt',
        'creme-fraiche',
      ].sort(),
    );
  });
});

describe('hand-written rows', () => {
  it('aged gouda: K2 measured (K2viewer "Aged Gouda" 72.9), calcium estimated from the hard cheeses', () => {
    const f = food('gouda-aged');
    const badge = badgeModel(f, DEFAULT_PREFS, undefined, 'package', en);
    expect(badge.text).toMatch(/^K2 ≈ 73 µg · Ca [\d,]+ mg est\.$/);
    expect(badge.segments.filter((s) => s.mark).map((s) => s.text)).toEqual([' est.']);
    expect(badge.mark).toBe('est.');
    const card = cardModel(f, en, sources);
    // One K2viewer row citing one reference (1).
    expect(card.k2.label).toBe('Measured (one study)');
    expect(card.calcium.label).toBe('Estimate from similar foods');
    // The other measured hard cheeses: 0.3, 6.5, 9.4, 24.1, 35.9, 42.6 → median 16.75 → 16.8; 72.9 / 16.8 = 4.3
    expect(card.outlier).toBe(
      'One source only, and 4.3 times the median of the other 6 measured hard cheeses (17 µg per 100 g).',
    );
  });

  it('Comté: K2 estimated from the hard cheeses (median 24.1), calcium measured (CIQUAL 907)', () => {
    const f = food('comte');
    // Measured hard cheeses: 0.3, 6.5, 9.4, 24.1, 35.9, 42.6, 72.9 → 24.1
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', en).text).toBe('K2 ≈ 24 µg est. · Ca 910 mg');
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', de).text).toBe('K2 ≈ 24 µg gesch. · Ca 910 mg');
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', fr).text).toBe('K2 ≈ 24 µg est. · Ca 910 mg');
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', nl).text).toBe('K2 ≈ 24 µg gesch. · Ca 910 mg');
    const card = cardModel(f, en, sources);
    expect(card.calcium.label).toBe('Measured (one table)');
    expect(card.portions[0]?.k2).toMatchObject({ value: '24 µg', mark: 'est.' });
    expect(card.portions[0]?.calcium.mark).toBeUndefined();
  });

  it('Camembert: CIQUAL 2025 < 20 against K2viewer 55.4 and Vermeer 2018 68.1', () => {
    const f = food('camembert');
    const badge = badgeModel(f, DEFAULT_PREFS, undefined, 'package', en);
    // Calcium: 380, 388, 439, 476 → 413.5
    expect(badge.text).toBe('K2 <20–68 µg · Ca 410 mg');
    expect(badge.label).toBe(
      'Camembert, per 100 g: vitamin K2 from below 20 to 68 µg (the sources disagree); calcium 410 mg, measured. Show details.',
    );
    const card = cardModel(f, en, sources);
    expect(card.disagreement).toBe(
      'The sources disagree (a value lies above another source’s limit of quantification): ' +
        'CIQUAL 2025 < 20 µg; K2viewer 55 µg; Vermeer et al. 2018 68 µg.',
    );
    expect(card.k2.label).toBe('Measured (2 independent sources)');
    expect(card.calcium.label).toBe('Measured (2 independent tables)');
    // The table: the span of the sources, then their median (55.4 and 68.1 → 61.75 → 61.8).
    expect(card.portions[0]?.k2).toMatchObject({ value: '<20–68 µg', median: 'median 62 µg' });
  });

  it('natto: the MK-7 note; K2viewer black-bean natto (reference 7) is Kamao 2007, counted once', () => {
    const f = food('natto');
    const card = cardModel(f, en, sources);
    // MK-7 values: K2viewer 672.4, Kamao 939 (K2viewer's black-bean 939 is the same), Tsukamoto 775 → 775;
    // one serving (85 g): 658.75 µg.
    expect(card.notes).toEqual([
      {
        id: 'mk7-vitamin-k-antagonists',
        text:
          'One serving of Natto (3 oz (85 g)) holds about 660 µg of MK-7 (median of the 3 published MK-7 values: ' +
          '780 µg per 100 g). Schurgers et al. (2007), who compared vitamin K1 and natto-derived MK-7 supplements, ' +
          'concluded that preparations supplying 50 µg or more of MK-7 a day may interfere with oral anticoagulant ' +
          'treatment with vitamin K antagonists (e.g. warfarin).',
        cite: 'Schurgers et al. 2007',
      },
    ]);
    const blackBean = card.evidence.find((e) => e.row.name === 'Black bean natto');
    expect(blackBean?.reproduces).toBe('the same measurement as Kamao et al. 2007 (“Natto”): counted once');
    // Both K2viewer rows cite Kamao 2007: one source, a compilation of studies.
    expect(card.k2.label).toBe('Measured (one compilation)');
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', en).text).toBe('K2 ≈ 850 µg · Ca 220 mg');
    // In the other languages too.
    expect(cardModel(f, de, sources).notes[0]?.text).toMatch(
      /^Eine Portion Natto \(.*\) enthält etwa 660 µg MK-7/,
    );
    expect(cardModel(f, fr, sources).notes[0]?.text).toContain('660');
    expect(cardModel(f, nl, sources).notes[0]?.text).toContain('50 µg');
  });

  it('no other food’s serving holds 50 µg of MK-7', () => {
    expect(dataset.foods.filter((f) => f.notes?.length).map((f) => f.id)).toEqual(['natto']);
  });

  it('crème fraîche: K2viewer’s MK-4 20.1 does not add up to its total 2.6, so no breakdown is shown', () => {
    const card = cardModel(food('creme-fraiche'), en, sources);
    const k2viewer = card.evidence.find((e) => e.row.source === 'k2viewer');
    expect(k2viewer?.forms).toBeUndefined();
    expect(k2viewer?.formsHidden).toBe(true);
    expect(card.evidence.map((e) => e.forms ?? '').join(' ')).not.toMatch(/MK-4 20/);
    // The source's own note says why (shown with the row, not as a breakdown).
    expect(k2viewer?.row.note).toContain('inconsistent in the source');
  });

  it('cheddar: disagreement (2.6, 23.5, 41.7 and CIQUAL < 20); forms of the full-fat row only', () => {
    const f = food('cheddar');
    // Calcium: 739 and 721 → 730
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', en).text).toBe('K2 2.6–42 µg · Ca 730 mg');
    const card = cardModel(f, en, sources);
    expect(card.disagreement).toBe(
      'The sources disagree (the highest value is more than twice the lowest; a value lies above another source’s ' +
        'limit of quantification): K2viewer (“Cheddar (low fat)”) 2.6 µg; CIQUAL 2025 < 20 µg; NEVO 2023 24 µg; ' +
        'K2viewer (“Cheddar (full fat)”) 42 µg.',
    );
    const forms = Object.fromEntries(
      card.evidence.map((e) => [e.row.name, e.forms ?? (e.formsHidden ? 'hidden' : '')]),
    );
    expect(forms).toEqual({
      "Cheddar cheese, from cow's milk": '',
      'Cheddar (full fat)': 'MK-4 8.5 · MK-5 0.5 · MK-6 0.4 · MK-7 0.9 · MK-8 4.4 · MK-9 13 · MK-10 14 µg',
      'Cheddar (low fat)': 'hidden',
      'Cheddar cheese': 'MK-5 1.1 · MK-8 4 · MK-9 8 µg',
      'Kaas Cheddar (Cheese Cheddar)': '',
    });
    expect(card.evidence.find((e) => e.row.name === 'Cheddar cheese')?.text).toBe(
      'Cheddar cheese (Australia): ≥ 13 µg (only some forms reported)',
    );
  });

  it('Jarlsberg: Hojo 2007’s MK-9(4H) range of two pooled cheeses is a lower bound', () => {
    const f = food('jarlsberg');
    const badge = badgeModel(f, DEFAULT_PREFS, undefined, 'package', en);
    expect(badge.text).toMatch(/^K2 ≥ 43 µg · Ca [\d,]+ mg est\.$/);
    expect(badge.label).toContain('vitamin K2 at least 43 µg (only some of its forms measured)');
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', de).label).toContain(
      'Vitamin K2 mindestens 43 µg',
    );
    const card = cardModel(f, en, sources);
    expect(card.k2.label).toBe('Lower bound, only some forms measured (one study)');
    expect(card.portions[0]?.k2).toMatchObject({ value: '≥ 43 µg', range: '20–65 µg' });
    expect(card.evidence[0]?.text).toBe(
      'Jarlsberg and Emmental (propionibacteria cheeses) (Norway/Switzerland): 20–65 µg (only some forms reported: a lower bound)',
    );
  });

  it('blue cheese: one US row (311.8) against the other measured blue cheeses', () => {
    const card = cardModel(food('blue-cheese'), en, sources);
    // Danablu 68.9, Stilton 49.4, Roquefort 38.1, Gorgonzola 14.8 → 43.75 → 43.8; 311.8 / 43.8 = 7.1
    expect(card.outlier).toBe(
      'One source only, and 7.1 times the median of the other 4 measured blue cheeses (44 µg per 100 g).',
    );
    expect(card.k2.label).toBe('Measured (one study)');
    expect(cardModel(food('blue-cheese'), de, sources).outlier).toContain('7,1-Fache');
  });

  it('Parmigiano Reggiano: NEVO 76.5 against K2viewer 8.6', () => {
    const f = food('parmigiano-reggiano');
    // Calcium: 980 and 1184 → 1082
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', en).text).toBe('K2 8.6–77 µg · Ca 1,100 mg');
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', de).text).toBe('K2 8,6–77 µg · Ca 1.100 mg');
    expect(badgeModel(f, { ...DEFAULT_PREFS, units: 'perServing' }, undefined, 'package', en).text).toBe(
      'K2 2.6–23 µg · Ca 320 mg',
    );
    const card = cardModel(f, en, sources);
    expect(card.disagreement).toBe(
      'The sources disagree (the highest value is more than twice the lowest): K2viewer 8.6 µg; NEVO 2023 77 µg.',
    );
    expect(card.k2.label).toBe('Measured (2 independent sources)');
  });

  it('Fourme d’Ambert: only CIQUAL’s < 20', () => {
    const f = food('fourme-d-ambert');
    expect(badgeModel(f, DEFAULT_PREFS, undefined, 'package', en).text).toMatch(
      /^K2 < 20 µg · Ca [\d,]+ mg$/,
    );
    expect(cardModel(f, en, sources).k2.label).toBe('Below the limit of quantification');
  });
});
