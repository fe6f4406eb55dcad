/**
 * Every written term of each food, all languages, as the build compiled them
 * from the lexicon (src/match/generated/terms.json, by `npm run data`): for
 * search, in the toolbar window and the background. The content script does
 * not import it.
 */
import generated from './generated/terms.json';

/** Food id → its terms as written, in the order of the lexicon files (a new map each call). */
export function termsByFood(): Map<string, string[]> {
  return new Map(
    Object.entries(generated.terms as Record<string, string[]>).map(([food, terms]) => [food, [...terms]]),
  );
}
