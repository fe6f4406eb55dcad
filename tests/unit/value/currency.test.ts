import { describe, expect, it } from 'vitest';
import { PREFIX_RE, SUFFIX_RE } from '../../../src/value/currency';

/** The sign a suffix match reads after the amount ending at `at`. */
const suffix = (text: string, at: number) => {
  SUFFIX_RE.lastIndex = at;
  return SUFFIX_RE.exec(text)?.[1];
};

describe('currency signs', () => {
  it.each([
    ['4,50 лв. ', 4, 'лв.'],
    ['4,50 лв', 4, 'лв'],
    ['29,90 kr.', 5, 'kr.'],
    ['29,90 kr', 5, 'kr'],
    ['4,50 €', 4, '€'],
    ['12 990 Ft', 6, 'Ft'],
    ['3,99 zł/kg', 4, 'zł'],
    ['5 руб.', 1, 'руб.'],
    ['40 грн.', 2, 'грн.'],
    ['4.50 Fr.', 4, 'Fr.'],
    ['9,99 lei', 4, 'lei'],
  ])('after the amount in %j: the longest spelling, %#', (text, at, sign) => {
    expect(suffix(text, at)).toBe(sign);
  });

  it.each([
    ['4,50 krone', 4],
    ['2 Frs', 1],
    ['10 lemons', 2],
  ])('no sign that runs on into a word: %j', (text, at) => {
    expect(suffix(text, at)).toBeUndefined();
  });

  it.each([
    ['Preis: CHF ', 'CHF'],
    ['nur US$', 'US$'],
    ['£', '£'],
    ['Kč ', 'Kč'],
  ])('before the amount: %j', (text, sign) => {
    expect(PREFIX_RE.exec(text)?.[1]).toBe(sign);
  });

  it.each(['XCHF ', 'bakr '])('no sign inside a word before the amount: %j', (text) => {
    expect(PREFIX_RE.exec(text)).toBeNull();
  });

  it('writes each letter test once per group of spellings, not once per spelling', () => {
    // A Unicode letter class per spelling (some 200) made the first price a page reads cost 100–200 ms of
    // regular-expression compiling; grouped, the expressions hold four at most.
    const classes = (re: RegExp) => re.source.split('\\p{L}').length - 1;
    expect(classes(PREFIX_RE)).toBeLessThanOrEqual(4);
    expect(classes(SUFFIX_RE)).toBeLessThanOrEqual(2);
  });
});
