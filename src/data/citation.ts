/**
 * Short citations for the UI ("Walther & Schmidt 2021", "CIQUAL 2025") and the
 * studies behind a K2viewer row, read from the numbered reference list that
 * sources.csv records for K2viewer (indicative, as that note says). DOM-free.
 */
import type { K2Row, Source } from './types';

const TABLE_NAMES: Record<string, string> = {
  'ciqual-2020': 'CIQUAL 2020',
  'ciqual-2025': 'CIQUAL 2025',
  'usda-sr26': 'USDA SR26',
  'nevo-2023': 'NEVO 2023',
  'off-taxonomy': 'Open Food Facts',
  k2viewer: 'K2viewer',
};

/** "Walther B, Schmidt R. Title…" → "Walther & Schmidt 2021"; three or more authors → "Vermeer et al. 2018". */
/** Institutions that author opinions and regulations, by source id prefix. */
const BODIES: [RegExp, string][] = [
  [/^efsa-/, 'EFSA'],
  [/^iom-/, 'US IOM'],
  [/^fda-/, 'US FDA'],
];

export function shortCitation(source: Source): string {
  const known = TABLE_NAMES[source.id];
  if (known) return known;
  const body = BODIES.find(([re]) => re.test(source.id))?.[1];
  if (body) return `${body}${source.year ? ` ${source.year}` : ''}`;
  const authors = source.citation.split('.')[0] ?? source.citation;
  const names = authors
    .split(',')
    .map((a) => a.trim().split(/\s+/)[0] ?? '')
    .filter((n) => /^\p{Lu}/u.test(n));
  const year = source.year ? ` ${source.year}` : '';
  if (names.length === 0) return `${source.citation.slice(0, 40)}${year}`;
  if (authors.includes('et al') || names.length > 2) return `${names[0]} et al.${year}`;
  return `${names.join(' & ')}${year}`;
}

/** K2viewer's numbered references as its page lists them: number → "Dunlop E, Food Chem 2022". */
export function k2viewerReferences(k2viewer: Source | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const list = k2viewer?.notes.split('as its page lists them:')[1]?.split('. The numbering')[0];
  if (!list) return out;
  for (const part of list.split(';')) {
    const m = part.trim().match(/^(\d+)\s+(.+)$/);
    if (m?.[1] && m[2]) out.set(m[1], m[2].trim());
  }
  return out;
}

/** The studies a compiled row cites ("their reference(s) 9; 7" → names), or [] for other rows. */
export function rowStudies(row: Pick<K2Row, 'ref'>, references: Map<string, string>): string[] {
  const nums = row.ref.match(/reference\(s\)\s*([\d;\s]+)/)?.[1];
  if (!nums) return [];
  return nums
    .split(/[;\s]+/)
    .filter(Boolean)
    .map((n) => references.get(n) ?? `reference ${n}`);
}
