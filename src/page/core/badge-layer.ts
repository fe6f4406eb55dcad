/**
 * The page's badges: built while the scan runs, inserted together (each DOM
 * write makes the page run style, layout and paint in its next frame, which
 * on a large page costs far more than the badges themselves), placed after the
 * matched text, remembered per block so a block never gets a food's badge
 * twice, and left alone where the page keeps removing them.
 */
import { type BadgeHandle, type BadgeView, createBadge, placeBadge, WAITING_ATTR } from '../badge';
import type { Detection } from '../detector';
import type { PageChanges } from './changes';
import type { Region } from './regions';

/** Times a block may lose its badges to the page before K2 Lens leaves it alone. */
const MAX_REBADGE = 3;

/** The feature that made a badge: it brings it up to date when preferences change. */
export interface BadgeOwner {
  /** Updates a placed badge; false when it should go. */
  update(entry: BadgeEntry): boolean;
}

export interface BadgeEntry {
  badge: BadgeHandle;
  detection: Detection;
  /** Its key among the block's badges: a food id, a supplement, or one mention of a food in running text. */
  key: string;
  region: Region;
  owner: BadgeOwner;
}

/** What the reader did to a badge: click, Enter or Space; the pointer came or went; keyboard focus. */
export type BadgeInteraction = 'activate' | 'enter' | 'leave' | 'focus';

export class BadgeLayer {
  /** Badges in the page. */
  readonly placed = new Map<HTMLElement, BadgeEntry>();
  /** Badges inserted so far (for the session's statistics). */
  inserted = 0;
  flushes = 0;
  /** Told what the reader does with a badge (the detail card listens). */
  onInteract: (host: HTMLElement, what: BadgeInteraction) => void = () => {};
  private pending: BadgeEntry[] = [];
  private readonly keys = new WeakMap<Element, Set<string>>();
  private readonly removals = new WeakMap<Element, number>();
  /** Text nodes split to put a badge right after a word of running text: the rest of the text. */
  private readonly splits = new Map<HTMLElement, Text>();
  /** A text node split for a badge → the node holding the rest of its text (split again, perhaps). */
  private readonly restOf = new WeakMap<Text, Text>();

  constructor(
    private readonly doc: Document,
    private readonly changes: PageChanges,
  ) {}

  /** Badges built and not inserted yet. */
  get waiting(): number {
    return this.pending.length;
  }

  /** Whether `block` may get a badge under `key`: none there yet, and the page has not kept removing its badges. */
  available(block: Element, key: string): boolean {
    return !this.keys.get(block)?.has(key) && (this.removals.get(block) ?? 0) < MAX_REBADGE;
  }

  /** Builds a badge and reserves its place in the block (it goes in at the next flush). */
  add(view: BadgeView, detection: Detection, key: string, region: Region, owner: BadgeOwner): void {
    const badge = createBadge(this.doc, view, (host) => this.onInteract(host, 'activate'));
    const host = badge.host;
    host.addEventListener('mouseenter', () => this.onInteract(host, 'enter'));
    host.addEventListener('mouseleave', () => this.onInteract(host, 'leave'));
    host.addEventListener('focus', () => this.onInteract(host, 'focus'));
    let inBlock = this.keys.get(detection.block);
    if (!inBlock) {
      inBlock = new Set();
      this.keys.set(detection.block, inBlock);
    }
    inBlock.add(key);
    this.pending.push({ badge, detection, key, region, owner });
  }

  /**
   * Inserts the badges built so far in one go (or as many as fit before `deadline`; the rest wait for the
   * next flush), without observing the insertions. Returns true when none is left waiting.
   *
   * When not all fit, those inserted wait hidden (WAITING_ATTR) until showWaiting shows them with the last
   * ones: each change the page sees makes it lay itself out and paint again in its next frame, which on a
   * very large page costs far more than the badges (half a second a frame with 20,000 products), so a flush
   * costs the page one such frame however many tasks its insertion takes.
   */
  flush(deadline = Number.POSITIVE_INFINITY): boolean {
    if (this.pending.length === 0) return true;
    let i = 0;
    this.changes.quietly(() => {
      for (; i < this.pending.length; i++) {
        if ((i & 63) === 63 && performance.now() >= deadline) break;
        const entry = this.pending[i] as BadgeEntry;
        const d = entry.detection;
        if (!d.block.isConnected || !d.endNode.isConnected || !this.place(entry)) {
          this.keys.get(d.block)?.delete(entry.key);
          continue;
        }
        this.placed.set(entry.badge.host, entry);
        this.inserted++;
      }
      if (i < this.pending.length || this.waitingHosts.length > 0) {
        // Those of this slice wait for the rest (showWaiting shows them all).
        for (let k = 0; k < i; k++) {
          const host = (this.pending[k] as BadgeEntry).badge.host;
          if (host.isConnected) {
            host.setAttribute(WAITING_ATTR, '');
            this.waitingHosts.push(host);
          }
        }
      }
    });
    this.pending = i >= this.pending.length ? [] : this.pending.slice(i);
    this.flushes++;
    return this.pending.length === 0;
  }

  /** Badges inserted by a flush that took several slices, hidden until showWaiting. */
  private waitingHosts: HTMLElement[] = [];

  /** How many badges of a flush wait hidden to be shown. */
  get hidden(): number {
    return this.waitingHosts.length;
  }

  /**
   * Shows the badges of a flush that took several slices, all at once (a task of its own after the last
   * slice: thousands of them take a few tens of milliseconds).
   */
  showWaiting(): void {
    if (this.waitingHosts.length === 0) return;
    const hosts = this.waitingHosts;
    this.waitingHosts = [];
    this.changes.quietly(() => {
      for (const host of hosts) host.removeAttribute(WAITING_ATTR);
    });
  }

  /** Removes a badge (and makes a text node split for it whole again). */
  remove(host: HTMLElement): void {
    const entry = this.placed.get(host);
    this.placed.delete(host);
    host.remove();
    const rest = this.splits.get(host);
    this.splits.delete(host);
    const node = rest?.previousSibling;
    if (rest && node?.nodeType === 3 && this.restOf.get(node as Text) === rest) {
      const before = node as Text;
      before.appendData(rest.data);
      rest.remove();
      const after = this.restOf.get(rest);
      if (after) this.restOf.set(before, after);
      else this.restOf.delete(before);
    }
    if (entry) this.keys.get(entry.detection.block)?.delete(entry.key);
  }

  /** The page removed a badge: forgets it and counts it against its block; returns the block, to scan again. */
  removedByPage(host: HTMLElement): Element | undefined {
    const entry = this.placed.get(host);
    if (!entry) return undefined;
    this.placed.delete(host);
    const block = entry.detection.block;
    this.keys.get(block)?.delete(entry.key);
    this.removals.set(block, (this.removals.get(block) ?? 0) + 1);
    return block;
  }

  /** Forgets badges the page removed with their blocks (a re-rendering list must not grow memory). */
  prune(): void {
    for (const [host, entry] of this.placed) {
      if (!host.isConnected) {
        this.placed.delete(host);
        this.keys.get(entry.detection.block)?.delete(entry.key);
      }
    }
  }

  /** Brings every badge up to date (preferences or site rules changed); removes those that should go. */
  refresh(): void {
    for (const [host, entry] of [...this.placed]) if (!entry.owner.update(entry)) this.remove(host);
  }

  /** Removes every badge and drops those waiting. */
  clear(): void {
    this.pending = [];
    this.waitingHosts = [];
    for (const host of [...this.placed.keys()]) this.remove(host);
  }

  /**
   * Inserts a badge: after its title's or line's matched text (or the link or inline name that ends with
   * it); in running text right after the word, splitting the text node there (made whole again when the
   * badge goes), unless the word is in a link.
   */
  private place({ badge, detection: d, region }: BadgeEntry): boolean {
    if (region === 'text' && !d.endNode.parentElement?.closest('a')) {
      // The text node may have been split for an earlier badge: the word is in one of its pieces.
      let node = d.endNode;
      let offset = d.endOffset ?? node.length;
      for (let next = this.restOf.get(node); next && offset > node.length; next = this.restOf.get(node)) {
        offset -= node.length;
        node = next;
      }
      if (offset < node.length) {
        const rest = node.splitText(offset);
        const after = this.restOf.get(node);
        if (after) this.restOf.set(rest, after);
        this.restOf.set(node, rest);
        rest.before(badge.host);
        this.splits.set(badge.host, rest);
        return true;
      }
      if (node !== d.endNode) {
        node.after(badge.host);
        return true;
      }
    }
    return placeBadge(badge.host, d.endNode, d.block);
  }
}
