import { describe, expect, it } from 'vitest';
import {
  compileMessages,
  createI18n,
  createI18nFrom,
  localeFor,
  resolveLanguage,
  substitute,
  withFallback,
} from '../../../src/i18n/core';
import type { Language } from '../../../src/prefs/schema';

describe('language choice', () => {
  it.each<[Language, string | undefined, string]>([
    ['auto', 'de', 'de'],
    ['auto', 'de-DE', 'de'],
    ['auto', 'de_AT', 'de'],
    ['auto', 'fr-CA', 'fr'],
    ['auto', 'nl-BE', 'nl'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'es-ES', 'en'],
    ['auto', 'pt_BR', 'en'],
    ['auto', '', 'en'],
    ['auto', undefined, 'en'],
    ['de', 'fr-FR', 'de'],
    ['fr', undefined, 'fr'],
    ['en', 'nl-NL', 'en'],
    ['nl', 'de', 'nl'],
  ])('preference %s with browser %s → %s', (pref, browser, lang) =>
    expect(resolveLanguage(pref, browser)).toBe(lang),
  );

  it.each([
    ['de', 'de-CH', 'de-CH'],
    ['de', 'de_AT', 'de-AT'],
    ['de', 'fr-FR', 'de'],
    ['fr', undefined, 'fr'],
    ['nl', 'nl-BE', 'nl-BE'],
    ['en', 'en-GB', 'en-GB'],
  ] as const)('numbers for %s in a %s browser use %s', (lang, browser, locale) =>
    expect(localeFor(lang, browser)).toBe(locale),
  );
});

describe('substitutions (the rules of chrome.i18n.getMessage)', () => {
  it.each<[string, string[], string]>([
    ['no placeholder', ['x'], 'no placeholder'],
    ['Hide $1 on this site', ['Gouda'], 'Hide Gouda on this site'],
    ['$2 before $1', ['a', 'b'], 'b before a'],
    ['$1 and $3', ['a'], 'a and '],
    ['costs $$5', [], 'costs $5'],
    ['$$1 stays', ['x'], '$1 stays'],
    ['three $$$', [], 'three $$'],
    ['$x is dropped', [], ' is dropped'],
    ['trailing $', [], 'trailing '],
    ['$10', ['a'], 'a0'],
    ['$9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '9'],
    ['keeps $1 as written: $2', ['$2', 'z'], 'keeps $2 as written: z'],
  ])('%j with %j → %j', (message, subs, out) => expect(substitute(message, subs)).toBe(out));
});

describe('messages.json files', () => {
  const file = {
    Hello_User: {
      message: 'Hello, $User$! Welcome to $SITE$ ($count$ visits).',
      placeholders: {
        user: { content: '$1', example: 'Cira' },
        site: { content: 'Example.com' },
        COUNT: { content: '$2' },
      },
    },
    plain: { message: 'Plain text' },
  };

  it('named placeholders become their content, names and keys ignore case', () => {
    expect(compileMessages(file)).toEqual({
      hello_user: 'Hello, $1! Welcome to Example.com ($2 visits).',
      plain: 'Plain text',
    });
  });

  it('a translator substitutes, ignores key case and falls back to English', () => {
    const en = compileMessages({ ...file, onlyEnglish: { message: 'English only' } });
    const de = compileMessages({ plain: { message: 'Einfacher Text' } });
    const i18n = createI18n('de', de, { fallback: en });
    expect(i18n.t('PLAIN')).toBe('Einfacher Text');
    expect(i18n.t('onlyEnglish')).toBe('English only');
    expect(i18n.t('hello_user', 'Ann', '3')).toBe('Hello, Ann! Welcome to Example.com (3 visits).');
    expect(i18n.t('unknown')).toBe('');
    expect(i18n.has('onlyenglish')).toBe(true);
    expect(i18n.has('unknown')).toBe(false);
    expect(i18n.locale).toBe('de');
  });

  it('withFallback keeps a language’s own messages and adds the missing ones', () => {
    expect(withFallback({ a: 'A de' }, { a: 'A en', b: 'B en' })).toEqual({ a: 'A de', b: 'B en' });
  });

  it.each([
    ['en', 0, 'other'],
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 2, 'other'],
    ['de', 1, 'one'],
    ['nl', 5, 'other'],
  ] as const)('plural in %s for %s picks the %s form', (lang, n, form) => {
    const i18n = createI18n(lang, { n_one: 'one $1', n_other: 'other $1' });
    expect(i18n.plural('n', n, String(n))).toBe(`${form} ${n}`);
  });

  it('plural falls back to the other form when a language lacks one', () => {
    expect(createI18n('en', { n_other: 'items: $1' }).plural('n', 1, '1')).toBe('items: 1');
  });

  it('a translator over the browser’s getMessage passes substitutions and finds plural forms', () => {
    const calls: [string, string[]][] = [];
    const table: Record<string, string> = { hi: 'Hallo $1', n_other: '$1 Dinge' };
    const i18n = createI18nFrom('de', 'de-DE', (key, subs) => {
      calls.push([key, subs]);
      return table[key] === undefined ? '' : substitute(table[key] as string, subs);
    });
    expect(i18n.t('hi', 'Ann')).toBe('Hallo Ann');
    expect(calls[0]).toEqual(['hi', ['Ann']]);
    expect(i18n.plural('n', 3, '3')).toBe('3 Dinge');
    expect(i18n.has('missing')).toBe(false);
  });
});
