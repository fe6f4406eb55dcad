import { describe, expect, it } from 'vitest';
import { hepburn, looseSpelling, romanize } from '../../../src/data/transliterate';

describe('hepburn', () => {
  it.each([
    ['ナットウ', 'nattou'],
    ['なっとう', 'nattou'],
    ['みそ', 'miso'],
    ['キムチ', 'kimuchi'],
    ['チーズ', 'chiizu'],
    ['ゴーダ', 'gooda'],
    ['ヨーグルト', 'yooguruto'],
    ['バター', 'bataa'],
    ['マッチャ', 'matcha'],
    ['モッツァレラ', 'mottsarera'],
    ['ケフィア', 'kefia'],
    ['シェーブル', 'sheeburu'],
    ['ティルジッター', 'tirujittaa'],
    ['テンペ', 'tempe'],
    ['きゃべつ', 'kyabetsu'],
    ['しょうゆ', 'shouyu'],
    ['ジャム', 'jamu'],
    ['ふじ', 'fuji'],
    ['ヴァランセ', 'varanse'],
    ['グラナ・パダーノ', 'gurana padaano'],
  ])('%s → %s', (kana, latin) => {
    expect(hepburn(kana)).toBe(latin);
  });
});

describe('romanize', () => {
  it.each([
    ['кашкавал', 'kashkaval'],
    ['творог', 'tvorog'],
    ['сыр', 'syr'],
    ['сир', 'sir'],
    ['моцарелла', 'motsarella'],
    ['ряженка', 'ryazhenka'],
    ['φετα', 'feta'],
    ['γιαουρτι', 'giaourti'],
    ['βουτυρο', 'voutyro'],
    ['6pチーズ', '6pchiizu'],
    ['syr gouda', 'syr gouda'],
    ['gouda', 'gouda'],
    ['納豆', undefined],
    ['김치', undefined],
    ['納豆みそ', undefined],
  ])('%s → %s', (folded, latin) => {
    expect(romanize(folded)).toBe(latin);
  });
});

describe('looseSpelling', () => {
  it.each([
    ['mozzarella', 'mozarela'],
    ['motsarella', 'mozarela'],
    ['nattou', 'nato'],
    ['natto', 'nato'],
    ['gouda', 'goda'],
    ['jogurt', 'iogurt'],
    ['yogurt', 'iogurt'],
    ['tilsiter', 'tilsiter'],
    ['khachapuri', 'hachapuri'],
    ['schmand', 'shmand'],
    ['chiizu', 'chizu'],
    ['tasty cheese', 'tasti chese'],
  ])('%s → %s', (latin, loose) => {
    expect(looseSpelling(latin)).toBe(loose);
  });
});
