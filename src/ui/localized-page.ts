/**
 * Mounts an extension page (popup, options) in the language of the user's
 * preference, and renders it again whenever that preference changes.
 */
import { type ComponentChild, render } from 'preact';
import { i18n, setI18n } from '../i18n/current';
import { pageI18n } from '../i18n/tables';
import { type Language, loadPrefs, watchPrefs } from '../prefs';

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
  void loadPrefs().then((p) => show(p.language));
  watchPrefs((p) => show(p.language));
}
