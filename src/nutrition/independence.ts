/**
 * Which of a food's rows are independent sources, and whether its sources
 * disagree (DOM-free; the method is in ./estimate.ts): rows that share an
 * origin (src/data/origins.ts) are one source, and the values compared for a
 * disagreement come from different groups of linked rows.
 */
import { tableOf } from '../data/origins';
import type { DisagreeingValue, Disagreement, Independence, K2Row, SourceKind } from '../data/types';

/**
 * The source a row counts as for confidence: editions of one composition table
 * ("ciqual-2020", "ciqual-2025") are one source.
 */
export function independentSource(source: string): string {
  return tableOf(source);
}

/**
 * The origins of a row (src/data/origins.ts): the ones the compile step set,
 * else (rows built by hand) the table, or for a compilation row each study it
 * cites by number ("k2viewer#1").
 */
export function originsOf(row: { source: string; ref?: string; origins?: readonly string[] }): string[] {
  if (row.origins && row.origins.length > 0) return [...row.origins];
  const refs = row.ref?.match(/reference\(s\)\s*([\d;\s]+)/);
  if (refs?.[1])
    return refs[1]
      .split(/[;\s]+/)
      .filter(Boolean)
      .map((n) => `${row.source}#${n}`);
  return [independentSource(row.source)];
}

/** Distinct origins behind rows (sorted). */
export function evidenceUnits(
  rows: readonly { source: string; ref?: string; origins?: readonly string[] }[],
): string[] {
  return [...new Set(rows.flatMap((r) => originsOf(r)))].sort();
}

/**
 * Rows grouped by shared origin: two rows are in one group when they share an
 * origin, directly or through other rows of the list. Groups are independent
 * of each other.
 */
export function sourceGroups<R extends { source: string; ref?: string; origins?: readonly string[] }>(
  rows: readonly R[],
): R[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const byOrigin = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const o of originsOf(row)) {
      const j = byOrigin.get(o);
      if (j === undefined) byOrigin.set(o, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, R[]>();
  rows.forEach((row, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(row);
    groups.set(root, list);
  });
  return [...groups.values()];
}

function kindOfRow(row: { evidence?: string }): SourceKind {
  if (row.evidence === undefined || row.evidence === 'table') return 'table';
  return row.evidence === 'compilation' ? 'compilation' : 'study';
}

/**
 * How many independent sources rows come from, and their kind when it is one:
 * `table` when every row is a table's; `study` when every origin is one study
 * (read in it, reported elsewhere, or the one study compilation rows cite);
 * `compilation` when compilation rows cite several studies; else `mixed`.
 */
export function independenceOf(
  rows: readonly { source: string; ref?: string; origins?: readonly string[]; evidence?: string }[],
): Independence {
  const count = sourceGroups(rows).length;
  const kinds = new Set(rows.map(kindOfRow));
  let kind: SourceKind = kinds.size === 1 ? ([...kinds][0] as SourceKind) : 'mixed';
  if (kind !== 'table' && !kinds.has('table') && count === 1 && evidenceUnits(rows).length === 1)
    kind = 'study';
  return { count, kind };
}
/** A point value of one source is more than this many times another source's… */
export const DISAGREEMENT_RATIO = 2;
/** …and at least this many µg/100 g above it. */
export const DISAGREEMENT_MIN_DIFFERENCE = 5;

/**
 * Whether the sources of a food disagree (see the method above): `points` are
 * the rows making its value, `rows` all its rows (for the "< LOQ" ones).
 */
export function disagreementOf(rows: readonly K2Row[], points: readonly K2Row[]): Disagreement | undefined {
  const pointRows = points.filter((r) => r.kind !== 'partial' && r.value !== undefined);
  if (pointRows.length === 0) return undefined;
  const below = rows.filter((r) => r.kind === 'below' && r.max !== undefined);
  const groups = sourceGroups([...pointRows, ...below]);
  const groupOf = new Map<K2Row, number>();
  groups.forEach((g, i) => {
    for (const r of g) groupOf.set(r, i);
  });
  const rules = new Set<'ratio' | 'below-limit'>();
  for (const a of pointRows) {
    for (const b of pointRows) {
      if (groupOf.get(a) === groupOf.get(b)) continue;
      const hi = a.value as number;
      const lo = b.value as number;
      if (hi > DISAGREEMENT_RATIO * lo && hi - lo >= DISAGREEMENT_MIN_DIFFERENCE) rules.add('ratio');
    }
    for (const l of below) {
      if (groupOf.get(a) !== groupOf.get(l) && (a.value as number) > (l.max as number))
        rules.add('below-limit');
    }
  }
  if (rules.size === 0) return undefined;
  const pointValues = pointRows.map((r) => r.value as number);
  const minPoint = Math.min(...pointValues);
  const limits = below.map((r) => r.max as number);
  const minLimit = limits.length > 0 ? Math.min(...limits) : Number.POSITIVE_INFINITY;
  const values: DisagreeingValue[] = [...pointRows, ...below]
    .map(
      (r): DisagreeingValue => ({
        source: r.source,
        name: r.name,
        ref: r.ref,
        ...(r.kind === 'below' ? { below: r.max as number } : { value: r.value as number }),
      }),
    )
    .sort((x, y) => (x.value ?? x.below ?? 0) - (y.value ?? y.below ?? 0));
  return {
    rules: (['ratio', 'below-limit'] as const).filter((r) => rules.has(r)),
    values,
    low: Math.min(minPoint, minLimit),
    lowIsLimit: minLimit < minPoint,
    high: Math.max(...pointValues),
  };
}
