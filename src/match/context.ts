/**
 * What the words around the foods found do (steps 4–6 of ./matcher.ts, DOM-free):
 * a food next to its refinement merges into one mention, an elliptic name
 * counts before "or"/"and" and a cheese word, and a context word (./rules.ts)
 * or a food's own "not after" phrase suppresses a mention. Each works on the
 * folded text (`ftext`: one symbol per character, '#' for punctuation).
 */
import { OTHER_CHAR } from './fold';
import { FOODS, isAncestorOrSelf } from './lexicon/foods';
import type { ContextKind, MatcherLexicon } from './lexicon/index';
import { CONTEXT_RULES, DESCRIBE_MAX_WORDS, ELLIPTIC_MAX_WORDS, MERGE_MAX_WORDS } from './rules';

/** A food (or elliptic name) found, over folded symbols s…e (end exclusive). */
export interface Span {
  food: string;
  s: number;
  e: number;
}

/** A context word found, over folded symbols s…e. */
export interface ContextHit {
  kind: ContextKind;
  s: number;
  e: number;
}

/**
 * Merges neighbours where one food refines the other: next to each other or
 * joined by a linking word ("cheddar cheese", "queso de cabra"), or a generic
 * name up to two descriptive words after the variety ("Velveeta Original Cheese").
 */
export function mergeRefinements(
  lexicon: MatcherLexicon,
  foods: Span[],
  ftext: string,
  text: string,
  starts: Int32Array,
): Span[] {
  const out: Span[] = [];
  for (const f of foods) {
    const prev = out[out.length - 1];
    const gap = prev ? ftext.slice(prev.e, f.s) : '';
    if (
      prev &&
      f.food !== prev.food &&
      isAncestorOrSelf(f.food, prev.food) &&
      describes(lexicon, gap, text, starts, prev.e)
    ) {
      out[out.length - 1] = { food: prev.food, s: prev.s, e: f.e };
      continue;
    }
    if (prev && linked(lexicon, gap)) {
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
function describes(
  lexicon: MatcherLexicon,
  gap: string,
  text: string,
  starts: Int32Array,
  at: number,
): boolean {
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
  return words.length <= DESCRIBE_MAX_WORDS && !words.some((w) => lexicon.conjunctions.has(w));
}

/** True when a gap holds only spaces and at most MERGE_MAX_WORDS linking words. */
function linked(lexicon: MatcherLexicon, gap: string): boolean {
  if (!/^[a-z ]*$/.test(gap)) return false;
  const words = gap.split(' ').filter(Boolean);
  return words.length <= MERGE_MAX_WORDS && words.every((w) => lexicon.linkers.has(w));
}

export function confirmElliptics(
  lexicon: MatcherLexicon,
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
    if (!lexicon.cheeseWords.has(lastWord)) continue;
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
    if (!first || !(first === ',' || lexicon.conjunctions.has(first))) continue;
    if (words.filter((w) => w !== ',').length > ELLIPTIC_MAX_WORDS) continue;
    out.push(el);
  }
  return out;
}

/** True when a context rule or a food's own "not after" phrase suppresses the mention. */
export function suppressed(lexicon: MatcherLexicon, m: Span, contexts: ContextHit[], ftext: string): boolean {
  const kind = FOODS[m.food]?.kind;
  if (!kind || (contexts.length === 0 && !lexicon.notAfter.has(m.food))) return false;
  for (const c of contexts) {
    const rule = CONTEXT_RULES[c.kind];
    if (!rule.kinds.includes(kind)) continue;
    // Inside a neutral phrase ("lactose free"), the word is no context.
    if (contexts.some((d) => d.kind === 'neutral' && d.s <= c.s && c.e <= d.e && d.e - d.s > c.e - c.s))
      continue;
    if (rule.notAfterList && endsList(lexicon, c, contexts, ftext)) continue;
    let gap: string;
    if (rule.side === 'before' && c.e <= m.s) gap = ftext.slice(c.e, m.s);
    else if (rule.side === 'after' && c.s >= m.e) gap = ftext.slice(m.e, c.s);
    else continue;
    if (gap.includes('#')) continue;
    const words = gap.split(' ').filter(Boolean);
    if (words.length > rule.maxWords) continue;
    if (
      rule.gap === 'linkers'
        ? words.every((w) => lexicon.linkers.has(w))
        : !words.some((w) => lexicon.conjunctions.has(w))
    )
      return true;
  }
  const notAfter = lexicon.notAfter.get(m.food);
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
function endsList(lexicon: MatcherLexicon, c: ContextHit, contexts: ContextHit[], ftext: string): boolean {
  const before = ftext.slice(Math.max(0, c.s - 32), c.s).trimEnd();
  let link: string;
  if (before.endsWith('&')) link = '&';
  else {
    link = before.slice(before.lastIndexOf(' ') + 1);
    if (!lexicon.conjunctions.has(link)) return false;
  }
  return !contexts.some(
    (d) => d.kind === c.kind && d.e <= c.s && ftext.slice(d.e, c.s).replace(/ /g, '') === link,
  );
}
