/**
 * Keys that say a visible block shows a line of the page's structured data (a
 * recipe's ingredient line, a product's name): the letters of the text, folded.
 * Shared by the page session, the page regions, the recipe card and the scan tool.
 */
import { foldString } from '../match/index';

/** Letters only, folded: the key that says a visible block shows an ingredient line. */
export function lineKey(text: string): string {
  return foldString(text).replace(/[^a-z]/g, '');
}

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
  return showsKey(lineKey(blockText), keys);
}
