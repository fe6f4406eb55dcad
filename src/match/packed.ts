/**
 * The matcher in the form the build writes and a page loads as is: the
 * compiled lexicon and its automaton, packed by `npm run data`
 * (./build/build-matcher.ts) into src/match/generated/matcher.json. DOM-free.
 *
 * What is stored (figures for 8,300 patterns and 50,600 states):
 * - the trie, breadth-first: per state, how many patterns end there, and the
 *   columns of its children (one char each). A page rebuilds the full
 *   transition table, the fail links and the output lists from it in one
 *   pass over the states, each state's row a copy of its fail state's row
 *   (complete already: it is shallower) with its children written over it.
 *   68 KB, 37 KB gzip.
 * - per pattern, its group: one of about 650 distinct sets of what the
 *   matcher reads of a pattern (kind, context kind, compound head, several
 *   words, script, languages, food), most frequent first; patterns of a group
 *   share one object. 14 KB, 10 KB gzip.
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
 * The result is the automaton buildAutomaton makes of the same patterns, state
 * for state (a unit test compares them, and what both matchers find).
 */
import type { Automaton } from './automaton';
import { digits, NumberReader, PRINTABLE, writeNumber } from './codec';
import type { ContextKind, MatcherLexicon, PatternInfo, PatternKind } from './lexicon/index';
import type { Script } from './scripts';
import { TERM_SYMBOLS } from './symbols';

export interface PackedMatcher {
  /** Hash of the sources it was generated from (see ./build/build-matcher.ts). */
  hash: string;
  states: number;
  patterns: number;
  /** Length of all output lists together. */
  outputs: number;
  /**
   * The trie, breadth-first (children in column order): per state, an OWN
   * char for the patterns that end there (if any; several when more than 37),
   * a COUNT char for its number of children unless it is one, then a column
   * char (space, `&`, a–z) per child.
   */
  trie: string;
  /** Pattern classes, "kind context head phrase script" (see PatternInfo). */
  classes: string[];
  /** Language sets, "langs/scope" with commas between languages ("fr/", "/da,sv,no", "/"). */
  langSets: string[];
  /** Food ids ('' for none). */
  foods: string[];
  /** Pattern groups: per group, its class, language set and food (three numbers in PRINTABLE digits). */
  groups: string;
  /** Per pattern (the order of the states they end in), its group: numbers in PRINTABLE digits. */
  groupOf: string;
  linkers: string[];
  conjunctions: string[];
  /** Longest first, as the matcher tries them. */
  blockers: string[];
  cheeseWords: string[];
  notAfter: Record<string, string[]>;
}

const W = TERM_SYMBOLS;
/** The chars of the trie that are no column: printable ASCII but `"`, `\`, `&` and a–z (65). */
const MARKS = digits(PRINTABLE.chars.replace(/[a-z&]/g, '')).chars;
/** COUNT chars: a state's number of children, 0 or 2–28 (one child has no COUNT char). */
const COUNT_CHARS = MARKS.slice(0, W);
/** OWN chars: 1–37 patterns end at the state. */
const OWN_CHARS = MARKS.slice(W);
const countChar = (n: number): string => COUNT_CHARS.charAt(n === 0 ? 0 : n - 1);
const COLUMN_CHARS = ' &abcdefghijklmnopqrstuvwxyz';

/** Char code → what it says in the trie: a column (0–27), 32 + a child count, 64 + an own count. */
const CODE = new Int8Array(128).fill(-1);
for (let c = 0; c < W; c++) CODE[COLUMN_CHARS.charCodeAt(c)] = c;
CODE[COUNT_CHARS.charCodeAt(0)] = 32;
for (let n = 2; n <= W; n++) CODE[COUNT_CHARS.charCodeAt(n - 1)] = 32 + n;
for (let k = 1; k <= OWN_CHARS.length; k++) CODE[OWN_CHARS.charCodeAt(k - 1)] = 64 + k;

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
 * patterns (in the order lexiconSteps returns them: the order of the states
 * they end in, so the patterns of a state are consecutive).
 */
export function packMatcher(lexicon: MatcherLexicon, automaton: Automaton, hash: string): PackedMatcher {
  const { delta, depth, outStart, outputs, lengths, states } = automaton;
  const { patterns } = lexicon;
  let trie = '';
  let next = 0;
  for (let s = 0; s < states; s++) {
    // Own patterns: those of the state's full length; they must be the next ones.
    let own = 0;
    for (let k = outStart[s] as number; k < (outStart[s + 1] as number); k++) {
      const id = outputs[k] as number;
      if (lengths[id] !== depth[s]) continue;
      if (id !== next + own) throw new Error(`pattern ${id} out of order (state ${s}): see lexiconSteps`);
      own++;
    }
    next += own;
    for (let left = own; left > 0; left -= OWN_CHARS.length)
      trie += OWN_CHARS.charAt(Math.min(left, OWN_CHARS.length) - 1);
    // Children: the transitions one symbol deeper.
    let children = '';
    for (let c = 0; c < W; c++) {
      const t = delta[s * W + c] as number;
      if (t > s && depth[t] === (depth[s] as number) + 1) children += COLUMN_CHARS.charAt(c);
    }
    if (children.length !== 1) trie += countChar(children.length);
    trie += children;
  }
  if (next !== patterns.length) throw new Error(`${patterns.length} patterns, ${next} in the automaton`);
  const classes = table(patterns.map(classKey));
  const langSets = table(patterns.map(langKey));
  const foods = table(patterns.map((p) => p.food ?? ''));
  const number = (n: number | undefined): string => writeNumber(n as number, PRINTABLE);
  const keys = patterns.map(
    (p) =>
      number(classes.index.get(classKey(p))) +
      number(langSets.index.get(langKey(p))) +
      number(foods.index.get(p.food ?? '')),
  );
  const groups = table(keys);
  return {
    hash,
    states,
    patterns: patterns.length,
    outputs: outputs.length,
    trie,
    classes: classes.list,
    langSets: langSets.list,
    foods: foods.list,
    groups: groups.list.join(''),
    groupOf: keys.map((k) => number(groups.index.get(k))).join(''),
    linkers: [...lexicon.linkers],
    conjunctions: [...lexicon.conjunctions],
    blockers: [...lexicon.blockers],
    cheeseWords: [...lexicon.cheeseWords],
    notAfter: Object.fromEntries(lexicon.notAfter),
  };
}

const list = (s: string): readonly string[] | undefined => (s ? s.split(',') : undefined);

/** The pattern groups of a packed matcher, one object each. */
function unpackGroups(p: PackedMatcher): PatternInfo[] {
  const classes = p.classes.map((c) => c.split(' '));
  const langSets = p.langSets.map((l) => l.split('/').map(list));
  const r = new NumberReader(p.groups, PRINTABLE);
  const groups: PatternInfo[] = [];
  while (!r.done) {
    const [kind, context, head, phrase, script] = classes[r.number()] as string[];
    const [langs, scope] = langSets[r.number()] as (readonly string[] | undefined)[];
    // Every group with the same fields in the same order (one object shape for the matcher's loop).
    groups.push({
      kind: kind as PatternKind,
      food: p.foods[r.number()] || undefined,
      context: (context || undefined) as ContextKind | undefined,
      head: head === '1',
      phrase: phrase === '1',
      langs,
      scope,
      script: script as Script,
    });
  }
  return groups;
}

/**
 * The lexicon and the automaton of a packed matcher: the same tables
 * buildAutomaton makes of the same patterns (states numbered breadth-first,
 * children in column order), in one pass over the states.
 */
export function unpackMatcher(p: PackedMatcher): { lexicon: MatcherLexicon; automaton: Automaton } {
  const N = p.states;
  const trie = p.trie;
  const delta = N < 65536 ? new Uint16Array(N * W) : new Uint32Array(N * W);
  const fail = new Int32Array(N);
  const depth = new Uint16Array(N);
  const outStart = new Uint32Array(N + 1);
  const outputs = new Uint32Array(p.outputs);
  const lengths = new Uint16Array(p.patterns);
  let pos = 0;
  /** The next state to number, pattern to number, output to write. */
  let next = 1;
  let pattern = 0;
  let out = 0;
  for (let s = 0; s < N; s++) {
    const row = s * W;
    const f = fail[s] as number;
    // The fail state's row (for the root: no row, every missing transition stays at the root).
    if (s !== 0) delta.copyWithin(row, f * W, f * W + W);
    let code = CODE[trie.charCodeAt(pos)] as number;
    // Outputs: the patterns that end here, then the fail state's (written already: it is shallower).
    outStart[s] = out;
    while (code > 64) {
      for (let k = code - 64; k > 0; k--) {
        lengths[pattern] = depth[s] as number;
        outputs[out++] = pattern++;
      }
      code = CODE[trie.charCodeAt(++pos)] as number;
    }
    if (s !== 0)
      for (let k = outStart[f] as number, end = outStart[f + 1] as number; k < end; k++)
        outputs[out++] = outputs[k] as number;
    // Children: their fail states are the transitions of this row so far.
    let n = 1;
    if (code >= 32) {
      n = code - 32;
      code = CODE[trie.charCodeAt(++pos)] as number;
    }
    const d = (depth[s] as number) + 1;
    for (let k = 0; k < n; k++) {
      const t = next++;
      fail[t] = s === 0 ? 0 : (delta[row + code] as number);
      delta[row + code] = t;
      depth[t] = d;
      code = CODE[trie.charCodeAt(++pos)] as number;
    }
  }
  outStart[N] = out;
  if (next !== N || pattern !== p.patterns || out !== p.outputs || pos !== trie.length)
    throw new Error('packed matcher: the trie does not match its counts');

  const groups = unpackGroups(p);
  const patterns: PatternInfo[] = new Array(p.patterns);
  const groupOf = new NumberReader(p.groupOf, PRINTABLE);
  for (let i = 0; i < patterns.length; i++) patterns[i] = groups[groupOf.number()] as PatternInfo;

  return {
    lexicon: {
      patterns,
      linkers: new Set(p.linkers),
      conjunctions: new Set(p.conjunctions),
      blockers: p.blockers,
      notAfter: new Map(Object.entries(p.notAfter)),
      cheeseWords: new Set(p.cheeseWords),
    },
    automaton: { delta, outStart, outputs, lengths, depth, states: N },
  };
}
