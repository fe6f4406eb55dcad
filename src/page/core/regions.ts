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
import { lineKey } from '../../match/text-norm';
import { showsKey } from '../lines';
import {
  ARTICLE,
  CHROME,
  HEADING,
  INGREDIENT_HEADING,
  INGREDIENTS,
  ownFlags,
  PRODUCT,
  SITE_BAND,
  TEXT,
} from './region-marks';

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
  /** The product tile a block is in: a repeated item (or a schema.org Product) that shows a price. */
  tileOf(block: Element): Element | undefined;
  /** Forgets what was learnt about the page (a single-page app navigation). */
  reset(): void;
}

/**
 * A price as shops write it: a currency next to an amount, with any white space between them (a tile's
 * text keeps its markup's indentation: "5,19 </span>\n      <span>лв.").
 */
const PRICE =
  /(?:[£$€¥₩₽₺₴₹₪]|\b(?:kr|zł|zl|Kč|Kc|Ft|лв|руб|р|lei|CHF|EUR|USD|GBP|PLN|CZK|SEK|NOK|DKK|HUF|RON|BGN|RUB|TL)\.?)\s*\d|\d(?:[.,]\d{1,2})?\s*(?:[£$€¥₩₽₺₴₹円원元]|(?:kr|zł|zl|Kč|Ft|лв|руб|lei|CHF|EUR|TL)(?![\p{L}]))/u;

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
/** Up to this many children, a parent's repeated children are counted without remembering their signatures. */
const FEW_CHILDREN = 16;
/**
 * The children of a long list whose signatures are counted (once per list); an item further on is repeated when
 * enough of its NEIGHBOURS on each side share its signature.
 */
const SAMPLE_CHILDREN = 256;
const NEIGHBOURS = 4;
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
  let ownOf = new WeakMap<Element, number>();
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

  /** ownFlags of an element, remembered (the tile search and the flags both ask). */
  const selfFlags = (el: Element): number => {
    let f = ownOf.get(el);
    if (f === undefined) {
      f = ownFlags(el);
      ownOf.set(el, f);
    }
    return f;
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
      const own = selfFlags(el) | (headedByIngredients(el) ? INGREDIENTS : 0);
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

  /** An item's signature: its tag and class attribute. */
  const signatureOf = (tag: string, cls: string) => `${tag} ${cls}`;
  const signature = (el: Element) => signatureOf(el.tagName, el.getAttribute('class') ?? '');
  /** Whether `el` has the tag and class attribute of a signature's parts (no string made: a tile asks for eight). */
  const sameKind = (el: Element, tag: string, cls: string) =>
    el.tagName === tag && (el.getAttribute('class') ?? '') === cls;

  /** Whether `item` is one of REPEATS or more siblings of the same tag and classes. */
  const repeated = (item: Element): boolean => {
    const parent = item.parentElement;
    if (!parent || parent.childElementCount < REPEATS) return false;
    if (parent.childElementCount <= FEW_CHILDREN) {
      // The parts of a tile (image, name, price…): counted directly, nothing to remember per tile.
      const tag = item.tagName;
      const cls = item.getAttribute('class') ?? '';
      let same = 0;
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling)
        if (sameKind(c, tag, cls) && ++same >= REPEATS) return true;
      return false;
    }
    let counts = signatures.get(parent);
    if (!counts) {
      // The signatures of the first SAMPLE_CHILDREN children (a grid of 20,000 tiles: its first rows).
      counts = new Map();
      let n = 0;
      for (let c = parent.firstElementChild; c && n < SAMPLE_CHILDREN; c = c.nextElementSibling, n++) {
        const s = signature(c);
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      signatures.set(parent, counts);
    }
    const tag = item.tagName;
    const cls = item.getAttribute('class') ?? '';
    if ((counts.get(signatureOf(tag, cls)) ?? 0) >= REPEATS) return true;
    if (parent.childElementCount <= SAMPLE_CHILDREN) return false;
    // Further on in a long list: like its neighbours.
    let same = 1;
    for (let c = item.previousElementSibling, k = 0; c && k < NEIGHBOURS; c = c.previousElementSibling, k++)
      if (sameKind(c, tag, cls) && ++same >= REPEATS) return true;
    for (let c = item.nextElementSibling, k = 0; c && k < NEIGHBOURS; c = c.nextElementSibling, k++)
      if (sameKind(c, tag, cls) && ++same >= REPEATS) return true;
    return false;
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
      const product = (selfFlags(el) & PRODUCT) !== 0;
      if (!product && !repeated(el)) {
        // Remembered too: every title of a tile asks about the same few ancestors.
        tiles.set(el, false);
        continue;
      }
      // As shown (white space collapsed); a copy of the text only to measure a long one.
      const text = el.textContent ?? '';
      const tile =
        (text.length <= TILE_TEXT || text.replace(/\s+/g, ' ').length <= TILE_TEXT) && showsPrice(text);
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
    // The key, only where structured data has lines or names to compare it with (a page without costs nothing).
    const key = recipeKeys.size > 0 || recipeName || productNames.size > 0 ? lineKey(text) : '';
    // Ingredient lines: a line of the structured recipe, or a line of an ingredient list (not its group
    // headings, "For the frosting:", nor the notes a blog writes about each ingredient).
    if (recipeKeys.size > 0 && showsKey(key, recipeKeys)) return 'choice';
    // A shop's product page lists the product's ingredients ("Ingredients: milk, salt…"): they are not what
    // the shopper chooses; a recipe on a shop's page has lines that start with an amount.
    const shop = recipeKeys.size === 0 && isStorePage();
    if (f & INGREDIENTS && !(f & CHROME) && (!shop || AMOUNT_FIRST.test(text)))
      return f & HEADING || text.endsWith(':') || isProse(text) ? 'text' : 'choice';
    const recipe = recipeKeys.size > 0 || (!shop && hasIngredientList());
    // Menus and breadcrumbs, even where they repeat the product's name (its breadcrumb's last step).
    if (f & CHROME) return 'chrome';
    // The recipe's or the product's name.
    if (key && (key === recipeName || productNames.has(key))) return 'choice';
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
    tileOf,
    reset() {
      flagsOf = new WeakMap();
      ownOf = new WeakMap();
      signatures = new WeakMap();
      tiles = new WeakMap();
      storePage = undefined;
      ingredientList = undefined;
    },
  };
}
