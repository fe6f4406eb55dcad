import { useEffect, useRef, useState } from 'preact/hooks';
import { CHEESE_CATEGORIES } from '../../data/categories';
import { shortCitation } from '../../data/citation';
import { describeCoverage, type SourceCoverage } from '../../data/coverage';
import type { Source } from '../../data/types';
import { CATEGORY_LABELS } from '../../nutrition/estimate';
import { TARGET_CHOICES, TARGET_EXPLANATIONS } from '../../nutrition/targets';
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

export interface AboutData {
  sources: Source[];
  coverage: Record<string, SourceCoverage>;
  datasetVersion: string;
  /** Set when IndexedDB is not available and the bundled copy answers. */
  problem?: string;
}

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

const UNIT_LABELS: Record<Units, string> = {
  per100g: 'per 100 g',
  perServing: 'per serving',
  perPackage: 'per package (when the product title gives its weight; otherwise per 100 g)',
};
const STYLE_LABELS: Record<BadgeStyle, string> = {
  compact: 'Compact: “K2 ≈ 57 µg · Ca 740 mg”',
  detailed: 'Detailed: also the portion and whether the value is an estimate',
};
const LANGUAGE_LABELS: Record<Language, string> = {
  auto: 'Same as the browser',
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  nl: 'Nederlands',
};

function Sources({ about }: { about: AboutData | string | null }) {
  if (about === null) return <p>Loading…</p>;
  if (typeof about === 'string') return <p role="alert">The list of sources could not be loaded: {about}</p>;
  return (
    <>
      <p>
        Dataset version <code data-testid="dataset-version">{about.datasetVersion}</code>. Every value K2 Lens
        shows comes from these sources or is an estimate derived from them (labelled “est.”).
      </p>
      {about.problem && <p role="alert">{about.problem}</p>}
      <ul class="sources">
        {about.sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <strong>{shortCitation(s)}</strong> — {s.citation}{' '}
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.url}
            </a>
            <div class="covers">{describeCoverage(about.coverage[s.id])}</div>
            <div class="licence">{s.licence}</div>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Options({ api }: { api: OptionsApi }) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [rules, setRules] = useState<SiteRules | null>(null);
  const [enabled, setEnabled] = useState<string[]>([]);
  const [about, setAbout] = useState<AboutData | string | null>(null);
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

  if (!prefs || !rules) return <p>Loading…</p>;

  const save = async (next: Prefs) => {
    const found = await api.savePrefs(next);
    setProblems(found);
    if (found.length === 0) {
      setPrefs(next);
      setStatus('Saved.');
    } else {
      setStatus('Not saved.');
    }
  };
  const update = (patch: Partial<Prefs>) => void save({ ...prefs, ...patch });

  const saveRules = async (next: SiteRules) => {
    await api.saveSiteRules(next);
    setRules(next);
    setStatus('Saved.');
  };

  const exportJson = async () => {
    const data = await api.exportSettings();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'k2lens-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Settings exported.');
  };

  const importJson = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setProblems(['the file is not valid JSON']);
      setStatus('Nothing imported.');
      return;
    }
    const found = await api.importSettings(parsed);
    setProblems(found);
    if (found.length === 0) {
      await reload();
      setStatus('Settings imported.');
    } else {
      setStatus('Nothing imported.');
    }
  };

  const number = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

  return (
    <main>
      <h1>K2 Lens options</h1>
      <p class="intro">
        K2 Lens shows estimates from published food analyses. It shows data and its sources, not health
        advice.
      </p>

      <fieldset>
        <legend>Badges show values</legend>
        {UNITS.map((u) => (
          <label key={u}>
            <input
              type="radio"
              name="units"
              value={u}
              checked={prefs.units === u}
              onChange={() => update({ units: u })}
            />
            {UNIT_LABELS[u]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Nutrients on badges</legend>
        <label>
          <input
            type="checkbox"
            name="show-k2"
            checked={prefs.nutrients.k2}
            onChange={(e) =>
              update({ nutrients: { ...prefs.nutrients, k2: (e.currentTarget as HTMLInputElement).checked } })
            }
          />
          Vitamin K2
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
          Calcium
        </label>
        <label>
          <input
            type="checkbox"
            name="show-supplements"
            checked={prefs.supplements}
            onChange={(e) => update({ supplements: (e.currentTarget as HTMLInputElement).checked })}
          />
          Supplement titles: the K2, vitamin D and calcium doses their labels state
        </label>
      </fieldset>

      <fieldset>
        <legend>Daily targets (for the percentages)</legend>
        <label>
          K2 target (µg a day){' '}
          <input
            type="number"
            name="target-k2"
            min={LIMITS.k2Target.min}
            max={LIMITS.k2Target.max}
            value={prefs.targets.k2}
            onChange={(e) => update({ targets: { ...prefs.targets, k2: number(e) } })}
          />
        </label>
        <p class="explain">{TARGET_EXPLANATIONS.k2.text}</p>
        <label>
          Calcium target (mg a day){' '}
          <input
            type="number"
            name="target-calcium"
            min={LIMITS.calciumTarget.min}
            max={LIMITS.calciumTarget.max}
            value={prefs.targets.calcium}
            onChange={(e) => update({ targets: { ...prefs.targets, calcium: number(e) } })}
          />
        </label>
        <p class="explain">{TARGET_EXPLANATIONS.calcium.text}</p>
        <p class="choices">
          Published values:{' '}
          {TARGET_CHOICES.map((c) => (
            <button
              type="button"
              key={c.id}
              onClick={() => update({ targets: { ...prefs.targets, [c.nutrient]: c.value } })}
              title={c.population}
            >
              {c.label}: {c.value} {c.unit}
            </button>
          ))}
        </p>
      </fieldset>

      <fieldset>
        <legend>Foods that get badges</legend>
        {[true, false].map((cheese) => (
          <div class="category-group" key={String(cheese)}>
            <strong>{cheese ? 'Cheeses' : 'Other foods'}</strong>
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
                {CATEGORY_LABELS[c]}
              </label>
            ))}
          </div>
        ))}
        <label>
          Only foods with at least{' '}
          <input
            type="number"
            name="min-k2"
            min={LIMITS.minK2.min}
            max={LIMITS.minK2.max}
            value={prefs.minK2}
            onChange={(e) => update({ minK2: number(e) })}
          />{' '}
          µg K2 per 100 g (0 shows all)
        </label>
      </fieldset>

      <fieldset>
        <legend>Badge style</legend>
        {BADGE_STYLES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="badge-style"
              value={s}
              checked={prefs.badgeStyle === s}
              onChange={() => update({ badgeStyle: s })}
            />
            {STYLE_LABELS[s]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Language of badges and windows</legend>
        <select
          name="language"
          value={prefs.language}
          onChange={(e) => update({ language: (e.currentTarget as HTMLSelectElement).value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_LABELS[l]}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>Sites</legend>
        <p>K2 Lens runs on a list of major grocery and recipe sites. Sites you enabled yourself:</p>
        {enabled.length === 0 ? (
          <p class="empty">None. Use “Enable on this site” in the toolbar window on any page.</p>
        ) : (
          <ul class="enabled-sites">
            {enabled.map((pattern) => (
              <li key={pattern}>
                {pattern}{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await api.removeEnabledSite(pattern);
                    setEnabled(await api.loadEnabledSites());
                    setStatus('Saved.');
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <p>Sites where K2 Lens is switched off:</p>
        {rules.disabledHosts.length === 0 ? (
          <p class="empty">None.</p>
        ) : (
          <ul class="disabled-sites">
            {rules.disabledHosts.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() =>
                    void saveRules({ ...rules, disabledHosts: rules.disabledHosts.filter((h) => h !== host) })
                  }
                >
                  Switch on again
                </button>
              </li>
            ))}
          </ul>
        )}
        <p>Foods hidden on a site:</p>
        {Object.keys(rules.hiddenFoods).length === 0 ? (
          <p class="empty">None.</p>
        ) : (
          <ul class="hidden-foods">
            {Object.entries(rules.hiddenFoods).map(([host, ids]) => (
              <li key={host}>
                {host}: {ids.join(', ')}{' '}
                <button
                  type="button"
                  onClick={() => {
                    const { [host]: _removed, ...rest } = rules.hiddenFoods;
                    void saveRules({ ...rules, hiddenFoods: rest });
                  }}
                >
                  Show again
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>Your settings</legend>
        <button type="button" onClick={() => void exportJson()}>
          Export settings…
        </button>{' '}
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import settings…
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
            setStatus('Settings reset to the defaults.');
          }}
        >
          Reset to defaults
        </button>
      </fieldset>

      <div aria-live="polite">
        <p role="status">{status}</p>
        {problems.length > 0 && (
          <ul role="alert" class="problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>

      <section aria-labelledby="about">
        <h2 id="about">About the data</h2>
        <Sources about={about} />
      </section>
    </main>
  );
}
