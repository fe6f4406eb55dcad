// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMatcher } from '../../../src/match';
import { createDetector } from '../../../src/page/scan-detector';

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
  it("reads no element's language before the walk: only those of blocks where another language's term ends", () => {
    document.body.innerHTML = '<ul><li>Gouda</li></ul><p>Brie</p><section lang="it"><p>Pane</p></section>';
    const query = vi.spyOn(Element.prototype, 'querySelector');
    const closest = vi.spyOn(Element.prototype, 'closest');
    expect(scan([document]).foods.sort()).toEqual(['brie', 'gouda']);
    expect(query.mock.calls.filter(([sel]) => sel.includes('[lang]'))).toEqual([]);
    // One look up from each of the two blocks handed over, none from the Italian one (no term there).
    expect(closest.mock.calls.length).toBe(2);
  });

  it('matches a block in its own language, found from a term of that language only', () => {
    document.body.innerHTML = '<h3>Gouda 400 g</h3><section lang="it"><h3>Burro 250 g</h3></section>';
    const { foods, matched } = scan([document]);
    expect(foods.sort()).toEqual(['butter', 'gouda']);
    expect(matched.sort()).toEqual(['Burro 250 g', 'Gouda 400 g']);
  });

  it('does so under roots that lie in another language (an added part of the page), and in a shadow root', () => {
    document.body.innerHTML =
      '<section lang="it"><ul><li>Burro 250 g</li></ul></section><div id="host"></div>';
    expect(scan([document.querySelector('ul') as Element]).foods).toEqual(['butter']);
    const shadow = (document.querySelector('#host') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p lang="it">Burro</p><p>burro</p>';
    expect(scan([shadow]).matched).toEqual(['Burro']);
  });

  it("reads on after another language's term: a term of the page's own later in the same text is found", () => {
    document.body.innerHTML = '<p>Burro or Gouda</p>';
    expect(scan([document]).foods).toEqual(['gouda']);
  });

  it('takes a region of the same language (en-GB on an English page) as the page', () => {
    document.body.innerHTML = '<p lang="en-GB">Un burro e un asino</p><p lang="en_US">burro</p>';
    expect(scan([document]).matched).toEqual([]);
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
