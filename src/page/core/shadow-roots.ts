/**
 * The open shadow roots of a page, found in time-bounded steps when the page is
 * idle (the session observes and scans each one like the document).
 */
import { insideSkipped } from './block-rules';

/** Elements under a root past which the shadow-root search looks at custom elements only. */
export const SEARCH_ALL_MAX = 50_000;
/** About as many elements per custom-element query (each is one native call). */
const QUERY_MAX = 10_000;
/** Children past which a large element is queried in ranges of children rather than child by child. */
const FEW_CHILDREN = 16;

/** Custom elements (their names have a hyphen) at or under each node of the context node set. */
const CUSTOM = "descendant-or-self::*[contains(local-name(), '-')]";

type SearchTask =
  /** Look at every element under `node` (customOnly false), or only at its custom elements. */
  | { node: Node; customOnly: boolean }
  /** Custom elements of `parent`'s children `from` ≤ position < `from + count` (1-based) and under them. */
  | { parent: Element; from: number; count: number };

/**
 * Finds the open shadow roots under `roots` (elements, documents, shadow
 * roots; nested ones too), outside skipped subtrees, in time-bounded steps.
 *
 * An element pass: every element is looked at, which costs more than walking
 * the text (each element touched gets a wrapper in the content script's world,
 * and the garbage collector pays for them), so the session runs it when the
 * page is idle. Under a root with more than SEARCH_ALL_MAX elements only custom
 * elements are looked at, listed by native XPath queries over pieces of about
 * QUERY_MAX elements: custom elements host practically every shadow root on the
 * web; a built-in element (a div) with one is missed there.
 */
export class ShadowRootFinder {
  private readonly pending: SearchTask[];
  private walker: TreeWalker | null = null;
  private listed: { list: XPathResult; next: number } | null = null;
  private finished = false;

  constructor(
    roots: Node[],
    private readonly seen: WeakSet<ShadowRoot>,
    private readonly searchAllMax = SEARCH_ALL_MAX,
  ) {
    this.pending = roots.map((node): SearchTask => ({ node, customOnly: false })).reverse();
  }

  get done(): boolean {
    return this.finished;
  }

  next(deadline: number): ShadowRoot[] {
    const found: ShadowRoot[] = [];
    let steps = 0;
    while (!this.finished) {
      let el: Node | null = null;
      if (this.listed) {
        const { list } = this.listed;
        el = this.listed.next < list.snapshotLength ? list.snapshotItem(this.listed.next++) : null;
        if (el === null) this.listed = null;
      } else if (this.walker) {
        el = this.walker.nextNode();
        if (el === null) this.walker = null;
      } else if (this.pending.length > 0) {
        this.open(this.pending.pop() as SearchTask, found);
        // Counting and listing are native work: the clock is read after each.
        if (performance.now() >= deadline) break;
        continue;
      } else {
        this.finished = true;
        break;
      }
      if (el !== null) {
        const shadow = (el as Element).shadowRoot;
        if (shadow !== null) this.found(el as Element, shadow, found);
      }
      if ((++steps & 63) === 0 && performance.now() >= deadline) break;
    }
    return found;
  }

  private found(host: Element, shadow: ShadowRoot, out: ShadowRoot[]): void {
    if (this.seen.has(shadow)) return;
    this.seen.add(shadow);
    if (insideSkipped(host)) return;
    out.push(shadow);
    this.pending.push({ node: shadow, customOnly: false });
  }

  private open(task: SearchTask, out: ShadowRoot[]): void {
    if ('parent' in task) {
      const { parent, from, count } = task;
      if (!parent.isConnected) return;
      const xpath = `./*[position() >= ${from} and position() < ${from + count}]/${CUSTOM}`;
      this.listed = {
        list: (parent.ownerDocument as Document).evaluate(xpath, parent, null, 7, null),
        next: 0,
      };
      return;
    }
    const node = task.node;
    if (!node.isConnected) return;
    let start: Node | null = node;
    if (node.nodeType === 9) start = (node as Document).documentElement;
    else if (node.nodeType === 1) {
      const shadow = (node as Element).shadowRoot;
      if (shadow !== null) this.found(node as Element, shadow, out);
    } else if (node.nodeType !== 11) start = null;
    if (!start) return;
    const doc = start.ownerDocument ?? (start as Document);
    const size = start.nodeType === 1 ? (start as Element).getElementsByTagName('*').length : 0;
    if (!task.customOnly && size <= this.searchAllMax) {
      this.walker = doc.createTreeWalker(start, 0x1);
      return;
    }
    const el = start as Element;
    if (size <= QUERY_MAX) {
      this.listed = { list: doc.evaluate(CUSTOM, el, null, 7, null), next: 0 };
      return;
    }
    // Too large for one query: its children, one by one when few (each is counted), else in ranges.
    const children = el.childElementCount;
    if (children <= FEW_CHILDREN) {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling)
        this.pending.push({ node: c, customOnly: true });
      return;
    }
    const per = Math.max(1, Math.floor(QUERY_MAX / Math.max(1, size / children)));
    for (let from = children - ((children - 1) % per); from >= 1; from -= per) {
      this.pending.push({ parent: el, from, count: per });
    }
  }
}
