// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMatcher } from '../../../src/match';
import { createDetector, rootsLanguage } from '../../../src/page/scan-detector';

const options = { isFresh: () => true, markScanned: () => {} };

/** The food ids a fresh detector finds under `roots`, and the texts it handed to the matcher. */
function scan(roots: Node[]): { foods: string[]; matched: string[] } {
  const matcher = getMatcher();
  const find = vi.spyOn(matcher, 'find');
  const cursor = createDetector(matcher).cursor(roots, options);
  const foods: string[] = [];
  while (!cursor.done) for (const d of cursor.next(Number.POSITIVE_INFINITY)) foods.push(d.foodId);
  const matched = find.mock.calls.map(([text]) => text);
  find.mockRestore();
  return { foods, matched };
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.body.innerHTML = '';
  document.body.removeAttribute('lang');
});

afterEach(() => vi.restoreAllMocks());

describe('the language of a scan', () => {
  it('is the page language when no element under the roots has one of its own', () => {
    document.body.innerHTML = '<ul><li>Gouda</li></ul><p>Brie</p>';
    expect(rootsLanguage([document])).toBe('en');
    expect(rootsLanguage([document.body])).toBe('en');
    expect(rootsLanguage([document.querySelector('li') as Element])).toBe('en');
  });

  it('is the nearest language of the roots, the same for all of them', () => {
    document.body.innerHTML =
      '<section lang="it"><p id="a">burro</p><p id="b">grana</p></section><p id="c">x</p>';
    const [a, b, c] = ['#a', '#b', '#c'].map((s) => document.querySelector(s) as Element);
    expect(rootsLanguage([a as Element, (b as Element).firstChild as Node])).toBe('it');
    expect(rootsLanguage([a as Element, c as Element])).toBeUndefined();
  });

  it('is none when a block under the roots may be in another language, or the page names none', () => {
    document.body.innerHTML = '<p>Brie</p><section lang="it"><p>burro</p></section>';
    expect(rootsLanguage([document])).toBeUndefined();
    document.body.innerHTML = '<p>Brie</p>';
    document.documentElement.removeAttribute('lang');
    expect(rootsLanguage([document])).toBeUndefined();
  });

  it("is the page's in a shadow root (its blocks take the page's language), unless it holds another", () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = (document.querySelector('#host') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Gouda</p>';
    expect(rootsLanguage([shadow])).toBe('en');
    shadow.innerHTML = '<p lang="it">burro</p>';
    expect(rootsLanguage([shadow])).toBeUndefined();
  });
});

describe('the pre-filter of a scan', () => {
  it("does not hand the matcher text that names a food only in another language (an English page's 'burro')", () => {
    document.body.innerHTML = '<p>Un burro e un asino</p><h3>Gouda 400 g</h3>';
    const { foods, matched } = scan([document]);
    expect(foods).toEqual(['gouda']);
    expect(matched).toEqual(['Gouda 400 g']);
  });

  it('still finds a food named in the language of a part of the page', () => {
    document.body.innerHTML = '<h3>Gouda 400 g</h3><section lang="it"><h3>Burro 250 g</h3></section>';
    expect(scan([document]).foods.sort()).toEqual(['butter', 'gouda']);
  });

  it('finds the same foods as a pre-filter for every language on a page in one language', () => {
    document.documentElement.lang = 'it';
    document.body.innerHTML = '<h3>Burro 250 g</h3><h3>Grana Padano DOP</h3><p>Mozzarella di bufala</p>';
    const matcher = getMatcher();
    const original = matcher.prefilter.bind(matcher);
    const asked: (string | undefined)[] = [];
    const every = vi.spyOn(matcher, 'prefilter').mockImplementation((lang?: string) => {
      asked.push(lang);
      return original();
    });
    const withEvery = scan([document]).foods;
    every.mockRestore();
    expect(asked).toEqual(['it']);
    expect(scan([document]).foods).toEqual(withEvery);
    expect(withEvery.length).toBeGreaterThanOrEqual(3);
  });
});
