/** A food's values in the toolbar window's lists and rankings. */
import type { Food } from '../../data/types';
import type { I18n } from '../../i18n/core';
import type { Prefs } from '../../prefs/schema';
import { badgePortion } from '../badge-model';
import { portionLabel } from '../text';
import { segmentsOf, segmentsText, shownValue } from '../values';

/**
 * A food's values in the popup's lists, each number with its own basis (values.ts): the badge's segments per
 * the user's portion, then the portion ("K2 ≈ 9.4 µg est. · Ca 910 mg per 100 g").
 */
export function Values({
  food,
  units,
  grams,
  i18n,
}: {
  food: Food;
  units: Prefs['units'];
  /** Grams of a package: its values (with units 'perPackage'). */
  grams?: number;
  i18n: I18n;
}) {
  const portion = badgePortion(food, units, grams);
  const segments = segmentsOf([
    shownValue(food, 'k2', portion.k2, portion.grams, i18n),
    shownValue(food, 'calcium', portion.calcium, portion.grams, i18n),
  ]);
  const per = i18n.t('popupPer', portionLabel(portion, food, i18n));
  return (
    <span class="values" data-values={segmentsText(segments)}>
      {segments.map((s, i) =>
        s.mark ? (
          <span key={i} class="est">
            {s.text}
          </span>
        ) : (
          s.text
        ),
      )}{' '}
      {per}
    </span>
  );
}
