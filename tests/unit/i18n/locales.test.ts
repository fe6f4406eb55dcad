/**
 * The four message files: the same keys with the same placeholders in every
 * language, no empty message, valid names, and a message for every key the
 * code asks for (literal keys in the UI code and the key families built from
 * the dataset's categories, value bases, source counts, evidence kinds, target choices and
 * serving sizes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { CATEGORIES, EVIDENCE_KINDS } from '../../../src/data/types';
import { type MessageFile, placeholdersOf, UI_LANGUAGES } from '../../../src/i18n/core';
import { MESSAGE_FILES } from '../../../src/i18n/tables';
import { CATEGORY_LABELS } from '../../../src/nutrition/estimate';
import { TARGET_CHOICES, targetChoiceKey, targetPopulationKey } from '../../../src/nutrition/targets';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const en = MESSAGE_FILES.en;
const enKeys = Object.keys(en).sort();
const OTHERS = UI_LANGUAGES.filter((l) => l !== 'en');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Message keys the UI code names literally: t('key'), plural('key') and key tables. */
function keysInCode(): Map<string, string> {
  const sources = [
    ...files(join(ROOT, 'src', 'ui')),
    ...files(join(ROOT, 'entrypoints')),
    // The page's code, but not the schema.org reader (its 'recipeIngredient' is a property, not a message).
    ...files(join(ROOT, 'src', 'page')).filter((p) => !p.endsWith('jsonld.ts')),
    join(ROOT, 'src', 'nutrition', 'targets.ts'),
  ];
  const found = new Map<string, string>();
  /** Literals of that shape that are not message keys (a preference field). */
  const notKeys = new Set(['badgeStyle']);
  const KEY =
    /(?:\bt|plural)\(\s*'([A-Za-z0-9_]+)'|'((?:opt|popup|card|recipe|supp|tip|evidence|method|note|badge|cover|target|store|nutrient)[A-Z][A-Za-z0-9_]*)'/g;
  for (const file of sources) {
    for (const m of readFileSync(file, 'utf8').matchAll(KEY)) {
      const key = (m[1] ?? m[2]) as string;
      if (!notKeys.has(key)) found.set(key, file);
    }
  }
  return found;
}

describe('message files', () => {
  it('the files are the ones the build copies (public/_locales) and English is complete', () => {
    for (const lang of UI_LANGUAGES) {
      const onDisk = JSON.parse(
        readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8'),
      );
      expect(onDisk).toEqual(MESSAGE_FILES[lang]);
    }
    expect(enKeys.length).toBeGreaterThan(200);
  });

  it.each(OTHERS)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(MESSAGE_FILES[lang]).sort()).toEqual(enKeys);
  });

  it.each(UI_LANGUAGES)(
    '%s: no empty message; placeholders defined, used and the same as in English',
    (lang) => {
      const file: MessageFile = MESSAGE_FILES[lang];
      for (const key of enKeys) {
        const entry = file[key];
        expect(entry?.message.trim(), `${lang} ${key}`).toBeTruthy();
        if (!entry) continue;
        const mine = placeholdersOf(entry);
        const english = placeholdersOf(en[key] as MessageFile[string]);
        expect(mine, `${lang} ${key}`).toEqual(english);
        const defined = Object.keys(entry.placeholders ?? {})
          .map((n) => n.toLowerCase())
          .sort();
        expect([...new Set(mine.named)].sort(), `${lang} ${key}: placeholders used = defined`).toEqual(
          defined,
        );
        for (const p of Object.values(entry.placeholders ?? {})) expect(p.content).toMatch(/^\$[1-9]$/);
      }
    },
  );

  it('message names are valid for Chrome and Firefox and unique ignoring case', () => {
    for (const key of enKeys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(enKeys.map((k) => k.toLowerCase())).size).toBe(enKeys.length);
  });

  it.each(UI_LANGUAGES)('%s: the manifest name and description fit the stores’ limits', (lang) => {
    expect(MESSAGE_FILES[lang].extName?.message.length).toBeLessThanOrEqual(45);
    expect(MESSAGE_FILES[lang].extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(OTHERS)('%s: sentences are translated, not copied from English', (lang) => {
    const copied = enKeys.filter((key) => {
      const text = en[key]?.message ?? '';
      const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{2,}[.,:;]?$/.test(w));
      return words.length >= 3 && MESSAGE_FILES[lang][key]?.message === text;
    });
    expect(copied).toEqual([]);
  });

  it('the nutrients are named one way per language', () => {
    const text = (lang: (typeof UI_LANGUAGES)[number]) =>
      Object.values(MESSAGE_FILES[lang])
        .map((e) => e.message)
        .join('\n');
    expect(text('de')).not.toMatch(/Kalzium|Vitamine K/);
    expect(text('de')).toMatch(/Vitamin K2/);
    for (const lang of ['fr', 'nl'] as const) {
      expect(text(lang)).not.toMatch(/[Vv]itamin K(?!-)/);
      expect(text(lang)).toMatch(/vitamine K2/);
    }
    expect(text('fr')).not.toMatch(/[Kk]alzium|calcio/);
  });
});

describe('every key the code asks for has a message', () => {
  const has = (key: string) => key in en || (`${key}_one` in en && `${key}_other` in en);

  it('literal keys in the UI code', () => {
    const used = keysInCode();
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].filter(([key]) => !has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('plural keys have both forms', () => {
    const plurals = enKeys.filter((k) => k.endsWith('_one'));
    expect(plurals.length).toBeGreaterThan(5);
    for (const key of plurals) expect(`${key.replace(/_one$/, '')}_other` in en, key).toBe(true);
  });

  it('categories (the English ones are the dataset’s labels), bases, source counts and evidence kinds', () => {
    for (const c of [...CATEGORIES, 'generic' as const]) {
      expect(en[`category_${c}`]?.message, c).toBe(CATEGORY_LABELS[c]);
    }
    for (const key of [
      'basisMeasured',
      'basisLowerBound',
      'basisBelowLoq',
      'basisEstimated',
      'basisGeneric',
      'sourcesOneTable',
      'sourcesOneStudy',
      'sourcesOneCompilation',
      'sourcesOneSource',
      'sourcesTables',
      'sourcesIndependent',
    ])
      expect(has(key), key).toBe(true);
    // No label counts sources without saying how many are independent.
    for (const lang of UI_LANGUAGES)
      for (const [key, entry] of Object.entries(MESSAGE_FILES[lang]))
        expect(entry.message, `${lang} ${key}`).not.toMatch(
          /several sources|mehrere Quellen|plusieurs sources|meerdere bronnen/i,
        );
    for (const e of EVIDENCE_KINDS) expect(has(`evidenceKind_${e}`), e).toBe(true);
  });

  it('target choices and their populations', () => {
    for (const c of TARGET_CHOICES) {
      expect(has(targetChoiceKey(c)), c.id).toBe(true);
      // The English population is the intakes.csv row's (with an en dash in ranges).
      expect(en[targetPopulationKey(c)]?.message.replace('–', '-'), c.id).toBe(c.population);
    }
  });

  it('each serving size of the dataset and each derived food', () => {
    for (const food of dataset.foods) {
      const measure = food.serving?.label.match(/^(.*\S)\s*\(/)?.[1];
      if (measure) {
        const key = `serving_${measure
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_')
          .replace(/^_+|_+$/g, '')}`;
        expect(has(key), `${food.id}: ${food.serving?.label}`).toBe(true);
        expect(en[key]?.message).toBe(measure);
      }
      if (food.category === 'generic') {
        expect(has(`foodName_${food.id.replace(/-/g, '_')}`), food.id).toBe(true);
        expect(has(`group_${food.id.replace(/-/g, '_')}`), food.id).toBe(true);
      }
    }
  });
});
