/**
 * The language of the UI and its messages (DOM- and browser-free).
 *
 * Messages live in `public/_locales/<lang>/messages.json`, the format browsers
 * read for the manifest (`__MSG_name__`) and `i18n.getMessage`. K2 Lens reads
 * the same files itself so the user can pick a language other than the
 * browser's: `compileMessages` turns a file into a flat table (named
 * placeholders replaced by their content), `createI18n` looks keys up with the
 * substitution rules of `chrome.i18n.getMessage`:
 * - `$1` … `$9` are the substitutions (a missing one is empty);
 * - a run of `$` signs loses its first one (`$$` is a literal `$`);
 * - `$` before anything else is dropped together with that character;
 * - a key the language lacks falls back to English; an unknown key is "".
 */
import type { Language } from '../prefs/schema';

export const UI_LANGUAGES = ['en', 'de', 'fr', 'nl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/** One entry of a messages.json file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;
/** Compiled messages: key (lower case) → message with positional `$n` only. */
export type Messages = Record<string, string>;

export interface I18n {
  lang: UiLanguage;
  /** BCP 47 locale for number formatting (the browser's region when it speaks `lang`). */
  locale: string;
  /** The message `key` with `$1`…`$9` replaced by `subs`; English when `lang` lacks it; "" when unknown. */
  t(key: string, ...subs: string[]): string;
  /** `key_one` or `key_other` (by the locale's plural rule for `count`), then as `t`. */
  plural(key: string, count: number, ...subs: string[]): string;
  has(key: string): boolean;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (UI_LANGUAGES as readonly unknown[]).includes(value);
}

/** The primary subtag of a language tag, lower case ("de-AT" → "de", "pt_BR" → "pt"). */
function primary(tag: string | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The UI language: the user's choice, or for `auto` the browser's UI language
 * when K2 Lens speaks it, else English.
 */
export function resolveLanguage(pref: Language, browserLanguage: string | undefined): UiLanguage {
  if (pref !== 'auto') return pref;
  const lang = primary(browserLanguage);
  return isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/** The locale numbers are formatted in: the browser's own tag when it is of `lang` ("de-CH"), else `lang`. */
export function localeFor(lang: UiLanguage, browserLanguage: string | undefined): string {
  const tag = (browserLanguage ?? '').trim().replace(/_/g, '-');
  if (primary(tag) !== lang) return lang;
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : lang;
  } catch {
    return lang;
  }
}

const NAMED = /\$([a-z0-9_@]+)\$/gi;

/** A messages.json file as a flat table: named placeholders (`$FOOD$`) become their content (`$1`). */
export function compileMessages(file: MessageFile): Messages {
  const out: Messages = {};
  for (const [key, entry] of Object.entries(file)) {
    if (!entry || typeof entry.message !== 'string') continue;
    const named = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content] as const),
    );
    out[key.toLowerCase()] = entry.message.replace(NAMED, (whole, name: string) => {
      const content = named.get(name.toLowerCase());
      return content === undefined ? whole : content;
    });
  }
  return out;
}

/**
 * `$1`…`$9` replaced as `chrome.i18n.getMessage` does ("$$" is a "$"). Copies the text between dollar signs
 * in slices: a badge's label goes through here, thousands of times on a large page.
 */
export function substitute(message: string, subs: readonly string[]): string {
  let at = message.indexOf('$');
  if (at < 0) return message;
  let out = '';
  let from = 0;
  while (at >= 0) {
    out += message.slice(from, at);
    if (at + 1 >= message.length) return out;
    const next = message.charCodeAt(at + 1);
    if (next === 36) {
      // A run of dollar signs: the first one escapes, the rest stay.
      let end = at + 1;
      while (end < message.length && message.charCodeAt(end) === 36) end++;
      out += message.slice(at + 1, end);
      from = end;
    } else {
      // $1…$9 (anything else after a dollar sign is dropped with it).
      if (next >= 49 && next <= 57) out += subs[next - 49] ?? '';
      from = at + 2;
    }
    at = message.indexOf('$', from);
  }
  return out + message.slice(from);
}

/** `primary` with every key it lacks taken from `fallback`. */
export function withFallback(primary: Messages, fallback: Messages): Messages {
  return { ...fallback, ...primary };
}

/** Placeholder names of a message, in order (`$FOOD$`) and the positional ones it uses (`$1`). */
export function placeholdersOf(entry: MessageEntry): { named: string[]; positional: string[] } {
  const named = [...entry.message.matchAll(NAMED)].map((m) => (m[1] as string).toLowerCase()).sort();
  const compiled = compileMessages({ k: entry }).k ?? '';
  const positional = [...new Set(compiled.match(/(?<!\$)\$[1-9]/g) ?? [])].sort();
  return { named, positional };
}

export function createI18n(
  lang: UiLanguage,
  messages: Messages,
  options: { locale?: string; fallback?: Messages } = {},
): I18n {
  const fallback = options.fallback ?? {};
  return createI18nFrom(lang, options.locale ?? lang, (key, subs) => {
    const k = key.toLowerCase();
    const message = messages[k] ?? fallback[k];
    return message === undefined ? undefined : substitute(message, subs);
  });
}

/**
 * A translator over a lookup that substitutes (`undefined` or "" for an unknown key), such as the
 * browser's own `i18n.getMessage`, which follows the browser's language.
 */
export function createI18nFrom(
  lang: UiLanguage,
  locale: string,
  getMessage: (key: string, subs: string[]) => string | undefined,
): I18n {
  let rules: Intl.PluralRules | undefined;
  const t = (key: string, ...subs: string[]) => getMessage(key, subs) ?? '';
  const has = (key: string) => (getMessage(key, []) ?? '') !== '';
  return {
    lang,
    locale,
    t,
    plural(key, count, ...subs) {
      rules ??= new Intl.PluralRules(locale);
      const form = `${key}_${rules.select(count)}`;
      return t(has(form) ? form : `${key}_other`, ...subs);
    },
    has,
  };
}
