import { useEffect, useRef, useState } from 'preact/hooks';
import { CHEESE_CATEGORIES } from '../../data/categories';
import { i18n as current } from '../../i18n/current';
import { formatNumber } from '../../nutrition/format';
import {
  TARGET_CHOICES,
  TARGET_EXPLANATIONS,
  targetChoiceKey,
  targetPopulationKey,
} from '../../nutrition/targets';
import {
  BADGE_CATEGORIES,
  BADGE_STYLES,
  type BadgeStyle,
  LANGUAGES,
  type Language,
  LIMITS,
  type Prefs,
  type SettingsExport,
  type SiteRules,
  UNITS,
  type Units,
} from '../../prefs';
import { categoryLabel, explanationText, problemText } from '../text';
import { Sites } from './Sites';
import { type AboutData, Sources } from './Sources';

export interface OptionsApi {
  loadPrefs(): Promise<Prefs>;
  savePrefs(value: Prefs): Promise<string[]>;
  resetPrefs(): Promise<void>;
  loadSiteRules(): Promise<SiteRules>;
  saveSiteRules(value: SiteRules): Promise<void>;
  loadEnabledSites(): Promise<string[]>;
  /** Forgets an enabled site: stops its content script and gives back its host permission. */
  removeEnabledSite(pattern: string): Promise<void>;
  exportSettings(): Promise<SettingsExport>;
  importSettings(raw: unknown): Promise<string[]>;
  about(): Promise<AboutData | string>;
  /** Calls back when preferences change elsewhere (another tab, another device). */
  watch?(onChange: () => void): () => void;
}

const UNIT_KEYS: Record<Units, string> = {
  per100g: 'optUnitsPer100g',
  perServing: 'optUnitsPerServing',
  perPackage: 'optUnitsPerPackage',
};
const STYLE_KEYS: Record<BadgeStyle, string> = {
  compact: 'optStyleCompact',
  detailed: 'optStyleDetailed',
};
/** Each language in its own name (the same in every UI language); `auto` is a message. */
const LANGUAGE_NAMES: Record<Exclude<Language, 'auto'>, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  nl: 'Nederlands',
};

export function Options({ api }: { api: OptionsApi }) {
  const i18n = current();
  const { t } = i18n;
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [rules, setRules] = useState<SiteRules | null>(null);
  const [enabled, setEnabled] = useState<string[]>([]);
  const [about, setAbout] = useState<AboutData | string | null>(null);
  /** The message key of the last action's status (worded when shown, so a language change rewords it). */
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = async () => {
    const [p, r, e] = await Promise.all([api.loadPrefs(), api.loadSiteRules(), api.loadEnabledSites()]);
    setPrefs(p);
    setRules(r);
    setEnabled(e);
  };

  useEffect(() => {
    void reload();
    void api.about().then(setAbout);
    return api.watch?.(() => void reload());
  }, [api]);

  if (!prefs || !rules) return <p>{t('optLoading')}</p>;

  const save = async (next: Prefs) => {
    const found = await api.savePrefs(next);
    setProblems(found);
    if (found.length === 0) {
      setPrefs(next);
      setStatus('optSaved');
    } else {
      setStatus('optNotSaved');
    }
  };
  const update = (patch: Partial<Prefs>) => void save({ ...prefs, ...patch });

  const saveRules = async (next: SiteRules) => {
    await api.saveSiteRules(next);
    setRules(next);
    setStatus('optSaved');
  };

  const exportJson = async () => {
    const data = await api.exportSettings();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'k2lens-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('optExported');
  };

  const importJson = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setProblems(['the file is not valid JSON']);
      setStatus('optNothingImported');
      return;
    }
    const found = await api.importSettings(parsed);
    setProblems(found);
    if (found.length === 0) {
      await reload();
      setStatus('optImported');
    } else {
      setStatus('optNothingImported');
    }
  };

  const number = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

  return (
    <main>
      <h1>{t('optTitle')}</h1>
      <p class="intro">{t('optIntro')}</p>

      <fieldset>
        <legend>{t('optUnitsLegend')}</legend>
        {UNITS.map((u) => (
          <label key={u}>
            <input
              type="radio"
              name="units"
              value={u}
              checked={prefs.units === u}
              onChange={() => update({ units: u })}
            />
            {t(UNIT_KEYS[u])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optNutrientsLegend')}</legend>
        <label>
          <input
            type="checkbox"
            name="show-k2"
            checked={prefs.nutrients.k2}
            onChange={(e) =>
              update({ nutrients: { ...prefs.nutrients, k2: (e.currentTarget as HTMLInputElement).checked } })
            }
          />
          {t('nutrientK2')}
        </label>
        <label>
          <input
            type="checkbox"
            name="show-calcium"
            checked={prefs.nutrients.calcium}
            onChange={(e) =>
              update({
                nutrients: { ...prefs.nutrients, calcium: (e.currentTarget as HTMLInputElement).checked },
              })
            }
          />
          {t('nutrientCalcium')}
        </label>
        <label>
          <input
            type="checkbox"
            name="show-supplements"
            checked={prefs.supplements}
            onChange={(e) => update({ supplements: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('optSupplements')}
        </label>
        <label>
          <input
            type="checkbox"
            name="text-mentions"
            checked={prefs.textMentions}
            onChange={(e) => update({ textMentions: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('optTextMentions')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optTargetsLegend')}</legend>
        <label>
          {t('optTargetK2')}{' '}
          <input
            type="number"
            name="target-k2"
            min={LIMITS.k2Target.min}
            max={LIMITS.k2Target.max}
            value={prefs.targets.k2}
            onChange={(e) => update({ targets: { ...prefs.targets, k2: number(e) } })}
          />
        </label>
        <p class="explain">{explanationText(TARGET_EXPLANATIONS.k2, i18n)}</p>
        <label>
          {t('optTargetCalcium')}{' '}
          <input
            type="number"
            name="target-calcium"
            min={LIMITS.calciumTarget.min}
            max={LIMITS.calciumTarget.max}
            value={prefs.targets.calcium}
            onChange={(e) => update({ targets: { ...prefs.targets, calcium: number(e) } })}
          />
        </label>
        <p class="explain">{explanationText(TARGET_EXPLANATIONS.calcium, i18n)}</p>
        <p class="choices">
          {t('optPublishedValues')}{' '}
          {TARGET_CHOICES.map((c) => (
            <button
              type="button"
              key={c.id}
              onClick={() => update({ targets: { ...prefs.targets, [c.nutrient]: c.value } })}
              title={t(targetPopulationKey(c))}
            >
              {`${t(targetChoiceKey(c))}${t('colon')} ${formatNumber(c.value, i18n.locale)} ${c.unit}`}
            </button>
          ))}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optFoodsLegend')}</legend>
        {[true, false].map((cheese) => (
          <div class="category-group" key={String(cheese)}>
            <strong>{cheese ? t('optCheeses') : t('optOtherFoods')}</strong>
            {BADGE_CATEGORIES.filter((c) => CHEESE_CATEGORIES.has(c) === cheese).map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  name="category"
                  value={c}
                  checked={prefs.categories.includes(c)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    const categories = on
                      ? [...prefs.categories, c]
                      : prefs.categories.filter((x) => x !== c);
                    update({ categories: BADGE_CATEGORIES.filter((x) => categories.includes(x)) });
                  }}
                />
                {categoryLabel(c, i18n)}
              </label>
            ))}
          </div>
        ))}
        <label>
          {t('optMinK2Before')}{' '}
          <input
            type="number"
            name="min-k2"
            min={LIMITS.minK2.min}
            max={LIMITS.minK2.max}
            value={prefs.minK2}
            onChange={(e) => update({ minK2: number(e) })}
          />{' '}
          {t('optMinK2After')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optStyleLegend')}</legend>
        {BADGE_STYLES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="badge-style"
              value={s}
              checked={prefs.badgeStyle === s}
              onChange={() => update({ badgeStyle: s })}
            />
            {t(STYLE_KEYS[s])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optLanguageLegend')}</legend>
        <select
          name="language"
          value={prefs.language}
          onChange={(e) => update({ language: (e.currentTarget as HTMLSelectElement).value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} {...(l === 'auto' ? {} : { lang: l })}>
              {l === 'auto' ? t('optLanguageAuto') : LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </fieldset>

      <Sites
        enabled={enabled}
        rules={rules}
        i18n={i18n}
        onRemoveEnabled={async (pattern) => {
          await api.removeEnabledSite(pattern);
          setEnabled(await api.loadEnabledSites());
          setStatus('optSaved');
        }}
        onSaveRules={(next) => void saveRules(next)}
      />

      <fieldset>
        <legend>{t('optSettingsLegend')}</legend>
        <button type="button" onClick={() => void exportJson()}>
          {t('optExport')}
        </button>{' '}
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('optImport')}
        </button>{' '}
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          name="import"
          hidden
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void importJson(file);
          }}
        />
        <button
          type="button"
          onClick={async () => {
            await api.resetPrefs();
            await reload();
            setProblems([]);
            setStatus('optResetDone');
          }}
        >
          {t('optReset')}
        </button>
      </fieldset>

      <div aria-live="polite">
        <p role="status">{status ? t(status) : ''}</p>
        {problems.length > 0 && (
          <ul role="alert" class="problems">
            {problems.map((p) => (
              <li key={p}>{problemText(p, i18n)}</li>
            ))}
          </ul>
        )}
      </div>

      <section aria-labelledby="about">
        <h2 id="about">{t('optAboutData')}</h2>
        <Sources about={about} i18n={i18n} />
      </section>
    </main>
  );
}
