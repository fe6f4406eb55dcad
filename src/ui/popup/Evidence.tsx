/**
 * The evidence summary the supplement notes link to: what K2 Lens's sources
 * state about calcium, vitamin D and vitamin K intakes and about MK-7
 * supplements, each statement with its source. Plain statements, no advice.
 */
import { shortCitation } from '../../data/citation';
import type { Intake, Source } from '../../data/types';
import { i18n as current } from '../../i18n/current';
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
  const { t, locale } = current();
  const n = (v: number) => formatNumber(v, locale);
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
    <section class="evidence" aria-label={t('evidenceAria')}>
      <button type="button" class="back" onClick={onBack}>
        {t('evidenceBack')}
      </button>
      <h2 id="k2-calcium-vitamin-d" class={section === 'k2-calcium-vitamin-d' ? 'current' : ''}>
        {t('evidenceIntakesTitle')}
      </h2>
      <ul>
        {pri25 && pri18 && (
          <li>
            {t('evidenceCalciumPri', n(pri25.value), n(pri18.value))}
            <Cite id={pri25.source} sources={sources} />.
          </li>
        )}
        {ul && (
          <li>
            {t('evidenceCalciumUl', n(ul.value))}
            <Cite id={ul.source} sources={sources} />.
          </li>
        )}
        {k1 && (
          <li>
            {t('evidenceVitaminK1', n(k1.value))}
            <Cite id={k1.source} sources={sources} />.
          </li>
        )}
        {kWomen && kMen && (
          <li>
            {t('evidenceVitaminK', n(kWomen.value), n(kMen.value))}
            <Cite id={kWomen.source} sources={sources} />.
          </li>
        )}
        <li>{t('evidenceNoCombination')}</li>
      </ul>
      <h2 id="k2-supplements" class={section === 'k2-supplements' ? 'current' : ''}>
        {t('evidenceSupplementsTitle')}
      </h2>
      <ul>
        {mk7 && (
          <li>
            {t('evidenceMk7', n(mk7.value))}
            <Cite id={mk7.source} sources={sources} />.
          </li>
        )}
        <li>{t('evidenceNoEstimate')}</li>
      </ul>
    </section>
  );
}
