/**
 * The detail card of a badge: what the food's numbers are and where they come
 * from (./../ui/FoodCard.tsx), or what a supplement's label states. Opens on
 * hover (after a short rest), focus, click, tap, Enter or Space (./tooltip.tsx
 * places it beside the badge and closes it).
 */
import type { Food } from '../../data/types';
import { i18n } from '../../i18n/current';
import { FoodCard } from '../../ui/FoodCard';
import { SupplementCard } from '../../ui/SupplementCard';
import { foodName } from '../../ui/text';
import type { BadgeInteraction } from '../core/badge-layer';
import type { PageContext, PageFeature } from '../core/feature';
import { createTooltip, type Tooltip } from '../tooltip';

/** How long the pointer rests on a badge before its card opens (ms). */
const HOVER_MS = 250;

/** "Not what you meant?" on this site, and switching K2 Lens off here. */
function SiteActions({ food, onHide, onDisable }: { food: Food; onHide: () => void; onDisable: () => void }) {
  const { t } = i18n();
  return (
    <div class="actions">
      <button type="button" data-action="hide-food" onClick={onHide}>
        {t('tipHideFood', foodName(food, i18n()))}
      </button>
      <button type="button" data-action="disable-site" onClick={onDisable}>
        {t('tipDisableSite')}
      </button>
    </div>
  );
}

export function detailCard(): PageFeature {
  let ctx: PageContext;
  let tooltip: Tooltip | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (host: HTMLElement, focus: boolean, hover: boolean) => {
    if (!ctx.alive()) return;
    const entry = ctx.badges.placed.get(host);
    if (!entry) return;
    const d = entry.detection;
    tooltip ??= createTooltip(ctx.doc);
    const { facts } = ctx;
    if (d.supplement) {
      tooltip.open(
        host,
        {
          label: i18n().t('tipSupplementLabel'),
          body: (
            <SupplementCard
              title={d.text}
              label={d.supplement}
              sources={facts.sources}
              onEvidence={(section: string) => {
                if (ctx.alive()) ctx.deps.openEvidence(section);
              }}
            />
          ),
        },
        { focus, hover },
      );
      return;
    }
    const food = facts.get(d.foodId);
    if (!food) return;
    const names: Record<string, string> = {};
    for (const id of food.k2.from ?? []) {
      const from = facts.get(id);
      names[id] = from ? foodName(from, i18n()) : id;
    }
    const act = (action: () => void) => () => {
      tooltip?.close();
      if (ctx.alive()) action();
    };
    tooltip.open(
      host,
      {
        label: i18n().t('tipFoodLabel', foodName(food, i18n())),
        body: (
          <FoodCard
            food={food}
            matched={d.text}
            {...(d.grams !== undefined ? { grams: d.grams } : {})}
            gramsKind={d.gramsKind ?? 'package'}
            targets={ctx.prefs().targets}
            sources={facts.sources}
            names={names}
            {...(ctx.deps.addToList
              ? {
                  onAddToList: () =>
                    ctx.alive() && ctx.deps.addToList
                      ? ctx.deps.addToList(food.id, d.grams)
                      : Promise.resolve(false),
                }
              : {})}
          >
            <SiteActions
              food={food}
              onHide={act(() => ctx.deps.hideFood(food.id))}
              onDisable={act(() => ctx.deps.disableSite())}
            />
          </FoodCard>
        ),
      },
      { focus, hover },
    );
  };

  const interact = (host: HTMLElement, what: BadgeInteraction) => {
    switch (what) {
      case 'activate':
        clearTimeout(timer);
        open(host, true, false);
        break;
      case 'enter':
        clearTimeout(timer);
        // A card the reader closed stays closed while the pointer rests on its badge.
        if (tooltip?.dismissed(host) || tooltip?.isOpenFor(host)) break;
        timer = setTimeout(() => open(host, false, true), HOVER_MS);
        break;
      case 'leave':
        clearTimeout(timer);
        tooltip?.anchorLeft(host);
        break;
      case 'focus':
        // Focus opens the card, except when the card itself gives focus back on closing.
        if (!tooltip?.restoringFocus) open(host, false, false);
        break;
    }
  };

  return {
    name: 'detail-card',
    start(c) {
      ctx = c;
      ctx.badges.onInteract = interact;
      ctx.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        tooltip?.destroy();
        tooltip = null;
      });
    },
  };
}
