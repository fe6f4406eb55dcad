/**
 * What each kind of context word does (the words themselves are data in the
 * lexicon files). DOM-free.
 *
 * A rule looks at the words between a food mention and a context word of its
 * kind: `side` says where the context word stands, `maxWords` how many words
 * may stand between them, and `gap` which words those may be:
 *   - 'any'     — any words, but no punctuation and no "and"/"or";
 *   - 'linkers' — only small linking words ("de", "au", "di", "of", "à base de").
 * `kinds` lists the food kinds the rule touches (vegan words do not touch
 * miso or kimchi: "vegan kimchi" is kimchi). With `notAfterList`, a context
 * word that ends a list of other words ("Apricot & Almond Cream Cheese",
 * "honey and almond yogurt") names a flavour, not the base, and the rule does
 * not fire; a list of context words of the rule's kind ("soy & almond yogurt")
 * still does. A context word inside a `neutral` phrase is no context word
 * ("lactose free" holds the "free" of `substitute`).
 */
import type { ContextKind, FoodKind } from './lexicon/types';

export interface ContextRule {
  side: 'before' | 'after';
  maxWords: number;
  gap: 'any' | 'linkers';
  kinds: readonly FoodKind[];
  /** The rule does not fire for a word that ends a list of flavours ("Apricot & Almond"). */
  notAfterList?: boolean;
}

const ANIMAL: readonly FoodKind[] = ['cheese', 'milk', 'butter', 'animal'];
const DAIRY: readonly FoodKind[] = ['cheese', 'milk', 'butter'];
const ALL: readonly FoodKind[] = ['cheese', 'milk', 'butter', 'animal', 'plant'];

export const CONTEXT_RULES: Readonly<Record<ContextKind, ContextRule>> = {
  vegan: { side: 'before', maxWords: 3, gap: 'any', kinds: ANIMAL },
  veganAfter: { side: 'after', maxWords: 3, gap: 'linkers', kinds: ANIMAL },
  plant: { side: 'before', maxWords: 0, gap: 'any', kinds: DAIRY, notAfterList: true },
  plantAfter: { side: 'after', maxWords: 3, gap: 'linkers', kinds: DAIRY },
  spread: { side: 'before', maxWords: 0, gap: 'any', kinds: ['butter'] },
  spreadAfter: { side: 'after', maxWords: 1, gap: 'linkers', kinds: ['butter'] },
  tool: { side: 'after', maxWords: 0, gap: 'any', kinds: ALL },
  toolBefore: { side: 'before', maxWords: 2, gap: 'linkers', kinds: ALL },
  dish: { side: 'after', maxWords: 0, gap: 'any', kinds: ALL },
  dishBefore: { side: 'before', maxWords: 2, gap: 'linkers', kinds: ALL },
  flavour: { side: 'after', maxWords: 2, gap: 'any', kinds: ALL },
  flavourBefore: { side: 'before', maxWords: 3, gap: 'linkers', kinds: ALL },
  substitute: { side: 'after', maxWords: 1, gap: 'any', kinds: ALL },
  negation: { side: 'before', maxWords: 1, gap: 'linkers', kinds: ALL },
  negationAfter: { side: 'after', maxWords: 0, gap: 'any', kinds: ALL },
  neutral: { side: 'before', maxWords: 0, gap: 'any', kinds: [] },
};

/** Linking words that may stand between a generic name and the variety it names ("queso de cabra"). */
export const MERGE_MAX_WORDS = 1;
/** Descriptive words that may stand between a variety and a generic name after it ("Cheddar Extra Sharp Cheese"). */
export const DESCRIBE_MAX_WORDS = 2;
/** Words that may stand between an elliptic name and the cheese word ("Swiss or Le Gruyère cheese"). */
export const ELLIPTIC_MAX_WORDS = 4;
/** Letters a compound word needs before its head ("Ziegen|käse"; not "k|ost"). */
export const HEAD_MIN_PREFIX = 3;
