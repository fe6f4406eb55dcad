/**
 * The quantity of one cart line (DOM-free): from the line's text as shops
 * write it outside form fields, or from the value of its quantity control
 * (the page code reads the control; this reads the data).
 *
 * A quantity is a whole number of units from 1 to 999. A weight or volume
 * ("0,5 kg", "Menge: 500 g"), a package size ("2 x 150 g" is one multipack,
 * not two units) and a price are no quantity.
 */
import { normalize } from './text';

const MAX = 999;

/** Labels written before the count: "Qty", "Menge:", "Ilość:", "数量：", "Кол-во:". */
const LABELS =
  'qty|quantity|quantities|menge|anzahl|stückzahl|stk\\.? anzahl|qté|quantité|quantite|aantal|cantidad|cant|' +
  'quantità|quantita|qtà|ilość|ilosc|počet|pocet|množství|množstvo|кол-во|количество|кількість|ποσότητα|adet|' +
  'antal|antall|mængde|määrä|kpl|darab|mennyiség|quantidade|qtd|kogus|daudzums|kiekis|količina|cantitate|miktar';
const LABELS_CJK = '数量|數量|個数|수량';
/** Piece words written after the count: "2 ks", "2 szt.", "2 St.", "2 шт.", "2個". */
const PIECES =
  'ks|kusy|kusů|szt|sztuk|sztuki|st|stk|stck|stück|шт|штук|штуки|pcs|pc|pieces|piece|items|item|units|unit|kpl|db|' +
  'adet|τεμ|бр|unités|unité|unidades|unidad|pezzi|pezzo|stuks|stuk|tk|vnt|gab';
const PIECES_CJK = '個|点|개|件|袋|パック';
/** A mass or volume unit right after a number: the number is an amount of food, not a count. */
const AMOUNT_UNIT =
  '(?:kg|g|gr|dkg|dag|mg|lb|lbs|oz|l|ml|cl|dl|кг|г|л|мл|kilo|gram|grams|litre|liter|liters|litres)\\.?(?![\\p{L}])';

const N = '(\\d{1,4})(?!\\d|[.,:]\\d)';
const LABEL_RE = new RegExp(
  `(?:(?<![\\p{L}])(?:${LABELS})\\.?|${LABELS_CJK}) ?[:：=]? ?(?:[x×] ?)?${N}(?! ?${AMOUNT_UNIT})`,
  'iu',
);
/** "3 ×", "3x", "3 x Gouda" (the count first). */
const TIMES_AFTER_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])${N} ?[x×](?![\\p{L}])`, 'giu');
/** "× 3", "x3" (the count after). */
const TIMES_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])[x×] ?${N}(?! ?${AMOUNT_UNIT})`, 'iu');
/** After "2 x": a package size ("150 g", "6x125g"), which makes "2 x" a multipack. */
const SIZE_AFTER_RE = new RegExp(`^ ?\\d+(?:[.,]\\d+)? ?${AMOUNT_UNIT}`, 'iu');
const PIECE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])${N} ?(?:(?:${PIECES})\\.?(?![\\p{L}])|${PIECES_CJK})`,
  'iu',
);
const BARE_RE = /^ ?(\d{1,4}) ?$/;

function count(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const n = Number(digits);
  return Number.isInteger(n) && n >= 1 && n <= MAX ? n : undefined;
}

/**
 * The quantity of a cart line from its text: a labelled count ("Qty 3",
 * "Qty: 3", "Quantity 2", "Menge: 2", "Anzahl 2", "Qté : 2", "Quantité 2",
 * "Aantal: 2", "Cantidad: 2", "Quantità 2", "Ilość: 2", "Počet: 2 ks",
 * "数量：2", "수량 2", "Кол-во: 2", "Количество 2 шт", "Ποσότητα: 2",
 * "Adet: 2"), then a count with a times sign ("3 ×", "× 3", "x3", "3 x",
 * "2 x £3.00" — but "2 x 150 g" is a multipack and "80x8" a pack's layout:
 * undefined), then a count of
 * pieces ("2 ks", "2 szt.", "2 St.", "2 Stk", "2 шт.", "2個", "2개"), then
 * a text that is only a whole number ("2"). Undefined when there is none.
 */
export function parseCartQuantity(text: string): number | undefined {
  const s = normalize(text).s;
  const label = LABEL_RE.exec(s);
  if (label) return count(label[1]);
  TIMES_AFTER_RE.lastIndex = 0;
  for (let m = TIMES_AFTER_RE.exec(s); m; m = TIMES_AFTER_RE.exec(s)) {
    const after = s.slice(TIMES_AFTER_RE.lastIndex, TIMES_AFTER_RE.lastIndex + 24);
    // "2 x 150 g" is a multipack; "80x8", "2x1" (a pack's layout, an offer) are no count either.
    if (SIZE_AFTER_RE.test(after) || /^\d/.test(after)) continue;
    return count(m[1]);
  }
  const before = TIMES_BEFORE_RE.exec(s);
  if (before) return count(before[1]);
  const piece = PIECE_RE.exec(s);
  // "1st" (an ordinal) and "77 St Maadi" (a street) are no count of pieces ("2 St.", "2 St", "2 Stk" are).
  const street =
    piece && /^\d+ ?st$/i.test(piece[0]) && /^ ?\p{L}/u.test(s.slice(piece.index + piece[0].length));
  if (piece && !/^\d+st\.?$/i.test(piece[0]) && !street) return count(piece[1]);
  return count(BARE_RE.exec(s)?.[1]);
}

/** A quantity label alone, as a column header or a label beside its value shows it: "Qty", "Menge:", "数量". */
const LABEL_ONLY_RE = new RegExp(`^ ?(?:(?:${LABELS})\\.?|${LABELS_CJK}) ?[:：]? ?$`, 'iu');

/** Whether a text is only a quantity label ("Qty", "Quantity", "Mennyiség", "Ilość", "Anzahl:", "数量"). */
export function isQuantityLabel(text: string): boolean {
  return LABEL_ONLY_RE.test(normalize(text).s);
}

/** A price in a line's text (a currency sign, or a decimal amount: "389,00"). */
const PRICE_RE = /[£$€¥₩₽]|\d[.,]\d\d(?!\d)/u;
/** The count a line states before its unit price with a times sign: "1 kpl x 389,00 €", "2 × £3.00". */
const COUNT_BEFORE_PRICE_RE = new RegExp(
  `^ ?${N} ?(?:(?:${PIECES})\\.?(?![\\p{L}]) ?|${PIECES_CJK} ?)?[x×@]`,
  'iu',
);

/**
 * The quantity a short text of a cart line states, where the text may also show the line's price: a text
 * without a price is read as parseCartQuantity reads it; a text with a price only when the count comes first,
 * with a times sign before the unit price ("1 kpl x 389,00 €", "2 × 3,49 €") or after a label at the start
 * ("Qty: 2 £3.00") — "175 €", "4,99 €" or "2 for £5" is none.
 */
export function parseLineQuantity(text: string): number | undefined {
  const s = normalize(text).s;
  if (!PRICE_RE.test(s)) return parseCartQuantity(s);
  const label = LABEL_RE.exec(s);
  const m = COUNT_BEFORE_PRICE_RE.exec(s) ?? (label && s.slice(0, label.index).trim() === '' ? label : null);
  return m ? count(m[1]) : undefined;
}

/** A quantity control's data, as the page code reads it. */
export interface QuantityControl {
  kind: 'number' | 'select' | 'text' | 'stepper';
  /** The input's value (number, text), the selected option's value (select), the text shown (stepper). */
  value?: string;
  /** The selected option's text (select). */
  selectedText?: string;
  /** The input's min attribute (number). */
  min?: string;
  /** aria-valuenow (stepper: an ARIA spinbutton). */
  valueNow?: string;
}

/** A whole number written alone ("2", " 2 ", "2.0"). */
function whole(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /^\s*(\d{1,4})(?:[.,]0+)?\s*$/.exec(value);
  return count(m?.[1]);
}

/**
 * The quantity a cart control shows: a number input's value (an empty value:
 * its min when that is 1 or more, the least a line can hold), a select's
 * selected option text ("2", "2 items", "Qty 2") or else its value (not when the
 * option names something else: "United States" of value 223), a text
 * input's value read like a line's text, an ARIA spinbutton's aria-valuenow or
 * else its text. Undefined when none of these is a whole number of units.
 */
export function quantityFromControl(c: QuantityControl): number | undefined {
  switch (c.kind) {
    case 'number':
      return c.value !== undefined && c.value.trim() !== '' ? whole(c.value) : whole(c.min);
    case 'select': {
      const fromText = c.selectedText !== undefined ? parseCartQuantity(c.selectedText) : undefined;
      // An option naming something ("United States", value "223") is no quantity, whatever its value.
      if (fromText === undefined && /\p{L}/u.test(c.selectedText ?? '')) return undefined;
      return fromText ?? whole(c.value);
    }
    case 'text':
      return c.value !== undefined ? parseCartQuantity(c.value) : undefined;
    case 'stepper':
      return whole(c.valueNow) ?? (c.value !== undefined ? parseCartQuantity(c.value) : undefined);
  }
}
