/**
 * The page summary the toolbar window shows for the tab: the foods the page
 * shows where a shopper or cook is choosing, how often, with their values, and
 * the recipe's totals. Reported to the background a moment after the page's
 * badges change.
 */
import type { PageContext, PageFeature } from '../core/feature';
import { recipeTotals } from '../recipe';
import type { RecipeCardFeature } from './recipe-card';

const REPORT_MS = 300;

export function pageSummary(recipe: RecipeCardFeature): PageFeature {
  let ctx: PageContext;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    if (!ctx.alive()) return;
    ctx.badges.prune();
    const { facts, doc } = ctx;
    const foods = [...ctx.found.counts()].flatMap(([id, count]) => {
      const food = facts.get(id);
      return food
        ? [{ foodId: id, name: food.name, count, k2: food.k2.central, calcium: food.calcium.central }]
        : [];
    });
    const data = ctx.structure.data.recipe;
    const totals = data ? recipeTotals(data, recipe.mentions(), facts.foods) : undefined;
    ctx.deps.report({
      url: doc.location?.href ?? '',
      title: (doc.title ?? '').slice(0, 500),
      foods: foods.slice(0, 500),
      scannedAt: Date.now(),
      ...(data && totals
        ? {
            recipe: {
              ...(data.name ? { name: data.name.slice(0, 300) } : {}),
              ...(totals.summary.servings ? { servings: totals.summary.servings.central } : {}),
              k2Total: totals.summary.total.k2.central,
              calciumTotal: totals.summary.total.calcium.central,
              unquantified: totals.lines
                .filter((l) => l.grams === undefined)
                .map((l) => l.line.slice(0, 300)),
            },
          }
        : {}),
    });
  };

  return {
    name: 'page-summary',
    start(c) {
      ctx = c;
      ctx.onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(report, REPORT_MS);
      });
      ctx.signal.addEventListener('abort', () => clearTimeout(timer));
    },
  };
}
