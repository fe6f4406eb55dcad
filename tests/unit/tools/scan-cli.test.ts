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
  per100g: { k2_ug: { central: number; basis: string }; calcium_mg: { central: number; basis: string } };
  serving?: { grams: number; k2_ug: { central: number } };
  amount?: {
    grams: number;
    k2_ug: { central: number; min: number; max: number };
    calcium_mg: { central: number };
  };
  package?: { grams: number; k2_ug: { central: number } };
  basis: { k2: string; calcium: string };
  sources: { k2: { count: number; kind: string } | null; calcium: { count: number; kind: string } | null };
  disagreement?: {
    rules: string[];
    low: number;
    lowIsLimit: boolean;
    high: number;
    values: { source: string; value?: number; below?: number }[];
  };
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
    // feta: CIQUAL 15.6, K2viewer 21.1, NEVO 9.3 (measured; 21.1 > 2 × 9.3 and 11.8 µg above it: disagreement);
    // calcium from its tables.
    expect(feta?.values.basis).toEqual({ k2: 'measured', calcium: 'measured' });
    expect(feta?.values.per100g.k2_ug.basis).toBe('measured');
    expect(feta?.values.sources.k2?.count).toBe(3);
    expect(feta?.values.disagreement).toMatchObject({
      rules: ['ratio'],
      low: 9.3,
      lowIsLimit: false,
      high: 21.1,
    });
    expect(feta?.values.disagreement?.values.map((v) => [v.source, v.value])).toEqual([
      ['nevo-2023', 9.3],
      ['ciqual-2025', 15.6],
      ['k2viewer', 21.1],
    ]);
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

  it('says what each number is: comté K2 estimated, calcium measured; jarlsberg a lower bound; fourme d’ambert below the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2-scan-'));
    const file = join(dir, 'lines.txt');
    writeFileSync(file, '100 g comté\n100 g jarlsberg\n100 g fourme d’ambert\n');
    const out = scan(['--lines', file]) as { mentions: { food: string; values: Values }[] }[];
    const [comte, jarlsberg, fourme] = out.map((l) => l.mentions[0]);
    expect(comte?.food).toBe('comte');
    expect(comte?.values.basis).toEqual({ k2: 'estimated', calcium: 'measured' });
    expect(comte?.values.per100g.k2_ug.basis).toBe('estimated');
    expect(comte?.values.per100g.calcium_mg.basis).toBe('measured');
    expect(comte?.values.sources.k2).toBeNull();
    expect(comte?.values.sources.calcium).toEqual({ count: 1, kind: 'table' });
    expect(jarlsberg?.values.basis.k2).toBe('lower-bound');
    expect(jarlsberg?.values.per100g.k2_ug).toMatchObject({
      central: 42.5,
      min: 20,
      max: 65,
      bound: 'lower',
    });
    expect(fourme?.values.basis.k2).toBe('below-loq');
    expect(fourme?.values.disagreement).toBeUndefined();
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
    // The sum's basis follows its parts: theirs when they agree, a lower bound for lower bounds and measured
    // values, else estimated.
    const parts = new Set(lines.map((m) => m.values.basis.k2));
    const lowerBound = parts.size === 2 && parts.has('measured') && parts.has('lower-bound');
    const expected = parts.size === 1 ? [...parts][0] : lowerBound ? 'lower-bound' : 'estimated';
    expect((out.recipe.totals.whole.k2_ug as { basis?: string }).basis).toBe(expected);
  });

  it("adds up a cart page's basket: quantity × package grams, per-100 g values × grams / 100, rows without a food listed", () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2-scan-'));
    const file = join(dir, 'cart.html');
    writeFileSync(
      file,
      `<html lang="en"><head><title>Your basket</title></head><body><h1>Basket</h1><table><tbody>
      <tr><td>Gouda mild 400 g</td><td><input type="number" value="3"></td><td>£3.50</td></tr>
      <tr><td>Natto 3 x 45 g</td><td><select><option>1</option><option selected>2</option></select></td><td>£2.10</td></tr>
      <tr><td>Kitchen roll, 2 rolls</td><td><input type="number" value="1"></td><td>£1.00</td></tr>
      </tbody></table></body></html>`,
    );
    const out = scan([file]) as {
      basket: {
        items: {
          text: string;
          food: string;
          quantity: number;
          grams: number;
          k2_ug: number;
          calcium_mg: number;
        }[];
        totals: { k2_ug: number; calcium_mg: number };
        unmatched: string[];
      };
    };
    const [gouda, natto] = out.basket.items;
    expect(gouda).toMatchObject({ food: 'gouda', quantity: 3, grams: 1200 });
    expect(gouda?.k2_ug).toBe(r2(food('gouda').k2.central * 12));
    expect(gouda?.calcium_mg).toBe(r2(food('gouda').calcium.central * 12));
    expect(natto).toMatchObject({ food: 'natto', quantity: 2, grams: 270 });
    expect(natto?.k2_ug).toBe(r2(food('natto').k2.central * 2.7));
    expect(out.basket.items).toHaveLength(2);
    expect(out.basket.unmatched).toEqual(['Kitchen roll, 2 rolls']);
    expect(out.basket.totals.k2_ug).toBeCloseTo(
      food('gouda').k2.central * 12 + food('natto').k2.central * 2.7,
      1,
    );
  });

  it('gives each product tile mention the price its tile shows and the K2 one unit of currency buys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2-scan-'));
    const file = join(dir, 'shop.html');
    const tile = (title: string, price: string) =>
      `<li class="tile"><a href="#">${title}</a><span class="price">${price}</span></li>`;
    writeFileSync(
      file,
      `<html lang="cs"><head><title>Sýry</title></head><body><ul class="grid">
      ${tile('Eidam 30% 400 g', '<s>79,90 Kč</s> 59,90 Kč')}
      ${tile('Gouda plátky 100 g', '29,90 Kč <small>299,00 Kč/kg</small>')}
      ${tile('Kefír 500 g', '1 234,00 Kč')}
      ${tile('Sýr Emmental', '249,00 Kč/kg')}
      </ul></body></html>`,
    );
    const out = scan([file]) as {
      mentions: {
        food: string;
        grams?: number;
        price?: { amount: number; currency: string };
        k2_ug_per_currency?: number;
      }[];
    };
    const by = (id: string) => out.mentions.find((m) => m.food === id);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    // The old price struck through is not the price.
    expect(by('edam')?.price).toEqual({ amount: 59.9, currency: 'CZK' });
    expect(by('edam')?.k2_ug_per_currency).toBe(r3((food('edam').k2.central * 4) / 59.9));
    // The package price, not the price per kilogram beside it.
    expect(by('gouda')?.price).toEqual({ amount: 29.9, currency: 'CZK' });
    expect(by('gouda')?.k2_ug_per_currency).toBe(r3(food('gouda').k2.central / 29.9));
    // A thousands separator.
    expect(by('kefir')?.price).toEqual({ amount: 1234, currency: 'CZK' });
    // Only a price per kilogram: what 1 Kč buys at that price.
    expect(by('emmental')?.price).toMatchObject({ amount: 249, currency: 'CZK' });
    expect(by('emmental')?.k2_ug_per_currency).toBe(r3((food('emmental').k2.central * 10) / 249));
  });
});
