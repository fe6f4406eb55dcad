/**
 * A small bar chart: each item's share of a target (K2 or calcium over some
 * days), one bar per item, drawn in SVG. Accessible: the chart is an image
 * with a label, and every number is also in the text next to it. Plain SVG
 * rather than a chart library: a handful of rectangles, no axis, no
 * animation — a library would weigh more than the whole card.
 */

export interface ShareBar {
  key: string;
  label: string;
  /** Share of the target, in percent (may pass 100). */
  percent: number;
}

export interface ShareBarsProps {
  bars: readonly ShareBar[];
  /** What the chart shows, for screen readers ("K2: share of your target over 7 days"). */
  title: string;
  /** How a percentage is written ("12 %"). */
  format: (percent: number) => string;
}

const ROW = 18;
const LABEL_W = 130;
const BAR_W = 150;

export function ShareBars({ bars, title, format }: ShareBarsProps) {
  const height = bars.length * ROW + 4;
  const max = Math.max(100, ...bars.map((b) => b.percent));
  const summary = `${title}: ${bars.map((b) => `${b.label} ${format(b.percent)}`).join(', ')}`;
  return (
    <figure class="share-bars">
      <svg
        role="img"
        aria-label={summary}
        width={LABEL_W + BAR_W + 60}
        height={height}
        viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`}
      >
        <title>{summary}</title>
        {bars.map((b, i) => {
          const y = i * ROW + 2;
          const w = Math.max(1, Math.round((Math.min(b.percent, max) / max) * BAR_W));
          return (
            <g key={b.key} data-key={b.key}>
              <text x={0} y={y + 12} class="bar-label">
                {b.label.length > 20 ? `${b.label.slice(0, 19)}…` : b.label}
              </text>
              <rect x={LABEL_W} y={y + 2} width={w} height={ROW - 6} rx={3} class="bar" />
              <text x={LABEL_W + w + 4} y={y + 12} class="bar-value">
                {format(b.percent)}
              </text>
            </g>
          );
        })}
        {max > 100 && (
          <line
            x1={LABEL_W + Math.round((100 / max) * BAR_W)}
            x2={LABEL_W + Math.round((100 / max) * BAR_W)}
            y1={0}
            y2={height}
            class="target"
          />
        )}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

export const SHARE_BARS_CSS = `
.share-bars { margin: 6px 0; }
.share-bars figcaption { font-size: 11px; opacity: 0.75; }
.share-bars .bar { fill: #6ab187; }
.share-bars .bar-label, .share-bars .bar-value { font: 11px system-ui, sans-serif; fill: currentColor; }
.share-bars .target { stroke: #a33; stroke-dasharray: 2 2; }
`;
