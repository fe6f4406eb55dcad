/**
 * Food search for the popup (DOM-free): every name and alias of every food in
 * all languages, matched as-you-type by prefix and with typos tolerated
 * ("gruyer", "emmentaler", "kimchee"). Built once; a query scans the folded
 * terms with cheap length and character-set filters before any edit distance.
 */
import type { Food } from './types';

const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };

/** Lower case, no diacritics, ß → ss, æ → ae, ø → o, œ → oe; punctuation and runs of space become one space. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøœłđı]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface IndexedTerm {
  foodId: string;
  /** Folded term ("emmentaler"). */
  term: string;
  /** The name as written ("Emmentaler"). */
  display: string;
  /** Position of the term among the food's names: its own English name first. */
  rank: number;
}

export interface SearchIndex {
  terms: IndexedTerm[];
  foods: Map<string, Food>;
}

export interface IndexHit {
  foodId: string;
  matched: string;
  score: number;
}

/** Builds the index from the foods' names plus extra aliases per food id (e.g. the matcher's lexicon). */
export function buildSearchIndex(
  foods: readonly Food[],
  aliases: ReadonlyMap<string, readonly string[]> = new Map(),
): SearchIndex {
  const terms: IndexedTerm[] = [];
  for (const food of foods) {
    const seen = new Set<string>();
    const names = [food.name, ...Object.values(food.names).flat(), ...(aliases.get(food.id) ?? [])];
    names.forEach((display, rank) => {
      const term = foldForSearch(display);
      if (!term || seen.has(term)) return;
      seen.add(term);
      terms.push({ foodId: food.id, term, display, rank: Math.min(rank, 1) });
    });
  }
  return { terms, foods: new Map(foods.map((f) => [f.id, f])) };
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance between `a` and `b`, giving up (returning
 * max + 1) as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  // Three reused rows (no allocation per call): two back, the previous one, the current one.
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

/** Typos allowed for a query of this length: none below 4 letters, 1 for 4–5, 2 from 6. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  return length < 6 ? 1 : 2;
}

/** The characters of a string as a 32-bit set (char code mod 32; collisions only make it coarser). */
function charSet(s: string): number {
  let set = 0;
  for (let i = 0; i < s.length; i++) set |= 1 << (s.charCodeAt(i) & 31);
  return set;
}

function bitCount(x: number): number {
  let v = x >>> 0;
  let n = 0;
  while (v !== 0) {
    v &= v - 1;
    n++;
  }
  return n;
}

/** Per index, built on its first search: what the typo step compares with (the term, then its words) and their char sets. */
interface TypoTargets {
  texts: string[][];
  sets: number[][];
}

const typoTargets = new WeakMap<SearchIndex, TypoTargets>();

function targetsOf(index: SearchIndex): TypoTargets {
  let t = typoTargets.get(index);
  if (!t) {
    const texts = index.terms.map(({ term }) => (term.includes(' ') ? [term, ...term.split(' ')] : [term]));
    t = { texts, sets: texts.map((list) => list.map(charSet)) };
    typoTargets.set(index, t);
  }
  return t;
}

/**
 * Scores: exact name 100, prefix of a name 80, prefix of a later word 60,
 * a typo within the query's length of a name or word 40 − 10 × typos; the
 * food's own name ranks above aliases at equal scores.
 */
export function searchIndex(index: SearchIndex, query: string, limit = 20): IndexHit[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const typos = allowedTypos(q.length);
  const targets = typos > 0 ? targetsOf(index) : undefined;
  const qSet = charSet(q);
  const best = new Map<string, IndexHit & { rank: number }>();
  const consider = (t: IndexedTerm, score: number) => {
    const prev = best.get(t.foodId);
    if (!prev || score > prev.score || (score === prev.score && t.rank < prev.rank)) {
      best.set(t.foodId, { foodId: t.foodId, matched: t.display, score, rank: t.rank });
    }
  };
  for (let k = 0; k < index.terms.length; k++) {
    const t = index.terms[k] as IndexedTerm;
    const term = t.term;
    if (term === q) {
      consider(t, 100);
      continue;
    }
    if (term.startsWith(q)) {
      consider(t, 80);
      continue;
    }
    const space = term.indexOf(' ');
    if (space >= 0 && term.includes(` ${q}`)) {
      consider(t, 60);
      continue;
    }
    if (!targets) continue;
    // Typo-tolerant: compare with the term's start (as long as the query) and with each word.
    const candidates = targets.texts[k] as string[];
    const sets = targets.sets[k] as number[];
    let bestTypos = typos + 1;
    for (let j = 0; j < candidates.length; j++) {
      const c = candidates[j] as string;
      if (c.length + typos < q.length) continue;
      // Each character of the query missing from `c` (and so from any part of it) costs an edit.
      if (bitCount(qSet & ~(sets[j] as number)) > typos) continue;
      // The least of three distances; an exact match was taken above, so 1 is as low as it gets.
      let d = editDistance(q, c.slice(0, q.length), typos);
      if (d > 1) d = Math.min(d, editDistance(q, c.slice(0, Math.min(c.length, q.length + 1)), typos));
      if (d > 1) d = Math.min(d, editDistance(q, c, typos));
      if (d < bestTypos) bestTypos = d;
      if (bestTypos === 1) break;
    }
    if (bestTypos <= typos) consider(t, 40 - 10 * bestTypos);
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.rank - b.rank ||
        a.matched.length - b.matched.length ||
        a.foodId.localeCompare(b.foodId),
    )
    .slice(0, limit)
    .map(({ foodId, matched, score }) => ({ foodId, matched, score }));
}

/** Foods of the same category, by K2 estimate, highest first. */
export function similarFoods(foods: readonly Food[], food: Food, limit = 5): Food[] {
  return foods
    .filter((f) => f.id !== food.id && f.category === food.category)
    .sort((a, b) => b.k2.central - a.k2.central || a.name.localeCompare(b.name))
    .slice(0, limit);
}
