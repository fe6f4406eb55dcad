// @vitest-environment happy-dom
/**
 * The shopping list component rendered with Preact into happy-dom, talking to
 * the real background handler (list in memory, bundled dataset) through the
 * same requests the toolbar window sends.
 */
import { render } from 'preact';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../../src/background/handlers';
import { memoryStore } from '../../../src/background/store';
import { TabSummaries } from '../../../src/background/summaries';
import { dataset } from '../../../src/data/dataset';
import { memoryListStore } from '../../../src/data/shopping-list';
import { resetI18n, setI18n } from '../../../src/i18n/current';
import { i18nFor, messagesFor } from '../../../src/i18n/tables';
import type { Request, Result } from '../../../src/messages';
import { portionsWithFallback } from '../../../src/nutrition/quantity';
import { ShoppingList, type ShoppingListApi } from '../../../src/ui/popup/ShoppingList';

const OWN_ID = 'k2lens-test-id';
const targets = { k2: 90, calcium: 950 };

function fakeApi(options: { inPopup?: boolean } = {}) {
  const handle = createHandler({
    store: async () => memoryStore(dataset),
    summaries: new TabSummaries(),
    list: (() => {
      // In memory, as IndexedDB keeps it (the component says so when the list is not kept).
      const list = { ...memoryListStore(), persistent: true };
      return async () => list;
    })(),
    coverage: {},
    measuresOf: portionsWithFallback(dataset),
    intakes: dataset.intakes,
    messages: messagesFor,
    openEvidence: async () => undefined,
    extensionId: OWN_ID,
  });
  const sent: Request[] = [];
  const request = async <T,>(req: Request): Promise<T | string> => {
    sent.push(req);
    const r = (await handle(req, { id: OWN_ID })) as Result<T>;
    return r.ok ? r.value : r.error.message;
  };
  const downloads: { name: string; text: string }[] = [];
  let tabsOpened = 0;
  const api: ShoppingListApi = {
    get: () => request({ type: 'list:get' }),
    add: (items) => request({ type: 'list:add', items }),
    edit: (id, text, lang) => request({ type: 'list:edit', id, text, ...(lang ? { lang } : {}) }),
    remove: (id) => request({ type: 'list:remove', id }),
    move: (id, to) => request({ type: 'list:move', id, to }),
    clear: () => request({ type: 'list:clear' }),
    async foods(ids) {
      const r = await request<{ foods: Record<string, never> }>({ type: 'lookup', foodIds: ids });
      return typeof r === 'string' ? r : r.foods;
    },
    canPickFiles: () => !options.inPopup,
    openInTab: () => {
      tabsOpened++;
    },
    download: (name, text) => downloads.push({ name, text }),
  };
  return { api, sent, downloads, tabs: () => tabsOpened };
}

let root: HTMLElement;
const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector(sel) as E | null;
const $$ = (sel: string) => [...root.querySelectorAll(sel)] as HTMLElement[];
const text = (sel: string) => $(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until `check` holds (the handler and Preact's re-render are asynchronous). */
async function until(check: () => boolean, what = 'condition'): Promise<void> {
  // Generous: a loaded machine runs the suite's files side by side.
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Types into a field and lets Preact render the new state (as a browser does between two events). */
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}

function submit(form: Element) {
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

async function addLines(lines: string) {
  await type($<HTMLTextAreaElement>('#list-add') as HTMLTextAreaElement, lines);
  submit($('form.list-add') as Element);
  await until(() => text('[role="status"]').includes('added'), 'the added status');
}

const itemTexts = () => $$('.list-items li .item-text').map((e) => e.textContent);
const row = (itemText: string) =>
  $$('.list-items li').find((li) => li.querySelector('.item-text')?.textContent === itemText) as HTMLElement;

async function importFile(content: string, name = 'list.json') {
  const input = $<HTMLInputElement>('input[name="list-import"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('ShoppingList', () => {
  beforeAll(() => setI18n(i18nFor('en')));
  afterAll(() => resetI18n());
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app') as HTMLElement;
  });

  it('adds typed lines, shows each item with its values, the totals and what was not counted', async () => {
    const { api, sent } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => text('.empty').includes('The list is empty'), 'the empty list');
    await addLines('400 g gouda\nnatto 3×45 g\n\nbread\nbrie');
    expect(sent.find((r) => r.type === 'list:add')).toEqual({
      type: 'list:add',
      items: ['400 g gouda', 'natto 3×45 g', 'bread', 'brie'].map((t) => ({ text: t, lang: 'en' })),
    });
    expect(text('[role="status"]')).toBe('4 items added.');
    expect(itemTexts()).toEqual(['400 g gouda', 'natto 3×45 g', 'bread', 'brie']);
    await until(() => text('[data-testid="list-totals"]') !== '', 'the totals');
    // Gouda 400 g: 65 µg × 4 = 260 µg (289 % of 90 µg → "290%"); 737 mg × 4 = 2948 mg → "2,900 mg" (310 %).
    expect(row('400 g gouda').querySelector('.item-values')?.textContent).toBe(
      'Gouda, 400 g: K2 ≈ 260 µg (290%) · Ca 2,900 mg (310%)',
    );
    // Natto 135 g: 852.2 × 1.35 = 1150.47 µg (1278 % → "1,300%"); 217 × 1.35 = 292.95 mg (30.8 % → "31%").
    expect(row('natto 3×45 g').querySelector('.item-values')?.textContent).toBe(
      'Natto, 135 g: K2 ≈ 1,200 µg (1,300%) · Ca 290 mg (31%)',
    );
    expect(row('bread').dataset.state).toBe('unmatched');
    expect(row('bread').querySelector('.item-values')?.textContent).toBe('Not recognised: not counted');
    expect(row('brie').querySelector('.item-values')?.textContent).toBe('Brie: no amount, not counted');
    // Totals: 260 + 1150.47 = 1410.47 µg → "1,400 µg" (1567 % → "1,600%"); 2948 + 292.95 = 3240.95 mg (341 %).
    expect(text('[data-testid="list-totals"]')).toBe(
      'Total: K2 ≈ 1,400 µg · Ca 3,200 mg (1,600% of your daily K2 target, 340% of your calcium target)',
    );
    expect(Number($('[data-testid="list-totals"]')?.dataset.k2)).toBeCloseTo(1410.5, 1);
    expect(Number($('[data-testid="list-totals"]')?.dataset.calcium)).toBeCloseTo(3241, 0);
    expect(text('.counted')).toBe('2 items counted');
    expect(text('[data-testid="list-unrecognised"]')).toBe('1 item not recognised, not counted: “bread”');
    expect(text('[data-testid="list-without-amount"]')).toBe('1 item without an amount, not counted: “brie”');
  });

  it('draws an accessible bar chart of the counted items’ shares of the targets', async () => {
    const { api } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    await addLines('400 g gouda\n100 g brie\nbread');
    await until(() => $('[data-testid="list-chart"]') !== null, 'the chart');
    const svg = $('[data-testid="list-chart"]') as Element;
    expect(svg.getAttribute('role')).toBe('img');
    // Brie 100 g: 14.7 µg (16.3 % → "16%"), 247 mg (26 %).
    expect(svg.getAttribute('aria-label')).toBe(
      'Bar chart, share of your daily targets (K2 90 µg, calcium 950 mg): ' +
        'Gouda, 400 g: K2 290%, calcium 310%; Brie, 100 g: K2 16%, calcium 26%',
    );
    // One group per counted item (bread is not), two bars each; the numbers are written next to the bars.
    const groups = [...svg.querySelectorAll('g[data-row]')];
    expect(groups).toHaveLength(2);
    expect([...(groups[1] as Element).querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Brie, 100 g',
      '16%',
      '26%',
    ]);
    // The scale runs to the largest share (310.3 %): gouda's calcium bar is the full bar width (356 − 52 px).
    const widths = [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[1]).toBeCloseTo(304, 3);
    expect(widths[0]).toBeCloseTo((288.889 / 310.316) * 304, 1);
    expect(Number($('[data-testid="target-line"]')?.getAttribute('x1'))).toBeCloseTo(
      (100 / 310.316) * 304,
      1,
    );
  });

  it('edits an item (its text read again), moves and removes items', async () => {
    const { api } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    await addLines('400 g gouda\nbrie\nfeta 200 g');
    (row('brie').querySelector('[data-action="edit"]') as HTMLElement).click();
    await until(() => $('input[name="item-text"]') !== null, 'the edit field');
    const field = $<HTMLInputElement>('input[name="item-text"]') as HTMLInputElement;
    expect(field.value).toBe('brie');
    await until(() => document.activeElement === field, 'focus in the field');
    await type(field, 'brie 200 g');
    submit(field.closest('form') as Element);
    await until(() => text('[role="status"]') === 'Saved.', 'saved');
    // Brie 200 g: 14.7 × 2 = 29.4 µg (32.7 % → "33%"), 247 × 2 = 494 mg (52 %).
    expect(row('brie 200 g').querySelector('.item-values')?.textContent).toBe(
      'Brie, 200 g: K2 ≈ 29 µg (33%) · Ca 490 mg (52%)',
    );
    await until(
      () => document.activeElement === row('brie 200 g').querySelector('[data-action="edit"]'),
      'focus',
    );

    // Escape leaves an edit without saving it.
    (row('feta 200 g').querySelector('[data-action="edit"]') as HTMLElement).click();
    await until(() => $('input[name="item-text"]') !== null);
    const feta = $<HTMLInputElement>('input[name="item-text"]') as HTMLInputElement;
    await type(feta, 'something else');
    feta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => $('input[name="item-text"]') === null);
    expect(itemTexts()).toEqual(['400 g gouda', 'brie 200 g', 'feta 200 g']);

    (row('feta 200 g').querySelector('[data-action="up"]') as HTMLElement).click();
    await until(() => itemTexts()[1] === 'feta 200 g', 'the move');
    expect(itemTexts()).toEqual(['400 g gouda', 'feta 200 g', 'brie 200 g']);
    expect(text('[role="status"]')).toBe('“feta 200 g” is now number 2.');
    expect((row('400 g gouda').querySelector('[data-action="up"]') as HTMLButtonElement).disabled).toBe(true);
    expect((row('brie 200 g').querySelector('[data-action="down"]') as HTMLButtonElement).disabled).toBe(
      true,
    );

    (row('400 g gouda').querySelector('[data-action="remove"]') as HTMLElement).click();
    await until(() => itemTexts().length === 2, 'the removal');
    expect(itemTexts()).toEqual(['feta 200 g', 'brie 200 g']);
    expect(text('[role="status"]')).toBe('Removed “400 g gouda”.');
    // Focus goes to the item that took its place.
    await until(
      () => document.activeElement === row('feta 200 g').querySelector('[data-action="remove"]'),
      'focus',
    );
  });

  it('keeps what is typed into the edit field at once, before the field is focused', async () => {
    const { api, sent } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    await addLines('400 g gouda\nbrie');
    (row('brie').querySelector('[data-action="edit"]') as HTMLElement).click();
    // Preact renders in a microtask, its effects after the next frame: type as soon as the field is there.
    for (let i = 0; i < 20 && !$('input[name="item-text"]'); i++) await Promise.resolve();
    // Typed in the same turn as the field appeared: no later update of the item may put its old text back.
    const field = $<HTMLInputElement>('input[name="item-text"]') as HTMLInputElement;
    field.value = 'brie 200 g';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(field.value).toBe('brie 200 g');
    submit(field.closest('form') as Element);
    await until(() => text('[role="status"]') === 'Saved.', 'saved');
    expect(sent.filter((r) => r.type === 'list:edit').map((r) => (r as { text?: string }).text)).toEqual([
      'brie 200 g',
    ]);
    expect(itemTexts()).toEqual(['400 g gouda', 'brie 200 g']);
  });

  it('refuses an empty edit and says why', async () => {
    const { api, sent } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    await addLines('gouda');
    (row('gouda').querySelector('[data-action="edit"]') as HTMLElement).click();
    await until(() => $('input[name="item-text"]') !== null);
    await type($<HTMLInputElement>('input[name="item-text"]') as HTMLInputElement, '   ');
    submit($('form.edit') as Element);
    await until(() => text('[role="alert"]') !== '');
    expect(text('[role="alert"]')).toBe('Type the item, or remove it.');
    expect(sent.some((r) => r.type === 'list:edit')).toBe(false);
  });

  it('exports the list as a JSON file', async () => {
    const { api, downloads } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    expect(($('[data-action="export"]') as HTMLButtonElement).disabled).toBe(true);
    await addLines('400 g gouda\n2 × kefir 500 ml');
    ($('[data-action="export"]') as HTMLElement).click();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toBe('k2lens-shopping-list.json');
    const file = JSON.parse(downloads[0]?.text ?? '');
    expect(file).toMatchObject({
      format: 'k2lens-shopping-list',
      version: 1,
      items: [
        { text: '400 g gouda', lang: 'en' },
        { text: '2 × kefir 500 ml', lang: 'en' },
      ],
    });
    await until(() => text('[role="status"]') === 'List exported (2 items).', 'the exported status');
  });

  it('imports a file, adding its items to the list; a bad file changes nothing and says what was wrong', async () => {
    const { api } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    await addLines('brie');

    await importFile('{"format": "k2lens-shopping-list", "items": [');
    await until(() => text('[role="alert"]') !== '', 'the problem');
    expect(text('[role="alert"]')).toBe('The file is not valid JSON.');
    expect(text('[role="status"]')).toBe('Nothing imported: the list is as it was.');

    await importFile(
      JSON.stringify({
        format: 'k2lens-shopping-list',
        version: 1,
        items: [{ text: 'gouda' }, { text: '' }, 7],
      }),
    );
    await until(() => text('[role="alert"]').startsWith('Item 2'), 'the item problems');
    expect($$('[role="alert"] li').map((li) => li.textContent)).toEqual([
      'Item 2 of the file has no text, or a text longer than 300 characters.',
      'Item 3 of the file has no text, or a text longer than 300 characters.',
    ]);

    await importFile(
      JSON.stringify({
        format: 'k2lens-shopping-list',
        version: 1,
        items: Array(1412).fill({ text: 'brie' }),
      }),
    );
    await until(() => text('[role="alert"]') === 'The file has 1,412 items; the list holds at most 300.');

    await importFile(JSON.stringify({ format: 'k2lens-settings', version: 1 }));
    await until(() => text('[role="alert"]') === 'This is not a K2 Lens shopping list file.');

    await importFile(`{"format":"k2lens-shopping-list","version":1,"items":[]}${' '.repeat(600 * 1024)}`);
    await until(() => text('[role="alert"]').startsWith('The file is too big'), 'too big');
    expect(text('[role="alert"]')).toBe('The file is too big (601 KB; at most 512 KB).');
    expect(itemTexts()).toEqual(['brie']);

    // A file with an item holding a semicolon: imported as one item, as it was exported.
    await importFile(
      JSON.stringify({
        format: 'k2lens-shopping-list',
        version: 1,
        items: [
          { text: '400 g gouda', lang: 'en' },
          { text: 'kefir 500 ml; natto', lang: 'en' },
        ],
      }),
    );
    await until(() => itemTexts().length === 3, 'the import');
    expect(itemTexts()).toEqual(['brie', '400 g gouda', 'kefir 500 ml; natto']);
    expect(text('[role="status"]')).toBe('2 items imported and added to the list.');
    expect($('[role="alert"]')).toBeNull();
  });

  it('imports nothing when the file would overfill the list', async () => {
    const { api } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    await addLines('brie\ngouda');
    const items = Array.from({ length: 299 }, (_, i) => ({ text: `${i + 1} g feta` }));
    await importFile(JSON.stringify({ format: 'k2lens-shopping-list', version: 1, items }));
    await until(() => text('[role="alert"]') !== '', 'the problem');
    expect(text('[role="alert"]')).toBe('The list holds at most 300 items: remove some first.');
    expect(text('[role="status"]')).toBe('Nothing imported: the list is as it was.');
    expect(itemTexts()).toEqual(['brie', 'gouda']);
  });

  it('in the toolbar popup, Import opens the list in a tab instead of a file dialog', async () => {
    const { api, tabs } = fakeApi({ inPopup: true });
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    ($('[data-action="import"]') as HTMLElement).click();
    expect(tabs()).toBe(1);
    expect(text('.hint')).toContain('Import opens the list in a tab');
  });

  it('clears the list only after a confirmation', async () => {
    const { api } = fakeApi();
    render(<ShoppingList api={api} targets={targets} />, root);
    await until(() => $('#list-add') !== null);
    await addLines('brie\ngouda');
    ($('[data-action="clear"]') as HTMLElement).click();
    await until(() => $('[data-action="clear-confirm"]') !== null);
    expect(text('[data-action="clear-confirm"]')).toBe('Remove all 2 items');
    ($('[data-action="clear-cancel"]') as HTMLElement).click();
    await until(() => $('[data-action="clear-confirm"]') === null);
    expect(itemTexts()).toEqual(['brie', 'gouda']);
    ($('[data-action="clear"]') as HTMLElement).click();
    await until(() => $('[data-action="clear-confirm"]') !== null);
    ($('[data-action="clear-confirm"]') as HTMLElement).click();
    await until(() => itemTexts().length === 0, 'the cleared list');
    expect(text('[role="status"]')).toBe('List cleared (2 items removed).');
    expect(text('.empty')).toContain('The list is empty');
  });

  it('says when the list is not kept (IndexedDB not available) and words a refusal', async () => {
    const { api } = fakeApi();
    const notKept: ShoppingListApi = {
      ...api,
      get: async () => ({ items: [], persistent: false }),
      add: async () => 'the shopping list holds at most 300 items',
    };
    render(<ShoppingList api={notKept} targets={targets} />, root);
    await until(() => text('.problem') !== '');
    expect(text('.problem')).toBe(
      'IndexedDB is not available: the list is not saved and can be lost at any moment.',
    );
    await type($<HTMLTextAreaElement>('#list-add') as HTMLTextAreaElement, 'gouda');
    submit($('form.list-add') as Element);
    await until(() => text('ul[role="alert"]') !== '');
    expect(text('ul[role="alert"]')).toBe('The list holds at most 300 items: remove some first.');
    // The typed text stays for another try.
    expect(($('#list-add') as HTMLTextAreaElement).value).toBe('gouda');
  });

  it('says when the list cannot be read', async () => {
    const { api } = fakeApi();
    render(
      <ShoppingList api={{ ...api, get: async () => 'the background did not answer' }} targets={targets} />,
      root,
    );
    await until(() => text('[role="alert"]') !== '');
    expect(text('[role="alert"]')).toBe('The list could not be read (the background did not answer).');
    expect($('.list-items')).toBeNull();
  });

  it('speaks the UI language', async () => {
    setI18n(i18nFor('de'));
    try {
      const { api } = fakeApi();
      render(<ShoppingList api={api} targets={targets} />, root);
      await until(() => $('#list-add') !== null);
      await type($<HTMLTextAreaElement>('#list-add') as HTMLTextAreaElement, '400 g Gouda');
      submit($('form.list-add') as Element);
      await until(() => text('[role="status"]') === '1 Eintrag hinzugefügt.', 'the German status');
      await until(() => text('.item-values').startsWith('Gouda'));
      expect(text('.item-values')).toBe('Gouda, 400 g: K2 ≈ 260 µg (290 %) · Ca 2.900 mg (310 %)');
      expect(text('h2')).toBe('Einkaufsliste');
    } finally {
      setI18n(i18nFor('en'));
    }
  });
});
