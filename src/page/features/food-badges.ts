/**
 * Food badges: a badge after each food a product title, an ingredient line or
 * the page's name names (one per food and block), and, when the user asked
 * for mentions in running text, one named badge next to each such word.
 */
import type { Food } from '../../data/types';
import { i18n } from '../../i18n/current';
import { type BadgeModel, badgeModel, wantsBadge } from '../../ui/badge-model';
import { foodName } from '../../ui/text';
import type { BadgeView } from '../badge';
import type { BadgeEntry } from '../core/badge-layer';
import type { BadgeFeature, PageContext } from '../core/feature';
import type { Region } from '../core/regions';
import type { Detection } from '../detector';

/** A block naming only "cheese" this short reads as a product title. */
const GENERIC_TITLE_CHARS = 48;

export function foodBadges(): BadgeFeature {
  let ctx: PageContext;
  /**
   * Badge models by food and portion under the current preferences: a page names the same few foods many
   * times, and building a model formats numbers (Intl), which costs far more than the badge element.
   */
  const models = new Map<string, BadgeModel>();

  const model = (d: Detection, food: Food): BadgeModel => {
    const kind = d.gramsKind ?? 'package';
    const key = `${food.id}\u0000${d.grams ?? ''}\u0000${kind}`;
    let m = models.get(key);
    if (!m) {
      m = badgeModel(food, ctx.prefs(), d.grams, kind);
      models.set(key, m);
    }
    return m;
  };

  /** A badge's view: in running text it names its food ("Brie · K2 ≈ 17 µg"), the word being far from a title. */
  const viewOf = (d: Detection, food: Food, region: Region): BadgeView => {
    const view = model(d, food);
    return region === 'text' ? { ...view, text: `${foodName(food, i18n())} · ${view.text}` } : view;
  };

  /**
   * "Cheese" without a variety is worth a badge on a product title or an ingredient line when it has a
   * quantity, is a recipe line, or is as short as a title ("Cheese & Dairy" in a list is not a product).
   */
  const genericWorthABadge = (d: Detection) =>
    d.grams !== undefined ||
    ctx.structure.inRecipe(d.lineText) ||
    d.lineText.trim().length <= GENERIC_TITLE_CHARS;

  /**
   * Where a detection gets a badge: always on a product title, an ingredient line or the page's name; in
   * running text only when the user asked for it (the generic "cheese" never); in menus, breadcrumbs and the
   * site's header and footer never.
   */
  const badgeRegion = (d: Detection, food: Food): Region | undefined => {
    const region = ctx.structure.regions.regionOf(d.block, d.lineText);
    if (region === 'choice') return d.repeat ? undefined : region;
    if (region === 'text' && ctx.prefs().textMentions && food.category !== 'generic') return region;
    return undefined;
  };

  const feature: BadgeFeature = {
    name: 'food-badges',
    start(c) {
      ctx = c;
    },
    accepts: (d) => !d.supplement,
    ready(ds) {
      if (ds.every((d) => ctx.facts.foods.has(d.foodId))) return true;
      return ctx.facts.resolve(ds.map((d) => d.foodId));
    },
    prepare(d) {
      const food = ctx.facts.get(d.foodId);
      if (!food) return;
      if (d.grams === undefined) ctx.structure.readGrams(d, ctx.facts.measuresOf);
      if (food.category === 'generic' && !genericWorthABadge(d)) return;
      const region = badgeRegion(d, food);
      if (!region) return;
      if (region === 'choice') ctx.found.note(d.block, food.id, d.grams, d.gramsKind);
      if (!wantsBadge(food, ctx.prefs(), ctx.hidden())) return;
      // Running text: a badge per mention; elsewhere one per food and block.
      const key =
        region === 'text' ? `${food.id}\u0000${d.lineText}\u0000${d.spans[d.index]?.start}` : food.id;
      if (!ctx.badges.available(d.block, key)) return;
      ctx.badges.add(viewOf(d, food, region), d, key, region, feature);
    },
    update(entry: BadgeEntry) {
      const food = ctx.facts.get(entry.detection.foodId);
      const prefs = ctx.prefs();
      if (!food || !wantsBadge(food, prefs, ctx.hidden()) || ctx.disabled()) return false;
      if (entry.region === 'text' && !prefs.textMentions) return false;
      entry.badge.update(viewOf(entry.detection, food, entry.region));
      return true;
    },
    refresh() {
      models.clear();
    },
  };
  return feature;
}
