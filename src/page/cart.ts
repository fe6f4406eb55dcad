/**
 * A cart, basket or checkout page and its lines: which page is one (its
 * address, its title or a landmark names the cart, in the supported
 * languages, and it shows quantities), and each line's row, title text and
 * quantity — read from its quantity control (a number input, a select, an
 * ARIA spinbutton, a text input) or its text ("Qty 3", "3 ×", "2 ks"). Only
 * read: nothing is ever written into the page's form fields.
 */
import type { Matcher } from '../match';
import { packageAmount } from '../nutrition/quantity';
import { type BasketLine, parseCartQuantity, type QuantityControl, quantityFromControl } from '../value';
import { tileText } from './tile-price';

/** Words for a cart or basket in the supported languages (Japanese and Chinese words stand inside longer words, as in ショッピングカート). */
export const CART_WORDS =
  /(?<!\p{L})(?:cart|basket|trolley|bag|checkout|warenkorb|einkaufswagen|panier|winkelwagen|winkelmand|winkelkar|carrello|carrito|cesta|cesto|koszyk|košík|kosik|kosár|kosar|kundvagn|varukorg|handlekurv|indkøbskurv|kurv|ostoskori|sepet|coş|cos|košarica|košara|ostukorv|grozs|krepšelis|korpa|καλάθι|корзина|кошик|количка|장바구니)(?!\p{L})|カート|買い物かご|购物车|購物車/iu;

/** Form controls and widgets that hold a line's quantity. */
const CONTROLS =
  'input[type="number"], select, [role="spinbutton"], input[name*="qty" i], input[name*="quant" i], input[id*="qty" i], input[class*="qty" i], input[class*="quant" i]';

export interface CartLine {
  /** The line's element (a row of the cart). */
  row: Element;
  /** How many of it: the control's value or the line's text; 1 when neither says. */
  quantity: number;
  /** The control it was read from, if any. */
  control?: Element;
}

/** Whether the page is a cart, basket or checkout page that shows quantities. */
export function isCartPage(doc: Document): boolean {
  const where = `${doc.location?.pathname ?? ''} ${doc.title ?? ''}`;
  // The address, the title, a main heading or a landmark (not a button: "Add to basket" is on product pages).
  const named =
    CART_WORDS.test(where) ||
    [...doc.querySelectorAll('h1, h2')].some((h) => CART_WORDS.test(h.textContent ?? '')) ||
    [...doc.querySelectorAll('main, section, form, [role="region"], [role="main"]')].some((el) =>
      CART_WORDS.test(el.getAttribute('aria-label') ?? ''),
    );
  return named && cartLines(doc).length > 0;
}

/** The quantity a control holds (read, never written). */
function controlQuantity(el: Element): number | undefined {
  const c: QuantityControl =
    el.tagName === 'SELECT'
      ? {
          kind: 'select',
          value: (el as HTMLSelectElement).value,
          ...((el as HTMLSelectElement).selectedOptions?.[0]
            ? { selectedText: (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '' }
            : {}),
        }
      : el.getAttribute('role') === 'spinbutton'
        ? {
            kind: 'stepper',
            ...(el.getAttribute('aria-valuenow') !== null
              ? { valueNow: el.getAttribute('aria-valuenow') ?? '' }
              : {}),
            value: (el as HTMLInputElement).value ?? el.textContent ?? '',
          }
        : (el as HTMLInputElement).type === 'number'
          ? {
              kind: 'number',
              value: (el as HTMLInputElement).value,
              ...(el.getAttribute('min') !== null ? { min: el.getAttribute('min') ?? '' } : {}),
            }
          : { kind: 'text', value: (el as HTMLInputElement).value };
  return quantityFromControl(c);
}

/** Containers of a cart's lines: a line's row is never one of them (a cart of one line stops there too). */
const LIST_TAGS = new Set(['TBODY', 'THEAD', 'TABLE', 'UL', 'OL', 'DL', 'FORM', 'MAIN', 'BODY']);
/** A row holds one product: more text than this is the cart, or the page. */
const ROW_TEXT = 600;

/** The largest ancestor of `from` that holds no other line's marker and is no list: the line's row. */
function rowOf(from: Element, markers: readonly Element[]): Element {
  let row = from;
  for (let up = from.parentElement; up && !LIST_TAGS.has(up.tagName); up = up.parentElement) {
    if (markers.some((m) => m !== from && up.contains(m))) break;
    if ((up.textContent ?? '').length > ROW_TEXT) break;
    row = up;
  }
  return row;
}

/** Text markers of a quantity ("Qty: 2", "Menge 3", "× 2", "2 ks") in elements with little text. */
function textMarkers(doc: Document): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (text.length > 40 || !/\d/.test(text)) continue;
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, option, k2lens-badge, k2lens-basket')) continue;
    if (/[£$€¥₩₽]|\d[.,]\d\d/.test(text)) continue;
    if (parseCartQuantity(text) !== undefined && /[^\d\s]/.test(text)) out.push(parent);
  }
  return out;
}

/** The lines of the page's cart: one per quantity control (or quantity text), with its row. */
export function cartLines(doc: Document): CartLine[] {
  const root = doc.body ?? doc.documentElement;
  const controls = [...root.querySelectorAll(CONTROLS)].filter(
    (el) => !el.closest('k2lens-basket, [data-k2lens]') && controlQuantity(el) !== undefined,
  );
  const markers: Element[] = controls.length > 0 ? controls : textMarkers(doc);
  const lines: CartLine[] = [];
  for (const m of markers) {
    const row = rowOf(m, markers);
    if (lines.some((l) => l.row === row || l.row.contains(row))) continue;
    const quantity = controls.length > 0 ? controlQuantity(m) : parseCartQuantity(m.textContent ?? '');
    lines.push({ row, quantity: quantity ?? 1, ...(controls.length > 0 ? { control: m } : {}) });
  }
  return lines;
}

export interface RowLine extends BasketLine {
  row: Element;
  control?: Element;
}

/** Whether a line of a row's text is a title (letters, not only a price, a quantity or a button's word). */
const titleLike = (line: string) => /\p{L}{3}/u.test(line) && !/^(?:[£$€¥₩₽]|\d)/u.test(line.trim());

/**
 * The lines of the page's cart with their food (the first a row's text names), its package's grams (as the
 * title states them) and quantity; a row naming no food keeps its first title-like line as its text.
 */
export function basketLines(doc: Document, matcher: Matcher, lang: string | undefined): RowLine[] {
  return cartLines(doc).map(({ row, quantity, control }) => {
    const lines = tileText(row).text.split('\n');
    const extra = control ? { control } : {};
    for (const line of lines) {
      const mention = matcher.find(line, { lang })[0];
      if (!mention) continue;
      const grams = packageAmount(line)?.grams;
      return {
        row,
        text: line.trim(),
        foodId: mention.foodId,
        quantity,
        ...(grams !== undefined ? { packageGrams: grams } : {}),
        ...extra,
      };
    }
    return { row, text: (lines.find(titleLike) ?? lines[0] ?? '').trim(), quantity, ...extra };
  });
}
