/**
 * One table per context rule and matching mechanism: each row must be
 * detected (or not) because of that rule.
 */
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match/index';

const foods = (text: string, lang?: string) =>
  getMatcher()
    .find(text, { lang })
    .map((m) => m.foodId);
const texts = (text: string, lang?: string) =>
  getMatcher()
    .find(text, { lang })
    .map((m) => m.text);

type Row = [text: string, lang: string, expected: string[]];
const table = (rows: Row[]) =>
  it.each(rows)('%s (%s) → %j', (text, lang, expected) => expect(foods(text, lang)).toEqual(expected));

describe('vegan words before a food (up to 3 words, no "or" in between)', () => {
  table([
    ['vegan cheddar', 'en', []],
    ['vegan sharp cheddar slices', 'en', []],
    ['dairy-free cream cheese', 'en', []],
    ['non-dairy yogurt', 'en', []],
    ['plant-based butter', 'en', []],
    ['vegane Butter', 'de', []],
    ['plantaardige boter', 'nl', []],
    ['vegansk smør', 'da', []],
    ['Violife cheddar slices', 'en', []],
    ['vegan butter or regular butter', 'en', ['butter']],
    ['vegan kimchi', 'en', ['kimchi']],
    ['Lactose-free cheddar', 'en', ['cheddar']],
  ]);
});

describe('vegan words after a food (linking words only)', () => {
  table([
    ['queso vegano', 'es', []],
    ['fromage végétal', 'fr', []],
    ['yaourt à base de plantes', 'fr', []],
    ['formaggio vegetale', 'it', []],
    ['queijo vegano', 'pt', []],
  ]);
});

describe('plant words right before a dairy food', () => {
  table([
    ['soy yogurt', 'en', []],
    ['coconut yogurt', 'en', []],
    ['oat milk yogurt', 'en', []],
    ['Soja-Joghurt', 'de', []],
    ['almond crusted brie', 'en', ['brie']],
    ['plant butter', 'en', []],
    ['coconut and lime yogurt', 'en', ['yogurt']],
  ]);
});

describe('plant words after a dairy food (linking words only)', () => {
  table([
    ['yaourt au soja', 'fr', []],
    ['yaourt au lait de coco', 'fr', []],
    ['yogur de coco', 'es', []],
    ['yogurt di soia', 'it', []],
    ['iogurte de soja', 'pt', []],
  ]);
});

describe('spread words right before butter', () => {
  table([
    ['peanut butter', 'en', []],
    ['peanutbutter', 'en', []],
    ['SunButter', 'en', []],
    ['almond butter', 'en', []],
    ['cocoa butter', 'en', []],
    ['shea butter', 'en', []],
    ['apple butter', 'en', []],
    ['sunflower seed butter', 'en', []],
    ['arašídové máslo', 'cs', []],
    ['garlic butter', 'en', ['butter']],
    ['honey butter', 'en', ['butter']],
    ['peanut butter cookies and butter', 'en', ['butter']],
  ]);
});

describe('spread words after butter (linking words only)', () => {
  table([
    ['beurre de cacahuète', 'fr', []],
    ["beurre d'arachide", 'fr', []],
    ['burro di arachidi', 'it', []],
    ['mantequilla de maní', 'es', []],
    ['masło orzechowe', 'pl', []],
    ['beurre noisette', 'fr', ['butter']],
  ]);
});

describe('tool words right after a food', () => {
  table([
    ['cheese grater', 'en', []],
    ['cheese knife', 'en', []],
    ['cheese slicer', 'en', []],
    ['cheese board', 'en', []],
    ['cheese cloth', 'en', []],
    ['butter dish', 'en', []],
    ['butter knife', 'en', []],
    ['yogurt maker', 'en', []],
    ['butter paper for lining', 'en', []],
    ['Käse Hobel', 'de', []],
    ['raclette grill', 'en', []],
    ['cheese, grated', 'en', ['cheese']],
  ]);
});

describe('tool words before a food (linking words only)', () => {
  table([
    ['râpe à fromage', 'fr', []],
    ['couteau à fromage', 'fr', []],
    ['rallador de queso', 'es', []],
    ['grattugia per formaggio', 'it', []],
    ['ralador de queijo', 'pt', []],
  ]);
});

describe('dish words right after a food (composites)', () => {
  table([
    ['cheese sauce', 'en', []],
    ['cheese crackers', 'en', []],
    ['butter beans', 'en', []],
    ['butter chicken', 'en', []],
    ['yogurt covered raisins', 'en', []],
    ['Käse Suppe', 'de', []],
    ['blue cheese dressing', 'en', ['blue-cheese']],
    ['cream cheese frosting', 'en', ['cream-cheese']],
  ]);
});

describe('dish words before a food (linking words only)', () => {
  table([
    ['sauce au fromage', 'fr', []],
    ['tarte au fromage', 'fr', []],
    ['pão de queijo', 'pt', []],
    ['salsa de queso', 'es', []],
    ['torta al formaggio', 'it', []],
  ]);
});

describe('flavour words', () => {
  table([
    ['cheese-flavoured crisps', 'en', []],
    ['cheese flavored popcorn', 'en', []],
    ['Käse-Geschmack', 'de', []],
    ['1 tsp butter extract', 'en', []],
    ['chips saveur fromage', 'fr', []],
    ['goût emmental', 'fr', []],
    ['sabor a queso', 'es', []],
    ['gusto formaggio', 'it', []],
  ]);
});

describe('substitute words after a food', () => {
  table([
    ['butter substitute', 'en', []],
    ['cheese alternative', 'en', []],
    ['Joghurt Alternative', 'de', []],
    ['Käse-Ersatz', 'de', []],
  ]);
});

describe("a food's own 'not after' words", () => {
  table([
    ['smetana ke šlehání', 'cs', []],
    ['smetana na vaření', 'cs', []],
    ['smetana', 'cs', ['sour-cream']],
    ['śmietana do ubijania', 'pl', []],
  ]);
});

describe('compound words: heads, blockers and variety prefixes', () => {
  table([
    ['Schafsmilchkäse', 'de', ['cheese']],
    ['Magerquark', 'de', ['quark']],
    ['Vollmilchjoghurt', 'de', ['yogurt']],
    ['Süßrahmbutter', 'de', ['butter']],
    ['roomboter', 'nl', ['butter']],
    ['Erdnussbutter', 'de', []],
    ['Sojajoghurt', 'de', []],
    ['Kokosjoghurt', 'de', []],
    ['pindakaas', 'nl', []],
    ['Leberkäse', 'de', []],
    ['Wasserkefir', 'de', []],
    ['fetakaas', 'nl', ['feta']],
    ['Goudakäse', 'de', ['gouda']],
    ['cheddarost', 'sv', ['cheddar']],
    ['Sauerrahmbutter', 'de', ['butter']],
    ['Käsekuchen', 'de', []],
    ['Butterkeks', 'de', []],
    // A head needs a real word before it: not "k|ost", "p|ost".
    ['kost', 'sv', []],
    ['kompost', 'sv', []],
    ['getost', 'sv', ['chevre']],
    ['smörgås', 'sv', []],
  ]);
});

describe('short words that are common words elsewhere count only in their language', () => {
  table([
    ['ser żółty', 'pl', ['cheese']],
    ['puede ser servido frío', 'es', []],
    ['puede ser servido frío', undefined as unknown as string, []],
    ['burro fuso', 'it', ['butter']],
    ['un burro en el campo', 'es', []],
    ['revet ost', 'no', ['cheese']],
    ['Ost-Berlin', 'de', []],
    ['3 ek vaj', 'hu', ['butter']],
    ['Wochenmarkt in Münster', 'de', []],
    ['bramborová kaše', 'cs', []],
    ['200 g Käse', 'de', ['cheese']],
    ['tomme flasker', 'da', []],
    ['Tomme de Savoie', 'fr', ['tomme']],
    ['Munster AOP', 'fr', ['munster']],
  ]);
});

describe('longest match wins; a no-food phrase beats the food it contains', () => {
  it('cream cheese is one mention, not cream + cheese', () => {
    expect(texts('8 oz cream cheese')).toEqual(['cream cheese']);
    expect(foods('8 oz cream cheese')).toEqual(['cream-cheese']);
  });
  table([
    ['peanut butter', 'en', []],
    ['Swiss chard', 'en', []],
    ['macaroni and cheese', 'en', []],
    ['mac & cheese', 'en', []],
    ['nacho cheese', 'en', []],
    ['buttermilk', 'en', ['buttermilk']],
    ['cheesecake', 'en', []],
    ['buttercream', 'en', []],
    ['butter cream frosting', 'en', []],
  ]);
});

describe('merging a variety with its generic name', () => {
  it.each([
    ['1 cup cheddar cheese', 'en', 'cheddar', 'cheddar cheese'],
    ['queso manchego', 'es', 'manchego', 'queso manchego'],
    ['Feta-Käse', 'de', 'feta', 'Feta-Käse'],
    ['Old Amsterdam Gouda', 'nl', 'gouda-aged', 'Old Amsterdam Gouda'],
    ['Velveeta Original Cheese', 'en', 'processed-cheese', 'Velveeta Original Cheese'],
    ['Philadelphia cream cheese', 'en', 'cream-cheese', 'Philadelphia cream cheese'],
    ['mozarella peyniri', 'tr', 'mozzarella', 'mozarella peyniri'],
  ])('%s (%s) → one %s mention «%s»', (text, lang, food, span) => {
    const ms = getMatcher().find(text, { lang });
    expect(ms.map((m) => [m.foodId, m.text])).toEqual([[food, span]]);
  });
  table([
    ['cheddar and cheese', 'en', ['cheddar', 'cheese']],
    ['feta, cheese', 'en', ['feta', 'cheese']],
    // Two mentions of one food stay two; a sentence end stops a merge.
    ['melt the butter. press the butter', 'en', ['butter', 'butter']],
    ['brown butter is regular butter', 'en', ['butter', 'butter']],
    ['add the feta. this cheese', 'en', ['feta', 'cheese']],
  ]);
});

describe('elliptic names need "or"/"and"/a comma and a cheese word', () => {
  table([
    ['8 slices Swiss or Le Gruyère cheese', 'en', ['emmental', 'gruyere']],
    ['blue, goat or feta cheese', 'en', ['blue-cheese', 'chevre', 'feta']],
    ['American and Swiss cheese slices', 'en', ['processed-cheese', 'emmental']],
    ['Swiss chard and cheese', 'en', ['cheese']],
    ['blue corn tortillas and cheese', 'en', ['cheese']],
    ['Swiss army knife', 'en', []],
    ['goat milk or cheese', 'en', ['cheese']],
  ]);
});
