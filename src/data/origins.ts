/**
 * Where a K2 value comes from, for counting independent sources (DOM-free).
 *
 * The origins of a row are the primary sources its value comes from:
 * - a composition table's row: the table; the CIQUAL editions (2020, 2025) are
 *   one table ("ciqual");
 * - a study's row, read in the study or as another page reports it: the study
 *   (its source id);
 * - a compilation's row (K2viewer, "their reference(s) 1; 5"): each study it
 *   cites, named through K2viewer's reference list (sources.csv notes) and, when
 *   the study is one of our sources (same first author and year), by that
 *   source's id ("7 Kamao M, J Nutr Sci Vitaminol 2007" → kamao-2007); a study
 *   that is not one of ours is keyed by first author and year ("9 Schurgers LJ,
 *   Haemostasis (2000)" → schurgers-2000); a compilation row citing nothing is
 *   the compilation itself.
 * - NEVO 2023 does not say where its K2 values come from, and many of them
 *   equal Vermeer 2018 and Schurgers 2000 numbers (sources.csv): a NEVO row
 *   never counts as independent of those two studies, so its origins include
 *   them.
 *
 * A compilation or NEVO row that reproduces another source's row of the same
 * food is the same measurement: a compilation row cites that source, a NEVO row
 * (which cites nothing) may repeat any source, a compilation's included; and
 * the value is the same within rounding (the same total, or for a row of some
 * forms only, the same value of each of those forms; zeros, "not detected",
 * are no sign of one measurement).
 * It takes the primary row's origins, and the estimate does not count its value
 * twice.
 */
import { k2viewerReferences } from './citation';
import type { K2Row, MkValues, Source } from './types';

/** Sources whose values may repeat other studies without saying so: the studies they are never independent of. */
export const NOT_INDEPENDENT_OF: Readonly<Record<string, readonly string[]>> = {
  'nevo-2023': ['vermeer-2018', 'schurgers-2000'],
};

/** The table a row of one edition of a composition table counts as ("ciqual-2025" → "ciqual"). */
export function tableOf(source: string): string {
  return source.replace(/^(ciqual)-\d{4}$/, '$1');
}

/** Lower-case first author and year of a citation ("Kamao M, J Nutr Sci Vitaminol 2007" → "kamao-2007"). */
export function authorYear(citation: string, year?: number): string | undefined {
  const author = citation
    .trim()
    .match(/^(\p{L}[\p{L}'-]*)/u)?.[1]
    ?.toLowerCase();
  const y = year ?? Number(citation.match(/\b(19|20)\d{2}\b(?!.*\b(19|20)\d{2}\b)/)?.[0]);
  if (!author || !y) return undefined;
  return `${author}-${y}`;
}

/** The reference numbers a compilation row cites ("their reference(s) 9; 7; 4" → ["9", "7", "4"]). */
export function citedNumbers(ref: string): string[] {
  const nums = ref.match(/reference\(s\)\s*([\d;\s]+)/)?.[1];
  return nums ? nums.split(/[;\s]+/).filter(Boolean) : [];
}

/**
 * The function naming a compilation's cited references as origins: our source
 * id when the study is one of ours, else its first author and year, else
 * "k2viewer#n".
 */
export function referenceOrigins(sources: readonly Source[]): (source: string, n: string) => string {
  const ours = new Map<string, string>();
  for (const s of sources) {
    if (s.kind !== 'study') continue;
    const key = authorYear(s.citation, s.year);
    if (key) ours.set(key, s.id);
  }
  const refs = k2viewerReferences(sources.find((s) => s.id === 'k2viewer'));
  return (source, n) => {
    const cited = source === 'k2viewer' ? refs.get(n) : undefined;
    const key = cited ? authorYear(cited) : undefined;
    if (!key) return `${source}#${n}`;
    return ours.get(key) ?? key;
  };
}

/** The origins of one row, before reproductions are found (see the module comment). */
export function rowOrigins(
  row: Pick<K2Row, 'source' | 'ref' | 'evidence'>,
  reference: (source: string, n: string) => string,
): string[] {
  if (row.evidence === 'compilation') {
    const nums = citedNumbers(row.ref);
    if (nums.length === 0) return [row.source];
    return [...new Set(nums.map((n) => reference(row.source, n)))].sort();
  }
  const own = row.evidence === 'table' ? tableOf(row.source) : row.source;
  return [...new Set([own, ...(NOT_INDEPENDENT_OF[row.source] ?? [])])].sort();
}

/**
 * Two published values equal within rounding: the rows give µg per 100 g to
 * 0.1 at most, so values 0.1 apart or less may be one number rounded twice
 * (939 and 939.0; not 941 and 939, nor 1.0 and 0.68).
 */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 + 1e-9;
}

/** The forms a row reports, as [form, value] pairs. */
function forms(mk: MkValues): [string, number][] {
  return Object.entries(mk).filter((e): e is [string, number] => e[1] !== undefined);
}

/**
 * Whether row `copy` gives the same value as row `primary`: the same total or
 * range midpoint; or, when `primary` reports some forms only, the same value of
 * each of those forms.
 */
export function sameMeasurement(copy: K2Row, primary: K2Row): boolean {
  if (primary.kind === 'partial') {
    const wanted = forms(primary.mk);
    if (wanted.length === 0) return false;
    if (wanted.every(([, v]) => v === 0)) return false;
    return wanted.every(([form, v]) => {
      const other = copy.mk[form as keyof MkValues];
      return other !== undefined && sameValue(other, v);
    });
  }
  if (primary.value === undefined || copy.value === undefined || copy.kind === 'partial') return false;
  // Two zeros ("not detected" twice) are no sign of one measurement.
  if (primary.value === 0) return false;
  return sameValue(copy.value, primary.value);
}

/**
 * Sets `origins` on each row of one food, and `reproduces` on a compilation or
 * NEVO row that is the same measurement as a primary source's row (which gives
 * it that row's origins).
 */
export function assignOrigins(rows: K2Row[], reference: (source: string, n: string) => string): void {
  for (const row of rows) row.origins = rowOrigins(row, reference);
  for (const copy of rows) {
    const unstated = copy.source in NOT_INDEPENDENT_OF;
    if (copy.evidence !== 'compilation' && !unstated) continue;
    // A compilation row reproduces a row of a source it cites; a NEVO row (which cites nothing) any other
    // source's row, a compilation's included.
    const primary = rows.find(
      (p) =>
        p !== copy &&
        p.source !== copy.source &&
        !(p.source in NOT_INDEPENDENT_OF) &&
        (unstated ? true : p.evidence !== 'compilation' && copy.origins?.includes(p.source)) &&
        sameMeasurement(copy, p),
    );
    if (!primary) continue;
    copy.reproduces = { source: primary.source, name: primary.name };
    copy.origins = [...new Set([...(copy.origins ?? []), ...(primary.origins ?? [])])].sort();
  }
}
