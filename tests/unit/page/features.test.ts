// @vitest-environment happy-dom
/**
 * Each page feature through its interface (start with a context, accepts /
 * ready / prepare / update for badge features, structureRead / refresh /
 * reset), with the real page core's parts and a fake background.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Food } from '../../../src/data/types';
import { resetI18n, setI18n } from '../../../src/i18n/current';
import { i18nFor } from '../../../src/i18n/tables';
import { getMatcher } from '../../../src/match';
import type { PageSummary } from '../../../src/messages';
import { portionsWithFallback } from '../../../src/nutrition/quantity';
import { BadgeLayer } from '../../../src/page/core/badge-layer';
import { PageChanges } from '../../../src/page/core/changes';
import { FoodFacts } from '../../../src/page/core/facts';
import { FoundFoods, type PageContext, type SessionDeps } from '../../../src/page/core/feature';
import { PageStructure } from '../../../src/page/core/structure';
import type { Detection } from '../../../src/page/detector';
import { detailCard } from '../../../src/page/features/detail-card';
import { foodBadges } from '../../../src/page/features/food-badges';
import { pageSummary } from '../../../src/page/features/page-summary';
import { ingredientBlock, recipeCard, recipeTitle } from '../../../src/page/features/recipe-card';
import { revealOnPage } from '../../../src/page/features/reveal';
import { supplementBadges } from '../../../src/page/features/supplement-badges';
import { DEFAULT_PREFS, DEFAULT_SITE_RULES, type Prefs, type SiteRules } from '../../../src/prefs/schema';
import { detectAll } from '../../tools/scan-page';

const byId = new Map(dataset.foods.map((f) => [f.id, f]));
const measuresOf = portionsWithFallback(dataset);

interface Harness {
  ctx: PageContext;
  reports: PageSummary[];
  lookups: string[][];
  setPrefs(p: Prefs): void;
  setRules(r: SiteRules): void;
  abort(): void;
}

/** A page context over the document, with the real core parts and a background answering from the dataset. */
function context(): Harness {
  let prefs = DEFAULT_PREFS;
  let rules = DEFAULT_SITE_RULES;
  const reports: PageSummary[] = [];
  const lookups: string[][] = [];
  const controller = new AbortController();
  const deps: SessionDeps = {
    detector: { cursor: () => ({ next: () => [], done: true }), matcher: () => getMatcher() },
    prefs,
    rules,
    host: 'shop.example',
    async lookup(ids) {
      lookups.push(ids);
      const foods: Record<string, Food> = {};
      for (const id of ids) {
        const f = byId.get(id);
        if (f) foods[id] = f;
      }
      return { foods, sources: {}, measures: Object.fromEntries(ids.map((id) => [id, measuresOf(id)])) };
    },
    report: (s) => reports.push(s),
    intakes: async () => ({ intakes: dataset.intakes, sources: {} }),
    openEvidence: () => undefined,
    hideFood: () => undefined,
    disableSite: () => undefined,
  };
  const changes = new PageChanges({
    alive: () => true,
    badgeRemoved: () => undefined,
    queued: () => undefined,
  });
  const listeners: (() => void)[] = [];
  const ctx: PageContext = {
    doc: document,
    deps,
    signal: controller.signal,
    prefs: () => prefs,
    rules: () => rules,
    hidden: () => rules.hiddenFoods['shop.example'] ?? [],
    disabled: () => rules.disabledHosts.includes('shop.example'),
    alive: () => !controller.signal.aborted,
    facts: new FoodFacts(deps.lookup, () => controller.signal.aborted),
    structure: new PageStructure(document),
    badges: new BadgeLayer(document, changes),
    found: new FoundFoods(),
    changed: () => {
      for (const l of listeners) l();
    },
    onChanged: (l) => listeners.push(l),
  };
  return {
    ctx,
    reports,
    lookups,
    setPrefs: (p) => {
      prefs = p;
    },
    setRules: (r) => {
      rules = r;
    },
    abort: () => controller.abort(),
  };
}

const detections = (): Detection[] => detectAll(document.body, getMatcher());
const badgeFoods = () =>
  [...document.querySelectorAll('k2lens-badge')].map((b) => b.getAttribute('data-food'));

beforeAll(() => setI18n(i18nFor('en')));
afterAll(() => resetI18n());

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('food badges', () => {
  it('accepts foods, loads their facts once, badges a product title and not the site header', async () => {
    document.body.innerHTML = '<header><a href="#">Cheese shop</a></header><p>Président Brie 200 g</p>';
    const h = context();
    const feature = foodBadges();
    feature.start(h.ctx);
    const ds = detections();
    expect(ds.every((d) => feature.accepts(d))).toBe(true);
    const ready = feature.ready(ds);
    expect(ready).not.toBe(true);
    expect(await ready).toBe(true);
    expect(feature.ready(ds)).toBe(true);
    for (const d of ds) feature.prepare(d);
    h.ctx.badges.flush();
    expect(badgeFoods()).toEqual(['brie']);
    expect(h.lookups).toHaveLength(1);
    expect([...h.ctx.found.counts()]).toEqual([['brie', 1]]);
  });

  it('names its food next to the word in running text, only when the user asks for it', async () => {
    document.body.innerHTML =
      '<ul class="tiles"><li>x</li></ul><p>We paired it with brie and a glass of kefir. Lovely.</p>';
    const h = context();
    const feature = foodBadges();
    feature.start(h.ctx);
    const ds = detections();
    await feature.ready(ds);
    for (const d of ds) feature.prepare(d);
    h.ctx.badges.flush();
    expect(badgeFoods()).toEqual([]);
    h.setPrefs({ ...DEFAULT_PREFS, textMentions: true });
    for (const d of detections()) feature.prepare(d);
    h.ctx.badges.flush();
    expect(badgeFoods()).toEqual(['brie', 'kefir']);
    // Each badge right after its word, the text split there.
    const p = document.querySelector('p') as HTMLElement;
    expect(p.childNodes[0]?.textContent).toBe('We paired it with brie');
    // Off again: the badges go and the text is whole.
    h.setPrefs(DEFAULT_PREFS);
    feature.refresh?.();
    h.ctx.badges.refresh();
    expect(badgeFoods()).toEqual([]);
    expect(p.childNodes).toHaveLength(1);
  });

  it('updates its badges when the units change, and removes those of a food hidden on the site', async () => {
    document.body.innerHTML = '<p>Président Brie 200 g</p><p>Feta 200 g</p>';
    const h = context();
    const feature = foodBadges();
    feature.start(h.ctx);
    const ds = detections();
    await feature.ready(ds);
    for (const d of ds) feature.prepare(d);
    h.ctx.badges.flush();
    const label = () => document.querySelector('[data-food="brie"]')?.getAttribute('aria-label') ?? '';
    expect(label()).toContain('per 100 g');
    h.setPrefs({ ...DEFAULT_PREFS, units: 'perPackage' });
    feature.refresh?.();
    h.ctx.badges.refresh();
    expect(label()).toContain('200 g');
    h.setRules({ disabledHosts: [], hiddenFoods: { 'shop.example': ['feta'] } });
    h.ctx.badges.refresh();
    expect(badgeFoods()).toEqual(['brie']);
  });
});

describe('supplement badges', () => {
  it('accepts supplement titles only, loads the intakes, badges a title and not a nutrition fact', async () => {
    document.body.innerHTML =
      '<p>Vitamin K2 MK-7 200 µg, 60 capsules</p><div class="nutrition-label"><span>Calcium 135mg</span></div><p>Gouda 400 g</p>';
    const h = context();
    const feature = supplementBadges();
    feature.start(h.ctx);
    const ds = detections();
    const mine = ds.filter((d) => feature.accepts(d));
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(ds.filter((d) => !d.supplement).every((d) => !feature.accepts(d))).toBe(true);
    expect(await feature.ready(mine)).toBe(true);
    for (const d of mine) feature.prepare(d);
    h.ctx.badges.flush();
    const badges = [...document.querySelectorAll('k2lens-badge')];
    expect(badges).toHaveLength(1);
    expect(badges[0]?.parentElement?.textContent).toContain('Vitamin K2 MK-7');
    h.setPrefs({ ...DEFAULT_PREFS, supplements: false });
    h.ctx.badges.refresh();
    expect(document.querySelectorAll('k2lens-badge')).toHaveLength(0);
  });
});

describe('detail card', () => {
  let h: Harness;
  afterEach(() => h?.abort());

  it('opens on a click with the food card, and stays closed after Escape while the pointer rests there', async () => {
    document.body.innerHTML = '<p>Président Brie 200 g</p>';
    h = context();
    const badges = foodBadges();
    const card = detailCard();
    badges.start(h.ctx);
    card.start(h.ctx);
    const ds = detections();
    await badges.ready(ds);
    for (const d of ds) badges.prepare(d);
    h.ctx.badges.flush();
    const host = document.querySelector('k2lens-badge') as HTMLElement;
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const tooltip = document.querySelector('k2lens-tooltip') as HTMLElement;
    expect(tooltip.hidden).toBe(false);
    expect(host.getAttribute('aria-expanded')).toBe('true');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tooltip.hidden).toBe(true);
    host.dispatchEvent(new MouseEvent('mouseenter'));
    await new Promise((r) => setTimeout(r, 400));
    expect(tooltip.hidden).toBe(true);
    // After the pointer leaves, a new hover opens it.
    host.dispatchEvent(new MouseEvent('mouseleave'));
    host.dispatchEvent(new MouseEvent('mouseenter'));
    await new Promise((r) => setTimeout(r, 400));
    expect(tooltip.hidden).toBe(false);
    h.abort();
    expect(document.querySelector('k2lens-tooltip')).toBeNull();
  });

  it("adds the food with its package's grams to the shopping list and says so", async () => {
    // The card's shadow root is closed: the test keeps a reference to each root as it is attached.
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
    try {
      document.body.innerHTML = '<p>Président Brie 200 g</p>';
      h = context();
      const added: [string, number | undefined][] = [];
      h.ctx.deps.addToList = async (foodId, grams) => {
        added.push([foodId, grams]);
        return true;
      };
      const badges = foodBadges();
      const card = detailCard();
      badges.start(h.ctx);
      card.start(h.ctx);
      const ds = detections();
      await badges.ready(ds);
      for (const d of ds) badges.prepare(d);
      h.ctx.badges.flush();
      const host = document.querySelector('k2lens-badge') as HTMLElement;
      host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const tip = document.querySelector('k2lens-tooltip') as HTMLElement;
      const root = roots.find((r) => r.host === tip) as ShadowRoot;
      const button = root.querySelector('[data-action="add-to-list"]') as HTMLButtonElement;
      button.click();
      await new Promise((r) => setTimeout(r, 20));
      expect(added).toEqual([['brie', 200]]);
      expect(root.querySelector('.add-to-list-row [role="status"]')?.textContent).toBe(
        'Added to your shopping list.',
      );
      expect(button.disabled).toBe(true);
      // The page itself is as it was, but for the badge and the card.
      expect(document.querySelector('p')?.textContent).toBe('Président Brie 200 g');
      h.abort();
    } finally {
      Element.prototype.attachShadow = attach;
    }
  });
});

describe('recipe card', () => {
  const recipe = (lines: string[], name = 'Käsespätzle') =>
    `<script type="application/ld+json">${JSON.stringify({
      '@type': 'Recipe',
      name,
      recipeYield: '4',
      recipeIngredient: lines,
    })}</script>`;

  it('goes before the whole ingredient table, never inside a row or cell', async () => {
    document.body.innerHTML = `${recipe(['200 g Bergkäse', '2 EL Butter'])}
      <h1>Käsespätzle</h1>
      <div id="box"><table id="t"><tbody>
        <tr><td>200 g</td><td>Bergkäse</td></tr>
        <tr><td>2 EL</td><td>Butter</td></tr>
      </tbody></table></div>`;
    const h = context();
    const feature = recipeCard();
    feature.start(h.ctx);
    h.ctx.structure.read();
    feature.structureRead?.();
    await new Promise((r) => setTimeout(r, 20));
    const card = document.querySelector('k2lens-recipe');
    expect(card).not.toBeNull();
    expect(card?.parentElement?.id).toBe('box');
    expect(card?.nextElementSibling?.id).toBe('t');
    expect(feature.mentions().map((m) => m.foodId)).toEqual(['bergkase', 'butter']);
    feature.reset?.();
    expect(document.querySelector('k2lens-recipe')).toBeNull();
  });

  it('goes after the heading when the page shows no line as the data has it', async () => {
    document.body.innerHTML = `${recipe(['200 g Bergkäse'])}<main><h1>Käsespätzle</h1><p>Text</p></main>`;
    const h = context();
    const feature = recipeCard();
    feature.start(h.ctx);
    h.ctx.structure.read();
    feature.structureRead?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelector('h1')?.nextElementSibling?.tagName).toBe('K2LENS-RECIPE');
  });

  it.each([
    ['<li><span>200 g</span> Bergkäse</li>', 'UL'],
    ['<dd>200 g Bergkäse</dd>', 'DL'],
  ])('climbs out of the list structure: %s', (item, tag) => {
    const list = tag === 'DL' ? `<dl>${item}</dl>` : `<ul>${item}</ul>`;
    document.body.innerHTML = `<div>${list}</div>`;
    expect(ingredientBlock(document, new Set(['gbergkase']))?.tagName).toBe(tag);
  });

  it("is titled with the recipe's name, or the page heading when the data names the site", () => {
    document.head.innerHTML = '<meta property="og:site_name" content="Good Food">';
    document.body.innerHTML = '<h1>Cheddar scones</h1>';
    expect(recipeTitle(document, { name: 'Good Food', ingredients: [] })).toBe('Cheddar scones');
    expect(recipeTitle(document, { name: 'Cheese scones', ingredients: [] })).toBe('Cheese scones');
  });
});

describe('page summary', () => {
  it('reports the foods shown where the shopper chooses, a moment after a change', async () => {
    document.body.innerHTML = '<p>Président Brie 200 g</p>';
    const h = context();
    const recipe = recipeCard();
    const summary = pageSummary(recipe);
    recipe.start(h.ctx);
    summary.start(h.ctx);
    await h.ctx.facts.resolve(['brie']);
    h.ctx.found.note(document.querySelector('p') as Element, 'brie');
    h.ctx.changed();
    expect(h.reports).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 350));
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0]?.foods.map((f) => [f.foodId, f.count])).toEqual([['brie', 1]]);
    h.abort();
  });

  it("reports each product's price, the K2 and calcium of its package and what one unit of currency buys", async () => {
    const tile = (name: string, price: string) =>
      `<li class="tile"><a href="#">${name}</a><span>${price}</span></li>`;
    document.body.innerHTML = `<ul>${tile('Gouda 400 g', '3,49 €')}${tile('Natto 3 x 45 g', '2,99 €')}${tile('Emmental', '12,90 €/kg')}</ul>`;
    const h = context();
    const recipe = recipeCard();
    const summary = pageSummary(recipe);
    recipe.start(h.ctx);
    summary.start(h.ctx);
    await h.ctx.facts.resolve(['gouda', 'natto', 'emmental']);
    const [a, b, c] = [...document.querySelectorAll('a')] as Element[];
    h.ctx.found.note(a as Element, 'gouda', 400, 'package');
    h.ctx.found.note(b as Element, 'natto', 135, 'package');
    h.ctx.found.note(c as Element, 'emmental');
    h.ctx.changed();
    // The prices are read a few milliseconds per task, then the summary is reported.
    await vi.waitFor(() => expect(h.reports).toHaveLength(1), { timeout: 3000, interval: 50 });
    const products = h.reports[0]?.products ?? [];
    const gouda = byId.get('gouda') as Food;
    const natto = byId.get('natto') as Food;
    const emmental = byId.get('emmental') as Food;
    expect(products.map((p) => [p.index, p.foodId, p.price?.amount])).toEqual([
      [0, 'gouda', 3.49],
      [1, 'natto', 2.99],
      [2, 'emmental', 12.9],
    ]);
    expect(products[0]?.k2).toBeCloseTo(gouda.k2.central * 4, 1);
    expect(products[0]?.calcium).toBeCloseTo(gouda.calcium.central * 4, 0);
    expect(products[0]?.value?.k2PerCurrency).toBeCloseTo((gouda.k2.central * 4) / 3.49, 3);
    expect(products[1]?.value?.k2PerCurrency).toBeCloseTo((natto.k2.central * 1.35) / 2.99, 3);
    // No grams, but a price per kilogram: 1 € buys 1000/12.90 g.
    expect(products[2]?.k2).toBeUndefined();
    expect(products[2]?.value?.k2PerCurrency).toBeCloseTo((emmental.k2.central * 10) / 12.9, 3);
    expect(products[2]?.value?.currency).toBe('EUR');
    // "Show on the page": the element of a reported product, while it is in the page.
    expect(summary.productAt(1)).toBe(b);
    b?.closest('li')?.remove();
    expect(summary.productAt(1)).toBeUndefined();
    h.abort();
  });
});

describe('show on the page', () => {
  it("outlines the product with an element of its own over the page, then takes it away; the page's elements keep their style", async () => {
    document.body.innerHTML = '<ul><li><a href="#" style="color: red">Gouda 400 g</a></li></ul>';
    const h = context();
    const reveal = revealOnPage();
    reveal.start(h.ctx);
    const a = document.querySelector('a') as HTMLElement;
    let scrolled = 0;
    a.scrollIntoView = () => {
      scrolled++;
    };
    const before = document.body.innerHTML;
    expect(reveal.reveal(a)).toBe(true);
    expect(scrolled).toBe(1);
    const outline = document.querySelector('k2lens-highlight');
    expect(outline).not.toBeNull();
    expect(a.getAttribute('style')).toBe('color: red');
    await new Promise((r) => setTimeout(r, 3000));
    expect(document.querySelector('k2lens-highlight')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    // A product no longer in the page.
    a.remove();
    expect(reveal.reveal(a)).toBe(false);
    expect(reveal.reveal(undefined)).toBe(false);
    h.abort();
  });
});
