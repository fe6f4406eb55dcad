import { describe, expect, it } from 'vitest';
import { k2viewerReferences, rowStudies, shortCitation } from '../../../src/data/citation';
import { dataset } from '../../../src/data/dataset';

const source = (id: string) => {
  const s = dataset.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};

describe('short citations', () => {
  it.each([
    ['ciqual-2025', 'CIQUAL 2025'],
    ['usda-sr26', 'USDA SR26'],
    ['nevo-2023', 'NEVO 2023'],
    ['k2viewer', 'K2viewer'],
    ['walther-2021-afs', 'Walther & Schmidt 2021'],
    ['vermeer-2018', 'Vermeer et al. 2018'],
    ['kamao-2007', 'Kamao et al. 2007'],
    ['hojo-2007', 'Hojo et al. 2007'],
    ['efsa-2015-calcium', 'EFSA 2015'],
    ['efsa-2012-calcium-ul', 'EFSA 2012'],
    ['iom-2001-vitk', 'US IOM 2001'],
    ['fda-racc-2016', 'US FDA 2016'],
  ])('%s → %s', (id, short) => {
    expect(shortCitation(source(id))).toBe(short);
  });

  it('gives every source a short citation that names an author or a body and its year when known', () => {
    for (const s of dataset.sources) {
      const short = shortCitation(s);
      expect(short.length, s.id).toBeGreaterThan(3);
      expect(short.length, s.id).toBeLessThan(40);
      if (s.year && !/^(ciqual|usda|off|k2viewer)/.test(s.id)) expect(short, s.id).toContain(String(s.year));
    }
  });

  it("names the studies a K2viewer row cites, from K2viewer's reference list", () => {
    const refs = k2viewerReferences(source('k2viewer'));
    expect(refs.get('1')).toBe('Dunlop E, Food Chem 2022');
    expect(refs.get('9')).toBe('Schurgers LJ, Haemostasis (2000)');
    expect(rowStudies({ ref: 'their reference(s) 9; 7' }, refs)).toEqual([
      'Schurgers LJ, Haemostasis (2000)',
      'Kamao M, J Nutr Sci Vitaminol 2007',
    ]);
    expect(rowStudies({ ref: 'alim_code 12115' }, refs)).toEqual([]);
  });
});
