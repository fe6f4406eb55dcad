/**
 * `npm run scan -- --json`: grams and the per-portion values of each mention,
 * and a recipe's totals, checked against the compiled dataset.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const food = (id: string) => {
  const f = dataset.foods.find((x) => x.id === id);
  if (!f) throw new Error(`no food ${id}`);
  return f;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

function scan(args: string[]): unknown {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tests/tools/scan.ts', '--json', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

interface Values {
  per100g: { k2_ug: { central: number }; calcium_mg: { central: number } };
  serving?: { grams: number; k2_ug: { central: number } };
  amount?: {
    grams: number;
    k2_ug: { central: number; min: number; max: number };
    calcium_mg: { central: number };
  };
  package?: { grams: number; k2_ug: { central: number } };
  basis: { k2: string; calcium: string };
}

describe('npm run scan -- --json', () => {
  it('gives each line mention its grams and K2 and calcium per 100 g, per serving and for those grams', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2-scan-'));
    const file = join(dir, 'lines.txt');
    writeFileSync(file, '200 g feta, crumbled\n2 Tbsp white miso paste\nkefir\n');
    const out = scan(['--lines', file]) as {
      line: string;
      mentions: { food: string; grams?: number; values: Values }[];
    }[];
    const [feta, miso, kefir] = out.map((l) => l.mentions[0]);
    expect(feta?.food).toBe('feta');
    expect(feta?.grams).toBe(200);
    const f = food('feta');
    expect(feta?.values.per100g.k2_ug.central).toBe(r2(f.k2.central));
    expect(feta?.values.amount?.k2_ug.central).toBe(r2(f.k2.central * 2));
    expect(feta?.values.amount?.k2_ug.min).toBe(r2(f.k2.min * 2));
    expect(feta?.values.amount?.k2_ug.max).toBe(r2(f.k2.max * 2));
    expect(feta?.values.amount?.calcium_mg.central).toBe(r2(f.calcium.central * 2));
    expect(feta?.values.basis.k2).toBe(f.k2.basis);
    if (f.serving) expect(feta?.values.serving?.grams).toBe(f.serving.grams);
    // Spoons: grams from the food's household measure, values scaled from them.
    expect(miso?.food).toBe('miso');
    expect(miso?.grams).toBeGreaterThan(0);
    expect(miso?.values.amount?.k2_ug.central).toBe(r2((food('miso').k2.central * (miso?.grams ?? 0)) / 100));
    // No amount: per 100 g (and per serving) only.
    expect(kefir?.food).toBe('kefir');
    expect(kefir?.values.amount).toBeUndefined();
    expect(kefir?.values.per100g.calcium_mg.central).toBe(r2(food('kefir').calcium.central));
  });

  it("sums a recipe's ingredient lines into totals per recipe and per serving", () => {
    const out = scan(['tests/pages/recipe/index.html']) as {
      recipe: {
        servings?: number;
        totals: { whole: { k2_ug: { central: number } }; perServing?: { k2_ug: { central: number } } };
      };
      mentions: { food: string; grams?: number; line?: number; source: string; values: Values }[];
    };
    const lines = out.mentions.filter((m) => m.line !== undefined && m.grams !== undefined);
    expect(lines.length).toBeGreaterThan(1);
    const sum = lines.reduce((n, m) => n + (food(m.food).k2.central * (m.grams ?? 0)) / 100, 0);
    expect(out.recipe.totals.whole.k2_ug.central).toBeCloseTo(sum, 1);
    if (out.recipe.servings)
      expect(out.recipe.totals.perServing?.k2_ug.central).toBeCloseTo(sum / out.recipe.servings, 1);
    for (const m of lines) expect(m.values.amount?.grams).toBe(m.grams);
  });
});
