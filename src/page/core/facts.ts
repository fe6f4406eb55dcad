/**
 * The facts of the foods a page names, fetched from the background (one
 * batched lookup per scan slice that needs new ones) and kept for the page.
 */
import type { Food, Portion, Source } from '../../data/types';

export type Lookup = (ids: string[]) => Promise<{
  foods: Record<string, Food>;
  sources: Record<string, Source>;
  measures: Record<string, readonly Portion[]>;
} | null>;

export class FoodFacts {
  readonly foods = new Map<string, Food>();
  readonly sources: Record<string, Source> = {};
  private readonly measures = new Map<string, readonly Portion[]>();

  constructor(
    private readonly lookup: Lookup,
    private readonly ended: () => boolean,
  ) {}

  get(id: string): Food | undefined {
    return this.foods.get(id);
  }

  /** A food's household measures (cups, slices), for grams of volumes and counts. */
  readonly measuresOf = (id: string): readonly Portion[] => this.measures.get(id) ?? [];

  /** Asks the background for the foods of `ids` not known yet; false when that failed or the session ended. */
  async resolve(ids: Iterable<string>): Promise<boolean> {
    const unknown = new Set<string>();
    for (const id of ids) if (id && !this.foods.has(id)) unknown.add(id);
    if (unknown.size === 0) return true;
    const answer = await this.lookup([...unknown]);
    if (!answer || this.ended()) return false;
    for (const [id, food] of Object.entries(answer.foods)) this.foods.set(id, food);
    for (const [id, rows] of Object.entries(answer.measures ?? {})) this.measures.set(id, rows);
    Object.assign(this.sources, answer.sources);
    return true;
  }
}
