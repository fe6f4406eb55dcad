/**
 * The recipe of a page (schema.org Recipe): its ingredient lines matched to
 * foods with their grams, and the sums the recipe card shows (DOM-free; the
 * card itself is ./features/recipe-card.tsx).
 */
import type { Food, Portion } from '../data/types';
import type { Matcher, Mention } from '../match';
import { lineKey } from '../match/text-norm';
import { type RecipeSummary, recipeSummary } from '../nutrition/portion';
import { gramsForMentions, mentionRoles } from '../nutrition/quantity';
import type { RecipeCardLine } from '../ui/RecipeCard';
import type { RecipeData } from './jsonld';

export interface RecipeLineMention {
  /** Index into the recipe's ingredient lines. */
  line: number;
  text: string;
  foodId: string;
  grams?: number;
}

/**
 * Foods named by each ingredient line (one mention per line and food, grams added up).
 * An alternative to the line's food ("200 g Feta oder Ziegenkäse") and the dish the
 * line's food is for ("1 cup cream for the yogurt topping") are no ingredients of it.
 */
export function recipeLineMentions(
  recipe: RecipeData,
  matcher: Matcher,
  lang: string | undefined,
  measuresOf: (foodId: string) => readonly Portion[] = () => [],
): RecipeLineMention[] {
  const out: RecipeLineMention[] = [];
  recipe.ingredients.forEach((line, i) => {
    const found: Mention[] = matcher.find(line, { lang });
    const grams = gramsForMentions(line, found, measuresOf);
    const roles = mentionRoles(line, found);
    const byFood = new Map<string, RecipeLineMention>();
    found.forEach((m, k) => {
      if (roles[k] !== 'ingredient') return;
      const g = grams[k];
      const existing = byFood.get(m.foodId);
      if (existing) {
        if (g !== undefined) existing.grams = Math.round(((existing.grams ?? 0) + g) * 10) / 10;
        return;
      }
      const lm: RecipeLineMention = {
        line: i,
        text: m.text,
        foodId: m.foodId,
        ...(g !== undefined ? { grams: g } : {}),
      };
      byFood.set(m.foodId, lm);
      out.push(lm);
    });
  });
  return out;
}

export interface RecipeTotals {
  summary: RecipeSummary;
  lines: RecipeCardLine[];
}

/**
 * The recipe's sums over the mentions whose foods are known. Each line counts
 * once: a line with an amount counted is not also listed as not counted (its
 * other foods are alternatives or named in passing), and a line without one is
 * listed once, under its first food.
 */
export function recipeTotals(
  recipe: RecipeData,
  mentions: readonly RecipeLineMention[],
  foods: ReadonlyMap<string, Food>,
): RecipeTotals {
  const all = mentions.flatMap((m) => {
    const food = foods.get(m.foodId);
    return food ? [{ m, food }] : [];
  });
  const counted = new Set(all.filter(({ m }) => m.grams !== undefined).map(({ m }) => m.line));
  const listed = new Set<number>();
  const known = all.filter(({ m }) => {
    if (m.grams !== undefined) return true;
    if (counted.has(m.line) || listed.has(m.line)) return false;
    listed.add(m.line);
    return true;
  });
  const summary = recipeSummary(
    known.map(({ m, food }) => ({ food, ...(m.grams !== undefined ? { grams: m.grams } : {}) })),
    recipe.yield ?? recipe.servings,
  );
  const lines = known.map(({ m, food }) => ({
    line: recipe.ingredients[m.line] ?? m.text,
    food,
    ...(m.grams !== undefined ? { grams: m.grams } : {}),
  }));
  return { summary, lines };
}

/** Keys of the ingredient lines (letters only, folded), to recognise them in the page's text. */
export function ingredientKeys(recipe: RecipeData): Set<string> {
  return new Set(recipe.ingredients.map(lineKey).filter((k) => k.length >= 3));
}
