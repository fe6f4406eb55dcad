import { describe, expect, it } from 'vitest';
import { normalizeLang } from '../../../src/match/matcher';
import {
  foldForParsing,
  foldForSearch,
  foldName,
  foldString,
  identifierWords,
  lineKey,
} from '../../../src/match/text-norm';

describe('text normalisation variants', () => {
  it.each([
    ['200 g Gouda, gerieben', 'ggoudagerieben'],
    ['Crème fraîche (30 %)', 'cremefraiche'],
    ['', ''],
  ])('lineKey(%j) = %j', (text, key) => {
    expect(lineKey(text)).toBe(key);
  });

  it('lineKey keeps only the letters of foldString', () => {
    expect(lineKey('Käse: 2 × 100 g')).toBe(foldString('Käse: 2 × 100 g').replace(/[^a-z]/g, ''));
  });

  it.each([
    ['Straße Ærø Œuf', 'strasse aero oeuf'],
    ['ひらがな', 'ヒラガナ'],
    ['ＧＯＵＤＡ  48+', 'gouda 48'],
    ['Σύρος', 'συροσ'],
    ['  sýr,  Eidam ', 'syr eidam'],
  ])('foldForSearch(%j) = %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each([
    ['  Comté ', 'comte'],
    ['Straße', 'straße'],
  ])('foldName(%j) = %j', (text, folded) => {
    expect(foldName(text)).toBe(folded);
  });

  it.each([
    ['Für  4–6 Personen', 'fur 4-6 personen'],
    [' Größe−2 ', ' grosse-2 '],
  ])('foldForParsing(%j) = %j', (text, folded) => {
    expect(foldForParsing(text)).toBe(folded);
  });

  it.each([
    ['ingredientsList', ['ingredients', 'list']],
    ['recipe-ingrédients__item', ['recipe', 'ingredients', 'item']],
    ['wprm-recipe-ingredient2', ['wprm', 'recipe', 'ingredient']],
    ['', []],
  ])('identifierWords(%j)', (name, words) => {
    expect(identifierWords(name)).toEqual(words);
  });
});

describe('a language tag as the matcher reads it', () => {
  it.each<[string | undefined, string | undefined]>([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    [' de-AT ', 'de'],
    ['nb-NO', 'no'],
    ['nn', 'no'],
    ['zh-Hant-TW', 'zh'],
    ['-x', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (tag, primary) => expect(normalizeLang(tag)).toBe(primary));
});
