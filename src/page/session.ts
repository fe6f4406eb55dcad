/**
 * One page session: scans the document, resolves the foods through the
 * background, places badges, keeps them right while the page changes, and
 * reports the page summary. Owns its lifetime: `stop()` (or the abort signal)
 * disconnects every observer and removes everything K2 Lens added.
 *
 * Incremental scanning: one MutationObserver per document and per open shadow
 * root collects added and changed nodes; work runs in slices of about
 * `chunkMs` that yield to the page (a slice scans, then prepares badges with
 * what is left of it; no task near 50 ms); past a mutation storm the queue
 * collapses into one full rescan. A block whose text did not change is never
 * scanned twice, and a block whose badges the page keeps removing is left
 * alone after a few tries, so a re-rendering page and K2 Lens never chase each
 * other.
 *
 * Rendering: badges are built while the scan runs but inserted together, when
 * the scan ends (or after FLUSH_WORK_MS of work on a very long scan): each DOM
 * write makes the page run style, layout and paint in its next frame, which on
 * a large page costs far more than the badges themselves, so K2 Lens writes in
 * as few frames as it can. Its own writes are not observed.
 *
 * Open shadow roots are looked for in a separate element pass when the page
 * is idle (requestIdleCallback), then observed and scanned like the document.
 * Small changes (a few added tiles) are scanned at once, in the task that made
 * them; once the page has named a food, the facts of all foods are fetched in
 * idle time, so such changes get their badges without waiting for the
 * background, in the same frame as the new content.
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
import { pageLanguage, ShadowRootFinder } from './blocks';
import type { Detection, Detector } from './detector';
import { extractStructuredData, type StructuredData } from './jsonld';
import { lineKey, showsIngredient } from './lines';
import {
  findIngredientList,
  ingredientKeys,
  mountRecipeCard,
  type RecipeCardHandle,
  type RecipeLineMention,
  recipeLineMentions,
  recipeTotals,
} from './recipe';
import { pageRegions, type Region } from './regions';
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
  report(summary: PageSummary): void;
  hideFood(foodId: string): void;
  disableSite(): void;
  prefs: Prefs;
  rules: SiteRules;
  host: string;
  signal?: AbortSignal;
  /** Time budget of one slice of work, in ms (default 8). */
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
  /** Work slices run (scan and badge preparation). */
  scans: number;
  fullRescans: number;
  /** Times badges were inserted into the page. */
  flushes: number;
  /** The longest synchronous stretch of one slice, flush or shadow-root search, in ms. */
  longestChunkMs: number;
  /** performance.now() when scanning and badge insertion last finished (idle-time work may follow). */
  scannedAt: number;
}

interface Placed {
  badge: BadgeHandle;
  detection: Detection;
  /** Its key among the block's badges: the food id, or a mention of it in running text. */
  key: string;
  region: Region;
}

/** Mutation records in one callback past which the queue becomes one full rescan. */
const STORM_RECORDS = 1000;
/** Queued roots past which the queue becomes one full rescan. */
const STORM_ROOTS = 2000;
/** The badge key of a supplement title in its block (food badges use food ids). */
const SUPPLEMENT_KEY = 'supplement';
/** A block naming only "cheese" this short reads as a product title. */
const GENERIC_TITLE_CHARS = 48;
/** Times a block may lose its badges to the page before K2 Lens leaves it alone. */
const MAX_REBADGE = 3;
/** Queued roots up to which a change is scanned at once, in the task that made it. */
const IMMEDIATE_ROOTS = 200;
/**
 * On a long scan, the badges built so far are inserted after this much work
 * (ms of slices, not wall time: the frames a flush causes must not make the
 * next flush come sooner).
 */
const FLUSH_WORK_MS = 150;
/** Detections waiting for a badge past which the scan pauses until they are prepared. */
const BACKLOG = 2000;

type Pending = Placed;

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function startPageSession(doc: Document, deps: SessionDeps): PageSession {
  let prefs = deps.prefs;
  let rules = deps.rules;
  let stopped = false;
  const chunkMs = deps.chunkMs ?? 8;
  const foods = new Map<string, Food>();
  const sources: Record<string, Source> = {};
  const measures = new Map<string, readonly Portion[]>();
  const measuresOf = (id: string) => measures.get(id) ?? [];
  /** The recipe's lines are matched with the detector's matcher (compiled in steps before the first scan). */
  const matcherFor = (): Matcher => deps.detector.matcher?.() ?? getMatcher();
  let structured: StructuredData = { products: [] };
  let recipeKeys = new Set<string>();
  let productKeys = new Map<string, number>();
  let productNames = new Set<string>();
  /** Where on the page a mention is one a shopper or cook is choosing (./regions.ts). */
  const regions = pageRegions(doc, () => ({
    recipeKeys,
    ...(structured.recipe?.name ? { recipeName: lineKey(structured.recipe.name) } : {}),
    productNames,
  }));
  /** Text nodes split to put a badge right after a word of running text: the badge and the rest of the text. */
  const splits = new Map<HTMLElement, Text>();
  let recipeMentions: RecipeLineMention[] = [];
  let recipeCard: RecipeCardHandle | null = null;
  let intakes: Intake[] | undefined;
  const placed = new Map<HTMLElement, Placed>();
  /** block → food ids badged in it */
  const blockFoods = new WeakMap<Element, Set<string>>();
  /** block → the generation and the text it had when scanned (the block's own text string, not a copy) */
  const scannedText = new WeakMap<Element, { generation: number; text: string }>();
  let generation = 0;
  /** block → times its badges were removed by the page */
  const removals = new WeakMap<Element, number>();
  /** Blocks with their foods, for the page summary (pruned of blocks the page removed). */
  const live = new Map<Element, Set<string>>();
  const stats: SessionStats = {
    badges: 0,
    scans: 0,
    fullRescans: 0,
    flushes: 0,
    longestChunkMs: 0,
    scannedAt: 0,
  };
  const queue = new Set<Node>();
  let fullRescan = false;
  let scheduled = false;
  let pruneAt = 256;
  let idleWaiters: (() => void)[] = [];
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  /** One observer per observed root (the document, open shadow roots). */
  const observers = new Map<Node, MutationObserver>();
  /** Badges built and waiting to be inserted together. */
  let pending: Pending[] = [];
  /** Roots whose subtrees may hold open shadow roots not looked for yet. */
  const toSearch: Node[] = [];
  const shadowSeen = new WeakSet<ShadowRoot>();
  let searching = false;
  let prefetched = false;
  let prefetching = false;
  let tooltip: Tooltip | null = null;

  const hidden = () => rules.hiddenFoods[deps.host] ?? [];
  const disabled = () => rules.disabledHosts.includes(deps.host);

  /**
   * Badge models by food and portion under the current preferences: a page
   * names the same few foods many times, and building a model formats numbers
   * (Intl), which costs far more than the badge element.
   */
  const models = new Map<string, BadgeModel>();
  const model = (d: Detection, food: Food): BadgeModel => {
    const kind = d.gramsKind ?? 'package';
    const key = `${food.id}\u0000${d.grams ?? ''}\u0000${kind}`;
    let m = models.get(key);
    if (!m) {
      m = badgeModel(food, prefs, d.grams, kind);
      models.set(key, m);
    }
    return m;
  };
  /** A badge's view: in running text it names its food ("Brie · K2 ≈ 17 µg"), the word being far from a title. */
  const viewOf = (d: Detection, food: Food, region: Region): BadgeView => {
    const view = model(d, food);
    return region === 'text' ? { ...view, text: `${foodName(food, i18n())} · ${view.text}` } : view;
  };
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
   * "Cheese" without a variety is worth a badge on a product title or an ingredient line when it has a
   * quantity, is a recipe line, or is as short as a title ("Cheese & Dairy" in a list is not a product).
   */
  const genericWorthABadge = (d: Detection) =>
    d.grams !== undefined ||
    showsIngredient(d.lineText, recipeKeys) ||
    d.lineText.trim().length <= GENERIC_TITLE_CHARS;

  /**
   * Whether a detection gets a badge where it stands: always on a product title, an ingredient line or
   * the page's name; in running text only when the user asked for it (one named badge per mention, the
   * generic "cheese" never); in menus, breadcrumbs and the site's header and footer never.
   */
  const badgeRegion = (d: Detection, food: Food): Region | undefined => {
    const region = regions.regionOf(d.block, d.lineText);
    if (region === 'choice') return d.repeat ? undefined : region;
    if (region === 'text' && prefs.textMentions && food.category !== 'generic') return region;
    return undefined;
  };

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
    productNames = new Set(structured.products.map((p) => lineKey(p.name)).filter(Boolean));
    regions.reset();
    const recipe = structured.recipe;
    if (!recipe) return;
    const lang = pageLanguage(doc);
    const matcher = matcherFor();
    const first = recipeLineMentions(recipe, matcher, lang);
    if (!(await resolve(first.map((m) => m.foodId)))) return;
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

  /** The dataset's reference intakes, fetched once (supplement notes quote them); false when the session ended. */
  const loadIntakes = async (): Promise<boolean> => {
    if (intakes) return true;
    const answer = await deps.intakes();
    if (stopped) return false;
    intakes = answer?.intakes ?? [];
    Object.assign(sources, answer?.sources ?? {});
    return true;
  };

  /** Builds the badge of a supplement title (not inserted yet): the doses its label states. */
  const prepareSupplement = (d: Detection) => {
    if (!d.supplement || !prefs.supplements || d.repeat) return;
    // A supplement is a product: its title gets a badge, its name in a recipe's nutrition facts does not.
    if (regions.regionOf(d.block, d.lineText) !== 'choice') return;
    let inBlock = blockFoods.get(d.block);
    if (inBlock?.has(SUPPLEMENT_KEY) || (removals.get(d.block) ?? 0) >= MAX_REBADGE) return;
    d.supplement = parseSupplement(d.text, intakes ?? []);
    const badge = createBadge(doc, supplementView(d.supplement), (host) => openTooltip(host, true));
    attachHoverAndFocus(badge.host);
    if (!inBlock) {
      inBlock = new Set();
      blockFoods.set(d.block, inBlock);
    }
    inBlock.add(SUPPLEMENT_KEY);
    pending.push({ badge, detection: d, key: SUPPLEMENT_KEY, region: 'choice' });
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
        blockFoods.get(entry.detection.block)?.delete(entry.key);
      }
    }
    for (const block of live.keys()) if (!block.isConnected) live.delete(block);
  };

  const removeBadge = (host: HTMLElement) => {
    const entry = placed.get(host);
    placed.delete(host);
    host.remove();
    // A text node split for the badge is whole again.
    const rest = splits.get(host);
    splits.delete(host);
    const node = entry?.detection.endNode;
    if (rest && node?.isConnected && node.nextSibling === rest) {
      node.appendData(rest.data);
      rest.remove();
    }
    if (entry) blockFoods.get(entry.detection.block)?.delete(entry.key);
  };

  /**
   * Inserts a badge: after its title's or line's matched text (or the link or inline name that ends with
   * it); in running text right after the word, splitting the text node there (made whole again when the
   * badge goes), unless the word is in a link.
   */
  const place = ({ badge, detection: d, region }: Pending): boolean => {
    const offset = d.endOffset ?? d.endNode.length;
    if (region === 'text' && offset < d.endNode.length && !d.endNode.parentElement?.closest('a')) {
      const rest = d.endNode.splitText(offset);
      rest.before(badge.host);
      splits.set(badge.host, rest);
      return true;
    }
    return placeBadge(badge.host, d.endNode, d.block);
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

  /** Records a synchronous stretch of work that began at `started`; returns its length. */
  const took = (started: number): number => {
    const ms = performance.now() - started;
    if (ms > stats.longestChunkMs) stats.longestChunkMs = ms;
    return ms;
  };

  /** Asks the background for the foods of `ids` not known yet; false when the session ended meanwhile. */
  const resolve = async (ids: Iterable<string>): Promise<boolean> => {
    const unknown = new Set<string>();
    for (const id of ids) if (id && !foods.has(id)) unknown.add(id);
    if (unknown.size === 0) return true;
    const answer = await deps.lookup([...unknown]);
    if (!answer || stopped) return false;
    for (const [id, food] of Object.entries(answer.foods)) foods.set(id, food);
    for (const [id, rows] of Object.entries(answer.measures ?? {})) measures.set(id, rows);
    Object.assign(sources, answer.sources);
    // Foods an estimate comes from are named in the tooltip; their names arrive with later lookups.
    return true;
  };

  /**
   * Builds badges (not inserted yet) for `detections` until `deadline`;
   * returns how many detections it went through.
   */
  const prepare = (detections: readonly Detection[], deadline: number): number => {
    let i = 0;
    for (; i < detections.length; i++) {
      // A badge costs ~20 µs, its first model far more (number formatting): the clock is read every time.
      if (i > 0 && performance.now() >= deadline) break;
      const d = detections[i] as Detection;
      if (!d.block.isConnected || !d.endNode.isConnected) continue;
      if (d.supplement) {
        prepareSupplement(d);
        continue;
      }
      const food = foods.get(d.foodId);
      if (!food) continue;
      if (d.grams === undefined) readGrams(d);
      // Mentions in menus, headers and footers, or in running text, are not foods the shopper is choosing.
      if (food.category === 'generic' && !genericWorthABadge(d)) continue;
      const region = badgeRegion(d, food);
      if (!region) continue;
      if (region === 'choice') {
        const found = live.get(d.block) ?? new Set<string>();
        found.add(food.id);
        live.set(d.block, found);
      }
      if (!wantsBadge(food, prefs, hidden())) continue;
      // Running text: a badge per mention; elsewhere one per food and block.
      const key =
        region === 'text' ? `${food.id}\u0000${d.lineText}\u0000${d.spans[d.index]?.start}` : food.id;
      let inBlock = blockFoods.get(d.block);
      if (inBlock?.has(key)) continue;
      if ((removals.get(d.block) ?? 0) >= MAX_REBADGE) continue;
      const badge = createBadge(doc, viewOf(d, food, region), (host) => openTooltip(host, true));
      attachHoverAndFocus(badge.host);
      // Reserved now, so a second mention of the food in the block gets no second badge.
      if (!inBlock) {
        inBlock = new Set();
        blockFoods.set(d.block, inBlock);
      }
      inBlock.add(key);
      pending.push({ badge, detection: d, key, region });
    }
    return i;
  };

  /**
   * Inserts the badges built so far, in one go (or as many as fit before
   * `deadline`; the rest wait for the next flush), without observing the
   * insertions. Returns true when none is left waiting.
   */
  const flush = (deadline = Number.POSITIVE_INFINITY): boolean => {
    if (pending.length === 0) return true;
    const started = performance.now();
    // Page changes not delivered yet are handled first; K2 Lens's own writes are not observed.
    for (const o of observers.values()) {
      const records = o.takeRecords();
      if (records.length > 0) onMutations(records);
    }
    for (const o of observers.values()) o.disconnect();
    let i = 0;
    for (; i < pending.length && !stopped; i++) {
      if ((i & 63) === 63 && performance.now() >= deadline) break;
      const entry = pending[i] as Pending;
      const { badge, detection: d, key } = entry;
      if (!d.block.isConnected || !d.endNode.isConnected || !place(entry)) {
        blockFoods.get(d.block)?.delete(key);
        continue;
      }
      placed.set(badge.host, entry);
      stats.badges++;
    }
    pending = i >= pending.length ? [] : pending.slice(i);
    if (!stopped) for (const [root, o] of observers) o.observe(root, OBSERVE);
    stats.flushes++;
    took(started);
    scheduleReport();
    return pending.length === 0;
  };

  const observe = (root: Document | ShadowRoot) => {
    if (observers.has(root)) return;
    const observer = new MutationObserver(onMutations);
    observer.observe(root, OBSERVE);
    observers.set(root, observer);
  };

  function isOwn(node: Node): boolean {
    if (node.nodeType === 1 && (node as Element).hasAttribute(OWN_ATTR)) return true;
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
              blockFoods.get(block)?.delete(entry.key);
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
    // A few added nodes (infinite scroll, a re-rendered tile) are handled right away, in the task that added
    // them, so their badges arrive in the same frame; bigger changes wait for a slice of their own.
    if (queue.size === 0 && !fullRescan) return;
    schedule(!fullRescan && queue.size <= IMMEDIATE_ROOTS);
  }

  const yieldToPage = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  };

  /** Waits for idle time (the shadow-root search runs there); resolves with how long the next step may run (ms). */
  const whenIdle = (): Promise<number> =>
    new Promise((resolve) => {
      const ric = (
        globalThis as {
          requestIdleCallback?: (
            cb: (d: { timeRemaining(): number }) => void,
            o?: { timeout: number },
          ) => number;
        }
      ).requestIdleCallback;
      if (ric) {
        ric(
          (d) => {
            const left = d.timeRemaining();
            resolve(Number.isFinite(left) ? Math.max(2, Math.min(chunkMs / 2, left)) : chunkMs / 2);
          },
          { timeout: 2000 },
        );
      } else setTimeout(() => resolve(chunkMs / 2), 50);
    });

  const busy = () =>
    scheduled || searching || prefetching || queue.size > 0 || fullRescan || toSearch.length > 0;

  const settle = () => {
    if (busy()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  let prepared = false;

  const schedule = (now = false) => {
    if (scheduled || stopped) return;
    scheduled = true;
    if (now && prepared) void work();
    else void yieldToPage().then(work);
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
    if (!prepared) {
      prepared = true;
      const steps = deps.detector.prepare?.();
      while (steps && !stopped) {
        const started = performance.now();
        const step = steps.next();
        took(started);
        if (step.done) break;
        await yieldToPage();
      }
      if (!alive()) return;
      // The page's structured data (a recipe, product weights) once the matcher is ready, each in a task
      // of its own: reading it (its scripts, its microdata) queries the whole document.
      await yieldToPage();
      if (!alive()) return;
      void readStructured();
      await yieldToPage();
      if (!alive()) return;
    }
    const roots: Node[] = [];
    if (fullRescan) {
      fullRescan = false;
      queue.clear();
      stats.fullRescans++;
      roots.push(doc.body ?? doc.documentElement);
    } else {
      // A node whose parent is queued too is scanned with it (a list and its items added at once).
      for (const node of queue) if (!(node.parentNode && queue.has(node.parentNode))) roots.push(node);
      queue.clear();
    }
    for (const r of roots) if (r.nodeType !== 3) toSearch.push(r);
    const cursor = deps.detector.cursor(roots, {
      isFresh: (block, text) => {
        const last = scannedText.get(block);
        return last === undefined || last.generation !== generation || last.text !== text;
      },
      markScanned: (block, text) => scannedText.set(block, { generation, text }),
    });
    let backlog: Detection[] = [];
    let workSinceFlush = 0;
    while (!stopped) {
      let started = performance.now();
      if (!cursor.done && backlog.length < BACKLOG) {
        const found = cursor.next(started + chunkMs);
        if (found.length > 0) backlog = backlog.length > 0 ? backlog.concat(found) : found;
      }
      stats.scans++;
      const needsFoods = backlog.some((d) => !d.supplement && !foods.has(d.foodId));
      const needsIntakes = !intakes && prefs.supplements && backlog.some((d) => d.supplement);
      if (needsFoods || needsIntakes) {
        workSinceFlush += took(started);
        // The background answers asynchronously: the wait is not main-thread work.
        if (needsFoods && !(await resolve(backlog.map((d) => d.foodId)))) break;
        if (needsIntakes && !(await loadIntakes())) break;
        started = performance.now();
      }
      if (models.size === 0 && backlog.length > 0 && performance.now() - started > 1) {
        // The first badge model formats numbers for the first time (Intl loads its data): a slice of its own.
        workSinceFlush += took(started);
        await yieldToPage();
        if (stopped) break;
        started = performance.now();
      }
      const used = prepare(backlog, started + chunkMs);
      backlog = used >= backlog.length ? [] : backlog.slice(used);
      workSinceFlush += took(started);
      const finished = cursor.done && backlog.length === 0;
      if (finished || workSinceFlush >= FLUSH_WORK_MS) {
        // A flush gets a slice of its own, unless this one was short.
        if (performance.now() - started > chunkMs) {
          await yieldToPage();
          if (stopped) break;
        }
        const all = flush(performance.now() + chunkMs);
        workSinceFlush = 0;
        if (finished && all) break;
      }
      await yieldToPage();
    }
    // Left over after a failed lookup: whatever was built still goes in.
    if (!stopped && pending.length > 0) flush();
    scheduled = false;
    stats.scannedAt = performance.now();
    if (placed.size + live.size > pruneAt) {
      prune();
      pruneAt = Math.max(256, 2 * (placed.size + live.size));
    }
    if (!prefetched && live.size > 0 && deps.detector.foods) void prefetch(deps.detector.foods);
    if (queue.size > 0 || fullRescan) schedule();
    else if (toSearch.length > 0) void search();
    else settle();
  }

  /** Fetches the facts of every food the detector knows, once, in idle time (see Detector.foods). */
  async function prefetch(ids: readonly string[]) {
    prefetched = true;
    prefetching = true;
    await whenIdle();
    if (!stopped) await resolve(ids);
    prefetching = false;
    settle();
  }

  /** Looks for open shadow roots under the roots scanned so far, in idle time; found ones are observed and scanned. */
  async function search() {
    if (searching || stopped) return;
    searching = true;
    const finder = new ShadowRootFinder(toSearch.splice(0), shadowSeen);
    while (!stopped && !finder.done) {
      const budget = await whenIdle();
      if (stopped) break;
      const started = performance.now();
      for (const root of finder.next(started + budget)) {
        observe(root);
        queue.add(root);
      }
      took(started);
    }
    searching = false;
    if (stopped) return;
    if (queue.size > 0 || fullRescan) schedule();
    else if (toSearch.length > 0) void search();
    else settle();
  }

  const refreshBadges = () => {
    for (const [host, entry] of [...placed]) {
      if (entry.detection.supplement) {
        if (disabled() || !prefs.supplements) removeBadge(host);
        else entry.badge.update(supplementView(entry.detection.supplement));
        continue;
      }
      const food = foods.get(entry.detection.foodId);
      const text = entry.region === 'text';
      if (!food || !wantsBadge(food, prefs, hidden()) || disabled() || (text && !prefs.textMentions))
        removeBadge(host);
      else entry.badge.update(viewOf(entry.detection, food, entry.region));
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
    for (const o of observers.values()) o.disconnect();
    pending = [];
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
      models.clear();
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
      if (stopped || !busy()) return Promise.resolve();
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
