import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DISPLAY, loadDisplay, sanitizeDisplay, saveDisplay, validateDisplay } from '../../src/prefs';

describe('display preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to per 100 g', async () => {
    expect(DEFAULT_DISPLAY).toEqual({ units: 'per100g' });
    expect(await loadDisplay()).toEqual({ units: 'per100g' });
  });

  it('saves a valid value and reads it back', async () => {
    expect(await saveDisplay({ units: 'perPackage' })).toEqual([]);
    expect(await loadDisplay()).toEqual({ units: 'perPackage' });
    expect(await browser.storage.sync.get('display')).toEqual({ display: { units: 'perPackage' } });
  });

  it('rejects an invalid value with a message and keeps the stored one', async () => {
    await saveDisplay({ units: 'perServing' });
    const problems = await saveDisplay({ units: 'per-bucket' } as never);
    expect(problems).toEqual(['units must be one of per100g, perServing, perPackage']);
    expect(await loadDisplay()).toEqual({ units: 'perServing' });
  });

  it.each([[null], ['per100g'], [{ units: 7 }], [{ units: 'kg' }], [[1, 2]]])(
    'replaces a corrupt stored value %j by the defaults',
    async (corrupt) => {
      await browser.storage.sync.set({ display: corrupt });
      expect(await loadDisplay()).toEqual(DEFAULT_DISPLAY);
      expect(sanitizeDisplay(corrupt)).toEqual(DEFAULT_DISPLAY);
    },
  );

  it('validates the shape', () => {
    expect(validateDisplay('x')).toEqual(['preferences must be an object']);
    expect(validateDisplay({ units: 'per100g' })).toEqual([]);
  });
});
