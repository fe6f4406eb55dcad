import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { i18nFor } from '../../../src/i18n/tables';
import {
  type K2Form,
  parseSupplement,
  type SupplementKind,
  type SupplementNote,
} from '../../../src/nutrition/supplements';
import { supplementNoteText } from '../../../src/ui/text';

const { intakes, sources } = compileDataset(readSources());
/** A note as the English UI words it. */
const text = (note: SupplementNote | undefined) =>
  note ? supplementNoteText(note, i18nFor('en')) : undefined;

type U = undefined;
const _ = undefined;
// [title, kind, K2 µg, K2 form, vitamin D IU, vitamin D µg, calcium mg, pack count]
type Row = [string, SupplementKind, number | U, K2Form | U, number | U, number | U, number | U, number | U];

describe('supplement titles', () => {
  it.each<Row>([
    // English
    ['Vitamin K2 MK-7 200 mcg', 'k2-supplement', 200, 'MK-7', _, _, _, _],
    ['D3 + K2 (MK-7) 5000 IU / 100 µg', 'k2-supplement', 100, 'MK-7', 5000, _, _, _],
    ['Calcium 600 mg + D3', 'calcium-or-d-without-k2', _, _, _, _, 600, _],
    ['Vitamin D3 1000 IU + K2 MK-7 100 mcg, 60 softgels', 'k2-supplement', 100, 'MK-7', 1000, _, _, 60],
    ['Vitamin K2 as MK-4 1000 mcg 60 Capsules', 'k2-supplement', 1000, 'MK-4', _, _, _, 60],
    ['Vitamin K2 (MK-4 + MK-7) 100 µg, 90 vegicaps', 'k2-supplement', 100, 'MK-4 + MK-7', _, _, _, 90],
    ['Menatetrenone 45 mg', 'k2-supplement', 45000, 'MK-4', _, _, _, _],
    ['200 µg Vitamin K2 from natto, 120 tablets', 'k2-supplement', 200, _, _, _, _, 120],
    ['Vitamin D3 5,000 IU (125 mcg) 360 Softgels', 'calcium-or-d-without-k2', _, _, 5000, 125, _, 360],
    [
      'Calcium 1200 mg with Vitamin D3 25 mcg, 100 tablets',
      'calcium-or-d-without-k2',
      _,
      _,
      _,
      25,
      1200,
      100,
    ],
    [
      'Osteo Calcium 1200 mg + Vitamin D3 800 IU + K2 90 mcg, 120 tablets',
      'k2-supplement',
      90,
      _,
      800,
      _,
      1200,
      120,
    ],
    ['100 µg K2 + 25 µg D3', 'k2-supplement', 100, _, _, 25, _, _],
    ['Vitamin D3 2000 IU', 'calcium-or-d-without-k2', _, _, 2000, _, _, _],
    // German
    ['Vitamin D3 K2 Tropfen 20 ml', 'k2-supplement', _, _, _, _, _, _],
    ['K2-Vitamin 200 µg Menachinon-7', 'k2-supplement', 200, 'MK-7', _, _, _, _],
    ['Calcium + Vitamin D3 1000 mg/880 IE', 'calcium-or-d-without-k2', _, _, 880, _, 1000, _],
    ['Vitamin D3 1000 I.E. (25 µg) 120 Tabletten', 'calcium-or-d-without-k2', _, _, 1000, 25, _, 120],
    ['Vitamin D3 + K2 Öl 5.000 IE / 100 µg, 50 ml', 'k2-supplement', 100, _, 5000, _, _, _],
    [
      'Kalzium 500 mg + Vitamin D3 400 I.E. 120 Kautabletten',
      'calcium-or-d-without-k2',
      _,
      _,
      400,
      _,
      500,
      120,
    ],
    ['Vitamin K2 MK7 all-trans 200µg 365 Tabletten', 'k2-supplement', 200, 'MK-7', _, _, _, 365],
    ['Vitamin D3 K2 Depot 10.000 IE + 200 mcg', 'k2-supplement', 200, _, 10000, _, _, _],
    ['D3K2 Öl 20 ml', 'k2-supplement', _, _, _, _, _, _],
    // French
    ['Vitamine K2 MK7 75µg 60 gélules', 'k2-supplement', 75, 'MK-7', _, _, _, 60],
    ['Vitamine D3 1000 UI 90 comprimés', 'calcium-or-d-without-k2', _, _, 1000, _, _, 90],
    ['Vitamine K2 (ménaquinone-7) 100 µg - complément alimentaire', 'k2-supplement', 100, 'MK-7', _, _, _, _],
    ['Vitamine D3 + K2 - 1000 UI / 45 µg - 60 gélules', 'k2-supplement', 45, _, 1000, _, _, 60],
    // Dutch
    ['Vitamine D3 + K2 druppels 25 µg / 75 µg', 'k2-supplement', 75, _, _, 25, _, _],
    ['Calcium 800 mg + vitamine D 10 mcg 60 tabletten', 'calcium-or-d-without-k2', _, _, _, 10, 800, 60],
    // Italian
    ['Vitamina K2 MK-7 100 mcg 60 capsule', 'k2-supplement', 100, 'MK-7', _, _, _, 60],
    ['Vitamina D3 + K2 gocce 15 ml', 'k2-supplement', _, _, _, _, _, _],
    ['Vitamina D3 2000 UI + K2 75 µg, 60 compresse', 'k2-supplement', 75, _, 2000, _, _, 60],
    // Spanish
    ['Vitamina K2 MK-7 90 mcg 120 cápsulas', 'k2-supplement', 90, 'MK-7', _, _, _, 120],
    ['Calcio 600 mg + Vitamina D3 400 UI, 60 comprimidos', 'calcium-or-d-without-k2', _, _, 400, _, 600, 60],
    // Swedish, Danish, Norwegian
    ['K2-vitamin MK-7 100 µg 60 kapslar', 'k2-supplement', 100, 'MK-7', _, _, _, 60],
    ['D-vitamin 25 µg 90 tabletter', 'calcium-or-d-without-k2', _, _, _, 25, _, 90],
    ['Kalcium + D-vitamin 500 mg/10 µg tuggtabletter', 'calcium-or-d-without-k2', _, _, _, 10, 500, _],
    [
      'Kalsium 500 mg + D-vitamin 10 µg, 100 tyggetabletter',
      'calcium-or-d-without-k2',
      _,
      _,
      _,
      10,
      500,
      100,
    ],
    ['Vitamin K2 75 µg kosttilskud 60 kapsler', 'k2-supplement', 75, _, _, _, _, 60],
  ])('%s', (title, kind, k2, form, dIu, dUg, ca, count) => {
    const s = parseSupplement(title, intakes);
    expect(s.kind).toBe(kind);
    expect(s.k2?.ug).toBe(k2);
    expect(s.k2?.form).toBe(form);
    expect(s.vitaminD?.iu).toBe(dIu);
    expect(s.vitaminD?.ug).toBe(dUg);
    expect(s.calcium?.mg).toBe(ca);
    expect(s.units?.count).toBe(count);
  });

  it.each([
    // foods, including foods with a nutrient claim
    ['Vitamin-rich Gouda'],
    ['Calcium-enriched yogurt 500 g'],
    ['Gouda with vitamin K2, 200 g'],
    ['Joghurt mit Calcium und Vitamin D, 4 x 125 g'],
    ['Milch 1,5 % Fett mit Vitamin D 1 l'],
    ['Lait enrichi en calcium et vitamine D 1 L'],
    ['Käse calciumreich 150 g'],
    ['Natto 3 x 45 g'],
    ['Kefir 500 ml'],
    ['Rapeseed oil with vitamin D, 1 l'],
    ['Mineral water with calcium 500 mg/l'],
    // other supplements and other things
    ['Magnesium 400 mg Kapseln'],
    ['Vitamin C 1000 mg 100 tablets'],
    ['Omega-3 Fischöl 1000 mg 120 Kapseln'],
    ['Multivitamin 60 tablets'],
    ['Vitamin K 100 µg 60 tablets'],
    ['Cheese grater'],
    ['Old Amsterdam Gouda 48+ 200g'],
  ])('%s is not a K2, calcium or vitamin D supplement', (title) => {
    const s = parseSupplement(title, intakes);
    expect(s.kind).toBe('not-a-supplement');
    expect(s.notes).toEqual([]);
  });

  it('writes doses out in K2 Lens units', () => {
    const s = parseSupplement('D3 + K2 (MK-7) 5000 IU / 100 mcg', intakes);
    expect(s.k2?.dose).toEqual({ value: 100, unit: 'µg', text: '100 µg' });
    expect(s.vitaminD?.doses).toEqual([{ value: 5000, unit: 'IU', text: '5,000 IU' }]);
    expect(parseSupplement('Menatetrenone 45 mg').k2?.dose?.unit).toBe('mg');
  });

  it('reads the vitamin D form', () => {
    expect(parseSupplement('Vitamin D3 1000 IU 60 tablets').vitaminD?.form).toBe('D3');
    expect(parseSupplement('Vitamin D2 (ergocalciferol) 1000 IU 60 tablets').vitaminD?.form).toBe('D2');
    expect(parseSupplement('Vitamin D 25 µg 60 tablets').vitaminD?.form).toBeUndefined();
  });
});

describe('notes', () => {
  const threshold = intakes.find((i) => i.nutrient === 'mk7');
  const ul = intakes.find((i) => i.nutrient === 'calcium' && i.kind === 'tolerable upper intake level');

  it('the rows the notes quote exist, with their sources', () => {
    expect(threshold).toMatchObject({ value: 50, source: 'schurgers-2007-blood', kind: 'caution threshold' });
    expect(ul).toMatchObject({ value: 2500, source: 'efsa-2012-calcium-ul' });
    for (const id of ['schurgers-2007-blood', 'efsa-2012-calcium-ul'])
      expect(sources.some((s) => s.id === id)).toBe(true);
  });

  it('calcium without K2: the label lists no K2, with the EFSA upper level for calcium', () => {
    const [note, ...rest] = parseSupplement('Calcium 600 mg + D3 60 tablets', intakes).notes;
    expect(rest).toEqual([]);
    expect(note).toMatchObject({
      id: 'calcium-or-d-without-k2',
      sources: ['efsa-2012-calcium-ul'],
      evidence: 'k2-calcium-vitamin-d',
    });
    expect(text(note)).toBe(
      "The label lists calcium and vitamin D and no vitamin K2. EFSA's tolerable upper intake level for calcium " +
        'is 2,500 mg a day from food and supplements together.',
    );
  });

  it('vitamin D without K2: no reference value to quote', () => {
    const [note] = parseSupplement('Vitamin D3 2000 IU 120 softgels', intakes).notes;
    expect(note).toMatchObject({ sources: [] });
    expect(text(note)).toBe('The label lists vitamin D and no vitamin K2.');
  });

  it.each<[string, boolean]>([
    ['Vitamin K2 MK-7 200 mcg', true],
    ['Vitamin K2 MK-7 50 µg', true],
    ['Vitamin K2 MK-7 45 µg', false],
    ['Vitamin K2 100 µg 60 capsules', true],
    ['Vitamin K2 MK-4 1000 mcg 60 capsules', false],
    ['Vitamin D3 + K2 Tropfen 20 ml', false],
  ])('%s: MK-7 study note %s', (title, shown) => {
    const notes = parseSupplement(title, intakes).notes.filter((n) => n.id === 'mk7-vitamin-k-antagonists');
    expect(notes.length).toBe(shown ? 1 : 0);
    if (shown) {
      expect(notes[0]?.sources).toEqual(['schurgers-2007-blood']);
      expect(text(notes[0])).toContain('50 µg or more of MK-7 a day');
      expect(text(notes[0])).not.toMatch(/danger|warning|consult|should|must/i);
    }
  });

  it('says when the label does not state the K2 form', () => {
    const [note] = parseSupplement('Vitamin K2 100 µg 60 capsules', intakes).notes;
    expect(text(note)).toContain('100 µg of vitamin K2 (form not stated) per dose');
  });

  it('quotes no reference values without the dataset’s intakes', () => {
    expect(parseSupplement('Vitamin K2 MK-7 200 mcg').notes).toEqual([]);
    expect(parseSupplement('Calcium 600 mg 60 tablets').notes[0]?.sources).toEqual([]);
  });
});
