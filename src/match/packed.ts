/**
 * The matcher in the form the build writes and a page loads as is: the
 * compiled lexicon and its automaton, packed by `npm run data`
 * (./build/build-matcher.ts) into src/match/generated/matcher.json. DOM-free.
 *
 * What is stored (figures for 8,300 patterns and 50,600 states):
 * - the trie, breadth-first: per state, how many patterns end there, and the
 *   columns of its children (one char each), with where each block of states
 *   starts (./trie.ts). A page reads a block when a scan first reaches one of
 *   its states; the transition table's rows, fail links and outputs are made
 *   as scans reach each state (./dfa.ts). 81 KB, 44 KB gzip.
 * - the groups of what the matcher reads of a pattern (kind, context kind,
 *   compound head, several words, script, languages, food: about 880), most
 *   frequent first, and per pattern its group's number as one char, read
 *   where a scan needs it; patterns of a group share one object.
 * - the small word lists of the rules (linkers, conjunctions, blockers, the
 *   cheese words, the phrases after a food that make it another).
 * No texts: the matcher does not read them; the written terms for search are
 * elsewhere (../terms.ts).
 *
 * Why this form (measured in Chromium, fresh pages): the transition table
 * itself (50,600 states × 28 columns of 16 bits) would be 2.8 MB, 0.6 MB
 * gzip. The patterns' texts in text order, each written as the part it does
 * not share with the one before (front coding), take 10 KB less gzip (28 KB)
 * but the trie they describe is depth-first: numbering its states
 * breadth-first and finding each state's children take three more passes,
 * and unpacking takes about twice as long (15–25 ms against 5–10 ms on the
 * bench machine). Compiling the lexicon and building the automaton from the
 * language files, as pages did before, took 150–350 ms there.
 *
 * The result, its rows all filled, is the automaton buildAutomaton makes of
 * the same patterns, state for state (a unit test compares them, and what
 * both matchers find).
 */
import type { Automaton } from './automaton';
import { Dfa } from './dfa';
import type { ContextKind, MatcherLexicon, PatternInfo, PatternKind } from './lexicon/index';
import type { Script } from './scripts';
import { PackedTrie, packTrie } from './trie';

export interface PackedMatcher {
  /** Hash of the sources it was generated from (see ./build/build-matcher.ts). */
  hash: string;
  states: number;
  patterns: number;
  /** The trie's records and blocks (see ./trie.ts). */
  trie: string;
  blocks: number[];
  /** Pattern classes, "kind context head phrase script" (see PatternInfo). */
  classes: string[];
  /** Language sets, "langs/scope" with commas between languages ("fr/", "/da,sv,no", "/"). */
  langSets: string[];
  /** Food ids ('' for none). */
  foods: string[];
  /**
   * Pattern groups: per group, its class, language set and food (three plain numbers: a page reads them with
   * indexed reads, where digits of an alphabet cost a reader's work per number, cold).
   */
  groups: number[];
  /**
   * Per pattern (the order of the states they end in), its group: one char each, GROUP_CHAR + the group's
   * number, so a page reads a pattern's group where it needs it, without a pass over all of them.
   */
  groupOf: string;
  linkers: string[];
  conjunctions: string[];
  /** Longest first, as the matcher tries them. */
  blockers: string[];
  cheeseWords: string[];
  notAfter: Record<string, string[]>;
}

const classKey = (p: PatternInfo): string =>
  `${p.kind} ${p.context ?? ''} ${p.head ? 1 : 0} ${p.phrase ? 1 : 0} ${p.script}`;
const langKey = (p: PatternInfo): string => `${p.langs?.join(',') ?? ''}/${p.scope?.join(',') ?? ''}`;

/** The distinct values, most frequent first (ties in the order they come), and each value's index. */
function table(values: readonly string[]): { list: string[]; index: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const list = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/**
 * Packs a compiled lexicon and the automaton buildAutomaton made of its
 * patterns (see packTrie for their order).
 */
export function packMatcher(lexicon: MatcherLexicon, automaton: Automaton, hash: string): PackedMatcher {
  const { patterns } = lexicon;
  const { trie, blocks } = packTrie(automaton, patterns.length);
  const classes = table(patterns.map(classKey));
  const langSets = table(patterns.map(langKey));
  const foods = table(patterns.map((p) => p.food ?? ''));
  const keys = patterns.map(
    (p) =>
      `${classes.index.get(classKey(p))} ${langSets.index.get(langKey(p))} ${foods.index.get(p.food ?? '')}`,
  );
  const groups = table(keys);
  return {
    hash,
    states: automaton.states,
    patterns: patterns.length,
    trie,
    blocks,
    classes: classes.list,
    langSets: langSets.list,
    foods: foods.list,
    groups: groups.list.flatMap((k) => k.split(' ').map(Number)),
    groupOf: keys.map((k) => groupChar(groups.index.get(k) as number)).join(''),
    linkers: [...lexicon.linkers],
    conjunctions: [...lexicon.conjunctions],
    blockers: [...lexicon.blockers],
    cheeseWords: [...lexicon.cheeseWords],
    notAfter: Object.fromEntries(lexicon.notAfter),
  };
}

/** The first char of groupOf's: Latin Extended-A on, printable and never escaped in JSON or JavaScript. */
const GROUP_CHAR = 0x100;
/** The last group number groupOf can hold (below the surrogates). */
const MAX_GROUP = 0xd7ff - GROUP_CHAR;

function groupChar(group: number): string {
  if (group > MAX_GROUP) throw new Error(`${group + 1} pattern groups: groupOf holds ${MAX_GROUP + 1}`);
  return String.fromCharCode(GROUP_CHAR + group);
}

const list = (s: string): readonly string[] | undefined => (s ? s.split(',') : undefined);

/**
 * The pattern groups of a packed matcher, one object each. Indexed reads, no
 * destructuring: this runs once per page, cold, where destructuring an array
 * (the iterator protocol) costs microseconds each time.
 */
function unpackGroups(p: PackedMatcher): PatternInfo[] {
  const classes = p.classes.map((c) => c.split(' '));
  const langSets = p.langSets.map((l) => l.split('/').map(list));
  const g = p.groups;
  if (g.length % 3 !== 0) throw new Error('pattern groups come in threes (class, language set, food)');
  const groups: PatternInfo[] = [];
  for (let k = 0; k < g.length; k += 3) {
    const c = classes[g[k] as number] as string[];
    const l = langSets[g[k + 1] as number] as (readonly string[] | undefined)[];
    // Every group with the same fields in the same order (one object shape for the matcher's loop).
    groups.push({
      kind: c[0] as PatternKind,
      food: p.foods[g[k + 2] as number] || undefined,
      context: (c[1] || undefined) as ContextKind | undefined,
      head: c[2] === '1',
      phrase: c[3] === '1',
      langs: l[0],
      scope: l[1],
      script: c[4] as Script,
    });
  }
  return groups;
}

/**
 * The lexicon and the DFA of a packed matcher: the automaton buildAutomaton
 * makes of the same patterns (a test compares them state for state), with
 * its rows filled as scans reach them.
 */
export function unpackMatcher(p: PackedMatcher): { lexicon: MatcherLexicon; dfa: Dfa } {
  const dfa = new Dfa(new PackedTrie(p, p.states, p.patterns));
  const groups = unpackGroups(p);
  const groupOf = p.groupOf;
  const patternAt = (id: number): PatternInfo => groups[groupOf.charCodeAt(id) - GROUP_CHAR] as PatternInfo;
  let all: PatternInfo[] | undefined;
  return {
    lexicon: {
      get patterns(): PatternInfo[] {
        all ??= Array.from({ length: p.patterns }, (_, id) => patternAt(id));
        return all;
      },
      patternAt,
      linkers: new Set(p.linkers),
      conjunctions: new Set(p.conjunctions),
      blockers: p.blockers,
      notAfter: new Map(Object.entries(p.notAfter)),
      cheeseWords: new Set(p.cheeseWords),
    },
    dfa,
  };
}
