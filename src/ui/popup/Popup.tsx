/**
 * The toolbar window: search any food (as you type, typos tolerated, arrow
 * keys and Enter), a food's details with similar foods, what K2 Lens found
 * on the current tab with the site controls (./ThisPage.tsx), and the
 * shopping list (./ShoppingList.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Food, Intake, Source } from '../../data/types';
import { i18n as current } from '../../i18n/current';
import type { SearchHit, StoreStatus } from '../../messages';
import type { Prefs } from '../../prefs/schema';
import { FoodCard } from '../FoodCard';
import { foodName, quoted } from '../text';
import { Evidence } from './Evidence';
import { ShoppingList, type ShoppingListApi } from './ShoppingList';
import { ThisPage, type ThisPageApi } from './ThisPage';
import { Values } from './Values';

export interface PopupApi extends ThisPageApi {
  search(query: string): Promise<SearchHit[] | string>;
  intakes(): Promise<Intake[] | string>;
  /** The evidence section to show first (from the address, e.g. #k2-supplements), if any. */
  evidenceSection(): string | null;
  similar(foodId: string): Promise<Food[] | string>;
  sources(): Promise<Record<string, Source> | string>;
  prefs(): Promise<Prefs>;
  status(): Promise<StoreStatus | string>;
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
