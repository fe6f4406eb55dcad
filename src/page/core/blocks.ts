/**
 * The page walk: one TreeWalker pass over text, grouped into blocks (a
 * product title, an ingredient line: the text of an element's inline
 * children joined, so "Old Amsterdam <b>Gouda</b> 48+" is one text), each
 * matched once, with every mention mapped back to the text node where it ends.
 * Skips what is not page prose (scripts, styles, form fields, editable
 * content, code, SVG, hidden subtrees and K2 Lens's own elements). Work is cut
 * into time-bounded steps.
 *
 * Cost: the pass reads each text node's length, and the texts of each chunk
 * of 512 nodes at once (one native Range.toString()); a pre-filter over that
 * text decides where a food name may be. Only the nodes it fires on cost
 * more DOM reads. Open shadow roots are found by a separate element pass
 * (ShadowRootFinder), run when the page is idle. What is skipped, inline or a
 * block: ./block-rules.ts.
 */
import { foldTable, LETTER_A, LINE_BREAK, OTHER, SKIP_CODE } from '../../match/fold';
import { normalizeLang } from '../../match/matcher';
import type { CursorOptions, ScanCursor } from '../detector';
import {
  ANCESTRY,
  blockOf,
  INLINE_TAGS,
  pageLanguage,
  SKIP_ATTRS,
  SKIP_TAGS,
  skippedItself,
} from './block-rules';

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
  /** The language the block is written in: its nearest `lang` attribute, else the document's. */
  lang: string | undefined;
}

/**
 * A cheap streaming test over the texts of the walk, in document order (the
 * matcher's pre-filter, see Prefilter in src/match): which nodes of a chunk a
 * food term may end in. Without one, every block is matched.
 */
export interface TextFilter {
  /**
   * The language the filter's hits are for (a primary subtag). A hit below 0
   * (`~index`) is a node where only another language's term ends: its block is
   * handed over only when the block is written in another language than this.
   */
  readonly lang?: string | undefined;
  reset(): void;
  scan(text: string, ends: Int32Array, count: number, hits: Int32Array): number;
}

/** Text nodes per chunk of the walk. */
const CHUNK_NODES = 512;
/** Texts longer than this are looked at (their parent) before they are read. */
const LONG_TEXT = 256;

/**
 * Where each text of a chunk ends, and the filter's hits: shared by every walk
 * (a chunk is walked and filtered within one call, never two at once). A new
 * typed array per walk would cost more than the walk of a small page: its
 * memory is fresh from the system each time, right after a collection.
 */
const chunkEnds = new Int32Array(CHUNK_NODES);
const chunkHits = new Int32Array(CHUNK_NODES);

/**
 * One Range per document for every walk: a document keeps its ranges up to
 * date on every change of the page, so each live one costs the page's own
 * DOM work a little (a range per walk would pile up until collected).
 */
const ranges = new WeakMap<Document, Range>();

function rangeOf(doc: Document): Range {
  let range = ranges.get(doc);
  if (!range) {
    range = doc.createRange();
    ranges.set(doc, range);
  }
  return range;
}

interface Ancestry {
  skipped: boolean;
  /** The nearest `lang` attribute's value ('' when none). */
  lang: string;
}

const OPEN: Ancestry = { skipped: false, lang: '' };
const SKIPPED: Ancestry = { skipped: true, lang: '' };

/**
 * Walks `roots` (elements, text nodes, documents or shadow roots) and hands
 * each fresh block with text to `onBlock`, until the deadline.
 *
 * The pass reads only the text of each text node, fed to the filter; the DOM
 * around a text is looked at only when the filter fires: its block (the
 * nearest non-inline ancestor), whether it is skipped and its language (one
 * native `closest()` per block, remembered per language holder), and the
 * block's text, gathered from its inline descendants.
 */
export class BlockWalker implements ScanCursor {
  private readonly pending: Node[];
  private walker: TreeWalker | null = null;
  private finished = false;
  /** Blocks already handed over (or found skipped) by this cursor. */
  private readonly seen = new Set<Element>();
  /** Ancestry of the elements `closest()` stopped at. */
  private readonly ancestry = new Map<Element, Ancestry>();
  /** Ancestry shared by the blocks of a container. */
  private readonly containers = new Map<Element, Ancestry>();
  private docLang: string | undefined | null = null;

  constructor(
    roots: Node[],
    private readonly options: CursorOptions,
    private readonly onBlock: (block: Block, out: unknown[]) => void,
    private readonly filter: TextFilter | null = null,
  ) {
    this.pending = [...roots].reverse();
  }

  get done(): boolean {
    return this.finished;
  }

  next<T>(deadline: number): T[] {
    const out: T[] = [];
    while (!this.finished) {
      const walker = this.walker ?? this.openNext(out);
      if (!walker) {
        this.finished = true;
        break;
      }
      if (this.walkTexts(walker, deadline, out)) break;
    }
    return out;
  }

  /**
   * Walks the texts of `walker` until it ends (false) or the deadline passes
   * (true), in chunks of consecutive text nodes: the walk reads only each
   * node's length, one native Range.toString() joins the chunk's texts, and
   * the filter scans the joined text at once (making a string of every node
   * would cost more than the whole filter).
   */
  private walkTexts(walker: TreeWalker, deadline: number, out: unknown[]): boolean {
    const filter = this.filter;
    if (filter === null) return this.walkEach(walker, deadline, out);
    const nodes: Text[] = [];
    const ends = chunkEnds;
    const hits = chunkHits;
    const doc = walker.root.ownerDocument ?? (walker.root as Document);
    const range = rangeOf(doc);
    for (;;) {
      let count = 0;
      let total = 0;
      let node = walker.nextNode() as Text | null;
      while (node !== null) {
        const length = node.length;
        // A long text of a script or a style (a page's inline JSON can be megabytes) is not read:
        // the chunk ends before it, the next one starts after it.
        if (length > LONG_TEXT && SKIP_TAGS.has(node.parentElement?.tagName ?? '')) {
          if (count > 0) break;
          node = walker.nextNode() as Text | null;
          continue;
        }
        nodes[count] = node;
        total += length;
        ends[count++] = total;
        if (count === CHUNK_NODES) break;
        node = walker.nextNode() as Text | null;
      }
      if (count > 0) {
        const last = nodes[count - 1] as Text;
        let text: string;
        if (count === 1) text = last.data;
        else {
          range.setStart(nodes[0] as Text, 0);
          range.setEnd(last, last.length);
          text = range.toString();
        }
        if (text.length === total) {
          const found = filter.scan(text, ends, count, hits);
          for (let j = 0; j < found; j++) {
            const h = hits[j] as number;
            if (h >= 0) this.visit(nodes[h] as Text, out, false);
            else this.visit(nodes[~h] as Text, out, true);
          }
        } else {
          // The joined text holds more than the walked nodes (CDATA sections of an XHTML page): node by node.
          for (let k = 0; k < count; k++) {
            const at = nodes[k] as Text;
            ends[0] = at.length;
            if (filter.scan(at.data, ends, 1, hits) > 0) this.visit(at, out, (hits[0] as number) < 0);
          }
        }
      }
      if (node === null) {
        this.walker = null;
        break;
      }
      if (performance.now() >= deadline) break;
    }
    // Let go of the nodes (a range keeps its end points alive).
    range.setStart(doc, 0);
    range.collapse(true);
    return this.walker !== null;
  }

  /** Without a filter: every text's block is handed over. */
  private walkEach(walker: TreeWalker, deadline: number, out: unknown[]): boolean {
    let steps = 0;
    for (;;) {
      const node = walker.nextNode() as Text | null;
      if (node === null) {
        this.walker = null;
        return false;
      }
      if (node.length > 0) this.visit(node, out, false);
      if ((++steps & 63) === 0 && performance.now() >= deadline) return true;
    }
  }

  private openNext(out: unknown[]): TreeWalker | null {
    while (this.pending.length > 0) {
      const root = this.pending.pop() as Node;
      if (!root.isConnected) continue;
      let start: Node | null = null;
      if (root.nodeType === 3) {
        // An added or changed text: its block's text is matched again (nothing else changed).
        this.visit(root as Text, out, false);
      } else if (root.nodeType === 1) {
        const el = root as Element;
        if (this.skippedAt(el)) continue;
        // An inline element added inside a block: the block's text is matched whole, then what the element holds.
        if (INLINE_TAGS.has(el.tagName)) this.visitBlock(el, blockOf(el), out);
        start = el;
      } else if (root.nodeType === 9) {
        start = (root as Document).body ?? (root as Document).documentElement;
      } else if (root.nodeType === 11) {
        start = root;
      }
      if (!start) continue;
      const doc = start.ownerDocument ?? (start as Document);
      this.walker = doc.createTreeWalker(start, 0x4);
      this.filter?.reset();
      return this.walker;
    }
    return null;
  }

  /**
   * A text the filter fired on: hand over its block, once. `other`: only
   * another language's term ends there (see TextFilter.lang).
   */
  private visit(node: Text, out: unknown[], other: boolean): void {
    const parent = node.parentElement;
    if (parent === null) return;
    let block = parent;
    let tag = block.tagName;
    if (SKIP_TAGS.has(tag)) return;
    while (INLINE_TAGS.has(tag)) {
      const up = block.parentElement;
      if (!up) break;
      block = up;
      tag = block.tagName;
      if (SKIP_TAGS.has(tag)) return;
    }
    this.visitBlock(parent, block, out, other);
  }

  /**
   * Hands over the text of `block` (reached from `from`, an element in it), once per cursor; with `other`,
   * only when the block is written in another language than the filter's (else it is left for a later hit).
   */
  private visitBlock(from: Element, block: Element, out: unknown[], other = false): void {
    if (this.seen.has(block)) return;
    const anc = this.blockAncestry(from, block);
    const lang = anc.lang || this.documentLang(block);
    if (other && !anc.skipped && normalizeLang(lang) === this.filter?.lang) return;
    this.seen.add(block);
    if (anc.skipped) return;
    this.emitRuns(block, lang, out);
  }

  /**
   * Ancestry of a text under `parent` in `block`. Blocks in one container (the
   * lines of a list) share the container's: once it is known, only the
   * elements from the text up to its block are checked.
   */
  private blockAncestry(parent: Element, block: Element): Ancestry {
    const container = block.parentElement;
    const shared = container ? this.containers.get(container) : undefined;
    if (shared) {
      for (let el: Element | null = parent; el; el = el.parentElement) {
        if (el.matches(ANCESTRY)) return this.ancestryOf(parent);
        if (el === block) return shared;
      }
    }
    const hit = parent.closest(ANCESTRY);
    const anc = this.ancestryOfHit(hit);
    // The match lies above the block: it holds for the whole container.
    if (container && (hit === null || (hit !== block && hit.contains(block))))
      this.containers.set(container, anc);
    return anc;
  }

  private skippedAt(el: Element): boolean {
    return SKIP_TAGS.has(el.tagName) || this.ancestryOf(el).skipped;
  }

  /** Skipped state and language of `el`, from its nearest ANCESTRY match (remembered per match). */
  private ancestryOf(el: Element): Ancestry {
    return this.ancestryOfHit(el.closest(ANCESTRY));
  }

  private ancestryOfHit(hit: Element | null): Ancestry {
    if (hit === null) return OPEN;
    const known = this.ancestry.get(hit);
    if (known) return known;
    let result: Ancestry;
    if (skippedItself(hit)) {
      result = SKIPPED;
    } else {
      const above = hit.parentElement ? this.ancestryOf(hit.parentElement) : OPEN;
      const own = hit.getAttribute('lang');
      result = above.skipped ? SKIPPED : { skipped: false, lang: own !== null ? own : above.lang };
    }
    this.ancestry.set(hit, result);
    return result;
  }

  private documentLang(el: Element): string | undefined {
    if (this.docLang === null) this.docLang = el.ownerDocument ? pageLanguage(el.ownerDocument) : undefined;
    return this.docLang;
  }

  /**
   * The block's text runs: its text and that of its inline descendants, in
   * order; a nested block with content ends a run (its text is its own).
   */
  private emitRuns(block: Element, lang: string | undefined, out: unknown[]): void {
    let pieces: Piece[] = [];
    let text = '';
    const flush = () => {
      if (pieces.length > 0) this.emit(block, text, pieces, lang, out);
      pieces = [];
      text = '';
    };
    const gather = (el: Element) => {
      for (let c = el.firstChild; c !== null; c = c.nextSibling) {
        const type = c.nodeType;
        if (type === 3) {
          const data = (c as Text).data;
          if (data.length > 0) {
            pieces.push({ node: c as Text, offset: text.length });
            text += data;
          }
        } else if (type === 1) {
          const child = c as Element;
          const tag = child.tagName;
          // Lines of one block split by <br> ("- 80 g de beurre<br>- 20 cl de vin") stay apart.
          if (tag === 'BR') {
            if (text.length > 0) text += LINE_BREAK;
            continue;
          }
          if (SKIP_TAGS.has(tag) || (child.matches(SKIP_ATTRS) && skippedItself(child))) continue;
          if (INLINE_TAGS.has(tag)) gather(child);
          else if (child.firstChild !== null) flush();
        }
      }
    };
    gather(block);
    flush();
  }

  private emit(block: Element, text: string, pieces: Piece[], lang: string | undefined, out: unknown[]) {
    // A product title or an ingredient list is short; a longer block is prose or data, not matched.
    if (text.length > MAX_BLOCK_CHARS) return;
    if (!hasLetter(text)) return;
    if (!this.options.isFresh(block, text)) return;
    this.options.markScanned(block, text);
    this.onBlock({ element: block, text, pieces, lang }, out);
  }
}

/**
 * Whether a text has a letter, of any script (a character outside the basic
 * plane counts as one), read in the fold's table: a Unicode property regular
 * expression costs its compilation again after each collection of the page
 * (0.1 ms per scan of a recipe page, in a CPU profile of scans after one).
 */
function hasLetter(text: string): boolean {
  const table = foldTable();
  for (let i = 0; i < text.length; i++) {
    const sym = table[text.charCodeAt(i)] as number;
    if (sym === OTHER || (sym >= LETTER_A && sym !== SKIP_CODE)) return true;
  }
  return false;
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
