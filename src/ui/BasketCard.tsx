/**
 * The basket card: each cheese or fermented food in the basket with its grams
 * and its K2 and calcium, the basket's totals with their range, their share of
 * the user's daily targets over a number of days (set here, remembered), a bar
 * chart of each item's share, and the items K2 Lens does not know.
 */
import type { Food } from '../data/types';
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import { formatNumber } from '../nutrition/format';
import type { DailyTargets } from '../nutrition/targets';
import type { Basket } from '../value/basket';
import { pageCardCss } from './page-card-css';
import { SHARE_BARS_CSS, ShareBars } from './ShareBars';
import { amountText, foodName } from './text';

export interface BasketCardProps {
  basket: Basket;
  foods: ReadonlyMap<string, Food>;
  targets: DailyTargets;
  days: number;
  onDays(days: number): void;
  onClose?: () => void;
  i18n?: I18n;
}

const percent = (value: number, target: number) => (target > 0 ? (value / target) * 100 : 0);

export function BasketCard({
  basket,
  foods,
  targets,
  days,
  onDays,
  onClose,
  i18n = current(),
}: BasketCardProps) {
  const { t, locale } = i18n;
  const counted = basket.items.filter((i) => i.k2 && i.foodId);
  const k2Target = targets.k2 * days;
  const caTarget = targets.calcium * days;
  const pct = (v: number) => `${formatNumber(v, locale)} %`;
  const nameOf = (id: string | undefined) => {
    const food = id ? foods.get(id) : undefined;
    return food ? foodName(food, i18n) : (id ?? '');
  };
  const { totals } = basket;
  return (
    <section class="k2-basket" aria-label={t('basketAria')} lang={i18n.lang}>
      <header>
        <strong>{t('basketTitle')}</strong>
        {onClose && (
          <button type="button" class="close" aria-label={t('basketClose')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {counted.length === 0 ? (
        <p>{t('basketEmpty')}</p>
      ) : (
        <table>
          <tbody>
            {counted.map((item, i) => (
              <tr key={`${item.foodId}|${i}`} data-food={item.foodId}>
                <th scope="row">
                  {nameOf(item.foodId)}{' '}
                  <span class="line">
                    (
                    {t(
                      'basketItem',
                      formatNumber(item.quantity, locale),
                      formatNumber(item.packageGrams ?? 0, locale),
                    )}
                    )
                  </span>
                </th>
                <td>{t('badgeK2', amountText({ ...(item.k2 ?? totals.k2), unit: 'µg' }, i18n).text)}</td>
                <td>
                  {t(
                    'badgeCalcium',
                    amountText({ ...(item.calcium ?? totals.calcium), unit: 'mg' }, i18n).text,
                  )}
                </td>
              </tr>
            ))}
            <tr data-row="total">
              <th scope="row">{t('basketTotal', formatNumber(totals.grams, locale))}</th>
              <td>{t('badgeK2', amountText({ ...totals.k2, unit: 'µg' }, i18n).text)}</td>
              <td>{t('badgeCalcium', amountText({ ...totals.calcium, unit: 'mg' }, i18n).text)}</td>
            </tr>
            <tr data-row="share">
              <th scope="row">{t('basketShare', formatNumber(days, locale))}</th>
              <td>{pct(Math.round(percent(totals.k2.central, k2Target)))}</td>
              <td>{pct(Math.round(percent(totals.calcium.central, caTarget)))}</td>
            </tr>
          </tbody>
        </table>
      )}
      <label class="days">
        {t('basketDays')}{' '}
        <input
          type="number"
          name="basket-days"
          min={1}
          max={31}
          value={days}
          onChange={(e) => {
            const n = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isInteger(n) && n >= 1 && n <= 31) onDays(n);
          }}
        />
      </label>
      {counted.length > 0 && (
        <>
          <ShareBars
            title={t('basketChartK2', formatNumber(days, locale))}
            format={(p) => pct(Math.round(p))}
            bars={counted.map((item, i) => ({
              key: `k2-${i}`,
              label: nameOf(item.foodId),
              percent: percent(item.k2?.central ?? 0, k2Target),
            }))}
          />
          <ShareBars
            title={t('basketChartCalcium', formatNumber(days, locale))}
            format={(p) => pct(Math.round(p))}
            bars={counted.map((item, i) => ({
              key: `ca-${i}`,
              label: nameOf(item.foodId),
              percent: percent(item.calcium?.central ?? 0, caTarget),
            }))}
          />
        </>
      )}
      {basket.uncounted.length > 0 && (
        <>
          <p class="sub">{t('basketUncounted')}</p>
          <ul class="uncounted">
            {basket.uncounted.map((text, i) => (
              <li key={`u${i}`}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {basket.unmatched.length > 0 && (
        <>
          <p class="sub">{t('basketUnmatched')}</p>
          <ul class="unmatched">
            {basket.unmatched.map((text, i) => (
              <li key={`n${i}`}>{text}</li>
            ))}
          </ul>
        </>
      )}
      <p class="disclaimer">{t('basketDisclaimer')}</p>
    </section>
  );
}

export const BASKET_CARD_CSS = `${pageCardCss('k2-basket')}
.k2-basket tr[data-row] th { font-weight: 600; }
.k2-basket .line, .k2-basket .disclaimer { opacity: 0.75; }
.k2-basket .days input { width: 4em; font: inherit; }
${SHARE_BARS_CSS}`;
