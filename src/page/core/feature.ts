/**
 * How a page feature (food badges, supplement badges, the detail card, the
 * recipe card, the page summary, the basket…) plugs into the page session:
 * it starts with the session's context and stops with its signal; what it
 * reads is the context (the page, the preferences, the foods' facts, the
 * structured data and regions, the badges), what it renders it owns.
 */
import type { Intake, Source } from '../../data/types';
import type { PageSummary } from '../../messages';
import type { Prefs, SiteRules } from '../../prefs/schema';
import type { Detection, Detector } from '../detector';
import type { BadgeEntry, BadgeLayer } from './badge-layer';
import type { FoodFacts, Lookup } from './facts';
import type { PageStructure } from './structure';

/** What the session needs from the extension (the content script wires it to the background). */
export interface SessionDeps {
  detector: Detector;
  /** Resolves food ids to facts (the background's lookup). */
  lookup: Lookup;
  /**
   * False once the extension was reloaded, updated or removed under the page: the session then stops
   * and removes what it added, instead of calling into a dead extension.
   */
  isValid?: () => boolean;
  /** The dataset's reference intakes (quoted by supplement notes). */
  intakes(): Promise<{ intakes: Intake[]; sources: Record<string, Source> } | null>;
  /** Opens the evidence summary (a section of the toolbar window) in a tab. */
  openEvidence(section: string): void;
  report(summary: PageSummary): void;
  hideFood(foodId: string): void;
  disableSite(): void;
  /** Adds a food (with the grams its title or line states) to the shopping list; whether it was added. */
  addToList?(foodId: string, grams: number | undefined): Promise<boolean>;
  /** Remembers the number of days the basket card compares a basket over (a preference). */
  saveBasketDays?(days: number): void;
  prefs: Prefs;
  rules: SiteRules;
  host: string;
  signal?: AbortSignal;
  /** Time budget of one slice of work, in ms (default 8). */
  chunkMs?: number;
}

/** A food a block shows, with the grams read from it (a package's, or an ingredient's amount). */
export interface FoundFood {
  foodId: string;
  grams?: number;
  gramsKind?: 'package' | 'amount';
}

/** The foods a page shows where a shopper or cook is choosing, per block (for the page summary). */
export class FoundFoods {
  private readonly byBlock = new Map<Element, Map<string, FoundFood>>();

  note(block: Element, foodId: string, grams?: number, gramsKind?: 'package' | 'amount'): void {
    const found = this.byBlock.get(block) ?? new Map<string, FoundFood>();
    if (!found.has(foodId))
      found.set(foodId, {
        foodId,
        ...(grams !== undefined ? { grams } : {}),
        ...(gramsKind ? { gramsKind } : {}),
      });
    this.byBlock.set(block, found);
  }

  /** Times each food is shown, over the blocks still in the page. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [, ids] of this.blocks())
      for (const id of ids.keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  /** The blocks still in the page, in the order they were found, with their foods. */
  *blocks(): IterableIterator<[Element, ReadonlyMap<string, FoundFood>]> {
    for (const [block, found] of this.byBlock) {
      if (!block.isConnected) {
        this.byBlock.delete(block);
        continue;
      }
      yield [block, found];
    }
  }

  get size(): number {
    return this.byBlock.size;
  }

  prune(): void {
    for (const block of this.byBlock.keys()) if (!block.isConnected) this.byBlock.delete(block);
  }

  clear(): void {
    this.byBlock.clear();
  }
}

export interface PageContext {
  readonly doc: Document;
  readonly deps: SessionDeps;
  /** Aborted when the session stops (the extension went away, the page unloaded, the user disabled the site). */
  readonly signal: AbortSignal;
  prefs(): Prefs;
  rules(): SiteRules;
  /** Food ids hidden on this site ("not what you meant?"). */
  hidden(): readonly string[];
  /** Whether K2 Lens is switched off on this site. */
  disabled(): boolean;
  /** False once the session stopped or the extension is gone (it then stops the session). */
  alive(): boolean;
  readonly facts: FoodFacts;
  readonly structure: PageStructure;
  readonly badges: BadgeLayer;
  readonly found: FoundFoods;
  /** Something the page summary reports changed (badges went in, the recipe was read). */
  changed(): void;
  /** Calls `listener` whenever `changed()` is. */
  onChanged(listener: () => void): void;
}

export interface PageFeature {
  readonly name: string;
  /** Starts the feature for a session; everything it does stops with `ctx.signal`. */
  start(ctx: PageContext): void;
  /** The page's structured data was read (at start, and after a single-page-app navigation). */
  structureRead?(): void;
  /** Preferences or site rules changed. */
  refresh?(): void;
  /** A single-page-app navigation: what the feature knew of the page is stale. */
  reset?(): void;
}

/** A feature that turns detections into badges. */
export interface BadgeFeature extends PageFeature {
  /** Whether the feature badges this detection (food or supplement). */
  accepts(d: Detection): boolean;
  /** Loads what preparing these detections needs (their foods' facts…); false when the session ended. */
  ready(detections: readonly Detection[]): true | Promise<boolean>;
  /** Builds the badge of one detection into the badge layer (inserted at the next flush), or nothing. */
  prepare(d: Detection): void;
  /** Updates one of its placed badges after preferences changed; false removes it. */
  update(entry: BadgeEntry): boolean;
}

export function isBadgeFeature(f: PageFeature): f is BadgeFeature {
  return 'accepts' in f && 'prepare' in f;
}
