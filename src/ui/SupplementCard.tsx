/**
 * Details of a supplement title: the doses as labelled and plain notes with
 * their sources (what the cited studies and opinions state; no advice).
 */
import { shortCitation } from '../data/citation';
import type { Source } from '../data/types';
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import type { SupplementLabel } from '../nutrition/supplements';
import { doseText, quoted, supplementNoteText } from './text';

export interface SupplementCardProps {
  title: string;
  label: SupplementLabel;
  sources: Record<string, Source>;
  onEvidence?: (section: string) => void;
  i18n?: I18n;
}

export function SupplementCard({ title, label, sources, onEvidence, i18n = current() }: SupplementCardProps) {
  const { t } = i18n;
  const notStated = t('suppNotStated');
  const rows: [string, string][] = [];
  if (label.k2) {
    const dose = label.k2.dose ? doseText(label.k2.dose, i18n) : undefined;
    rows.push([t('nutrientK2'), dose ? `${dose}${label.k2.form ? ` (${label.k2.form})` : ''}` : notStated]);
  }
  if (label.vitaminD)
    rows.push([t('nutrientD'), label.vitaminD.doses.map((d) => doseText(d, i18n)).join(' / ') || notStated]);
  if (label.calcium)
    rows.push([t('nutrientCalcium'), label.calcium.dose ? doseText(label.calcium.dose, i18n) : notStated]);
  if (label.units) rows.push([t('suppPack'), `${label.units.count} ${label.units.form}`]);
  return (
    <div class="k2-card k2-supplement" lang={i18n.lang}>
      <header>
        <strong>{t('suppTitle')}</strong> <span class="matched">— {quoted(title, i18n)}</span>
      </header>
      <p class="basis">{t('suppAsLabelled')}</p>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {label.notes.map((n) => (
        <p class="note" key={n.id} data-note={n.id}>
          {supplementNoteText(n, i18n)}
          {n.sources.length > 0 && (
            <span class="cite">
              {' '}
              ({n.sources.map((id) => (sources[id] ? shortCitation(sources[id]) : id)).join('; ')})
            </span>
          )}{' '}
          {onEvidence && (
            <button type="button" class="link" onClick={() => onEvidence(n.evidence)}>
              {t('suppEvidenceLink')}
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
