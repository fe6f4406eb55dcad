/**
 * The evidence summary the supplement notes link to: what K2 Lens's sources
 * state about calcium, vitamin D and vitamin K intakes and about MK-7
 * supplements, each statement with its source. Plain statements, no advice.
 */
import { shortCitation } from '../../data/citation';
import type { Intake, Source } from '../../data/types';
import { formatNumber } from '../../nutrition/format';

function Cite({ id, sources }: { id: string; sources: Record<string, Source> }) {
  const s = sources[id];
  return <span class="cite"> ({s ? shortCitation(s) : id})</span>;
}

export function Evidence({
  section,
  intakes,
  sources,
  onBack,
}: {
  section: string;
  intakes: Intake[];
  sources: Record<string, Source>;
  onBack: () => void;
}) {
  const row = (nutrient: string, kind: string, population?: string) =>
    intakes.find(
      (i) =>
        i.nutrient === nutrient && i.kind === kind && (!population || i.population.startsWith(population)),
    );
  const pri25 = row('calcium', 'population reference intake', 'adults 25');
  const pri18 = row('calcium', 'population reference intake', 'adults 18');
  const ul = row('calcium', 'tolerable upper intake level');
  const k1 = row('vitamin_k1', 'adequate intake');
  const kWomen = row('vitamin_k', 'adequate intake', 'women');
  const kMen = row('vitamin_k', 'adequate intake', 'men');
  const mk7 = row('mk7', 'caution threshold');
  return (
    <section class="evidence" aria-label="Evidence summary">
      <button type="button" class="back" onClick={onBack}>
        ← Back
      </button>
      <h2 id="k2-calcium-vitamin-d" class={section === 'k2-calcium-vitamin-d' ? 'current' : ''}>
        Calcium, vitamin D and vitamin K: what the sources state
      </h2>
      <ul>
        {pri25 && pri18 && (
          <li>
            Calcium population reference intake: {formatNumber(pri25.value)} mg a day for adults 25 and over,{' '}
            {formatNumber(pri18.value)} mg at 18–24 years
            <Cite id={pri25.source} sources={sources} />.
          </li>
        )}
        {ul && (
          <li>
            Tolerable upper intake level of calcium: {formatNumber(ul.value)} mg a day, from food and
            supplements together
            <Cite id={ul.source} sources={sources} />.
          </li>
        )}
        {k1 && (
          <li>
            Vitamin K: an adequate intake of {formatNumber(k1.value)} µg a day was set for vitamin K1 only; no
            value was set for K2 (menaquinones)
            <Cite id={k1.source} sources={sources} />.
          </li>
        )}
        {kWomen && kMen && (
          <li>
            Adequate intake of vitamin K (K1 and K2 together): {formatNumber(kWomen.value)} µg a day for
            women, {formatNumber(kMen.value)} µg for men
            <Cite id={kWomen.source} sources={sources} />.
          </li>
        )}
        <li>
          K2 Lens's sources include no study of calcium or vitamin D supplements taken with or without vitamin
          K2, so it states nothing about combining them. It reads the doses a label states and shows them as
          labelled.
        </li>
      </ul>
      <h2 id="k2-supplements" class={section === 'k2-supplements' ? 'current' : ''}>
        Vitamin K2 supplements
      </h2>
      <ul>
        {mk7 && (
          <li>
            Schurgers et al. (2007) compared vitamin K1 with natto-derived MK-7 supplements in healthy
            volunteers and concluded that preparations supplying {formatNumber(mk7.value)} µg a day or more of
            MK-7 may interfere with oral anticoagulant treatment with vitamin K antagonists (e.g. warfarin)
            <Cite id={mk7.source} sources={sources} />.
          </li>
        )}
        <li>K2 Lens does not estimate supplements; doses are read from the product title as written.</li>
      </ul>
    </section>
  );
}
