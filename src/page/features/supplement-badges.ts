/**
 * Supplement badges: a supplement title ("Vitamin K2 MK-7 200 µg, 60 capsules")
 * gets the doses its label states, with the reference intakes they compare to.
 */
import type { Intake } from '../../data/types';
import { parseSupplement, type SupplementLabel } from '../../nutrition/supplements';
import { supplementBadgeModel } from '../../ui/supplement-model';
import type { BadgeView } from '../badge';
import type { BadgeEntry } from '../core/badge-layer';
import type { BadgeFeature, PageContext } from '../core/feature';

/** The badge key of a supplement title in its block (food badges use food ids). */
const SUPPLEMENT_KEY = 'supplement';

export const supplementView = (s: SupplementLabel): BadgeView => ({
  foodId: SUPPLEMENT_KEY,
  ...supplementBadgeModel(s),
  level: 'label',
  estimate: false,
});

export function supplementBadges(): BadgeFeature {
  let ctx: PageContext;
  let intakes: Intake[] | undefined;

  /** The dataset's reference intakes, fetched once (supplement notes quote them); false when the session ended. */
  const loadIntakes = async (): Promise<boolean> => {
    const answer = await ctx.deps.intakes();
    if (!ctx.alive()) return false;
    intakes = answer?.intakes ?? [];
    Object.assign(ctx.facts.sources, answer?.sources ?? {});
    return true;
  };

  const feature: BadgeFeature = {
    name: 'supplement-badges',
    start(c) {
      ctx = c;
    },
    accepts: (d) => d.supplement !== undefined,
    ready: () => (intakes || !ctx.prefs().supplements ? true : loadIntakes()),
    prepare(d) {
      if (!d.supplement || !ctx.prefs().supplements || d.repeat) return;
      // A supplement is a product: its title gets a badge, its name in a recipe's nutrition facts does not.
      if (ctx.structure.regions.regionOf(d.block, d.lineText) !== 'choice') return;
      if (!ctx.badges.available(d.block, SUPPLEMENT_KEY)) return;
      d.supplement = parseSupplement(d.text, intakes ?? []);
      ctx.badges.add(supplementView(d.supplement), d, SUPPLEMENT_KEY, 'choice', feature);
    },
    update(entry: BadgeEntry) {
      const label = entry.detection.supplement;
      if (!label || ctx.disabled() || !ctx.prefs().supplements) return false;
      entry.badge.update(supplementView(label));
      return true;
    },
  };
  return feature;
}
