/**
 * Detection of cheeses and fermented foods in text (DOM-free).
 *
 * - `getMatcher().find(text, { lang })` → Mention[] (offsets into the original text);
 * - `getMatcher().prefilter()` → a streaming pre-filter for the DOM scan;
 * - `termsByFood()` → every name of every food, all languages (search index).
 *
 * The lexicon is compiled at build time (`npm run data`, ./build/build-matcher.ts);
 * pages unpack it (./packed.ts). `compileLexicon` and `new Matcher(lexicon)`
 * compile it from the language files, for tests and tools.
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
} from './matcher';
export type { PackedMatcher } from './packed';
export type { Prefilter } from './prefilter';
export { termsByFood } from './terms';
