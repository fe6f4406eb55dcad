/**
 * The facts of the foods a page names, fetched from the background (one
 * batched lookup per scan slice that needs new ones, never two for the same
 * food at once) and kept for the page.
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

  /** Lookups under way, per food id: a food asked for again meanwhile waits for the same answer. */
  private readonly asked = new Map<string, Promise<boolean>>();

  /** Asks the background for the foods of `ids` not known yet; false when that failed or the session ended. */
  async resolve(ids: Iterable<string>): Promise<boolean> {
    const unknown = new Set<string>();
    const waits = new Set<Promise<boolean>>();
    for (const id of ids) {
      if (!id || this.foods.has(id)) continue;
      const under = this.asked.get(id);
      if (under) waits.add(under);
      else unknown.add(id);
    }
    if (unknown.size > 0) {
      const asking = this.ask([...unknown]);
      for (const id of unknown) this.asked.set(id, asking);
      waits.add(asking);
    }
    if (waits.size === 0) return true;
    return (await Promise.all(waits)).every(Boolean);
  }

  private async ask(ids: string[]): Promise<boolean> {
    try {
      const answer = await this.lookup(ids);
      if (!answer || this.ended()) return false;
      for (const [id, food] of Object.entries(answer.foods)) this.foods.set(id, food);
      for (const [id, rows] of Object.entries(answer.measures ?? {})) this.measures.set(id, rows);
      Object.assign(this.sources, answer.sources);
      return true;
    } finally {
      for (const id of ids) this.asked.delete(id);
    }
  }
}
