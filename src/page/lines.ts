/**
 * Whether a visible block shows a line of the page's structured data (a
 * recipe's ingredient line, a product's name), by their keys: the letters of
 * the text, folded (`lineKey`, src/match/text-norm.ts). Shared by the page
 * regions, the page structure and the recipe card.
 */
import { lineKey } from '../match/text-norm';

/** Whether a block's key shows one of `keys` (the whole line, or most of it). */
export function showsKey(key: string, keys: ReadonlySet<string>): boolean {
  if (keys.size === 0 || key.length === 0) return false;
  if (keys.has(key)) return true;
  for (const k of keys)
    if (
      (key.includes(k) || k.includes(key)) &&
      Math.min(k.length, key.length) / Math.max(k.length, key.length) >= 0.6
    )
      return true;
  return false;
}

/** Whether a block of the page shows one of the recipe's ingredient lines. */
export function showsIngredient(blockText: string, keys: ReadonlySet<string>): boolean {
  return keys.size > 0 && showsKey(lineKey(blockText), keys);
}
