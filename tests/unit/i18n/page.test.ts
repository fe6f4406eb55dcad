import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../../../src/i18n/core';
import { remoteI18n } from '../../../src/i18n/page';
import { messagesFor } from '../../../src/i18n/tables';

afterEach(() => vi.unstubAllGlobals());

/** A browser whose UI language is `ui` and whose own messages come from `native`. */
function stubBrowser(ui: string, native: Record<string, string> = {}) {
  vi.stubGlobal('browser', {
    i18n: { getUILanguage: () => ui, getMessage: (key: string) => native[key] ?? '' },
  });
}

describe('the translator of a content script', () => {
  it('asks for the table of the preferred language and formats numbers for the browser’s region', async () => {
    stubBrowser('de-CH');
    const asked: UiLanguage[] = [];
    const i18n = await remoteI18n('auto', async (lang) => {
      asked.push(lang);
      return messagesFor(lang);
    });
    expect(asked).toEqual(['de']);
    expect(i18n.lang).toBe('de');
    expect(i18n.locale).toBe('de-CH');
    expect(i18n.t('tipClose')).toBe('Schließen');
  });

  it('an explicit preference wins over the browser', async () => {
    stubBrowser('de-DE');
    const i18n = await remoteI18n('nl', async (lang) => messagesFor(lang));
    expect([i18n.lang, i18n.locale, i18n.t('tipClose')]).toEqual(['nl', 'nl', 'Sluiten']);
  });

  it('without an answer from the background, the browser’s own messages answer', async () => {
    stubBrowser('fr-FR', { tipClose: 'Fermer (navigateur)' });
    for (const fetch of [async () => null, async () => Promise.reject(new Error('gone'))]) {
      const i18n = await remoteI18n('de', fetch);
      expect(i18n.lang).toBe('fr');
      expect(i18n.t('tipClose')).toBe('Fermer (navigateur)');
      expect(i18n.t('unknownKey')).toBe('');
    }
  });
});
