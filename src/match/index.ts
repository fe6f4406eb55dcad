/**
 * Detection of cheeses and fermented foods in text (DOM-free).
 *
 * - `getMatcher().find(text, { lang })` → Mention[] (offsets into the original text);
 * - `getMatcher().prefilter()` → a streaming pre-filter for the DOM scan;
 * - `termsByFood()` → every name of every food, all languages (search index).
 */
export { foldString, foldText, LINE_BREAK } from './fold';
export type { FoodInfo, FoodKind } from './lexicon/index';
export {
  compileLexicon,
  expandTerms,
  FOODS,
  LEXICON,
  LEXICON_LANGUAGES,
  lexiconSteps,
} from './lexicon/index';
export {
  type FindOptions,
  getMatcher,
  Matcher,
  type Mention,
  normalizeLang,
  type Prefilter,
  termsByFood,
} from './matcher';
