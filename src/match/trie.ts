/**
 * The matcher's trie in its packed form (DOM-free): written at build time
 * (./build/build-matcher.ts, via ./packed.ts), read on a page a block of
 * states at a time, when a scan first reaches one of them (./dfa.ts).
 *
 * The form: the states breadth-first (children in column order), per state
 * an OWN char for the patterns that end there (if any; several when more than
 * 37), a COUNT char for its number of children unless it is one, then a
 * column char (space, `&`, a–z) per child. With it, per block of BLOCK
 * states, where the block's first record starts and the numbers of its first
 * state's first child and first pattern, so that any block can be read alone.
 *
 * Why blocks: reading all 50,600 records in one pass took 5–10 ms of a page's
 * start on the bench machine, cold, for records a page mostly never needs
 * (the text of a page reaches a few thousand states, most of them shallow,
 * and breadth-first the shallow states are the first blocks).
 */
import type { Automaton } from './automaton';
import { TERM_SYMBOLS } from './symbols';

const W = TERM_SYMBOLS;
/** Printable ASCII but `"` and `\`: chars that never need escaping in a JSON or JavaScript string. */
export const PRINTABLE: string = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
/** The chars of the trie that are no column: printable ASCII but `"`, `\`, `&` and a–z (65). */
const MARKS = PRINTABLE.replace(/[a-z&]/g, '');
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

/**
 * States per block. A page's first `find` reaches states in some 35 blocks (breadth-first, a deep state's
 * children lie far from its parent): 4,224 states decoded with blocks of 128, 2,304 with 64, 1,408 with 32,
 * whose starts would add 20 KB to the content script against 6.5 KB for 64 (tests/bench/README.md).
 */
export const BLOCK = 64;

/** The start state: states are numbered from 1 (0 is no state, see ./dfa.ts). */
export const ROOT = 1;

export interface PackedTrieData {
  /** The records (see above). */
  trie: string;
  /** Per block: where its first record starts, its first state's first child (from 0) and first pattern. */
  blocks: number[];
}

/**
 * The packed trie of the automaton buildAutomaton made of patterns given in
 * the order of the states they end in (lexiconSteps returns them so: the
 * patterns of a state are consecutive); `patterns` is their number.
 */
export function packTrie(automaton: Automaton, patterns: number): PackedTrieData {
  const { delta, depth, outStart, outputs, lengths, states } = automaton;
  let trie = '';
  const blocks: number[] = [];
  let next = 0;
  /** The next child to number (the root is 0). */
  let child = 1;
  for (let s = 0; s < states; s++) {
    if (s % BLOCK === 0) blocks.push(trie.length, child, next);
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
    child += children.length;
  }
  if (next !== patterns) throw new Error(`${patterns} patterns, ${next} in the automaton`);
  return { trie, blocks };
}

/**
 * A packed trie, read a block at a time (`read`): per state read, its
 * children and its own patterns. States are numbered from ROOT.
 */
export class PackedTrie {
  readonly states: number;
  readonly patterns: number;
  /** The children of a state s read: states firstChild[s] … firstChild[s] + childCount[s] - 1. */
  readonly firstChild: Int32Array;
  readonly childCount: Uint8Array;
  /** Per state (set when its parent is read): the column of the edge from its parent. */
  readonly column: Uint8Array;
  /** The patterns that end at a state s read (its own): ids ownStart[s] … ownStart[s] + ownCount[s] - 1. */
  readonly ownStart: Uint32Array;
  readonly ownCount: Uint16Array;
  private readonly trie: string;
  private readonly blocks: readonly number[];
  private readonly done: Uint8Array;

  constructor(data: PackedTrieData, states: number, patterns: number) {
    this.trie = data.trie;
    this.blocks = data.blocks;
    this.states = states;
    this.patterns = patterns;
    this.firstChild = new Int32Array(states + 1);
    this.childCount = new Uint8Array(states + 1);
    this.column = new Uint8Array(states + 1);
    this.ownStart = new Uint32Array(states + 1);
    this.ownCount = new Uint16Array(states + 1);
    this.done = new Uint8Array(Math.ceil(states / BLOCK));
    if (this.blocks.length !== this.done.length * 3)
      throw new Error('packed trie: blocks do not match its states');
  }

  /** Reads the block of state s, unless it is read. */
  read(s: number): void {
    const b = ((s - ROOT) / BLOCK) | 0;
    if (this.done[b] === 0) this.readBlock(b);
  }

  /** Reads every block (tests and tools). */
  readAll(): void {
    for (let b = 0; b < this.done.length; b++) if (this.done[b] === 0) this.readBlock(b);
  }

  private readBlock(b: number): void {
    const trie = this.trie;
    let pos = this.blocks[b * 3] as number;
    let next = (this.blocks[b * 3 + 1] as number) + ROOT;
    let pattern = this.blocks[b * 3 + 2] as number;
    const first = ROOT + b * BLOCK;
    const last = Math.min(first + BLOCK - 1, this.states);
    let code = CODE[trie.charCodeAt(pos)] as number;
    for (let s = first; s <= last; s++) {
      this.ownStart[s] = pattern;
      while (code > 64) {
        pattern += code - 64;
        code = CODE[trie.charCodeAt(++pos)] as number;
      }
      this.ownCount[s] = pattern - (this.ownStart[s] as number);
      let n = 1;
      if (code >= 32) {
        n = code - 32;
        code = CODE[trie.charCodeAt(++pos)] as number;
      }
      this.firstChild[s] = next;
      this.childCount[s] = n;
      for (let k = 0; k < n; k++) {
        this.column[next++] = code;
        code = CODE[trie.charCodeAt(++pos)] as number;
      }
    }
    // Where this block ends is where the next one starts (or the trie's end).
    const more = b + 1 < this.done.length;
    const ends = more
      ? pos === this.blocks[b * 3 + 3] &&
        next === (this.blocks[b * 3 + 4] as number) + ROOT &&
        pattern === this.blocks[b * 3 + 5]
      : pos === trie.length && next === this.states + 1 && pattern === this.patterns;
    if (!ends) throw new Error(`packed trie: block ${b} does not match its counts`);
    this.done[b] = 1;
  }
}
