/**
 * The details of one food (what it says comes from card-model.ts): the basis of
 * K2 and of calcium, values per portion each with its own basis and range,
 * share of the user's daily targets, the sources' disagreement, a one-source
 * outlier, sourced notes, and every published value with its source and, where
 * they add up to its total, its menaquinone forms. Shown in the page tooltip
 * and in the popup's food detail.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { shortCitation } from '../data/citation';
import type { Food, Source } from '../data/types';
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import { formatNumber } from '../nutrition/format';
import { type DailyTargets, formatPercentRange, shareOfTargets } from '../nutrition/targets';
import { type BasisLine, cardModel, type PortionCells } from './card-model';
import { foodName, quoted, servingLabel } from './text';
import type { ShownCell } from './values';

export function doiOf(source: Source): string | undefined {
  const text = `${source.url} ${source.notes} ${source.citation}`;
  return text.match(/\b(10\.\d{4,9}\/[^\s;,)]+[^\s;,.)])/)?.[1];
}

/** One number of the table: the value, its mark right after it, then its range or the median. */
function Cell({ cell, pct }: { cell: ShownCell; pct?: string }) {
  return (
    <td data-basis={cell.basis} {...(cell.disagree ? { 'data-disagree': '' } : {})}>
      {cell.value}
      {cell.mark && <span class="est"> {cell.mark}</span>}
      {cell.range && <span class="range"> ({cell.range})</span>}
      {cell.median && <span class="range"> ({cell.median})</span>}
      {pct && <span class="pct"> · {pct}</span>}
    </td>
  );
}

function PortionRow({ row, targets, i18n }: { row: PortionCells; targets: DailyTargets; i18n: I18n }) {
  const share = shareOfTargets(row.portion, targets);
  return (
    <tr data-portion={row.kind}>
      <th scope="row">{row.kind === 'package' ? i18n.t('cardPackage', row.label) : row.label}</th>
      <Cell cell={row.k2} {...(share.k2 ? { pct: formatPercentRange(share.k2, i18n.locale).value } : {})} />
      <Cell
        cell={row.calcium}
        {...(share.calcium ? { pct: formatPercentRange(share.calcium, i18n.locale).value } : {})}
      />
    </tr>
  );
}

/** "Vitamin K2: Measured (2 independent sources): median of 4 published values (…)." */
function Basis({ line, i18n }: { line: BasisLine; i18n: I18n }) {
  const { t } = i18n;
  return (
    <p class={`basis basis-${line.nutrient} basis-${line.basis}`} data-nutrient={line.nutrient}>
      {`${t(line.nutrient === 'k2' ? 'nutrientK2' : 'nutrientCalcium')}${t('colon')} `}
      <span class="confidence">{line.label}</span>
      {`${t('colon')} ${line.method}`}
      {line.from.length > 0 && <span class="from"> ({line.from.join(', ')})</span>}.
    </p>
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
  /**
   * Shows an "Add to shopping list" button before the card's actions; a promise it returns says whether the
   * food was added (the card then says so).
   */
  onAddToList?: () => Promise<boolean> | void;
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
  const [added, setAdded] = useState<boolean | undefined>(undefined);
  const n = (v: number) => formatNumber(v, locale);
  const model = cardModel(food, i18n, sources, {
    ...(grams !== undefined ? { grams } : {}),
    gramsKind,
    names,
  });
  const k2 = food.k2;
  const cite = (id: string) => (sources[id] ? shortCitation(sources[id]) : id);
  const allSources = [
    ...new Set([
      ...k2.sources,
      ...food.calcium.sources,
      ...(food.serving ? [food.serving.source] : []),
      ...(food.notes ?? []).flatMap((note) => note.sources),
    ]),
  ];
  return (
    <div class="k2-card" data-food={food.id} lang={i18n.lang}>
      <header>
        <strong class="food-name">{foodName(food, i18n)}</strong>
        {matched && <span class="matched"> — {t('cardMatched', quoted(matched, i18n))}</span>}
      </header>
      <Basis line={model.k2} i18n={i18n} />
      <Basis line={model.calcium} i18n={i18n} />
      {model.disagreement && (
        <p class="disagreement" data-disagreement="">
          {model.disagreement}
        </p>
      )}
      {model.outlier && (
        <p class="outlier" data-outlier="">
          {model.outlier}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('cardPortion')}</th>
            <th scope="col">{t('nutrientK2')}</th>
            <th scope="col">{t('nutrientCalcium')}</th>
          </tr>
        </thead>
        <tbody>
          {model.portions.map((p) => (
            <PortionRow key={p.kind} row={p} targets={targets} i18n={i18n} />
          ))}
        </tbody>
      </table>
      <p class="targets-note">{t('cardTargetsNote', n(targets.k2), n(targets.calcium))}</p>
      {model.notes.map((note) => (
        <p class="note food-note" key={note.id} data-note={note.id}>
          {note.text}
          {note.cite && <span class="cite"> ({note.cite})</span>}
        </p>
      ))}
      <details class="evidence">
        <summary>
          {k2.rows.length > 0
            ? i18n.plural('cardEvidenceRows', k2.rows.length, n(k2.rows.length))
            : t('cardEvidenceNone', n(k2.measurements))}
        </summary>
        <ul>
          {model.evidence.map((e) => (
            <li key={e.key} data-source={e.row.source}>
              {`${e.text} — ${e.source}`}
              {e.studies.length > 0 && <span class="studies"> {t('cardCiting', e.studies.join('; '))}</span>}
              {e.forms && <span class="forms"> · {t('cardForms', e.forms)}</span>}
              {e.formsHidden && <span class="forms-hidden"> · {t('cardFormsHidden')}</span>}
              {e.reproduces && <span class="reproduces"> · {e.reproduces}</span>}
              {e.row.note && <span class="note"> [{e.row.note}]</span>}
            </li>
          ))}
          {food.calcium.rows.map((row) => (
            <li key={`ca|${row.source}|${row.code}`}>
              {t('cardCalciumRow', row.name, `${n(row.value)} mg`)} — {cite(row.source)} {row.code}
            </li>
          ))}
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
        <p class="add-to-list-row">
          <button
            type="button"
            class="add-to-list"
            data-action="add-to-list"
            disabled={added === true}
            onClick={async () => {
              const result = await onAddToList();
              if (typeof result === 'boolean') setAdded(result);
            }}
          >
            {t('cardAddToList')}
          </button>{' '}
          <span role="status">
            {added === true ? t('cardAddedToList') : added === false ? t('cardAddToListFailed') : ''}
          </span>
        </p>
      )}
      {children}
    </div>
  );
}

/** Styles of the card, shared by the popup and the page tooltip's shadow root. */
export const FOOD_CARD_CSS = `
.k2-card { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
.k2-card header { font-size: 14px; margin-bottom: 4px; }
.k2-card .matched, .k2-card .basis, .k2-card .targets-note, .k2-card .range, .k2-card .note, .k2-card .forms, .k2-card .forms-hidden, .k2-card .reproduces { opacity: 0.8; }
.k2-card .est { font-weight: 500; opacity: 0.75; }
.k2-card .disagreement, .k2-card .outlier { font-weight: 500; }
.k2-card .food-note { opacity: 1; border-left: 3px solid color-mix(in srgb, currentColor 35%, transparent); padding-left: 6px; }
.k2-card .basis-estimated .confidence, .k2-card .basis-below-loq .confidence, .k2-card .basis-lower-bound .confidence { font-style: italic; }
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
