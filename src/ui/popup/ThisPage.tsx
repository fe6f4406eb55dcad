/**
 * What K2 Lens found on the current tab, in the toolbar window: the foods and
 * products of the page (each can go on the shopping list), the recipe's sum,
 * and the site controls (switch K2 Lens on or off here, scan once).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Food } from '../../data/types';
import { i18n as current } from '../../i18n/current';
import type { PageSummary } from '../../messages';
import { formatAmount, formatNumber } from '../../nutrition/format';
import type { Prefs } from '../../prefs/schema';
import { foodName } from '../text';
import { listProblemText } from './list-text';
import { PageProducts } from './PageProducts';
import type { ShoppingListApi } from './ShoppingList';
import { Values } from './Values';

export interface TabInfo {
  id: number;
  url: string;
  host?: string;
  /** K2 Lens runs here by default (curated site) or because the user enabled it. */
  covered: boolean;
  /** The user switched K2 Lens off on this host. */
  disabled: boolean;
}

/** What the current tab's section asks of the extension (part of PopupApi). */
export interface ThisPageApi {
  /** The foods of these ids (to name the foods found on a page in the UI language). */
  foods(foodIds: string[]): Promise<Record<string, Food> | string>;
  tab(): Promise<TabInfo | null>;
  pageSummary(tabId: number): Promise<PageSummary | null | string>;
  /** Scrolls the tab to the product its page summary lists at `index`; false when it is gone. */
  revealProduct(tabId: number, index: number): Promise<boolean>;
  enableSite(tab: TabInfo): Promise<string | null>;
  setSiteDisabled(tab: TabInfo, disabled: boolean): Promise<void>;
  scanPage(tab: TabInfo): Promise<string | null>;
  /** The shopping list, to add a food or product of the page to. */
  list: Pick<ShoppingListApi, 'add'>;
}

export function ThisPage({ api, prefs }: { api: ThisPageApi; prefs: Prefs | null }) {
  const i18n = current();
  const { t, locale } = i18n;
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [summary, setSummary] = useState<PageSummary | null | string>(null);
  const [foods, setFoods] = useState<Record<string, Food>>({});
  const [message, setMessage] = useState('');

  const refresh = async () => {
    const info = await api.tab();
    setTab(info);
    if (!info) return;
    const s = await api.pageSummary(info.id);
    setSummary(s);
    const ids =
      typeof s === 'object' && s
        ? [...new Set([...s.foods.map((f) => f.foodId), ...(s.products ?? []).map((p) => p.foodId)])]
        : [];
    if (ids.length > 0) {
      const found = await api.foods(ids);
      if (typeof found !== 'string') setFoods(found);
    }
  };
  useEffect(() => {
    void refresh();
  }, [api]);

  if (tab === undefined) return null;
  if (tab === null || !tab.host) {
    return (
      <section aria-label={t('popupThisPage')} class="this-page">
        <h2>{t('popupThisPage')}</h2>
        <p class="empty">{t('popupWebPagesOnly')}</p>
      </section>
    );
  }
  const listed = typeof summary === 'object' && summary ? summary.foods : [];
  const nameOf = (f: PageSummary['foods'][number]) =>
    foods[f.foodId] ? foodName(foods[f.foodId] as Food, i18n) : f.name;
  const amount = (central: number, unit: 'µg' | 'mg') =>
    formatAmount({ central, min: central, max: central, unit }, locale).value;
  const recipe = typeof summary === 'object' && summary ? summary.recipe : undefined;
  const recipeText = () => {
    if (!recipe) return '';
    // The sum with its basis, as the recipe card shows it: ≈ measured, "est." when partly estimated, ≥ a lower bound.
    const signed = (central: number) => {
      const value = amount(central, 'µg');
      if (recipe.k2Basis === 'lower-bound') return `≥ ${value}`;
      if (recipe.k2Basis === 'below-loq') return `< ${value}`;
      if (recipe.k2Basis === 'estimated') return `≈ ${value} ${t('badgeEstimateMark')}`;
      return `≈ ${value}`;
    };
    const total = signed(recipe.k2Total ?? 0);
    let text = recipe.servings
      ? i18n.plural('popupRecipeServings', recipe.servings, total, formatNumber(recipe.servings, locale))
      : t('popupRecipe', total);
    if (recipe.servings && recipe.k2Total !== undefined)
      text += `, ${t('popupRecipePerServing', signed(recipe.k2Total / recipe.servings))}`;
    const left = recipe.unquantified.length;
    if (left > 0) text += ` (${i18n.plural('popupRecipeLeftOut', left, formatNumber(left, locale))})`;
    return text;
  };
  return (
    <section aria-label={t('popupThisPage')} class="this-page">
      <h2>{t('popupThisPageHost', tab.host)}</h2>
      {typeof summary === 'string' && <p role="alert">{summary}</p>}
      {listed.length > 0 ? (
        <ul class="page-foods">
          {listed.map((f) => (
            <li key={f.foodId} data-food={f.foodId}>
              <strong>{nameOf(f)}</strong> ×{f.count}
              {foods[f.foodId] && <Values food={foods[f.foodId] as Food} units="per100g" i18n={i18n} />}
              <button
                type="button"
                class="link"
                data-action="add-to-list"
                aria-label={t('popupListAddFood', nameOf(f))}
                onClick={async () => {
                  const added = await api.list.add([
                    {
                      foodId: f.foodId,
                      lang: i18n.lang,
                      ...(f.grams !== undefined ? { grams: f.grams } : {}),
                    },
                  ]);
                  setMessage(
                    typeof added === 'string'
                      ? listProblemText(added, i18n)
                      : t('popupListAddedFood', nameOf(f)),
                  );
                }}
              >
                {t('popupListAddButton')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{tab.covered && !tab.disabled ? t('popupNothingFound') : t('popupNotLooked')}</p>
      )}
      {typeof summary === 'object' && summary?.products && (
        <PageProducts
          products={summary.products}
          foods={foods}
          onShow={(index) => api.revealProduct(tab.id, index)}
          onAdd={async (p) => {
            const added = await api.list.add([
              { foodId: p.foodId, lang: i18n.lang, ...(p.grams !== undefined ? { grams: p.grams } : {}) },
            ]);
            setMessage(
              typeof added === 'string' ? listProblemText(added, i18n) : t('popupListAddedFood', p.title),
            );
          }}
        />
      )}
      {recipe && (
        <p class="recipe" data-testid="recipe-summary">
          {recipeText()}
        </p>
      )}
      <div class="site-actions">
        {tab.covered ? (
          <button
            type="button"
            data-action={tab.disabled ? 'enable-again' : 'disable-site'}
            onClick={async () => {
              await api.setSiteDisabled(tab, !tab.disabled);
              setMessage(tab.disabled ? t('popupOnAgain') : t('popupOff'));
              await refresh();
            }}
          >
            {tab.disabled ? t('popupSwitchOnAgain') : t('popupDisableSite')}
          </button>
        ) : (
          <>
            <button
              type="button"
              data-action="enable-site"
              onClick={async () => {
                const problem = await api.enableSite(tab);
                setMessage(problem ?? t('popupEnabled'));
                await refresh();
              }}
            >
              {t('popupEnableSite')}
            </button>
            <button
              type="button"
              data-action="scan-page"
              onClick={async () => {
                const problem = await api.scanPage(tab);
                setMessage(problem ?? t('popupScanned'));
                setTimeout(() => void refresh(), 600);
              }}
            >
              {t('popupScanOnce')}
            </button>
          </>
        )}
      </div>
      {message && <p role="status">{message}</p>}
      {prefs && !prefs.nutrients.k2 && <p class="empty">{t('popupCalciumOnly')}</p>}
    </section>
  );
}
