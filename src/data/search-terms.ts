/**
 * Search terms of a food for the prefix index: every name in every language,
 * folded (lower case, no diacritics, ß → ss, æ → ae, ø → o, å → a, œ → oe).
 */
import type { Food } from './types';

const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøœłđı]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded names plus each name's later words, so "Mozzarella di bufala" is found by "bufala". */
export function termsOf(food: Food, extraNames: readonly string[] = []): string[] {
  const terms = new Set<string>();
  for (const name of [food.id.replace(/-/g, ' '), ...Object.values(food.names).flat(), ...extraNames]) {
    const folded = foldForSearch(name);
    if (!folded) continue;
    terms.add(folded);
    const words = folded.split(' ');
    for (let i = 1; i < words.length; i++) terms.add(words.slice(i).join(' '));
  }
  return [...terms];
}
