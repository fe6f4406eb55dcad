import type { FoodInfo } from './types';

const cheese = (parent = 'cheese'): FoodInfo => ({ kind: 'cheese', parent });

/**
 * Every food id of the dataset (varieties.csv + derived-foods.csv) with its kind
 * and, where it refines another food, its parent. A test checks this list
 * against the compiled dataset.
 */
export const FOODS: Readonly<Record<string, FoodInfo>> = {
  cheese: { kind: 'cheese' },
  // hard
  'parmigiano-reggiano': cheese(),
  'grana-padano': cheese(),
  'pecorino-romano': cheese(),
  comte: cheese(),
  gruyere: cheese(),
  beaufort: cheese(),
  emmental: cheese(),
  appenzeller: cheese(),
  bergkase: cheese(),
  sbrinz: cheese(),
  'mimolette-old': cheese('mimolette'),
  'gouda-aged': cheese('gouda'),
  manchego: cheese(),
  abondance: cheese(),
  vasterbotten: cheese(),
  // semi-hard
  gouda: cheese(),
  edam: cheese(),
  cheddar: cheese(),
  maasdam: cheese(),
  leerdammer: cheese('maasdam'),
  jarlsberg: cheese(),
  tilsiter: cheese(),
  havarti: cheese(),
  raclette: cheese(),
  morbier: cheese(),
  'saint-nectaire': cheese(),
  'saint-paulin': cheese(),
  cantal: cheese(),
  tomme: cheese(),
  fontina: cheese(),
  provolone: cheese(),
  asiago: cheese(),
  'monterey-jack': cheese(),
  colby: cheese(),
  'muenster-us': cheese(),
  mimolette: cheese(),
  'ossau-iraty': cheese(),
  'red-leicester': cheese(),
  'double-gloucester': cheese(),
  wensleydale: cheese(),
  lancashire: cheese(),
  norvegia: cheese(),
  'goat-gouda': cheese('gouda'),
  danbo: cheese(),
  samso: cheese(),
  milner: cheese('gouda'),
  'vacherin-fribourgeois': cheese(),
  // soft
  brie: cheese(),
  camembert: cheese(),
  coulommiers: cheese(),
  chaource: cheese(),
  'saint-marcellin': cheese(),
  neufchatel: cheese(),
  'triple-cream': cheese(),
  munster: cheese(),
  epoisses: cheese(),
  langres: cheese(),
  livarot: cheese(),
  maroilles: cheese(),
  'pont-l-eveque': cheese(),
  reblochon: cheese(),
  taleggio: cheese(),
  limburger: cheese(),
  'vacherin-mont-d-or': cheese(),
  // blue
  'blue-cheese': cheese(),
  roquefort: cheese('blue-cheese'),
  gorgonzola: cheese('blue-cheese'),
  stilton: cheese('blue-cheese'),
  'bleu-d-auvergne': cheese('blue-cheese'),
  'fourme-d-ambert': cheese('blue-cheese'),
  danablu: cheese('blue-cheese'),
  cambozola: cheese('blue-cheese'),
  // goat
  chevre: cheese(),
  crottin: cheese('chevre'),
  'sainte-maure': cheese('chevre'),
  valencay: cheese('chevre'),
  rocamadour: cheese('chevre'),
  // fresh
  'cream-cheese': cheese(),
  'cottage-cheese': cheese(),
  ricotta: cheese(),
  mascarpone: cheese(),
  quark: cheese(),
  'fromage-blanc': cheese(),
  'petit-suisse': cheese(),
  paneer: cheese(),
  'queso-fresco': cheese(),
  labneh: cheese(),
  // pasta filata, brined, processed
  mozzarella: cheese(),
  'buffalo-mozzarella': cheese('mozzarella'),
  burrata: cheese(),
  halloumi: cheese(),
  feta: cheese(),
  'processed-cheese': cheese(),
  // fermented milk
  yogurt: { kind: 'milk' },
  'greek-yogurt': { kind: 'milk', parent: 'yogurt' },
  skyr: { kind: 'milk' },
  kefir: { kind: 'milk' },
  buttermilk: { kind: 'milk' },
  'fermented-milk-drink': { kind: 'milk' },
  'sour-cream': { kind: 'milk' },
  'creme-fraiche': { kind: 'milk' },
  // butter
  butter: { kind: 'butter' },
  ghee: { kind: 'butter', parent: 'butter' },
  // fermented plant foods
  natto: { kind: 'plant' },
  miso: { kind: 'plant' },
  tempeh: { kind: 'plant' },
  sauerkraut: { kind: 'plant' },
  kimchi: { kind: 'plant' },
  // other animal foods with vitamin K2
  'egg-yolk': { kind: 'animal' },
  'goose-liver': { kind: 'animal' },
  'chicken-leg': { kind: 'animal' },
};

/** True when `ancestor` is `food` or one of its parents. */
export function isAncestorOrSelf(ancestor: string, food: string): boolean {
  for (let f: string | undefined = food; f; f = FOODS[f]?.parent) if (f === ancestor) return true;
  return false;
}
