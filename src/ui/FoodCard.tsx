/**
 * The details of one food: values per portion with their range, share of the
 * user's daily targets, MK breakdown, how sure the value is and the evidence
 * behind it. Shown in the page tooltip and in the popup's food detail.
 */
import type { ComponentChildren } from 'preact';
import { k2viewerReferences, rowStudies, shortCitation } from '../data/citation';
import { type Food, type K2Row, MK_FORMS, type Source } from '../data/types';
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import { formatNumber } from '../nutrition/format';
import { foodPortions, type PortionValues } from '../nutrition/portion';
import { type DailyTargets, formatPercentRange, shareOfTargets } from '../nutrition/targets';
import { amountText, foodName, methodText, portionLabel, quoted, servingLabel } from './text';

export function doiOf(source: Source): string | undefined {
  const text = `${source.url} ${source.notes} ${source.citation}`;
  return text.match(/\b(10\.\d{4,9}\/[^\s;,)]+[^\s;,.)])/)?.[1];
}

function rowValue(row: K2Row, i18n: I18n): string {
  const n = (v: number | undefined) => formatNumber(v ?? 0, i18n.locale);
  switch (row.kind) {
    case 'total':
      return `${n(row.value)} µg`;
    case 'partial':
      return i18n.t('cardRowPartial', n(row.value));
    case 'range':
      return `${n(row.min)}–${n(row.max)} µg`;
    case 'below':
      return i18n.t('cardRowBelow', n(row.max));
  }
}

function PortionRow({
  portion,
  food,
  targets,
  i18n,
}: {
  portion: PortionValues;
  food: Food;
  targets: DailyTargets;
  i18n: I18n;
}) {
  const k2 = amountText(portion.k2, i18n);
  const ca = amountText(portion.calcium, i18n);
  const share = shareOfTargets(portion, targets);
  const label = portionLabel(portion, food, i18n);
  return (
    <tr data-portion={portion.kind}>
      <th scope="row">{portion.kind === 'package' ? i18n.t('cardPackage', label) : label}</th>
      <td>
        {k2.value}
        {k2.range && <span class="range"> ({k2.range})</span>}
        {share.k2 && <span class="pct"> · {formatPercentRange(share.k2, i18n.locale).value}</span>}
      </td>
      <td>
        {ca.value}
        {ca.range && <span class="range"> ({ca.range})</span>}
        {share.calcium && <span class="pct"> · {formatPercentRange(share.calcium, i18n.locale).value}</span>}
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
  /** Names of foods an estimate was derived from, by id (in the UI language). */
  names?: Record<string, string>;
  /** The translator (the one in use by default). */
  i18n?: I18n;
  /** Shows an "Add to shopping list" button before the card's actions. */
  onAddToList?: () => void;
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
  i18n = current(),
  onAddToList,
  children,
}: FoodCardProps) {
  const { t, locale } = i18n;
  const n = (v: number) => formatNumber(v, locale);
  const portions = foodPortions(food, grams, gramsKind);
  const rows = [portions.per100g, portions.serving, portions.amount].filter((p): p is PortionValues =>
    Boolean(p),
  );
  const k2 = food.k2;
  const mk = MK_FORMS.filter((f) => k2.mk[f] !== undefined);
  const refs = k2viewerReferences(sources.k2viewer);
  const cite = (id: string) => (sources[id] ? shortCitation(sources[id]) : id);
  const nameOf = (id: string) => names[id] ?? id;
  const allSources = [
    ...new Set([...k2.sources, ...food.calcium.sources, ...(food.serving ? [food.serving.source] : [])]),
  ];
  const from = k2.from ?? [];
  return (
    <div class="k2-card" data-food={food.id} lang={i18n.lang}>
      <header>
        <strong class="food-name">{foodName(food, i18n)}</strong>
        {matched && <span class="matched"> — {t('cardMatched', quoted(matched, i18n))}</span>}
      </header>
      <p class={`basis basis-${k2.basis}`}>
        <span class="confidence">{t(`confidence_${k2.confidence.replace(/-/g, '_')}`)}</span>
        {`${t('colon')} ${methodText(k2, food, 'k2', i18n, nameOf)}`}
        {from.length > 1 && <span class="from"> ({from.map(nameOf).join(', ')})</span>}.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('cardPortion')}</th>
            <th scope="col">{t('nutrientK2')}</th>
            <th scope="col">{t('nutrientCalcium')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <PortionRow key={p.kind} portion={p} food={food} targets={targets} i18n={i18n} />
          ))}
        </tbody>
      </table>
      <p class="targets-note">{t('cardTargetsNote', n(targets.k2), n(targets.calcium))}</p>
      {mk.length > 0 && (
        <p class="mk">
          {t('cardMenaquinones')}{' '}
          {mk.map((f, i) => (
            <span key={f}>
              {i > 0 ? ' · ' : ''}
              {f.toUpperCase().replace('MK', 'MK-')} {n(k2.mk[f] ?? 0)} µg
            </span>
          ))}
        </p>
      )}
      <details class="evidence">
        <summary>
          {k2.rows.length > 0
            ? i18n.plural('cardEvidenceRows', k2.rows.length, n(k2.rows.length))
            : t('cardEvidenceNone', n(k2.measurements))}
        </summary>
        <ul>
          {k2.rows.map((row) => {
            const studies = rowStudies(row, refs);
            return (
              <li key={`${row.source}|${row.ref}|${row.name}`}>
                {`${row.name}${row.country ? ` (${row.country})` : ''}${t('colon')} ${rowValue(row, i18n)} — `}
                {`${cite(row.source)}, ${t(`evidenceKind_${row.evidence}`)}`}
                {studies.length > 0 && <span class="studies"> {t('cardCiting', studies.join('; '))}</span>}
                {row.note && <span class="note"> [{row.note}]</span>}
              </li>
            );
          })}
          {food.calcium.rows.map((row) => (
            <li key={`ca|${row.source}|${row.code}`}>
              {t('cardCalciumRow', row.name, `${n(row.value)} mg`)} — {cite(row.source)} {row.code}
            </li>
          ))}
          {food.calcium.rows.length === 0 && (
            <li>{t('cardCalciumMethod', methodText(food.calcium, food, 'calcium', i18n, nameOf))}</li>
          )}
          {food.serving && (
            <li>
              {t('cardServing', servingLabel(food.serving, i18n))} — {cite(food.serving.source)}
              {food.serving.conversion ? `; ${food.serving.conversion.text}` : ''}
            </li>
          )}
        </ul>
      </details>
      <details class="sources">
        <summary>{t('cardSources', n(allSources.length))}</summary>
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
      {onAddToList && (
        <button type="button" class="add-to-list" data-action="add-to-list" onClick={onAddToList}>
          {t('cardAddToList')}
        </button>
      )}
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
