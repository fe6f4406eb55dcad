/**
 * The matcher's streaming pre-filter for the DOM scan (DOM-free): which text
 * nodes of a page a food term may end in, read in one pass over the nodes'
 * texts with the automaton and a word of flags per state. `find` does the rest.
 */
import { type Dfa, ROOT } from './dfa';
import { AMP, expansionOf, foldTable, LETTER_A, MULTI_CODE, OTHER, SPACE, TERM_SYMBOLS } from './fold';
import type { PatternInfo } from './lexicon/index';

/**
 * A streaming pre-filter for the DOM scan: it reads the page's texts in
 * document order and tells in which text nodes a food term may end. It checks
 * word boundaries and the language, not the context rules: `find` does.
 */
export interface Prefilter {
  /**
   * The language whose terms are hits (a primary subtag, see normalizeLang),
   * or undefined: every language's.
   */
  readonly lang: string | undefined;
  /** Back to the start of a text (a new root of the walk). */
  reset(): void;
  /**
   * The texts of `count` consecutive text nodes, joined in `text` (node i's
   * text ends at `ends[i]`), read on from where the last call stopped: writes
   * to `hits` the index of every node where a food term ends at a word end
   * (or at the end of the node's text: the next text may be another block's),
   * starting over after each hit (the rest of that node is not read), and
   * returns how many. The walk calls it once per few hundred nodes, with their
   * texts joined natively, instead of making a string of every node.
   *
   * A pre-filter made with `others` also writes, as `~index` (below 0), each
   * node where only a term of another language ends: a text there names a food
   * only if its block is written in that other language (the walk looks at the
   * block's own language, where a plain pre-filter would have had to look for
   * `lang` attributes over the whole page before the walk).
   */
  scan(text: string, ends: Int32Array, count: number, hits: Int32Array): number;
}

/** Pre-filter flag: a term that needs no word boundary ends in this state. */
const ANYWHERE = 1;

/**
 * A pattern's pre-filter bits for a language (without one: for every
 * language, as a page's blocks may be in any), given its length in symbols:
 * bit L for a one-word food (or hint) term of L symbols (it must start a
 * word: L letters since the last separator); bits 1–31 for a compound head or
 * a several-word food term (or a one-word term of 31 symbols or more); bit 0
 * (ANYWHERE) for a Japanese, Korean or Chinese term (no word boundary needed:
 * the scan looks right after each of their characters). A state's flags are
 * the bits of the patterns that end there (Dfa.addFlags).
 */
export function prefilterBit(p: PatternInfo, length: number, lang: string | undefined): number {
  if (p.kind !== 'food' && p.kind !== 'hint') return 0;
  if (p.langs && lang !== undefined && !p.langs.includes(lang)) return 0;
  if (p.script === 'cjk') return ANYWHERE;
  if (p.head || p.phrase || length >= 31) return ~ANYWHERE;
  return 1 << length;
}

/**
 * A streaming pre-filter over the page's text nodes (see Prefilter) for the
 * DFA and its state flags for a language (`own`, see prefilterBit). With
 * `any`, the flags for every language (a superset of `own`'s), nodes where
 * only another language's term ends are reported too, as `~index`.
 */
export function newPrefilter(
  dfa: Dfa,
  own: Uint32Array,
  lang: string | undefined,
  any: Uint32Array = own,
): Prefilter {
  const state: PrefilterState = {
    table: foldTable(),
    dfa,
    delta: dfa.delta,
    flags: any,
    own,
    st: ROOT,
    run: 0,
    lastSpace: true,
  };
  return {
    lang,
    reset() {
      state.st = ROOT;
      state.run = 0;
      state.lastSpace = true;
    },
    scan: (text, ends, count, hits) => prefilterScan(state, text, ends, count, hits),
  };
}
/** A pre-filter's tables and where its last call stopped. */
interface PrefilterState {
  readonly table: Uint8Array;
  readonly dfa: Dfa;
  /** The DFA's table: 0 for a row not filled yet (see Dfa.step). */
  readonly delta: Uint16Array | Uint32Array;
  /** The flags of every term that is looked for: the own language's and, when others are reported, theirs. */
  readonly flags: Uint32Array;
  /** The own language's flags (`flags` itself when no other language is reported). */
  readonly own: Uint32Array;
  /** Automaton state. */
  st: number;
  /** Word characters since the last separator. */
  run: number;
  lastSpace: boolean;
}

/** The automaton state after `symbols` (those a char expands to: ß → s s), kept out of the hot loop. */
function advance(dfa: Dfa, s: number, symbols: readonly number[]): number {
  let st = s;
  for (const e of symbols) {
    const next = dfa.delta[st * TERM_SYMBOLS + e - SPACE] as number;
    st = next !== 0 ? next : dfa.step(st, e - SPACE);
  }
  return st;
}

/** Whether the flags `f` of a state say that a term ends a word of `r` letters (or `o` in this node's text). */
function endsTerm(f: number, r: number, o: number): boolean {
  return f !== 0 && (((f >>> Math.min(r, 31)) | (f >>> Math.min(o, 31))) & 1) === 1;
}

/** What ends a word at a state (see endsTerm): no term, a term of the own language, or another language's only. */
const NO_TERM = 0;
const OWN_TERM = 1;
const OTHER_TERM = 2;

function termAt(flags: Uint32Array, own: Uint32Array, s: number, r: number, o: number): number {
  const f = flags[s] as number;
  if (!endsTerm(f, r, o)) return NO_TERM;
  const g = own[s] as number;
  return g === f || endsTerm(g, r, o) ? OWN_TERM : OTHER_TERM;
}

/**
 * The pre-filter's hot loop (see Prefilter.scan): a letter costs a table read
 * and a transition; whether a term ends the word is read from the flags only
 * at the separator after it, or at the end of a node's text. The own
 * language's flags are read only where a term of some language ends. A plain
 * function of plain locals (no closure, no iterator in the loop): the JIT
 * keeps it tight. One loop over the characters, the end of a node's text
 * tested in it: a loop per node inside a loop over the nodes had its
 * optimized code (compiled while a long text ran) thrown away each time the
 * inner loop ended, that is at every node (86 times in 10 scans of a recipe
 * page, V8's deoptimization trace).
 */
function prefilterScan(
  state: PrefilterState,
  text: string,
  ends: Int32Array,
  count: number,
  hits: Int32Array,
): number {
  const { table, dfa, delta, flags, own } = state;
  const W = TERM_SYMBOLS;
  let s = state.st;
  let r = state.run;
  let sp = state.lastSpace;
  let found = 0;
  let i = 0;
  /** The node whose text is read, and where its text ends. */
  let k = 0;
  let to = count > 0 ? (ends[0] as number) : 0;
  /**
   * Word characters since the last separator or the start of this node's
   * text. A text that starts a block may follow another block's text
   * without a separator ("Président</div><h3>Brie"): a term may start there
   * too. (Bit 31 of the flags stands for 31 or more.)
   */
  let o = 0;
  /** A term of the own language has ended in this node (the rest of it is not read). */
  let hit = false;
  /** A term of another language only has ended in this node. */
  let other = false;
  while (k < count) {
    if (i >= to) {
      // The end of node k's text.
      if (!hit && r > 0) {
        const term = termAt(flags, own, s, r, o);
        if (term === OWN_TERM) hit = true;
        else if (term === OTHER_TERM) other = true;
      }
      if (hit) {
        hits[found++] = k;
        s = ROOT;
        r = 0;
        sp = true;
      } else if (other) hits[found++] = ~k;
      i = to;
      o = 0;
      hit = false;
      other = false;
      if (++k < count) to = ends[k] as number;
      continue;
    }
    const code = text.charCodeAt(i++);
    const sym = table[code] as number;
    if (sym >= LETTER_A) {
      if (sym < MULTI_CODE) {
        const next = delta[s * W + sym - SPACE] as number;
        // 0: the state's row is not filled yet.
        s = next !== 0 ? next : dfa.step(s, sym - SPACE);
        r++;
        o++;
        sp = false;
      } else if (sym === MULTI_CODE) {
        const symbols = expansionOf(code);
        s = advance(dfa, s, symbols);
        r += symbols.length;
        o += symbols.length;
        sp = false;
        if (((flags[s] as number) & ANYWHERE) !== 0) {
          if (((own[s] as number) & ANYWHERE) !== 0) {
            hit = true;
            i = to;
          } else other = true;
        }
      }
      // SKIP_CODE: nothing.
      continue;
    }
    if (sym === OTHER) {
      // A letter of another script: the word goes on, no term does.
      s = ROOT;
      r++;
      o++;
      sp = false;
      continue;
    }
    if (r > 0) {
      const term = termAt(flags, own, s, r, o);
      if (term === OWN_TERM) {
        hit = true;
        i = to;
        continue;
      }
      if (term === OTHER_TERM) other = true;
      r = 0;
      o = 0;
    }
    if (sym === SPACE) {
      if (!sp) {
        sp = true;
        const next = delta[s * W] as number;
        s = next !== 0 ? next : dfa.step(s, 0);
      }
    } else if (sym === AMP) {
      const next = delta[s * W + AMP - SPACE] as number;
      s = next !== 0 ? next : dfa.step(s, AMP - SPACE);
      sp = false;
    } else {
      s = ROOT;
      sp = false;
    }
  }
  state.st = s;
  state.run = r;
  state.lastSpace = sp;
  return found;
}
