/**
 * Properties of the parsers on arbitrary input (fast-check): nothing throws,
 * results stay within the input, normalization is idempotent, grams are never
 * negative or NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { foldString, getMatcher } from '../../src/match';
import { foldForSearch } from '../../src/match/text-norm';
import {
  findQuantities,
  gramsForMentions,
  parseNumber,
  portionsWithFallback,
} from '../../src/nutrition/quantity';
import { parseSupplement } from '../../src/nutrition/supplements';
import { parseYield } from '../../src/nutrition/yield';
import { parseJsonLdText } from '../../src/page/jsonld';

const matcher = getMatcher();
const measures = portionsWithFallback(dataset);
const RUNS = { numRuns: 400 };

/** Text that looks like product titles and ingredient lines, with arbitrary noise mixed in. */
const pieces = fc.constantFrom(
  'Gouda',
  'gouda',
  'Käse',
  'crème fraîche',
  'peanut butter',
  '200 g',
  '1½ cups',
  '2 x 125 g',
  '1,5 kg',
  '¾',
  'ß',
  'ﬁ',
  'œ',
  '-',
  '/',
  ' ',
  '\u00a0',
  '\u200b',
  'İ',
  '🧀',
  'oz',
  'tbsp',
  'Natto',
  'vegan',
);
const lineLike = fc
  .array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
    maxLength: 20,
  })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), lineLike);

describe('normalization', () => {
  it('folding never throws and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const once = foldString(t);
        expect(foldString(once)).toBe(once);
        const search = foldForSearch(t);
        expect(foldForSearch(search)).toBe(search);
      }),
      RUNS,
    );
  });
});

describe('matching', () => {
  it('never throws; every mention is a slice of the input at its offsets, in order, without overlap', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'en', 'de', 'fr', 'cs', 'xx'), (t, lang) => {
        const found = matcher.find(t, { lang });
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(m.start, m.end)).toBe(m.text);
          expect(dataset.foods.some((f) => f.id === m.foodId)).toBe(true);
          last = m.end;
        }
      }),
      RUNS,
    );
  });
});

describe('quantities', () => {
  it('grams are never negative, NaN or infinite, whatever the line', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const mentions = matcher.find(t);
        for (const g of gramsForMentions(t, mentions, measures)) {
          if (g === undefined) continue;
          expect(Number.isFinite(g)).toBe(true);
          expect(g).toBeGreaterThanOrEqual(0);
        }
        for (const q of findQuantities(t)) {
          expect(Number.isFinite(q.amount)).toBe(true);
          expect(q.amount).toBeGreaterThanOrEqual(0);
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(t.length);
        }
      }),
      RUNS,
    );
  });

  it('numbers parse to finite non-negative values or nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('1½', '¾', '1/0', '0/0', '1e999', '1,5', '1.000'),
        ),
        (t) => {
          const n = parseNumber(t);
          if (n !== undefined) {
            expect(Number.isFinite(n)).toBe(true);
            expect(n).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      RUNS,
    );
  });

  it('yields are positive and ordered, or absent', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const y = parseYield(t);
        if (y) {
          expect(y.min).toBeGreaterThan(0);
          expect(y.min).toBeLessThanOrEqual(y.central);
          expect(y.central).toBeLessThanOrEqual(y.max);
        }
      }),
      RUNS,
    );
  });

  it('supplement doses are finite and non-negative, or absent', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const s = parseSupplement(t, dataset.intakes);
        for (const v of [s.k2?.ug, s.calcium?.mg, s.vitaminD?.iu, s.vitaminD?.ug]) {
          if (v === undefined) continue;
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});

describe('structured data', () => {
  it('JSON-LD parsing never throws on broken or hostile text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.json(),
          fc.json().map((j) => j.slice(0, Math.max(0, j.length - 3))),
        ),
        (t) => {
          expect(Array.isArray(parseJsonLdText(t))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
