/**
 * The shape of the lexicon files (DOM-free data).
 *
 * Terms are written as they appear on pages, with their diacritics; the
 * matcher folds them (case, diacritics, ß, ligatures, hyphens and apostrophes
 * as spaces). A term string holds several terms separated by `|`, with two
 * shorthands:
 *   - `[x]` — x is optional: `yog[h]urt[s]` = yogurt, yoghurt, yogurts, yoghurts;
 *   - `(a/b)` — one of: `(sour/soured) cream` = sour cream, soured cream.
 * Plurals and inflected forms are written out this way (no stemming).
 */

/** What a food is, for the context rules (vegan and plant words only touch animal foods). */
export type FoodKind = 'cheese' | 'milk' | 'butter' | 'animal' | 'plant';

export interface FoodInfo {
  kind: FoodKind;
  /**
   * The food this one refines: a mention of the parent next to one of the child
   * is one mention of the child ("cheddar cheese", "queso manchego",
   * "Old Amsterdam Gouda"), and a compound of the child's name and the parent's
   * head is the child ("Fetakäse", "fetakaas").
   */
  parent?: string;
}

/**
 * Context words: each kind suppresses a food mention when one of its words or
 * phrases stands next to it (see CONTEXT_RULES in ../rules.ts for the side, the
 * distance and which foods each kind touches).
 */
export type ContextKind =
  /** before, up to 3 words: vegan, plant-based, dairy-free, imitation, vegan brands */
  | 'vegan'
  /** after, up to 3 linking words: "queso vegano", "fromage végétal", "yaourt à base de plantes" */
  | 'veganAfter'
  /** before, up to 1 word: soy, coconut, oat, almond… ("coconut yogurt", "oat milk yogurt") */
  | 'plant'
  /** after, linking words only: "yaourt au soja", "yogur de coco" */
  | 'plantAfter'
  /** before, right before butter: peanut, almond, cocoa, shea, apple… ("peanut butter") */
  | 'spread'
  /** after butter, linking words only: "beurre de cacahuète", "burro di arachidi", "masło orzechowe" */
  | 'spreadAfter'
  /** after, right after: grater, knife, slicer, board, cloth, dish, maker… */
  | 'tool'
  /** before, linking words only: "râpe à fromage", "rallador de queso" */
  | 'toolBefore'
  /** after, right after: a dish or snack made with the food ("cheese sauce", "butter beans", "miso soup") */
  | 'dish'
  /** before, linking words only: "sauce au fromage", "tarta de queso", "pão de queijo" */
  | 'dishBefore'
  /** after, up to 2 words: flavour(ed), Geschmack, smaak */
  | 'flavour'
  /** before, linking words only: "saveur fromage", "sabor a queso", "gusto formaggio" */
  | 'flavourBefore'
  /** after, up to 1 word: substitute, alternative, Ersatz */
  | 'substitute'
  /** before, up to 1 linking word: without, no, ohne, sans, senza, sin, zonder, bez, uden, ilman, fără ("sans beurre", "without the butter") */
  | 'negation'
  /** after, right after: postpositions ("vaj nélkül", "tereyağı olmadan") */
  | 'negationAfter'
  /**
   * Phrases that hold a context word without being context ("lactose free",
   * "gluten free", "sugar free" hold the "free" of `substitute`): they touch no
   * food, and a context word inside one of them does not count.
   */
  | 'neutral';

export interface LexiconLanguage {
  /** Primary language subtags the file covers (`*` = names used across languages). */
  langs: readonly string[];
  /** Food id → its names, aliases, brand-generics and inflected forms. */
  foods?: Readonly<Record<string, string>>;
  /**
   * Food id → terms that are common words in other languages ("ser", "ost",
   * "burro"): active only when the text is known to be in one of `langs`.
   */
  strict?: Readonly<Record<string, string>>;
  /**
   * Food id → compound heads: they also match at the end of a longer word
   * ("Ziegen|käse", "Mager|quark", "room|boter"), after a prefix of 3 letters or more.
   */
  heads?: Readonly<Record<string, string>>;
  /** Like heads, but only when the text is known to be in one of `langs`. */
  strictHeads?: Readonly<Record<string, string>>;
  /**
   * Words and phrases that are no food: false friends and composite dishes.
   * Where one overlaps a food term and is at least as long, there is no mention.
   */
  notFood?: string;
  /**
   * Like notFood, but only when the text is known to be in one of `langs`: a
   * word that folds like a food of another language (Czech "kaše", porridge,
   * folds like German "Käse").
   */
  strictNotFood?: string;
  /** Like notFood, but matching at the end of a longer word too (Norwegian "kost" over "ost"). */
  notFoodHeads?: string;
  /**
   * Food id → terms that name the food only when a cheese word follows after
   * "or"/"and"/a comma: "Swiss or Gruyère cheese", "blue or goat cheese".
   */
  elliptic?: Readonly<Record<string, string>>;
  /** Context words by kind (see ContextKind). */
  context?: Readonly<Partial<Record<ContextKind, string>>>;
  /** Food id → words right after the food that make it something else (Czech "smetana ke šlehání" is whipping cream). */
  notAfter?: Readonly<Record<string, string>>;
  /**
   * Beginnings of compound words that make the head no food or not that food:
   * "Erdnuss|butter", "Soja|joghurt", "pinda|kaas", "Leber|käse".
   */
  blockers?: string;
  /** Small words that link a food to its context ("de", "au", "di", "of", "nach"). */
  linkers?: string;
  /** Words for "and"/"or". */
  conjunctions?: string;
  /**
   * Words that make the page scan look at a text without naming a food:
   * supplement words ("Vitamin", "Kalzium", "MK"), whose titles are read by
   * the supplement parser instead of the food matcher.
   */
  hints?: string;
}
