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
 *  6. context rules (../rules.ts): vegan, plant, spread, tool, dish, flavour,
 *     substitute and negation words next to a food suppress it.
 */
import { type Automaton, automatonSteps, buildAutomaton } from './automaton';
import {
  AMP,
  expansionOf,
  type FoldBuffers,
  foldInto,
  foldTable,
  isWordSymbol,
  LETTER_A,
  MULTI_CODE,
  newFoldBuffers,
  OTHER,
  OTHER_CHAR,
  SPACE,
  symbolString,
  TERM_SYMBOLS,
} from './fold';
import packedMatcher from './generated/matcher.json';
import { FOODS, isAncestorOrSelf } from './lexicon/foods';
import type { CompiledLexicon, ContextKind, MatcherLexicon, PatternInfo } from './lexicon/index';
import { type PackedMatcher, unpackMatcher } from './packed';
import {
  CONTEXT_RULES,
  DESCRIBE_MAX_WORDS,
  ELLIPTIC_MAX_WORDS,
  HEAD_MIN_PREFIX,
  MERGE_MAX_WORDS,
} from './rules';
import { textScript } from './scripts';
import type { Steps } from './steps';

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
 * A streaming pre-filter for the DOM scan: it reads the page's texts in
 * document order and tells in which text nodes a food term may end. It checks
 * word boundaries and the language, not the context rules: `find` does.
 */
export interface Prefilter {
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
   */
  scan(text: string, ends: Int32Array, count: number, hits: Int32Array): number;
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
  readonly lexicon: MatcherLexicon;
  private readonly patterns: readonly PatternInfo[];
  private readonly auto: Automaton;
  /** Symbol buffers reused by every call of `find` (it is synchronous and keeps no reference). */
  private readonly buffers: FoldBuffers = newFoldBuffers();

  /**
   * The matcher of a compiled lexicon (compileLexicon, for tests and tools),
   * or of a lexicon and the automaton of its patterns. Pages load the matcher
   * the build packed instead (`getMatcher()`, `Matcher.unpack`).
   */
  constructor(lexicon: CompiledLexicon);
  constructor(lexicon: MatcherLexicon, automaton: Automaton);
  constructor(lexicon: MatcherLexicon, automaton?: Automaton) {
    this.lexicon = lexicon;
    this.patterns = lexicon.patterns;
    this.auto = automaton ?? buildAutomaton((lexicon as CompiledLexicon).patterns.map((p) => p.text));
  }

  /** The matcher of `lexicon` built in steps (see automatonSteps). */
  static *compile(lexicon: CompiledLexicon): Steps<Matcher> {
    const automaton = yield* automatonSteps(lexicon.patterns.map((p) => p.text));
    return new Matcher(lexicon, automaton);
  }

  /** The matcher of its packed form (see ./packed.ts): no lexicon to compile, no automaton to build. */
  static unpack(packed: PackedMatcher): Matcher {
    const { lexicon, automaton } = unpackMatcher(packed);
    return new Matcher(lexicon, automaton);
  }

  private lastLang: string | undefined;
  private lastNormalized: string | undefined;

  /** normalizeLang, remembered for the last language seen (find is called per block). */
  private lang(lang: string | undefined): string | undefined {
    if (lang !== this.lastLang) {
      this.lastLang = lang;
      this.lastNormalized = normalizeLang(lang);
    }
    return this.lastNormalized;
  }

  /** Number of automaton states (for size reports). */
  get states(): number {
    return this.auto.states;
  }

  /** The automaton's tables (for tests and size reports). */
  get automaton(): Automaton {
    return this.auto;
  }

  /** Every food mention of `text`, in text order. */
  find(text: string, options: FindOptions = {}): Mention[] {
    const buf = this.buffers;
    const n = foldInto(text, buf);
    if (n === 0) return [];
    const { syms, start: starts, end: ends } = buf;
    let folded: string | undefined;
    /** The folded text as a string (built only when a term was found). */
    const ftextOf = (): string => {
      folded ??= symbolString(syms, n);
      return folded;
    };
    const lang = this.lang(options.lang);
    const { delta, outStart, outputs, lengths } = this.auto;
    const W = TERM_SYMBOLS;

    const candidates: Candidate[] = [];
    const contexts: ContextHit[] = [];
    /** Food terms at a word start that run into more letters (compound beginnings). */
    const prefixes: Span[] = [];

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
        const p = this.patterns[id] as PatternInfo;
        if (p.kind === 'hint' || (p.langs && !(lang && p.langs.includes(lang)))) continue;
        const e = i + 1;
        const s = e - (lengths[id] as number);
        let startOk: boolean;
        let endOk: boolean;
        if (p.script === 'cjk') {
          // No spaces between words: a term starts and ends where a character does.
          if ((s > 0 && starts[s - 1] === starts[s]) || (e < n && starts[e] === starts[e - 1])) continue;
          startOk = true;
          endOk = true;
        } else {
          startOk = s === 0 || !isWordSymbol(syms[s - 1] as number);
          endOk = e === n || !isWordSymbol(syms[e] as number);
        }
        if (p.kind === 'context') {
          if (p.scope && lang && !p.scope.includes(lang)) continue;
          if (startOk && endOk && p.context && this.inScript(p, text, starts, ends, s, e))
            contexts.push({ kind: p.context, s, e });
          continue;
        }
        const food = p.food ?? '';
        if (!endOk) {
          if (p.kind === 'food' && startOk && this.inScript(p, text, starts, ends, s, e))
            prefixes.push({ food, s, e });
          continue;
        }
        if (startOk) {
          if (this.inScript(p, text, starts, ends, s, e))
            candidates.push({ kind: p.kind, food, s, e, rank: p.kind === 'not' ? 0 : 1 });
          continue;
        }
        if (!p.head) continue;
        // A compound ending with a head.
        let ws = s;
        while (ws > 0 && isWordSymbol(syms[ws - 1] as number)) ws--;
        const prefix = ftextOf().slice(ws, s);
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
        if (s - ws < HEAD_MIN_PREFIX || !this.inScript(p, text, starts, ends, ws, e)) continue;
        candidates.push({ kind: p.kind, food, s: ws, e, rank: p.kind === 'not' ? 0 : 2 });
      }
    }
    if (candidates.length === 0) return [];

    // Longest first; among equals, no-food before explicit terms before compounds.
    if (candidates.length > 1)
      candidates.sort((a, b) => b.e - b.s - (a.e - a.s) || a.rank - b.rank || a.s - b.s);
    const accepted: Candidate[] = [];
    const foods: Span[] = [];
    const elliptics: Span[] = [];
    for (const c of candidates) {
      if (accepted.some((a) => a.s < c.e && c.s < a.e)) continue;
      accepted.push(c);
      if (c.kind === 'food') foods.push({ food: c.food, s: c.s, e: c.e });
      else if (c.kind === 'elliptic') elliptics.push({ food: c.food, s: c.s, e: c.e });
    }
    if (foods.length === 0) return [];
    if (foods.length > 1) foods.sort((a, b) => a.s - b.s);
    // The folded text is only needed to look at gaps: between foods, and around context words.
    const needText =
      foods.length > 1 ||
      elliptics.length > 0 ||
      contexts.length > 0 ||
      foods.some((f) => this.lexicon.notAfter.has(f.food));
    const ftext = needText ? ftextOf() : '';
    const merged = foods.length > 1 ? this.merge(foods, ftext, text, starts) : foods;
    const confirmed = elliptics.length ? this.confirmElliptics(elliptics, merged, ftext, text, starts) : [];
    const all = confirmed.length ? [...merged, ...confirmed].sort((a, b) => a.s - b.s) : merged;

    const mentions: Mention[] = [];
    for (const m of all) {
      if (needText && this.suppressed(m, contexts, ftext)) continue;
      const start = starts[m.s] as number;
      const end = ends[m.e - 1] as number;
      mentions.push({ foodId: m.food, start, end, text: text.slice(start, end) });
    }
    return mentions;
  }

  /**
   * True when the symbols s…e come from text in the pattern's script: the fold
   * writes every script in a–z, so "сыр" and Czech "sýr" fold alike.
   */
  private inScript(
    p: PatternInfo,
    text: string,
    starts: Int32Array,
    ends: Int32Array,
    s: number,
    e: number,
  ): boolean {
    return textScript(text, starts[s] as number, ends[e - 1] as number) === p.script;
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
      if (
        prev &&
        f.food !== prev.food &&
        isAncestorOrSelf(f.food, prev.food) &&
        this.describes(gap, text, starts, prev.e)
      ) {
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
      if (ch === '#' || ch === '&') {
        // Digits and fat marks only ("45+", "3,5%"); a point or comma only inside a number.
        const k = starts[at + i] as number;
        const c = text[k] ?? '';
        if (
          /[.,]/.test(c) ? !(/\d/.test(text[k - 1] ?? '') && /\d/.test(text[k + 1] ?? '')) : !/[\d+%]/.test(c)
        )
          return false;
      }
      if (ch === OTHER_CHAR) return false;
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
    if (!kind || (contexts.length === 0 && !this.lexicon.notAfter.has(m.food))) return false;
    for (const c of contexts) {
      const rule = CONTEXT_RULES[c.kind];
      if (!rule.kinds.includes(kind)) continue;
      // Inside a neutral phrase ("lactose free"), the word is no context.
      if (contexts.some((d) => d.kind === 'neutral' && d.s <= c.s && c.e <= d.e && d.e - d.s > c.e - c.s))
        continue;
      if (rule.notAfterList && this.endsList(c, contexts, ftext)) continue;
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

  /**
   * True when a context word ends a list ("apricot & almond", "coconut and
   * lime") whose item before it is no context word of the same kind: a list of
   * flavours, not the base of the food ("soy & almond" stays a list of bases).
   */
  private endsList(c: ContextHit, contexts: ContextHit[], ftext: string): boolean {
    const before = ftext.slice(Math.max(0, c.s - 32), c.s).trimEnd();
    let link: string;
    if (before.endsWith('&')) link = '&';
    else {
      link = before.slice(before.lastIndexOf(' ') + 1);
      if (!this.lexicon.conjunctions.has(link)) return false;
    }
    return !contexts.some(
      (d) => d.kind === c.kind && d.e <= c.s && ftext.slice(d.e, c.s).replace(/ /g, '') === link,
    );
  }

  private readonly flagCache = new Map<string, Uint32Array>();

  /**
   * Pre-filter flags for a language (without one: for every language, as a
   * page's blocks may be in any), one word per state: bit L is set when a
   * one-word food (or hint) term of L symbols ends there (it must start a word: L letters
   * since the last separator); bits 1–31 are set when a compound head or a
   * several-word food term ends there (or a one-word term of 31 symbols or more);
   * bit 0 (ANYWHERE) when a Japanese, Korean or Chinese term ends there (no word
   * boundary needed: the scan looks right after each of their characters).
   */
  private flagsFor(lang: string | undefined): Uint32Array {
    const key = lang ?? '';
    const hit = this.flagCache.get(key);
    if (hit) return hit;
    const { states, outStart, outputs, lengths } = this.auto;
    // Each pattern's bits, then each state's: the bits of the patterns that end there.
    const bits = new Uint32Array(this.patterns.length);
    for (let id = 0; id < bits.length; id++) {
      const p = this.patterns[id] as PatternInfo;
      if (p.kind !== 'food' && p.kind !== 'hint') continue;
      if (p.langs && lang !== undefined && !p.langs.includes(lang)) continue;
      const len = lengths[id] as number;
      if (p.script === 'cjk') bits[id] = ANYWHERE;
      else if (p.head || p.phrase || len >= 31) bits[id] = ~ANYWHERE;
      else bits[id] = 1 << len;
    }
    const flags = new Uint32Array(states);
    for (let st = 0; st < states; st++) {
      let f = 0;
      for (let k = outStart[st] as number; k < (outStart[st + 1] as number); k++)
        f |= bits[outputs[k] as number] as number;
      flags[st] = f;
    }
    this.flagCache.set(key, flags);
    return flags;
  }

  /**
   * A streaming pre-filter over the page's text nodes (see Prefilter): the
   * nodes where a food term of the language (without one: of any language)
   * ends at a word end (one-word terms must also start a word, or the node's
   * text). Context rules and the block's own language are left to `find`.
   */
  prefilter(lang?: string): Prefilter {
    const state: PrefilterState = {
      table: foldTable(),
      delta: this.auto.delta,
      flags: this.flagsFor(normalizeLang(lang)),
      st: 0,
      run: 0,
      lastSpace: true,
    };
    return {
      reset() {
        state.st = 0;
        state.run = 0;
        state.lastSpace = true;
      },
      scan: (text, ends, count, hits) => prefilterScan(state, text, ends, count, hits),
    };
  }
}

/** Pre-filter flag: a term that needs no word boundary ends in this state. */
const ANYWHERE = 1;

/** A pre-filter's tables and where its last call stopped. */
interface PrefilterState {
  readonly table: Uint8Array;
  readonly delta: Uint16Array | Uint32Array;
  readonly flags: Uint32Array;
  /** Automaton state. */
  st: number;
  /** Word characters since the last separator. */
  run: number;
  lastSpace: boolean;
}

/** The automaton state after `symbols` (those a char expands to: ß → s s), kept out of the hot loop. */
function advance(delta: Uint16Array | Uint32Array, s: number, symbols: readonly number[]): number {
  let next = s;
  for (const e of symbols) next = delta[next * TERM_SYMBOLS + e - SPACE] as number;
  return next;
}

/**
 * The pre-filter's hot loop (see Prefilter.scan): a letter costs a table read
 * and a transition; whether a term ends the word is read from the flags only
 * at the separator after it, or at the end of a node's text. A plain function
 * of plain locals (no closure, no iterator in the loop): the JIT keeps it tight.
 */
function prefilterScan(
  state: PrefilterState,
  text: string,
  ends: Int32Array,
  count: number,
  hits: Int32Array,
): number {
  const { table, delta, flags } = state;
  const W = TERM_SYMBOLS;
  let s = state.st;
  let r = state.run;
  let sp = state.lastSpace;
  let found = 0;
  let i = 0;
  for (let k = 0; k < count; k++) {
    const to = ends[k] as number;
    /**
     * Word characters since the last separator or the start of this node's
     * text. A text that starts a block may follow another block's text
     * without a separator ("Président</div><h3>Brie"): a term may start there
     * too. (Bit 31 of the flags stands for 31 or more.)
     */
    let o = 0;
    let hit = false;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      const sym = table[code] as number;
      if (sym >= LETTER_A) {
        if (sym < MULTI_CODE) {
          s = delta[s * W + sym - SPACE] as number;
          r++;
          o++;
          sp = false;
        } else if (sym === MULTI_CODE) {
          const symbols = expansionOf(code);
          s = advance(delta, s, symbols);
          r += symbols.length;
          o += symbols.length;
          sp = false;
          if (((flags[s] as number) & ANYWHERE) !== 0) {
            hit = true;
            break;
          }
        }
        // SKIP_CODE: nothing.
        continue;
      }
      if (sym === OTHER) {
        // A letter of another script: the word goes on, no term does.
        s = 0;
        r++;
        o++;
        sp = false;
        continue;
      }
      if (r > 0) {
        const f = flags[s] as number;
        if (f !== 0 && (((f >>> Math.min(r, 31)) | (f >>> Math.min(o, 31))) & 1) === 1) {
          hit = true;
          break;
        }
        r = 0;
        o = 0;
      }
      if (sym === SPACE) {
        if (!sp) {
          sp = true;
          s = delta[s * W] as number;
        }
      } else if (sym === AMP) {
        s = delta[s * W + AMP - SPACE] as number;
        sp = false;
      } else {
        s = 0;
        sp = false;
      }
    }
    if (!hit && r > 0) {
      const f = flags[s] as number;
      hit = f !== 0 && (((f >>> Math.min(r, 31)) | (f >>> Math.min(o, 31))) & 1) === 1;
    }
    if (hit) {
      hits[found++] = k;
      s = 0;
      r = 0;
      sp = true;
      i = to;
    }
  }
  state.st = s;
  state.run = r;
  state.lastSpace = sp;
  return found;
}

let shared: Matcher | undefined;

/**
 * The matcher of the bundled lexicon, unpacked on first use from the form the
 * build compiled it to (src/match/generated/matcher.json, see ./packed.ts).
 */
export function getMatcher(): Matcher {
  shared ??= Matcher.unpack(packedMatcher);
  return shared;
}
