/**
 * A typed or pasted shopping list (DOM-free): which food each line names, how
 * many of it and how many grams, and the K2 and calcium of the whole list.
 *
 * A line names its food and, in any order, an amount and a count:
 * "400 g gouda", "gouda 400g", "2 × kefir 500 ml", "natto 3×45 g", "3 natto 45g",
 * "Feta 200g x2", "2x Emmentaler 250 g", "Skyr 2 Stk", "brie".
 * - The amount is read by src/nutrition/quantity.ts: masses directly, volumes
 *   and household measures through the food's own measures (`portionsOf`,
 *   e.g. `portionsWithFallback(dataset)`); without measures only masses convert.
 * - A count is a number before the food ("3 natto", "2 × kefir", "2x Emmentaler"),
 *   a multiplier at the end ("Feta 200g x2", "gouda 400 g × 2") or a count of
 *   pieces ("Skyr 2 Stk"); the grams are then the amount × the count. A times
 *   sign inside the amount is a multipack, one item: "natto 3×45 g" is 1 × 135 g.
 * - Without an amount, a bare count converts only for a food with a weight
 *   per piece (as in recipes: "2 egg yolks"); otherwise grams stay unknown and
 *   the count is kept.
 * - A line naming several foods is the first one's ("gouda or edam 400 g").
 */
import type { Portion } from '../data/types';
import { getMatcher } from '../match/index';
import { findQuantities, gramsForMentions } from '../nutrition/quantity';
import { normalize } from './text';

export interface ListItem {
  /** The line without its bullet, trimmed. */
  text: string;
  foodId?: string;
  /** How many of the item (1 when the line gives no count). */
  count: number;
  /** Grams of all `count` items, when the line's amount converts. */
  grams?: number;
  /** No food of the dataset in the line. */
  unmatched?: true;
}

export type PortionsOf = (foodId: string) => readonly Portion[];

/** A list marker at the start of a line: "- ", "* ", "• ", "[ ] ", "[x] ", "☐ ", "1. ", "2) ". */
const MARKER_RE = /^\s*(?:[-*+•◦▪▫‣●○·–—✓✔☐☑☒□■]|\[[ xX✓✔]?\]|\d{1,2}[.)](?=\s))\s*/u;
/** Pieces and containers: "2 Stk", "2 szt.", "2 Gläser", "2 pots", "2 jars" (a size in brackets after them is an amount). */
const PIECES =
  'st|stk|stück|szt|sztuk|sztuki|ks|kusy|kusů|шт|pcs|pc|pieces|pack|packs|packung|packungen|db|adet|stuks|stuk|kpl|' +
  'bottles|bottle|cans|can|tubs|tub|jars|jar|pots|pot|boîtes|boîte|bocaux|bocal|gläser|glas|becher|dosen|dose|' +
  'flaschen|flasche|słoiki|słoików|słoik|opakowania|opakowań|opakowanie|butelki|sklenice|kelímky|kelímek|balení|' +
  'vasetti|vasetto|confezioni|confezione|potjes|potje|pakken|pak|burkar|burk|paket|frascos|frasco|botes|bote';
/** "3 natto", "2 × kefir", "2x Emmentaler", "2 Stück Gouda": a count before the food. */
const LEADING_RE = /^(\d{1,2}) ?(?:[x×*] ?)?(?=\p{L})/u;
/** "Feta 200g x2", "gouda 400 g × 2", "Feta 200g 2x": a multiplier at the end. */
const TRAILING_RE = /(?:^|\s)(?:[x×*] ?(\d{1,2})|(\d{1,2}) ?[x×])\s*$/u;
/** "Skyr 2 Stk", "kefir 2 szt.": a count of pieces after the food. */
const PIECE_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,2}) ?(?:${PIECES})\\.?(?![\\p{L}])`, 'iu');

interface Count {
  n: number;
  start: number;
  end: number;
}

/** The amounts of a text that are not a count of pieces ("2 Stück" counts items, "150 g" is an amount). */
function amountsOf(s: string) {
  return findQuantities(s).filter((q) => !(q.unit.kind === 'count' && q.unit.portion === 'piece'));
}

/** The count of a line and where it is written (see the module comment). */
function countOf(s: string): Count | undefined {
  const startsWithAmount = amountsOf(s).some((q) => q.start === 0);
  const lead = startsWithAmount ? null : LEADING_RE.exec(s);
  if (lead) return { n: Number(lead[1]), start: 0, end: lead[0].length };
  const trail = TRAILING_RE.exec(s);
  if (trail) {
    const start = trail.index + (trail[0].length - trail[0].trimStart().length);
    return { n: Number(trail[1] ?? trail[2]), start, end: s.length };
  }
  const piece = PIECE_RE.exec(s);
  if (piece && !amountsOf(s).some((q) => q.start <= piece.index && q.end > piece.index))
    return { n: Number(piece[1]), start: piece.index, end: piece.index + piece[0].length };
  return undefined;
}

/** The line without its list marker, with one space between words. */
function cleanLine(line: string): string {
  return normalize(line.replace(MARKER_RE, '')).s.trim();
}

/**
 * One shopping-list line: its food (`getMatcher().find` with `lang`), count
 * and grams (see the module comment); `unmatched` when it names no food of the
 * dataset ("яйца", "bread"). `portionsOf` gives a food's household measures.
 */
export function parseListLine(line: string, lang?: string, portionsOf: PortionsOf = () => []): ListItem {
  const text = cleanLine(line);
  const c = countOf(text);
  const count = c && c.n >= 1 ? c.n : 1;
  const mention = getMatcher().find(text, { lang })[0];
  if (!mention) return { text, count, unmatched: true };
  const item: ListItem = { text, foodId: mention.foodId, count };
  // The amount of one item: the line with its count blanked out (same offsets).
  const blanked = c ? text.slice(0, c.start) + ' '.repeat(c.end - c.start) + text.slice(c.end) : text;
  let grams: number | undefined;
  if (findQuantities(blanked).length > 0) {
    const one = gramsForMentions(blanked, [mention], portionsOf)[0];
    if (one !== undefined) grams = Math.round(one * count * 10) / 10;
  } else grams = gramsForMentions(text, [mention], portionsOf)[0];
  if (grams !== undefined && grams > 0) item.grams = grams;
  return item;
}

/** Separators of list items: line breaks, semicolons and bullet characters. */
const SPLIT_RE = /[\r\n;•◦▪‣●○☐☑☒]+/u;
/** A heading: a line ending with a colon ("Dairy:", "Molkerei:") or a Markdown heading ("## Dairy"). */
const HEADING_RE = /^(?:#{1,6}\s.*|[^:]{0,60}:)$/u;

/** K2 and calcium per 100 g of a food (central estimates), or undefined. */
export type NutrientLookup = (foodId: string) => { k2: number; calcium: number } | undefined;

export interface ListTotals {
  /** µg of K2 of the items counted. */
  k2_ug: number;
  /** mg of calcium of the items counted. */
  calcium_mg: number;
  /** Items left out of the sums: no food, no grams, or no values for the food. */
  notCounted: ListItem[];
}

export interface ParsedList {
  items: ListItem[];
  /** With a `lookup`: the sums over the items with a food, grams and values. */
  totals?: ListTotals;
}

export interface ListOptions {
  lang?: string;
  portionsOf?: PortionsOf;
  lookup?: NutrientLookup;
}

/**
 * A whole list: split on line breaks, semicolons and bullets ("•", "◦", "☐"…),
 * blank lines and headings left out, each item read by `parseListLine`; with
 * `lookup`, the K2 and calcium of the whole list (nutrient per 100 g × grams /
 * 100, summed; items without grams are listed in `notCounted`).
 */
export function parseList(text: string, opts: ListOptions = {}): ParsedList {
  const items: ListItem[] = [];
  for (const raw of text.split(SPLIT_RE)) {
    const line = cleanLine(raw);
    if (line === '' || HEADING_RE.test(line)) continue;
    items.push(parseListLine(line, opts.lang, opts.portionsOf));
  }
  if (!opts.lookup) return { items };
  const totals: ListTotals = { k2_ug: 0, calcium_mg: 0, notCounted: [] };
  for (const item of items) {
    const values =
      item.foodId !== undefined && item.grams !== undefined ? opts.lookup(item.foodId) : undefined;
    if (!values || item.grams === undefined) {
      totals.notCounted.push(item);
      continue;
    }
    totals.k2_ug += (values.k2 * item.grams) / 100;
    totals.calcium_mg += (values.calcium * item.grams) / 100;
  }
  return { items, totals };
}
