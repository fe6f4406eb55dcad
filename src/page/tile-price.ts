/**
 * The price a product tile shows (or a cart row): its text read node by node
 * (a line between nodes, so cents in a node of their own stay cents), the
 * struck-through parts marked (an old price), then the price a shopper pays
 * for one package (src/value/price.ts).
 */
import { findPrices, type Price, pickProductPrice } from '../value';

/** Elements whose text is struck through: an old price. */
const STRUCK = 'S, DEL, STRIKE';

export interface TileText {
  text: string;
  struck: { start: number; end: number }[];
}

/** The text of an element, its text nodes joined by line breaks, with the struck-through ranges. */
export function tileText(el: Element, max = 4000): TileText {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4);
  let text = '';
  const struck: { start: number; end: number }[] = [];
  for (let n = walker.nextNode(); n && text.length < max; n = walker.nextNode()) {
    const data = (n.nodeValue ?? '').trim();
    if (!data) continue;
    const parent = n.parentElement;
    if (parent?.closest('script, style, k2lens-badge')) continue;
    if (text) text += '\n';
    const start = text.length;
    text += data;
    if (parent?.closest(STRUCK)) struck.push({ start, end: text.length });
  }
  return { text, struck };
}

/** Units a unit price may be per and still say what a food's grams cost. */
const MASS_UNITS = new Set(['g', '100g', 'kg', 'lb', 'oz']);

/**
 * The price of one package shown in an element (a tile, a cart row), in the page's language; where the tile
 * shows no package price, its price per mass ("$5.49/lb", "12,90 €/kg": the deli counter's way).
 */
export function priceIn(el: Element, lang: string | undefined): Price | undefined {
  const { text, struck } = tileText(el);
  if (!text) return undefined;
  const hits = findPrices(text, { ...(lang ? { locale: lang } : {}), struck });
  return (
    pickProductPrice(hits) ??
    hits.find((h) => h.role === 'unit' && h.price.amount > 0 && MASS_UNITS.has(h.price.per?.unit ?? ''))
      ?.price
  );
}
