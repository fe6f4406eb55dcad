/**
 * The lexicon: every language file, expanded into folded patterns.
 * DOM-free; compiled at build time (src/match/build/build-matcher.ts), and by
 * tests and tools.
 */
import { foldString } from '../fold';
import { type Script, textScript } from '../scripts';
import { runSteps, type Steps } from '../steps';
import { bg } from './bg';
import { brands } from './brands';
import { cs } from './cs';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { et } from './et';
import { fi } from './fi';
import { FOODS } from './foods';
import { fr } from './fr';
import { ga } from './ga';
import { hr } from './hr';
import { hu } from './hu';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { lt } from './lt';
import { lv } from './lv';
import { mk } from './mk';
import { mt } from './mt';
import { names } from './names';
import { nl } from './nl';
import { nordic } from './nordic';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sk } from './sk';
import { sl } from './sl';
import { sr } from './sr';
import { tr } from './tr';
import type { ContextKind, LexiconLanguage } from './types';
import { uk } from './uk';
import { zh } from './zh';

export { FOODS, isAncestorOrSelf } from './foods';
export type { ContextKind, FoodInfo, FoodKind, LexiconLanguage } from './types';

/** All lexicon files, in the order their terms are reported by termsByFood. */
export const LEXICON: readonly LexiconLanguage[] = [
  names,
  brands,
  en,
  de,
  fr,
  nl,
  it,
  es,
  nordic,
  cs,
  sk,
  pl,
  hu,
  pt,
  tr,
  ro,
  hr,
  sl,
  et,
  lv,
  lt,
  fi,
  ga,
  mt,
  ru,
  uk,
  bg,
  sr,
  mk,
  el,
  ja,
  ko,
  zh,
];

/** The languages the lexicon has words for (primary subtags). */
export const LEXICON_LANGUAGES: readonly string[] = /* @__PURE__ */ languagesOf(LEXICON);

/**
 * The primary subtags of `files` (a function marked pure: the content script
 * loads the compiled lexicon, and its bundle leaves the language files out).
 */
function languagesOf(files: readonly LexiconLanguage[]): string[] {
  return [...new Set(files.flatMap((l) => l.langs.filter((x) => x !== '*')))];
}

/**
 * Expands the term shorthands: `a|b` (several terms), `[x]` (optional) and
 * `(a/b)` (one of). Returns the written forms, not folded.
 */
export function expandTerms(spec: string): string[] {
  const out: string[] = [];
  for (const raw of splitTop(spec, '|')) {
    const term = raw.trim();
    if (term) out.push(...expandOne(term));
  }
  return [...new Set(out)];
}

/** Splits at `sep` outside brackets and parentheses. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function expandOne(term: string): string[] {
  const open = term.search(/[[(]/);
  if (open < 0) return [term];
  const close = matchingClose(term, open);
  const head = term.slice(0, open);
  const inner = term.slice(open + 1, close);
  const tail = expandOne(term.slice(close + 1));
  const options = term[open] === '[' ? ['', ...expandOne(inner)] : splitTop(inner, '/').flatMap(expandOne);
  const out: string[] = [];
  for (const o of options) for (const t of tail) out.push(head + o + t);
  return out;
}

function matchingClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[' || s[i] === '(') depth++;
    else if (s[i] === ']' || s[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unbalanced brackets in lexicon term "${s}"`);
}

/** `hint`: no food, but the pre-filter fires on it (see LexiconLanguage.hints). */
export type PatternKind = 'food' | 'not' | 'elliptic' | 'context' | 'hint';

/** What the matcher reads of a pattern (the packed matcher, ../packed.ts, has these and no texts). */
export interface PatternInfo {
  kind: PatternKind;
  /** Food id (food and elliptic patterns). */
  food?: string | undefined;
  /** Context kind (context patterns). */
  context?: ContextKind | undefined;
  /** Matches at the end of a longer word too (compound head). */
  head: boolean;
  /** Several words: its text holds a space. */
  phrase: boolean;
  /** Active only for these languages (undefined: always). */
  langs?: readonly string[] | undefined;
  /** Context words: active for these languages or when the language is unknown (undefined: always). */
  scope?: readonly string[] | undefined;
  /**
   * The script it is written in: it names a food only in text of that script
   * (the fold writes every script in a–z). Japanese, Korean and Chinese terms
   * need no word boundaries.
   */
  script: Script;
}

/** One folded term the automaton looks for. */
export interface Pattern extends PatternInfo {
  /** Folded text (a–z, single spaces, `&`). */
  text: string;
  /** The term as written (first spelling that produced this pattern). */
  written: string;
}

/** What the matcher reads of a compiled lexicon: its patterns and its small word lists. */
export interface MatcherLexicon {
  /** Shortest first, then in text order (see lexiconSteps). */
  patterns: readonly PatternInfo[];
  /**
   * Pattern `id` without reading `patterns` (a packed matcher's lexicon makes the whole list only when asked
   * for it; a page's scan reads the few patterns its text reaches).
   */
  patternAt?: (id: number) => PatternInfo;
  /** Folded single words that link a name to its context ("de", "au", "of"). */
  linkers: Set<string>;
  /** Folded words for "and"/"or". */
  conjunctions: Set<string>;
  /** Folded compound beginnings that block a head ("erdnuss", "soja"). */
  blockers: string[];
  /** Food id → folded words right after it that make it something else. */
  notAfter: Map<string, string[]>;
  /** Folded single words that name a cheese without its variety ("cheese", "kase", "ost"). */
  cheeseWords: Set<string>;
}

export interface CompiledLexicon extends MatcherLexicon {
  patterns: Pattern[];
  /** Food id → every written term, all languages (for search). */
  terms: Map<string, string[]>;
  /** Problems found while compiling (bad terms, conflicts); empty for a valid lexicon. */
  problems: string[];
}

/** Compiles the lexicon files into patterns (pure; the matcher caches the result). */
export function compileLexicon(files: readonly LexiconLanguage[] = LEXICON): CompiledLexicon {
  return runSteps(lexiconSteps(files));
}

/**
 * The same compilation in steps, one per language file (a few milliseconds
 * each on a cold start): a page script runs each `next()` in a task of its own.
 */
export function* lexiconSteps(files: readonly LexiconLanguage[] = LEXICON): Steps<CompiledLexicon> {
  const problems: string[] = [];
  const byKey = new Map<string, Pattern>();
  const terms = new Map<string, string[]>();
  const linkers = new Set<string>();
  const conjunctions = new Set<string>();
  const blockers = new Set<string>();
  const notAfter = new Map<string, string[]>();
  const cheeseWords = new Set<string>();

  const add = (
    spec: string | undefined,
    kind: PatternKind,
    opts: {
      food?: string;
      context?: ContextKind;
      head?: boolean;
      langs?: readonly string[];
      scope?: readonly string[];
    },
  ) => {
    if (!spec) return;
    if (opts.food && !FOODS[opts.food]) problems.push(`unknown food id "${opts.food}"`);
    for (const written of expandTerms(spec)) {
      const text = foldString(written);
      if (!/^[a-z&]+(?: [a-z&]+)*$/.test(text)) {
        problems.push(`term "${written}" folds to "${text}", which a page text can never match`);
        continue;
      }
      if (opts.food && kind === 'food') {
        const list = terms.get(opts.food) ?? [];
        if (!list.includes(written)) list.push(written);
        terms.set(opts.food, list);
        if (opts.food === 'cheese' && !text.includes(' ')) cheeseWords.add(text);
      }
      const head = opts.head ?? false;
      const script = textScript(written);
      const langKey = `${opts.langs ? opts.langs.join(',') : '*'}/${opts.scope ? opts.scope.join(',') : '*'}`;
      const key = `${text}|${kind}|${opts.context ?? ''}|${head}|${langKey}|${script}`;
      const existing = byKey.get(key);
      if (existing) {
        if (existing.food !== opts.food)
          problems.push(`"${written}" names both ${existing.food} and ${opts.food} (${langKey})`);
        continue;
      }
      byKey.set(key, {
        text,
        kind,
        head,
        phrase: text.includes(' '),
        written,
        script,
        ...(opts.food ? { food: opts.food } : {}),
        ...(opts.context ? { context: opts.context } : {}),
        ...(opts.langs ? { langs: opts.langs } : {}),
        ...(opts.scope ? { scope: opts.scope } : {}),
      });
    }
  };

  for (const [i, file] of files.entries()) {
    if (i > 0) yield;
    const langs = file.langs.includes('*') ? undefined : file.langs;
    for (const [food, spec] of Object.entries(file.foods ?? {})) add(spec, 'food', { food });
    for (const [food, spec] of Object.entries(file.strict ?? {}))
      add(spec, 'food', { food, ...(langs ? { langs } : {}) });
    for (const [food, spec] of Object.entries(file.heads ?? {})) add(spec, 'food', { food, head: true });
    for (const [food, spec] of Object.entries(file.strictHeads ?? {}))
      add(spec, 'food', { food, head: true, ...(langs ? { langs } : {}) });
    for (const [food, spec] of Object.entries(file.elliptic ?? {})) add(spec, 'elliptic', { food });
    add(file.notFood, 'not', {});
    add(file.hints, 'hint', {});
    add(file.strictNotFood, 'not', { ...(langs ? { langs } : {}) });
    add(file.notFoodHeads, 'not', { head: true, ...(langs ? { langs } : {}) });
    for (const [kind, spec] of Object.entries(file.context ?? {}))
      add(spec, 'context', { context: kind as ContextKind, ...(langs ? { scope: langs } : {}) });
    for (const [food, spec] of Object.entries(file.notAfter ?? {})) {
      const list = notAfter.get(food) ?? [];
      list.push(...expandTerms(spec).map(foldString));
      notAfter.set(food, list);
    }
    for (const w of expandTerms(file.linkers ?? '')) linkers.add(foldString(w));
    for (const w of expandTerms(file.conjunctions ?? '')) conjunctions.add(foldString(w));
    for (const w of expandTerms(file.blockers ?? '')) blockers.add(foldString(w));
  }
  conjunctions.add('&');

  // A food term and a no-food term with the same text would cancel each other silently.
  const foodTexts = new Map<string, Pattern>();
  for (const p of byKey.values())
    if (p.kind === 'food' && !p.head && !p.langs) foodTexts.set(`${p.script} ${p.text}`, p);
  for (const p of byKey.values()) {
    if (p.kind === 'not' && !p.head && !p.langs && foodTexts.has(`${p.script} ${p.text}`))
      problems.push(`"${p.written}" is both a food term and a no-food term`);
  }
  // Shortest first, then in text order (the same text in the order of the files): the order of
  // the automaton's states, breadth-first with children in column order, where each one ends.
  // The packed matcher (../packed.ts) stores the patterns so.
  const patterns = [...byKey.values()].sort(
    (a, b) => a.text.length - b.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  return {
    patterns,
    linkers,
    conjunctions,
    blockers: [...blockers].sort((a, b) => b.length - a.length),
    notAfter,
    cheeseWords,
    terms,
    problems,
  };
}
