import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import {
  assignOrigins,
  authorYear,
  referenceOrigins,
  rowOrigins,
  sameMeasurement,
  sameValue,
} from '../../../src/data/origins';
import type { K2Row } from '../../../src/data/types';

const reference = referenceOrigins(dataset.sources);

function row(partial: Partial<K2Row> & Pick<K2Row, 'kind' | 'source'>): K2Row {
  return { ref: '', name: 'x', evidence: 'study', mk: {}, ...partial };
}

describe('where a value comes from', () => {
  it.each([
    ['Kamao M, J Nutr Sci Vitaminol 2007', 'kamao-2007'],
    ['Schurgers LJ, Haemostasis (2000)', 'schurgers-2000'],
    ['Vermeer C, Nutrients 2018', 'vermeer-2018'],
    ['own analysis', undefined],
  ])('%s → %s', (citation, key) => expect(authorYear(citation)).toBe(key));

  it.each([
    // K2viewer's reference list in sources.csv: 7 Kamao 2007, 11 Vermeer 2018, 1 Dunlop 2022 (our sources),
    // 9 Schurgers 2000 and 5 Jensen 2022 (not ours), 6 its own analysis.
    ['7', 'kamao-2007'],
    ['11', 'vermeer-2018'],
    ['1', 'dunlop-2022'],
    ['9', 'schurgers-2000'],
    ['5', 'jensen-2022'],
    ['6', 'k2viewer#6'],
  ])('K2viewer reference %s is %s', (n, origin) => expect(reference('k2viewer', n)).toBe(origin));

  it.each<[Partial<K2Row> & Pick<K2Row, 'kind' | 'source'>, string[]]>([
    [{ kind: 'below', source: 'ciqual-2025', evidence: 'table' }, ['ciqual']],
    [{ kind: 'total', source: 'ciqual-2020', evidence: 'table' }, ['ciqual']],
    [
      { kind: 'total', source: 'nevo-2023', evidence: 'table' },
      ['nevo-2023', 'schurgers-2000', 'vermeer-2018'],
    ],
    [{ kind: 'total', source: 'vermeer-2018', evidence: 'secondary' }, ['vermeer-2018']],
    [
      { kind: 'total', source: 'k2viewer', evidence: 'compilation', ref: 'their reference(s) 9; 7; 4' },
      ['fu-2017', 'kamao-2007', 'schurgers-2000'],
    ],
  ])('%j comes from %j', (r, origins) => expect(rowOrigins(row(r), reference)).toEqual(origins));

  it('same value within rounding', () => {
    expect(sameValue(939, 939.0)).toBe(true);
    expect(sameValue(941, 939)).toBe(false);
    expect(sameValue(0, 0)).toBe(true);
    expect(sameValue(47.3, 49.2)).toBe(false);
    expect(sameValue(72.9, 72.85)).toBe(true);
    expect(sameValue(1.0, 0.68)).toBe(false);
    expect(sameValue(0.5, 1.0)).toBe(false);
  });
});

describe('rows reproducing another source', () => {
  it("K2viewer's black-bean natto (reference 7, MK-7 939) is Kamao 2007's MK-7 939", () => {
    const kamao = row({ kind: 'partial', value: 939, mk: { mk7: 939 }, source: 'kamao-2007', name: 'Natto' });
    const blackBean = row({
      kind: 'total',
      value: 941,
      mk: { mk4: 2, mk7: 939 },
      source: 'k2viewer',
      evidence: 'compilation',
      ref: 'their reference(s) 7',
      name: 'Black bean natto',
    });
    const natto = row({
      kind: 'total',
      value: 763.3,
      mk: { mk4: 1.3, mk6: 7.2, mk7: 672.4, mk8: 82.4 },
      source: 'k2viewer',
      evidence: 'compilation',
      ref: 'their reference(s) 7; 1',
      name: 'Natto',
    });
    expect(sameMeasurement(blackBean, kamao)).toBe(true);
    expect(sameMeasurement(natto, kamao)).toBe(false);
    assignOrigins([natto, blackBean, kamao], reference);
    expect(blackBean.reproduces).toEqual({ source: 'kamao-2007', name: 'Natto' });
    expect(natto.reproduces).toBeUndefined();
    expect(kamao.origins).toEqual(['kamao-2007']);
  });

  it('a compilation row does not reproduce a study it does not cite, even with the same value', () => {
    const study = row({ kind: 'total', value: 68.1, source: 'vermeer-2018' });
    const copy = row({
      kind: 'total',
      value: 68.1,
      source: 'k2viewer',
      evidence: 'compilation',
      ref: 'their reference(s) 5',
    });
    assignOrigins([study, copy], reference);
    expect(copy.reproduces).toBeUndefined();
  });

  it('a NEVO value equal to another source’s (Edam 64.7, as the data README reports) is that measurement', () => {
    const k2viewer = row({
      kind: 'total',
      value: 64.7,
      source: 'k2viewer',
      evidence: 'compilation',
      ref: 'their reference(s) 11',
      name: 'Edam',
    });
    const nevo = row({
      kind: 'total',
      value: 64.7,
      source: 'nevo-2023',
      evidence: 'table',
      name: 'Kaas Edammer 40+',
    });
    assignOrigins([k2viewer, nevo], reference);
    expect(nevo.reproduces).toEqual({ source: 'k2viewer', name: 'Edam' });
    expect(nevo.origins).toContain('vermeer-2018');
  });

  it('two zeros (skyr: K2viewer 0.0, NEVO 0) are not one measurement', () => {
    const k2viewer = row({
      kind: 'total',
      value: 0,
      source: 'k2viewer',
      evidence: 'compilation',
      ref: 'their reference(s) 5',
      name: 'Skyr',
    });
    const nevo = row({
      kind: 'total',
      value: 0,
      source: 'nevo-2023',
      evidence: 'table',
      name: 'Skyr naturel',
    });
    assignOrigins([k2viewer, nevo], reference);
    expect(nevo.reproduces).toBeUndefined();
    expect(nevo.origins).not.toContain('jensen-2022');
  });

  it('in the compiled dataset: the black-bean natto row, and nothing reproduces a row that is not there', () => {
    const natto = dataset.foods.find((f) => f.id === 'natto');
    const blackBean = natto?.k2.rows.find((r) => r.name === 'Black bean natto');
    expect(blackBean?.reproduces).toEqual({ source: 'kamao-2007', name: 'Natto' });
    for (const f of dataset.foods)
      for (const r of f.k2.rows)
        if (r.reproduces)
          expect(
            f.k2.rows.some((o) => o.source === r.reproduces?.source && o.name === r.reproduces.name),
            `${f.id} ${r.name}`,
          ).toBe(true);
  });
});
