/**
 * One page session: the page core (./core/engine.ts: scanning in slices,
 * observing changes, inserting badges) with the page features, each in a
 * module of its own (./features): food badges, supplement badges, the detail
 * card, the recipe card and the page summary. A new feature is one more
 * module in this list.
 */

import type { PageSession } from './core/engine';
import { startEngine } from './core/engine';
import type { SessionDeps } from './core/feature';
import { basketCard } from './features/basket';
import { detailCard } from './features/detail-card';
import { foodBadges } from './features/food-badges';
import { pageSummary } from './features/page-summary';
import { recipeCard } from './features/recipe-card';
import { revealOnPage } from './features/reveal';
import { supplementBadges } from './features/supplement-badges';

export type { PageSession, SessionStats } from './core/engine';
export type { SessionDeps } from './core/feature';

export interface PageSessionWithReveal extends PageSession {
  /** Scrolls to the product the page summary reported at `index` and outlines it; false when it is gone. */
  revealProduct(index: number): boolean;
}

export function startPageSession(doc: Document, deps: SessionDeps): PageSessionWithReveal {
  const recipe = recipeCard();
  const summary = pageSummary(recipe);
  const reveal = revealOnPage();
  const session = startEngine(doc, deps, [
    foodBadges(),
    supplementBadges(),
    detailCard(),
    recipe,
    basketCard(),
    summary,
    reveal,
  ]);
  return { ...session, revealProduct: (index) => reveal.reveal(summary.productAt(index)) };
}
