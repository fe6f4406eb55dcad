/**
 * The page walk: one TreeWalker pass over text, grouped into blocks (a
 * product title, an ingredient line: the text of an element's inline
 * children joined, so "Old Amsterdam <b>Gouda</b> 48+" is one text), each
 * matched once, with every mention mapped back to the text node where it ends.
 * Skips what is not page prose (scripts, styles, form fields, editable
 * content, code, SVG, hidden subtrees and K2 Lens's own elements). Work is cut
 * into time-bounded steps; open shadow roots found on the way are walked too.
 */
import { LINE_BREAK } from '../match/fold';
import type { CursorOptions, ScanCursor } from './detector';

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

/** Blocks longer than this are not product titles or ingredient lines: they are skipped. */
export const MAX_BLOCK_CHARS = 20_000;

/** A piece of block text: the text node and where its text starts in the block's text. */
export interface Piece {
  node: Text;
  offset: number;
}

export interface Block {
  element: Element;
  text: string;
  pieces: Piece[];
}

function isSkipped(el: Element): boolean {
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

/**
 * Walks `roots` (elements, text nodes, documents or shadow roots) and hands
 * each fresh block with text to `onBlock`, until the deadline.
 */
export class BlockWalker implements ScanCursor {
  private readonly pending: Node[];
  private walker: TreeWalker | null = null;
  private current: { element: Element; pieces: Piece[]; text: string } | null = null;
  private readonly seenRoots = new WeakSet<Node>();
  private finished = false;

  constructor(
    roots: Node[],
    private readonly options: CursorOptions,
    private readonly onBlock: (block: Block, out: unknown[]) => void,
  ) {
    this.pending = [...roots].reverse();
  }

  get done(): boolean {
    return this.finished;
  }

  next<T>(deadline: number): T[] {
    const out: T[] = [];
    let steps = 0;
    while (!this.finished) {
      if (!this.walker && !this.openNext()) {
        this.flush(out);
        this.finished = true;
        break;
      }
      const node = (this.walker as TreeWalker).nextNode();
      if (!node) {
        this.flush(out);
        this.walker = null;
        continue;
      }
      if (node.nodeType === 3) {
        this.addText(node as Text, out);
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !this.seenRoots.has(shadow)) {
          this.seenRoots.add(shadow);
          this.options.onShadowRoot(shadow);
          this.pending.push(shadow);
        }
      }
      if ((++steps & 127) === 0 && performance.now() >= deadline) break;
    }
    return out;
  }

  private openNext(): boolean {
    while (this.pending.length > 0) {
      const root = this.pending.pop() as Node;
      if (!root.isConnected) continue;
      if (root.nodeType === 3) {
        if (!insideSkipped(root)) {
          const parent = root.parentElement;
          // A changed or added text node: rescan its whole block.
          if (parent) this.pending.push(blockOf(parent));
        }
        continue;
      }
      if (root.nodeType === 1) {
        if (insideSkipped(root)) continue;
        // An inline element added inside a block: scan the whole block, so the text stays whole.
        const el = root as Element;
        const start = INLINE_TAGS.has(el.tagName) ? blockOf(el) : el;
        this.walker = this.createWalker(start);
        this.flushOnNewRoot();
        return true;
      }
      if (root.nodeType === 9 || root.nodeType === 11) {
        const start =
          root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
        if (!start) continue;
        this.walker = this.createWalker(start);
        this.flushOnNewRoot();
        return true;
      }
    }
    return false;
  }

  private flushOnNewRoot(): void {
    this.current = null;
  }

  private createWalker(root: Node): TreeWalker {
    const doc = root.ownerDocument ?? (root as Document);
    return doc.createTreeWalker(root, 0x1 | 0x4, {
      acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element) ? 2 : 1),
    });
  }

  private addText(node: Text, out: unknown[]): void {
    const data = node.data;
    if (data.length === 0) return;
    const parent = node.parentElement;
    if (!parent) return;
    const block = INLINE_TAGS.has(parent.tagName) ? blockOf(parent) : parent;
    const cur = this.current;
    if (cur && cur.element === block) {
      // Lines of one block split by <br> ("- 80 g de beurre<br>- 20 cl de vin") stay apart.
      if (node.previousSibling?.nodeName === 'BR') cur.text += LINE_BREAK;
      cur.pieces.push({ node, offset: cur.text.length });
      cur.text += data;
      return;
    }
    this.flush(out);
    this.current = { element: block, pieces: [{ node, offset: 0 }], text: data };
  }

  private flush(out: unknown[]): void {
    const cur = this.current;
    this.current = null;
    if (!cur) return;
    // A product title or an ingredient list is short; a longer block is prose or data, not matched.
    if (cur.text.length > MAX_BLOCK_CHARS) return;
    if (!/\p{L}/u.test(cur.text)) return;
    if (!this.options.isFresh(cur.element, cur.text)) return;
    this.options.markScanned(cur.element, cur.text);
    this.onBlock({ element: cur.element, text: cur.text, pieces: cur.pieces }, out);
  }
}

/** The text node (and offset in it) holding the character before `end` in a block's text. */
export function pieceAt(pieces: readonly Piece[], end: number): { node: Text; offset: number } | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  const target = Math.max(0, end - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid] as Piece).offset <= target) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  return piece ? { node: piece.node, offset: end - piece.offset } : undefined;
}

const CHROME_SELECTOR =
  'nav, header, footer, h1, [role="navigation"], [role="menu"], [role="menubar"], [role="banner"], [role="tab"]';

/**
 * Whether a block is page chrome (navigation, headers, the page heading): a
 * food named there only in general ("Cheese & fermented foods") gets no badge.
 */
export function isPageChrome(block: Element): boolean {
  return block.closest(CHROME_SELECTOR) !== null;
}
