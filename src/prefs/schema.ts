/**
 * The shape of the user's preferences, their defaults, validation and
 * migrations (DOM- and browser-free; the storage items are in ./index.ts).
 */
import { CATEGORIES, type Category } from '../data/types';
import { DEFAULT_TARGETS } from '../nutrition/targets';

export const UNITS = ['per100g', 'perServing', 'perPackage'] as const;
export type Units = (typeof UNITS)[number];
export const BADGE_STYLES = ['compact', 'detailed'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];
export const LANGUAGES = ['auto', 'en', 'de', 'fr', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Food categories the user can switch badges on and off for (the generic "cheese" follows the cheeses). */
export const BADGE_CATEGORIES: readonly Category[] = CATEGORIES;

export interface Prefs {
  /** What badges show values for: 100 g, one serving, or the package (when its weight is known). */
  units: Units;
  nutrients: { k2: boolean; calcium: boolean };
  /** Badge supplement titles with the doses their labels state. */
  supplements: boolean;
  /**
   * Also badge foods named in running text (descriptions, method steps, articles), one badge per
   * mention next to its word and named; off: only product titles, ingredient lines and names.
   */
  textMentions: boolean;
  /** The basket card compares a basket with the daily targets over this many days. */
  basketDays: number;
  /** Daily targets: K2 in µg, calcium in mg. */
  targets: { k2: number; calcium: number };
  /** Categories that get badges. */
  categories: Category[];
  /** Hide badges of foods below this K2 estimate (µg per 100 g); 0 shows all. */
  minK2: number;
  badgeStyle: BadgeStyle;
  language: Language;
}

/** Version 1 stored only the units. */
export interface PrefsV1 {
  units: Units;
}

export const DEFAULT_PREFS: Prefs = {
  units: 'per100g',
  nutrients: { k2: true, calcium: true },
  supplements: true,
  textMentions: false,
  basketDays: 7,
  targets: { ...DEFAULT_TARGETS },
  categories: [...BADGE_CATEGORIES],
  minK2: 0,
  badgeStyle: 'compact',
  language: 'auto',
};

export const LIMITS = {
  k2Target: { min: 1, max: 2000 },
  calciumTarget: { min: 50, max: 5000 },
  minK2: { min: 0, max: 1000 },
  basketDays: { min: 1, max: 31 },
  sites: 500,
  hiddenPerSite: 200,
} as const;

export interface SiteRules {
  /** Host names where K2 Lens shows nothing. */
  disabledHosts: string[];
  /** Per host name, food ids the user chose to hide there ("not what you meant?"). */
  hiddenFoods: Record<string, string[]>;
}

export const DEFAULT_SITE_RULES: SiteRules = { disabledHosts: [], hiddenFoods: {} };

export function migratePrefsV1(v1: unknown): Prefs {
  return sanitizePrefs({ ...DEFAULT_PREFS, units: isRecord(v1) ? v1.units : undefined });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inRange(value: unknown, { min, max }: { min: number; max: number }): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return (allowed as readonly unknown[]).includes(value);
}

const HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+(?::\d+)?$/;
const FOOD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ORIGIN_PATTERN = /^https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d+)?\/\*$/;

/** Every field checked; a missing or invalid one takes its default. */
export function sanitizePrefs(raw: unknown): Prefs {
  const v = isRecord(raw) ? raw : {};
  const nutrients = isRecord(v.nutrients) ? v.nutrients : {};
  const targets = isRecord(v.targets) ? v.targets : {};
  const categories = Array.isArray(v.categories)
    ? BADGE_CATEGORIES.filter((c) => (v.categories as unknown[]).includes(c))
    : DEFAULT_PREFS.categories;
  return {
    units: oneOf(v.units, UNITS) ? v.units : DEFAULT_PREFS.units,
    nutrients: {
      k2: typeof nutrients.k2 === 'boolean' ? nutrients.k2 : DEFAULT_PREFS.nutrients.k2,
      calcium: typeof nutrients.calcium === 'boolean' ? nutrients.calcium : DEFAULT_PREFS.nutrients.calcium,
    },
    supplements: typeof v.supplements === 'boolean' ? v.supplements : DEFAULT_PREFS.supplements,
    textMentions: typeof v.textMentions === 'boolean' ? v.textMentions : DEFAULT_PREFS.textMentions,
    basketDays:
      inRange(v.basketDays, LIMITS.basketDays) && Number.isInteger(v.basketDays)
        ? v.basketDays
        : DEFAULT_PREFS.basketDays,
    targets: {
      k2: inRange(targets.k2, LIMITS.k2Target) ? targets.k2 : DEFAULT_PREFS.targets.k2,
      calcium: inRange(targets.calcium, LIMITS.calciumTarget)
        ? targets.calcium
        : DEFAULT_PREFS.targets.calcium,
    },
    categories,
    minK2: inRange(v.minK2, LIMITS.minK2) ? v.minK2 : DEFAULT_PREFS.minK2,
    badgeStyle: oneOf(v.badgeStyle, BADGE_STYLES) ? v.badgeStyle : DEFAULT_PREFS.badgeStyle,
    language: oneOf(v.language, LANGUAGES) ? v.language : DEFAULT_PREFS.language,
  };
}

/** Reasons a value cannot be saved, one per field (empty when it can). */
export function validatePrefs(raw: unknown): string[] {
  if (!isRecord(raw)) return ['preferences must be an object'];
  const problems: string[] = [];
  if (!oneOf(raw.units, UNITS)) problems.push(`units must be one of ${UNITS.join(', ')}`);
  const n = isRecord(raw.nutrients) ? raw.nutrients : {};
  if (typeof n.k2 !== 'boolean' || typeof n.calcium !== 'boolean')
    problems.push('nutrients.k2 and nutrients.calcium must be true or false');
  else if (!n.k2 && !n.calcium) problems.push('show at least one of K2 and calcium');
  if (typeof raw.supplements !== 'boolean') problems.push('supplements must be true or false');
  if (typeof raw.textMentions !== 'boolean') problems.push('textMentions must be true or false');
  if (!inRange(raw.basketDays, LIMITS.basketDays) || !Number.isInteger(raw.basketDays))
    problems.push(
      `the basket's days must be a whole number from ${LIMITS.basketDays.min} to ${LIMITS.basketDays.max}`,
    );
  const t = isRecord(raw.targets) ? raw.targets : {};
  if (!inRange(t.k2, LIMITS.k2Target)) {
    problems.push(`the K2 target must be a number from ${LIMITS.k2Target.min} to ${LIMITS.k2Target.max} µg`);
  }
  if (!inRange(t.calcium, LIMITS.calciumTarget)) {
    problems.push(
      `the calcium target must be a number from ${LIMITS.calciumTarget.min} to ${LIMITS.calciumTarget.max} mg`,
    );
  }
  if (!Array.isArray(raw.categories) || !raw.categories.every((c) => oneOf(c, BADGE_CATEGORIES))) {
    problems.push('categories must be a list of food categories');
  }
  if (!inRange(raw.minK2, LIMITS.minK2)) {
    problems.push(`the minimum K2 must be a number from ${LIMITS.minK2.min} to ${LIMITS.minK2.max} µg`);
  }
  if (!oneOf(raw.badgeStyle, BADGE_STYLES))
    problems.push(`badge style must be one of ${BADGE_STYLES.join(', ')}`);
  if (!oneOf(raw.language, LANGUAGES)) problems.push(`language must be one of ${LANGUAGES.join(', ')}`);
  return problems;
}

export function sanitizeSiteRules(raw: unknown): SiteRules {
  const v = isRecord(raw) ? raw : {};
  const disabledHosts = Array.isArray(v.disabledHosts)
    ? [...new Set(v.disabledHosts.filter((h): h is string => typeof h === 'string' && HOST.test(h)))].slice(
        0,
        LIMITS.sites,
      )
    : [];
  const hiddenFoods: Record<string, string[]> = {};
  if (isRecord(v.hiddenFoods)) {
    for (const [host, ids] of Object.entries(v.hiddenFoods).slice(0, LIMITS.sites)) {
      if (!HOST.test(host) || !Array.isArray(ids)) continue;
      const clean = [
        ...new Set(ids.filter((id): id is string => typeof id === 'string' && FOOD_ID.test(id))),
      ];
      if (clean.length > 0) hiddenFoods[host] = clean.slice(0, LIMITS.hiddenPerSite);
    }
  }
  return { disabledHosts, hiddenFoods };
}

export function sanitizeEnabledSites(raw: unknown): string[] {
  return Array.isArray(raw)
    ? [...new Set(raw.filter((p): p is string => typeof p === 'string' && ORIGIN_PATTERN.test(p)))].slice(
        0,
        LIMITS.sites,
      )
    : [];
}
