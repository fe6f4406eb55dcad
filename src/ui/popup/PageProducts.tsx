/**
 * The page's products in the toolbar window: ranked by the K2 in the package,
 * by K2 per price or by calcium (src/value rankItems), each with its price and
 * what one unit of currency buys; choosing one shows it on the page.
 */
import { useState } from 'preact/hooks';
import type { Food } from '../../data/types';
import { i18n as current } from '../../i18n/current';
import type { PageProductSummary } from '../../messages';
import { formatNumber } from '../../nutrition/format';
import { type RankKey, rankItems } from '../../value';
import { foodName } from '../text';
import { Values } from './Values';

/** Products listed before "show all". */
const FIRST = 10;

/** The price as the locale writes money ("3,49 €", "£2.50", "¥198"); a unit price with its unit. */
export function moneyText(
  price: { amount: number; currency: string; per?: { quantity: number; unit: string } },
  locale: string,
  whole = false,
): string {
  let money: string;
  try {
    money = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: price.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(price.amount);
  } catch {
    money = `${formatNumber(price.amount, locale)} ${price.currency}`;
  }
  const per = price.per;
  if (!per || (per.unit === 'each' && per.quantity === 1)) return money;
  const unit = per.unit === '100g' ? '100 g' : per.unit === '100ml' ? '100 ml' : per.unit;
  return `${money}/${per.quantity !== 1 ? `${formatNumber(per.quantity, locale)} ` : ''}${unit}`;
}

/**
 * How much money "per" is said of, per currency: 1 unit, or 10, 100, 1000 where one unit buys so little that
 * the page's best product would read under 1 µg (¥, ₩, Ft…).
 */
export function perAmounts(products: readonly PageProductSummary[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const p of products)
    if (p.value) best.set(p.value.currency, Math.max(best.get(p.value.currency) ?? 0, p.value.k2PerCurrency));
  const out = new Map<string, number>();
  for (const [currency, top] of best) {
    let per = 1;
    while (top > 0 && top * per < 1 && per < 10_000) per *= 10;
    out.set(currency, per);
  }
  return out;
}

export function PageProducts({
  products,
  foods,
  onShow,
  onAdd,
}: {
  products: readonly PageProductSummary[];
  foods: Record<string, Food>;
  /** Shows the product on the page; false when it is no longer there. */
  onShow(index: number): Promise<boolean>;
  /** Adds the product (its food and package grams) to the shopping list. */
  onAdd?(product: PageProductSummary): void;
}) {
  const i18n = current();
  const { t, locale } = i18n;
  const [by, setBy] = useState<RankKey>('k2');
  const [all, setAll] = useState(false);
  const [status, setStatus] = useState('');
  if (products.length === 0) return null;
  const ranked = rankItems(products, by);
  const shown = all ? ranked : ranked.slice(0, FIRST);
  const per = perAmounts(products);
  const num = (x: number) => formatNumber(x, locale);
  const keys: [RankKey, string][] = [
    ['k2', t('popupRankK2')],
    ['k2PerPrice', t('popupRankValue')],
    ['calcium', t('popupRankCalcium')],
  ];
  return (
    <div class="page-products" data-testid="page-products">
      <h3>{t('popupProducts')}</h3>
      <fieldset class="rank-by">
        <legend>{t('popupRankBy')}</legend>
        {keys.map(([key, label]) => (
          <label key={key}>
            <input type="radio" name="rank-by" value={key} checked={by === key} onChange={() => setBy(key)} />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <ol class="products">
        {shown.map((p) => {
          const food = foods[p.foodId];
          const scale = p.value ? (per.get(p.value.currency) ?? 1) : 1;
          return (
            <li
              key={p.index}
              data-food={p.foodId}
              data-index={p.index}
              data-k2={p.k2}
              data-calcium={p.calcium}
              data-value={p.value?.k2PerCurrency}
              data-currency={p.value?.currency}
            >
              <button
                type="button"
                class="link product-title"
                title={t('popupShowOnPage')}
                onClick={async () => setStatus((await onShow(p.index)) ? '' : t('popupProductGone'))}
              >
                {p.title}
              </button>
              {food ? (
                <>
                  <span class="food-name">{foodName(food, i18n)}</span>{' '}
                  <Values
                    food={food}
                    units={p.grams !== undefined ? 'perPackage' : 'per100g'}
                    {...(p.grams !== undefined ? { grams: p.grams } : {})}
                    i18n={i18n}
                  />
                  {p.grams === undefined && <span class="hint"> · {t('popupProductNoGrams')}</span>}
                </>
              ) : null}
              {onAdd && (
                <button
                  type="button"
                  class="link"
                  data-action="add-to-list"
                  aria-label={t('popupListAddFood', p.title)}
                  onClick={() => onAdd(p)}
                >
                  {t('popupListAddButton')}
                </button>
              )}
              {p.price && (
                <span class="price">
                  {moneyText(p.price, locale)}
                  {p.value &&
                    ` · ${t(
                      'popupPerMoney',
                      `${num(p.value.k2PerCurrency * scale)} µg`,
                      moneyText({ amount: scale, currency: p.value.currency }, locale, true),
                    )}`}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!all && ranked.length > FIRST && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {t('popupShowAllProducts', num(ranked.length))}
        </button>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}
