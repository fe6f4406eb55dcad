/**
 * The page summary the toolbar window shows for the tab: the foods the page
 * shows where a shopper or cook is choosing, how often, with their values, the
 * products it offers with their prices and what one unit of currency buys
 * (../products.ts, src/value), and the recipe's totals. Reported to the
 * background a moment after the page's badges change. `productAt` gives the
 * element of a reported product (the toolbar window's "show on the page").
 */
import type { PageProductSummary } from '../../messages';
import { type Price, valueForMoney } from '../../value';
import { pageLanguage } from '../core/block-rules';
import type { PageContext, PageFeature } from '../core/feature';
import { type ProductSource, pageProducts, readPrices } from '../products';
import { recipeTotals } from '../recipe';
import type { RecipeCardFeature } from './recipe-card';

export interface PageSummaryFeature extends PageFeature {
  /** The title element of the product reported at `index`, while it is in the page. */
  productAt(index: number): Element | undefined;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

const REPORT_MS = 300;

/** How long one task may read tiles' prices before the summary goes on in the next task. */
const PRICE_SLICE_MS = 8;

export function pageSummary(recipe: RecipeCardFeature): PageSummaryFeature {
  let ctx: PageContext;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The products' title elements as last reported. */
  let reported: Element[] = [];
  /** Each tile's price, read once (a tile's price rarely changes; a navigation forgets them). */
  let prices = new WeakMap<Element, Price | null>();

  /** The blocks that name a product's food (not an ingredient line's amount), in page order. */
  const sources = function* (): Generator<ProductSource> {
    for (const [block, found] of ctx.found.blocks())
      for (const f of found.values())
        if (f.gramsKind !== 'amount') {
          yield { block, foodId: f.foodId, ...(f.grams !== undefined ? { grams: f.grams } : {}) };
          break;
        }
  };

  const products = (): PageProductSummary[] => {
    const { facts, doc } = ctx;
    const list = pageProducts(sources(), ctx.structure.regions.tileOf, pageLanguage(doc), prices);
    reported = list.map((p) => p.block);
    return list.map((p, index) => {
      const food = facts.get(p.foodId);
      const k2 = food && p.grams !== undefined ? round((food.k2.central * p.grams) / 100, 2) : undefined;
      const calcium =
        food && p.grams !== undefined ? round((food.calcium.central * p.grams) / 100, 1) : undefined;
      const value = food
        ? valueForMoney({
            k2PerHundredGrams: food.k2.central,
            calciumPerHundredGrams: food.calcium.central,
            packageGrams: p.grams,
            price: p.price,
          })
        : undefined;
      return {
        index,
        foodId: p.foodId,
        title: p.title,
        ...(p.grams !== undefined ? { grams: p.grams } : {}),
        ...(p.price ? { price: p.price } : {}),
        ...(k2 !== undefined ? { k2 } : {}),
        ...(calcium !== undefined ? { calcium } : {}),
        ...(value
          ? {
              value: {
                k2PerCurrency: round(value.k2PerCurrency, 4),
                calciumPerCurrency: round(value.calciumPerCurrency, 3),
                currency: value.currency,
              },
            }
          : {}),
      };
    });
  };

  const report = () => {
    if (!ctx.alive()) return;
    // The tiles' prices first, a few milliseconds per task (a grid of 500 tiles takes a few hundred).
    const deadline = performance.now() + PRICE_SLICE_MS;
    if (!readPrices(sources(), ctx.structure.regions.tileOf, pageLanguage(ctx.doc), prices, deadline)) {
      timer = setTimeout(report, 0);
      return;
    }
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
      products: products(),
      ...(data && totals
        ? {
            recipe: {
              ...(data.name ? { name: data.name.slice(0, 300) } : {}),
              ...(totals.summary.servings ? { servings: totals.summary.servings.central } : {}),
              k2Total: totals.summary.total.k2.central,
              ...(totals.summary.total.k2.basis ? { k2Basis: totals.summary.total.k2.basis } : {}),
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
    productAt(index) {
      const el = reported[index];
      return el?.isConnected ? el : undefined;
    },
    reset() {
      prices = new WeakMap();
      reported = [];
    },
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
