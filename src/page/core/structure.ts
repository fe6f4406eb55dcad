/**
 * What the page's structured data says (a schema.org Recipe's ingredient
 * lines and name, Products' names and weights), and where on the page a
 * mention is one a shopper or cook is choosing (./regions.ts).
 */
import type { Portion } from '../../data/types';
import { lineKey } from '../../match/text-norm';
import { gramsForMentions } from '../../nutrition/quantity';
import type { Detection } from '../detector';
import { extractStructuredData, type StructuredData } from '../jsonld';
import { showsIngredient } from '../lines';
import { ingredientKeys } from '../recipe';
import { type PageRegions, pageRegions } from './regions';

export class PageStructure {
  data: StructuredData = { products: [] };
  /** Keys of the recipe's ingredient lines (empty: no structured recipe). */
  recipeKeys = new Set<string>();
  readonly regions: PageRegions;
  private productGrams = new Map<string, number>();
  private productNames = new Set<string>();
  /** The key of the structured recipe's name ('' when none). */
  private recipeName = '';

  constructor(private readonly doc: Document) {
    this.regions = pageRegions(doc, () => ({
      recipeKeys: this.recipeKeys,
      ...(this.recipeName ? { recipeName: this.recipeName } : {}),
      productNames: this.productNames,
    }));
  }

  /** Reads the structured data (again, after a single-page-app navigation); it queries the whole document. */
  read(): void {
    try {
      this.data = extractStructuredData(this.doc);
    } catch {
      this.data = { products: [] };
    }
    const { recipe, products } = this.data;
    this.recipeKeys = recipe ? ingredientKeys(recipe) : new Set();
    this.productGrams = new Map(
      products.flatMap((p) => (p.grams !== undefined ? [[lineKey(p.name), p.grams] as const] : [])),
    );
    this.productNames = new Set(products.map((p) => lineKey(p.name)).filter(Boolean));
    this.recipeName = recipe?.name ? lineKey(recipe.name) : '';
    this.regions.reset();
  }

  /** Whether a line is one of the structured recipe's ingredient lines. */
  inRecipe(lineText: string): boolean {
    return showsIngredient(lineText, this.recipeKeys);
  }

  /** Grams of a detection: the structured product's weight, else what its line or title says. */
  readGrams(d: Detection, measuresOf: (id: string) => readonly Portion[]): void {
    const productGrams = this.productGrams.size > 0 ? this.productGrams.get(lineKey(d.lineText)) : undefined;
    const grams = productGrams ?? gramsForMentions(d.lineText, d.spans, measuresOf)[d.index];
    if (grams !== undefined) {
      d.grams = grams;
      d.gramsKind = this.inRecipe(d.lineText) ? 'amount' : 'package';
    }
  }
}
