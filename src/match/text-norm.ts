/**
 * Text normalisation: every way K2 Lens makes two spellings of a text compare
 * equal, as named variants in one place (DOM-free). Each variant keeps its own
 * rules because its readers depend on them; they differ on purpose:
 *
 * - `foldString` — the matcher's fold (./fold.ts, table-driven, kept there for
 *   speed): lower-case a–z without diacritics, other scripts transliterated,
 *   separators one space, digits and punctuation `#`. Terms of the lexicon,
 *   and the texts the page scan compares with them.
 * - `lineKey` — the letters of `foldString` only: the key that says a visible
 *   block of the page shows a line of its structured data (an ingredient line,
 *   a product's name), whatever the punctuation and amounts around it. The page
 *   engine (src/page: regions, structure, recipe card) and the scan and corpus
 *   tools.
 * - `foldForSearch` — the popup search's fold: NFKD, lower case, no
 *   diacritics, ß → ss, æ → ae, ø → o, œ → oe, ł → l, đ → d, ı → i, Greek ς → σ,
 *   hiragana as katakana, full-width and half-width forms as normal ones; any
 *   run of punctuation or space one space. Unlike `foldString` it keeps every
 *   script as written (the search index shows and ranks names in their own
 *   script) and keeps digits. src/data/search-index.ts.
 * - `foldName` — lower case without accents (NFKD), trimmed, nothing else:
 *   whether a food's local name is only the English one without its accents
 *   ("comte" → "Comté"). src/ui/text.ts.
 * - `foldForParsing` — the texts that regular expressions read for amounts:
 *   NFKD, no diacritics, ß → ss, lower case, every dash and minus "-", runs of
 *   white space one space; digits, punctuation and other scripts kept, not
 *   trimmed (offsets within a line stay comparable). Recipe yields
 *   (src/nutrition/yield.ts, trimmed) and supplement labels
 *   (src/nutrition/supplements.ts, with µ/μ written u first: "µg" → "ug").
 * - `identifierWords` — the words of a class name, id or test id
 *   ("ingredientsList" → ingredients, list): camel case split, lower case,
 *   NFD without diacritics, ASCII letters only. Canonical decomposition only
 *   (NFD, not NFKD): a ligature or full-width letter in a name ends a word
 *   there. src/page/core/region-marks.ts.
 *
 * Not here: the price reader's normalisation (src/value/text.ts) keeps case
 * and accents and maps every character back to its offset in the page's text;
 * the search's Latin spellings of other scripts (src/data/transliterate.ts)
 * build on `foldForSearch`.
 */
import { foldString } from './fold';

export { foldString } from './fold';

/** Combining diacritical marks, as NFD and NFKD split them off their letters. */
const DIACRITICS = /[\u0300-\u036f]/g;

/** Letters only, folded: the key that says a visible block shows an ingredient line. */
export function lineKey(text: string): string {
  return foldString(text).replace(/[^a-z]/g, '');
}

const SEARCH_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ς: 'σ',
};

/**
 * Lower case, no diacritics, ß → ss, æ → ae, ø → o, œ → oe, Greek ς → σ;
 * hiragana as katakana, half-width kana and full-width letters as normal
 * ones; punctuation and runs of space become one space.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(DIACRITICS, '')
    .replace(/[ßæøœłđıς]/g, (c) => SEARCH_LETTERS[c] ?? c)
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .normalize('NFC')
    .trim();
}

/** Lower case without accents, for comparing names. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().trim();
}

/** Lower case, accents and ß folded, dashes unified, white space collapsed (not trimmed). */
export function foldForParsing(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/** The lower-case ASCII words of an identifier ("ingredientsList", "recipe-ingrédients"). */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
}
