/**
 * A cart's lines: each line's row, title text and quantity — read from its
 * quantity control (a number input, a select, an ARIA spinbutton, a text
 * input), from the quantity column of a table, or from its text ("Qty 3",
 * "3 ×", "2 ks", "Anzahl: 2" over two elements). Only read: nothing is ever
 * written into the page's form fields. Which page is a cart: ./cart.ts.
 */
import type { Matcher } from '../match';
import { packageAmount } from '../nutrition/quantity';
import {
  type BasketLine,
  isQuantityLabel,
  parseCartQuantity,
  parseLineQuantity,
  type QuantityControl,
  quantityFromControl,
} from '../value';

/** Form controls and widgets that hold a line's quantity. */
const CONTROLS =
  'input[type="number"], select, [role="spinbutton"], input[name*="qty" i], input[name*="quant" i], input[id*="qty" i], input[class*="qty" i], input[class*="quant" i]';

/** What a field's name, id, autocomplete or label says it is when that is no quantity: a date, a card, an address. */
const NOT_QUANTITY =
  /month|year|birth|expir|card|cvc|cvv|country|postal|postcode|zip|phone|code|province|region|currency|price|donat|salutation|gender|install|(?<![a-z])(?:day|date|tel|size|sort|page|lang|state|rating|colou?r)(?![a-z])/i;

export interface CartLine {
  /** The line's element (a row of the cart). */
  row: Element;
  /** How many of it: the control's value or the line's text; 1 when neither says. */
  quantity: number;
  /** The control it was read from, if any. */
  control?: Element;
  /** The element the quantity was read from (the control, the quantity cell or the quantity text). */
  marker: Element;
}

/** An element that states a line's quantity, and how it states it. */
interface Marker {
  el: Element;
  quantity: number;
  control?: Element;
}

/** Whether an element is hidden by the page's markup (the hidden attribute, aria-hidden, a template). */
const hidden = (el: Element) => el.closest('[hidden], [aria-hidden="true"], template') !== null;

/** An element's text, its text nodes joined by spaces, white space collapsed. */
function flatText(el: Element): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    if (t && !n.parentElement?.closest('script, style')) parts.push(t);
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The site's header (a <header> outside the page's main content). */
function inSiteHeader(el: Element): boolean {
  const header = el.closest('header');
  return header !== null && header.closest('main, article, section, [role="main"]') === null;
}

/** Navigation, footer and layers (a dialog: a cart drawer, a "Remove from cart?" modal, a cookie notice). */
const NAVIGATION =
  'nav, footer, dialog, [role="navigation"], [role="contentinfo"], [role="banner"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** Whether an element is in the page's navigation, footer, site header or a dialog: where no cart line is written. */
const inNavigation = (el: Element) => el.closest(NAVIGATION) !== null || inSiteHeader(el);

/** Whether an element is in the page's chrome (navigation, a sidebar's mini-cart) or hidden: it names no page. */
export const inChrome = (el: Element) =>
  inNavigation(el) || el.closest('aside, [role="complementary"]') !== null || hidden(el);

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

/** Whether a control is for something else than a quantity: its name, id, autocomplete or label say so, or it takes fractions. */
function notQuantityControl(el: Element): boolean {
  // A number field that takes fractions (step "any" or "0.01") holds an amount of money or mass, not a count.
  const step = el.getAttribute('step');
  if (step !== null && (step === 'any' || !Number.isInteger(Number(step)))) return true;
  const says = ['name', 'id', 'autocomplete', 'aria-label'].map((a) => el.getAttribute(a) ?? '').join(' ');
  return !/qty|quant/i.test(says) && NOT_QUANTITY.test(says);
}

/**
 * Whether a select offers the counts a line is bought in: a long list of numbers (area codes 500–599, years)
 * that does not start at 1 (or 0, to remove the line) is no quantity menu.
 */
function offersCounts(el: Element): boolean {
  if (el.tagName !== 'SELECT') return true;
  const options = [...(el as HTMLSelectElement).options].map((o) => (o.textContent ?? '').trim());
  return options.length < 5 || options.some((text) => text === '0' || parseCartQuantity(text) === 1);
}

/** The quantity controls of the page: those a shopper sees, else hidden fields that carry a line's quantity. */
function controlMarkers(root: Element): Marker[] {
  const shown: Marker[] = [];
  const carried: Marker[] = [];
  for (const el of root.querySelectorAll(CONTROLS)) {
    if (
      el.closest('k2lens-basket, [data-k2lens]') ||
      hidden(el) ||
      notQuantityControl(el) ||
      !offersCounts(el)
    )
      continue;
    const quantity = controlQuantity(el);
    if (quantity === undefined) continue;
    ((el as HTMLInputElement).type === 'hidden' ? carried : shown).push({ el, quantity, control: el });
  }
  return shown.length > 0 ? shown : carried;
}

/** The cells of a table row (HTML or ARIA), with their column spans. */
function cellsOf(row: Element): { el: Element; span: number }[] {
  if (row.tagName === 'TR')
    return [...(row as HTMLTableRowElement).cells].map((el) => ({ el, span: Math.max(1, el.colSpan || 1) }));
  return [
    ...row.querySelectorAll('[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]'),
  ]
    .filter((el) => el.closest('[role="row"]') === row)
    .map((el) => ({ el, span: 1 }));
}

/** The rows of a table (HTML or ARIA), its own (not a nested table's). */
function rowsOf(table: Element): Element[] {
  if (table.tagName === 'TABLE') return [...(table as HTMLTableElement).rows];
  return [...table.querySelectorAll('[role="row"]')].filter(
    (r) => r.parentElement?.closest('table, [role="table"], [role="grid"]') === table,
  );
}

/** The column a header row names as the quantity ("Qty", "Quantity", "Mennyiség"), counted in column spans. */
function quantityColumn(header: Element): number | undefined {
  let col = 0;
  for (const { el, span } of cellsOf(header)) {
    if (
      (el.tagName === 'TH' || el.getAttribute('role') === 'columnheader') &&
      (el.textContent ?? '').length <= 60 &&
      isQuantityLabel(flatText(el))
    )
      return col;
    col += span;
  }
  return undefined;
}

/** The quantity column of a table as one of its first rows (its header) names it, and the rows below it. */
function tableColumn(table: Element): { col: number; rows: Element[] } | undefined {
  const rows = rowsOf(table);
  for (let i = 0; i < Math.min(rows.length, HEADER_ROWS); i++) {
    const col = quantityColumn(rows[i] as Element);
    if (col !== undefined) return { col, rows: rows.slice(i + 1) };
  }
  return undefined;
}

/** A table's header is among its first rows. */
const HEADER_ROWS = 3;

/** The cell of a row at a column (counted in column spans). */
function cellAt(row: Element, col: number): Element | undefined {
  let at = 0;
  for (const { el, span } of cellsOf(row)) {
    if (col >= at && col < at + span) return el;
    at += span;
  }
  return undefined;
}

/** Whether a line of text reads as a product's title (letters; not only a price, a quantity or a label). */
const titleLike = (line: string) =>
  /\p{L}{3}/u.test(line) && !/^(?:[£$€¥₩₽]|\d)/u.test(line.trim()) && !/[:：]\s*$/.test(line);

/** The cells of tables with a quantity column, for each row below the header that names a product. */
export function columnMarkers(
  root: Element,
  tables: Iterable<Element> = root.querySelectorAll('table, [role="table"], [role="grid"]'),
): Marker[] {
  const out: Marker[] = [];
  for (const table of tables) {
    const found = tableColumn(table);
    for (const row of found?.rows ?? []) {
      const cell = cellAt(row, found?.col ?? 0);
      if (!cell || hidden(cell)) continue;
      const text = flatText(cell);
      const quantity = /^\d{1,4}$/.test(text) ? parseCartQuantity(text) : parseLineQuantity(text);
      const named = cellsOf(row).some(({ el }) => el !== cell && titleLike(flatText(el)));
      if (quantity !== undefined && named) out.push({ el: cell, quantity });
    }
  }
  return out;
}

/** A text that states a quantity, and how: with a label ("Qty 2"), or a times sign or piece word ("2 ×"). */
function textQuantity(text: string): { quantity: number; labelled: boolean } | undefined {
  if (text.length > 40 || !/\d/.test(text) || !/[^\d\s]/.test(text)) return undefined;
  // "(3 items)", "1 item in cart": how many lines the cart has, not how many of one product.
  if (/\d\s?items?(?!\p{L})/iu.test(text)) return undefined;
  const quantity = parseLineQuantity(text);
  if (quantity === undefined) return undefined;
  return { quantity, labelled: /\p{L}{2}/u.test(text.replace(/\d/g, '')) };
}

/**
 * Text markers of a quantity ("Qty: 2", "Menge 3", "× 2", "2 ks", and a label and its value in two elements:
 * "Anzahl:" "2"), outside navigation, footers, the site header and dialogs: the element of each short text that
 * states a quantity, and for a bare count the smallest of its element and two ancestors whose text (at most
 * 40 characters) states one. The lines of a cart are written alike: of markers of different shapes (tag and
 * class; labelled or not) the most common shape is kept, labelled ones first.
 */
function textMarkers(root: Element): Marker[] {
  const doc = root.ownerDocument;
  const found = new Map<Element, { quantity: number; labelled: boolean }>();
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const own = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!own || own.length > 40 || !/\d/.test(own)) continue;
    const parent = n.parentElement;
    if (
      !parent ||
      parent.closest('script, style, option, select, k2lens-badge, k2lens-basket') ||
      hidden(parent) ||
      inNavigation(parent)
    )
      continue;
    // A text that states a quantity is the marker; a bare count ("2") may be the value of a label beside it.
    const alone = textQuantity(own);
    let el: Element | null = parent;
    for (let i = 0; el && i < (alone ? 1 : /^\d{1,4}$/.test(own) ? 3 : 0); el = el.parentElement, i++) {
      const read = alone ?? textQuantity(flatText(el));
      if (read) {
        const at = el;
        if (![...found.keys()].some((m) => m.contains(at) || at.contains(m))) found.set(at, read);
        break;
      }
      if (flatText(el).length > 40) break;
    }
  }
  // One shape of marker: the lines of a cart are written alike.
  const shape = (el: Element, labelled: boolean) =>
    `${el.tagName}.${[...el.classList].sort().join('.')}:${labelled ? 'label' : 'sign'}`;
  const groups = new Map<string, Marker[]>();
  for (const [el, { quantity, labelled }] of found) {
    const key = shape(el, labelled);
    groups.set(key, [...(groups.get(key) ?? []), { el, quantity }]);
  }
  let best: Marker[] = [];
  let bestScore = -1;
  for (const [key, markers] of groups) {
    const score = markers.length * 2 + (key.endsWith(':label') ? 1 : 0);
    if (score > bestScore) {
      best = markers;
      bestScore = score;
    }
  }
  return best;
}

/** Containers of a cart's lines: a line's row is never one of them (a cart of one line stops there too). */
const LIST_TAGS = new Set(['TBODY', 'THEAD', 'TABLE', 'UL', 'OL', 'DL', 'FORM', 'MAIN', 'BODY']);
const LIST_ROLES = new Set(['rowgroup', 'table', 'grid', 'list', 'listbox', 'main', 'dialog', 'region']);
/** A row holds one product: more text than this is the cart, or the page. */
const ROW_TEXT = 600;

/** The largest ancestor of `from` that holds no other line's marker and is no list: the line's row. */
function rowOf(from: Element, markers: readonly Element[]): Element {
  let row = from;
  for (let up = from.parentElement; up; up = up.parentElement) {
    if (LIST_TAGS.has(up.tagName) || LIST_ROLES.has(up.getAttribute('role') ?? '')) break;
    if (markers.some((m) => m !== from && up.contains(m))) break;
    if ((up.textContent ?? '').length > ROW_TEXT) break;
    row = up;
  }
  return row;
}

/** The lines of the page's cart: one per quantity control (or quantity column cell, or quantity text), with its row. */
export function cartLines(doc: Document): CartLine[] {
  const root = doc.body ?? doc.documentElement;
  const controls = controlMarkers(root);
  const markers = controls.length > 0 ? controls : columnMarkers(root);
  const chosen = markers.length > 0 ? markers : textMarkers(root);
  const elements = chosen.map((m) => m.el);
  const lines: CartLine[] = [];
  for (const m of chosen) {
    const row = rowOf(m.el, elements);
    if (lines.some((l) => l.row === row || l.row.contains(row) || row.contains(l.row))) continue;
    // The same line shown again elsewhere (a second copy of the summary): counted once.
    const text = flatText(row);
    if (lines.some((l) => l.row.parentElement !== row.parentElement && flatText(l.row) === text)) continue;
    lines.push({ row, quantity: m.quantity, marker: m.el, ...(m.control ? { control: m.control } : {}) });
  }
  return lines;
}

export interface RowLine extends BasketLine {
  row: Element;
  control?: Element;
}

/** A row's text, one line per text node (white space inside a node collapsed), and where the marker's text starts. */
function rowText(row: Element, marker: Element): { lines: string[]; before: number } {
  const walker = row.ownerDocument.createTreeWalker(row, 4);
  const lines: string[] = [];
  let before = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!t || n.parentElement?.closest('script, style, k2lens-badge')) continue;
    if (before < 0 && (marker.contains(n) || marker.compareDocumentPosition(n) & 4)) before = lines.length;
    lines.push(t);
  }
  return { lines, before: before < 0 ? lines.length : before };
}

/** An option of the product written "Label: value" ("Größe: XL", "unit_price: 10.190 Ft/kg"), not its name. */
const optionLike = (line: string) => /^[\p{L}_ ]{1,24}[:：]\s/u.test(line);

/**
 * A row's title when it names no food: its longest title-like line above its quantity (the product's name comes
 * before its quantity, and options, labels, prices and legal text after it or shorter), else its longest one.
 */
function titleOf(lines: readonly string[], before: number): string {
  const longest = (ls: readonly string[]) =>
    ls
      .filter((l) => titleLike(l) && !isQuantityLabel(l) && !optionLike(l))
      .sort((a, b) => b.length - a.length)[0];
  return longest(lines.slice(0, before)) ?? longest(lines) ?? lines[0] ?? '';
}

/**
 * The lines of the page's cart with their food (the first a row's text names), its package's grams (as the
 * title states them) and quantity; a row naming no food keeps its title (its longest title-like line above its
 * quantity) as its text.
 */
export function basketLines(doc: Document, matcher: Matcher, lang: string | undefined): RowLine[] {
  return cartLines(doc).map(({ row, quantity, control, marker }) => {
    const { lines, before } = rowText(row, marker);
    const extra = control ? { control } : {};
    for (const line of lines) {
      const mention = matcher.find(line, { lang })[0];
      if (!mention) continue;
      const grams = packageAmount(line)?.grams;
      return {
        row,
        text: line,
        foodId: mention.foodId,
        quantity,
        ...(grams !== undefined ? { packageGrams: grams } : {}),
        ...extra,
      };
    }
    return { row, text: titleOf(lines, before), quantity, ...extra };
  });
}
