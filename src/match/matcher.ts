/**
 * Finds the foods of the lexicon in a text (DOM-free).
 *
 * One pass of the compiled automaton over the folded text yields every term
 * occurrence; then, in order:
 *  1. word boundaries: a term starts and ends at a word boundary, except a
 *     compound head, which may end a longer word ("Ziegen|käse"); a compound
 *     whose beginning is a blocker ("Erdnuss|butter", "pinda|kaas") is no food,
 *     and one whose beginning is a variety of the head's food is that variety
 *     ("feta|kaas" → feta);
 *  2. language: short terms that are common words elsewhere ("ser", "ost",
 *     "burro") count only when the text's language is known to be theirs;
 *  3. longest match wins: overlapping candidates are taken longest first, a
 *     no-food phrase ("peanut butter", "Swiss chard", "mac and cheese") before a
 *     food term of the same length, an explicit term before a compound;
 *  4. merging: a food next to its refinement is one mention of the refinement
 *     ("cheddar cheese", "queso manchego", "Old Amsterdam Gouda");
 *  5. elliptic names ("Swiss", "blue", "goat") count when "or"/"and"/a comma
 *     and a cheese word follow ("Swiss or Gruyère cheese");
 *  6. context rules (../rules.ts): vegan, plant, spread, tool, dish, flavour
 *     and substitute words next to a food suppress it.
 */
import { type Automaton, buildAutomaton } from './automaton';
import {
  expansionOf,
  foldTable,
  foldText,
  isWordSymbol,
  LETTER_A,
  MULTI_CODE,
  SKIP_CODE,
  SPACE,
  TERM_SYMBOLS,
} from './fold';
import {
  type CompiledLexicon,
  type ContextKind,
  compileLexicon,
  FOODS,
  isAncestorOrSelf,
  type Pattern,
} from './lexicon/index';
import {
  CONTEXT_RULES,
  DESCRIBE_MAX_WORDS,
  ELLIPTIC_MAX_WORDS,
  HEAD_MIN_PREFIX,
  MERGE_MAX_WORDS,
} from './rules';

/** A food found in a text; offsets index the original text (end exclusive). */
export interface Mention {
  foodId: string;
  start: number;
  end: number;
  text: string;
}

export interface FindOptions {
  /** Language of the text (BCP 47, e.g. "de-CH"); enables the language's short words. */
  lang?: string | undefined;
}

/**
 * A streaming pre-filter for the DOM scan: feed the text nodes of a block in
 * order; `feed` turns true once a food term may occur in what was fed since
 * the last reset (it does not check boundaries or context: `find` does).
 */
export interface Prefilter {
  reset(): void;
  feed(text: string): boolean;
}

interface Candidate {
  kind: 'food' | 'not' | 'elliptic';
  food: string;
  s: number;
  e: number;
  /** 0 no-food, 1 explicit term, 2 compound head: the order among equally long candidates. */
  rank: number;
}

interface Span {
  food: string;
  s: number;
  e: number;
}

interface ContextHit {
  kind: ContextKind;
  s: number;
  e: number;
}

/** The primary language subtag, lower case, with Norwegian variants as "no". */
export function normalizeLang(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  return primary === 'nb' || primary === 'nn' ? 'no' : primary;
}

export class Matcher {
  readonly lexicon: CompiledLexicon;
  private readonly patterns: Pattern[];
  private readonly auto: Automaton;

  constructor(lexicon: CompiledLexicon = compileLexicon()) {
    this.lexicon = lexicon;
    this.patterns = lexicon.patterns;
    this.auto = buildAutomaton(
      this.patterns.map((p) => p.text),
      (i) => this.patterns[i]?.kind === 'food',
    );
  }

  /** Number of automaton states (for size reports). */
  get states(): number {
    return this.auto.states;
  }

  /** Every food mention of `text`, in text order. */
  find(text: string, options: FindOptions = {}): Mention[] {
    const folded = foldText(text);
    const n = folded.length;
    if (n === 0) return [];
    const { syms } = folded;
    const ftext = folded.text;
    const lang = normalizeLang(options.lang);
    const { delta, outStart, outputs, lengths } = this.auto;
    const W = TERM_SYMBOLS;

    const candidates: Candidate[] = [];
    const contexts: ContextHit[] = [];
    /** Food terms at a word start that run into more letters (compound beginnings). */
    const prefixes: Span[] = [];
    const isWord = (i: number) => i >= 0 && i < n && isWordSymbol(syms[i] as number);
    const wordStart = (i: number) => {
      let ws = i;
      while (ws > 0 && isWordSymbol(syms[ws - 1] as number)) ws--;
      return ws;
    };

    let st = 0;
    for (let i = 0; i < n; i++) {
      const sym = syms[i] as number;
      if (sym < SPACE) {
        st = 0;
        continue;
      }
      st = delta[st * W + sym - SPACE] as number;
      const o1 = outStart[st + 1] as number;
      for (let k = outStart[st] as number; k < o1; k++) {
        const id = outputs[k] as number;
        const p = this.patterns[id] as Pattern;
        if (p.langs && !(lang && p.langs.includes(lang))) continue;
        const e = i + 1;
        const s = e - (lengths[id] as number);
        const startOk = !isWord(s - 1);
        const endOk = !isWord(e);
        if (p.kind === 'context') {
          if (p.scope && lang && !p.scope.includes(lang)) continue;
          if (startOk && endOk && p.context) contexts.push({ kind: p.context, s, e });
          continue;
        }
        const food = p.food ?? '';
        if (!endOk) {
          if (p.kind === 'food' && startOk) prefixes.push({ food, s, e });
          continue;
        }
        if (startOk) {
          candidates.push({ kind: p.kind, food, s, e, rank: p.kind === 'not' ? 0 : 1 });
          continue;
        }
        if (!p.head) continue;
        // A compound ending with a head.
        const ws = wordStart(s);
        const prefix = ftext.slice(ws, s);
        if (this.lexicon.blockers.some((b) => prefix.endsWith(b))) {
          candidates.push({ kind: 'not', food: '', s: ws, e, rank: 0 });
          continue;
        }
        if (p.kind === 'food') {
          const variety = prefixes.find((x) => x.s === ws && x.e === s && isAncestorOrSelf(food, x.food));
          if (variety) {
            candidates.push({ kind: 'food', food: variety.food, s: ws, e, rank: 1 });
            continue;
          }
        }
        if (s - ws < HEAD_MIN_PREFIX) continue;
        candidates.push({ kind: p.kind, food, s: ws, e, rank: p.kind === 'not' ? 0 : 2 });
      }
    }
    if (candidates.length === 0) return [];

    // Longest first; among equals, no-food before explicit terms before compounds.
    candidates.sort((a, b) => b.e - b.s - (a.e - a.s) || a.rank - b.rank || a.s - b.s);
    const taken = new Uint8Array(n);
    const foods: Span[] = [];
    const elliptics: Span[] = [];
    for (const c of candidates) {
      let free = true;
      for (let i = c.s; i < c.e; i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, c.s, c.e);
      if (c.kind === 'food') foods.push({ food: c.food, s: c.s, e: c.e });
      else if (c.kind === 'elliptic') elliptics.push({ food: c.food, s: c.s, e: c.e });
    }
    foods.sort((a, b) => a.s - b.s);
    const merged = this.merge(foods, ftext, text, folded.start);
    const confirmed = this.confirmElliptics(elliptics, merged, folded.text, text, folded.start);
    const all = [...merged, ...confirmed].sort((a, b) => a.s - b.s);

    const mentions: Mention[] = [];
    for (const m of all) {
      if (this.suppressed(m, contexts, ftext)) continue;
      const start = folded.start[m.s] as number;
      const end = folded.end[m.e - 1] as number;
      mentions.push({ foodId: m.food, start, end, text: text.slice(start, end) });
    }
    return mentions;
  }

  /**
   * Merges neighbours where one food refines the other: next to each other or
   * joined by a linking word ("cheddar cheese", "queso de cabra"), or a generic
   * name up to two descriptive words after the variety ("Velveeta Original Cheese").
   */
  private merge(foods: Span[], ftext: string, text: string, starts: Int32Array): Span[] {
    const out: Span[] = [];
    for (const f of foods) {
      const prev = out[out.length - 1];
      const gap = prev ? ftext.slice(prev.e, f.s) : '';
      if (prev && isAncestorOrSelf(f.food, prev.food) && this.describes(gap, text, starts, prev.e)) {
        out[out.length - 1] = { food: prev.food, s: prev.s, e: f.e };
        continue;
      }
      if (prev && this.linked(gap)) {
        if (isAncestorOrSelf(prev.food, f.food)) {
          out[out.length - 1] = { food: f.food, s: prev.s, e: f.e };
          continue;
        }
        if (isAncestorOrSelf(f.food, prev.food)) {
          out[out.length - 1] = { food: prev.food, s: prev.s, e: f.e };
          continue;
        }
      }
      out.push(f);
    }
    return out;
  }

  /**
   * True when a gap holds at most DESCRIBE_MAX_WORDS words, none of them
   * "and"/"or", and no punctuation but a fat or age mark ("Danbo 45+ ost").
   */
  private describes(gap: string, text: string, starts: Int32Array, at: number): boolean {
    for (let i = 0; i < gap.length; i++) {
      const ch = gap[i] as string;
      if ((ch === '#' || ch === '&') && !/[\d+%.]/.test(text[starts[at + i] as number] ?? '')) return false;
      if (ch === '*') return false;
    }
    const words = gap.split(/[ #&]+/).filter(Boolean);
    return words.length <= DESCRIBE_MAX_WORDS && !words.some((w) => this.lexicon.conjunctions.has(w));
  }

  /** True when a gap holds only spaces and at most MERGE_MAX_WORDS linking words. */
  private linked(gap: string): boolean {
    if (!/^[a-z ]*$/.test(gap)) return false;
    const words = gap.split(' ').filter(Boolean);
    return words.length <= MERGE_MAX_WORDS && words.every((w) => this.lexicon.linkers.has(w));
  }

  private confirmElliptics(
    elliptics: Span[],
    foods: Span[],
    ftext: string,
    text: string,
    starts: Int32Array,
  ): Span[] {
    const out: Span[] = [];
    for (const el of elliptics) {
      const next = foods.find((f) => f.s >= el.e);
      if (!next || FOODS[next.food]?.kind !== 'cheese') continue;
      const lastWord = ftext.slice(next.s, next.e).split(' ').pop() ?? '';
      if (!this.lexicon.cheeseWords.has(lastWord)) continue;
      const gap = ftext.slice(el.e, next.s);
      // Punctuation in the gap: only commas and slashes ("blue, goat or feta cheese").
      let ok = true;
      for (let i = 0; i < gap.length; i++) {
        if (gap[i] === '#') {
          const ch = text[starts[el.e + i] as number];
          if (ch !== ',' && ch !== '/') ok = false;
        }
      }
      if (!ok) continue;
      const words = gap.replace(/#/g, ' , ').split(' ').filter(Boolean);
      const first = words[0];
      if (!first || !(first === ',' || this.lexicon.conjunctions.has(first))) continue;
      if (words.filter((w) => w !== ',').length > ELLIPTIC_MAX_WORDS) continue;
      out.push(el);
    }
    return out;
  }

  /** True when a context rule or a food's own "not after" phrase suppresses the mention. */
  private suppressed(m: Span, contexts: ContextHit[], ftext: string): boolean {
    const kind = FOODS[m.food]?.kind;
    if (!kind) return false;
    for (const c of contexts) {
      const rule = CONTEXT_RULES[c.kind];
      if (!rule.kinds.includes(kind)) continue;
      let gap: string;
      if (rule.side === 'before' && c.e <= m.s) gap = ftext.slice(c.e, m.s);
      else if (rule.side === 'after' && c.s >= m.e) gap = ftext.slice(m.e, c.s);
      else continue;
      if (gap.includes('#')) continue;
      const words = gap.split(' ').filter(Boolean);
      if (words.length > rule.maxWords) continue;
      if (
        rule.gap === 'linkers'
          ? words.every((w) => this.lexicon.linkers.has(w))
          : !words.some((w) => this.lexicon.conjunctions.has(w))
      )
        return true;
    }
    const notAfter = this.lexicon.notAfter.get(m.food);
    if (notAfter) {
      const rest = ftext.slice(m.e).replace(/^ /, '');
      for (const phrase of notAfter) {
        if (rest.startsWith(phrase) && !/[a-z]/.test(rest.charAt(phrase.length))) return true;
      }
    }
    return false;
  }

  /** A pre-filter for streaming the text nodes of a block (see Prefilter). */
  prefilter(): Prefilter {
    const table = foldTable();
    const { delta, flag } = this.auto;
    const W = TERM_SYMBOLS;
    let st = 0;
    let lastSpace = true;
    return {
      reset() {
        st = 0;
        lastSpace = true;
      },
      feed(text: string): boolean {
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          const sym = table[code] as number;
          if (sym >= LETTER_A && sym < MULTI_CODE) {
            st = delta[st * W + sym - SPACE] as number;
            lastSpace = false;
            if (flag[st]) return true;
          } else if (sym === SPACE) {
            if (lastSpace) continue;
            lastSpace = true;
            st = delta[st * W] as number;
          } else if (sym === SKIP_CODE) {
          } else if (sym === MULTI_CODE) {
            for (const e of expansionOf(code)) {
              st = delta[st * W + e - SPACE] as number;
              if (flag[st]) return true;
            }
            lastSpace = false;
          } else if (sym > SPACE) {
            // AMP
            st = delta[st * W + sym - SPACE] as number;
            lastSpace = false;
          } else {
            st = 0;
            lastSpace = false;
          }
        }
        return false;
      },
    };
  }
}

let shared: Matcher | undefined;

/** The matcher of the bundled lexicon, compiled on first use. */
export function getMatcher(): Matcher {
  shared ??= new Matcher();
  return shared;
}

/** Every written term of each food, all languages (e.g. for a search index). */
export function termsByFood(): Map<string, string[]> {
  return new Map(getMatcher().lexicon.terms);
}
