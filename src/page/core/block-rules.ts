/**
 * How the page walk sees an element (./blocks.ts): skipped (not page prose:
 * scripts, styles, form fields, editable content, code, SVG, hidden subtrees,
 * K2 Lens's own elements), inline (its text flows in its block's text), or a
 * block; and the language a page declares.
 */
/** Elements whose subtree is never scanned. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'svg',
  'MATH',
  'math',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'K2LENS-BADGE',
  'K2LENS-TOOLTIP',
  'K2LENS-RECIPE',
]);

/** Elements that flow inside a block's text. */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
]);

/** Attributes that exclude an element's subtree (checked natively with one selector). */
export const SKIP_ATTRS = '[hidden],[aria-hidden="true"],[contenteditable],[data-k2lens]';

/**
 * What `closest()` looks for above a text: a language, a skipping attribute or
 * a skipped element that can hold blocks of text (a noscript does where the
 * page was parsed without scripts, as by the scan tool). The other skipped
 * elements hold only text or inline content (script, style, textarea, title,
 * kbd…) and are caught on the way from the text to its block.
 */
export const ANCESTRY = `[lang],${SKIP_ATTRS},button,select,option,svg,math,pre,code,noscript,object,video,audio,canvas`;

/** Whether an element matched by SKIP_ATTRS or ANCESTRY is skipped itself (not just a language holder). */
export function skippedItself(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (
    el.hasAttribute('data-k2lens') ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true'
  )
    return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName) || (el.matches(SKIP_ATTRS) && skippedItself(el));
}

/** The page's language: `<html lang>`, else the `og:locale` or `content-language` of its head. */
export function pageLanguage(doc: Document): string | undefined {
  const html = doc.documentElement?.getAttribute('lang')?.trim();
  if (html) return html;
  const head = doc.head ?? doc;
  const og = head.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.trim();
  if (og) return og;
  return (
    head.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.trim() || undefined
  );
}

/** The block an element's text belongs to: itself, or its nearest non-inline ancestor. */
export function blockOf(el: Element): Element {
  let cur: Element = el;
  while (INLINE_TAGS.has(cur.tagName) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

/** Whether a node sits in a subtree the walk skips (for nodes added later). */
export function insideSkipped(node: Node): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    if (isSkipped(el)) return true;
    el = el.parentElement;
  }
  return false;
}
