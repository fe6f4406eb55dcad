import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { UiLanguage } from '../src/i18n/core';
import { i18n, setI18n } from '../src/i18n/current';
import { remoteI18n } from '../src/i18n/page';
import { request } from '../src/messaging/client';
import { parseRevealProduct } from '../src/messaging/parse';
import { createDetector } from '../src/page/scan-detector';
import { startPageSession } from '../src/page/session';
import {
  hideFoodOnHost,
  loadPrefs,
  loadSiteRules,
  type Prefs,
  savePrefs,
  setHostDisabled,
  watchPrefs,
  watchSiteRules,
} from '../src/prefs';
import { CURATED_MATCHES } from '../src/sites/curated';

const RUNNING = Symbol.for('k2lens.session');

export default defineContentScript({
  matches: [...CURATED_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    // Injected twice (declared and "scan this page")? One session per page.
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;

    const host = location.hostname;
    const [prefs, rules] = await Promise.all([loadPrefs(), loadSiteRules()]);
    if (ctx.isInvalid) return;
    // Badges and tooltips speak the language of the preference; the background holds the tables.
    const messagesOf = async (language: UiLanguage) => {
      const answer = await request({ type: 'messages', language });
      return answer.ok ? answer.value.messages : null;
    };
    let language = prefs.language;
    setI18n(await remoteI18n(language, messagesOf));
    if (ctx.isInvalid) return;
    const session = startPageSession(document, {
      detector: createDetector(),
      prefs,
      rules,
      host,
      signal: ctx.signal,
      isValid: () => ctx.isValid,
      async lookup(foodIds) {
        const answer = await request({ type: 'lookup', foodIds });
        return answer.ok ? answer.value : null;
      },
      async intakes() {
        const answer = await request({ type: 'intakes' });
        return answer.ok ? answer.value : null;
      },
      openEvidence(section) {
        void request({ type: 'open-evidence', section });
      },
      report(summary) {
        void request({ type: 'page-summary:set', summary });
      },
      hideFood: (foodId) => void hideFoodOnHost(host, foodId),
      disableSite: () => void setHostDisabled(host, true),
      async addToList(foodId, grams) {
        const answer = await request({
          type: 'list:add',
          items: [{ foodId, lang: i18n().lang, ...(grams !== undefined && grams > 0 ? { grams } : {}) }],
        });
        return answer.ok;
      },
      saveBasketDays: (days) => void loadPrefs().then((p) => savePrefs({ ...p, basketDays: days })),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => session.reset());
    // "Show on the page" from the toolbar window (answered at once: both browsers take sendResponse).
    const onMessage = (raw: unknown, _sender: unknown, respond: (answer: { shown: boolean }) => void) => {
      const reveal = parseRevealProduct(raw);
      if (!reveal) return undefined;
      respond({ shown: session.revealProduct(reveal.index) });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    let latest = 0;
    const onPrefs = async (p: Prefs) => {
      const ticket = ++latest;
      const next = p.language !== language ? await remoteI18n(p.language, messagesOf) : undefined;
      // A newer change supersedes this one; it carries every preference.
      if (ticket !== latest || ctx.isInvalid) return;
      if (next) {
        language = p.language;
        setI18n(next);
      }
      session.setPrefs(p);
    };
    const unwatch = [
      watchPrefs((p) => void onPrefs(p)),
      watchSiteRules((r) => session.setRules(r)),
      () => browser.runtime.onMessage.removeListener(onMessage),
    ];
    ctx.onInvalidated(() => {
      session.stop();
      for (const stop of unwatch) {
        try {
          stop();
        } catch {
          // The extension is gone; its listeners go with it.
        }
      }
      scope[RUNNING] = false;
    });
  },
});
