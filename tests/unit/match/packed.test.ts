/**
 * The matcher compiled at build time (src/match/generated, by `npm run data`)
 * is the matcher compiled from the language files: same patterns, same
 * automaton state for state, same words, and the same mentions and pre-filter
 * hits on texts in every script of the lexicon. The fold table unpacked from
 * its runs is the one computed from the Unicode data, and the generated files
 * are those of the current sources.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Automaton, buildAutomaton } from '../../../src/match/automaton';
import { generatedHash, sourcesHash } from '../../../src/match/build/build-matcher';
import { type Dfa, ROOT } from '../../../src/match/dfa';
import { foldTable, TERM_SYMBOLS } from '../../../src/match/fold';
import { computeFoldTable, packFoldTable, unpackFoldTable } from '../../../src/match/fold-table';
import foldData from '../../../src/match/generated/fold.json';
import matcherData from '../../../src/match/generated/matcher.json';
import termsData from '../../../src/match/generated/terms.json';
import {
  compileLexicon,
  getMatcher,
  LEXICON_LANGUAGES,
  Matcher,
  type Mention,
  type PackedMatcher,
  type Prefilter,
  termsByFood,
} from '../../../src/match/index';
import type { PatternInfo } from '../../../src/match/lexicon/index';
import { packMatcher, unpackMatcher } from '../../../src/match/packed';
import { PRINTABLE } from '../../../src/match/trie';

const lexicon = compileLexicon();
const fresh = new Matcher(lexicon);
const loaded = getMatcher();
const built = buildAutomaton(lexicon.patterns.map((p) => p.text));
/** A matcher of the packed form of its own (no rows filled by other tests). */
const getMatcherCopy = (): Matcher => Matcher.unpack(matcherData as PackedMatcher);

/**
 * A DFA's tables with every row filled, as buildAutomaton writes them: states
 * from 0, and per state the list of the patterns that end there.
 */
function tablesOf(dfa: Dfa): Automaton {
  dfa.fillAll();
  const W = TERM_SYMBOLS;
  const n = dfa.states;
  const delta = new (dfa.delta.constructor as Uint16ArrayConstructor)(n * W);
  for (let i = 0; i < n * W; i++) delta[i] = (dfa.delta[i + W] as number) - 1;
  const outStart = new Uint32Array(n + 1);
  const outputs: number[] = [];
  for (let s = ROOT; s <= n; s++) {
    outStart[s - 1] = outputs.length;
    for (let x = dfa.outLink[s] as number; x !== 0; x = dfa.outLink[dfa.fail[x] as number] as number)
      for (let k = 0; k < (dfa.ownCount[x] as number); k++) outputs.push((dfa.ownStart[x] as number) + k);
  }
  outStart[n] = outputs.length;
  return {
    delta,
    outStart,
    outputs: Uint32Array.from(outputs),
    lengths: dfa.lengths,
    depth: dfa.depth.slice(1, n + 1),
    states: n,
  };
}

const found = (m: Matcher, text: string, lang?: string): [string, number, number][] =>
  m.find(text, { lang }).map((x: Mention) => [x.foodId, x.start, x.end]);

/**
 * Every pattern's written form (food, no-food, context, elliptic, hint words) in a few settings,
 * with the pattern's language (else none).
 */
const corpus: [string, string | undefined][] = lexicon.patterns.flatMap((p) => {
  const w = p.written;
  const lang = p.langs?.[0] ?? p.scope?.[0];
  return [w, `${w} 200 g`, `Bio ${w}`, `vegan ${w}`, `${w} cheese`, `${w}käse`].map(
    (t): [string, string | undefined] => [t, lang],
  );
});
/** Titles and lines in the scripts and languages of the lexicon. */
const lines = [
  'Old Amsterdam Gouda 48+ 400g',
  'Ziegenkäse natur 150 g',
  'Erdnussbutter crunchy',
  'Feta-Käse in Salzlake',
  'Swiss or Gruyère cheese, grated',
  'sans beurre ni fromage',
  'Vaj nélkül',
  'smetana ke šlehání 31 %',
  'Сыр Российский 45 % 200 г',
  'Кашкавал от краве мляко',
  'Γιαούρτι στραγγιστό 2% 1 kg',
  'ひきわり納豆 45g×3',
  '北海道バター 200g',
  '모짜렐라 치즈 200g',
  '无盐黄油 250克',
  'Jarlsberg skiver 200 g',
  'Bio-Kefir 1,5 %',
  'peanut butter and jelly',
  'Tereyağsız kurabiye',
  'Juustuta pitsa',
];

describe('the generated files', () => {
  it('were made from the current sources (else: npm run data)', () => {
    const hash = sourcesHash();
    expect(generatedHash('fold.json')).toBe(hash);
    expect(generatedHash('matcher.json')).toBe(hash);
    expect(generatedHash('terms.json')).toBe(hash);
  });
});

describe('the fold table', () => {
  it('unpacked from its runs is the table computed from the Unicode data', () => {
    const computed = computeFoldTable();
    expect(Buffer.from(foldTable()).equals(Buffer.from(computed))).toBe(true);
    expect(packFoldTable(computed)).toEqual(foldData.runs);
    expect(Buffer.from(unpackFoldTable(packFoldTable(computed))).equals(Buffer.from(computed))).toBe(true);
  });

  it('refuses runs that do not make a whole table', () => {
    const runs = packFoldTable(computeFoldTable());
    expect(() => unpackFoldTable(runs.slice(0, -2))).toThrow('65,536 entries');
    expect(() => unpackFoldTable([...runs, 7])).toThrow('65,536 entries');
    expect(() => unpackFoldTable([...runs, 7, 1])).toThrow('65,536 entries');
  });
});

describe('the matcher loaded from its packed form', () => {
  it('has the compiled patterns, in the same order (what the matcher reads of them)', () => {
    expect(loaded.lexicon.patterns.length).toBe(lexicon.patterns.length);
    const info = ({ kind, food, context, head, phrase, langs, scope, script }: PatternInfo): PatternInfo => ({
      kind,
      food,
      context,
      head,
      phrase,
      langs,
      scope,
      script,
    });
    expect(loaded.lexicon.patterns.map(info)).toEqual(lexicon.patterns.map(info));
  });

  it('has the automaton buildAutomaton makes, state for state, once its rows are all filled', () => {
    const a = built;
    const b = tablesOf(getMatcherCopy().automaton);
    expect(b.states).toBe(a.states);
    expect(b.delta.constructor).toBe(a.delta.constructor);
    for (const key of ['delta', 'outStart', 'outputs', 'lengths', 'depth'] as const)
      expect(Buffer.from(b[key].buffer).equals(Buffer.from(a[key].buffer)), key).toBe(true);
  });

  it('fills a row only when a scan reaches its state, and a page fills few', () => {
    const m = getMatcherCopy();
    const dfa = m.automaton;
    expect(dfa.rows).toBe(1);
    m.find('Old Amsterdam Gouda 48+ 400g', { lang: 'nl' });
    expect(dfa.rows).toBeGreaterThan(5);
    expect(dfa.rows).toBeLessThan(60);
    const filter = m.prefilter();
    const text = lines.join(' ');
    filter.scan(text, Int32Array.of(text.length), 1, new Int32Array(1));
    expect(dfa.rows).toBeLessThan(dfa.states / 20);
    // A pre-filter set up after states were reached has their flags too (per language: the same states' bits).
    const late = m.prefilter('de');
    const ends = Int32Array.of('Ziegenkäse natur'.length);
    expect(late.scan('Ziegenkäse natur', ends, 1, new Int32Array(1))).toBe(1);
  });

  it('has the word lists of the rules', () => {
    const l = loaded.lexicon;
    expect(l.linkers).toEqual(lexicon.linkers);
    expect(l.conjunctions).toEqual(lexicon.conjunctions);
    expect(l.blockers).toEqual(lexicon.blockers);
    expect(l.notAfter).toEqual(lexicon.notAfter);
    expect(l.cheeseWords).toEqual(lexicon.cheeseWords);
  });

  it('finds what the compiled matcher finds, in every language of the lexicon and without one', () => {
    expect(corpus.length).toBeGreaterThan(40_000);
    for (const lang of [undefined, ...LEXICON_LANGUAGES]) {
      for (const text of lines)
        expect(found(loaded, text, lang), `${text} (${lang})`).toEqual(found(fresh, text, lang));
    }
    let mentions = 0;
    for (const [text, own] of corpus) {
      for (const lang of own ? [undefined, own] : [undefined]) {
        const a = found(fresh, text, lang);
        mentions += a.length;
        expect(found(loaded, text, lang), `${text} (${lang})`).toEqual(a);
      }
    }
    expect(mentions).toBeGreaterThan(10_000);
  }, 60_000);

  it('finds what the compiled matcher finds in texts made of lexicon words', () => {
    const words = lexicon.patterns.map((p) => p.written);
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(' ', ', ', ' or ', ' und ', ' & ', '-', '2 ', '%', 'x', '\u2029'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom(undefined, ...LEXICON_LANGUAGES),
        (p, lang) => {
          const text = p.join('');
          expect(found(loaded, text, lang)).toEqual(found(fresh, text, lang));
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('has the pre-filter of the compiled matcher', () => {
    const hits = (filter: Prefilter, texts: readonly string[]): number[] => {
      const ends = new Int32Array(texts.length);
      let total = 0;
      texts.forEach((t, i) => {
        total += t.length;
        ends[i] = total;
      });
      const out = new Int32Array(texts.length);
      return [...out.subarray(0, filter.scan(texts.join(''), ends, texts.length, out))];
    };
    const texts = [...lines, ...corpus.filter((_, i) => i % 7 === 0).map(([t]) => `${t} `)];
    for (const lang of [undefined, 'en', 'de', 'pl', 'ru', 'ja']) {
      const a = hits(fresh.prefilter(lang), texts);
      expect(a.length).toBeGreaterThan(100);
      expect(hits(loaded.prefilter(lang), texts)).toEqual(a);
    }
  });

  it('packs to what the build generated', () => {
    expect(packMatcher(lexicon, built, matcherData.hash)).toEqual(matcherData);
  });

  it('packs and unpacks a small lexicon, and refuses patterns out of order', () => {
    const small = compileLexicon([{ langs: ['en'], foods: { gouda: 'gouda|old gouda', cheese: 'cheese' } }]);
    const texts = small.patterns.map((p) => p.text);
    expect(texts).toEqual(['gouda', 'cheese', 'old gouda']);
    const auto = buildAutomaton(texts);
    const { lexicon: l, dfa } = unpackMatcher(packMatcher(small, auto, ''));
    expect(new Matcher(l, dfa).find('Old Gouda cheese').map((m) => m.foodId)).toEqual(['gouda']);
    const a = tablesOf(dfa);
    expect([...a.delta]).toEqual([...auto.delta]);
    expect([...a.outputs]).toEqual([...auto.outputs]);
    expect([...a.outStart]).toEqual([...auto.outStart]);
    const swapped = {
      ...small,
      patterns: [small.patterns[1], small.patterns[0], small.patterns[2]] as never,
    };
    expect(() => packMatcher(swapped, buildAutomaton(['cheese', 'gouda', 'old gouda']), '')).toThrow(
      /out of order/,
    );
  });
});

describe('termsByFood', () => {
  it('holds the compiled lexicon terms, per food in the order of the files', () => {
    expect(termsByFood()).toEqual(lexicon.terms);
    expect(Object.keys(termsData.terms)).toEqual([...lexicon.terms.keys()]);
  });
});

describe('the printable alphabet', () => {
  it('holds the printable ASCII chars that need no escaping in JSON or JavaScript', () => {
    expect(PRINTABLE).toHaveLength(92);
    expect(PRINTABLE).not.toMatch(/["\\\s]/);
    expect(JSON.parse(JSON.stringify(PRINTABLE))).toBe(PRINTABLE);
    expect(JSON.stringify(PRINTABLE)).toBe(`"${PRINTABLE}"`);
  });
});
