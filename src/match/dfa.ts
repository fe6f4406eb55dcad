/**
 * The matcher's automaton as scans use it (DOM-free): Aho–Corasick over the
 * folded symbols, read as a full transition table (a DFA: one table read per
 * symbol), whose rows are filled the first time a scan reaches their state
 * instead of all at once when a page starts.
 *
 * Why: the table has 50,600 states × 28 columns, and filling it (each row a
 * copy of its fail state's row with the state's children written over it)
 * after reading the whole trie was most of a page's matcher set-up, 15–30 ms
 * on the bench machine, for rows a page mostly never reads: the text of a page
 * reaches a few thousand states, most of them shallow. Now the set-up makes
 * empty arrays, and a state costs the reading of its block of the packed trie
 * (./trie.ts, once per block) and one row copy when a scan first reaches it.
 *
 * States are numbered from 1 (ROOT), breadth-first, children in column order;
 * a table entry 0 is a transition not filled in yet, so the scans' loops test
 * a value they read anyway: `t = delta[s * W + c]; if (t === 0) t = dfa.step(s, c)`.
 * A filled row holds no 0: every symbol leads to a state.
 *
 * What a state also needs is set when it is reached, that is when its parent's
 * row is filled (realize): its fail state, its depth, the lengths of the
 * patterns that end there, its output link and its pre-filter flags
 * (./prefilter.ts). A state that a filled row leads to is always reached.
 */
import { TERM_SYMBOLS } from './symbols';
import { type PackedTrie, ROOT } from './trie';

export { ROOT } from './trie';

/** A pattern's pre-filter bits, given its length (see prefilterBit in ./prefilter.ts). */
export type PatternBits = (pattern: number, length: number) => number;

interface FlagSet {
  bits: PatternBits;
  /** Per state reached: the bits of every pattern that ends there (its own and its suffixes'). */
  flags: Uint32Array;
}

export class Dfa {
  readonly states: number;
  /** delta[s * TERM_SYMBOLS + column] → next state; 0 in a row not filled yet (see step). */
  readonly delta: Uint16Array | Uint32Array;
  /** Per state reached: the length in symbols of the prefix it stands for. */
  readonly depth: Uint16Array;
  /** Per pattern of a state reached: its length in symbols. */
  readonly lengths: Uint16Array;
  /** Per state reached: its fail state (the longest proper suffix in the trie); 0 for the root. */
  readonly fail: Int32Array;
  /**
   * Per state reached: the first of s, fail(s), fail(fail(s))… with patterns
   * of its own, 0 when none. The patterns that end at s are the own patterns
   * of outLink[s], then those of outLink[fail[that state]]…
   */
  readonly outLink: Int32Array;
  /** The patterns that end at a state reached (its own): ids ownStart[s] … ownStart[s] + ownCount[s] - 1. */
  readonly ownStart: Uint32Array;
  readonly ownCount: Uint16Array;
  private readonly trie: PackedTrie;
  private readonly filled: Uint8Array;
  /** The states reached so far, each after its fail state (a later flag set is computed in this order). */
  private readonly reached: Int32Array;
  private reachedCount = 0;
  private readonly flagSets: FlagSet[] = [];
  /** Rows filled so far (tests and reports). */
  rows = 0;

  constructor(trie: PackedTrie) {
    const n = trie.states;
    this.trie = trie;
    this.states = n;
    this.ownStart = trie.ownStart;
    this.ownCount = trie.ownCount;
    // Ids 1 … n; zeroed memory costs nothing until a row is written.
    const size = (n + 1) * TERM_SYMBOLS;
    this.delta = n < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
    this.depth = new Uint16Array(n + 1);
    this.lengths = new Uint16Array(trie.patterns);
    this.fail = new Int32Array(n + 1);
    this.outLink = new Int32Array(n + 1);
    this.filled = new Uint8Array(n + 1);
    this.reached = new Int32Array(n);
    this.realize(ROOT, 0, 0);
    this.fillRow(ROOT);
  }

  /** The transition of state s on `column`, filling s's row first (its entry read 0). */
  step(s: number, column: number): number {
    if (this.filled[s] === 0) this.fillRow(s);
    return this.delta[s * TERM_SYMBOLS + column] as number;
  }

  /**
   * Pre-filter flags for per-pattern `bits`: per state, the bits of the
   * patterns that end there, kept up to date as states are reached.
   */
  addFlags(bits: PatternBits): Uint32Array {
    const set = { bits, flags: new Uint32Array(this.states + 1) };
    for (let k = 0; k < this.reachedCount; k++) this.flagState(set, this.reached[k] as number);
    this.flagSets.push(set);
    return set.flags;
  }

  /** Fills every row (tests and tools: the whole table, as buildAutomaton makes it). */
  fillAll(): void {
    for (let s = ROOT; s <= this.states; s++) if (this.filled[s] === 0) this.fillRow(s);
  }

  /** s's row: its fail state's row (filled first: it is shallower) with s's children written over it. */
  private fillRow(s: number): void {
    const W = TERM_SYMBOLS;
    const delta = this.delta;
    const row = s * W;
    if (s === ROOT) delta.fill(ROOT, row, row + W);
    else {
      const f = this.fail[s] as number;
      if (this.filled[f] === 0) this.fillRow(f);
      delta.copyWithin(row, f * W, f * W + W);
    }
    this.filled[s] = 1;
    this.rows++;
    const trie = this.trie;
    trie.read(s);
    const d = (this.depth[s] as number) + 1;
    const first = trie.firstChild[s] as number;
    for (let t = first, end = first + (trie.childCount[s] as number); t < end; t++) {
      const at = row + (trie.column[t] as number);
      // A child's fail state: where the fail state's row goes on the same symbol (the root, for the root's children).
      this.realize(t, s === ROOT ? ROOT : (delta[at] as number), d);
      delta[at] = t;
    }
  }

  /** State t is reached, at depth d, with fail state f (reached already). */
  private realize(t: number, f: number, d: number): void {
    this.trie.read(t);
    this.fail[t] = f;
    this.depth[t] = d;
    const own = this.ownStart[t] as number;
    const count = this.ownCount[t] as number;
    for (let id = own; id < own + count; id++) this.lengths[id] = d;
    this.outLink[t] = count > 0 ? t : (this.outLink[f] as number);
    for (const set of this.flagSets) this.flagState(set, t);
    this.reached[this.reachedCount++] = t;
  }

  private flagState(set: FlagSet, t: number): void {
    let f = set.flags[this.fail[t] as number] as number;
    const own = this.ownStart[t] as number;
    const d = this.depth[t] as number;
    for (let id = own, end = own + (this.ownCount[t] as number); id < end; id++) f |= set.bits(id, d);
    set.flags[t] = f;
  }
}
