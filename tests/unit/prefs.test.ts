import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../src/data/types';
import {
  DEFAULT_PREFS,
  exportSettings,
  hideFoodOnHost,
  importSettings,
  loadEnabledSites,
  loadPrefs,
  loadSiteRules,
  migratePrefsV1,
  type Prefs,
  prefsItem,
  resetPrefs,
  sanitizeEnabledSites,
  sanitizePrefs,
  sanitizeSiteRules,
  savePrefs,
  setHostDisabled,
  validatePrefs,
} from '../../src/prefs';

const valid: Prefs = {
  units: 'perServing',
  nutrients: { k2: true, calcium: false },
  supplements: false,
  textMentions: true,
  basketDays: 14,
  targets: { k2: 120, calcium: 1000 },
  categories: ['hard', 'blue'],
  minK2: 10,
  badgeStyle: 'detailed',
  language: 'de',
};

describe('preferences: defaults', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has a default for every preference', async () => {
    expect(DEFAULT_PREFS).toEqual({
      units: 'per100g',
      nutrients: { k2: true, calcium: true },
      supplements: true,
      textMentions: false,
      basketDays: 7,
      targets: { k2: 90, calcium: 950 },
      categories: [...CATEGORIES],
      minK2: 0,
      badgeStyle: 'compact',
      language: 'auto',
    });
    expect(await loadPrefs()).toEqual(DEFAULT_PREFS);
    expect(await loadSiteRules()).toEqual({ disabledHosts: [], hiddenFoods: {} });
    expect(await loadEnabledSites()).toEqual([]);
  });
});

describe('preferences: validation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a valid value and reads it back from sync storage', async () => {
    expect(await savePrefs(valid)).toEqual([]);
    expect(await loadPrefs()).toEqual(valid);
    expect((await browser.storage.sync.get('prefs')).prefs).toEqual(valid);
  });

  it.each<[string, Partial<Prefs> | Record<string, unknown>, string]>([
    ['units', { units: 'per-bucket' }, 'units must be one of per100g, perServing, perPackage'],
    [
      'nutrients',
      { nutrients: { k2: 'yes', calcium: true } },
      'nutrients.k2 and nutrients.calcium must be true or false',
    ],
    ['nutrients (none)', { nutrients: { k2: false, calcium: false } }, 'show at least one of K2 and calcium'],
    ['supplements', { supplements: 'sometimes' }, 'supplements must be true or false'],
    ['K2 target', { targets: { k2: -5, calcium: 950 } }, 'the K2 target must be a number from 1 to 2000 µg'],
    ['K2 target (NaN)', { targets: { k2: Number.NaN, calcium: 950 } }, 'the K2 target must be a number'],
    [
      'calcium target',
      { targets: { k2: 90, calcium: 20000 } },
      'the calcium target must be a number from 50 to 5000 mg',
    ],
    ['categories', { categories: ['hard', 'plastic'] }, 'categories must be a list of food categories'],
    ['minimum K2', { minK2: 5000 }, 'the minimum K2 must be a number from 0 to 1000 µg'],
    ['badge style', { badgeStyle: 'huge' }, 'badge style must be one of compact, detailed'],
    ['language', { language: 'tlh' }, 'language must be one of auto, en, de, fr, nl'],
  ])('rejects an invalid %s with a message and keeps the stored value', async (_name, patch, message) => {
    await savePrefs(valid);
    const problems = await savePrefs({ ...valid, ...patch });
    expect(problems.some((p) => p.startsWith(message))).toBe(true);
    expect(problems).toHaveLength(1);
    expect(await loadPrefs()).toEqual(valid);
  });

  it.each([
    [null],
    ['per100g'],
    [42],
    [[1, 2]],
    [{ units: 7, targets: 'many', categories: 'all', minK2: -1 }],
  ])('replaces a corrupt stored value %j by the defaults without throwing', async (corrupt) => {
    await browser.storage.sync.set({ prefs: corrupt, prefs$: { v: 2 } });
    expect(await loadPrefs()).toEqual(DEFAULT_PREFS);
  });

  it('keeps the valid fields of a partly corrupt value', () => {
    expect(sanitizePrefs({ ...valid, minK2: 'lots', language: 5 })).toEqual({
      ...valid,
      minK2: DEFAULT_PREFS.minK2,
      language: DEFAULT_PREFS.language,
    });
  });

  it('rejects a non-object', () => {
    expect(validatePrefs('x')).toEqual(['preferences must be an object']);
  });

  it('cleans site rules and enabled sites', () => {
    expect(
      sanitizeSiteRules({
        disabledHosts: ['shop.example', 'shop.example', 'bad host', 7],
        hiddenFoods: { 'shop.example': ['gouda', 'Gouda!', 'gouda'], 'x y': ['brie'], 'empty.example': [] },
      }),
    ).toEqual({ disabledHosts: ['shop.example'], hiddenFoods: { 'shop.example': ['gouda'] } });
    expect(sanitizeSiteRules('garbage')).toEqual({ disabledHosts: [], hiddenFoods: {} });
    expect(
      sanitizeEnabledSites([
        'https://shop.example/*',
        'javascript:alert(1)',
        'https://shop.example/*',
        '<all_urls>',
      ]),
    ).toEqual(['https://shop.example/*']);
  });
});

describe('preferences: migration from version 1', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates the version 1 value (units only) to version 2', async () => {
    await browser.storage.sync.set({ prefs: { units: 'perPackage' } });
    await prefsItem.migrate();
    expect(await loadPrefs()).toEqual({ ...DEFAULT_PREFS, units: 'perPackage' });
    expect((await browser.storage.sync.get('prefs$')).prefs$).toEqual({ v: 2 });
  });

  it.each([[{ units: 'bogus' }], [null], ['perServing']])(
    'migrates a corrupt version 1 value %j to the defaults',
    (v1) => {
      expect(migratePrefsV1(v1)).toEqual(DEFAULT_PREFS);
    },
  );
});

describe('site rules and settings files', () => {
  beforeEach(() => fakeBrowser.reset());

  it('disables a host and enables it again', async () => {
    expect((await setHostDisabled('shop.example', true)).disabledHosts).toEqual(['shop.example']);
    expect((await setHostDisabled('shop.example', false)).disabledHosts).toEqual([]);
  });

  it('hides a food on one host only', async () => {
    await hideFoodOnHost('recipes.example', 'butter');
    await hideFoodOnHost('recipes.example', 'butter');
    expect((await loadSiteRules()).hiddenFoods).toEqual({ 'recipes.example': ['butter'] });
  });

  it('exports, resets and imports settings', async () => {
    await savePrefs(valid);
    await setHostDisabled('shop.example', true);
    const file = JSON.parse(JSON.stringify(await exportSettings()));
    await resetPrefs();
    expect(await loadPrefs()).toEqual(DEFAULT_PREFS);
    expect(await importSettings(file)).toEqual([]);
    expect(await loadPrefs()).toEqual(valid);
    expect((await loadSiteRules()).disabledHosts).toEqual(['shop.example']);
  });

  it('refuses a foreign or invalid settings file and changes nothing', async () => {
    await savePrefs(valid);
    expect(await importSettings({ hello: 'world' })).toEqual(['this is not a K2 Lens settings file']);
    expect(await importSettings({ format: 'k2lens-settings', version: 9 })).toEqual([
      'settings file version 9 is not supported',
    ]);
    const bad = { format: 'k2lens-settings', version: 1, prefs: { ...valid, units: 'nope' }, siteRules: {} };
    expect(await importSettings(bad)).toEqual(['units must be one of per100g, perServing, perPackage']);
    expect(await loadPrefs()).toEqual(valid);
  });
});
