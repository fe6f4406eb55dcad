/**
 * `npm run scan -- [--json] [--time] PAGE.html...`
 *   Builds a DOM from each file (happy-dom), runs the content script's scanner
 *   (scanPage) and prints per file
 *   {file, recipe?: {yield, servings, ingredients, totals?}, products,
 *    mentions: [{text, food, grams?, source, line?, values, price?, k2_ug_per_currency?,
 *    calcium_mg_per_currency?}], basket?}.
 * `npm run scan -- [--json] [--lang xx] --lines LINES.txt`
 *   Treats each line as one ingredient line or product title and prints
 *   [{line, index, mentions: [{text, food, grams?, values}]}].
 *
 * `values`: K2 (µg) and calcium (mg) per 100 g, per serving (when the dataset
 * has one for the food) and for the grams read, each {central, min, max, basis},
 * from the functions the tooltip uses (src/nutrition/portion.ts); `basis` says
 * what each number is (measured, estimated, below-loq, lower-bound; see
 * src/nutrition/estimate.ts), `sources` how many independent sources each
 * measured value rests on, and `disagreement` (when the food's K2 sources
 * disagree) each value with its source and the span the badge shows. `totals`:
 * the recipe's sums and per-serving amounts with the basis of each sum, from the
 * functions the recipe card uses.
 * `price`: what the mention's product tile (or its structured offer) shows;
 * `k2_ug_per_currency`: µg of K2 one unit of that currency buys (src/value).
 * `basket` (cart, basket and checkout pages): {items: [{text, food, quantity,
 * grams, k2_ug, calcium_mg}], totals: {k2_ug, calcium_mg}, unmatched: [text…]},
 * from the functions the basket card uses (src/value/basket.ts): grams =
 * quantity × package grams, values = per-100 g central values × grams / 100.
 */
import { readFileSync } from 'node:fs';
import type { Food } from '../../src/data/types';
import { getMatcher } from '../../src/match/index';
import { valueBasis } from '../../src/nutrition/estimate';
import { type Amount, foodPortions, type PortionValues } from '../../src/nutrition/portion';
import { gramsForMentions } from '../../src/nutrition/quantity';
import type { RowLine } from '../../src/page/cart-lines';
import type { RecipeData } from '../../src/page/jsonld';
import { recipeTotals } from '../../src/page/recipe';
import { basketTotals, type Price, valueForMoney } from '../../src/value';
import { loadDataset, loadPortions, parseHtml } from './dom';
import { type PageMention, scanPage } from './scan-page';

/** An amount for the JSON output: central, min and max to 0.01. */
function amount(a: Amount) {
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    central: r(a.central),
    min: r(a.min),
    max: r(a.max),
    ...(a.bound ? { bound: a.bound } : {}),
    ...(a.basis ? { basis: a.basis } : {}),
  };
}

function portion(p: PortionValues) {
  return { grams: p.grams, label: p.label, k2_ug: amount(p.k2), calcium_mg: amount(p.calcium) };
}

/** K2 and calcium of a mention: per 100 g, per serving, and for its grams (package or ingredient amount). */
function values(food: Food | undefined, grams: number | undefined, kind: 'package' | 'amount') {
  if (!food) return undefined;
  const p = foodPortions(food, grams, kind);
  return {
    per100g: portion(p.per100g),
    ...(p.serving ? { serving: portion(p.serving) } : {}),
    ...(p.amount ? { [kind]: portion(p.amount) } : {}),
    basis: { k2: valueBasis(food.k2), calcium: valueBasis(food.calcium) },
    sources: { k2: food.k2.independent ?? null, calcium: food.calcium.independent ?? null },
    method: { k2: food.k2.method, calcium: food.calcium.method },
    ...(food.k2.disagreement ? { disagreement: food.k2.disagreement } : {}),
    ...(food.k2.outlier ? { outlier: food.k2.outlier } : {}),
  };
}

/** What one unit of the price's currency buys of the food (per package, or per the unit price's mass). */
function perCurrency(food: Food | undefined, grams: number | undefined, price: Price | undefined) {
  if (!food || !price) return {};
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const value = valueForMoney({
    k2PerHundredGrams: food.k2.central,
    calciumPerHundredGrams: food.calcium.central,
    packageGrams: grams,
    price,
  });
  return {
    price,
    ...(value
      ? { k2_ug_per_currency: r(value.k2PerCurrency), calcium_mg_per_currency: r(value.calciumPerCurrency) }
      : {}),
  };
}

/** A cart page's basket as the basket card adds it up. */
function basketOf(lines: readonly RowLine[], foods: Map<string, Food>) {
  const basket = basketTotals(lines, (id) => foods.get(id));
  return {
    items: basket.items.map((i) => ({
      text: i.text,
      food: i.foodId,
      quantity: i.quantity,
      ...(i.packageGrams !== undefined ? { package_grams: i.packageGrams } : {}),
      ...(i.grams !== undefined ? { grams: i.grams } : {}),
      ...(i.k2 ? { k2_ug: i.k2.central, k2_ug_range: [i.k2.min, i.k2.max] } : {}),
      ...(i.calcium ? { calcium_mg: i.calcium.central } : {}),
    })),
    totals: {
      k2_ug: basket.totals.k2.central,
      calcium_mg: basket.totals.calcium.central,
      grams: basket.totals.grams,
    },
    unmatched: basket.unmatched,
    ...(basket.uncounted.length > 0 ? { uncounted: basket.uncounted } : {}),
  };
}

function usage(): never {
  console.error(
    'usage: npm run scan -- [--json] [--time] PAGE.html...\n       npm run scan -- [--json] [--lang xx] --lines LINES.txt',
  );
  process.exit(2);
}

/** The recipe's totals and per-serving amounts, as the recipe card computes them (src/page/recipe.ts). */
function totalsOf(recipe: RecipeData, mentions: readonly PageMention[], foods: Map<string, Food>) {
  const lines = mentions.flatMap((m) =>
    m.line !== undefined
      ? [
          {
            line: m.line,
            text: m.text,
            foodId: m.foodId,
            ...(m.grams !== undefined ? { grams: m.grams } : {}),
          },
        ]
      : [],
  );
  if (lines.length === 0) return {};
  const { summary } = recipeTotals(recipe, lines, foods);
  const totals = (t: { grams: number; k2: Amount; calcium: Amount }) => ({
    grams: Math.round(t.grams * 10) / 10,
    k2_ug: amount(t.k2),
    calcium_mg: amount(t.calcium),
  });
  return {
    totals: {
      whole: totals(summary.total),
      ...(summary.perServing ? { perServing: totals(summary.perServing) } : {}),
      ...(summary.unquantified.length > 0 ? { unquantified: summary.unquantified } : {}),
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const time = args.includes('--time');
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && !(langAt >= 0 && i === langAt + 1));
  if (files.length === 0) usage();
  const dataset = loadDataset();
  const portionsOf = loadPortions(dataset);
  const foods = new Map(dataset.foods.map((f) => [f.id, f]));
  const matcher = getMatcher();

  if (args.includes('--lines')) {
    const out = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split(/\r?\n/);
      for (const [index, line] of lines.entries()) {
        if (!line.trim()) continue;
        const found = matcher.find(line, { lang });
        const grams = gramsForMentions(line, found, portionsOf);
        out.push({
          line,
          index,
          mentions: found.map((m, k) => ({
            text: m.text,
            food: m.foodId,
            ...(grams[k] !== undefined ? { grams: grams[k] } : {}),
            values: values(foods.get(m.foodId), grams[k], 'amount'),
          })),
        });
      }
    }
    if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    else
      for (const r of out)
        console.info(
          `${r.line}\n  ${r.mentions.map((m) => `${m.food}${m.grams !== undefined ? ` ${m.grams} g` : ''} «${m.text}»`).join(', ') || '—'}`,
        );
    return;
  }

  const results = [];
  for (const file of files) {
    const t0 = performance.now();
    const html = readFileSync(file, 'utf8');
    const page = parseHtml(html);
    const t1 = performance.now();
    // Microdata needs an attribute query over every element (slow in happy-dom): only where the page has some.
    const scan = scanPage(page.document, {
      portionsOf,
      matcher,
      microdata: html.includes('itemtype'),
      ...(lang ? { lang } : {}),
    });
    const t2 = performance.now();
    await page.close();
    if (time)
      console.error(
        `${file}: ${(html.length / 1e6).toFixed(2)} MB, parse ${(t1 - t0).toFixed(0)} ms, scan ${(t2 - t1).toFixed(0)} ms`,
      );
    results.push({
      file,
      ...(scan.lang ? { lang: scan.lang } : {}),
      ...(scan.recipe
        ? {
            recipe: {
              ...(scan.recipe.name ? { name: scan.recipe.name } : {}),
              ...(scan.recipe.yield ? { yield: scan.recipe.yield } : {}),
              ...(scan.recipe.servings ? { servings: scan.recipe.servings } : {}),
              ingredients: scan.recipe.ingredients,
              ...totalsOf(scan.recipe, scan.mentions, foods),
            },
          }
        : {}),
      products: scan.products,
      mentions: scan.mentions.map((m) => ({
        text: m.text,
        food: m.foodId,
        ...(m.grams !== undefined ? { grams: m.grams } : {}),
        source: m.source,
        ...(m.line !== undefined ? { line: m.line } : {}),
        values: values(foods.get(m.foodId), m.grams, m.line !== undefined ? 'amount' : 'package'),
        ...(m.line === undefined ? perCurrency(foods.get(m.foodId), m.grams, m.price) : {}),
      })),
      ...(scan.cart ? { basket: basketOf(scan.cart, foods) } : {}),
    });
  }
  if (json) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  else {
    for (const r of results) {
      console.info(
        `${r.file}${r.recipe ? ` — recipe, ${r.recipe.ingredients.length} lines, yield ${r.recipe.yield ?? '?'}` : ''}`,
      );
      for (const m of r.mentions)
        console.info(
          `  ${m.source.padEnd(6)} ${m.line !== undefined ? `#${m.line}`.padEnd(4) : '    '} ${m.food.padEnd(20)} ${m.grams !== undefined ? `${m.grams} g`.padEnd(9) : ''.padEnd(9)} «${m.text}»`,
        );
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
