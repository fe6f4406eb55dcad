/**
 * The columns of each source file and the rules every cell must follow.
 * Validation collects every problem with its file, line and column, so one
 * build run reports them all. DOM-free.
 */
import { CATEGORIES, EVIDENCE_KINDS, MK_FORMS } from '../types';
import { type CsvRow, CsvSyntaxError, type CsvTable, parseCsv } from './csv';

export interface Problem {
  file: string;
  line: number;
  column?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
}

export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The dataset sources are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** The source files the build reads, relative to src/data/sources. */
export const SOURCE_FILES = {
  varieties: 'varieties.csv',
  k2: 'k2-measurements.csv',
  calcium: 'calcium.csv',
  portions: 'portions.csv',
  intakes: 'intakes.csv',
  sources: 'sources.csv',
  derived: 'derived-foods.csv',
  servings: 'serving-sizes.csv',
} as const;
export type SourceName = keyof typeof SOURCE_FILES;
export type SourceTexts = Record<SourceName, string>;

export const COLUMNS: Record<SourceName, readonly string[]> = {
  varieties: ['variety_key', 'name_en', 'category', 'milk', 'ciqual_codes', 'usda_sr26_codes', 'off_id'],
  k2: [
    'variety_key',
    'food_name_as_published',
    'country',
    'k2_total_ug_per_100g',
    'k2_min_ug_per_100g',
    'k2_max_ug_per_100g',
    ...MK_FORMS,
    'n_samples',
    'source_id',
    'source_ref',
    'evidence',
    'notes',
  ],
  calcium: ['variety_key', 'calcium_mg_per_100g', 'source_id', 'source_code', 'source_food_name'],
  portions: ['variety_key', 'amount', 'unit', 'grams', 'source_id', 'source_code'],
  intakes: ['nutrient', 'population', 'value', 'unit', 'kind', 'source_id', 'notes'],
  sources: ['source_id', 'kind', 'citation', 'year', 'url', 'licence_or_terms', 'notes'],
  derived: ['food_id', 'name_en', 'group_label', 'from_categories', 'derivation'],
  servings: [
    'scope',
    'key',
    'amount',
    'unit',
    'grams',
    'label',
    'source_id',
    'source_ref',
    'conversion',
    'conversion_source_id',
  ],
};

export const MILKS = ['cow', 'ewe', 'goat', 'buffalo', 'mixed', 'plant', ''] as const;

/** Units of intakes.csv, per nutrient. */
export const INTAKE_UNITS: Record<string, string> = {
  vitamin_k: 'µg/day',
  vitamin_k1: 'µg/day',
  mk7: 'µg/day',
  calcium: 'mg/day',
};

/**
 * Household measures of portions.csv: a known base unit, optionally followed by
 * ", qualifier" and/or "(size)" — e.g. "cup, shredded", "slice (1 oz)".
 */
export const PORTION_BASE_UNITS = [
  'oz',
  'fl oz',
  'cup',
  'tbsp',
  'tsp',
  'slice',
  'slices',
  'cubic inch',
  'package',
  'container',
  'stick',
  'pat',
  'wedge',
  'box',
  'quart',
  'large',
  'medium',
  'small',
  'piece',
] as const;

export function portionBaseUnit(unit: string): string | undefined {
  const base = unit.split(/[,(]/)[0]?.trim() ?? '';
  return (PORTION_BASE_UNITS as readonly string[]).includes(base) ? base : undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Reads a cell as a non-negative decimal number ("" → undefined). */
export function numberCell(value: string): number | undefined | 'invalid' {
  const v = value.trim();
  if (v === '') return undefined;
  return NUMBER.test(v) ? Number(v) : 'invalid';
}

export interface ParsedSources {
  tables: Record<SourceName, CsvTable>;
  problems: Problem[];
}

/** Parses all files and checks their headers; syntax problems are reported, not thrown. */
export function parseSources(texts: SourceTexts): ParsedSources {
  const problems: Problem[] = [];
  const tables = {} as Record<SourceName, CsvTable>;
  for (const name of Object.keys(SOURCE_FILES) as SourceName[]) {
    const file = SOURCE_FILES[name];
    try {
      const table = parseCsv(file, texts[name]);
      const expected = COLUMNS[name];
      const missing = expected.filter((c) => !table.header.includes(c));
      const extra = table.header.filter((c) => !expected.includes(c));
      for (const c of missing)
        problems.push({ file, line: 1, column: c, message: 'required column is missing' });
      for (const c of extra) problems.push({ file, line: 1, column: c, message: 'unknown column' });
      tables[name] = table;
    } catch (err) {
      if (!(err instanceof CsvSyntaxError)) throw err;
      problems.push({ file, line: err.line, message: err.message.replace(`${file} line ${err.line}: `, '') });
      tables[name] = { header: [], rows: [] };
    }
  }
  return { tables, problems };
}

/** Cell checks for one row; pushes problems and returns nothing. */
export class RowChecker {
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly problems: Problem[],
  ) {}

  cell(column: string): string {
    return (this.row.values[column] ?? '').trim();
  }

  fail(column: string | undefined, message: string): void {
    this.problems.push({
      file: this.file,
      line: this.row.line,
      ...(column ? { column } : {}),
      message,
    });
  }

  required(column: string): string {
    const v = this.cell(column);
    if (v === '') this.fail(column, 'a value is required');
    return v;
  }

  slug(column: string): string {
    const v = this.required(column);
    if (v && !SLUG.test(v)) this.fail(column, `"${v}" is not an id (lowercase letters, digits and hyphens)`);
    return v;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], what: string): T | undefined {
    const v = this.cell(column);
    if (!(allowed as readonly string[]).includes(v)) {
      this.fail(column, `"${v}" is not a known ${what} (${allowed.filter(Boolean).join(', ')})`);
      return undefined;
    }
    return v as T;
  }

  number(
    column: string,
    opts: { required?: boolean; positive?: boolean; max?: number } = {},
  ): number | undefined {
    const raw = this.cell(column);
    const v = numberCell(raw);
    if (v === 'invalid') {
      this.fail(column, `"${raw}" is not a number (decimal point, no unit, no sign)`);
      return undefined;
    }
    if (v === undefined) {
      if (opts.required) this.fail(column, 'a number is required');
      return undefined;
    }
    if (opts.positive && v <= 0) this.fail(column, `${v} must be greater than 0`);
    if (opts.max !== undefined && v > opts.max)
      this.fail(column, `${v} is above the plausible maximum ${opts.max}`);
    return v;
  }

  integer(column: string): number | undefined {
    const v = this.number(column);
    if (v !== undefined && !Number.isInteger(v)) this.fail(column, `${v} is not a whole number`);
    return v;
  }

  ref(column: string, known: ReadonlySet<string>, what: string): string {
    const v = this.required(column);
    if (v && !known.has(v)) this.fail(column, `"${v}" is not a ${what}`);
    return v;
  }

  codes(column: string): string[] {
    const v = this.cell(column);
    const codes = v === '' ? [] : v.split(/\s+/);
    for (const c of codes) if (!/^\d{4,6}$/.test(c)) this.fail(column, `"${c}" is not a food code`);
    return codes;
  }
}

export const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
export const EVIDENCE_SET = EVIDENCE_KINDS;
