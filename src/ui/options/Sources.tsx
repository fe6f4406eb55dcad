/**
 * "About the data" on the options page: the dataset's version and every source
 * it cites, with what each covers and its licence.
 */
import { shortCitation } from '../../data/citation';
import type { SourceCoverage } from '../../data/coverage';
import type { Source } from '../../data/types';
import type { I18n } from '../../i18n/core';
import { describeCoverage, quoted } from '../text';

export interface AboutData {
  sources: Source[];
  coverage: Record<string, SourceCoverage>;
  datasetVersion: string;
  /** Set when IndexedDB is not available and the bundled copy answers. */
  problem?: string;
}

export function Sources({ about, i18n }: { about: AboutData | string | null; i18n: I18n }) {
  const { t } = i18n;
  if (about === null) return <p>{t('optLoading')}</p>;
  if (typeof about === 'string') return <p role="alert">{t('optSourcesFailed', about)}</p>;
  return (
    <>
      <p>
        {t('optDatasetVersion')} <code data-testid="dataset-version">{about.datasetVersion}</code>.{' '}
        {t('optSourcesIntro', quoted(t('badgeEstimateMark'), i18n))}
      </p>
      {about.problem && <p role="alert">{t('storeProblem', about.problem)}</p>}
      <ul class="sources">
        {about.sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <strong>{shortCitation(s)}</strong> — {s.citation}{' '}
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.url}
            </a>
            <div class="covers">{describeCoverage(about.coverage[s.id], i18n)}</div>
            <div class="licence">{s.licence}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
