/**
 * The sites part of the options page: the sites the user enabled (each can be
 * removed), the hosts where K2 Lens is off and the foods hidden per host (each
 * can be shown again).
 */
import type { I18n } from '../../i18n/core';
import type { SiteRules } from '../../prefs';
import { quoted } from '../text';

export function Sites({
  enabled,
  rules,
  i18n,
  onRemoveEnabled,
  onSaveRules,
}: {
  enabled: string[];
  rules: SiteRules;
  i18n: I18n;
  /** Forgets an enabled site (its pattern). */
  onRemoveEnabled: (pattern: string) => Promise<void>;
  onSaveRules: (next: SiteRules) => void;
}) {
  const { t } = i18n;
  return (
    <fieldset>
      <legend>{t('optSitesLegend')}</legend>
      <p>{t('optSitesEnabled')}</p>
      {enabled.length === 0 ? (
        <p class="empty">{t('optSitesEnabledNone', quoted(t('popupEnableSite'), i18n))}</p>
      ) : (
        <ul class="enabled-sites">
          {enabled.map((pattern) => (
            <li key={pattern}>
              {pattern}{' '}
              <button type="button" onClick={() => void onRemoveEnabled(pattern)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>{t('optSitesOff')}</p>
      {rules.disabledHosts.length === 0 ? (
        <p class="empty">{t('optNone')}</p>
      ) : (
        <ul class="disabled-sites">
          {rules.disabledHosts.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                onClick={() =>
                  onSaveRules({ ...rules, disabledHosts: rules.disabledHosts.filter((h) => h !== host) })
                }
              >
                {t('optSwitchOnAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>{t('optHiddenFoods')}</p>
      {Object.keys(rules.hiddenFoods).length === 0 ? (
        <p class="empty">{t('optNone')}</p>
      ) : (
        <ul class="hidden-foods">
          {Object.entries(rules.hiddenFoods).map(([host, ids]) => (
            <li key={host}>
              {`${host}${t('colon')} ${ids.join(', ')} `}
              <button
                type="button"
                onClick={() => {
                  const { [host]: _removed, ...rest } = rules.hiddenFoods;
                  onSaveRules({ ...rules, hiddenFoods: rest });
                }}
              >
                {t('optShowAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
