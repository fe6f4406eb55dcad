/**
 * The shopping list's words in the UI language: the background's refusals, what
 * was wrong with an imported file, an item's label and values.
 */
import type { I18n } from '../../i18n/core';
import { LIMITS, LIST_PROBLEMS } from '../../messages';
import { formatAmount, formatGrams, formatPercent } from '../../nutrition/format';
import { foodName, formatCount } from '../text';
import { LIST_FILE_MAX_BYTES, type ListFileProblem } from './list-file';
import type { ItemValues } from './list-model';

/** A refusal of the background in the UI language. */
export function listProblemText(message: string, i18n: I18n): string {
  const n = (v: number) => formatCount(v, i18n);
  if (message === LIST_PROBLEMS.full) return i18n.t('popupListProblemFull', n(LIMITS.listItems));
  if (message === LIST_PROBLEMS.tooLong || message.startsWith('text must be a string'))
    return i18n.t('popupListProblemTooLong', n(LIMITS.listText));
  if (message === LIST_PROBLEMS.empty) return i18n.t('popupListProblemEmpty');
  if (message === LIST_PROBLEMS.gone) return i18n.t('popupListProblemGone');
  return i18n.t('popupListProblemOther', message);
}

/** What was wrong with an imported file, in the UI language. */
export function fileProblemText(p: ListFileProblem, i18n: I18n): string {
  const n = (v: number) => formatCount(v, i18n);
  switch (p.code) {
    case 'too-big':
      return i18n.t(
        'popupListProblemTooBig',
        n(Math.ceil(p.bytes / 1024)),
        n(Math.round(LIST_FILE_MAX_BYTES / 1024)),
      );
    case 'json':
      return i18n.t('popupListProblemJson');
    case 'not-a-list':
      return i18n.t('popupListProblemNotList');
    case 'version':
      return i18n.t('popupListProblemVersion', p.version);
    case 'items':
      return i18n.t('popupListProblemItems');
    case 'no-items':
      return i18n.t('popupListProblemNoItems');
    case 'too-many':
      return i18n.t('popupListProblemTooMany', n(p.count), n(LIMITS.listItems));
    case 'item-text':
      return i18n.t('popupListProblemItemText', n(p.n), n(LIMITS.listText));
    case 'item-lang':
      return i18n.t('popupListProblemItemLang', n(p.n));
  }
}

/** An amount of the list in `locale` (with `lower`, marked as a lower bound). */
export function amountText(value: number, unit: 'µg' | 'mg', locale: string, lower = false): string {
  return formatAmount(
    { central: value, min: value, max: value, unit, ...(lower ? { bound: 'lower' } : {}) },
    locale,
  ).value;
}

/** "Gouda, 400 g" (the food in the UI language and the item's grams). */
export function itemLabel(item: ItemValues, i18n: I18n): string {
  const name = item.food ? foodName(item.food, i18n) : item.entry.text;
  return item.entry.grams !== undefined ? `${name}, ${formatGrams(item.entry.grams, i18n.locale)}` : name;
}

/** An item's values: its K2 and calcium and their shares of the daily targets, or why it is not counted. */
export function valuesText(item: ItemValues, i18n: I18n): string {
  const { t, locale } = i18n;
  if (item.entry.foodId === undefined) return t('popupListUnmatched');
  if (item.k2_ug === undefined || item.calcium_mg === undefined)
    return t('popupListNoAmount', item.food ? foodName(item.food, i18n) : item.entry.text);
  const pct = (n: number | undefined) => (n === undefined ? '–' : formatPercent(n, locale));
  return t(
    'popupListItemValues',
    itemLabel(item, i18n),
    amountText(item.k2_ug, 'µg', locale, item.k2Lower),
    pct(item.k2Share),
    amountText(item.calcium_mg, 'mg', locale),
    pct(item.calciumShare),
  );
}
