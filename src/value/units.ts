/**
 * The unit of a unit price (DOM-free): "/kg", " per 100g", " je kg", "/1 kg",
 * " le kg", "/lb", "/fl oz", "/st", "/ea" after the price; "1 kg = ",
 * "(100 g = ", "Cena za 1 kg: ", "prix au kg ", "€/kg ", "1kg당 ", "100gあたり"
 * before it.
 *
 * `per` is normalized: 100 g → 1 × 100g, 1000 g → 1 × kg, 1500 g → 1.5 × kg,
 * 500 g → 500 × g (the same for ml and l); lb and oz stay as written; a fluid
 * ounce is 29.57 ml; a piece ("st", "Stk", "szt", "ks", "шт", "ea", "each",
 * "ct", "pc") is `each`.
 */

import { ownEntry } from '../nutrition/lookup';
import { PREFIX_SIGN_SOURCE } from './currency';

export type PerUnit = 'kg' | 'g' | '100g' | 'l' | '100ml' | 'ml' | 'lb' | 'oz' | 'each';
export interface Per {
  quantity: number;
  unit: PerUnit;
}

type Base = 'g' | 'ml' | 'lb' | 'oz' | 'each';
const UNITS: Record<string, [Base, number]> = {};
const def = (spellings: string, base: Base, factor: number) => {
  for (const s of spellings.split('|')) UNITS[s] = [base, factor];
};
def('kg|kgs|kilo|kilos|kilogram|kilogramm|kilogramme|кг|κιλό|κιλο|kgr', 'g', 1000);
def('g|gr|grs|gram|grams|gramm|gramme|grammes|г|гр|γρ', 'g', 1);
def('dkg|dag', 'g', 10);
def('l|ltr|liter|litre|litro|litr|литр|л|λίτρο|λτ', 'ml', 1000);
def('ml|мл', 'ml', 1);
def('cl', 'ml', 10);
def('dl', 'ml', 100);
def('fl oz|fl. oz|fl.oz|floz', 'ml', 29.5735);
def('lb|lbs|pound', 'lb', 1);
def('oz', 'oz', 1);
def(
  "each|ea|ct|piece|pieces|pc|pcs|stück|stk|st|szt|ks|kus|шт|unit|unité|l'unité|pièce|la pièce|kpl|db|adet|τεμ|бр",
  'each',
  1,
);
// Containers: a price per pack is the price of one package.
def(
  'pack|packet|pkt|box|bag|bottle|tub|jar|can|tin|punnet|tray|packung|pkg|becher|dose|flasche|glas|opak|opakowanie|' +
    'balení|bal|paquet|barquette|pot|sachet|lot|confezione|pak|förp|pkt|パック|個|本|袋|개|팩|봉|包|盒|罐|瓶|箱',
  'each',
  1,
);

const escapeRe = (s: string) => s.replace(/[.]/g, '\\.');
const WORDS = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
const QTY = '(\\d+(?:[.,]\\d+)?)';
/** A unit word with an optional dot; it must not run on into a Latin, Cyrillic or Greek word (Hangul "당" may follow). */
const UNIT = `(${WORDS})\\.?(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])`;
const PER_WORDS = 'per|pro|je|za|par|le|la|les|au|al|por|för|pr\\.?|à|за|kohta|til';

/** After a price (sticky): "/kg", " per 100g", " je kg", "/1 kg"; " each", " ea" (groups 3 and 4). */
export const UNIT_AFTER_RE = new RegExp(
  `[ ]{0,2}(?:(?:/|(?:${PER_WORDS})[ ])[ ]{0,2}(?:${QTY}[ ]{0,2})?${UNIT}|()(each|ea)(?![\\p{L}]))`,
  'iuy',
);
/** Before a price: "1 kg = ", "(100 g = ", "1kg당 ", "100gあたり", "1 kg: ". */
const UNIT_EQ_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${QTY}[ ]{0,2})?${UNIT}[ ]{0,2}(=|:|당|あたり|当たり|当り)[ ]{0,3}[(]?[ ]{0,2}$`,
  'iu',
);
/** Before a price: "Cena za 1 kg: ", "prix au kg ", "Preis pro kg: ". */
const UNIT_PER_RE = new RegExp(
  `(?<![\\p{L}])(?:${PER_WORDS})[ ]{1,2}(?:${QTY}[ ]{0,2})?${UNIT}[ ]{0,2}[:=]?[ ]{0,3}$`,
  'iu',
);
/** Before a price: "€/kg ", "Preis/kg: ", "Kč/100 g "; group 1 is a currency sign before the slash. */
export const UNIT_SLASH_RE = new RegExp(
  `(?:(${PREFIX_SIGN_SOURCE})[ ]{0,2})?/[ ]{0,2}(?:${QTY}[ ]{0,2})?${UNIT}[ ]{0,2}[:=]?[ ]{0,3}$`,
  'u',
);
/**
 * After a price (sticky): "/" or "per" and a word that is no unit of the table ("£0.16 per pint",
 * "US$11.99 / Set", "£0.20 per sheet"): a unit price without a standard `per`. Group 1 is the word.
 */
export const OTHER_UNIT_AFTER_RE =
  /[ ]{0,2}(?:\/|(?:per|pro|je) )[ ]{0,2}(?:\d+(?:[.,]\d+)? ?)?(\p{L}[\p{L}.]{0,15})/uy;
/** Words after "per" that make an amount no unit price (they are labels of labels.ts: per serving, per month). */
export const NOT_A_UNIT_RE =
  /^(?:serving|servings|portion|portions|porcję|porci|ración|porción|porzione|portie|person|personne|persons|people|month|mo|monat|mois|day|tag|week|woche)$/iu;
/** Before a price: a piece or pack it is per ("1パック当たり", "1個あたり", "1개당"). */
const EACH_BEFORE_RE = /(?:\d+ ?)?(?:パック|個|本|袋|枚|개|팩|봉|包)(?:当たり|あたり|当り|당) ?$/u;
const PER_WORD_END_RE = new RegExp(`(?<![\\p{L}])(?:${PER_WORDS})[ ]{1,2}$`, 'iu');

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The `per` of a unit price from its quantity ("100", "0,5"; none: 1) and unit word. */
export function perOf(qty: string | undefined, word: string): Per | undefined {
  const u = ownEntry(UNITS, word.toLowerCase().replace(/\s+/g, ' '));
  if (!u) return undefined;
  const n = (qty ? Number(qty.replace(',', '.')) : 1) * u[1];
  if (!(n > 0)) return undefined;
  const [base] = u;
  if (base === 'g' || base === 'ml') {
    if (n === 100) return { quantity: 1, unit: base === 'g' ? '100g' : '100ml' };
    const big = base === 'g' ? 'kg' : 'l';
    return n >= 1000 ? { quantity: round(n / 1000), unit: big } : { quantity: round(n), unit: base };
  }
  return { quantity: round(n), unit: base };
}

/**
 * The unit written before a price, at the end of `before` (the text between
 * the previous price and this one). A colon ("1 kg: 9,98 €") makes a unit
 * price only after a per word or for 1 or 100 units: "Gouda 400 g: £3.00" is
 * a package price.
 */
export function unitBefore(before: string): Per | undefined {
  const eq = UNIT_EQ_RE.exec(before);
  if (eq) {
    const qty = eq[1] ? Number(eq[1].replace(',', '.')) : 1;
    if (eq[3] !== ':' || PER_WORD_END_RE.test(before.slice(0, eq.index)) || qty === 1 || qty === 100)
      return perOf(eq[1], eq[2] as string);
  }
  const p = UNIT_PER_RE.exec(before);
  if (p) return perOf(p[1], p[2] as string);
  const sl = UNIT_SLASH_RE.exec(before);
  if (sl) return perOf(sl[2], sl[3] as string);
  if (EACH_BEFORE_RE.test(before)) return { quantity: 1, unit: 'each' };
  return undefined;
}
