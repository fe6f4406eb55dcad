import { describe, expect, it } from 'vitest';
import { compileLexicon, foldString, foldText, Matcher, type Prefilter } from '../../../src/match/index';
import type { LexiconLanguage } from '../../../src/match/lexicon/types';
import { cjkUnits, codeLetters, textScript } from '../../../src/match/scripts';

/** A small lexicon of its own: the script mechanics, independent of the bundled words. */
const LEX: LexiconLanguage[] = [
  {
    langs: ['en'],
    foods: { cheese: 'cheese', kefir: 'kefir', feta: 'feta', gouda: 'gouda' },
    strict: { cheese: 'syr' },
  },
  {
    langs: ['ru', 'bg'],
    foods: { cheese: 'сыр|сирене', kefir: 'кефир', feta: 'фета' },
    context: { plant: 'соевый' },
  },
  { langs: ['el'], foods: { feta: 'φέτα', yogurt: 'γιαούρτι' } },
  {
    langs: ['ja', 'ko', 'zh'],
    foods: {
      cheese: 'チーズ|치즈|奶酪',
      natto: '納豆|なっとう',
      kimchi: '김치',
      'processed-cheese': 'pチーズ',
      yogurt: 'ヨーグルト',
      camembert: 'カマンベール',
    },
    notFood: 'チーズケーキ|김치찌개',
    context: { plant: '豆乳' },
  },
];
const matcher = new Matcher(compileLexicon(LEX));
const found = (text: string, lang?: string) =>
  matcher.find(text, { lang }).map((m) => [m.foodId, m.text] as const);

describe('fold: other scripts in a–z', () => {
  it.each([
    ['Кашкавал', 'kashkaval'],
    ['ЩИ', 'shti'],
    ['ёлка', 'elka'],
    ['Соль', 'sol'],
    ['Їжа', 'izha'],
    ['φέτα', 'feta'],
    ['ΘΕΡΜΟΣ', 'thermos'],
    ['ＧＯＵＤＡ', 'gouda'],
  ])('%s → %s', (input, folded) => expect(foldString(input)).toBe(folded));

  it('writes a kana, a Hangul syllable and an ideograph as four letters each', () => {
    expect(foldString('チ')).toBe(codeLetters(cjkUnits(0x30c1)?.[0] ?? -1));
    expect(foldString('チ')).toMatch(/^[a-z]{4}$/);
    expect(foldString('김')).toMatch(/^[a-z]{4}$/);
    expect(foldString('豆')).toMatch(/^[a-z]{4}$/);
    expect(new Set([foldString('チ'), foldString('김'), foldString('豆'), foldString('ズ')]).size).toBe(4);
  });

  it.each([
    ['なっとう', 'ナットウ'],
    ['ｶﾏﾝﾍﾞｰﾙ', 'カマンベール'],
    ['カ\u3099', 'ガ'],
    ['ｶﾞ', 'ガ'],
    ['ゔ', 'ヴ'],
    ['ＣＨＥＥＳＥ', 'cheese'],
  ])('%s folds like %s (hiragana, half-width, voicing marks, full-width)', (a, b) =>
    expect(foldString(a)).toBe(foldString(b)),
  );

  it('keeps the offsets of every symbol on its character', () => {
    const f = foldText('a納豆');
    expect(f.length).toBe(9);
    expect([...f.start.subarray(0, 9)]).toEqual([0, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('is idempotent on any mix of scripts', () => {
    for (const t of ['Сыр Gouda', 'ナチュラル・チーズ', 'Ɓ φέτα', '김치 ＧＯＵＤＡ']) {
      expect(foldString(foldString(t))).toBe(foldString(t));
    }
  });
});

describe('textScript', () => {
  it.each([
    ['Gouda', 'latn'],
    ['Сыр Gouda', 'cyrl'],
    ['φέτα', 'grek'],
    ['6Pチーズ', 'cjk'],
    ['김치', 'cjk'],
    ['123', 'latn'],
  ] as const)('%s → %s', (text, script) => expect(textScript(text)).toBe(script));
});

describe('matching in other scripts', () => {
  it.each([
    ['Сыр Российский 45% 200г', 'ru', [['cheese', 'Сыр']]],
    ['Кефир 1% 930 мл', 'ru', [['kefir', 'Кефир']]],
    ['Сирене краве 400 г', undefined, [['cheese', 'Сирене']]],
    ['Фета 200 г', 'bg', [['feta', 'Фета']]],
    ['Φέτα ΠΟΠ 400γρ', 'el', [['feta', 'Φέτα']]],
    ['Соевый кефир', 'ru', []],
  ] as const)('%s (%s)', (text, lang, expected) => expect(found(text, lang)).toEqual(expected));

  it('a term names a food only in its own script', () => {
    // "syr" (Latin, strict) and "сыр" fold alike; "feta" and "фета" too.
    expect(found('сыр', 'en')).toEqual([['cheese', 'сыр']]);
    expect(found('syr', 'ru')).toEqual([]);
    expect(found('syr', 'en')).toEqual([['cheese', 'syr']]);
    expect(found('Feta und фета', 'de')).toEqual([
      ['feta', 'Feta'],
      ['feta', 'фета'],
    ]);
    // A Cyrillic word that transliterates to a Latin term is not that term.
    expect(found('Гоуда')).toEqual([]);
  });

  it.each([
    ['ひきわり納豆 40g×3', [['natto', '納豆']]],
    ['おかめ納豆', [['natto', '納豆']]],
    ['ナットウ', [['natto', 'ナットウ']]],
    ['6Pチーズ 108g', [['processed-cheese', 'Pチーズ']]],
    ['明治ブルガリアヨーグルト', [['yogurt', 'ヨーグルト']]],
    ['ｶﾏﾝﾍﾞｰﾙﾁｰｽﾞ', [['camembert', 'ｶﾏﾝﾍﾞｰﾙﾁｰｽﾞ']]],
    ['ベイクドチーズケーキ', []],
    ['豆乳ヨーグルト', []],
    ['배추김치 1kg', [['kimchi', '김치']]],
    ['김치를 먹다', [['kimchi', '김치']]],
    ['김치찌개', []],
    ['芝士 奶酪片 200克', [['cheese', '奶酪']]],
  ] as const)('%s: no spaces needed', (text, expected) => expect(found(text, 'ja')).toEqual(expected));

  it('a CJK term starts and ends on a character, not inside one', () => {
    // ガ is カ + a voicing mark: "カ" must not match the first half of "ガ".
    const m = new Matcher(compileLexicon([{ langs: ['ja'], foods: { natto: 'カ' } }]));
    expect(m.find('ガ').map((x) => x.text)).toEqual([]);
    expect(m.find('カガ').map((x) => x.text)).toEqual(['カ']);
  });
});

describe('the page pre-filter fires on terms without spaces', () => {
  function hits(filter: Prefilter, texts: readonly string[]): number[] {
    const ends = new Int32Array(texts.length);
    let total = 0;
    texts.forEach((t, i) => {
      total += t.length;
      ends[i] = total;
    });
    const out = new Int32Array(texts.length);
    const n = filter.scan(texts.join(''), ends, texts.length, out);
    return [...out.subarray(0, n)];
  }

  it('in the middle of a run of Japanese or Korean text, and on Cyrillic words', () => {
    const filter = matcher.prefilter();
    // "Гоуда" folds like the Latin "gouda": the pre-filter fires (it does not look at scripts), find() does not.
    expect(
      hits(filter, [
        'ひきわり納豆です',
        'nothing here',
        'おいしいチーズ',
        '배추김치를',
        'Кефир',
        'Гоуда',
        'Gouda-Hof',
      ]),
    ).toEqual([0, 2, 3, 4, 5, 6]);
    expect(found('Гоуда')).toEqual([]);
  });
});
