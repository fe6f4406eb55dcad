/**
 * The toolbar window: search any food (as you type, typos tolerated, arrow
 * keys and Enter), a food's details with similar foods, what K2 Lens found
 * on the current tab with the site controls, and the shopping list
 * (./ShoppingList.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Food, Intake, Source } from '../../data/types';
import { i18n as current } from '../../i18n/current';
import type { PageSummary, SearchHit, StoreStatus } from '../../messages';
import { formatAmount, formatNumber } from '../../nutrition/format';
import type { Prefs } from '../../prefs/schema';
import { FoodCard } from '../FoodCard';
import { foodName, quoted } from '../text';
import { Evidence } from './Evidence';
import { listProblemText } from './list-text';
import { PageProducts } from './PageProducts';
import { ShoppingList, type ShoppingListApi } from './ShoppingList';
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

export interface PopupApi {
  search(query: string): Promise<SearchHit[] | string>;
  intakes(): Promise<Intake[] | string>;
  /** The evidence section to show first (from the address, e.g. #k2-supplements), if any. */
  evidenceSection(): string | null;
  similar(foodId: string): Promise<Food[] | string>;
  /** The foods of these ids (to name the foods found on a page in the UI language). */
  foods(foodIds: string[]): Promise<Record<string, Food> | string>;
  sources(): Promise<Record<string, Source> | string>;
  prefs(): Promise<Prefs>;
  status(): Promise<StoreStatus | string>;
  tab(): Promise<TabInfo | null>;
  pageSummary(tabId: number): Promise<PageSummary | null | string>;
  /** Scrolls the tab to the product its page summary lists at `index`; false when it is gone. */
  revealProduct(tabId: number, index: number): Promise<boolean>;
  enableSite(tab: TabInfo): Promise<string | null>;
  setSiteDisabled(tab: TabInfo, disabled: boolean): Promise<void>;
  scanPage(tab: TabInfo): Promise<string | null>;
  openOptions(): void;
  list: ShoppingListApi;
  /** The window opens on the shopping list (popup.html#list). */
  startOnList(): boolean;
}

function ResultList({
  hits,
  active,
  prefs,
  onOpen,
  onHover,
}: {
  hits: SearchHit[];
  active: number;
  prefs: Prefs | null;
  onOpen: (food: Food) => void;
  onHover: (i: number) => void;
}) {
  const i18n = current();
  return (
    <div id="results" class="results" role="listbox" aria-label={i18n.t('popupResults')}>
      {hits.map((hit, i) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is handled by the combobox input
        <div
          key={hit.food.id}
          tabIndex={-1}
          id={`result-${i}`}
          class={`food${i === active ? ' active' : ''}`}
          role="option"
          aria-selected={i === active}
          data-food={hit.food.id}
          onClick={() => onOpen(hit.food)}
          onMouseEnter={() => onHover(i)}
        >
          <span class="name">{foodName(hit.food, i18n)}</span>
          {hit.matched.toLowerCase() !== foodName(hit.food, i18n).toLowerCase() && (
            <span class="alias"> · {hit.matched}</span>
          )}
          <Values food={hit.food} units={prefs?.units ?? 'per100g'} i18n={i18n} />
        </div>
      ))}
    </div>
  );
}

function Detail({
  food,
  api,
  prefs,
  sources,
  onBack,
  onOpen,
}: {
  food: Food;
  api: PopupApi;
  prefs: Prefs | null;
  sources: Record<string, Source>;
  onBack: () => void;
  onOpen: (food: Food) => void;
}) {
  const i18n = current();
  const { t } = i18n;
  const [similar, setSimilar] = useState<Food[]>([]);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    back.current?.focus();
    void api.similar(food.id).then((r) => setSimilar(typeof r === 'string' ? [] : r));
  }, [api, food.id]);
  return (
    <section class="detail" aria-label={t('popupDetailAria', foodName(food, i18n))}>
      <button type="button" ref={back} class="back" onClick={onBack}>
        {t('popupBackToSearch')}
      </button>
      <FoodCard food={food} targets={prefs?.targets ?? { k2: 90, calcium: 950 }} sources={sources} />
      {similar.length > 0 && (
        <>
          <h2>{t('popupSimilar')}</h2>
          <ul class="similar">
            {similar.map((f) => (
              <li key={f.id} data-food={f.id}>
                <button type="button" class="link" onClick={() => onOpen(f)}>
                  {foodName(f, i18n)}
                </button>{' '}
                <Values food={f} units={prefs?.units ?? 'per100g'} i18n={i18n} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ThisPage({ api, prefs }: { api: PopupApi; prefs: Prefs | null }) {
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

export function Popup({ api }: { api: PopupApi }) {
  const i18n = current();
  const { t } = i18n;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [detail, setDetail] = useState<Food | null>(null);
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [sources, setSources] = useState<Record<string, Source>>({});
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [evidence, setEvidence] = useState<string | null>(() => api.evidenceSection());
  const [intakes, setIntakes] = useState<Intake[]>([]);
  const [listOpen, setListOpen] = useState(() => api.startOnList());
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    void api.prefs().then(setPrefs);
    void api.sources().then((s) => typeof s !== 'string' && setSources(s));
    void api.status().then((s) => typeof s !== 'string' && setStatus(s));
    void api.intakes().then((i) => typeof i !== 'string' && setIntakes(i));
  }, [api]);

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setHits([]);
      setError(null);
      return;
    }
    void api.search(query).then((result) => {
      if (ticket !== latest.current) return;
      if (typeof result === 'string') {
        setError(result);
        setHits([]);
      } else {
        setError(null);
        setHits(result);
        setActive(0);
      }
    });
  }, [api, query]);

  const open = (food: Food) => setDetail(food);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length > 0) {
      e.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length > 0) {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      open(hits[active].food);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  const examples = useMemo(() => ['gouda', 'natto', 'kefir', 'emmentaler'], []);

  if (evidence) {
    return (
      <main>
        <Evidence section={evidence} intakes={intakes} sources={sources} onBack={() => setEvidence(null)} />
      </main>
    );
  }

  if (listOpen) {
    return (
      <main>
        <ShoppingList
          api={api.list}
          targets={prefs?.targets ?? { k2: 90, calcium: 950 }}
          onBack={() => {
            setListOpen(false);
            setTimeout(() => input.current?.focus(), 0);
          }}
        />
      </main>
    );
  }

  if (detail) {
    return (
      <main
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setDetail(null);
            setTimeout(() => input.current?.focus(), 0);
          }
        }}
      >
        <Detail
          food={detail}
          api={api}
          prefs={prefs}
          sources={sources}
          onOpen={open}
          onBack={() => {
            setDetail(null);
            setTimeout(() => input.current?.focus(), 0);
          }}
        />
      </main>
    );
  }

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <span class="header-actions">
          <button type="button" class="link" data-action="open-list" onClick={() => setListOpen(true)}>
            {t('popupListOpen')}
          </button>{' '}
          <button type="button" class="link" onClick={() => api.openOptions()}>
            {t('popupOptions')}
          </button>
        </span>
      </header>
      {status?.problem && (
        <p role="alert" class="problem">
          {t('storeProblem', status.problem)}
        </p>
      )}
      <label for="search">{t('popupSearchLabel')}</label>
      <input
        id="search"
        ref={input}
        type="text"
        // biome-ignore lint/a11y/noRedundantRoles: no list attribute is rendered, so the combobox role must be explicit
        role="combobox"
        list={undefined}
        aria-expanded={hits.length > 0}
        aria-controls="results"
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? `result-${active}` : undefined}
        placeholder={t('popupSearchPlaceholder')}
        autoComplete="off"
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {error && <p role="alert">{error}</p>}
      {query.trim() === '' && (
        <p class="hint">
          {t('popupHint')}{' '}
          {examples.map((ex, i) => (
            <span key={ex}>
              {i > 0 ? ', ' : ''}
              <button type="button" class="link" onClick={() => setQuery(ex)}>
                {ex}
              </button>
            </span>
          ))}
          .
        </p>
      )}
      {query.trim() !== '' && !error && hits.length === 0 && (
        <p class="empty">{t('popupNoMatch', quoted(query, i18n))}</p>
      )}
      <ResultList hits={hits} active={active} prefs={prefs} onOpen={open} onHover={setActive} />
      <ThisPage api={api} prefs={prefs} />
      <p class="disclaimer">
        {t('popupDisclaimer')}{' '}
        <button type="button" class="link" onClick={() => setEvidence('k2-calcium-vitamin-d')}>
          {t('popupEvidenceLink')}
        </button>
      </p>
    </main>
  );
}
