/**
 * Store wording by region: grade words, brand-generic names and local names
 * that denote a variety (or the generic cheese where the dataset has none).
 *
 * Decisions the rows pin down:
 * - "Tasty" and "Vintage" (Australia, New Zealand) are cheddar grades; Coon
 *   (renamed Cheer), Mainland and Bega cheeses are cheddar.
 * - "Cheese singles", "processed/American cheese slices" and the Australian
 *   supermarkets' own "Cheese Slices" (Woolworths, Coles) are processed
 *   cheese; a bare "cheese slices" may be any sliced cheese (the generic
 *   `cheese`, as the page session's tests have it); with a variety in front
 *   ("Swiss cheese slices", "Tasty cheese slices") it is the variety.
 * - "Apricot & Almond Cream Cheese" is dairy cream cheese (a plant word that
 *   ends a list of flavours is a flavour); "almond cream cheese" alone, and a
 *   list of plant bases ("Soy & Almond"), stay plant-based.
 * - Leidse kaas is its own Dutch cheese (cumin, skimmed milk), not a Gouda:
 *   the dataset has no food for it, so it is the generic `cheese`, like
 *   "komijnekaas" (which may be Leidse or a cumin Gouda); "Gouda met komijn"
 *   is Gouda.
 * - Munster: the "Muenster" spelling is the American cheese; on an English
 *   page "Munster cheese" is too; the French Munster is named with its AOP,
 *   "Géromé", "fermier", "au lait cru" (and on French pages alone); a bare
 *   "Munster" on an English page is no food (an Irish province; German Münster
 *   folds the same).
 * - Gouda ages follow the dataset's "aged (over 1 year)": "oude", "oud
 *   belegen", "overjarig", "extra oud", "alter Gouda", Old Amsterdam are
 *   gouda-aged; "jong", "belegen", "extra belegen", "mittelalt" are gouda.
 */
import { describe, expect, it } from 'vitest';
import { foods } from './lang-table';

const table = (rows: [string, string, string[]][]) =>
  it.each(rows)('%s (%s) → %j', (text, lang, expected) => expect(foods(text, lang)).toEqual(expected));

const auNz: [string, string, string[]][] = [
  ['Bega Tasty Cheese Block 500g', 'en', ['cheddar']],
  ['Woolworths Tasty Cheese Slices 500g', 'en', ['cheddar']],
  ['Coles Grated Tasty Cheese 700g', 'en', ['cheddar']],
  ['Mainland Tasty 500g', 'en', ['cheddar']],
  ['Mainland Vintage Cheddar 250g', 'en', ['cheddar']],
  ['Bega Vintage Cheese Block 250g', 'en', ['cheddar']],
  ['Coon Tasty Cheese 1kg', 'en', ['cheddar']],
  ['Coon Extra Sharp Cheese Block 500g', 'en', ['cheddar']],
  ['Cheer Tasty Cheese Slices 250g', 'en', ['cheddar']],
  ['Mersey Valley Vintage Club Cheddar 235g', 'en', ['cheddar']],
  ['Woolworths Cheese Slices 500g', 'en', ['processed-cheese']],
  ['Coles Cheese Slices Light 250g', 'en', ['processed-cheese']],
  ['Bega Singles Cheese Slices 12 pack', 'en', ['processed-cheese']],
  ['Kraft Singles Cheese Slices 24 pack', 'en', ['processed-cheese']],
  ['Cheese Singles 12 slices', 'en', ['processed-cheese']],
  ['Cheese slices', 'en', ['cheese']],
  ['Mainland Colby 500g', 'en', ['colby']],
  ['Philadelphia Apricot & Almond Cream Cheese 150g', 'en', ['cream-cheese']],
  ['Honey and Almond Cream Cheese 200g', 'en', ['cream-cheese']],
  ['Kite Hill Almond Cream Cheese 227g', 'en', []],
  ['Almond cream cheese 150g', 'en', []],
  ['Soy & Almond Yogurt 500g', 'en', []],
];

const ukUs: [string, string, string[]][] = [
  ['Cathedral City Extra Mature Cheddar 350g', 'en', ['cheddar']],
  ['Tesco Mature Cheddar Cheese 400g', 'en', ['cheddar']],
  ['Pilgrims Choice Extra Mature 350g', 'en', ['cheddar']],
  ['Red Leicester 200g', 'en', ['red-leicester']],
  ['Double Gloucester 200g', 'en', ['double-gloucester']],
  ['Wensleydale with Cranberries 200g', 'en', ['wensleydale']],
  ['Gorwydd Caerphilly 250g', 'en', ['cheese']],
  ['Appleby’s Cheshire Cheese 200g', 'en', ['cheese']],
  ['Caerphilly Castle tickets', 'en', []],
  ['Cheshire cat', 'en', []],
  ['Tillamook Pepper Jack Cheese Slices 12 oz', 'en', ['monterey-jack']],
  ['Sargento Colby-Jack Cheese Slices 8 oz', 'en', ['colby']],
  ['Kraft Colby Jack Cheese 8 oz', 'en', ['colby']],
  ['Boar’s Head Muenster Cheese Slices', 'en', ['muenster-us']],
  ['Land O Lakes Munster Cheese Slices', 'en', ['muenster-us']],
  ['Sargento Sliced Provolone Cheese Slices 8 oz', 'en', ['provolone']],
  ['Swiss Cheese Slices 8 oz', 'en', ['emmental']],
  ['American and Swiss cheese slices', 'en', ['processed-cheese', 'emmental']],
  ['Munster', 'en', []],
  ['Beaufort AOP 200g', 'en', ['beaufort']],
  ['Beaufort, South Carolina', 'en', []],
  ['Cheddar lactose free 200g', 'en', ['cheddar']],
  ['Greek Yogurt Fat Free 500g', 'en', ['greek-yogurt']],
];

const continental: [string, string, string[]][] = [
  ['Munster AOP au lait cru 200g', 'fr', ['munster']],
  ['Munster 200g', 'fr', ['munster']],
  ['Munster-Géromé AOP 250g', 'de', ['munster']],
  ['Beaufort 250g', 'fr', ['beaufort']],
  ['Beaufort Käse 200g', 'de', ['beaufort']],
  ['Butterkäse 400g', 'de', ['cheese']],
  ['Alter Gouda am Stück 300g', 'de', ['gouda-aged']],
  ['Gouda alt 50% 400g', 'de', ['gouda-aged']],
  ['Gouda mittelalt Scheiben 150g', 'de', ['gouda']],
  ['Junger Gouda 48% 400g', 'de', ['gouda']],
  ['Oude Gouda 48+ 500g', 'nl', ['gouda-aged']],
  ['Old Amsterdam 48+ plakken', 'nl', ['gouda-aged']],
  ['Beemster Extra Oud 48+', 'nl', ['gouda-aged']],
  ['Overjarig 48+ stuk', 'nl', ['gouda-aged']],
  ['Belegen 48+ plakken 190g', 'nl', ['gouda']],
  ['Extra belegen kaas 48+ plakken', 'nl', ['gouda']],
  ['Jong belegen Goudse kaas 48+', 'nl', ['gouda']],
  ['Belegen broodjes 4 stuks', 'nl', []],
  ['Maasdammer plakken 175g', 'nl', ['maasdam']],
  ['Leerdammer Original 160g', 'nl', ['leerdammer']],
  ['Leidse kaas 30+ komijn', 'nl', ['cheese']],
  ['Boeren-Leidse met sleutels 30+', 'nl', ['cheese']],
  ['Komijnekaas 48+ plakken', 'nl', ['cheese']],
  ['Gouda met komijn 48+', 'nl', ['gouda']],
  ['Caprice des Dieux 200g', 'fr', ['cheese']],
  ['Tête de Moine AOP 100g', 'de', ['cheese']],
  ['Farma Struhy Bio tvarohový dezert vanilka', 'cs', ['quark']],
  ['Pappudio Dezert tvarohový meruňkový', 'cs', ['quark']],
];

const nordicTurkish: [string, string, string[]][] = [
  ['Präst 35% 1kg', 'sv', ['cheese']],
  ['Herrgård 28% 1,1kg', 'sv', ['cheese']],
  ['Grevé 28% 500g', 'sv', ['cheese']],
  ['Hushållsost 26% 1,1kg', 'sv', ['cheese']],
  ['Västerbottensost 35% 450g', 'sv', ['vasterbotten']],
  ['Långfil 3% 1l', 'sv', ['fermented-milk-drink']],
  ['Messmör 250g', 'sv', []],
  ['Rygeost 200g', 'da', ['cheese']],
  ['Danbo 45+ skiver 300g', 'da', ['danbo']],
  ['Riberhus Mellemlagret 45+ 350g', 'da', ['cheese']],
  ['Tine Snøfrisk 125g', 'no', ['chevre']],
  ['Norvegia 26% 1kg', 'no', ['norvegia']],
  ['Ezine peyniri 500g', 'tr', ['feta']],
  ['Taze kaşar 400g', 'tr', ['cheese']],
  ['Otlu peynir 350g', 'tr', ['cheese']],
  ['Hellim peyniri 250g', 'tr', ['halloumi']],
  ['Köy tereyağı 500g', 'tr', ['butter']],
  ['Yoğurt mayası 5g', 'tr', []],
];

describe('Australia and New Zealand', () => table(auNz));
describe('United Kingdom and United States', () => table(ukUs));
describe('Netherlands, Germany, France, Czechia', () => table(continental));
describe('Nordic and Turkish shelves', () => table(nordicTurkish));

it('has at least 60 rows', () => {
  const rows: unknown[] = [...auNz, ...ukUs, ...continental, ...nordicTurkish];
  expect(rows.length).toBeGreaterThanOrEqual(60);
});
