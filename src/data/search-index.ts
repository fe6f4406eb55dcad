/**
 * Food search for the popup (DOM-free): every name and alias of every food in
 * all languages and scripts, matched as-you-type by prefix, across scripts
 * (kashkaval → кашкавал, гауда → Gouda, natto → なっとう, see
 * ./transliterate.ts) and with typos tolerated ("gruyer", "camembret",
 * "kimchee"). Built once; a query scans the folded terms with cheap prefix
 * tests, then length and character-set filters before any edit distance.
 *
 * Ranking, best first:
 * 1. exact matches of a name;
 * 2. prefix matches of a name;
 * 3. a later word of a name ("mozz" in "buffalo mozzarella") or every word of
 *    the query in any order ("kaas leidse");
 * 4. typo-tolerant matches: spelling variants across transliterations
 *    ("motsarella" ~ "mozzarella") first, then one typo, then two.
 * Within each: a match in the name's own script before one through its Latin
 * spelling, then names in the user's languages (and names used in every
 * language, like Gouda and Skyr), then the food's own name over its aliases,
 * then the shorter name and the food id. An exact word of another language
 * goes before a prefix in the user's: "queso" is cheese for a German user
 * too, before "queso añejo".
 * A typo-tolerant match never outranks another; queries of four letters or
 * less tolerate no typo but a swap of two neighbouring letters; a typo is
 * only tolerated in a word of five letters or more (two in one of seven or
 * more) and never in its first letter ("skyr" does not find the Czech "sýr").
 */
import { foldForSearch } from '../match/text-norm';
import { looseSpelling, romanize } from './transliterate';
import type { Food } from './types';

/** A name with the languages it is a word of (none: a name used in every language). */
export interface SearchAlias {
  text: string;
  langs?: readonly string[];
}

/** Extra names per food id (e.g. the matcher's lexicon); a plain string is a name in every language. */
export type SearchAliases = ReadonlyMap<string, readonly (string | SearchAlias)[]>;

export interface IndexedTerm {
  foodId: string;
  /** Folded term ("emmentaler", "кашкавал"). */
  term: string;
  /** Its Latin spelling when it is written in another script ("kashkaval"); see ./transliterate.ts. */
  latin?: string;
  /** The name as written ("Emmentaler"). */
  display: string;
  /** 0: the food's own name (in English or in one of the languages of the dataset); 1: an alias. */
  rank: number;
  /** The languages it is a word of (primary subtags); undefined: every language. */
  langs?: readonly string[];
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

export interface SearchOptions {
  /** At most this many hits (20 by default). */
  limit?: number;
  /** The user's languages (primary subtags, e.g. the UI language and the browser's): their names first. */
  languages?: readonly string[];
}

/** Languages the dataset (Open Food Facts) writes "in every language". */
const EVERY_LANGUAGE = new Set(['xx', '*']);

/** Builds the index from the foods' names (by language) plus extra names per food id. */
export function buildSearchIndex(foods: readonly Food[], aliases: SearchAliases = new Map()): SearchIndex {
  const terms: IndexedTerm[] = [];
  for (const food of foods) {
    const byTerm = new Map<string, IndexedTerm>();
    const add = (display: string, rank: number, langs: readonly string[] | undefined) => {
      const term = foldForSearch(display);
      if (!term) return;
      // One entry per name as written (up to case): "masło" (pl) and "máslo" (cs) fold alike but each
      // shows as its own language writes it.
      const key = `${term}|${display.toLowerCase()}`;
      const seen = byTerm.get(key);
      if (seen) {
        seen.rank = Math.min(seen.rank, rank);
        if (!seen.langs || !langs) delete seen.langs;
        else seen.langs = [...new Set([...seen.langs, ...langs])];
        return;
      }
      const t: IndexedTerm = { foodId: food.id, term, display, rank, ...(langs ? { langs } : {}) };
      const latin = romanize(term);
      if (latin !== undefined && latin !== term) t.latin = latin;
      byTerm.set(key, t);
      terms.push(t);
    };
    add(food.name, 0, ['en']);
    for (const [lang, list] of Object.entries(food.names)) {
      const langs = EVERY_LANGUAGE.has(lang) ? undefined : [lang];
      for (const [i, name] of list.entries()) add(name, i === 0 ? 0 : 1, langs);
    }
    for (const alias of aliases.get(food.id) ?? []) {
      if (typeof alias === 'string') add(alias, 1, undefined);
      else
        add(
          alias.text,
          1,
          alias.langs?.filter((l) => !EVERY_LANGUAGE.has(l)).length ? alias.langs : undefined,
        );
    }
  }
  return { terms, foods: new Map(foods.map((f) => [f.id, f])) };
}

/**
 * The primary language subtags of the user's languages, deduplicated, in
 * order ("de-AT", "en-GB", "de" → de, en); Norwegian "nb" and "nn" also as "no".
 */
export function userLanguages(tags: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
    if (!primary || !/^[a-z]{2,3}$/.test(primary)) continue;
    for (const l of primary === 'nb' || primary === 'nn' ? [primary, 'no'] : [primary])
      if (!out.includes(l)) out.push(l);
  }
  return out.slice(0, 8);
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

/**
 * Typos tolerated in a query of this many letters (of its loose spelling, see
 * ./transliterate.ts): none up to 4 letters (only a swap of two neighbouring
 * letters), 1 up to 7, then 2.
 */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  return length <= 7 ? 1 : 2;
}

/** Shortest word a typo is tolerated in (and 7 letters for two typos): short words are too close to each other. */
const TYPO_MIN_WORD = 5;
const TWO_TYPOS_MIN_WORD = 7;
/** Shortest query the typo-tolerant step runs for. */
const FUZZY_MIN_QUERY = 4;

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

/** Whether `a` is `b` with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Per index, built on its first typo-tolerant search: what that step compares
 * with (the loose spelling of the term, then of each of its words), their
 * char sets and the length of their Latin spelling; none for a term without
 * a Latin spelling.
 */
interface TypoTargets {
  texts: string[][];
  sets: number[][];
  lengths: number[][];
}

const typoTargets = new WeakMap<SearchIndex, TypoTargets>();

function targetsOf(index: SearchIndex): TypoTargets {
  let t = typoTargets.get(index);
  if (!t) {
    const spelled = index.terms.map(({ term, latin }) => {
      const s = latin ?? (romanize(term) === term ? term : undefined);
      if (s === undefined) return [];
      return s.includes(' ') ? [s, ...s.split(' ')] : [s];
    });
    const texts = spelled.map((list) => list.map(looseSpelling));
    t = {
      texts,
      sets: texts.map((list) => list.map(charSet)),
      lengths: spelled.map((l) => l.map((s) => s.length)),
    };
    typoTargets.set(index, t);
  }
  return t;
}

/** The least score of an exact match and of a prefix match (through a Latin spelling: 95 and 75). */
const EXACT_MIN = 95;
const PREFIX_MIN = 75;

/** Match quality without typos: exact 100, prefix of the term 80, prefix of a later word 60; 0 for none. */
function prefixScore(term: string, q: string, spaceQ: string): number {
  if (term.startsWith(q)) return term.length === q.length ? 100 : 80;
  return term.includes(spaceQ) ? 60 : 0;
}

/** Whether every word of a query of several words begins a word of the term ("kaas leidse" in "leidse kaas"). */
function allWords(term: string, words: readonly string[]): boolean {
  // Cheap test first: each word somewhere in the term (no allocation).
  for (const w of words) if (!term.includes(w)) return false;
  const own = term.split(' ');
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

interface Candidate extends IndexHit {
  /**
   * 0: exact, 1: prefix of a name, 2: a later word or every word of the
   * query, 3 + typos: typo-tolerant.
   */
  group: number;
  rank: number;
  inLanguage: boolean;
}

/** Best first: group, score (own script over Latin spelling), user's language, own name, shorter name, food id. */
function compare(a: Candidate, b: Candidate): number {
  return (
    a.group - b.group ||
    b.score - a.score ||
    Number(b.inLanguage) - Number(a.inLanguage) ||
    a.rank - b.rank ||
    a.matched.length - b.matched.length ||
    (a.foodId < b.foodId ? -1 : a.foodId > b.foodId ? 1 : 0)
  );
}

/**
 * Searches the index. Scores: exact 100, prefix of a name 80, prefix of a
 * later word 60, every word of the query 50; the same through the Latin
 * spelling of a name in another script 5 less (kashkaval → кашкавал 95);
 * typo-tolerant 40 − 10 × typos (a spelling variant across transliterations,
 * "motsarella" ~ "mozzarella", has none). See the module comment for the order.
 */
export function searchIndex(
  index: SearchIndex,
  query: string,
  options: number | SearchOptions = {},
): IndexHit[] {
  const { limit = 20, languages = [] } = typeof options === 'number' ? { limit: options } : options;
  const q = foldForSearch(query);
  if (!q) return [];
  const qLatin = romanize(q);
  // A query in another script is also compared with the Latin spelling of every name; a Latin query with
  // the Latin spelling of the names in other scripts.
  const crossQ = qLatin !== undefined && qLatin !== q ? qLatin : undefined;
  const spaceQ = ` ${q}`;
  const spaceCross = crossQ ? ` ${crossQ}` : '';
  const words = q.includes(' ') ? q.split(' ') : undefined;
  const crossWords = words && crossQ ? crossQ.split(' ') : undefined;
  const qLoose = qLatin !== undefined ? looseSpelling(qLatin) : '';
  // Its length as the loose spelling: "natto" (nato) tolerates no typo, as "nato" would not.
  const qLength = qLoose.length;
  const fuzzy = qLength >= FUZZY_MIN_QUERY;
  const typos = allowedTypos(qLength);
  const targets = fuzzy ? targetsOf(index) : undefined;
  const qSet = charSet(qLoose);
  const q0 = qLoose.charCodeAt(0);
  const wanted = new Set(languages);

  const best = new Map<string, Candidate>();
  const consider = (t: IndexedTerm, score: number, typos: number) => {
    const c: Candidate = {
      foodId: t.foodId,
      matched: t.display,
      score,
      rank: t.rank,
      inLanguage: !t.langs || t.langs.some((l) => wanted.has(l)),
      group: typos >= 0 ? 3 + typos : score >= EXACT_MIN ? 0 : score >= PREFIX_MIN ? 1 : 2,
    };
    const prev = best.get(t.foodId);
    if (!prev || compare(c, prev) < 0) best.set(t.foodId, c);
  };

  for (let k = 0; k < index.terms.length; k++) {
    const t = index.terms[k] as IndexedTerm;
    let score = prefixScore(t.term, q, spaceQ);
    if (crossQ !== undefined) score = Math.max(score, prefixScore(t.latin ?? t.term, crossQ, spaceCross) - 5);
    else if (t.latin !== undefined) score = Math.max(score, prefixScore(t.latin, q, spaceQ) - 5);
    if (score === 0 && words) {
      if (allWords(t.term, words)) score = 50;
      else if (crossWords ? allWords(t.latin ?? t.term, crossWords) : t.latin && allWords(t.latin, words))
        score = 45;
    }
    if (score > 0) {
      consider(t, score, -1);
      continue;
    }
    if (!targets) continue;
    // Typo-tolerant: the loose spelling of the query against that of the term's start (as long as the
    // query), the term and each of its words.
    const candidates = targets.texts[k] as string[];
    const sets = targets.sets[k] as number[];
    const lengths = targets.lengths[k] as number[];
    let bestTypos = Number.POSITIVE_INFINITY;
    for (let j = 0; j < candidates.length && bestTypos > 0; j++) {
      const c = candidates[j] as string;
      // A typo is never in the first letter ("natto" is not "anthotyro"): the cheapest filter first.
      const length = lengths[j] as number;
      if (c.charCodeAt(0) !== q0 || length < FUZZY_MIN_QUERY || c.length + typos < qLoose.length) continue;
      const max = length >= TWO_TYPOS_MIN_WORD ? typos : length >= TYPO_MIN_WORD ? Math.min(typos, 1) : 0;
      // Each character of the query missing from `c` (and so from any part of it) costs an edit.
      const missing = bitCount(qSet & ~(sets[j] as number));
      if (missing > Math.max(max, 0)) continue;
      const start = c.slice(0, qLoose.length);
      if (start === qLoose) {
        bestTypos = 0;
        break;
      }
      if (max === 0) {
        // Four letters: only two neighbouring letters swapped, in a word of four letters or more.
        if (qLength === FUZZY_MIN_QUERY && isSwap(qLoose, start)) bestTypos = Math.min(bestTypos, 1);
        continue;
      }
      let d = editDistance(qLoose, start, max);
      if (d > 1)
        d = Math.min(d, editDistance(qLoose, c.slice(0, Math.min(c.length, qLoose.length + 1)), max));
      if (d > 1) d = Math.min(d, editDistance(qLoose, c, max));
      if (d <= max && d < bestTypos) bestTypos = d;
    }
    if (bestTypos !== Number.POSITIVE_INFINITY) consider(t, 40 - 10 * bestTypos, bestTypos);
  }
  return [...best.values()]
    .sort(compare)
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
