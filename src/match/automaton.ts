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
import { runSteps, type Steps } from './steps';

export interface Automaton {
  /** delta[state * TERM_SYMBOLS + (sym - SPACE)] → next state. */
  delta: Uint16Array | Uint32Array;
  /** Pattern ids ending at each state: outputs[outStart[s] .. outStart[s + 1]). */
  outStart: Uint32Array;
  outputs: Uint32Array;
  /** Length in symbols of each pattern. */
  lengths: Uint16Array;
  /** Per state: the length of the term prefix it stands for. */
  depth: Uint16Array;
  states: number;
}

/** Column of a folded pattern character. */
function columnOf(ch: string): number {
  if (ch === ' ') return 0;
  if (ch === '&') return AMP - SPACE;
  return LETTER_A - SPACE + ch.charCodeAt(0) - 0x61;
}

/**
/** Builds the automaton of the folded `texts` (pattern id = index). */
export function buildAutomaton(texts: readonly string[]): Automaton {
  return runSteps(automatonSteps(texts));
}

/**
 * The same build in steps, each a few milliseconds on a cold start (the trie,
 * the transition table, the outputs, the renumbered table): a page script
 * runs each `next()` in a task of its own.
 */
export function* automatonSteps(texts: readonly string[]): Steps<Automaton> {
  const W = TERM_SYMBOLS;
  let bound = 1;
  for (const t of texts) bound += t.length;
  const trie = new Int32Array(bound * W).fill(-1);
  const own: number[][] = [[]];
  const depths: number[] = [0];
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
        depths.push((depths[s] as number) + 1);
        trie[s * W + c] = next;
      }
      s = next;
    }
    (own[s] as number[]).push(id);
    lengths[id] = text.length;
  });

  yield;
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
  yield;
  // Outputs: own patterns plus those of the fail state (already complete, BFS order).
  const all: number[][] = new Array(states);
  all[0] = own[0] as number[];
  for (const s of order) {
    const inherited = all[fail[s] as number] as number[];
    const mine = own[s] as number[];
    all[s] = inherited.length ? [...mine, ...inherited] : mine;
  }
  yield;
  // Renumber the states breadth-first: the shallow states, where scanning
  // text spends most of its time, then share a few cache lines.
  const newId = new Uint32Array(states);
  const oldId = new Uint32Array(states);
  order.forEach((old, k) => {
    newId[old] = k + 1;
    oldId[k + 1] = old;
  });
  const table = states < 65536 ? new Uint16Array(states * W) : new Uint32Array(states * W);
  const depth = new Uint16Array(states);
  const outStart = new Uint32Array(states + 1);
  let total = 0;
  for (let n = 0; n < states; n++) {
    const old = oldId[n] as number;
    for (let c = 0; c < W; c++) table[n * W + c] = newId[delta[old * W + c] as number] as number;
    depth[n] = depths[old] as number;
    outStart[n] = total;
    total += (all[old] as number[]).length;
  }
  outStart[states] = total;
  const outputs = new Uint32Array(total);
  for (let n = 0; n < states; n++) outputs.set(all[oldId[n] as number] as number[], outStart[n] as number);
  return { delta: table, outStart, outputs, lengths, depth, states };
}
