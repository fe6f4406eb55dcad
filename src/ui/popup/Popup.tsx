import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageSummary, SearchHit } from '../../messages';
import { formatCalcium, formatK2 } from '../format';

export interface PopupApi {
  search(query: string): Promise<SearchHit[] | string>;
  pageSummary(): Promise<PageSummary | null | string>;
}

function FoodLine({ hit }: { hit: SearchHit }) {
  const { food } = hit;
  const estimate = food.k2.basis !== 'measured';
  return (
    <li class="food" data-food={food.id}>
      <span class="name">{food.name}</span>
      {hit.matched !== food.name.toLowerCase() && <span class="alias"> ({hit.matched})</span>}
      <span class="values">
        K2 {estimate ? '≈ ' : ''}
        {formatK2(food.k2.central)} µg · Ca {formatCalcium(food.calcium.central)} mg
        <span class="basis"> per 100 g{estimate ? ' (est.)' : ''}</span>
      </span>
    </li>
  );
}

export function Popup({ api }: { api: PopupApi }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    void api.pageSummary().then((s) => {
      if (s && typeof s !== 'string') setSummary(s);
    });
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
      }
    });
  }, [api, query]);

  return (
    <main>
      <h1>K2 Lens</h1>
      <label for="search">Search a food</label>
      <input
        id="search"
        type="search"
        ref={input}
        placeholder="gouda, kefir, natto…"
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {error && <p role="alert">{error}</p>}
      {query.trim() !== '' && !error && hits.length === 0 && (
        <p class="empty">No food named like “{query}”.</p>
      )}
      <ul class="results" aria-label="Search results">
        {hits.map((hit) => (
          <FoodLine key={hit.food.id} hit={hit} />
        ))}
      </ul>
      <section aria-label="This page">
        <h2>This page</h2>
        {summary && summary.foods.length > 0 ? (
          <ul class="page-foods">
            {summary.foods.map((f) => (
              <li key={f.foodId} data-food={f.foodId}>
                {f.name} ×{f.count}: K2 {formatK2(f.k2)} µg · Ca {formatCalcium(f.calcium)} mg per 100 g
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">No cheese or fermented food found on this page.</p>
        )}
      </section>
    </main>
  );
}
