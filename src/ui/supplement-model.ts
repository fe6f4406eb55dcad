/**
 * What a supplement badge says (DOM-free): the doses the label states, read as
 * written, never estimated.
 */
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import type { SupplementLabel } from '../nutrition/supplements';
import { doseText } from './text';

export interface SupplementBadgeModel {
  text: string;
  label: string;
  /** The UI language of `text` and `label`. */
  lang: string;
}

export function supplementBadgeModel(s: SupplementLabel, i18n: I18n = current()): SupplementBadgeModel {
  const parts: string[] = [];
  const said: string[] = [];
  if (s.k2?.dose) {
    const dose = doseText(s.k2.dose, i18n);
    parts.push(i18n.t('suppBadgeK2', s.k2.form ? `${dose} ${s.k2.form}` : dose));
    said.push(s.k2.form ? i18n.t('suppSaysK2Form', dose, s.k2.form) : i18n.t('suppSaysK2', dose));
  } else if (s.k2) {
    parts.push(i18n.t('suppBadgeK2NoDose'));
    said.push(i18n.t('suppSaysK2NoDose'));
  }
  if (s.calcium?.dose) {
    const dose = doseText(s.calcium.dose, i18n);
    parts.push(i18n.t('suppBadgeCalcium', dose));
    said.push(i18n.t('suppSaysCalcium', dose));
  }
  if (s.vitaminD?.doses.length) {
    const d = s.vitaminD.doses.map((x) => doseText(x, i18n)).join(' / ');
    parts.push(i18n.t('suppBadgeD', d));
    said.push(i18n.t('suppSaysD', d));
  }
  if (s.kind === 'calcium-or-d-without-k2') {
    parts.push(i18n.t('suppBadgeNoK2'));
    said.push(i18n.t('suppSaysNoK2'));
  }
  return {
    text: i18n.t('suppBadgeText', parts.join(' · ')),
    label: i18n.t('suppLabel', said.join(', ')),
    lang: i18n.lang,
  };
}
