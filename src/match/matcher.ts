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
 * Steps 4–6 are in ./context.ts; the page scan's pre-filter in ./prefilter.ts.
 */
import { type Automaton, automatonSteps, buildAutomaton } from './automaton';
import { type ContextHit, confirmElliptics, mergeRefinements, type Span, suppressed } from './context';
import { Dfa, ROOT } from './dfa';
import {
  type FoldBuffers,
  foldInto,
  isWordSymbol,
  newFoldBuffers,
  SPACE,
  symbolString,
  TERM_SYMBOLS,
} from './fold';
import packedMatcher from './generated/matcher.json';
import { isAncestorOrSelf } from './lexicon/foods';
import type { CompiledLexicon, MatcherLexicon, PatternInfo } from './lexicon/index';
import { type PackedMatcher, unpackMatcher } from './packed';
import { newPrefilter, type Prefilter, prefilterBit } from './prefilter';
import { HEAD_MIN_PREFIX } from './rules';
import { textScript } from './scripts';
import type { Steps } from './steps';
import { PackedTrie, packTrie } from './trie';

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

interface Candidate {
  kind: 'food' | 'not' | 'elliptic';
  food: string;
  s: number;
  e: number;
  /** 0 no-food, 1 explicit term, 2 compound head: the order among equally long candidates. */
  rank: number;
}

/**
 * The primary language subtag, lower case, with Norwegian variants as "no". Read up to the first "-" or "_"
 * without a regular expression: a page's first call of a split by one cost most of a millisecond (the
 * matcher's set-up asks for a language before anything else).
 */
export function normalizeLang(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const tag = lang.trim();
  let end = 0;
  while (end < tag.length && tag[end] !== '-' && tag[end] !== '_') end++;
  const primary = tag.slice(0, end).toLowerCase();
  if (!primary) return undefined;
  return primary === 'nb' || primary === 'nn' ? 'no' : primary;
}

export class Matcher {
  readonly lexicon: MatcherLexicon;
  /** The pattern of an id the automaton gives. */
  private readonly patternAt: (id: number) => PatternInfo;
  private readonly auto: Dfa;
  /** Symbol buffers reused by every call of `find` (it is synchronous and keeps no reference). */
  private readonly buffers: FoldBuffers = newFoldBuffers();

  /**
   * The matcher of a compiled lexicon (compileLexicon, for tests and tools),
   * or of a lexicon and the automaton of its patterns. Pages load the matcher
   * the build packed instead (`getMatcher()`, `Matcher.unpack`).
   */
  constructor(lexicon: CompiledLexicon);
  constructor(lexicon: MatcherLexicon, automaton: Automaton | Dfa);
  constructor(lexicon: MatcherLexicon, automaton?: Automaton | Dfa) {
    this.lexicon = lexicon;
    if (lexicon.patternAt) this.patternAt = lexicon.patternAt;
    else {
      const patterns = lexicon.patterns;
      this.patternAt = (id) => patterns[id] as PatternInfo;
    }
    if (automaton instanceof Dfa) this.auto = automaton;
    else {
      const patterns = lexicon.patterns;
      const auto = automaton ?? buildAutomaton((lexicon as CompiledLexicon).patterns.map((p) => p.text));
      this.auto = new Dfa(new PackedTrie(packTrie(auto, patterns.length), auto.states, patterns.length));
    }
  }

  /** The matcher of `lexicon` built in steps (see automatonSteps). */
  static *compile(lexicon: CompiledLexicon): Steps<Matcher> {
    const automaton = yield* automatonSteps(lexicon.patterns.map((p) => p.text));
    return new Matcher(lexicon, automaton);
  }

  /** The matcher of its packed form (see ./packed.ts): no lexicon to compile, no automaton to build. */
  static unpack(packed: PackedMatcher): Matcher {
    const { lexicon, dfa } = unpackMatcher(packed);
    return new Matcher(lexicon, dfa);
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

  /** The automaton (for tests and size reports). */
  get automaton(): Dfa {
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
    const auto = this.auto;
    const { delta, ownStart, ownCount, outLink, fail, lengths } = auto;
    const W = TERM_SYMBOLS;

    const candidates: Candidate[] = [];
    const contexts: ContextHit[] = [];
    /** Food terms at a word start that run into more letters (compound beginnings). */
    const prefixes: Span[] = [];

    let st = ROOT;
    for (let i = 0; i < n; i++) {
      const sym = syms[i] as number;
      if (sym < SPACE) {
        st = ROOT;
        continue;
      }
      let next = delta[st * W + sym - SPACE] as number;
      // 0: the state's row is not filled yet (see ./dfa.ts).
      if (next === 0) next = auto.step(st, sym - SPACE);
      st = next;
      // The patterns that end here: the own patterns of each state along the output links.
      for (let x = outLink[st] as number; x !== 0; x = outLink[fail[x] as number] as number)
        for (let id = ownStart[x] as number, own = id + (ownCount[x] as number); id < own; id++) {
          const p = this.patternAt(id);
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
    const merged = foods.length > 1 ? mergeRefinements(this.lexicon, foods, ftext, text, starts) : foods;
    const confirmed = elliptics.length
      ? confirmElliptics(this.lexicon, elliptics, merged, ftext, text, starts)
      : [];
    const all = confirmed.length ? [...merged, ...confirmed].sort((a, b) => a.s - b.s) : merged;

    const mentions: Mention[] = [];
    for (const m of all) {
      if (needText && suppressed(this.lexicon, m, contexts, ftext)) continue;
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

  private readonly flagCache = new Map<string, Uint32Array>();

  /**
   * The pre-filter's flags for a language (see prefilterBit), one set per
   * language, which the DFA keeps up to date as scans reach new states.
   */
  private flagsFor(lang: string | undefined): Uint32Array {
    const key = lang ?? '';
    let flags = this.flagCache.get(key);
    if (!flags) {
      const patternAt = this.patternAt;
      flags = this.auto.addFlags((id, length) => prefilterBit(patternAt(id), length, lang));
      this.flagCache.set(key, flags);
    }
    return flags;
  }

  /**
   * A streaming pre-filter over the page's text nodes (see Prefilter): the
   * nodes where a food term of the language (without one: of any language)
   * ends at a word end (one-word terms must also start a word, or the node's
   * text). Context rules and the block's own language are left to `find`.
   * With `others`, the nodes where only another language's term ends are
   * reported too (as `~index`), for the walk to look at their block's language.
   */
  prefilter(lang?: string, options: { others?: boolean } = {}): Prefilter {
    const own = normalizeLang(lang);
    const flags = this.flagsFor(own);
    return own !== undefined && options.others
      ? newPrefilter(this.auto, flags, own, this.flagsFor(undefined))
      : newPrefilter(this.auto, flags, own);
  }
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
