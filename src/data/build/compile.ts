/**
 * Validates the source files and compiles them into one compact dataset.
 * DOM-free and file-system-free: the inputs are the files' texts, so tests can
 * feed broken fixtures. A validation failure throws a DatasetError naming file,
 * line and column of every problem. The foods are made from the checked rows
 * in ./foods.ts.
 */
import { assignOrigins, referenceOrigins } from '../origins';
import {
  CATEGORIES,
  type CalciumRow,
  type Category,
  type Dataset,
  type Evidence,
  type Intake,
  type K2Row,
  MK_FORMS,
  type MkValues,
  type Portion,
  SERVING_UNITS,
  type Serving,
  type Source,
} from '../types';
import { addNotes, compileFoods, type DerivedFood, type OffTaxonomy, type Variety } from './foods';
import {
  CATEGORY_SET,
  DatasetError,
  EVIDENCE_SET,
  formatProblem,
  INTAKE_UNITS,
  MILKS,
  type Problem,
  parseSources,
  portionBaseUnit,
  RowChecker,
  SOURCE_FILES,
  type SourceTexts,
} from './schema';

export interface CompileInput {
  texts: SourceTexts;
  off?: OffTaxonomy;
}

/** A stable 64-bit FNV-1a hash (hex) of a string: the dataset version. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function compileDataset(input: CompileInput): Dataset {
  const { tables, problems } = parseSources(input.texts);
  const warnings: string[] = [];
  const check = (name: keyof typeof SOURCE_FILES) =>
    tables[name].rows.map((row) => ({ row, c: new RowChecker(SOURCE_FILES[name], row, problems) }));

  // sources.csv
  const sources: Source[] = [];
  const sourceIds = new Set<string>();
  for (const { c } of check('sources')) {
    const id = c.slug('source_id');
    if (sourceIds.has(id)) c.fail('source_id', `duplicate source id "${id}"`);
    sourceIds.add(id);
    const year = c.integer('year');
    const url = c.required('url');
    if (url && !/^https?:\/\/\S+$/.test(url)) c.fail('url', `"${url}" is not a web address`);
    sources.push({
      id,
      kind: c.required('kind'),
      citation: c.required('citation'),
      ...(year !== undefined ? { year } : {}),
      url,
      licence: c.required('licence_or_terms'),
      notes: c.cell('notes'),
    });
  }

  // varieties.csv
  const varieties = new Map<string, Variety>();
  for (const { c } of check('varieties')) {
    const id = c.slug('variety_key');
    if (varieties.has(id)) c.fail('variety_key', `duplicate variety_key "${id}"`);
    const category = c.oneOf('category', [...CATEGORIES], 'category');
    const milk = c.oneOf('milk', MILKS, 'milk');
    const offId = c.cell('off_id');
    if (offId && !/^[a-z]{2}:\S+$/.test(offId)) c.fail('off_id', `"${offId}" is not an Open Food Facts id`);
    varieties.set(id, {
      id,
      name: c.required('name_en'),
      category: category ?? 'other',
      milk: milk ?? '',
      ciqual: c.codes('ciqual_codes'),
      usda: c.codes('usda_sr26_codes'),
      ...(offId ? { offId } : {}),
    });
  }
  const varietyIds = new Set(varieties.keys());

  // k2-measurements.csv
  const k2Rows = new Map<string, K2Row[]>();
  const seenK2 = new Set<string>();
  for (const { row, c } of check('k2')) {
    const id = c.ref('variety_key', varietyIds, 'variety_key of varieties.csv');
    const source = c.ref('source_id', sourceIds, 'source_id of sources.csv');
    const evidence = c.oneOf('evidence', EVIDENCE_SET, 'evidence kind') as Evidence | undefined;
    const total = c.number('k2_total_ug_per_100g', { max: 5000 });
    const min = c.number('k2_min_ug_per_100g', { max: 5000 });
    const max = c.number('k2_max_ug_per_100g', { max: 5000 });
    const mk: MkValues = {};
    for (const form of MK_FORMS) {
      const v = c.number(form, { max: 5000 });
      if (v !== undefined) mk[form] = v;
    }
    const samples = c.integer('n_samples');
    const name = c.required('food_name_as_published');
    const ref = c.cell('source_ref');
    const mkSum = Object.values(mk).reduce((a, b) => a + b, 0);
    const hasMk = Object.keys(mk).length > 0;
    if (min !== undefined && max !== undefined && min > max)
      c.fail('k2_min_ug_per_100g', `min ${min} is above max ${max}`);
    if (total === undefined && min === undefined && max === undefined && !hasMk) {
      c.fail('k2_total_ug_per_100g', 'no value: give a total, a range, a limit or MK forms');
    }
    const key = `${id}|${source}|${ref}|${name}`;
    if (seenK2.has(key)) c.fail(undefined, `duplicate row for ${id} from ${source} (${ref})`);
    seenK2.add(key);
    if (total !== undefined && hasMk && Math.abs(mkSum - total) > Math.max(1, total * 0.1)) {
      warnings.push(
        formatProblem({
          file: SOURCE_FILES.k2,
          line: row.line,
          message: `${id}: MK forms sum to ${Math.round(mkSum * 10) / 10}, total is ${total} (kept as published)`,
        }),
      );
    }
    if (!evidence) continue;
    let k2: K2Row;
    const base = {
      source,
      ref,
      name,
      evidence,
      mk,
      ...(c.cell('country') ? { country: c.cell('country') } : {}),
      ...(samples !== undefined ? { samples } : {}),
      ...(c.cell('notes') ? { note: c.cell('notes') } : {}),
    };
    // Notes starting "partial forms" mark a row that reports only some forms, whatever its columns hold.
    const partial = /^partial forms\b/i.test(c.cell('notes'));
    if (total !== undefined) k2 = { ...base, kind: partial ? 'partial' : 'total', value: total };
    else if (min !== undefined && max !== undefined)
      k2 = { ...base, kind: partial ? 'partial' : 'range', value: (min + max) / 2, min, max };
    else if (max !== undefined && min === undefined) k2 = { ...base, kind: 'below', max };
    else if (hasMk) k2 = { ...base, kind: 'partial', value: Math.round(mkSum * 100) / 100 };
    else continue;
    const list = k2Rows.get(id) ?? [];
    list.push(k2);
    k2Rows.set(id, list);
  }

  // calcium.csv
  const caRows = new Map<string, CalciumRow[]>();
  const seenCa = new Set<string>();
  for (const { c } of check('calcium')) {
    const id = c.ref('variety_key', varietyIds, 'variety_key of varieties.csv');
    const value = c.number('calcium_mg_per_100g', { required: true, max: 2000 });
    const source = c.ref('source_id', sourceIds, 'source_id of sources.csv');
    const code = c.required('source_code');
    const key = `${id}|${source}|${code}`;
    if (seenCa.has(key)) c.fail('source_code', `duplicate calcium row for ${id} (${source} ${code})`);
    seenCa.add(key);
    if (value === undefined) continue;
    const list = caRows.get(id) ?? [];
    list.push({ source, code, name: c.required('source_food_name'), value });
    caRows.set(id, list);
  }

  // portions.csv
  const portions = new Map<string, Portion[]>();
  for (const { c } of check('portions')) {
    const id = c.ref('variety_key', varietyIds, 'variety_key of varieties.csv');
    const amount = c.number('amount', { required: true, positive: true });
    const unit = c.required('unit');
    if (unit && !portionBaseUnit(unit)) c.fail('unit', `"${unit}" is not a known household measure`);
    const grams = c.number('grams', { required: true, positive: true, max: 5000 });
    const source = c.ref('source_id', sourceIds, 'source_id of sources.csv');
    if (amount === undefined || grams === undefined) continue;
    const list = portions.get(id) ?? [];
    list.push({ amount, unit, grams, source, code: c.cell('source_code') });
    portions.set(id, list);
  }

  // intakes.csv
  const intakes: Intake[] = [];
  for (const { c } of check('intakes')) {
    const nutrient = c.required('nutrient');
    const unit = c.required('unit');
    const expected = INTAKE_UNITS[nutrient];
    if (nutrient && !expected) c.fail('nutrient', `"${nutrient}" is not a known nutrient`);
    else if (expected && unit !== expected)
      c.fail('unit', `"${unit}" is not a known unit for ${nutrient} (expected ${expected})`);
    const value = c.number('value', { required: true, positive: true });
    intakes.push({
      nutrient,
      population: c.required('population'),
      value: value ?? 0,
      unit,
      kind: c.required('kind'),
      source: c.ref('source_id', sourceIds, 'source_id of sources.csv'),
      notes: c.cell('notes'),
    });
  }

  // derived-foods.csv
  const derived: DerivedFood[] = [];
  for (const { c } of check('derived')) {
    const id = c.slug('food_id');
    if (varietyIds.has(id) || derived.some((d) => d.id === id))
      c.fail('food_id', `duplicate food id "${id}"`);
    const from = c.required('from_categories').split(/\s+/).filter(Boolean);
    for (const cat of from)
      if (!CATEGORY_SET.has(cat)) c.fail('from_categories', `"${cat}" is not a known category`);
    derived.push({
      id,
      name: c.required('name_en'),
      group: c.required('group_label'),
      from: from as Category[],
      derivation: c.required('derivation'),
    });
  }

  // serving-sizes.csv: one row per category or food; a food row wins over its category's.
  const servings = new Map<string, Serving>();
  const foodIds = new Set([...varietyIds, ...derived.map((d) => d.id)]);
  for (const { c } of check('servings')) {
    const scope = c.oneOf('scope', ['category', 'food'] as const, 'serving scope');
    const key = c.required('key');
    if (scope === 'category' && key && !CATEGORY_SET.has(key))
      c.fail('key', `"${key}" is not a known category`);
    if (scope === 'food' && key && !foodIds.has(key))
      c.fail('key', `"${key}" is not a food id (variety_key or derived food)`);
    if (scope && servings.has(`${scope}:${key}`)) c.fail('key', `duplicate serving for ${scope} "${key}"`);
    const amount = c.number('amount', { required: true, positive: true, max: 1000 });
    const unit = c.oneOf('unit', SERVING_UNITS, 'serving unit');
    const label = c.required('label');
    const source = c.ref('source_id', sourceIds, 'source_id of sources.csv');
    const ref = c.required('source_ref');
    let grams = c.number('grams', { positive: true, max: 1000 });
    const conversionText = c.cell('conversion');
    let conversion: Serving['conversion'];
    if (unit === 'g') {
      if (grams !== undefined && grams !== amount)
        c.fail('grams', `${grams} differs from the amount ${amount} g`);
      grams = amount;
    } else if (unit) {
      if (grams === undefined) c.fail('grams', `a weight is required for a serving in ${unit}`);
      if (!conversionText) c.fail('conversion', `say how ${unit} became grams`);
      const conversionSource = c.ref('conversion_source_id', sourceIds, 'source_id of sources.csv');
      conversion = { text: conversionText, source: conversionSource };
    }
    if (!scope || !unit || amount === undefined || grams === undefined) continue;
    servings.set(`${scope}:${key}`, {
      grams,
      amount,
      unit,
      label,
      source,
      ref,
      ...(conversion ? { conversion } : {}),
      scope,
    });
  }

  if (problems.length > 0) throw new DatasetError(problems);

  // Where each K2 value comes from: for counting independent sources (src/data/origins.ts).
  const reference = referenceOrigins(sources);
  for (const rows of k2Rows.values()) assignOrigins(rows, reference);

  // Every variety needs at least a path to a value; the estimates below make sure of it.
  const foods = compileFoods(varieties, k2Rows, caRows, portions, derived, input.off ?? {});
  const unresolved: Problem[] = foods
    .filter((f) => !Number.isFinite(f.k2.central) || !Number.isFinite(f.calcium.central))
    .map((f) => ({
      file: SOURCE_FILES.varieties,
      line: 0,
      message: `${f.id}: no value and no category estimate`,
    }));
  if (unresolved.length > 0) throw new DatasetError(unresolved);

  for (const food of foods) {
    const serving = servings.get(`food:${food.id}`) ?? servings.get(`category:${food.category}`);
    if (serving) food.serving = serving;
    else
      warnings.push(
        `${SOURCE_FILES.servings}: no serving for ${food.id} (shown per 100 g and per package only)`,
      );
  }

  addNotes(foods, intakes);

  const body = { foods, sources, intakes };
  return { version: contentHash(JSON.stringify(body)), ...body, warnings };
}
