// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Food, Portion } from '../../../src/data/types';
import { resetI18n, setI18n } from '../../../src/i18n/current';
import { i18nFor } from '../../../src/i18n/tables';
import type { PageSummary } from '../../../src/messages';
import { portionsWithFallback } from '../../../src/nutrition/quantity';
import type { Detector } from '../../../src/page/detector';
import { createDetector } from '../../../src/page/scan-detector';
import { type PageSession, startPageSession } from '../../../src/page/session';
import { DEFAULT_PREFS, DEFAULT_SITE_RULES, type Prefs } from '../../../src/prefs/schema';

const byId = new Map(dataset.foods.map((f) => [f.id, f]));
const measuresOf = portionsWithFallback(dataset);

function setup(
  html: string,
  prefs: Prefs = DEFAULT_PREFS,
  isValid?: () => boolean,
  detector: Detector = createDetector(),
) {
  document.body.innerHTML = html;
  const reports: PageSummary[] = [];
  const lookups: string[][] = [];
  const evidence: string[] = [];
  const session = startPageSession(document, {
    detector,
    ...(isValid ? { isValid } : {}),
    prefs,
    rules: DEFAULT_SITE_RULES,
    host: 'shop.example',
    async lookup(ids) {
      lookups.push(ids);
      const foods: Record<string, Food> = {};
      const measures: Record<string, readonly Portion[]> = {};
      for (const id of ids) {
        const f = byId.get(id);
        if (f) foods[id] = f;
        measures[id] = measuresOf(id);
      }
      return { foods, sources: {}, measures };
    },
    report: (s) => reports.push(s),
    intakes: async () => ({ intakes: dataset.intakes, sources: {} }),
    openEvidence: (section) => evidence.push(section),
    hideFood: () => undefined,
    disableSite: () => undefined,
  });
  return { session, reports, lookups, evidence };
}

const foodsOnPage = () =>
  [...document.querySelectorAll('k2lens-badge')].map((b) => b.getAttribute('data-food'));
const settle = async (session: PageSession) => {
  for (let i = 0; i < 5; i++) {
    await session.idle();
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** Badges shown (none waiting hidden for the rest of their flush). */
const visibleBadges = () => document.querySelectorAll('k2lens-badge:not([data-k2lens-waiting])').length;

/**
 * Runs `session` until idle, recording each new number of badges shown: one entry per batch the reader sees
 * (a slice of a flush inserted hidden is not one).
 */
async function shownBatches(session: PageSession): Promise<number[]> {
  const shown: number[] = [];
  let last = 0;
  const watch = new MutationObserver(() => {
    const now = visibleBadges();
    if (now !== last) shown.push(now);
    last = now;
  });
  watch.observe(document.body, { childList: true, subtree: true, attributes: true });
  await settle(session);
  watch.disconnect();
  return shown;
}

let current: PageSession | undefined;
beforeAll(() => setI18n(i18nFor('en')));
afterEach(() => {
  current?.stop();
  document.body.innerHTML = '';
  setI18n(i18nFor('en'));
});
afterAll(() => resetI18n());

describe('page session', () => {
  it('badges each title once per food, after the title text, without touching the text', async () => {
    const { session, lookups } = setup(`
      <ul>
        <li class="t"><a href="#1">Old Amsterdam <b>Gouda</b> 48+ 400 g</a> <span>€6.49</span></li>
        <li class="t">Président Brie 2 x 125 g</li>
        <li class="t">Bio-Kefir 1,5 % 500 ml</li>
        <li class="t">Peanut butter 340 g</li>
      </ul>`);
    current = session;
    await settle(session);
    expect(foodsOnPage().sort()).toEqual(['brie', 'gouda-aged', 'kefir']);
    const gouda = document.querySelector('k2lens-badge[data-food="gouda-aged"]');
    expect(gouda?.previousElementSibling?.tagName).toBe('A');
    expect(document.querySelector('li a')?.textContent).toBe('Old Amsterdam Gouda 48+ 400 g');
    // The first lookup asks for the page's foods; every food's facts are fetched ahead afterwards, in idle time.
    expect(lookups[0]?.sort()).toEqual(['brie', 'gouda-aged', 'kefir']);
  });

  it('badges added nodes and scans nothing twice', async () => {
    const { session, lookups } = setup('<div id="list"><p>Feta 200 g</p></div>');
    current = session;
    await settle(session);
    const list = document.getElementById('list') as HTMLElement;
    list.insertAdjacentHTML('beforeend', '<p>Halloumi 225 g</p><p>Feta 200 g</p>');
    await settle(session);
    expect(foodsOnPage().sort()).toEqual(['feta', 'feta', 'halloumi']);
    // Feta was looked up once; halloumi at most once (or with the facts fetched ahead).
    expect(lookups[0]).toEqual(['feta']);
    expect(lookups.flat().filter((id) => id === 'feta')).toHaveLength(1);
    expect(lookups.flat().filter((id) => id === 'halloumi')).toHaveLength(1);
    const scansBefore = session.stats().scans;
    list.append(document.createElement('hr'));
    await settle(session);
    expect(foodsOnPage()).toHaveLength(3);
    expect(session.stats().scans - scansBefore).toBeLessThanOrEqual(2);
  });

  it('on a long page, badges every title, asks for each food once and shows its badges in two flushes', async () => {
    const names = [
      'Gouda 400 g',
      'Feta 200 g',
      'Halloumi 225 g',
      'Brie 125 g',
      'Kefir 500 ml',
      'Emmental 250 g',
    ];
    const titles = Array.from(
      { length: 1000 },
      (_, i) => `<li><h3>${names[i % names.length]}</h3><p>€${i}</p></li>`,
    );
    const { session, lookups } = setup(`<ul>${titles.join('')}</ul>`);
    current = session;
    // Badges become visible in batches: count the batches.
    const shown = await shownBatches(session);
    expect(document.querySelectorAll('k2lens-badge').length).toBe(1000);
    expect(visibleBadges()).toBe(1000);
    const ids = lookups.flat();
    expect(new Set(ids).size).toBe(ids.length);
    // What the page shows first, then all the rest at once.
    expect(shown.length).toBeLessThanOrEqual(2);
  }, 30_000);

  it('the first batch holds what the screen shows only, however far the first slice of the scan went', async () => {
    // The screen shows the first three titles; the rest lie below it.
    const rect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      return new DOMRect(0, this.closest('[data-on-screen]') ? 100 : 5000, 100, 20);
    };
    // A scan whose every slice reads one chunk of the page's text nodes, a few hundred titles at once.
    const detector = createDetector();
    const cursor = detector.cursor.bind(detector);
    detector.cursor = (roots, options) => {
      const c = cursor(roots, options);
      return {
        get done() {
          return c.done;
        },
        next: () => c.next(0),
      };
    };
    try {
      const titles = Array.from(
        { length: 900 },
        (_, i) =>
          `<li${i < 3 ? ' data-on-screen' : ''}><h3>${i % 2 ? 'Feta 200 g' : 'Gouda 400 g'}</h3></li>`,
      );
      const { session } = setup(`<ul>${titles.join('')}</ul>`, DEFAULT_PREFS, undefined, detector);
      current = session;
      const shown = await shownBatches(session);
      expect(visibleBadges()).toBe(900);
      expect(shown).toEqual([3, 900]);
    } finally {
      Element.prototype.getBoundingClientRect = rect;
    }
  }, 30_000);

  it('when the screen shows no badge, a long page still gets all its badges in one flush', async () => {
    // Layout as a browser gives it: everything below the screen, so the first detection ends the screen part.
    const rect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = () => new DOMRect(0, 5000, 100, 20);
    try {
      // A long menu first (menus get no badges), so what the first slices find shows nothing.
      const menu = `<nav><ul>${'<li><a href="#">Gouda</a></li><li><a href="#">Feta</a></li>'.repeat(600)}</ul></nav>`;
      const titles = Array.from(
        { length: 1000 },
        (_, i) => `<li><h3>${i % 2 ? 'Feta 200 g' : 'Gouda 400 g'}</h3></li>`,
      );
      const { session } = setup(`${menu}<ul>${titles.join('')}</ul>`);
      current = session;
      const shown = await shownBatches(session);
      expect(visibleBadges()).toBe(1000);
      expect(shown).toEqual([1000]);
    } finally {
      Element.prototype.getBoundingClientRect = rect;
    }
  }, 30_000);

  it('hands a block to the matcher again only when its text changed', async () => {
    const inner = createDetector();
    const matched: string[] = [];
    const detector: Detector = {
      ...inner,
      cursor: (roots, options) =>
        inner.cursor(roots, {
          isFresh: options.isFresh,
          markScanned: (block, text) => {
            matched.push(text);
            options.markScanned(block, text);
          },
        }),
    };
    const { session } = setup('<p id="a">Feta 200 g</p>', DEFAULT_PREFS, undefined, detector);
    current = session;
    await settle(session);
    expect(matched).toEqual(['Feta 200 g']);
    const text = document.getElementById('a')?.firstChild as Text;
    // The page writes the same text again: queued, but not matched again.
    text.data = 'Feta 200 g';
    await settle(session);
    expect(matched).toEqual(['Feta 200 g']);
    text.data = 'Feta 400 g';
    await settle(session);
    expect(matched).toEqual(['Feta 200 g', 'Feta 400 g']);
    expect(foodsOnPage()).toEqual(['feta']);
  });

  it('does not chase a page that keeps removing its badges', async () => {
    const { session } = setup('<p id="p">Camembert de Normandie 250 g</p>');
    current = session;
    await settle(session);
    const p = document.getElementById('p') as HTMLElement;
    let removed = 0;
    for (let i = 0; i < 10; i++) {
      const badge = p.querySelector('k2lens-badge');
      if (badge) {
        badge.remove();
        removed++;
      }
      await settle(session);
    }
    expect(removed).toBeLessThanOrEqual(4);
    expect(p.textContent).toBe('Camembert de Normandie 250 g');
  });

  it('keeps memory bounded under a list re-rendered many times', async () => {
    const { session, reports } = setup('<div id="list"></div>');
    current = session;
    const list = document.getElementById('list') as HTMLElement;
    for (let i = 0; i < 40; i++) {
      list.innerHTML = '<p>Gouda jong 500 g</p><p>Brie 200 g</p>';
      await settle(session);
    }
    expect(foodsOnPage().sort()).toEqual(['brie', 'gouda']);
    await new Promise((r) => setTimeout(r, 350));
    const last = reports.at(-1);
    expect(last?.foods.map((f) => [f.foodId, f.count]).sort()).toEqual([
      ['brie', 1],
      ['gouda', 1],
    ]);
  });

  it('applies preferences live: units, categories and the K2 threshold', async () => {
    const { session } = setup('<p>Brie 200 g</p><p>Natto 3 x 50 g</p>');
    current = session;
    await settle(session);
    const brieLabel = () =>
      document.querySelector('k2lens-badge[data-food="brie"]')?.getAttribute('aria-label') ?? '';
    expect(brieLabel()).toContain('per 100 g');
    session.setPrefs({ ...DEFAULT_PREFS, units: 'perServing' });
    expect(brieLabel()).toContain(`per ${byId.get('brie')?.serving?.label}`);
    session.setPrefs({ ...DEFAULT_PREFS, minK2: 100 });
    expect(foodsOnPage()).toEqual(['natto']);
    session.setPrefs(DEFAULT_PREFS);
    await settle(session);
    expect(foodsOnPage().sort()).toEqual(['brie', 'natto']);
  });

  it('hides a food on this site and switches off on a disabled site', async () => {
    const { session } = setup('<p>Brie 200 g</p><p>Feta 200 g</p>');
    current = session;
    await settle(session);
    session.setRules({ disabledHosts: [], hiddenFoods: { 'shop.example': ['brie'] } });
    expect(foodsOnPage()).toEqual(['feta']);
    session.setRules({ disabledHosts: ['shop.example'], hiddenFoods: {} });
    expect(foodsOnPage()).toEqual([]);
    session.setRules(DEFAULT_SITE_RULES);
    await settle(session);
    expect(foodsOnPage().sort()).toEqual(['brie', 'feta']);
  });

  it('stop() removes everything it added', async () => {
    const { session } = setup('<p>Gruyère AOP 200 g</p>');
    await settle(session);
    expect(foodsOnPage()).toEqual(['gruyere']);
    session.stop();
    expect(document.querySelectorAll('k2lens-badge, k2lens-tooltip')).toHaveLength(0);
    expect(document.body.textContent?.trim()).toBe('Gruyère AOP 200 g');
  });

  it('shows package values from the title when the user chose per package', async () => {
    const { session } = setup('<p>Old Amsterdam Gouda 48+ 400 g</p><p>Feta</p>', {
      ...DEFAULT_PREFS,
      units: 'perPackage',
    });
    current = session;
    await settle(session);
    const label = (id: string) =>
      document.querySelector(`k2lens-badge[data-food="${id}"]`)?.getAttribute('aria-label') ?? '';
    expect(label('gouda-aged')).toContain('per 400 g');
    // No weight in the title: per 100 g.
    expect(label('feta')).toContain('per 100 g');
  });

  it('puts a recipe card with per-serving and total values before the ingredient list', async () => {
    const recipe = {
      '@context': 'https://schema.org',
      '@type': 'Recipe',
      name: 'Cheese toast',
      recipeYield: '4 servings',
      recipeIngredient: ['200 g Gouda', '100 g Brie', '2 tbsp butter', 'Salt', 'Some grated Parmesan'],
    };
    const { session, reports } = setup(`
      <script type="application/ld+json">${JSON.stringify(recipe)}</script>
      <h1>Cheese toast</h1>
      <p id="intro">A quick toast with young Gouda and a little Brie, ready in ten minutes for four people.</p>
      <ul id="ingredients"><li>200 g Gouda</li><li>100 g Brie</li><li>2 tbsp butter</li><li>Salt</li><li>Some grated Parmesan</li></ul>`);
    current = session;
    await settle(session);
    await new Promise((r) => setTimeout(r, 350));
    const card = document.querySelector('k2lens-recipe');
    expect(card).not.toBeNull();
    expect(card?.nextElementSibling?.id).toBe('ingredients');
    expect(card?.getAttribute('data-servings')).toBe('4');
    expect(document.querySelectorAll('#intro k2lens-badge')).toHaveLength(0);
    expect(document.querySelectorAll('#ingredients k2lens-badge').length).toBeGreaterThanOrEqual(3);
    const gouda = byId.get('gouda');
    const brie = byId.get('brie');
    const butter = byId.get('butter');
    const expectedK2 =
      (gouda?.k2.central ?? 0) * 2 + (brie?.k2.central ?? 0) + ((butter?.k2.central ?? 0) * 28.4) / 100;
    const recipeReport = reports.at(-1)?.recipe;
    expect(recipeReport?.servings).toBe(4);
    expect(recipeReport?.k2Total).toBeCloseTo(expectedK2, 0);
    expect(recipeReport?.unquantified).toEqual(['Some grated Parmesan']);
    // Ingredient badges show the line's amount when the user asks per package/amount.
    session.setPrefs({ ...DEFAULT_PREFS, units: 'perPackage' });
    expect(document.querySelector('k2lens-badge[data-food="gouda"]')?.getAttribute('aria-label')).toContain(
      'per 200 g',
    );
    session.stop();
    expect(document.querySelector('k2lens-recipe')).toBeNull();
  });

  it('badges unspecified "cheese" on titles and quantified lines, not in headings, navigation or prose', async () => {
    const { session } = setup(`
      <nav><a href="#">Cheese</a></nav>
      <h1>Cheese &amp; dairy</h1>
      <p id="title">Cheese slices</p>
      <p id="line">200 g cheese, grated</p>
      <p id="prose">Keep the leftover cheese in the fridge for a week and bring it to room temperature before serving.</p>`);
    current = session;
    await settle(session);
    const badged = [...document.querySelectorAll('k2lens-badge[data-food="cheese"]')].map(
      (b) => b.parentElement?.id,
    );
    expect(badged.sort()).toEqual(['line', 'title']);
  });

  it('badges a supplement title with its labelled dose, not as a food, and explains with sources', async () => {
    const { session } = setup(`
      <p id="k2">Vitamin K2 MK-7 200 µg, 60 capsules</p>
      <p id="ca">Calcium 600 mg + D3 tablets</p>
      <p id="food">Gouda jong 500 g</p>`);
    current = session;
    await settle(session);
    const label = (id: string) =>
      document.querySelector(`#${id} k2lens-badge`)?.getAttribute('aria-label') ?? '';
    expect(label('k2')).toContain('vitamin K2 200 µg as MK-7');
    expect(label('ca')).toContain('calcium 600 mg');
    expect(label('ca')).toContain('no vitamin K2 listed');
    expect(document.querySelector('#food k2lens-badge')?.getAttribute('data-food')).toBe('gouda');
    session.setPrefs({ ...DEFAULT_PREFS, supplements: false });
    expect(document.querySelectorAll('#k2 k2lens-badge, #ca k2lens-badge')).toHaveLength(0);
  });

  it('speaks another language once the translator changes, badges and supplement badges alike', async () => {
    const { session } = setup(`
      <p id="k2">Vitamin K2 MK-7 200 µg, 60 capsules</p>
      <p id="ca">Calcium 600 mg + Vitamin D3 1000 IU tablets</p>
      <p id="food">Old Amsterdam Gouda 48+ 1200 g</p>`);
    current = session;
    await settle(session);
    const label = (id: string) =>
      document.querySelector(`#${id} k2lens-badge`)?.getAttribute('aria-label') ?? '';
    expect(label('food')).toMatch(/^Gouda, aged \(over 1 year\), per 100 g: .*\. Show details\.$/);
    setI18n(i18nFor('de'));
    session.setPrefs({ ...DEFAULT_PREFS, units: 'perPackage' });
    // Aged gouda: K2 from its own K2viewer row (measured); no calcium row of its own (estimated).
    expect(label('food')).toMatch(
      /^Gouda, aged \(over 1 year\), pro 1\.200 g: Vitamin K2 etwa .* µg, gemessen; Calcium .* mg, geschätzt nach ähnlichen Lebensmitteln\. Details anzeigen\.$/,
    );
    expect(label('k2')).toBe(
      'Etikett eines Nahrungsergänzungsmittels: Vitamin K2 200 µg als MK-7, laut Etikett. Details anzeigen.',
    );
    expect(label('ca')).toContain('Vitamin D 1.000 IE');
    expect(label('ca')).toContain('kein Vitamin K2 angegeben');
  });

  it('stops and removes its badges when the extension goes away under the page', async () => {
    let valid = true;
    const { session, lookups } = setup('<div id="list"><p>Brie 200 g</p></div>', DEFAULT_PREFS, () => valid);
    current = session;
    await settle(session);
    expect(foodsOnPage()).toEqual(['brie']);
    const asked = lookups.length;
    valid = false;
    document.getElementById('list')?.insertAdjacentHTML('beforeend', '<p>Feta 200 g</p>');
    await new Promise((r) => setTimeout(r, 30));
    expect(foodsOnPage()).toEqual([]);
    // Nothing more was asked of the extension once it was gone.
    expect(lookups).toHaveLength(asked);
  });
});
