/**
 * The benchmark's arithmetic and output (pure): medians, ratios, the budgets
 * and the readable table.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** A ratio; `lowerBound` when the numerator was cut short by a timeout (the true ratio is at least this). */
export interface Ratio {
  value: number;
  lowerBound: boolean;
}

export function ratio(numerator: number, denominator: number, lowerBound = false): Ratio {
  return { value: denominator > 0 ? numerator / denominator : Number.NaN, lowerBound };
}

export type Op = '<' | '<=' | '>=';

export interface Budget {
  id: string;
  /** What is measured, where. */
  label: string;
  /** Undefined when it could not be measured (then the budget is not met). */
  value: number | undefined;
  op: Op;
  limit: number;
  unit: string;
  /** The value is a lower bound (only meaningful with `>=`). */
  lowerBound?: boolean;
}

export interface BudgetResult extends Budget {
  met: boolean;
}

export function checkBudget(b: Budget): BudgetResult {
  const v = b.value;
  let met = false;
  if (v !== undefined && Number.isFinite(v)) {
    if (b.op === '<') met = v < b.limit;
    else if (b.op === '<=') met = v <= b.limit;
    // A lower bound proves `>=`; it can never disprove it, but unproven counts as not met.
    else met = v >= b.limit;
  }
  return { ...b, met };
}

/** The figures the budgets are read from. */
export interface BudgetInputs {
  scanWalk20k?: number;
  /** Scan/walk per recipe page of the corpus, median. */
  recipeScanWalkMedian?: number;
  /** From the 20,000-tile page's load event to its last badge, in a real load with the built extension. */
  allBadgesAfterLoadMs?: number;
  markjsScan2k?: Ratio;
  longestExtensionTaskMs?: number;
  appendMs?: number;
  searchWorstKeystrokeMs?: number;
  /** The toolbar window's first contentful paint after opening (median of several openings). */
  popupFirstPaintMs?: number;
  seedMs?: number;
  /** The matcher's set-up on a fresh page (first fold to first find), median of fresh pages. */
  matcherSetUpMs?: number;
}

export function budgets(x: BudgetInputs): BudgetResult[] {
  const list: Budget[] = [
    {
      id: 'scan/walk',
      label: 'scan/walk, 20,000 tiles',
      value: x.scanWalk20k,
      op: '<=',
      limit: 3,
      unit: '×',
    },
    {
      id: 'recipe scan/walk',
      label: 'scan/walk per recipe page, median',
      value: x.recipeScanWalkMedian,
      op: '<=',
      limit: 5,
      unit: '×',
    },
    {
      id: 'markjs/scan',
      label: 'markjs/scan, 2,000 tiles',
      value: x.markjsScan2k?.value,
      lowerBound: x.markjsScan2k?.lowerBound ?? false,
      op: '>=',
      limit: 1000,
      unit: '×',
    },
    {
      id: 'longest task',
      label: 'longest extension task, 20,000 tiles',
      value: x.longestExtensionTaskMs,
      op: '<',
      limit: 50,
      unit: 'ms',
    },
    { id: 'append', label: 'append 100 tiles → badges', value: x.appendMs, op: '<', limit: 50, unit: 'ms' },
    {
      id: 'all badges',
      label: 'all badges shown after the load event, 20,000 tiles (untraced)',
      value: x.allBadgesAfterLoadMs,
      op: '<=',
      limit: 2000,
      unit: 'ms',
    },
    {
      id: 'search',
      label: 'popup search, slowest keystroke',
      value: x.searchWorstKeystrokeMs,
      op: '<',
      limit: 5,
      unit: 'ms',
    },
    {
      id: 'popup paint',
      label: 'toolbar window, first paint',
      value: x.popupFirstPaintMs,
      op: '<',
      limit: 100,
      unit: 'ms',
    },
    { id: 'seed', label: 'dataset seeding (IndexedDB)', value: x.seedMs, op: '<', limit: 300, unit: 'ms' },
    {
      id: 'matcher set-up',
      label: 'matcher set-up per page',
      value: x.matcherSetUpMs,
      op: '<=',
      limit: 10,
      unit: 'ms',
    },
  ];
  return list.map(checkBudget);
}

/** A number for people: 3 significant figures, thousands separated. */
export function num(value: number | undefined, digits = 3): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const decimals = abs >= 10 ** digits ? 0 : Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

export function formatBudget(b: BudgetResult): string {
  const value = `${b.lowerBound ? '≥ ' : ''}${num(b.value)} ${b.unit}`;
  return `${b.met ? 'met    ' : 'NOT MET'}  ${b.label}: ${value} (budget ${b.op} ${num(b.limit)} ${b.unit})`;
}

/** A plain text table: the first row is the header; columns after the first are right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] as number) - [...cell].length);
        return i === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const out = rows.map(line);
  if (out.length > 1) out.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return out.join('\n');
}
