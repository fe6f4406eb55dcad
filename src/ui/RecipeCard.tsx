/**
 * The recipe card: K2 and calcium per serving and for the whole recipe, each
 * sum with its basis (measured, partly estimated "est.", a lower bound "≥"),
 * the ingredients counted with their grams, and the lines that name a food but
 * give no quantity (left out of the sums, and said so).
 */
import type { ComponentChildren } from 'preact';
import type { Food } from '../data/types';
import type { I18n } from '../i18n/core';
import { i18n as current } from '../i18n/current';
import { formatGrams, formatNumber } from '../nutrition/format';
import type { Amount, NutrientId, RecipeSummary } from '../nutrition/portion';
import { type DailyTargets, formatPercentRange, shareOfTargets } from '../nutrition/targets';
import { pageCardCss } from './page-card-css';
import { foodName, quoted } from './text';
import { shownCell } from './values';

export interface RecipeCardLine {
  /** The ingredient line as the recipe publishes it. */
  line: string;
  food: Food;
  grams?: number;
}

export interface RecipeCardProps {
  name?: string;
  summary: RecipeSummary;
  lines: RecipeCardLine[];
  targets: DailyTargets;
  onClose?: () => void;
  i18n?: I18n;
}

/**
 * A sum of the recipe's foods with its basis (values.ts): "K2 ≈ 12 µg (8–15 µg)" when every part is measured,
 * with "est." after it when some part is estimated from similar foods, "≥" when some parts are lower bounds
 * and the rest measured.
 */
function SumCell({
  nutrient,
  amount,
  grams,
  i18n,
  children,
}: {
  nutrient: NutrientId;
  amount: Amount;
  grams: number;
  i18n: I18n;
  children?: ComponentChildren;
}) {
  const cell = shownCell(undefined, nutrient, amount, grams, i18n);
  const value = cell.range ? `${cell.value} (${cell.range})` : cell.value;
  const text =
    nutrient === 'k2'
      ? i18n.t(cell.basis === 'measured' || cell.basis === 'estimated' ? 'badgeK2' : 'badgeK2Exact', value)
      : i18n.t('badgeCalcium', value);
  return (
    <td data-basis={cell.basis}>
      {text}
      {cell.mark && <span class="est"> {cell.mark}</span>}
      {children}
    </td>
  );
}

export function RecipeCard({ name, summary, lines, targets, onClose, i18n = current() }: RecipeCardProps) {
  const { t, locale } = i18n;
  const servings = summary.servings;
  const per = summary.perServing;
  const share = per ? shareOfTargets(per, targets) : undefined;
  const total = summary.total;
  const quantified = lines.filter((l) => l.grams !== undefined);
  const unquantified = lines.filter((l) => l.grams === undefined);
  const servingsText = servings
    ? servings.min === servings.max
      ? i18n.plural('recipePerServing', servings.central, formatNumber(servings.central, locale))
      : i18n.plural(
          'recipePerServing',
          servings.max,
          `${formatNumber(servings.min, locale)}–${formatNumber(servings.max, locale)}`,
        )
    : '';
  return (
    <section class="k2-recipe" aria-label={t('recipeAria')} lang={i18n.lang}>
      <header>
        <strong>{name ? t('recipeTitleNamed', quoted(name, i18n)) : t('recipeTitle')}</strong>
        {onClose && (
          <button type="button" class="close" aria-label={t('recipeClose')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {quantified.length === 0 ? (
        <p>{t('recipeNoQuantity')}</p>
      ) : (
        <table>
          <tbody>
            {per && servings && (
              <tr data-row="per-serving">
                <th scope="row">{servingsText}</th>
                <SumCell nutrient="k2" amount={per.k2} grams={per.grams} i18n={i18n}>
                  {share?.k2 && <span class="pct"> · {formatPercentRange(share.k2, locale).value}</span>}
                </SumCell>
                <SumCell nutrient="calcium" amount={per.calcium} grams={per.grams} i18n={i18n}>
                  {share?.calcium && (
                    <span class="pct"> · {formatPercentRange(share.calcium, locale).value}</span>
                  )}
                </SumCell>
              </tr>
            )}
            <tr data-row="total">
              <th scope="row">{t('recipeWhole', formatNumber(total.grams, locale))}</th>
              <SumCell nutrient="k2" amount={total.k2} grams={total.grams} i18n={i18n} />
              <SumCell nutrient="calcium" amount={total.calcium} grams={total.grams} i18n={i18n} />
            </tr>
          </tbody>
        </table>
      )}
      {!servings && quantified.length > 0 && <p class="note">{t('recipeNoServings')}</p>}
      {quantified.length > 0 && (
        <>
          <p class="sub">{t('recipeCounted')}</p>
          <ul class="counted">
            {quantified.map((l) => (
              <li key={`${l.line}|${l.food.id}`} data-food={l.food.id}>
                {`${foodName(l.food, i18n)}${t('colon')} ${formatGrams(l.grams ?? 0, locale)} `}
                <span class="line">({quoted(l.line, i18n)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {unquantified.length > 0 && (
        <>
          <p class="sub">{t('recipeNotCounted')}</p>
          <ul class="unquantified">
            {unquantified.map((l) => (
              <li key={`${l.line}|${l.food.id}`} data-food={l.food.id}>
                {l.line}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="disclaimer">{t('recipeDisclaimer')}</p>
    </section>
  );
}

export const RECIPE_CARD_CSS = `${pageCardCss('k2-recipe')}
.k2-recipe th { font-weight: 600; }
.k2-recipe .line, .k2-recipe .note, .k2-recipe .disclaimer { opacity: 0.75; }
.k2-recipe .est { font-weight: 500; opacity: 0.75; }
`;
