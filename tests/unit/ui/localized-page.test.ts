// @vitest-environment happy-dom
/**
 * The popup and options pages render at once in the language last used, then
 * in the language of the stored preference when it differs, and remember it.
 */
import { h } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '../../../src/i18n/current';
import { pageI18n } from '../../../src/i18n/tables';
import { DEFAULT_PREFS, prefsItem } from '../../../src/prefs';
import { mountLocalized } from '../../../src/ui/localized-page';

const view = () => h('p', { id: 'greeting' }, i18n().t('popupThisPage'));
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('mountLocalized', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    localStorage.clear();
    document.body.innerHTML = '<div id="app"></div>';
  });

  it('the words differ between the languages checked', () => {
    const words = ['en', 'de', 'fr', 'nl'].map((l) => pageI18n(l as 'en').t('popupThisPage'));
    expect(new Set(words).size).toBe(4);
  });

  it('renders in the remembered language before the preference is read, then in the preference', async () => {
    await prefsItem.setValue({ ...DEFAULT_PREFS, language: 'fr' });
    localStorage.setItem('k2lens.language', 'de');
    const root = document.getElementById('app') as HTMLElement;
    mountLocalized(root, 'popupTitle', view);
    // Synchronously: the remembered language.
    expect(document.documentElement.lang).toBe('de');
    expect(root.textContent).toBe(pageI18n('de').t('popupThisPage'));
    await settle();
    expect(document.documentElement.lang).toBe('fr');
    expect(root.textContent).toBe(pageI18n('fr').t('popupThisPage'));
    expect(localStorage.getItem('k2lens.language')).toBe('fr');
  });

  it('ignores a corrupt remembered language and waits for the preference', async () => {
    await prefsItem.setValue({ ...DEFAULT_PREFS, language: 'nl' });
    localStorage.setItem('k2lens.language', '<img src=x>');
    const root = document.getElementById('app') as HTMLElement;
    mountLocalized(root, 'popupTitle', view);
    expect(root.textContent).toBe('');
    await settle();
    expect(root.textContent).toBe(pageI18n('nl').t('popupThisPage'));
  });

  it('follows a change of the preference', async () => {
    await prefsItem.setValue({ ...DEFAULT_PREFS, language: 'en' });
    const root = document.getElementById('app') as HTMLElement;
    mountLocalized(root, 'popupTitle', view);
    await settle();
    expect(document.documentElement.lang).toBe('en');
    await prefsItem.setValue({ ...DEFAULT_PREFS, language: 'de' });
    await settle();
    expect(root.textContent).toBe(pageI18n('de').t('popupThisPage'));
    expect(localStorage.getItem('k2lens.language')).toBe('de');
  });
});
