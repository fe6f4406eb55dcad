/**
 * The matcher's alphabet: the small integers every UTF-16 code unit of a text
 * folds to (see ./fold.ts), shared by the fold, its table and the automaton.
 */

/** Punctuation, digits and anything that is not a letter or a separator. */
export const BREAK = 0;
/** The line break the page scan inserts for a <br> (folds to BREAK). */
export const LINE_BREAK = '\u2029';
/** A letter of another script (Greek, Cyrillic, CJK…): part of a word, never of a term. */
export const OTHER = 1;
/**
 * How OTHER prints in folded text: a letter of another script itself (Hebrew
 * alef, which no transliteration touches), so that
 * folding folded text changes nothing.
 */
export const OTHER_CHAR = 'א';
/** Whitespace, hyphens, dashes, apostrophes (runs collapse to one). */
export const SPACE = 2;
/** `&` and `+`. */
export const AMP = 3;
/** `a` folds to 4, … `z` to 29. */
export const LETTER_A = 4;
/**
 * Number of symbols a term can contain (SPACE, AMP, a–z): the width of a DFA
 * row; a symbol's column is `sym - SPACE`, and symbols below SPACE end any term.
 */
export const TERM_SYMBOLS = 28;

/** Fold table value: the char is dropped (combining mark, soft hyphen, zero-width). */
export const SKIP_CODE = 255;
/** Fold table value: the char expands to several symbols (see expansionOf in ./fold.ts). */
export const MULTI_CODE = 254;
