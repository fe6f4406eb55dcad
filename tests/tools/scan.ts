/**
 * `npm run scan -- [--json] [--time] PAGE.html...`
 *   Builds a DOM from each file (happy-dom), runs the content script's scanner
 *   (scanPage) and prints per file
 *   {file, recipe?: {yield, servings, ingredients}, products, mentions: [{text, food, grams?, source, line?}]}.
 * `npm run scan -- [--json] [--lang xx] --lines LINES.txt`
 *   Treats each line as one ingredient line or product title and prints
 *   [{line, index, mentions: [{text, food, grams?}]}].
 */
import { readFileSync } from 'node:fs';
import { getMatcher } from '../../src/match/index';
import { gramsForMentions } from '../../src/nutrition/quantity';
import { scanPage } from '../../src/page/scan';
import { loadPortions, parseHtml } from './dom';

function usage(): never {
  console.error(
    'usage: npm run scan -- [--json] [--time] PAGE.html...\n       npm run scan -- [--json] [--lang xx] --lines LINES.txt',
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const time = args.includes('--time');
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && !(langAt >= 0 && i === langAt + 1));
  if (files.length === 0) usage();
  const portionsOf = loadPortions();
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
      })),
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
