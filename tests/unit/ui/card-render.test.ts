// @vitest-environment happy-dom
/**
 * The rendered card and badge: each number's basis and mark where the models
 * put them (the K2 cell's mark inside the K2 cell, the badge's mark after the
 * number it qualifies, shown lighter), the disagreement and the MK-7 note.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Food, Source } from '../../../src/data/types';
import { i18nFor } from '../../../src/i18n/tables';
import { createBadge } from '../../../src/page/badge';
import { DEFAULT_PREFS } from '../../../src/prefs/schema';
import { badgeModel } from '../../../src/ui/badge-model';
import { FoodCard } from '../../../src/ui/FoodCard';

const en = i18nFor('en');
const sources: Record<string, Source> = Object.fromEntries(dataset.sources.map((s) => [s.id, s]));
const food = (id: string): Food => {
  const f = dataset.foods.find((x) => x.id === id);
  if (!f) throw new Error(`no food ${id}`);
  return f;
};

function card(id: string): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(FoodCard, { food: food(id), targets: { k2: 90, calcium: 950 }, sources, i18n: en }), root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the food card', () => {
  it('Comté: the K2 cell carries the estimate mark, the calcium cell none; a basis line per nutrient', () => {
    const root = card('comte');
    const per100 = root.querySelector('tr[data-portion="per-100g"]') as HTMLElement;
    const [k2, ca] = [...per100.querySelectorAll('td')];
    expect(k2?.dataset.basis).toBe('estimated');
    expect(k2?.querySelector('.est')?.textContent).toBe(' est.');
    expect(ca?.dataset.basis).toBe('measured');
    expect(ca?.querySelector('.est')).toBeNull();
    const lines = [...root.querySelectorAll('p.basis')].map((p) => p.textContent);
    expect(lines[0]).toMatch(/^Vitamin K2: Estimate from similar foods: median of 7 measured hard cheeses/);
    expect(lines[1]).toBe('Calcium: Measured (one table): one table value.');
  });

  it('Camembert: the disagreement in words and the span in the K2 cell', () => {
    const root = card('camembert');
    expect(root.querySelector('.disagreement')?.textContent).toContain('CIQUAL 2025 < 20 µg; K2viewer 55 µg');
    const k2 = root.querySelector('tr[data-portion="per-100g"] td') as HTMLElement;
    expect(k2.textContent).toMatch(/^<20–68 µg \(median 62 µg\)/);
    expect(root.textContent).not.toMatch(/Menaquinones per 100 g/);
  });

  it('natto: the MK-7 note with its source, and every published row with its forms where they add up', () => {
    const root = card('natto');
    const note = root.querySelector('[data-note="mk7-vitamin-k-antagonists"]');
    expect(note?.textContent).toMatch(
      /^One serving of Natto .* 660 µg of MK-7 .*\(Schurgers et al\. 2007\)$/,
    );
    const rows = [...root.querySelectorAll('details.evidence li[data-source]')].map(
      (li) => li.textContent ?? '',
    );
    expect(rows.find((t) => t.startsWith('Black bean natto'))).toContain('counted once');
    expect(root.querySelector('details.sources')?.textContent).toContain('Schurgers LJ');
  });
});

describe('the badge element', () => {
  it('shows each mark lighter right after its number, and keeps a food name put before the text', () => {
    const original = Element.prototype.attachShadow;
    let shadow: ShadowRoot | undefined;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      shadow = original.call(this, { ...init, mode: 'open' });
      return shadow;
    };
    try {
      const model = badgeModel(food('comte'), DEFAULT_PREFS, undefined, 'package', en);
      const view = { ...model, text: `Comté · ${model.text}` };
      createBadge(document, view, () => {});
      const chip = shadow?.querySelector('.chip');
      expect(chip?.textContent).toBe('Comté · K2 ≈ 24 µg est. · Ca 910 mg');
      const est = [...(chip?.querySelectorAll('.est') ?? [])].map((e) => e.textContent);
      expect(est).toEqual([' est.']);
      expect(chip?.querySelector('.est')?.nextSibling?.textContent).toBe(' · ');
    } finally {
      Element.prototype.attachShadow = original;
    }
  });
});
