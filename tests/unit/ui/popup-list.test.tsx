// @vitest-environment happy-dom
/**
 * The toolbar window's ways to the shopping list: the header button opens it
 * (and Back returns to search), popup.html#list opens on it, each food of
 * "This page" can be added, and a food's card shows "Add to shopping list"
 * only when given `onAddToList`.
 */
import { render } from 'preact';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Food } from '../../../src/data/types';
import { resetI18n, setI18n } from '../../../src/i18n/current';
import { i18nFor } from '../../../src/i18n/tables';
import type { ListAddition, PageSummary } from '../../../src/messages';
import { DEFAULT_PREFS } from '../../../src/prefs/schema';
import { FoodCard } from '../../../src/ui/FoodCard';
import { Popup, type PopupApi } from '../../../src/ui/popup/Popup';

const food = (id: string) => dataset.foods.find((f) => f.id === id) as Food;

let root: HTMLElement;
const $ = (sel: string) => root.querySelector(sel) as HTMLElement | null;

async function until(check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function fakePopupApi(startOnList = false) {
  const added: ListAddition[][] = [];
  const summary: PageSummary = {
    url: 'https://shop.example/cheese',
    title: 'Cheese',
    foods: [
      { foodId: 'gouda', name: 'Gouda', count: 2, k2: 65, calcium: 737, grams: 400 },
      { foodId: 'kefir', name: 'Kefir', count: 1, k2: 4.5, calcium: 127 },
    ],
    scannedAt: 1,
  };
  const api: PopupApi = {
    search: async () => [],
    intakes: async () => [],
    evidenceSection: () => null,
    revealProduct: async () => false,
    similar: async () => [],
    foods: async (ids) => Object.fromEntries(ids.map((id) => [id, food(id)])),
    sources: async () => ({}),
    prefs: async () => DEFAULT_PREFS,
    status: async () => ({ mode: 'indexeddb', datasetVersion: dataset.version }),
    tab: async () => ({ id: 3, url: summary.url, host: 'shop.example', covered: true, disabled: false }),
    pageSummary: async () => summary,
    enableSite: async () => null,
    setSiteDisabled: async () => undefined,
    scanPage: async () => null,
    openOptions: () => undefined,
    startOnList: () => startOnList,
    list: {
      get: async () => ({ items: [], persistent: true }),
      add: async (items) => {
        added.push(items);
        return { items: [], persistent: true, added: items.length };
      },
      edit: async () => 'unused',
      remove: async () => 'unused',
      move: async () => 'unused',
      clear: async () => 'unused',
      foods: async () => ({}),
      canPickFiles: () => true,
      openInTab: () => undefined,
      download: () => undefined,
    },
  };
  return { api, added };
}

describe('the toolbar window and the shopping list', () => {
  beforeAll(() => setI18n(i18nFor('en')));
  afterAll(() => resetI18n());
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app') as HTMLElement;
  });

  it('opens the list from the header and goes back to search', async () => {
    const { api } = fakePopupApi();
    render(<Popup api={api} />, root);
    await until(() => $('[data-action="open-list"]') !== null);
    expect($('[data-action="open-list"]')?.textContent).toBe('Shopping list');
    ($('[data-action="open-list"]') as HTMLElement).click();
    await until(() => $('.shopping-list') !== null, 'the list');
    expect($('#search')).toBeNull();
    ($('.shopping-list [data-action="back"]') as HTMLElement).click();
    await until(() => $('#search') !== null, 'the search');
    expect($('.shopping-list')).toBeNull();
  });

  it('opens on the list for popup.html#list', async () => {
    const { api } = fakePopupApi(true);
    render(<Popup api={api} />, root);
    await until(() => $('.shopping-list h2')?.textContent === 'Shopping list');
  });

  it('adds a food of "This page" with its grams, when the page gave them, in the UI language', async () => {
    const { api, added } = fakePopupApi();
    render(<Popup api={api} />, root);
    await until(
      () => root.querySelectorAll('.page-foods [data-action="add-to-list"]').length === 2,
      'the foods',
    );
    const gouda = $('.page-foods li[data-food="gouda"] [data-action="add-to-list"]') as HTMLElement;
    expect(gouda.getAttribute('aria-label')).toBe('Add Gouda to the shopping list');
    gouda.click();
    await until(() => added.length === 1);
    expect(added[0]).toEqual([{ foodId: 'gouda', lang: 'en', grams: 400 }]);
    await until(() => $('.this-page [role="status"]')?.textContent === 'Gouda added to the shopping list.');
    ($('.page-foods li[data-food="kefir"] [data-action="add-to-list"]') as HTMLElement).click();
    await until(() => added.length === 2);
    expect(added[1]).toEqual([{ foodId: 'kefir', lang: 'en' }]);
  });

  it('the food card has an "Add to shopping list" button only with onAddToList', () => {
    const targets = { k2: 90, calcium: 950 };
    render(<FoodCard food={food('gouda')} targets={targets} sources={{}} />, root);
    expect($('[data-action="add-to-list"]')).toBeNull();
    let calls = 0;
    render(
      <FoodCard
        food={food('gouda')}
        targets={targets}
        sources={{}}
        onAddToList={() => {
          calls++;
        }}
      >
        <div class="actions">
          <button type="button">Other action</button>
        </div>
      </FoodCard>,
      root,
    );
    const button = $('[data-action="add-to-list"]') as HTMLButtonElement;
    expect(button.textContent).toBe('Add to shopping list');
    expect(button.type).toBe('button');
    // Right before the card's own actions.
    expect(button.closest('.add-to-list-row')?.nextElementSibling?.className).toBe('actions');
    button.click();
    expect(calls).toBe(1);
  });
});
