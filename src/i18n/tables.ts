/**
 * Every language's messages, compiled (for the background, which hands one
 * table to each content script, and for the extension pages). The content
 * script does not import this module: it asks the background for the one
 * table it needs.
 */
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import type { Language } from '../prefs/schema';
import {
  compileMessages,
  createI18n,
  type I18n,
  type MessageFile,
  type Messages,
  type UiLanguage,
  withFallback,
} from './core';
import { languageOf } from './page';

export const MESSAGE_FILES: Record<UiLanguage, MessageFile> = { en, de, fr, nl };

const compiled = new Map<UiLanguage, Messages>();

/** The compiled messages of `lang`, with English for every key it lacks. */
export function messagesFor(lang: UiLanguage): Messages {
  let table = compiled.get(lang);
  if (!table) {
    const english = compileMessages(MESSAGE_FILES.en);
    table = lang === 'en' ? english : withFallback(compileMessages(MESSAGE_FILES[lang]), english);
    compiled.set(lang, table);
  }
  return table;
}

/** A translator for `lang` from the bundled tables. */
export function i18nFor(lang: UiLanguage, locale: string = lang): I18n {
  return createI18n(lang, messagesFor(lang), { locale });
}

/** The translator of an extension page for a language preference. */
export function pageI18n(pref: Language): I18n {
  const { lang, locale } = languageOf(pref);
  return i18nFor(lang, locale);
}
