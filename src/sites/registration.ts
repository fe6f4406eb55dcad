/**
 * Sites the user enables beyond the curated list: an optional host permission
 * plus a dynamically registered content script for that origin. Used by the
 * popup (enable), the options page (remove) and the background (repair after
 * an update or a browser start: `keepRegistration`). The permission request
 * must come from a user gesture.
 */
import { browser } from 'wxt/browser';
import { loadEnabledSites, saveEnabledSites } from '../prefs';

export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const SCRIPT_ID = 'k2lens-enabled-sites';

/** Registers (or updates) the one dynamic content script for all enabled origins that still have permission. */
export async function syncRegistration(): Promise<string[]> {
  const wanted = await loadEnabledSites();
  const granted: string[] = [];
  for (const origin of wanted) {
    if (await browser.permissions.contains({ origins: [origin] }).catch(() => false)) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (granted.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } else {
    const script = {
      id: SCRIPT_ID,
      matches: granted,
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  }
  if (granted.length !== wanted.length) await saveEnabledSites(granted);
  return granted;
}

/** Asks for the site's permission (call from a click) and registers K2 Lens there. */
export async function enableSite(originPattern: string): Promise<boolean> {
  const ok = await browser.permissions.request({ origins: [originPattern] });
  if (!ok) return false;
  const sites = await loadEnabledSites();
  if (!sites.includes(originPattern)) await saveEnabledSites([...sites, originPattern]);
  await syncRegistration();
  return true;
}

/** Stops K2 Lens on an enabled site and gives its permission back. */
export async function removeSite(originPattern: string): Promise<void> {
  const sites = await loadEnabledSites();
  await saveEnabledSites(sites.filter((s) => s !== originPattern));
  await syncRegistration();
  await browser.permissions.remove({ origins: [originPattern] }).catch(() => false);
}

/**
 * Registers the enabled sites again whenever the browser may have dropped their
 * content script: Chrome and Firefox clear dynamically registered scripts when
 * the extension is updated, and a browser start is checked too. Call once, at
 * the top level of the background (the listeners must exist when it wakes).
 */
export function keepRegistration(): void {
  const repair = () => {
    syncRegistration().catch((err: unknown) =>
      console.error('K2 Lens: could not register the sites you enabled again', err),
    );
  };
  browser.runtime.onInstalled.addListener(repair);
  browser.runtime.onStartup.addListener(repair);
}
