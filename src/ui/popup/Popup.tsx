/**
 * The toolbar window: search any food (as you type, typos tolerated, arrow
 * keys and Enter), a food's details with similar foods, and what K2 Lens found
 * on the current tab with the site controls.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Food, Intake, Source } from '../../data/types';
import type { PageSummary, SearchHit, StoreStatus } from '../../messages';
import { formatAmount } from '../../nutrition/format';
import type { Prefs } from '../../prefs/schema';
import { badgePortion } from '../badge-model';
import { FoodCard } from '../FoodCard';
import { Evidence } from './Evidence';

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
  sources(): Promise<Record<string, Source> | string>;
  prefs(): Promise<Prefs>;
  status(): Promise<StoreStatus | string>;
  tab(): Promise<TabInfo | null>;
  pageSummary(tabId: number): Promise<PageSummary | null | string>;
  enableSite(tab: TabInfo): Promise<string | null>;
  setSiteDisabled(tab: TabInfo, disabled: boolean): Promise<void>;
  scanPage(tab: TabInfo): Promise<string | null>;
  openOptions(): void;
}

function valuesText(food: Food, prefs: Prefs | null): string {
  const portion = badgePortion(food, prefs?.units ?? 'per100g');
  const k2 = formatAmount(portion.k2).value;
  const ca = formatAmount(portion.calcium).value;
  return `K2 ≈ ${k2} · Ca ${ca} per ${portion.label}${food.k2.basis === 'measured' ? '' : ' (est.)'}`;
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
  return (
    <div id="results" class="results" role="listbox" aria-label="Search results">
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
          <span class="name">{hit.food.name}</span>
          {hit.matched.toLowerCase() !== hit.food.name.toLowerCase() && (
            <span class="alias"> · {hit.matched}</span>
          )}
          <span class="values">{valuesText(hit.food, prefs)}</span>
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
  const [similar, setSimilar] = useState<Food[]>([]);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    back.current?.focus();
    void api.similar(food.id).then((r) => setSimilar(typeof r === 'string' ? [] : r));
  }, [api, food.id]);
  return (
    <section class="detail" aria-label={`${food.name} details`}>
      <button type="button" ref={back} class="back" onClick={onBack}>
        ← Back to search
      </button>
      <FoodCard food={food} targets={prefs?.targets ?? { k2: 90, calcium: 950 }} sources={sources} />
      {similar.length > 0 && (
        <>
          <h2>Similar foods by K2</h2>
          <ul class="similar">
            {similar.map((f) => (
              <li key={f.id} data-food={f.id}>
                <button type="button" class="link" onClick={() => onOpen(f)}>
                  {f.name}
                </button>{' '}
                <span class="values">{valuesText(f, prefs)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ThisPage({ api, prefs }: { api: PopupApi; prefs: Prefs | null }) {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [summary, setSummary] = useState<PageSummary | null | string>(null);
  const [message, setMessage] = useState('');

  const refresh = async () => {
    const t = await api.tab();
    setTab(t);
    if (t) setSummary(await api.pageSummary(t.id));
  };
  useEffect(() => {
    void refresh();
  }, [api]);

  if (tab === undefined) return null;
  if (tab === null || !tab.host) {
    return (
      <section aria-label="This page" class="this-page">
        <h2>This page</h2>
        <p class="empty">K2 Lens works on web pages (http and https).</p>
      </section>
    );
  }
  const foods = typeof summary === 'object' && summary ? summary.foods : [];
  return (
    <section aria-label="This page" class="this-page">
      <h2>This page · {tab.host}</h2>
      {typeof summary === 'string' && <p role="alert">{summary}</p>}
      {foods.length > 0 ? (
        <ul class="page-foods">
          {foods.map((f) => (
            <li key={f.foodId} data-food={f.foodId}>
              <strong>{f.name}</strong> ×{f.count}
              <span class="values">
                K2 ≈ {formatAmount({ central: f.k2, min: f.k2, max: f.k2, unit: 'µg' }).value} · Ca{' '}
                {formatAmount({ central: f.calcium, min: f.calcium, max: f.calcium, unit: 'mg' }).value} per
                100 g
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">
          {tab.covered && !tab.disabled
            ? 'No cheese or fermented food found on this page.'
            : 'K2 Lens has not looked at this page.'}
        </p>
      )}
      {typeof summary === 'object' && summary?.recipe && (
        <p class="recipe" data-testid="recipe-summary">
          Recipe{summary.recipe.servings ? ` (${summary.recipe.servings} servings)` : ''}: K2 ≈{' '}
          {formatAmount({ central: summary.recipe.k2Total ?? 0, min: 0, max: 0, unit: 'µg' }).value} in all
          {summary.recipe.servings && summary.recipe.k2Total !== undefined
            ? `, ${formatAmount({ central: summary.recipe.k2Total / summary.recipe.servings, min: 0, max: 0, unit: 'µg' }).value} per serving`
            : ''}
          {summary.recipe.unquantified.length > 0
            ? ` (${summary.recipe.unquantified.length} lines without a quantity left out)`
            : ''}
        </p>
      )}
      <div class="site-actions">
        {tab.covered ? (
          <button
            type="button"
            data-action={tab.disabled ? 'enable-again' : 'disable-site'}
            onClick={async () => {
              await api.setSiteDisabled(tab, !tab.disabled);
              setMessage(tab.disabled ? 'K2 Lens is on again on this site.' : 'K2 Lens is off on this site.');
              await refresh();
            }}
          >
            {tab.disabled ? 'Switch on again on this site' : 'Disable on this site'}
          </button>
        ) : (
          <>
            <button
              type="button"
              data-action="enable-site"
              onClick={async () => {
                const problem = await api.enableSite(tab);
                setMessage(problem ?? 'Enabled: K2 Lens now runs on this site.');
                await refresh();
              }}
            >
              Enable on this site
            </button>
            <button
              type="button"
              data-action="scan-page"
              onClick={async () => {
                const problem = await api.scanPage(tab);
                setMessage(problem ?? 'Scanned this page once.');
                setTimeout(() => void refresh(), 600);
              }}
            >
              Scan this page once
            </button>
          </>
        )}
      </div>
      {message && <p role="status">{message}</p>}
      {prefs && !prefs.nutrients.k2 && <p class="empty">Badges show calcium only (see options).</p>}
    </section>
  );
}

export function Popup({ api }: { api: PopupApi }) {
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
        <h1>K2 Lens</h1>
        <button type="button" class="link" onClick={() => api.openOptions()}>
          Options
        </button>
      </header>
      {status?.problem && (
        <p role="alert" class="problem">
          {status.problem}. Lookups still work.
        </p>
      )}
      <label for="search">Search a food</label>
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
        placeholder="gouda, kefir, natto…"
        autoComplete="off"
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {error && <p role="alert">{error}</p>}
      {query.trim() === '' && (
        <p class="hint">
          Type a cheese or fermented food in any language, e.g.{' '}
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
        <p class="empty">
          No food named like “{query}”. K2 Lens knows cheeses, yogurts, kefir, butter, sour cream, sauerkraut,
          kimchi, miso, natto, tempeh and a few others.
        </p>
      )}
      <ResultList hits={hits} active={active} prefs={prefs} onOpen={open} onHover={setActive} />
      <ThisPage api={api} prefs={prefs} />
      <p class="disclaimer">
        Estimates from published food analyses, with their sources. Not health advice.{' '}
        <button type="button" class="link" onClick={() => setEvidence('k2-calcium-vitamin-d')}>
          Evidence summary
        </button>
      </p>
    </main>
  );
}
