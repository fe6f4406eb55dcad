/**
 * The page scan of the content script: structured data first, then one
 * TreeWalker pass over the text nodes.
 *
 * Text is matched per *block run*: the text nodes of consecutive inline
 * content under one block element, joined ("Old Amsterdam <b>Gouda</b> 48+ 400g"
 * is one title). Text under script, style, noscript, template, textarea, input,
 * select, code, pre, kbd, samp, svg, math, iframe, object, canvas,
 * [contenteditable], [hidden] and our own [data-k2lens] elements is skipped.
 * The walk feeds each text node to the matcher's streaming pre-filter (no
 * string is built, no ancestor is read); only around a node where a food term
 * may end does it read ancestors, join the block run, check it is not skipped
 * content, match it, and map each mention back to the text node and offset
 * where it ends.
 *
 * Recipe rule (no double counting): when the page has a structured recipe
 * (JSON-LD or microdata), the recipe's foods are the mentions of its
 * ingredient lines (`source: 'jsonld'`, `line` = index into
 * `recipe.ingredients`). A visible block whose text is one of those lines
 * (same letters) lends its DOM position to the line's mention of the same food
 * instead of adding a text mention. Every other text mention (article text,
 * product tiles, an ingredient list that differs from the JSON-LD) is reported
 * once per block and food with `source: 'text'` and no `line`.
 */

import type { Portion } from '../data/types';
import { foldString, getMatcher, LINE_BREAK, type Matcher, type Mention } from '../match/index';
import { gramsForMentions } from '../nutrition/quantity';
import { extractStructuredData, type ProductData, type RecipeData } from './jsonld';

export interface PageMention {
  text: string;
  foodId: string;
  grams?: number;
  source: 'jsonld' | 'text';
  /** Index into `recipe.ingredients` for mentions of the recipe's ingredient lines. */
  line?: number;
  /** The block element of the visible text (for the badge). */
  block?: Element;
  /** The text node and offset where the visible match ends (the badge goes right after). */
  endNode?: Text;
  endOffset?: number;
}

export interface PageScan {
  recipe?: RecipeData;
  products: ProductData[];
  mentions: PageMention[];
  /** The language the text was matched in (from the page, or the option). */
  lang?: string;
}

export interface ScanOptions {
  /** Language of the page (default: `<html lang>`, then `og:locale`, then `content-language`). */
  lang?: string;
  /** Household measures of a food, for grams from volumes and slices (masses need none). */
  portionsOf?: (foodId: string) => readonly Portion[];
  matcher?: Matcher;
  /** Read microdata when there is no JSON-LD recipe or product (default true; a tool that knows there is none can skip the query). */
  microdata?: boolean;
}

/** A mention in a block run, with the DOM position of its end. */
export interface BlockMention extends Mention {
  endNode: Text;
  endOffset: number;
}

export interface BlockMatch {
  block: Element;
  /** The joined text of the run (offsets of `mentions` index it). */
  text: string;
  mentions: BlockMention[];
}

const SHOW_TEXT = 4;

/** Subtrees whose text is not page content. */
const SKIP_SELECTOR =
  'script,style,noscript,template,textarea,select,input,code,pre,kbd,samp,svg,math,iframe,object,canvas,' +
  '[contenteditable]:not([contenteditable="false"]),[data-k2lens],[hidden]';
/** The same, for the inline elements between a text node and its block. */

/** Inline elements: their text joins the enclosing block's. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'output',
]);

/** The page's language: `<html lang>`, `og:locale`, `content-language`. */
export function pageLanguage(doc: Document): string | undefined {
  const html = doc.documentElement?.getAttribute('lang')?.trim();
  if (html) return html;
  const og = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.trim();
  if (og) return og;
  return (
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.trim() || undefined
  );
}

/** Elements whose text (or whose inline descendants' text) is not page content. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'optgroup',
  'input',
  'code',
  'pre',
  'kbd',
  'samp',
  'iframe',
  'object',
  'canvas',
]);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Containers that can hold whole blocks of skipped content above a block (one native test per hit). */
const SKIP_ABOVE =
  'pre,noscript,svg,math,[contenteditable]:not([contenteditable="false"]),[hidden],[data-k2lens]';

/**
 * The block of a text node (its nearest non-inline ancestor), or null when
 * the node is in skipped content. Only called around pre-filter hits.
 */
function blockOfText(node: Node): Element | null {
  let el = node.parentElement;
  while (el !== null) {
    if (el.namespaceURI !== HTML_NS) return null; // svg, math
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) return null;
    if (!INLINE.has(tag)) break;
    if (el.hasAttribute('data-k2lens') || el.hasAttribute('hidden')) return null;
    el = el.parentElement;
  }
  if (el === null || el.closest(SKIP_ABOVE) !== null) return null;
  return el;
}

/** The block of a text node without the skip checks (for run membership). */
function plainBlockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el !== null && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/**
 * Scans the text under `root` (a document, an element, or a text node added
 * later) and returns the block runs with food mentions.
 *
 * The walk reads each text node once and feeds it to the pre-filter on its
 * own; it looks at a node's ancestors only when the node ends inside a term of
 * several words (to carry the term into the next node of the same block) or
 * when the pre-filter hits. A hit gathers the node's block run (the text nodes
 * before and after it under the same block), checks that it is not in skipped
 * content, matches it, and the walk goes on after the run.
 */
export function scanBlocks(
  root: Node,
  matcher: Matcher = getMatcher(),
  options: { lang?: string } = {},
): BlockMatch[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  const out: BlockMatch[] = [];
  if (root.nodeType === 3) {
    // A single text node: scan its block.
    const parent = root.parentElement;
    return parent ? scanBlocks(blockOf(parent), matcher, options) : out;
  }
  if (root.nodeType === 1 && (root as Element).closest(SKIP_SELECTOR)) return out;
  if ((doc as Document).designMode === 'on') return out; // an editable document
  const lang = options.lang;
  const pre = matcher.prefilter(lang);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const side = doc.createTreeWalker(root, SHOW_TEXT);
  let prev: Node | null = null;
  let carry = false;
  let node = walker.nextNode();
  while (node) {
    if (carry && prev !== null && plainBlockOf(prev) !== plainBlockOf(node)) carry = false;
    const data = (node as Text).data;
    const verdict = pre.test(data, carry);
    // A term that starts and ends in this node: if the node alone names no food
    // (a false friend, a vegan imitation, a tool), its neighbours cannot make it one.
    const alone = verdict === 1 && !carry ? matcher.find(data, { lang }) : undefined;
    if (verdict === 1 && alone?.length !== 0) {
      const block = blockOfText(node);
      let last: Node = node;
      if (block) {
        // The block run: text nodes of the same block before and after this one
        // (`contains` first: it answers for a node of another block without
        // reading its ancestors).
        const sameRun = (n: Node) => block.contains(n) && plainBlockOf(n) === block;
        const nodes: Text[] = [node as Text];
        if (prev !== null && sameRun(prev)) {
          side.currentNode = node;
          for (let p = side.previousNode(); p && sameRun(p); p = side.previousNode())
            nodes.unshift(p as Text);
        }
        side.currentNode = node;
        for (let n = side.nextNode(); n && sameRun(n); n = side.nextNode()) {
          nodes.push(n as Text);
          last = n;
        }
        const match =
          nodes.length === 1 && alone
            ? blockMatchOf(block, data, [0], nodes, alone)
            : matchRun(block, nodes, matcher, lang);
        if (match) out.push(match);
      }
      walker.currentNode = last;
      prev = null;
      carry = false;
    } else {
      carry = verdict === 2;
      prev = node;
    }
    node = walker.nextNode();
  }
  return out;
}

/** The block element of an element (itself or its nearest non-inline ancestor). */
function blockOf(el: Element): Element {
  let b: Element = el;
  while (INLINE.has(b.localName) && b.parentElement) b = b.parentElement;
  return b;
}

function matchRun(
  block: Element,
  nodes: readonly Text[],
  matcher: Matcher,
  lang?: string,
): BlockMatch | undefined {
  let text = '';
  const starts: number[] = [];
  for (const n of nodes) {
    if (text && (n.previousSibling as Element | null)?.localName === 'br') text += LINE_BREAK;
    starts.push(text.length);
    text += n.data;
  }
  if (!text.trim()) return undefined;
  return blockMatchOf(block, text, starts, nodes, matcher.find(text, { lang }));
}

/** A block run's mentions with the text node and offset where each ends. */
function blockMatchOf(
  block: Element,
  text: string,
  starts: readonly number[],
  nodes: readonly Text[],
  found: readonly Mention[],
): BlockMatch | undefined {
  if (found.length === 0) return undefined;
  const mentions: BlockMention[] = [];
  for (const m of found) {
    // The node holding the last character of the match.
    let i = starts.length - 1;
    while (i > 0 && (starts[i] as number) >= m.end) i--;
    const node = nodes[i] as Text;
    const offset = Math.min(m.end - (starts[i] as number), node.data.length);
    mentions.push({ ...m, endNode: node, endOffset: offset });
  }
  return { block, text, mentions };
}

/** Scans nodes added to the page (e.g. by a MutationObserver); each is scanned once. */
export function scanAddedNodes(
  nodes: Iterable<Node>,
  matcher: Matcher = getMatcher(),
  options: { lang?: string } = {},
): BlockMatch[] {
  const roots: Node[] = [];
  for (const n of nodes) {
    if (n.nodeType !== 1 && n.nodeType !== 3) continue;
    const target = n.nodeType === 3 && n.parentElement ? blockOf(n.parentElement) : n;
    if (roots.some((r) => r === target || r.contains(target))) continue;
    for (let i = roots.length - 1; i >= 0; i--) if (target.contains(roots[i] as Node)) roots.splice(i, 1);
    roots.push(target);
  }
  return roots.flatMap((r) => scanBlocks(r, matcher, options));
}

/** Letters only, folded: the key that says a visible block shows an ingredient line. */
export function lineKey(text: string): string {
  return foldString(text).replace(/[^a-z]/g, '');
}

/** Index of the ingredient line a block's text shows, if any. */
function lineOfBlock(
  blockKey: string,
  keys: readonly string[],
  food: string,
  lineFoods: readonly Set<string>[],
): number {
  let best = -1;
  let bestScore = 0;
  keys.forEach((key, i) => {
    if (!key || !lineFoods[i]?.has(food)) return;
    let score = 0;
    if (key === blockKey) score = 1;
    else if (blockKey.includes(key)) score = key.length / blockKey.length;
    else if (key.includes(blockKey)) score = blockKey.length / key.length;
    if (score >= 0.6 && score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Grams of mentions in a block's text, each from its own visual line (split where a <br> was). */
function gramsByLine(
  text: string,
  mentions: readonly Mention[],
  portionsOf: (foodId: string) => readonly Portion[],
): (number | undefined)[] {
  if (!text.includes(LINE_BREAK)) return gramsForMentions(text, mentions, portionsOf);
  const out: (number | undefined)[] = new Array(mentions.length).fill(undefined);
  let from = 0;
  for (const seg of text.split(LINE_BREAK)) {
    const to = from + seg.length;
    const idx = mentions.map((m, i) => (m.start >= from && m.end <= to ? i : -1)).filter((i) => i >= 0);
    if (idx.length) {
      const local = idx.map((i) => {
        const m = mentions[i] as Mention;
        return { ...m, start: m.start - from, end: m.end - from };
      });
      gramsForMentions(seg, local, portionsOf).forEach((g, k) => {
        out[idx[k] as number] = g;
      });
    }
    from = to + 1;
  }
  return out;
}

/** Scans a page: structured data, recipe lines, and visible text (see the recipe rule above). */
export function scanPage(doc: Document, options: ScanOptions = {}): PageScan {
  const matcher = options.matcher ?? getMatcher();
  const lang = options.lang ?? pageLanguage(doc);
  const portionsOf = options.portionsOf ?? (() => []);
  const data = extractStructuredData(doc, options.microdata ?? true);
  const mentions: PageMention[] = [];

  // Recipe lines: one mention per line and food.
  const lineMentions = new Map<string, PageMention>();
  const lineFoods: Set<string>[] = [];
  data.recipe?.ingredients.forEach((line, i) => {
    const found = matcher.find(line, { lang });
    const grams = gramsForMentions(line, found, portionsOf);
    const foods = new Set<string>();
    found.forEach((m, k) => {
      const key = `${i}|${m.foodId}`;
      const g = grams[k];
      const existing = lineMentions.get(key);
      if (existing) {
        if (g !== undefined) existing.grams = Math.round(((existing.grams ?? 0) + g) * 10) / 10;
        return;
      }
      const pm: PageMention = {
        text: m.text,
        foodId: m.foodId,
        source: 'jsonld',
        line: i,
        ...(g !== undefined ? { grams: g } : {}),
      };
      lineMentions.set(key, pm);
      mentions.push(pm);
      foods.add(m.foodId);
    });
    lineFoods[i] = foods;
  });

  // Products of the structured data.
  const productMentions: PageMention[] = [];
  for (const p of data.products) {
    const found = matcher.find(p.name, { lang });
    const grams = gramsForMentions(p.name, found, portionsOf);
    const seen = new Set<string>();
    found.forEach((m, k) => {
      if (seen.has(m.foodId)) return;
      seen.add(m.foodId);
      const g = k === 0 && p.grams !== undefined ? p.grams : grams[k];
      const pm: PageMention = {
        text: m.text,
        foodId: m.foodId,
        source: 'jsonld',
        ...(g !== undefined ? { grams: g } : {}),
      };
      productMentions.push(pm);
      mentions.push(pm);
    });
  }

  // Visible text.
  const root = doc.body ?? doc.documentElement;
  const blocks = root ? scanBlocks(root, matcher, lang ? { lang } : {}) : [];
  const lineKeys = data.recipe?.ingredients.map(lineKey) ?? [];
  const productKeys = data.products.map((p) => lineKey(p.name));
  const linked = new Set<PageMention>();
  for (const b of blocks) {
    const key = lineKey(b.text);
    const grams = gramsByLine(b.text, b.mentions, portionsOf);
    const seen = new Set<string>();
    b.mentions.forEach((m, k) => {
      if (seen.has(m.foodId)) return;
      seen.add(m.foodId);
      const position = { block: b.block, endNode: m.endNode, endOffset: m.endOffset };
      const li = lineKeys.length ? lineOfBlock(key, lineKeys, m.foodId, lineFoods) : -1;
      const lm = li >= 0 ? lineMentions.get(`${li}|${m.foodId}`) : undefined;
      if (lm && !linked.has(lm)) {
        linked.add(lm);
        Object.assign(lm, position);
        return;
      }
      if (lm) return; // the same line shown twice (e.g. a print view): counted once
      const pm = productMentions.find(
        (p) =>
          p.foodId === m.foodId &&
          !linked.has(p) &&
          productKeys.some((pk) => pk && (pk === key || key.includes(pk))),
      );
      if (pm) {
        linked.add(pm);
        Object.assign(pm, position);
        return;
      }
      const g = grams[k];
      mentions.push({
        text: m.text,
        foodId: m.foodId,
        source: 'text',
        ...position,
        ...(g !== undefined ? { grams: g } : {}),
      });
    });
  }
  return {
    ...(data.recipe ? { recipe: data.recipe } : {}),
    products: data.products,
    mentions,
    ...(lang ? { lang } : {}),
  };
}
