import { describe, expect, it } from 'vitest';
import { BASKET_CARD_CSS } from '../../../src/ui/BasketCard';
import { pageCardCss } from '../../../src/ui/page-card-css';
import { RECIPE_CARD_CSS } from '../../../src/ui/RecipeCard';

describe('the cards a page shows', () => {
  it.each([
    ['recipe card', RECIPE_CARD_CSS, 'k2-recipe'],
    ['basket card', BASKET_CARD_CSS, 'k2-basket'],
  ])('the %s starts with the shared look under its own class', (_, css, cls) => {
    expect(css.startsWith(pageCardCss(cls))).toBe(true);
    // Its close button shows keyboard focus, and it has a dark look.
    expect(css).toContain(`.${cls} .close:focus-visible { outline: 2px solid #1a73e8; }`);
    expect(css).toMatch(
      new RegExp(`@media \\(prefers-color-scheme: dark\\) \\{ \\.${cls} \\{ background: #1c2a22;`),
    );
  });

  it("keeps each card's own rules after the shared ones (a header cell stays bold)", () => {
    const shared = RECIPE_CARD_CSS.indexOf('.k2-recipe th, .k2-recipe td {');
    const own = RECIPE_CARD_CSS.indexOf('.k2-recipe th { font-weight: 600; }');
    expect(shared).toBeGreaterThanOrEqual(0);
    expect(own).toBeGreaterThan(shared);
  });
});
