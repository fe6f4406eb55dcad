/**
 * Details of a supplement title: the doses as labelled and plain notes with
 * their sources (what the cited studies and opinions state; no advice).
 */
import { shortCitation } from '../data/citation';
import type { Source } from '../data/types';
import type { SupplementLabel } from '../nutrition/supplements';

export interface SupplementCardProps {
  title: string;
  label: SupplementLabel;
  sources: Record<string, Source>;
  onEvidence?: (section: string) => void;
}

export function SupplementCard({ title, label, sources, onEvidence }: SupplementCardProps) {
  const rows: [string, string][] = [];
  if (label.k2)
    rows.push([
      'Vitamin K2',
      label.k2.dose
        ? `${label.k2.dose.text}${label.k2.form ? ` (${label.k2.form})` : ''}`
        : 'named, dose not stated',
    ]);
  if (label.vitaminD)
    rows.push(['Vitamin D', label.vitaminD.doses.map((d) => d.text).join(' / ') || 'named, dose not stated']);
  if (label.calcium) rows.push(['Calcium', label.calcium.dose?.text ?? 'named, dose not stated']);
  if (label.units) rows.push(['Pack', `${label.units.count} ${label.units.form}`]);
  return (
    <div class="k2-card k2-supplement">
      <header>
        <strong>Supplement</strong> <span class="matched">— “{title}”</span>
      </header>
      <p class="basis">Doses as the title states them; K2 Lens does not estimate supplements.</p>
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
          {n.text}
          {n.sources.length > 0 && (
            <span class="cite">
              {' '}
              ({n.sources.map((id) => (sources[id] ? shortCitation(sources[id]) : id)).join('; ')})
            </span>
          )}{' '}
          {onEvidence && (
            <button type="button" class="link" onClick={() => onEvidence(n.evidence)}>
              What the studies measured
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
