/**
 * Page regions: where on a page a food mention is something a shopper or cook
 * is choosing (a product title, an ingredient line, the recipe's or product's
 * name) and where it is not (navigation, menus, breadcrumbs, facets, headers
 * and footers, tag clouds, teasers of other pages, comments, method steps,
 * running prose). Decided from generic structure, never per site:
 *
 * - **chrome** — navigation landmarks and roles (nav, menu, menubar, tablist,
 *   search, banner, contentinfo), breadcrumbs (aria-label, schema.org
 *   BreadcrumbList, class words), facets and filters, pagination, tag clouds,
 *   the site's own header and footer (not an article's);
 * - **choice** — an ingredient line (schema.org recipeIngredient, a list or
 *   table whose container names ingredients in a supported language, or a line
 *   of the page's structured recipe); a product tile's title (an item repeated
 *   among its siblings that shows a price); the recipe's or product's name;
 * - **text** — method steps, comments, reviews, FAQs, teasers and asides,
 *   headings, prose; and, on a recipe page, anything outside the ingredient
 *   list and the name.
 * A short block outside all of these on a page with no recipe (a product
 * listing whose tiles show no price, a plain list) stays a choice: K2 Lens
 * would rather badge a product title than miss it.
 *
 * DOM reads are remembered per element (an ancestor's flags, a repeated item's
 * signature, a tile's price), so a page of 20,000 tiles costs a few reads a
 * block.
 */
import { lineKey, showsKey } from './lines';

export type Region = 'choice' | 'text' | 'chrome';

/** What the page's structured data says, to recognise its lines and names. */
export interface RegionInputs {
  /** Keys (lineKey) of the structured recipe's ingredient lines; empty when the page has no recipe. */
  recipeKeys: ReadonlySet<string>;
  /** Key of the structured recipe's name. */
  recipeName?: string;
  /** Keys of the structured products' names. */
  productNames: ReadonlySet<string>;
}

export interface PageRegions {
  /** The region of a block (an element and the text of its inline content). */
  regionOf(block: Element, text: string): Region;
  /** Forgets what was learnt about the page (a single-page app navigation). */
  reset(): void;
}

/** Ancestor flags (bits). */
const CHROME = 1;
const TEXT = 2;
const INGREDIENTS = 4;
const HEADING = 8;
const ARTICLE = 16;
const PRODUCT = 32;
const H1 = 64;
const SITE_BAND = 128;

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
const INGREDIENT_HEADING =
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
 * Class-name and id words, and each pair of neighbours joined: "wprm-recipe-ingredients" → wprm,
 * recipe, ingredients, wprmrecipe, recipeingredients ("tag-cloud" → tagcloud, "mega-menu" → megamenu).
 */
function wordsOf(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.id ?? '';
  // Test ids and names name what an element is as often as classes do ("ingredients-metric").
  const more =
    el.getAttribute('data-testid') ?? el.getAttribute('data-test') ?? el.getAttribute('name') ?? '';
  if (!cls && !id && !more) return [];
  const out: string[] = [];
  for (const name of `${cls} ${id} ${more}`.split(/\s+/)) {
    if (TAXONOMY.test(name) && !/^tag[-_]?(?:cloud|list)$/i.test(name)) continue;
    const words = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z]+/)
      .filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      out.push(words[i] as string);
      if (i > 0) out.push(`${words[i - 1]}${words[i]}`);
    }
  }
  return out;
}

/** The flags an element adds itself (not counting its ancestors). */
function ownFlags(el: Element): number {
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
  let named = 0;
  for (const w of wordsOf(el)) {
    if (INGREDIENT_WORDS.has(w)) named |= INGREDIENTS;
    else if (CHROME_WORDS.has(w)) named |= CHROME;
    else if (TEXT_WORDS.has(w)) named |= TEXT;
    else if (GROUP_HEADINGS.has(w)) f |= HEADING;
  }
  // A class word on an element that holds the page's heading names a layout wrapper
  // ("content-sidebar", "has-breadcrumbs"), not the landmark it would be.
  if (named !== 0 && el.querySelector('h1') === null) f |= named;
  return f;
}

/** A price as shops write it: a currency next to an amount. */
const PRICE =
  /(?:[£$€¥₩₽₺₴₹₪]|\b(?:kr|zł|zl|Kč|Kc|Ft|лв|руб|р|lei|CHF|EUR|USD|GBP|PLN|CZK|SEK|NOK|DKK|HUF|RON|BGN|RUB|TL)\.?)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[£$€¥₩₽₺₴₹円원元]|(?:kr|zł|zl|Kč|Ft|лв|руб|lei|CHF|EUR|TL)(?![\p{L}]))/u;

/** Whether a text shows a price. */
export function showsPrice(text: string): boolean {
  return PRICE.test(text);
}

/** A line that starts with an amount ("50g butter", "½ cup…", "2 EL…"). */
const AMOUNT_FIRST = /^[\d½¼¾⅓⅔⅛⅜⅝⅞]/;

/** How far above a block a product tile may start, and how much text a tile may hold. */
const TILE_LEVELS = 6;
const TILE_TEXT = 1500;
/** Siblings of the same kind that make an item a repeated one. */
const REPEATS = 3;
/** A block longer than this is not a title. */
const TITLE_CHARS = 200;
/** A heading this long, or with a digit, on a page with no recipe reads as a product's name. */
const NAME_CHARS = 24;

/** Sentences: a full stop followed by another sentence, or a longer text ending with one. */
export function isProse(text: string): boolean {
  const t = text.trim();
  return /[.!?]\s+\p{Lu}/u.test(t) || (t.length > 48 && /[.!?]$/.test(t)) || t.length > TITLE_CHARS;
}

export function pageRegions(doc: Document, inputs: () => RegionInputs): PageRegions {
  let flagsOf = new WeakMap<Element, number>();
  /** Item signature counts per parent: how many children share each signature. */
  let signatures = new WeakMap<Element, Map<string, number>>();
  /** Repeated items known to be product tiles (or known not to be). */
  let tiles = new WeakMap<Element, boolean>();
  let storePage: boolean | undefined;
  let ingredientList: boolean | undefined;

  /** Whether a list or table follows a heading that names ingredients ("<h2>Ingredients</h2><ul>…"). */
  const headedByIngredients = (el: Element): boolean => {
    const tag = el.tagName;
    if (tag !== 'UL' && tag !== 'OL' && tag !== 'TABLE' && tag !== 'DL') return false;
    const before = el.previousElementSibling;
    const text = (before?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text.length > 0 && text.length <= 60 && INGREDIENT_HEADING.test(text);
  };

  /**
   * The flags of an element and all its ancestors (remembered per element). Of an ingredient list and a
   * text region the nearest wins: method steps inside a recipe box that names its ingredients are text,
   * an ingredient list inside an article's "summary" is ingredients.
   */
  const flags = (el: Element | null): number => {
    if (!el || el === doc.body || el === doc.documentElement) return 0;
    let f = flagsOf.get(el);
    if (f === undefined) {
      const own = ownFlags(el) | (headedByIngredients(el) ? INGREDIENTS : 0);
      const inherited = flags(el.parentElement);
      f = own | (own & (INGREDIENTS | TEXT) ? inherited & ~(INGREDIENTS | TEXT) : inherited);
      flagsOf.set(el, f);
    }
    return f;
  };

  /** Whether the page shows an ingredient list (by schema.org or by its class), with or without a structured recipe. */
  const hasIngredientList = (): boolean => {
    ingredientList ??=
      doc.body?.querySelector(
        '[itemprop="recipeIngredient"], [itemprop="ingredients"], [class*="ingredient" i], [id*="ingredient" i], [class*="zutat" i], [class*="ingredien" i]',
      ) != null;
    return ingredientList;
  };

  const signature = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

  /** Whether `item` is one of REPEATS or more siblings of the same tag and classes. */
  const repeated = (item: Element): boolean => {
    const parent = item.parentElement;
    if (!parent || parent.childElementCount < REPEATS) return false;
    let counts = signatures.get(parent);
    if (!counts) {
      counts = new Map();
      for (const child of parent.children) {
        const s = signature(child);
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      signatures.set(parent, counts);
    }
    return (counts.get(signature(item)) ?? 0) >= REPEATS;
  };

  /** The product tile a block is in: a repeated item (or a schema.org Product) that shows a price. */
  const tileOf = (block: Element): Element | undefined => {
    let el: Element | null = block;
    for (let level = 0; el && level <= TILE_LEVELS && el !== doc.body; level++, el = el.parentElement) {
      const known = tiles.get(el);
      if (known !== undefined) {
        if (known) return el;
        continue;
      }
      const product = (ownFlags(el) & PRODUCT) !== 0;
      if (!product && !repeated(el)) continue;
      const text = el.textContent ?? '';
      const tile = text.length <= TILE_TEXT && showsPrice(text);
      tiles.set(el, tile);
      if (tile) return el;
    }
    return undefined;
  };

  /** Whether the page is a shop's: structured products, or at least three priced tiles. */
  const isStorePage = (): boolean => {
    if (storePage !== undefined) return storePage;
    storePage = inputs().productNames.size > 0;
    if (!storePage && doc.body) {
      const walker = doc.createTreeWalker(doc.body, 4);
      let found = 0;
      let seen = 0;
      for (let n = walker.nextNode(); n && seen < 50_000; n = walker.nextNode(), seen++) {
        const text = n.nodeValue ?? '';
        if (text.length > 40 || !showsPrice(text) || !n.parentElement) continue;
        if (tileOf(n.parentElement) && ++found >= REPEATS) {
          storePage = true;
          break;
        }
      }
    }
    return storePage;
  };

  const regionOf = (block: Element, raw: string): Region => {
    const f = flags(block);
    const { recipeKeys, recipeName, productNames } = inputs();
    // As shown: pages indent their markup, and a block's text keeps the indentation.
    const text = raw.replace(/\s+/g, ' ').trim();
    const key = lineKey(text);
    // Ingredient lines: a line of the structured recipe, or a line of an ingredient list (not its group
    // headings, "For the frosting:", nor the notes a blog writes about each ingredient).
    if (recipeKeys.size > 0 && showsKey(key, recipeKeys)) return 'choice';
    // A shop's product page lists the product's ingredients ("Ingredients: milk, salt…"): they are not what
    // the shopper chooses; a recipe on a shop's page has lines that start with an amount.
    const shop = recipeKeys.size === 0 && isStorePage();
    if (f & INGREDIENTS && !(f & CHROME) && (!shop || AMOUNT_FIRST.test(text)))
      return f & HEADING || text.endsWith(':') || isProse(text) ? 'text' : 'choice';
    const recipe = recipeKeys.size > 0 || (!shop && hasIngredientList());
    // The recipe's or the product's name.
    if (key && (key === recipeName || productNames.has(key))) return 'choice';
    if (f & CHROME) return 'chrome';
    // The site's own header and footer (an article's header holds its title).
    if (f & SITE_BAND && !(f & ARTICLE)) return 'chrome';
    const tile = tileOf(block);
    if (tile && text.length <= TITLE_CHARS && !(f & TEXT)) return 'choice';
    if (f & HEADING) {
      // A recipe's section headings and teasers; on a shop's page a heading with a quantity or a
      // long one is a product's name ("Gouda jung 400 g"), a short one a section ("Käse").
      if (recipe || f & TEXT) return 'text';
      return (text.length > NAME_CHARS && !isProse(text)) || /\d/.test(text) ? 'choice' : 'text';
    }
    if (f & (TEXT | SITE_BAND)) return 'text';
    if (isProse(text)) return 'text';
    if (recipe) return 'text';
    // A short block outside any known structure: a title on a page whose tiles show no price.
    return isStorePage() && !tile ? 'text' : 'choice';
  };

  return {
    regionOf,
    reset() {
      flagsOf = new WeakMap();
      signatures = new WeakMap();
      tiles = new WeakMap();
      storePage = undefined;
      ingredientList = undefined;
    },
  };
}
