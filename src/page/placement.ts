/**
 * Where K2 Lens's cards go on a page: before a whole list or table, never in
 * among its structure (a row, a cell, a list item), so a card never changes
 * the page's columns.
 */

/** Elements of a list's or a table's structure: a card never goes in among them. */
const STRUCTURE = new Set([
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'LI',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
]);

/** The element itself, or the whole list or table it is part of (climbing out of its items, rows and cells). */
export function outsideStructure(el: Element): Element {
  let block = el;
  while (block.parentElement && STRUCTURE.has(block.parentElement.tagName)) block = block.parentElement;
  return block;
}

/** The nearest element holding all of `els` (undefined for none). */
export function commonAncestor(els: readonly Element[]): Element | undefined {
  let common: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) while (common && !common.contains(el)) common = common.parentElement;
  return common ?? undefined;
}

/** CSS for a card's host: its width does not count towards its container's, so it cannot widen a column. */
export const CARD_HOST_CSS =
  ':host { contain: inline-size !important; max-width: 100% !important; box-sizing: border-box !important; }';
