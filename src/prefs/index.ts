/**
 * The user's preferences: typed, versioned storage items (@wxt-dev/storage)
 * with a fallback and migrations, validated on every read so a corrupt stored
 * value can never break the popup, the options page or a content script.
 *
 * - `sync:prefs` — how badges look and what they show (synced across the
 *   user's browsers);
 * - `sync:siteRules` — sites where K2 Lens is switched off and foods hidden per
 *   site (synced);
 * - `local:enabledSites` — sites the user enabled beyond the curated list (their
 *   host permissions are per browser, so this stays local).
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_PREFS,
  DEFAULT_SITE_RULES,
  isRecord,
  migratePrefsV1,
  type Prefs,
  type SiteRules,
  sanitizeEnabledSites,
  sanitizePrefs,
  sanitizeSiteRules,
  validatePrefs,
} from './schema';

export * from './schema';

export const prefsItem = storage.defineItem<Prefs>('sync:prefs', {
  fallback: DEFAULT_PREFS,
  version: 2,
  migrations: { 2: migratePrefsV1 },
});

export const siteRulesItem = storage.defineItem<SiteRules>('sync:siteRules', {
  fallback: DEFAULT_SITE_RULES,
  version: 1,
});

/** Origin match patterns ("https://shop.example/*") the user enabled on this browser. */
export const enabledSitesItem = storage.defineItem<string[]>('local:enabledSites', {
  fallback: [],
  version: 1,
});

async function safeGet<T>(
  read: () => Promise<unknown>,
  sanitize: (raw: unknown) => T,
  fallback: T,
): Promise<T> {
  try {
    return sanitize(await read());
  } catch {
    return fallback;
  }
}

export function loadPrefs(): Promise<Prefs> {
  return safeGet(() => prefsItem.getValue(), sanitizePrefs, DEFAULT_PREFS);
}

export function loadSiteRules(): Promise<SiteRules> {
  return safeGet(() => siteRulesItem.getValue(), sanitizeSiteRules, DEFAULT_SITE_RULES);
}

export function loadEnabledSites(): Promise<string[]> {
  return safeGet(() => enabledSitesItem.getValue(), sanitizeEnabledSites, []);
}

/** Saves when valid; returns the problems otherwise (and saves nothing). */
export async function savePrefs(value: unknown): Promise<string[]> {
  const problems = validatePrefs(value);
  if (problems.length === 0) await prefsItem.setValue(sanitizePrefs(value));
  return problems;
}

export async function resetPrefs(): Promise<void> {
  await Promise.all([prefsItem.setValue(DEFAULT_PREFS), siteRulesItem.setValue(DEFAULT_SITE_RULES)]);
}

export async function saveSiteRules(value: SiteRules): Promise<void> {
  await siteRulesItem.setValue(sanitizeSiteRules(value));
}

export async function saveEnabledSites(value: string[]): Promise<void> {
  await enabledSitesItem.setValue(sanitizeEnabledSites(value));
}

/** Switches K2 Lens off (or on again) for a host. */
export async function setHostDisabled(host: string, disabled: boolean): Promise<SiteRules> {
  const rules = await loadSiteRules();
  const hosts = new Set(rules.disabledHosts);
  if (disabled) hosts.add(host);
  else hosts.delete(host);
  const next = sanitizeSiteRules({ ...rules, disabledHosts: [...hosts] });
  await siteRulesItem.setValue(next);
  return next;
}

/** Hides a food on a host ("not what you meant? hide on this site"). */
export async function hideFoodOnHost(host: string, foodId: string): Promise<SiteRules> {
  const rules = await loadSiteRules();
  const ids = new Set(rules.hiddenFoods[host] ?? []);
  ids.add(foodId);
  const next = sanitizeSiteRules({ ...rules, hiddenFoods: { ...rules.hiddenFoods, [host]: [...ids] } });
  await siteRulesItem.setValue(next);
  return next;
}

export function watchPrefs(onChange: (value: Prefs) => void): () => void {
  return prefsItem.watch((value) => onChange(sanitizePrefs(value)));
}

export function watchSiteRules(onChange: (value: SiteRules) => void): () => void {
  return siteRulesItem.watch((value) => onChange(sanitizeSiteRules(value)));
}

/** Everything the user set, as one JSON-able object (export/import in the options). */
export interface SettingsExport {
  format: 'k2lens-settings';
  version: 1;
  prefs: Prefs;
  siteRules: SiteRules;
}

export async function exportSettings(): Promise<SettingsExport> {
  return {
    format: 'k2lens-settings',
    version: 1,
    prefs: await loadPrefs(),
    siteRules: await loadSiteRules(),
  };
}

/** Imports settings exported before; returns the problems and changes nothing when there are any. */
export async function importSettings(raw: unknown): Promise<string[]> {
  if (!isRecord(raw) || raw.format !== 'k2lens-settings') return ['this is not a K2 Lens settings file'];
  if (raw.version !== 1) return [`settings file version ${String(raw.version)} is not supported`];
  const problems = validatePrefs(raw.prefs);
  if (problems.length > 0) return problems;
  await prefsItem.setValue(sanitizePrefs(raw.prefs));
  await siteRulesItem.setValue(sanitizeSiteRules(raw.siteRules));
  return [];
}
