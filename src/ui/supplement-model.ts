/**
 * What a supplement badge says (DOM-free): the doses the label states, read as
 * written, never estimated.
 */
import type { SupplementLabel } from '../nutrition/supplements';

export interface SupplementBadgeModel {
  text: string;
  label: string;
}

export function supplementBadgeModel(s: SupplementLabel): SupplementBadgeModel {
  const parts: string[] = [];
  const said: string[] = [];
  if (s.k2?.dose) {
    parts.push(`K2 ${s.k2.dose.text}${s.k2.form ? ` ${s.k2.form}` : ''}`);
    said.push(`vitamin K2 ${s.k2.dose.text}${s.k2.form ? ` as ${s.k2.form}` : ''}`);
  } else if (s.k2) {
    parts.push('K2 (dose not stated)');
    said.push('vitamin K2, dose not stated');
  }
  if (s.calcium?.dose) {
    parts.push(`Ca ${s.calcium.dose.text}`);
    said.push(`calcium ${s.calcium.dose.text}`);
  }
  if (s.vitaminD?.doses.length) {
    const d = s.vitaminD.doses.map((x) => x.text).join(' / ');
    parts.push(`D ${d}`);
    said.push(`vitamin D ${d}`);
  }
  if (s.kind === 'calcium-or-d-without-k2') {
    parts.push('no K2 listed');
    said.push('no vitamin K2 listed');
  }
  return {
    text: `${parts.join(' · ')} (label)`,
    label: `Supplement label: ${said.join(', ')}, as labelled. Show details.`,
  };
}
