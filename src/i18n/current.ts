/**
 * The UI language in use in this document (popup, options or a page's badges
 * and tooltips). Components read it when they render; the entrypoints set it
 * from the preference and set it again when the preference changes.
 *
 * Until it is set, the browser's own `i18n.getMessage` answers (the browser's
 * language, English for keys or languages K2 Lens lacks).
 */
import { createI18nFrom, type I18n, localeFor, resolveLanguage } from './core';

interface BrowserI18n {
  getMessage(key: string, subs?: string[]): string;
  getUILanguage(): string;
}

function browserI18n(): BrowserI18n | undefined {
  const g = globalThis as { browser?: { i18n?: BrowserI18n }; chrome?: { i18n?: BrowserI18n } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The browser's UI language ("de-DE"), or undefined where there is no browser API. */
export function browserLanguage(): string | undefined {
  try {
    return browserI18n()?.getUILanguage();
  } catch {
    return undefined;
  }
}

/** Messages through the browser's `i18n.getMessage` (its UI language, the manifest's default_locale else). */
export function nativeI18n(): I18n {
  const ui = browserLanguage();
  const lang = resolveLanguage('auto', ui);
  return createI18nFrom(lang, localeFor(lang, ui), (key, subs) => {
    try {
      return browserI18n()?.getMessage(key, subs);
    } catch {
      return undefined;
    }
  });
}

let active: I18n | undefined;

/** The translator in use. */
export function i18n(): I18n {
  active ??= nativeI18n();
  return active;
}

export function setI18n(next: I18n): void {
  active = next;
}

/** Forgets the translator set (tests). */
export function resetI18n(): void {
  active = undefined;
}
