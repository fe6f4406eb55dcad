import { render } from 'preact';
import { i18n, setI18n } from '../../src/i18n/current';
import { pageI18n } from '../../src/i18n/tables';
import { request } from '../../src/messaging/client';
import {
  exportSettings,
  importSettings,
  type Language,
  loadEnabledSites,
  loadPrefs,
  loadSiteRules,
  resetPrefs,
  savePrefs,
  saveSiteRules,
  watchPrefs,
  watchSiteRules,
} from '../../src/prefs';
import { removeSite } from '../../src/sites/registration';
import { Options, type OptionsApi } from '../../src/ui/options/Options';

const api: OptionsApi = {
  loadPrefs,
  savePrefs,
  resetPrefs,
  loadSiteRules,
  saveSiteRules,
  loadEnabledSites,
  removeEnabledSite: removeSite,
  exportSettings,
  importSettings,
  async about() {
    const [sources, status] = await Promise.all([request({ type: 'sources' }), request({ type: 'status' })]);
    if (!sources.ok) return sources.error.message;
    return {
      ...sources.value,
      ...(status.ok && status.value.problem ? { problem: status.value.problem } : {}),
    };
  },
  watch(onChange) {
    const stops = [watchPrefs(onChange), watchSiteRules(onChange)];
    return () => {
      for (const stop of stops) stop();
    };
  },
};

const app = document.getElementById('app') as HTMLElement;
let language: Language | undefined;
/** Renders in the language of the preference, again as soon as it changes (also from this page). */
const show = (pref: Language) => {
  if (pref === language) return;
  language = pref;
  setI18n(pageI18n(pref));
  document.documentElement.lang = i18n().lang;
  document.title = i18n().t('optTitle');
  render(<Options api={api} />, app);
};
void loadPrefs().then((p) => show(p.language));
watchPrefs((p) => show(p.language));
