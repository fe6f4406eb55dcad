/**
 * What an element says it is, for the page regions (./regions.ts): its tag,
 * role, schema.org type and property, aria-label, and the words of its class
 * names, id, name and test id (in the supported languages), as flag bits.
 */
import { identifierWords } from '../../match/text-norm';

/** Ancestor flags (bits). */
export const CHROME = 1;
export const TEXT = 2;
export const INGREDIENTS = 4;
export const HEADING = 8;
export const ARTICLE = 16;
export const PRODUCT = 32;
export const H1 = 64;
export const SITE_BAND = 128;

const CHROME_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'menuitem',
  'tablist',
  'tab',
  'search',
  'banner',
  'contentinfo',
  'toolbar',
  'tree',
  'directory',
]);
const TEXT_ROLES = new Set(['complementary', 'dialog', 'alertdialog', 'tooltip', 'note', 'feed', 'log']);

/**
 * Words of class names and ids (split at '-', '_' and case changes) that mark
 * chrome, text or an ingredient list. Ingredient words in the supported
 * languages, folded to ASCII.
 */
const CHROME_WORDS = new Set([
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'crumb',
  'nav',
  'navbar',
  'navigation',
  'subnav',
  'menu',
  'megamenu',
  'submenu',
  'menubar',
  'footer',
  'facet',
  'facets',
  'filter',
  'filters',
  'refinement',
  'refinements',
  'pagination',
  'pager',
  'tagcloud',
  'tags',
  'taglist',
  'sitemap',
  'cookie',
  'cookies',
  'consent',
  'newsletter',
  'social',
  'share',
  'sharing',
  'skiplink',
  'masthead',
  'topbar',
  'toc',
]);
const TEXT_WORDS = new Set([
  'instruction',
  'instructions',
  'direction',
  'directions',
  'method',
  'steps',
  'step',
  'preparation',
  'zubereitung',
  'preparazione',
  'preparacion',
  'procedimento',
  'postup',
  'przygotowanie',
  'bereiding',
  'comment',
  'comments',
  'review',
  'reviews',
  'reply',
  'replies',
  'respond',
  'discussion',
  'disqus',
  'faq',
  'faqs',
  'question',
  'questions',
  'answer',
  'related',
  'recommended',
  'recommendations',
  'recommend',
  'similar',
  'trending',
  'popular',
  'teaser',
  'teasers',
  'latest',
  'recent',
  'more',
  'sidebar',
  'widget',
  'excerpt',
  'summary',
  'description',
  'intro',
  'caption',
  'author',
  'bio',
  'tip',
  'tips',
  'note',
  'notes',
  'nutrition',
  'nutrients',
]);

/**
 * The heading of an ingredient list, in the supported languages ("Ingredients", "Zutaten", "Składniki",
 * "Ингредиенты", "材料", "재료"…): a list right after it is an ingredient list.
 */
export const INGREDIENT_HEADING =
  /^(?:ingredients?|ingrédients?|zutaten|ingredienti|ingredientes|ingrediënten|ingredienser|ingredienset|składniki|suroviny|potrebujete|hozzávalók|malzemeler|ainekset|aines|sastojci|sestavine|koostisosad|sastāvdaļas|ingredientai|ингредиенты|съставки|продукти|інгредієнти|састојци|υλικά|材料|재료|食材|配料|用料|you(?:'|’)ll need|you will need|what you(?:'|’)ll need|what you need)(?!\p{L})/iu;

/** Class words of a list's group heading ("wprm-recipe-group-name"): a heading that is no heading element. */
const GROUP_HEADINGS = new Set(['groupname', 'groupheader', 'grouptitle', 'groupheading']);

/**
 * Class names that file an article under a taxonomy term ("category-5-ingredients", "tag-salmon"): they
 * say what the article is about, not what the element is.
 */
const TAXONOMY = /^(?:category|categories|cat|tag|tags|term|topic|post|postid|format|type|author|label)[-_]/i;
const INGREDIENT_WORDS = new Set([
  'ingredient',
  'ingredients',
  'ingredientes',
  'ingrediente',
  'ingredienti',
  'ingredienser',
  'ingredienten',
  'ingrediensen',
  'zutaten',
  'zutat',
  'skladniki',
  'suroviny',
  'prisady',
  'hozzavalok',
  'malzemeler',
  'ainekset',
  'sastojci',
  'sestavine',
  'ingrediencie',
]);

/**
 * What one class name, id or test id says: its words, and each pair of neighbours joined
 * ("wprm-recipe-ingredients" → wprm, recipe, ingredients, wprmrecipe, recipeingredients; "tag-cloud" →
 * tagcloud, "mega-menu" → megamenu), as flags: INGREDIENTS, CHROME or TEXT for the landmark a word names,
 * HEADING for a group heading's word. Remembered per name: a page repeats its class names on every tile.
 */
function nameFlags(name: string): number {
  let f = nameFlagCache.get(name);
  if (f !== undefined) return f;
  f = 0;
  if (!TAXONOMY.test(name) || /^tag[-_]?(?:cloud|list)$/i.test(name)) {
    const words = identifierWords(name);
    for (let i = 0; i < words.length; i++) {
      f |= wordFlag(words[i] as string);
      if (i > 0) f |= wordFlag(`${words[i - 1]}${words[i]}`);
    }
  }
  if (nameFlagCache.size >= NAME_CACHE) nameFlagCache.clear();
  nameFlagCache.set(name, f);
  return f;
}

const nameFlagCache = new Map<string, number>();
/** Names remembered (then the memory starts over). */
const NAME_CACHE = 5000;

function wordFlag(w: string): number {
  if (INGREDIENT_WORDS.has(w)) return INGREDIENTS;
  if (CHROME_WORDS.has(w)) return CHROME;
  if (TEXT_WORDS.has(w)) return TEXT;
  return GROUP_HEADINGS.has(w) ? HEADING : 0;
}

/** The flags of an element's class names, id and test id or name (see nameFlags). */
function namesFlags(el: Element): number {
  const cls = el.getAttribute('class') ?? '';
  const id = el.id ?? '';
  // Test ids and names name what an element is as often as classes do ("ingredients-metric").
  const more =
    el.getAttribute('data-testid') ?? el.getAttribute('data-test') ?? el.getAttribute('name') ?? '';
  if (!cls && !id && !more) return 0;
  let f = 0;
  for (const name of `${cls} ${id} ${more}`.split(/\s+/)) if (name) f |= nameFlags(name);
  return f;
}

/** The flags an element adds itself (not counting its ancestors). */
export function ownFlags(el: Element): number {
  let f = 0;
  const tag = el.tagName;
  if (tag === 'NAV') f |= CHROME;
  else if (tag === 'ASIDE') f |= TEXT;
  else if (tag === 'HEADER' || tag === 'FOOTER') f |= SITE_BAND;
  else if (tag === 'ARTICLE' || tag === 'MAIN') f |= ARTICLE;
  else if (tag === 'H1') f |= HEADING | H1;
  else if (tag === 'H2' || tag === 'H3' || tag === 'H4' || tag === 'H5' || tag === 'H6') f |= HEADING;
  else if (tag === 'BLOCKQUOTE' || tag === 'FIGCAPTION' || tag === 'DETAILS') f |= TEXT;
  const role = el.getAttribute('role');
  if (role) {
    if (CHROME_ROLES.has(role)) f |= CHROME;
    else if (TEXT_ROLES.has(role)) f |= TEXT;
    else if (role === 'main' || role === 'article') f |= ARTICLE;
    else if (role === 'heading') f |= HEADING;
  }
  const label = el.getAttribute('aria-label');
  if (label && /breadcrumb|fil d.ariane|brotkrum|miga|briciol|kruimel/i.test(label)) f |= CHROME;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    if (/recipeIngredient|ingredients/.test(itemprop)) f |= INGREDIENTS;
    else if (
      /recipeInstructions|step|comment|review|description|articleBody|suggestedAnswer|acceptedAnswer/.test(
        itemprop,
      )
    )
      f |= TEXT;
  }
  const itemtype = el.getAttribute('itemtype');
  if (itemtype) {
    if (/BreadcrumbList|SiteNavigationElement|WPHeader|WPFooter/.test(itemtype)) f |= CHROME;
    else if (/Comment|Review|Question|Answer|HowToStep|HowToSection/.test(itemtype)) f |= TEXT;
    else if (/Product|Offer/.test(itemtype)) f |= PRODUCT;
  }
  const names = namesFlags(el);
  f |= names & HEADING;
  const named = names & (INGREDIENTS | CHROME | TEXT);
  // A class word on an element that holds the page's heading names a layout wrapper
  // ("content-sidebar", "has-breadcrumbs"), not the landmark it would be.
  if (named !== 0 && el.querySelector('h1') === null) f |= named;
  return f;
}
