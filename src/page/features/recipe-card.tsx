/**
 * The recipe card: on a page whose structured data has a Recipe, K2 and
 * calcium per serving and for the whole recipe, titled with the recipe's
 * name. It goes before the visible ingredient list — outside it: before the
 * whole list or table, never inside a row, a cell or a list item — and it
 * cannot widen the element it stands in (its width does not count towards its
 * container's: `contain: inline-size`). A page that shows no ingredient line
 * as the data has it gets the card after the recipe's heading.
 */
import { render } from 'preact';
import { getMatcher } from '../../match';
import { lineKey } from '../../match/text-norm';
import { wantsBadge } from '../../ui/badge-model';
import { RECIPE_CARD_CSS, RecipeCard } from '../../ui/RecipeCard';
import { OWN_ATTR } from '../badge';
import { pageLanguage } from '../core/block-rules';
import type { PageContext, PageFeature } from '../core/feature';
import type { RecipeData } from '../jsonld';
import { showsIngredient } from '../lines';
import { CARD_HOST_CSS, outsideStructure } from '../placement';
import { type RecipeLineMention, type RecipeTotals, recipeLineMentions, recipeTotals } from '../recipe';

/**
 * The element the card goes before: the whole list or table that shows the first of the recipe's lines
 * found on the page (climbing out of its items, rows and cells), or undefined.
 */
export function ingredientBlock(doc: Document, keys: ReadonlySet<string>): Element | undefined {
  if (keys.size === 0 || !doc.body) return undefined;
  let line: Element | undefined;
  for (const li of doc.body.querySelectorAll('li, td, dd')) {
    const text = li.textContent ?? '';
    if (text.length > 400 || li.closest(`[${OWN_ATTR}]`)) continue;
    if (showsIngredient(text, keys)) {
      line = li;
      break;
    }
  }
  if (!line) {
    for (const el of doc.body.querySelectorAll('p, div, span')) {
      if (el.childElementCount > 3) continue;
      const text = el.textContent ?? '';
      if (text.length > 400 || el.closest(`[${OWN_ATTR}]`)) continue;
      if (showsIngredient(text, keys)) {
        line = el.parentElement ?? el;
        break;
      }
    }
  }
  // Out of the list's or the table's structure: before the whole list or table.
  return line ? outsideStructure(line) : undefined;
}

/** The site's own name (og:site_name, application-name), to tell it from a recipe's. */
function siteName(doc: Document): string {
  const meta = (sel: string) => doc.head?.querySelector(sel)?.getAttribute('content')?.trim() ?? '';
  return meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]');
}

/**
 * The card's title: the recipe's name, unless the data names the site instead (then the page's main
 * heading).
 */
export function recipeTitle(doc: Document, recipe: RecipeData): string | undefined {
  const name = recipe.name?.trim();
  const site = siteName(doc);
  if (name && !(site && lineKey(site) === lineKey(name))) return name;
  const h1 = doc.body?.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 && h1.length <= 160 ? h1 : name;
}

export interface RecipeCardFeature extends PageFeature {
  /** The recipe's lines with their foods (the page summary reports the totals). */
  mentions(): readonly RecipeLineMention[];
}

export function recipeCard(): RecipeCardFeature {
  let ctx: PageContext;
  let mentions: RecipeLineMention[] = [];
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let token = 0;

  const remove = () => {
    if (mount) render(null, mount);
    host?.remove();
    host = null;
    mount = null;
  };

  /** Puts the card (closed shadow root) before the ingredient list, or after the recipe's heading. */
  const place = (recipe: RecipeData): boolean => {
    const { doc } = ctx;
    const el = doc.createElement('k2lens-recipe');
    el.setAttribute(OWN_ATTR, '');
    const root = el.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = RECIPE_CARD_CSS + CARD_HOST_CSS;
    const div = doc.createElement('div');
    root.append(style, div);
    const block = ingredientBlock(doc, ctx.structure.recipeKeys);
    if (block?.parentNode) block.parentNode.insertBefore(el, block);
    else {
      const heading = doc.body?.querySelector('h1');
      if (heading?.parentNode && !heading.closest('table, ul, ol')) heading.after(el);
      else if (!recipe.name) return false;
      else (doc.querySelector('main, article, [role="main"]') ?? doc.body)?.prepend(el);
    }
    host = el;
    mount = div;
    return true;
  };

  const show = () => {
    const recipe = ctx.structure.data.recipe;
    if (!recipe || !ctx.alive() || ctx.disabled()) {
      remove();
      return;
    }
    const { facts } = ctx;
    const totals: RecipeTotals = recipeTotals(
      recipe,
      mentions.filter((m) => {
        const f = facts.get(m.foodId);
        return f !== undefined && wantsBadge(f, ctx.prefs(), ctx.hidden());
      }),
      facts.foods,
    );
    if (totals.lines.length === 0) {
      remove();
      return;
    }
    if (!host && !place(recipe)) return;
    const title = recipeTitle(ctx.doc, recipe);
    host?.setAttribute('data-servings', String(totals.summary.servings?.central ?? ''));
    if (mount)
      render(
        <RecipeCard
          {...(title ? { name: title } : {})}
          summary={totals.summary}
          lines={totals.lines}
          targets={ctx.prefs().targets}
          onClose={remove}
        />,
        mount,
      );
  };

  /** Matches the recipe's lines, resolves their foods, then shows the card. */
  const read = async () => {
    const mine = ++token;
    mentions = [];
    remove();
    const recipe = ctx.structure.data.recipe;
    if (!recipe) return;
    const lang = pageLanguage(ctx.doc);
    const matcher = ctx.deps.detector.matcher?.() ?? getMatcher();
    const first = recipeLineMentions(recipe, matcher, lang);
    if (!(await ctx.facts.resolve(first.map((m) => m.foodId))) || mine !== token) return;
    // Again with the foods' household measures, for cups, spoons and slices.
    mentions = recipeLineMentions(recipe, matcher, lang, ctx.facts.measuresOf);
    show();
    ctx.changed();
  };

  return {
    name: 'recipe-card',
    start(c) {
      ctx = c;
      ctx.signal.addEventListener('abort', () => {
        token++;
        remove();
      });
    },
    structureRead: () => void read(),
    refresh: show,
    reset() {
      token++;
      mentions = [];
      remove();
    },
    mentions: () => mentions,
  };
}
