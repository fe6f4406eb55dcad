/**
 * The background's side of the shopping list: the lines to store for an
 * addition, and the list as the popup shows it (each line read by
 * `parseListLine` of src/value/list.ts with the food's household measures).
 */
import type { ListItemRecord } from '../data/shopping-list';
import type { Food } from '../data/types';
import { termsByFood } from '../match/index';
import type { ShoppingListEntry } from '../messages';
import { type PortionsOf, parseList, parseListLine } from '../value/list';

/** Every written name of every food (read once, when a food is first added by id). */
let terms: Map<string, string[]> | undefined;
const foodTerms = () => {
  terms ??= termsByFood();
  return terms;
};

/** What a stored line reads as. */
export function readItems(records: readonly ListItemRecord[], portionsOf: PortionsOf): ShoppingListEntry[] {
  return records.map((r) => {
    const item = parseListLine(r.text, r.lang, portionsOf);
    return {
      id: r.id,
      text: r.text,
      ...(r.lang ? { lang: r.lang } : {}),
      ...(item.foodId !== undefined ? { foodId: item.foodId } : {}),
      count: item.count,
      ...(item.grams !== undefined ? { grams: item.grams } : {}),
      ...(item.unmatched ? { unmatched: true as const } : {}),
    };
  });
}

/** Typed or pasted text as list items: split as a list is (lines, semicolons, bullets), headings left out. */
export function splitItems(text: string, lang?: string): string[] {
  return parseList(text, lang ? { lang } : {}).items.map((i) => i.text);
}

/** One item's text as stored: without a list marker ("- ", "[ ]"), one space between words. */
export function cleanItem(text: string): string {
  return parseListLine(text).text || text.trim();
}

/** Grams as a list line writes them: whole from 10 g, one decimal below ("400 g", "7.5 g"). */
function gramsText(grams: number): string {
  const rounded = grams >= 10 ? Math.round(grams) : Math.round(grams * 10) / 10;
  return `${rounded} g`;
}

/**
 * The line for a food added by id: its name in `lang` (else its English name,
 * else another name the matcher knows it by), after its grams when known —
 * "400 g Gouda", "Natto". The name chosen is one the line reads back as this
 * food with these grams, so the item is counted and stays editable text.
 */
export function lineForFood(
  food: Food,
  grams: number | undefined,
  lang: string | undefined,
  portionsOf: PortionsOf,
): string {
  const prefix = grams !== undefined ? `${gramsText(grams)} ` : '';
  const primary = lang?.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const candidates = [
    ...(food.names[primary] ?? []),
    food.name,
    food.name.replace(/\s*\(.*\)\s*$/, ''),
    ...(foodTerms().get(food.id) ?? []),
  ];
  for (const name of candidates) {
    const line = `${prefix}${name.trim()}`;
    const read = parseListLine(line, lang, portionsOf);
    if (read.foodId !== food.id) continue;
    // With grams, the line must read those grams (a name with a number in it would change them).
    if (grams !== undefined && (read.grams === undefined || Math.abs(read.grams - grams) > 0.5)) continue;
    return line;
  }
  return `${prefix}${food.name}`;
}
