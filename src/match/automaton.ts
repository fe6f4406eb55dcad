/**
 * A compiled multi-term matcher: an Aho–Corasick automaton turned into a full
 * transition table (a DFA), so each folded symbol of the text costs one table
 * read. DOM-free.
 *
 * Rows have TERM_SYMBOLS columns (SPACE, AMP, a–z); BREAK and OTHER always go
 * back to the start state (no term contains them). Each state lists the
 * patterns that end there, its own and those of its suffixes.
 */
import { AMP, LETTER_A, SPACE, TERM_SYMBOLS } from './fold';

export interface Automaton {
  /** delta[state * TERM_SYMBOLS + (sym - SPACE)] → next state. */
  delta: Uint16Array | Uint32Array;
  /** Pattern ids ending at each state: outputs[outStart[s] .. outStart[s + 1]). */
  outStart: Uint32Array;
  outputs: Uint32Array;
  /** Per state: 1 when a pattern flagged in `flagged` ends there (the DOM fast path's pre-filter). */
  flag: Uint8Array;
  /** Length in symbols of each pattern. */
  lengths: Uint16Array;
  states: number;
}

/** Column of a folded pattern character. */
function columnOf(ch: string): number {
  if (ch === ' ') return 0;
  if (ch === '&') return AMP - SPACE;
  return LETTER_A - SPACE + ch.charCodeAt(0) - 0x61;
}

/**
 * Builds the automaton of the folded `texts`; `flagged(i)` says which patterns
 * set the pre-filter flag.
 */
export function buildAutomaton(texts: readonly string[], flagged: (index: number) => boolean): Automaton {
  const W = TERM_SYMBOLS;
  let bound = 1;
  for (const t of texts) bound += t.length;
  const trie = new Int32Array(bound * W).fill(-1);
  const own: number[][] = [[]];
  let states = 1;
  const lengths = new Uint16Array(texts.length);
  texts.forEach((text, id) => {
    let s = 0;
    for (const ch of text) {
      const c = columnOf(ch);
      let next = trie[s * W + c] as number;
      if (next < 0) {
        next = states++;
        own.push([]);
        trie[s * W + c] = next;
      }
      s = next;
    }
    (own[s] as number[]).push(id);
    lengths[id] = text.length;
  });

  const delta = states < 65536 ? new Uint16Array(states * W) : new Uint32Array(states * W);
  const fail = new Int32Array(states);
  const order: number[] = [];
  // Breadth-first: fail links and the full transition table.
  const queue: number[] = [];
  for (let c = 0; c < W; c++) {
    const child = trie[c] as number;
    if (child > 0) {
      delta[c] = child;
      fail[child] = 0;
      queue.push(child);
    } else delta[c] = 0;
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi] as number;
    order.push(s);
    const f = fail[s] as number;
    for (let c = 0; c < W; c++) {
      const child = trie[s * W + c] as number;
      if (child > 0) {
        fail[child] = delta[f * W + c] as number;
        delta[s * W + c] = child;
        queue.push(child);
      } else delta[s * W + c] = delta[f * W + c] as number;
    }
  }
  // Outputs: own patterns plus those of the fail state (already complete, BFS order).
  const all: number[][] = new Array(states);
  all[0] = own[0] as number[];
  for (const s of order) {
    const inherited = all[fail[s] as number] as number[];
    const mine = own[s] as number[];
    all[s] = inherited.length ? [...mine, ...inherited] : mine;
  }
  const outStart = new Uint32Array(states + 1);
  let total = 0;
  for (let s = 0; s < states; s++) {
    outStart[s] = total;
    total += (all[s] as number[]).length;
  }
  outStart[states] = total;
  const outputs = new Uint32Array(total);
  const flag = new Uint8Array(states);
  for (let s = 0; s < states; s++) {
    const list = all[s] as number[];
    outputs.set(list, outStart[s] as number);
    if (list.some(flagged)) flag[s] = 1;
  }
  return { delta, outStart, outputs, flag, lengths, states };
}
