/**
 * Mounts an extension page (popup, options) in the language of the user's
 * preference, and renders it again whenever that preference changes.
 *
 * The preference is read from extension storage, which is asynchronous; the
 * page's own localStorage remembers the language last used, so the first
 * render does not wait for it (when the stored preference differs, the page is
 * rendered again in that language at once).
 */
import { type ComponentChild, render } from 'preact';
import { i18n, setI18n } from '../i18n/current';
import { pageI18n } from '../i18n/tables';
import { LANGUAGES, type Language, loadPrefs, watchPrefs } from '../prefs';

const REMEMBERED = 'k2lens.language';

function remembered(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(REMEMBERED);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : undefined;
  } catch {
    return undefined;
  }
}

function remember(language: Language): void {
  try {
    globalThis.localStorage?.setItem(REMEMBERED, language);
  } catch {
    // Storage refused (private mode, quota): the next page waits for the preference instead.
  }
}

export function mountLocalized(root: HTMLElement, titleKey: string, view: () => ComponentChild): void {
  let language: Language | undefined;
  const show = (pref: Language) => {
    if (pref === language) return;
    language = pref;
    setI18n(pageI18n(pref));
    document.documentElement.lang = i18n().lang;
    document.title = i18n().t(titleKey);
    render(view(), root);
  };
  const last = remembered();
  if (last) show(last);
  const settle = (pref: Language) => {
    remember(pref);
    show(pref);
  };
  void loadPrefs().then((p) => settle(p.language));
  watchPrefs((p) => settle(p.language));
}
