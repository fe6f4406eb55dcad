/**
 * One page session: the page core (./core/engine.ts: scanning in slices,
 * observing changes, inserting badges) with the page features, each in a
 * module of its own (./features): food badges, supplement badges, the detail
 * card, the recipe card and the page summary. A new feature is one more
 * module in this list.
 */
import { startEngine } from './core/engine';
import type { SessionDeps } from './core/feature';
import { basketCard } from './features/basket';
import { detailCard } from './features/detail-card';
import { foodBadges } from './features/food-badges';
import { pageSummary } from './features/page-summary';
import { recipeCard } from './features/recipe-card';
import { supplementBadges } from './features/supplement-badges';

export type { PageSession, SessionStats } from './core/engine';
export type { SessionDeps } from './core/feature';

export function startPageSession(doc: Document, deps: SessionDeps) {
  const recipe = recipeCard();
  return startEngine(doc, deps, [
    foodBadges(),
    supplementBadges(),
    detailCard(),
    recipe,
    basketCard(),
    pageSummary(recipe),
  ]);
}
