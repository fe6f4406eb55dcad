/**
 * The details of one food: values per portion with their range, share of the
 * user's daily targets, MK breakdown, how sure the value is and the evidence
 * behind it. Shown in the page tooltip and in the popup's food detail.
 */
import type { ComponentChildren } from 'preact';
import { k2viewerReferences, rowStudies, shortCitation } from '../data/citation';
import { type Food, type K2Row, MK_FORMS, type Source } from '../data/types';
import { formatAmount, formatNumber } from '../nutrition/format';
import { foodPortions, type PortionValues } from '../nutrition/portion';
import { type DailyTargets, formatPercentRange, shareOfTargets } from '../nutrition/targets';

const CONFIDENCE_TEXT: Record<Food['k2']['confidence'], string> = {
  'several-sources': 'Measured (several sources)',
  'one-source': 'Measured (one source)',
  'category-estimate': 'Estimate from similar foods',
  'generic-estimate': 'Generic estimate',
};

const EVIDENCE_TEXT: Record<K2Row['evidence'], string> = {
  table: 'composition table',
  study: 'study',
  secondary: 'study, as reported elsewhere',
  compilation: 'compilation',
};

export function doiOf(source: Source): string | undefined {
  const text = `${source.url} ${source.notes} ${source.citation}`;
  return text.match(/\b(10\.\d{4,9}\/[^\s;,)]+[^\s;,.)])/)?.[1];
}

function rowValue(row: K2Row): string {
  switch (row.kind) {
    case 'total':
      return `${formatNumber(row.value ?? 0)} µg`;
    case 'partial':
      return `≥ ${formatNumber(row.value ?? 0)} µg (only some forms reported)`;
    case 'range':
      return `${formatNumber(row.min ?? 0)}–${formatNumber(row.max ?? 0)} µg`;
    case 'below':
      return `< ${formatNumber(row.max ?? 0)} µg (below the limit of quantification)`;
  }
}

function PortionRow({ portion, targets }: { portion: PortionValues; targets: DailyTargets }) {
  const k2 = formatAmount(portion.k2);
  const ca = formatAmount(portion.calcium);
  const share = shareOfTargets(portion, targets);
  return (
    <tr data-portion={portion.kind}>
      <th scope="row">{portion.kind === 'package' ? `package, ${portion.label}` : portion.label}</th>
      <td>
        {k2.value}
        {k2.range && <span class="range"> ({k2.range})</span>}
        {share.k2 && <span class="pct"> · {formatPercentRange(share.k2).value}</span>}
      </td>
      <td>
        {ca.value}
        {ca.range && <span class="range"> ({ca.range})</span>}
        {share.calcium && <span class="pct"> · {formatPercentRange(share.calcium).value}</span>}
      </td>
    </tr>
  );
}

export interface FoodCardProps {
  food: Food;
  /** Grams the page gave for this mention (package from a title, amount from an ingredient line). */
  grams?: number;
  gramsKind?: 'package' | 'amount';
  /** The page text that matched, when shown for a mention. */
  matched?: string;
  targets: DailyTargets;
  /** Sources by id (for short and full citations). */
  sources: Record<string, Source>;
  /** Names of foods an estimate was derived from, by id. */
  names?: Record<string, string>;
  children?: ComponentChildren;
}

export function FoodCard({
  food,
  grams,
  gramsKind = 'package',
  matched,
  targets,
  sources,
  names = {},
  children,
}: FoodCardProps) {
  const portions = foodPortions(food, grams, gramsKind);
  const rows = [portions.per100g, portions.serving, portions.amount].filter((p): p is PortionValues =>
    Boolean(p),
  );
  const k2 = food.k2;
  const mk = MK_FORMS.filter((f) => k2.mk[f] !== undefined);
  const refs = k2viewerReferences(sources.k2viewer);
  const cite = (id: string) => (sources[id] ? shortCitation(sources[id]) : id);
  const allSources = [
    ...new Set([...k2.sources, ...food.calcium.sources, ...(food.serving ? [food.serving.source] : [])]),
  ];
  return (
    <div class="k2-card" data-food={food.id}>
      <header>
        <strong class="food-name">{food.name}</strong>
        {matched && <span class="matched"> — matched “{matched}”</span>}
      </header>
      <p class={`basis basis-${k2.basis}`}>
        <span class="confidence">{CONFIDENCE_TEXT[k2.confidence]}</span>: {k2.method}
        {k2.from && k2.from.length > 0 && (
          <span class="from"> ({k2.from.map((id) => names[id] ?? id).join(', ')})</span>
        )}
        .
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Portion</th>
            <th scope="col">Vitamin K2</th>
            <th scope="col">Calcium</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <PortionRow key={p.kind} portion={p} targets={targets} />
          ))}
        </tbody>
      </table>
      <p class="targets-note">
        % of your daily targets: K2 {formatNumber(targets.k2)} µg, calcium {formatNumber(targets.calcium)} mg
        (set them in the options). Ranges show the spread of published values.
      </p>
      {mk.length > 0 && (
        <p class="mk">
          Menaquinones per 100 g (mean of the values reporting each form):{' '}
          {mk.map((f, i) => (
            <span key={f}>
              {i > 0 ? ' · ' : ''}
              {f.toUpperCase().replace('MK', 'MK-')} {formatNumber(k2.mk[f] ?? 0)} µg
            </span>
          ))}
        </p>
      )}
      <details class="evidence">
        <summary>
          {k2.rows.length > 0
            ? `Evidence: ${k2.rows.length} published K2 value${k2.rows.length === 1 ? '' : 's'} for this food`
            : `Evidence: no K2 value for this food itself; ${k2.measurements} from the foods above`}
        </summary>
        <ul>
          {k2.rows.map((row) => {
            const studies = rowStudies(row, refs);
            return (
              <li key={`${row.source}|${row.ref}|${row.name}`}>
                {row.name}
                {row.country ? ` (${row.country})` : ''}: {rowValue(row)} — {cite(row.source)},{' '}
                {EVIDENCE_TEXT[row.evidence]}
                {studies.length > 0 && <span class="studies"> citing {studies.join('; ')}</span>}
                {row.note && <span class="note"> [{row.note}]</span>}
              </li>
            );
          })}
          {food.calcium.rows.map((row) => (
            <li key={`ca|${row.source}|${row.code}`}>
              Calcium, {row.name}: {formatNumber(row.value)} mg — {cite(row.source)} {row.code}
            </li>
          ))}
          {food.calcium.rows.length === 0 && <li>Calcium: {food.calcium.method}.</li>}
          {food.serving && (
            <li>
              Serving {food.serving.label} — {cite(food.serving.source)}
              {food.serving.conversion ? `; ${food.serving.conversion.text}` : ''}
            </li>
          )}
        </ul>
      </details>
      <details class="sources">
        <summary>Sources ({allSources.length})</summary>
        <ul>
          {allSources.map((id) => {
            const s = sources[id];
            if (!s) return <li key={id}>{id}</li>;
            const doi = doiOf(s);
            return (
              <li key={id}>
                {s.citation}{' '}
                {doi ? (
                  <a href={`https://doi.org/${doi}`} target="_blank" rel="noreferrer noopener">
                    doi:{doi}
                  </a>
                ) : (
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.url}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      </details>
      {children}
    </div>
  );
}

/** Styles of the card, shared by the popup and the page tooltip's shadow root. */
export const FOOD_CARD_CSS = `
.k2-card { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
.k2-card header { font-size: 14px; margin-bottom: 4px; }
.k2-card .matched, .k2-card .basis, .k2-card .targets-note, .k2-card .mk, .k2-card .range, .k2-card .note { opacity: 0.8; }
.k2-card .basis-category .confidence, .k2-card .basis-generic .confidence { font-style: italic; }
.k2-card table { border-collapse: collapse; margin: 6px 0; width: 100%; }
.k2-card th, .k2-card td { text-align: left; padding: 2px 6px 2px 0; vertical-align: top; font-weight: normal; }
.k2-card thead th { font-weight: 600; border-bottom: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
.k2-card tbody th { white-space: nowrap; }
.k2-card td { font-variant-numeric: tabular-nums; }
.k2-card thead th:not(:first-child) { white-space: nowrap; }
.k2-card p { margin: 4px 0; }
.k2-card details { margin: 4px 0; }
.k2-card summary { cursor: pointer; }
.k2-card ul { margin: 4px 0; padding-left: 18px; }
.k2-card a { color: inherit; }
`;
