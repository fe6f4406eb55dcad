import { request } from '../../src/messaging/client';
import {
  exportSettings,
  importSettings,
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
import { mountLocalized } from '../../src/ui/localized-page';
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

// Renders in the language of the preference, again as soon as it changes (also from this page).
mountLocalized(document.getElementById('app') as HTMLElement, 'optTitle', () => <Options api={api} />);
