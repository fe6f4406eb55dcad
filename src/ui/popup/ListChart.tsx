/**
 * A small bar chart of each counted item's share of the user's daily targets:
 * one bar for K2 and one for calcium per item, a dashed line at 100 %.
 *
 * Plain Preact + SVG: a few rectangles and labels need no chart library, which
 * would add tens of kilobytes to the toolbar window for nothing it draws
 * better. The scale is linear from 0 to the largest share (at least 100 %),
 * so items stay comparable with one another and with the target line. The
 * chart is one image for assistive technology (role="img") whose label gives
 * every number; the same numbers are written next to the bars and in the list.
 */
import type { I18n } from '../../i18n/core';
import { formatPercent } from '../../nutrition/format';
import type { ItemValues } from './list-model';

const WIDTH = 356;
const LABEL_H = 16;
const BAR_H = 9;
const GAP = 2;
const ROW_H = LABEL_H + 2 * BAR_H + GAP + 8;
/** Room on the right for a bar's percentage. */
const TEXT_W = 52;

export interface ChartRow {
  /** The item's label (food name and grams). */
  label: string;
  k2: number;
  calcium: number;
}

export function chartRows(items: readonly ItemValues[], label: (item: ItemValues) => string): ChartRow[] {
  return items
    .filter((i) => i.k2Share !== undefined && i.calciumShare !== undefined)
    .map((i) => ({ label: label(i), k2: i.k2Share as number, calcium: i.calciumShare as number }));
}

/** The chart's accessible name: the targets and every item's two shares. */
export function chartLabel(
  rows: readonly ChartRow[],
  targets: { k2: string; calcium: string },
  i18n: I18n,
): string {
  const pct = (n: number) => formatPercent(n, i18n.locale);
  const items = rows.map((r) => i18n.t('popupListChartItem', r.label, pct(r.k2), pct(r.calcium))).join('; ');
  return i18n.t('popupListChartLabel', targets.k2, targets.calcium, items);
}

export function ListChart({
  rows,
  targets,
  i18n,
}: {
  rows: readonly ChartRow[];
  /** The daily targets as text ("90 µg", "950 mg"). */
  targets: { k2: string; calcium: string };
  i18n: I18n;
}) {
  if (rows.length === 0) return null;
  const max = Math.max(100, ...rows.flatMap((r) => [r.k2, r.calcium]));
  const span = WIDTH - TEXT_W;
  const x = (pct: number) => (Math.max(0, pct) / max) * span;
  const height = rows.length * ROW_H;
  const pct = (n: number) => formatPercent(n, i18n.locale);
  return (
    <figure class="list-chart">
      <figcaption>
        {i18n.t('popupListChartTitle')}{' '}
        <span class="legend">
          <span class="key k2" aria-hidden="true" /> {i18n.t('nutrientK2')} ({targets.k2}){' '}
          <span class="key calcium" aria-hidden="true" /> {i18n.t('nutrientCalcium')} ({targets.calcium})
        </span>
      </figcaption>
      <svg
        role="img"
        aria-label={chartLabel(rows, targets, i18n)}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        data-testid="list-chart"
      >
        {rows.map((r, i) => {
          const top = i * ROW_H;
          return (
            <g key={`${i}|${r.label}`} data-row={i}>
              <text x={0} y={top + LABEL_H - 4} class="label">
                {r.label}
              </text>
              <rect class="bar k2" x={0} y={top + LABEL_H} width={x(r.k2)} height={BAR_H} rx={2} />
              <text x={x(r.k2) + 4} y={top + LABEL_H + BAR_H - 1} class="value">
                {pct(r.k2)}
              </text>
              <rect
                class="bar calcium"
                x={0}
                y={top + LABEL_H + BAR_H + GAP}
                width={x(r.calcium)}
                height={BAR_H}
                rx={2}
              />
              <text x={x(r.calcium) + 4} y={top + LABEL_H + 2 * BAR_H + GAP - 1} class="value">
                {pct(r.calcium)}
              </text>
            </g>
          );
        })}
        <line class="target" x1={x(100)} x2={x(100)} y1={0} y2={height} data-testid="target-line" />
      </svg>
    </figure>
  );
}
