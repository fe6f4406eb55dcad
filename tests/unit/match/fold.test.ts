import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldString, foldText, getMatcher, type Prefilter } from '../../../src/match/index';

/** The nodes of `texts` (one after the other, as the page walk meets them) where `filter` fires. */
function prefilterHits(filter: Prefilter, texts: readonly string[]): number[] {
  const ends = new Int32Array(texts.length);
  let total = 0;
  texts.forEach((t, i) => {
    total += t.length;
    ends[i] = total;
  });
  const hits = new Int32Array(texts.length);
  const found = filter.scan(texts.join(''), ends, texts.length, hits);
  return [...hits.subarray(0, found)];
}

describe('foldString', () => {
  it.each([
    ['Crème Fraîche', 'creme fraiche'],
    ['Käse', 'kase'],
    ['Straße', 'strasse'],
    ['Œufs', 'oeufs'],
    ['smør', 'smor'],
    ['Masło', 'maslo'],
    ['ﬁne', 'fine'],
    ['cream-cheese', 'cream cheese'],
    ['goat’s cheese', 'goat s cheese'],
    ['crème\u00a0 fraîche', 'creme fraiche'],
    ['Weizen\u00admehl', 'weizenmehl'],
    ['Cre\u0300me', 'creme'],
    ['Tereyağı', 'tereyagi'],
    ['İzmir', 'izmir'],
    ['mac & cheese', 'mac & cheese'],
    ['Gouda 48+', 'gouda ##&'],
  ])('%s → %s', (input, folded) => expect(foldString(input)).toBe(folded));
});

describe('foldText offsets', () => {
  it('maps every symbol back to the character that produced it', () => {
    const f = foldText('Straße ﬁne');
    // s t r a s s e _ f i n e
    expect(f.text).toBe('strasse fine');
    expect(f.start[4]).toBe(4); // first s of ß
    expect(f.start[5]).toBe(4); // second s of ß
    expect(f.start[8]).toBe(7); // f of ﬁ
    expect(f.start[9]).toBe(7); // i of ﬁ
  });
  it('extends a letter over the combining marks that follow it', () => {
    const f = foldText('Cre\u0300me');
    expect(f.text).toBe('creme');
    expect(f.end[2]).toBe(4);
  });
});

describe('mention offsets index the original text', () => {
  it.each([
    ['2 jaunes d’œufs et 30 g de beurre', 'fr', ['jaunes d’œufs', 'beurre']],
    ['Ziegenkäße und Straße', 'de', []],
    ['ﬁne Käse aus der Käserei', 'de', ['Käse']],
    ['Cre\u0300me fra\u0131\u0302che épaisse', 'fr', ['Cre\u0300me fra\u0131\u0302che épaisse']],
    ['Crème  fraîche', 'fr', ['Crème  fraîche']],
    ['SMØR 250 g', 'da', ['SMØR']],
    ['Parmigiano-Reggiano DOP', 'it', ['Parmigiano-Reggiano']],
  ])('%s', (text, lang, expected) => {
    const ms = getMatcher().find(text, { lang });
    expect(ms.map((m) => m.text)).toEqual(expected);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('properties', () => {
  const terms = [
    'Käse',
    'Gouda',
    'crème fraîche',
    'Straße',
    'ß',
    'ﬁ',
    'æ',
    'butter',
    'peanut',
    'vegan',
    'cheese',
    'kaas',
    'Œ',
    'e\u0301',
  ];
  const noise = fc.constantFrom(
    ' ',
    ', ',
    '-',
    '\u00ad',
    '\u00a0',
    '(',
    '48+',
    'x',
    '’',
    '\n',
    'é',
    '😀',
    'Ж',
  );
  const text = fc
    .array(fc.oneof(fc.constantFrom(...terms), noise), { maxLength: 24 })
    .map((parts) => parts.join(''));

  it('every mention is a slice of the text, in order and without overlap', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ms = getMatcher().find(t, { lang: 'de' });
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(t.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('case does not change what is found', () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = getMatcher();
        const a = m.find(t, { lang: 'de' }).map((x) => x.foodId);
        const b = m.find(t.toUpperCase(), { lang: 'de' }).map((x) => x.foodId);
        // ß upper-cases to SS: both fold the same way.
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('a food word between separators is always found', () => {
    fc.assert(
      fc.property(
        noise,
        fc.constantFrom(['Gouda', 'gouda'], ['Emmentaler', 'emmental'], ['Skyr', 'skyr'], ['Kefir', 'kefir']),
        noise,
        (a, [word, food], b) => {
          const t = `x${a} ${word} ${b}x`;
          expect(
            getMatcher()
              .find(t, { lang: 'de' })
              .map((m) => m.foodId),
          ).toContain(food);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the streaming pre-filter never misses a block the full match finds something in', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (parts) => {
        const m = getMatcher();
        const hits = prefilterHits(m.prefilter('de'), parts);
        if (m.find(parts.join(''), { lang: 'de' }).length > 0) expect(hits.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads chunks on from where the last one stopped: any cut of the texts finds the same nodes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.constantFrom('Brie', 'Gouda ', ' de Meaux', 'crème ', 'fraîche', '')), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        (texts, seed) => {
          const m = getMatcher();
          const whole = prefilterHits(m.prefilter(), texts);
          // The same texts in two calls, cut after node `cut`.
          const cut = seed % (texts.length + 1);
          const pre = m.prefilter();
          const first = prefilterHits(pre, texts.slice(0, cut));
          const second = prefilterHits(pre, texts.slice(cut)).map((k) => k + cut);
          expect([...first, ...second]).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('without a language, the pre-filter fires on the short words of every language', () => {
    const m = getMatcher();
    expect(m.find('200 g ost', { lang: 'en' })).toEqual([]);
    expect(m.find('200 g ost', { lang: 'sv' }).map((x) => x.foodId)).toEqual(['cheese']);
    expect(prefilterHits(m.prefilter(), ['200 g ost'])).toEqual([0]);
    expect(prefilterHits(m.prefilter('en'), ['200 g ost'])).toEqual([]);
  });

  it("with others, also gives the nodes where only another language's term ends, as ~index", () => {
    const m = getMatcher();
    const others = m.prefilter('en-GB', { others: true });
    expect(others.lang).toBe('en');
    expect(prefilterHits(others, ['200 g ost'])).toEqual([~0]);
    expect(prefilterHits(others, ['200 g ost ', 'Fresh ', 'Gouda'])).toEqual([~0, 2]);
    // A term of the own language later in the same node makes it a hit.
    expect(prefilterHits(others, ['ost or Gouda', 'ost'])).toEqual([0, ~1]);
    // Nothing else changes: the own language's hits are those of a plain pre-filter.
    const texts = ['Old ', 'Gouda', ' 400 g', 'Apples', 'Feta cheese, Edam', 'Bread'];
    expect(prefilterHits(others, texts)).toEqual(prefilterHits(m.prefilter('en'), texts));
    // Without a language there is no other one.
    expect(prefilterHits(m.prefilter(undefined, { others: true }), ['200 g ost'])).toEqual([0]);
  });

  it("fires on a one-word term that starts a text right after another text's word", () => {
    // "Président</div><h3>Brie": the texts of two blocks meet without a separator.
    expect(prefilterHits(getMatcher().prefilter('fr'), ['Président', 'Brie'])).toEqual([1]);
    // Within one text, a word that merely ends in a term is not a hit ("Fabrie").
    expect(prefilterHits(getMatcher().prefilter('fr'), ['Fabrie'])).toEqual([]);
  });

  it('counts a letter that folds to two symbols (æ → ae, ß → ss) as two in a one-word term', () => {
    const hits = (lang: string, texts: string[]) => prefilterHits(getMatcher().prefilter(lang), texts);
    // "tykmælk" is 8 symbols long: the word start is found only if æ counts twice.
    expect(hits('da', ['Frisk tykmælk 1 l'])).toEqual([0]);
    expect(hits('da', ['Frisk ', 'tykmælk'])).toEqual([1]);
    expect(hits('de', ['Süßrahmbutter, 250 g'])).toEqual([0]);
    // Still a word of its own: a longer word that ends in the term is not a hit.
    expect(hits('da', ['Xtykmælk'])).toEqual([]);
  });

  it('fires on the node where a term ends, once per term, and starts over after a hit', () => {
    const hits = (texts: string[]) => prefilterHits(getMatcher().prefilter('en'), texts);
    // The word ends in the next node's separator; the hit is the node where the term ended.
    expect(hits(['Fresh ', 'Gouda', ' 400 g', 'Apples', 'Feta cheese, Edam'])).toEqual([1, 4]);
    // A term across two nodes ("Gou" + "da" of one word) is found in the second.
    expect(hits(['Gou', 'da', '', 'milk'])).toEqual([1]);
    // Nothing: apples, a word containing a term.
    expect(hits(['Apples ', '400 g', 'Fabrie'])).toEqual([]);
  });
});
