import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { DatasetError } from '../../../src/data/build/schema';

const shared = readSources();

/** Line number (1-based) of the first line starting with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((l) => l.startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${prefix}`);
  return index + 1;
}

/** Splits one CSV line into raw cells, keeping quoted cells (with their quotes) whole. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    cells.push(m[1] as string);
    if (m[2] === '') break;
  }
  return cells;
}

/** Replaces one cell of one CSV line (by line number and column name). */
function withCell(text: string, line: number, column: string, value: string): string {
  const lines = text.split('\n');
  const col = cellsOf(lines[0] as string).indexOf(column);
  const cells = cellsOf(lines[line - 1] as string);
  if (col < 0 || col >= cells.length) throw new Error(`no column ${column} on line ${line}`);
  cells[col] = value;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}

function compileWith(name: keyof typeof shared.texts, text: string) {
  return () => compileDataset({ texts: { ...shared.texts, [name]: text }, off: shared.off });
}

function problemsOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof DatasetError) return err.message;
    throw err;
  }
  throw new Error('expected a DatasetError');
}

describe('dataset build', () => {
  const dataset = compileDataset(shared);
  const varietyKeys = readFileSync(
    new URL('../../../src/data/sources/varieties.csv', import.meta.url),
    'utf8',
  )
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]);

  it('has one food per variety_key, each with K2, calcium and sources', () => {
    const ids = dataset.foods.map((f) => f.id);
    for (const key of varietyKeys) expect(ids).toContain(key);
    expect(new Set(ids).size).toBe(ids.length);
    for (const food of dataset.foods) {
      expect(Number.isFinite(food.k2.central), food.id).toBe(true);
      expect(Number.isFinite(food.calcium.central), food.id).toBe(true);
      expect(food.k2.sources.length, food.id).toBeGreaterThan(0);
      expect(food.calcium.sources.length, food.id).toBeGreaterThan(0);
      expect(food.k2.min).toBeLessThanOrEqual(food.k2.central);
      expect(food.k2.max).toBeGreaterThanOrEqual(food.k2.central);
    }
  });

  const kefirLine = lineOf(shared.texts.k2, 'kefir,Kefir,');

  it('rejects a K2 value whose source does not exist, naming file, line and column', () => {
    const msg = problemsOf(
      compileWith('k2', withCell(shared.texts.k2, kefirLine, 'source_id', 'nowhere-2020')),
    );
    expect(msg).toContain(
      `k2-measurements.csv line ${kefirLine}, column source_id: "nowhere-2020" is not a source_id`,
    );
  });

  it('rejects a K2 value without a source', () => {
    const msg = problemsOf(compileWith('k2', withCell(shared.texts.k2, kefirLine, 'source_id', '')));
    expect(msg).toContain(`k2-measurements.csv line ${kefirLine}, column source_id: a value is required`);
  });

  it('rejects an unknown unit', () => {
    const msg = problemsOf(compileWith('intakes', withCell(shared.texts.intakes, 2, 'unit', 'IU/day')));
    expect(msg).toContain('intakes.csv line 2, column unit: "IU/day" is not a known unit for vitamin_k1');
    const msg2 = problemsOf(compileWith('portions', withCell(shared.texts.portions, 2, 'unit', 'bucket')));
    expect(msg2).toContain('portions.csv line 2, column unit: "bucket" is not a known household measure');
  });

  it('rejects a value with a unit written into the number', () => {
    const msg = problemsOf(
      compileWith('calcium', withCell(shared.texts.calcium, 3, 'calcium_mg_per_100g', '1184mg')),
    );
    expect(msg).toContain('calcium.csv line 3, column calcium_mg_per_100g: "1184mg" is not a number');
  });

  it('rejects duplicate ids and unknown varieties', () => {
    const dup = `${shared.texts.varieties.trimEnd()}\ngouda,Gouda again,semi_hard,cow,,,\n`;
    const dupLine = shared.texts.varieties.trimEnd().split('\n').length + 1;
    expect(problemsOf(compileWith('varieties', dup))).toContain(
      `varieties.csv line ${dupLine}, column variety_key: duplicate variety_key "gouda"`,
    );
    const msg = problemsOf(
      compileWith('calcium', withCell(shared.texts.calcium, 2, 'variety_key', 'goudaa')),
    );
    expect(msg).toContain('calcium.csv line 2, column variety_key: "goudaa" is not a variety_key');
  });

  it('reports a missing column', () => {
    const text = shared.texts.sources.replace('licence_or_terms', 'licence');
    const msg = problemsOf(compileWith('sources', text));
    expect(msg).toContain('sources.csv line 1, column licence_or_terms: required column is missing');
  });

  it('keeps inconsistent published rows and warns', () => {
    expect(dataset.warnings.some((w) => w.includes('creme-fraiche'))).toBe(true);
  });

  it('changes version when a value changes', () => {
    const other = compileDataset({
      texts: { ...shared.texts, calcium: withCell(shared.texts.calcium, 2, 'calcium_mg_per_100g', '981') },
      off: shared.off,
    });
    expect(other.version).not.toBe(dataset.version);
    expect(compileDataset(shared).version).toBe(dataset.version);
  });

  describe('serving sizes', () => {
    const servings = shared.texts.servings;
    const kefirServing = lineOf(servings, 'food,kefir,');
    const hardServing = lineOf(servings, 'category,hard,');

    it('rejects an unknown unit, naming file, line and column', () => {
      const msg = problemsOf(compileWith('servings', withCell(servings, hardServing, 'unit', 'oz')));
      expect(msg).toContain(
        `serving-sizes.csv line ${hardServing}, column unit: "oz" is not a known serving unit`,
      );
    });

    it('rejects a serving without a source, or with an unknown one', () => {
      const msg = problemsOf(compileWith('servings', withCell(servings, hardServing, 'source_id', '')));
      expect(msg).toContain(`serving-sizes.csv line ${hardServing}, column source_id: a value is required`);
      const msg2 = problemsOf(
        compileWith('servings', withCell(servings, hardServing, 'source_id', 'fda-1993')),
      );
      expect(msg2).toContain(
        `serving-sizes.csv line ${hardServing}, column source_id: "fda-1993" is not a source_id`,
      );
    });

    it('rejects a volume without its weight, conversion or the conversion’s source', () => {
      const noGrams = problemsOf(compileWith('servings', withCell(servings, kefirServing, 'grams', '')));
      expect(noGrams).toContain(
        `serving-sizes.csv line ${kefirServing}, column grams: a weight is required for a serving in ml`,
      );
      const noText = problemsOf(compileWith('servings', withCell(servings, kefirServing, 'conversion', '')));
      expect(noText).toContain(
        `serving-sizes.csv line ${kefirServing}, column conversion: say how ml became grams`,
      );
      const noSource = problemsOf(
        compileWith('servings', withCell(servings, kefirServing, 'conversion_source_id', '')),
      );
      expect(noSource).toContain(
        `serving-sizes.csv line ${kefirServing}, column conversion_source_id: a value is required`,
      );
    });

    it('rejects grams that contradict a weight amount, unknown keys and duplicates', () => {
      const msg = problemsOf(compileWith('servings', withCell(servings, hardServing, 'grams', '28')));
      expect(msg).toContain(
        `serving-sizes.csv line ${hardServing}, column grams: 28 differs from the amount 30 g`,
      );
      const cat = problemsOf(compileWith('servings', withCell(servings, hardServing, 'key', 'alpine')));
      expect(cat).toContain(
        `serving-sizes.csv line ${hardServing}, column key: "alpine" is not a known category`,
      );
      const food = problemsOf(compileWith('servings', withCell(servings, kefirServing, 'key', 'kefirr')));
      expect(food).toContain(`serving-sizes.csv line ${kefirServing}, column key: "kefirr" is not a food id`);
      const dup = `${servings.trimEnd()}\ncategory,hard,40,g,,1 piece,fda-racc-2016,x,,\n`;
      const lines = dup.trimEnd().split('\n').length;
      expect(problemsOf(compileWith('servings', dup))).toContain(
        `serving-sizes.csv line ${lines}, column key: duplicate serving for category "hard"`,
      );
    });

    it('gives a food its own serving row before its category’s', () => {
      const byId = new Map(dataset.foods.map((f) => [f.id, f]));
      expect(byId.get('gouda')?.serving).toMatchObject({
        grams: 30,
        scope: 'category',
        source: 'fda-racc-2016',
      });
      expect(byId.get('cottage-cheese')?.serving).toMatchObject({ grams: 110, scope: 'food' });
      expect(byId.get('cream-cheese')?.serving).toMatchObject({ grams: 30, scope: 'category' });
      expect(byId.get('kefir')?.serving).toMatchObject({
        grams: 248,
        amount: 240,
        unit: 'ml',
        conversion: { source: 'usda-sr26' },
      });
      expect(byId.get('goose-liver')?.serving).toBeUndefined();
      expect(dataset.warnings).toContain(
        'serving-sizes.csv: no serving for goose-liver (shown per 100 g and per package only)',
      );
    });
  });
});
