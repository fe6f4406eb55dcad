/**
 * One page session: scans the document, resolves the foods through the
 * background, places badges, keeps them right while the page changes, and
 * reports the page summary. Owns its lifetime: `stop()` (or the abort signal)
 * disconnects every observer and removes everything K2 Lens added.
 *
 * Incremental scanning: one MutationObserver per document and per open shadow
 * root collects added and changed nodes; work runs in chunks that yield to the
 * page (no task over ~50 ms); past a mutation storm the queue collapses into
 * one full rescan. A block whose text did not change is never scanned twice,
 * and a block whose badges the page keeps removing is left alone after a few
 * tries, so a re-rendering page and K2 Lens never chase each other.
 */
import { h } from 'preact';
import type { Food, Intake, Portion, Source } from '../data/types';
import { i18n } from '../i18n/current';
import { getMatcher, type Matcher } from '../match';
import type { PageSummary } from '../messages';
import { gramsForMentions } from '../nutrition/quantity';
import { parseSupplement, type SupplementLabel } from '../nutrition/supplements';
import type { Prefs, SiteRules } from '../prefs/schema';
import { type BadgeModel, badgeModel, wantsBadge } from '../ui/badge-model';
import { FoodCard } from '../ui/FoodCard';
import { SupplementCard } from '../ui/SupplementCard';
import { supplementBadgeModel } from '../ui/supplement-model';
import { foodName } from '../ui/text';
import { BADGE_ATTR, type BadgeHandle, type BadgeView, createBadge, OWN_ATTR, placeBadge } from './badge';
import { isPageChrome } from './blocks';
import type { Detection, Detector } from './detector';
import { extractStructuredData, type StructuredData } from './jsonld';
import {
  findIngredientList,
  ingredientKeys,
  mountRecipeCard,
  type RecipeCardHandle,
  type RecipeLineMention,
  recipeLineMentions,
  recipeTotals,
  showsIngredient,
} from './recipe';
import { lineKey, pageLanguage } from './scan';
import { createTooltip, type Tooltip } from './tooltip';

export interface SessionDeps {
  detector: Detector;
  /** Resolves food ids to facts (the background's lookup). */
  lookup(ids: string[]): Promise<{
    foods: Record<string, Food>;
    sources: Record<string, Source>;
    measures: Record<string, readonly Portion[]>;
  } | null>;
  /**
   * False once the extension was reloaded, updated or removed under the page: the session then stops
   * and removes what it added, instead of calling into a dead extension.
   */
  isValid?: () => boolean;
  /** The dataset's reference intakes (quoted by supplement notes). */
  intakes(): Promise<{ intakes: Intake[]; sources: Record<string, Source> } | null>;
  /** Opens the evidence summary (a section of the toolbar window) in a tab. */
  openEvidence(section: string): void;
  /** The matcher, for the recipe's ingredient lines (the detector matches the page text). */
  matcher?: Matcher;
  report(summary: PageSummary): void;
  hideFood(foodId: string): void;
  disableSite(): void;
  prefs: Prefs;
  rules: SiteRules;
  host: string;
  signal?: AbortSignal;
  /** Time budget of one chunk of work, in ms. */
  chunkMs?: number;
}

export interface PageSession {
  /** Forget what was scanned and scan the page again (SPA navigation). */
  reset(): void;
  setPrefs(prefs: Prefs): void;
  setRules(rules: SiteRules): void;
  stop(): void;
  /** Resolves when no work is pending (tests and the benchmark). */
  idle(): Promise<void>;
  stats(): SessionStats;
}

export interface SessionStats {
  badges: number;
  scans: number;
  fullRescans: number;
  longestChunkMs: number;
}

interface Placed {
  badge: BadgeHandle;
  detection: Detection;
}

/** Mutation records in one callback past which the queue becomes one full rescan. */
const STORM_RECORDS = 1000;
/** Queued roots past which the queue becomes one full rescan. */
const STORM_ROOTS = 2000;
/** Sentences: a full stop followed by another sentence, or a longer text ending with one. */
export function isProse(text: string): boolean {
  const t = text.trim();
  return /[.!?]\s+\p{Lu}/u.test(t) || (t.length > GENERIC_TITLE_CHARS && /[.!?]$/.test(t));
}

/** The badge key of a supplement title in its block (food badges use food ids). */
const SUPPLEMENT_KEY = 'supplement';
/** A block naming only "cheese" this short reads as a product title. */
const GENERIC_TITLE_CHARS = 48;
/** Times a block may lose its badges to the page before K2 Lens leaves it alone. */
const MAX_REBADGE = 3;

export function startPageSession(doc: Document, deps: SessionDeps): PageSession {
  let prefs = deps.prefs;
  let rules = deps.rules;
  let stopped = false;
  const chunkMs = deps.chunkMs ?? 12;
  const foods = new Map<string, Food>();
  const sources: Record<string, Source> = {};
  const measures = new Map<string, readonly Portion[]>();
  const measuresOf = (id: string) => measures.get(id) ?? [];
  const matcher = deps.matcher ?? getMatcher();
  let structured: StructuredData = { products: [] };
  let recipeKeys = new Set<string>();
  let productKeys = new Map<string, number>();
  let recipeMentions: RecipeLineMention[] = [];
  let recipeCard: RecipeCardHandle | null = null;
  let intakes: Intake[] | undefined;
  const placed = new Map<HTMLElement, Placed>();
  /** block → food ids badged in it */
  const blockFoods = new WeakMap<Element, Set<string>>();
  /** block → generation and text it had when scanned */
  const scannedText = new WeakMap<Element, string>();
  let generation = 0;
  /** block → times its badges were removed by the page */
  const removals = new WeakMap<Element, number>();
  /** Blocks with their foods, for the page summary (pruned of blocks the page removed). */
  const live = new Map<Element, Set<string>>();
  const stats: SessionStats = { badges: 0, scans: 0, fullRescans: 0, longestChunkMs: 0 };
  const queue = new Set<Node>();
  let fullRescan = false;
  let scheduled = false;
  let pruneAt = 256;
  let idleWaiters: (() => void)[] = [];
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const observers: MutationObserver[] = [];
  const observedRoots = new WeakSet<Node>();
  let tooltip: Tooltip | null = null;

  const hidden = () => rules.hiddenFoods[deps.host] ?? [];
  const disabled = () => rules.disabledHosts.includes(deps.host);

  const model = (d: Detection, food: Food): BadgeModel =>
    badgeModel(food, prefs, d.grams, d.gramsKind ?? 'package');
  const supplementView = (s: SupplementLabel): BadgeView => ({
    foodId: SUPPLEMENT_KEY,
    ...supplementBadgeModel(s),
    level: 'label',
    estimate: false,
  });

  /** Grams of a detection: the structured product weight, else what its line or title says. */
  const readGrams = (d: Detection) => {
    const inRecipe = showsIngredient(d.lineText, recipeKeys);
    const productGrams = productKeys.size > 0 ? productKeys.get(lineKey(d.lineText)) : undefined;
    const grams = productGrams ?? gramsForMentions(d.lineText, d.spans, measuresOf)[d.index];
    if (grams !== undefined) {
      d.grams = grams;
      d.gramsKind = inRecipe ? 'amount' : 'package';
    }
  };

  /**
   * "Cheese" without a variety is worth a badge on a product title or an ingredient line (it has a
   * quantity, is a recipe line, or is as short as a title), not in navigation, headings or prose.
   */
  const genericWorthABadge = (d: Detection) => {
    if (isPageChrome(d.block)) return false;
    return (
      d.grams !== undefined ||
      showsIngredient(d.lineText, recipeKeys) ||
      d.lineText.trim().length <= GENERIC_TITLE_CHARS
    );
  };

  /**
   * On a recipe page the ingredient list says what the recipe uses: the description and the method's
   * prose ("Wilt the spinach in the butter.") get no badges; ingredient lines, list items and titles do.
   */
  const recipeItemWorthABadge = (d: Detection) =>
    recipeKeys.size === 0 || showsIngredient(d.lineText, recipeKeys) || !isProse(d.lineText);

  /** Reads the page's structured data and, for a recipe, resolves its lines and shows the card. */
  const readStructured = async () => {
    try {
      structured = extractStructuredData(doc);
    } catch {
      structured = { products: [] };
    }
    recipeKeys = structured.recipe ? ingredientKeys(structured.recipe) : new Set();
    productKeys = new Map(
      structured.products.flatMap((p) =>
        p.grams !== undefined ? [[lineKey(p.name), p.grams] as const] : [],
      ),
    );
    const recipe = structured.recipe;
    if (!recipe) return;
    const lang = pageLanguage(doc);
    const first = recipeLineMentions(recipe, matcher, lang);
    const unknown = [...new Set(first.map((m) => m.foodId))].filter((id) => !foods.has(id));
    if (unknown.length > 0) {
      const answer = await deps.lookup(unknown);
      if (!answer || stopped) return;
      for (const [id, food] of Object.entries(answer.foods)) foods.set(id, food);
      for (const [id, rows] of Object.entries(answer.measures ?? {})) measures.set(id, rows);
      Object.assign(sources, answer.sources);
    }
    // Again with the foods' household measures, for cups, spoons and slices.
    recipeMentions = recipeLineMentions(recipe, matcher, lang, measuresOf);
    showRecipeCard();
    scheduleReport();
  };

  const showRecipeCard = () => {
    const recipe = structured.recipe;
    if (!recipe || stopped || disabled()) return;
    const totals = recipeTotals(
      recipe,
      recipeMentions.filter((m) => {
        const f = foods.get(m.foodId);
        return f !== undefined && wantsBadge(f, prefs, hidden());
      }),
      foods,
    );
    if (totals.lines.length === 0) {
      recipeCard?.remove();
      recipeCard = null;
      return;
    }
    if (!recipeCard) {
      const list = findIngredientList(doc, recipeKeys);
      if (!list) return;
      recipeCard = mountRecipeCard(doc, list, recipe.name);
    }
    recipeCard.update(totals, prefs.targets);
  };

  const siteActions = (food: Food) =>
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          'data-action': 'hide-food',
          onClick: () => {
            tooltip?.close();
            if (alive()) deps.hideFood(food.id);
          },
        },
        i18n().t('tipHideFood', foodName(food, i18n())),
      ),
      h(
        'button',
        {
          type: 'button',
          'data-action': 'disable-site',
          onClick: () => {
            tooltip?.close();
            if (alive()) deps.disableSite();
          },
        },
        i18n().t('tipDisableSite'),
      ),
    );

  const openTooltip = (host: HTMLElement, focus: boolean) => {
    if (!alive()) return;
    const entry = placed.get(host);
    if (!entry) return;
    const d = entry.detection;
    tooltip ??= createTooltip(doc);
    if (d.supplement) {
      tooltip.open(
        host,
        {
          label: i18n().t('tipSupplementLabel'),
          body: h(SupplementCard, {
            title: d.text,
            label: d.supplement,
            sources,
            onEvidence: (section: string) => {
              if (alive()) deps.openEvidence(section);
            },
          }),
        },
        { focus },
      );
      return;
    }
    const food = foods.get(d.foodId);
    if (!food) return;
    const names: Record<string, string> = {};
    for (const id of food.k2.from ?? []) {
      const from = foods.get(id);
      names[id] = from ? foodName(from, i18n()) : id;
    }
    tooltip.open(
      host,
      {
        label: i18n().t('tipFoodLabel', foodName(food, i18n())),
        body: h(
          FoodCard,
          {
            food,
            matched: d.text,
            ...(d.grams !== undefined ? { grams: d.grams } : {}),
            gramsKind: d.gramsKind ?? 'package',
            targets: prefs.targets,
            sources,
            names,
          },
          siteActions(food),
        ),
      },
      { focus },
    );
  };

  /** Badges supplement titles with the doses their labels state (the notes quote the dataset's intakes). */
  const renderSupplements = async (detections: Detection[]) => {
    if (detections.length === 0 || !prefs.supplements) return;
    if (!intakes) {
      const answer = await deps.intakes();
      intakes = answer?.intakes ?? [];
      Object.assign(sources, answer?.sources ?? {});
    }
    if (stopped) return;
    for (const d of detections) {
      if (!d.supplement || !d.block.isConnected || !d.endNode.isConnected) continue;
      const inBlock = blockFoods.get(d.block) ?? new Set<string>();
      if (inBlock.has(SUPPLEMENT_KEY) || (removals.get(d.block) ?? 0) >= MAX_REBADGE) continue;
      d.supplement = parseSupplement(d.text, intakes);
      const badge = createBadge(doc, supplementView(d.supplement), (host) => openTooltip(host, true));
      attachHoverAndFocus(badge.host);
      if (!placeBadge(badge.host, d.endNode, d.block)) continue;
      inBlock.add(SUPPLEMENT_KEY);
      blockFoods.set(d.block, inBlock);
      placed.set(badge.host, { badge, detection: d });
      stats.badges++;
    }
  };

  const attachHoverAndFocus = (host: HTMLElement) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    host.addEventListener('mouseenter', () => {
      timer = setTimeout(() => openTooltip(host, false), 250);
    });
    host.addEventListener('mouseleave', () => clearTimeout(timer));
    // Focus opens the card, except when the card itself gives focus back on closing.
    host.addEventListener('focus', () => {
      if (!tooltip?.restoringFocus) openTooltip(host, false);
    });
  };

  /** Forgets badges and blocks the page removed (a re-rendering list must not grow memory). */
  const prune = () => {
    for (const [host, entry] of placed) {
      if (!host.isConnected) {
        placed.delete(host);
        blockFoods.get(entry.detection.block)?.delete(entry.detection.foodId);
      }
    }
    for (const block of live.keys()) if (!block.isConnected) live.delete(block);
  };

  const removeBadge = (host: HTMLElement) => {
    const entry = placed.get(host);
    placed.delete(host);
    host.remove();
    if (entry) blockFoods.get(entry.detection.block)?.delete(entry.detection.foodId);
  };

  const scheduleReport = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      if (!alive()) return;
      prune();
      const counts = new Map<string, number>();
      for (const ids of live.values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const list = [...counts].flatMap(([id, count]) => {
        const food = foods.get(id);
        return food
          ? [{ foodId: id, name: food.name, count, k2: food.k2.central, calcium: food.calcium.central }]
          : [];
      });
      const recipe = structured.recipe;
      const totals = recipe ? recipeTotals(recipe, recipeMentions, foods) : undefined;
      deps.report({
        url: doc.location?.href ?? '',
        title: (doc.title ?? '').slice(0, 500),
        foods: list.slice(0, 500),
        scannedAt: Date.now(),
        ...(recipe && totals
          ? {
              recipe: {
                ...(recipe.name ? { name: recipe.name.slice(0, 300) } : {}),
                ...(totals.summary.servings ? { servings: totals.summary.servings.central } : {}),
                k2Total: totals.summary.total.k2.central,
                calciumTotal: totals.summary.total.calcium.central,
                unquantified: totals.lines
                  .filter((l) => l.grams === undefined)
                  .map((l) => l.line.slice(0, 300)),
              },
            }
          : {}),
      });
    }, 300);
  };

  /** Badges the detections whose foods are known; asks for the unknown ones first. */
  const render = async (all: Detection[]) => {
    await renderSupplements(all.filter((d) => d.supplement));
    if (stopped) return;
    const detections = all.filter((d) => !d.supplement);
    const unknown = [...new Set(detections.map((d) => d.foodId))].filter((id) => !foods.has(id));
    if (unknown.length > 0) {
      const answer = await deps.lookup(unknown);
      if (!answer || stopped) return;
      for (const [id, food] of Object.entries(answer.foods)) foods.set(id, food);
      for (const [id, rows] of Object.entries(answer.measures ?? {})) measures.set(id, rows);
      Object.assign(sources, answer.sources);
      // Foods an estimate comes from are named in the tooltip; their names arrive with later lookups.
    }
    for (const d of detections) {
      const food = foods.get(d.foodId);
      if (!food || !d.block.isConnected || !d.endNode.isConnected) continue;
      if (d.grams === undefined) readGrams(d);
      // Mentions in page chrome, or in a recipe's prose, are not foods on the page for the shopper.
      if (food.category === 'generic' && !genericWorthABadge(d)) continue;
      if (!recipeItemWorthABadge(d)) continue;
      const found = live.get(d.block) ?? new Set<string>();
      found.add(food.id);
      live.set(d.block, found);
      if (!wantsBadge(food, prefs, hidden())) continue;
      const inBlock = blockFoods.get(d.block) ?? new Set<string>();
      if (inBlock.has(food.id)) continue;
      if ((removals.get(d.block) ?? 0) >= MAX_REBADGE) continue;
      const badge = createBadge(doc, model(d, food), (host) => openTooltip(host, true));
      attachHoverAndFocus(badge.host);
      if (!placeBadge(badge.host, d.endNode, d.block)) continue;
      inBlock.add(food.id);
      blockFoods.set(d.block, inBlock);
      placed.set(badge.host, { badge, detection: d });
      stats.badges++;
    }
    scheduleReport();
  };

  const observe = (root: Document | ShadowRoot) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    const observer = new MutationObserver(onMutations);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  };

  function isOwn(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return Boolean(el?.closest?.(`[${OWN_ATTR}]`));
  }

  function onMutations(records: MutationRecord[]) {
    if (!alive()) return;
    if (records.length > STORM_RECORDS) {
      fullRescan = true;
    } else {
      for (const r of records) {
        for (const node of r.removedNodes) {
          if (node.nodeType === 1 && (node as Element).hasAttribute?.(BADGE_ATTR)) {
            const entry = placed.get(node as HTMLElement);
            if (entry) {
              placed.delete(node as HTMLElement);
              const block = entry.detection.block;
              blockFoods.get(block)?.delete(entry.detection.foodId);
              removals.set(block, (removals.get(block) ?? 0) + 1);
              scannedText.delete(block);
              queue.add(block);
            }
          }
        }
        if (r.type === 'characterData') {
          if (!isOwn(r.target)) queue.add(r.target);
          continue;
        }
        for (const node of r.addedNodes) {
          if (node.nodeType !== 1 && node.nodeType !== 3) continue;
          if (isOwn(node)) continue;
          queue.add(node);
        }
      }
      if (queue.size > STORM_ROOTS) fullRescan = true;
    }
    schedule();
  }

  const yieldToPage = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  };

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    void yieldToPage().then(work);
  };

  /** Whether the extension is still there; stops the session when it is not. */
  const alive = (): boolean => {
    if (stopped) return false;
    if (deps.isValid && !deps.isValid()) {
      stop();
      return false;
    }
    return true;
  };

  async function work() {
    if (!alive()) return;
    const roots: Node[] = [];
    if (fullRescan) {
      fullRescan = false;
      queue.clear();
      stats.fullRescans++;
      roots.push(doc.body ?? doc.documentElement);
    } else {
      roots.push(...queue);
      queue.clear();
    }
    const cursor = deps.detector.cursor(roots, {
      isFresh: (block, text) => scannedText.get(block) !== `${generation}\u0000${text}`,
      markScanned: (block, text) => scannedText.set(block, `${generation}\u0000${text}`),
      onShadowRoot: (root) => observe(root),
    });
    while (!stopped) {
      const started = performance.now();
      const batch = cursor.next(started + chunkMs);
      const took = performance.now() - started;
      if (took > stats.longestChunkMs) stats.longestChunkMs = took;
      stats.scans++;
      if (batch.length > 0) await render(batch);
      if (cursor.done) break;
      await yieldToPage();
    }
    scheduled = false;
    if (placed.size + live.size > pruneAt) {
      prune();
      pruneAt = Math.max(256, 2 * (placed.size + live.size));
    }
    if (queue.size > 0 || fullRescan) {
      schedule();
    } else {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  const refreshBadges = () => {
    for (const [host, entry] of [...placed]) {
      if (entry.detection.supplement) {
        if (disabled() || !prefs.supplements) removeBadge(host);
        else entry.badge.update(supplementView(entry.detection.supplement));
        continue;
      }
      const food = foods.get(entry.detection.foodId);
      if (!food || !wantsBadge(food, prefs, hidden()) || disabled()) removeBadge(host);
      else entry.badge.update(model(entry.detection, food));
    }
    if (disabled()) {
      recipeCard?.remove();
      recipeCard = null;
    } else {
      showRecipeCard();
    }
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const o of observers) o.disconnect();
    clearTimeout(reportTimer);
    for (const host of [...placed.keys()]) removeBadge(host);
    recipeCard?.remove();
    recipeCard = null;
    tooltip?.destroy();
    tooltip = null;
    for (const w of idleWaiters) w();
    idleWaiters = [];
  };

  deps.signal?.addEventListener('abort', stop, { once: true });

  const start = () => {
    if (disabled()) return;
    observe(doc);
    void readStructured();
    fullRescan = true;
    schedule();
  };
  start();

  return {
    reset() {
      if (stopped) return;
      live.clear();
      recipeCard?.remove();
      recipeCard = null;
      recipeMentions = [];
      void readStructured();
      fullRescanAll();
    },
    setPrefs(next) {
      const categoriesGrew =
        next.categories.some((c) => !prefs.categories.includes(c)) || next.minK2 < prefs.minK2;
      prefs = next;
      refreshBadges();
      if (categoriesGrew) {
        // Blocks skipped before may now get badges.
        fullRescanAll();
      }
    },
    setRules(next) {
      const wasDisabled = disabled();
      const shown = new Set(hidden());
      rules = next;
      refreshBadges();
      if (wasDisabled && !disabled()) {
        fullRescanAll();
        start();
      } else if (!disabled() && [...shown].some((id) => !hidden().includes(id))) {
        // A food was shown again: its mentions need badges.
        fullRescanAll();
      }
    },
    stop,
    idle() {
      if (stopped || (!scheduled && queue.size === 0 && !fullRescan)) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    stats: () => ({ ...stats }),
  };

  function fullRescanAll() {
    // A new generation makes every block fresh again, so every block is matched once more.
    generation++;
    fullRescan = true;
    schedule();
  }
}
