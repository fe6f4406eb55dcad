// @vitest-environment happy-dom
/**
 * The badge layer inserts a flush's badges together: when not all fit in one
 * slice, those inserted wait hidden and are shown with the last ones (the page
 * lays itself out once per flush, not once per slice). The facts of foods are
 * asked for once per food, however many slices need them meanwhile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Food } from '../../../src/data/types';
import { WAITING_ATTR } from '../../../src/page/badge';
import { BadgeLayer } from '../../../src/page/core/badge-layer';
import { PageChanges } from '../../../src/page/core/changes';
import { FoodFacts, type Lookup } from '../../../src/page/core/facts';
import type { Detection } from '../../../src/page/detector';

afterEach(() => {
  document.body.innerHTML = '';
});

function layerWith(titles: number): { layer: BadgeLayer; hosts: () => HTMLElement[] } {
  document.body.innerHTML = `<ul>${Array.from({ length: titles }, (_, i) => `<li>Gouda ${i}</li>`).join('')}</ul>`;
  const layer = new BadgeLayer(
    document,
    new PageChanges({ alive: () => true, badgeRemoved() {}, queued() {} }),
  );
  for (const li of document.querySelectorAll('li')) {
    const d: Detection = {
      foodId: 'gouda',
      text: 'Gouda',
      block: li,
      endNode: li.firstChild as Text,
      lineText: li.textContent ?? '',
      spans: [],
      index: 0,
    };
    const view = {
      foodId: 'gouda',
      text: '8 µg K2',
      label: 'Gouda',
      level: 'medium' as const,
      estimate: false,
    };
    layer.add(view, d, 'gouda', 'choice', { update: () => true });
  }
  return { layer, hosts: () => [...document.querySelectorAll<HTMLElement>('k2lens-badge')] };
}

describe('badge layer', () => {
  it('shows the badges of a flush split over slices together, once the last slice is in', () => {
    const { layer, hosts } = layerWith(200);
    // A deadline already passed: the first slice stops after 63 badges.
    expect(layer.flush(0)).toBe(false);
    expect(hosts().length).toBe(63);
    expect(hosts().every((h) => h.hasAttribute(WAITING_ATTR))).toBe(true);
    expect(layer.flush(0)).toBe(false);
    expect(hosts().length).toBe(126);
    expect(hosts().every((h) => h.hasAttribute(WAITING_ATTR))).toBe(true);
    expect(layer.flush()).toBe(true);
    expect(hosts().length).toBe(200);
    expect(layer.hidden).toBe(200);
    layer.showWaiting();
    expect(layer.hidden).toBe(0);
    expect(hosts().some((h) => h.hasAttribute(WAITING_ATTR))).toBe(false);
  });

  it('shows a flush that fits in one slice at once, and drops hidden badges when cleared', () => {
    const small = layerWith(20);
    expect(small.layer.flush(0)).toBe(true);
    expect(small.hosts().length).toBe(20);
    expect(small.hosts().some((h) => h.hasAttribute(WAITING_ATTR))).toBe(false);
    const big = layerWith(100);
    big.layer.flush(0);
    big.layer.clear();
    expect(big.hosts().length).toBe(0);
  });
});

describe('food facts', () => {
  it('asks for a food once while its lookup is under way', async () => {
    const asked: string[][] = [];
    let answer: (v: Awaited<ReturnType<Lookup>>) => void = () => {};
    const facts = new FoodFacts(
      (ids) => {
        asked.push(ids);
        return new Promise((resolve) => {
          answer = resolve;
        });
      },
      () => false,
    );
    const first = facts.resolve(['gouda', 'brie']);
    const second = facts.resolve(['brie', 'gouda']);
    expect(asked).toEqual([['gouda', 'brie']]);
    answer({
      foods: { gouda: { id: 'gouda' } as Food, brie: { id: 'brie' } as Food },
      sources: {},
      measures: {},
    });
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(await facts.resolve(['gouda'])).toBe(true);
    expect(asked.length).toBe(1);
  });
});
