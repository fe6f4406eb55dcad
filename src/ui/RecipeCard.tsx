/**
 * The recipe card: K2 and calcium per serving and for the whole recipe, the
 * ingredients counted with their grams, and the lines that name a food but
 * give no quantity (left out of the sums, and said so).
 */
import type { Food } from '../data/types';
import { formatAmount, formatNumber } from '../nutrition/format';
import type { RecipeSummary } from '../nutrition/portion';
import { type DailyTargets, formatPercentRange, shareOfTargets } from '../nutrition/targets';

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
}

export function RecipeCard({ name, summary, lines, targets, onClose }: RecipeCardProps) {
  const servings = summary.servings;
  const per = summary.perServing;
  const share = per ? shareOfTargets(per, targets) : undefined;
  const total = summary.total;
  const quantified = lines.filter((l) => l.grams !== undefined);
  const unquantified = lines.filter((l) => l.grams === undefined);
  return (
    <section class="k2-recipe" aria-label="K2 Lens: vitamin K2 and calcium of this recipe">
      <header>
        <strong>K2 Lens · {name ? `“${name}”` : 'this recipe'}</strong>
        {onClose && (
          <button type="button" class="close" aria-label="Close the recipe card" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {quantified.length === 0 ? (
        <p>
          The cheeses and fermented foods of this recipe have no quantity K2 Lens can read, so there is no
          total.
        </p>
      ) : (
        <table>
          <tbody>
            {per && servings && (
              <tr data-row="per-serving">
                <th scope="row">
                  {`Per serving (${servings.min === servings.max ? formatNumber(servings.central) : `${servings.min}–${servings.max}`} servings)`}
                </th>
                <td>
                  K2 ≈ {formatAmount(per.k2).text}
                  {share?.k2 && <span class="pct"> · {formatPercentRange(share.k2).value}</span>}
                </td>
                <td>
                  Ca {formatAmount(per.calcium).text}
                  {share?.calcium && <span class="pct"> · {formatPercentRange(share.calcium).value}</span>}
                </td>
              </tr>
            )}
            <tr data-row="total">
              <th scope="row">Whole recipe ({formatNumber(total.grams)} g of these foods)</th>
              <td>K2 ≈ {formatAmount(total.k2).text}</td>
              <td>Ca {formatAmount(total.calcium).text}</td>
            </tr>
          </tbody>
        </table>
      )}
      {!servings && quantified.length > 0 && (
        <p class="note">The recipe does not say how many servings it makes.</p>
      )}
      {quantified.length > 0 && (
        <>
          <p class="sub">Counted:</p>
          <ul class="counted">
            {quantified.map((l) => (
              <li key={`${l.line}|${l.food.id}`} data-food={l.food.id}>
                {l.food.name}: {formatNumber(l.grams ?? 0)} g <span class="line">(“{l.line}”)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {unquantified.length > 0 && (
        <>
          <p class="sub">Not counted (no quantity K2 Lens can read):</p>
          <ul class="unquantified">
            {unquantified.map((l) => (
              <li key={`${l.line}|${l.food.id}`} data-food={l.food.id}>
                {l.line}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="disclaimer">
        Sums of estimates from published food analyses, for the foods K2 Lens knows; other ingredients are not
        counted. Not health advice.
      </p>
    </section>
  );
}

export const RECIPE_CARD_CSS = `
:host { all: initial !important; display: block !important; margin: 12px 0 !important; }
.k2-recipe { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: #f6faf7; color: #1d232a;
  border: 1px solid #b9d8c2; border-radius: 10px; padding: 10px 12px; max-width: 640px; position: relative; }
.k2-recipe header { font-size: 14px; margin-bottom: 6px; padding-right: 24px; }
.k2-recipe table { border-collapse: collapse; width: 100%; }
.k2-recipe th, .k2-recipe td { text-align: left; padding: 2px 8px 2px 0; font-weight: normal; vertical-align: top; }
.k2-recipe th { font-weight: 600; }
.k2-recipe ul { margin: 2px 0 6px; padding-left: 18px; }
.k2-recipe .sub { margin: 6px 0 0; font-weight: 600; }
.k2-recipe .line, .k2-recipe .note, .k2-recipe .disclaimer { opacity: 0.75; }
.k2-recipe .disclaimer { font-size: 11px; margin: 6px 0 0; }
.k2-recipe .close { position: absolute; top: 6px; right: 8px; border: none; background: transparent; font-size: 16px; cursor: pointer; color: inherit; }
.k2-recipe .close:focus-visible { outline: 2px solid #1a73e8; }
@media (prefers-color-scheme: dark) { .k2-recipe { background: #1c2a22; color: #e6ebf0; border-color: #2f6a43; } }
`;
