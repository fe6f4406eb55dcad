import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { userLanguages } from '../../src/data/search-index';
import { browserLanguage, i18n } from '../../src/i18n/current';
import { EVIDENCE_SECTIONS, type Result } from '../../src/messages';
import { request } from '../../src/messaging/client';
import { loadPrefs, loadSiteRules, setHostDisabled } from '../../src/prefs';
import { hostOf, originPatternFor } from '../../src/sites/curated';
import { CONTENT_SCRIPT_FILE, enableSite } from '../../src/sites/registration';
import { FOOD_CARD_CSS } from '../../src/ui/FoodCard';
import { mountLocalized } from '../../src/ui/localized-page';
import { Popup, type PopupApi } from '../../src/ui/popup/Popup';
import { SHOPPING_LIST_CSS } from '../../src/ui/popup/ShoppingList';
import type { TabInfo } from '../../src/ui/popup/ThisPage';

/** Match patterns K2 Lens runs on: the manifest's content scripts and the sites the user enabled. */
async function coveredPatterns(): Promise<string[]> {
  const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  return [...declared, ...registered.flatMap((r) => r.matches ?? [])];
}

function covers(patterns: string[], url: string): boolean {
  return patterns.some((p) => {
    try {
      return new MatchPattern(p).includes(url);
    } catch {
      return false;
    }
  });
}

/** The tab the window is about: the active tab, or `?tab=<id>` when opened as a page. */
async function targetTab(): Promise<{ id: number; url: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

async function inject(tabId: number): Promise<string | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
    return null;
  } catch (err) {
    return i18n().t('popupCannotRead', String((err as Error)?.message ?? err));
  }
}

/** The value of an answer, or its error's message. */
async function answer<T>(pending: Promise<Result<T>>): Promise<T | string> {
  const result = await pending;
  return result.ok ? result.value : result.error.message;
}

/** This page is the toolbar button's popup (not a tab): file dialogs would close it. */
function inToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

const api: PopupApi = {
  async intakes() {
    const result = await request({ type: 'intakes' });
    return result.ok ? result.value.intakes : result.error.message;
  },
  evidenceSection() {
    const section = location.hash.slice(1);
    return EVIDENCE_SECTIONS.includes(section) ? section : null;
  },
  async search(query) {
    // The UI language and the browser's languages: names in these rank first.
    const languages = userLanguages([i18n().lang, browserLanguage(), ...(navigator.languages ?? [])]);
    const result = await request({ type: 'search', query, languages });
    return result.ok ? result.value.hits : result.error.message;
  },
  async similar(foodId) {
    const result = await request({ type: 'similar', foodId });
    return result.ok ? result.value.foods : result.error.message;
  },
  async foods(foodIds) {
    const result = await request({ type: 'lookup', foodIds });
    return result.ok ? result.value.foods : result.error.message;
  },
  async sources() {
    const result = await request({ type: 'sources' });
    return result.ok ? Object.fromEntries(result.value.sources.map((s) => [s.id, s])) : result.error.message;
  },
  prefs: loadPrefs,
  async status() {
    const result = await request({ type: 'status' });
    return result.ok ? result.value : result.error.message;
  },
  async revealProduct(tabId, index) {
    try {
      const answer = (await browser.tabs.sendMessage(tabId, { type: 'k2lens:reveal-product', index })) as
        | { shown?: boolean }
        | undefined;
      return answer?.shown === true;
    } catch {
      return false;
    }
  },
  async tab() {
    const tab = await targetTab();
    if (!tab) return null;
    const host = hostOf(tab.url);
    const [patterns, rules] = await Promise.all([coveredPatterns(), loadSiteRules()]);
    const info: TabInfo = {
      id: tab.id,
      url: tab.url,
      covered: host !== undefined && covers(patterns, tab.url),
      disabled: host !== undefined && rules.disabledHosts.includes(host),
      ...(host ? { host } : {}),
    };
    return info;
  },
  async pageSummary(tabId) {
    const result = await request({ type: 'page-summary:get', tabId });
    return result.ok ? result.value.summary : result.error.message;
  },
  async enableSite(tab) {
    const pattern = originPatternFor(tab.url);
    if (!pattern) return i18n().t('popupWebPagesOnly');
    try {
      if (!(await enableSite(pattern))) return i18n().t('popupPermissionRefused');
    } catch (err) {
      return i18n().t('popupCannotEnable', String((err as Error)?.message ?? err));
    }
    return inject(tab.id);
  },
  async setSiteDisabled(tab, disabled) {
    if (tab.host) await setHostDisabled(tab.host, disabled);
  },
  scanPage: (tab) => inject(tab.id),
  openOptions() {
    void browser.runtime.openOptionsPage();
  },
  list: {
    get: () => answer(request({ type: 'list:get' })),
    add: (items) => answer(request({ type: 'list:add', items })),
    edit: (id, text, lang) => answer(request({ type: 'list:edit', id, text, ...(lang ? { lang } : {}) })),
    remove: (id) => answer(request({ type: 'list:remove', id })),
    move: (id, to) => answer(request({ type: 'list:move', id, to })),
    clear: () => answer(request({ type: 'list:clear' })),
    foods: (foodIds) => api.foods(foodIds),
    canPickFiles: () => !inToolbarPopup(),
    openInTab() {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#list') });
      if (inToolbarPopup()) window.close();
    },
    download(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  },
  startOnList: () => location.hash === '#list',
};

const style = document.createElement('style');
style.textContent = FOOD_CARD_CSS + SHOPPING_LIST_CSS;
document.head.append(style);

mountLocalized(document.getElementById('app') as HTMLElement, 'popupTitle', () => <Popup api={api} />);
