/**
 * Browser glue for the UI language: the extension pages build their
 * translator from the bundled tables; a content script asks the background
 * for the one table it needs (so it carries none of them).
 */
import type { Language } from '../prefs/schema';
import { createI18n, type I18n, localeFor, type Messages, resolveLanguage, type UiLanguage } from './core';
import { browserLanguage, nativeI18n } from './current';

/** The UI language and number locale for a language preference in this browser. */
export function languageOf(pref: Language): { lang: UiLanguage; locale: string } {
  const ui = browserLanguage();
  const lang = resolveLanguage(pref, ui);
  return { lang, locale: localeFor(lang, ui) };
}

/**
 * The translator for a content script: the table `fetch` brings (the
 * background's answer), else the browser's own messages.
 */
export async function remoteI18n(
  pref: Language,
  fetch: (lang: UiLanguage) => Promise<Messages | null>,
): Promise<I18n> {
  const { lang, locale } = languageOf(pref);
  const messages = await fetch(lang).catch(() => null);
  return messages ? createI18n(lang, messages, { locale }) : nativeI18n();
}
