/** Groupings of the dataset's food categories (DOM-free). */
import { type Category, CHEESE_CATEGORY_LIST } from './types';

export const CHEESE_CATEGORIES: ReadonlySet<Category> = new Set<Category>(CHEESE_CATEGORY_LIST);

/** Whether a food of `category` is covered by the enabled categories (the generic cheese by any cheese). */
export function categoryEnabled(category: Category, enabled: readonly Category[]): boolean {
  if (category === 'generic') return enabled.some((c) => CHEESE_CATEGORIES.has(c));
  return enabled.includes(category);
}
