/**
 * The matcher's lexicon as names for the popup search, each with the
 * languages of its file (DOM-free): every food term of every language file
 * (the same terms as `termsByFood()`), so that a name in any of the lexicon's
 * languages and scripts finds its food, and the user's languages rank first.
 */
import { expandTerms, LEXICON, type LexiconLanguage } from '../match/lexicon';
import type { SearchAlias } from './search-index';

/** Food id → its lexicon names, with the languages they are words of (none: names used in every language). */
export function lexiconAliases(files: readonly LexiconLanguage[] = LEXICON): Map<string, SearchAlias[]> {
  const out = new Map<string, SearchAlias[]>();
  for (const file of files) {
    const langs = file.langs.includes('*') ? undefined : file.langs;
    for (const table of [file.foods, file.strict, file.heads, file.strictHeads]) {
      for (const [food, spec] of Object.entries(table ?? {})) {
        const list = out.get(food) ?? [];
        for (const text of expandTerms(spec)) list.push(langs ? { text, langs } : { text });
        out.set(food, list);
      }
    }
  }
  return out;
}
