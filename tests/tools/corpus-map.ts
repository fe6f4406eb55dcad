/**
 * The one table that maps the labelled corpus's food slugs (../shared/corpus
 * README) to K2 Lens food ids. A predicted food id is scored as the slug that
 * lists it; a slug listing several food ids accepts any of them.
 *
 * Decisions:
 * - `swiss` (American "Swiss cheese") and `emmental` both map to the food
 *   `emmental`: US Swiss cheese is an Emmental-type cheese; the two slugs are
 *   one scoring class.
 * - `parmesan` includes Grana Padano (a Parmesan-type grating cheese);
 *   `gouda` includes the aged, goat's-milk and Milner (Gouda-type) foods;
 *   `maasdam` includes Leerdammer; `mozzarella` includes buffalo mozzarella and
 *   burrata; `blue_cheese` every blue variety; `goat_cheese` every goat's-cheese
 *   variety; `quark` includes fromage blanc; `yogurt` includes Greek yogurt,
 *   skyr, labneh and fermented milk drinks; `butter` includes ghee.
 * - `other_cheese` is every named cheese food id not listed by another slug.
 * - `generic_cheese` is the food id `cheese`.
 * - Foods the corpus does not label (egg yolk, goose liver, chicken leg) are
 *   left out of scoring.
 */
import { FOODS } from '../../src/match/index';

export const SLUG_FOODS: Readonly<Record<string, readonly string[]>> = {
  parmesan: ['parmigiano-reggiano', 'grana-padano'],
  pecorino: ['pecorino-romano'],
  cheddar: ['cheddar'],
  gouda: ['gouda', 'gouda-aged', 'goat-gouda', 'milner'],
  edam: ['edam'],
  emmental: ['emmental'],
  swiss: ['emmental'],
  gruyere: ['gruyere'],
  comte: ['comte'],
  raclette: ['raclette'],
  jarlsberg: ['jarlsberg'],
  maasdam: ['maasdam', 'leerdammer'],
  manchego: ['manchego'],
  mozzarella: ['mozzarella', 'buffalo-mozzarella', 'burrata'],
  feta: ['feta'],
  halloumi: ['halloumi'],
  ricotta: ['ricotta'],
  mascarpone: ['mascarpone'],
  brie: ['brie'],
  camembert: ['camembert'],
  blue_cheese: [
    'blue-cheese',
    'roquefort',
    'gorgonzola',
    'stilton',
    'bleu-d-auvergne',
    'fourme-d-ambert',
    'danablu',
    'cambozola',
  ],
  monterey_jack: ['monterey-jack', 'colby'],
  provolone: ['provolone'],
  goat_cheese: ['chevre', 'crottin', 'sainte-maure', 'valencay', 'rocamadour'],
  processed_cheese: ['processed-cheese'],
  cream_cheese: ['cream-cheese'],
  cottage_cheese: ['cottage-cheese'],
  quark: ['quark', 'fromage-blanc'],
  generic_cheese: ['cheese'],
  yogurt: ['yogurt', 'greek-yogurt', 'skyr', 'labneh', 'fermented-milk-drink'],
  kefir: ['kefir'],
  buttermilk: ['buttermilk'],
  sour_cream: ['sour-cream'],
  creme_fraiche: ['creme-fraiche'],
  butter: ['butter', 'ghee'],
  sauerkraut: ['sauerkraut'],
  kimchi: ['kimchi'],
  miso: ['miso'],
  natto: ['natto'],
  tempeh: ['tempeh'],
};

/** Foods the corpus does not label: predictions of them are not scored. */
export const UNSCORED_FOODS: ReadonlySet<string> = new Set(['egg-yolk', 'goose-liver', 'chicken-leg']);

/** Slugs of the corpus that mean "no food here" or "not scored". */
export const NONE_SLUGS: ReadonlySet<string> = new Set(['none', 'none_vegan']);
export const IGNORE_SLUG = 'ignore';

const listed = new Set(Object.values(SLUG_FOODS).flat());
/** other_cheese: every named cheese not listed above. */
const OTHER_CHEESE = Object.entries(FOODS)
  .filter(([id, info]) => info.kind === 'cheese' && !listed.has(id))
  .map(([id]) => id);

const CLASS_OF_FOOD = new Map<string, string>();
for (const [slug, foods] of Object.entries({ ...SLUG_FOODS, other_cheese: OTHER_CHEESE })) {
  for (const f of foods) if (!CLASS_OF_FOOD.has(f)) CLASS_OF_FOOD.set(f, slug);
}

/** The scoring class of a predicted food id (undefined: not scored). */
export function classOfFood(foodId: string): string | undefined {
  if (UNSCORED_FOODS.has(foodId)) return undefined;
  const c = CLASS_OF_FOOD.get(foodId);
  if (!c) throw new Error(`food id "${foodId}" has no corpus slug`);
  return c;
}

/** The scoring class of a corpus slug ("swiss" scores as "emmental"). */
export function classOfSlug(slug: string): string {
  if (slug === 'other_cheese') return slug;
  const foods = SLUG_FOODS[slug];
  if (!foods?.[0]) throw new Error(`unknown corpus slug "${slug}"`);
  return classOfFood(foods[0]) ?? slug;
}

/** Classes that name a specific cheese (everything cheese but the generic one). */
export function isSpecificCheeseClass(cls: string): boolean {
  if (cls === 'other_cheese') return true;
  if (cls === 'generic_cheese') return false;
  const foods = SLUG_FOODS[cls] ?? [];
  return foods.some((f) => FOODS[f]?.kind === 'cheese');
}
