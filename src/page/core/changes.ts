/**
 * What changed on the page: one MutationObserver per document and per open
 * shadow root, collecting added and changed nodes into one queue; past a
 * mutation storm the queue collapses into one full rescan. K2 Lens's own
 * writes are made `quietly` and never observed; a badge the page removes is
 * reported, so its block can be looked at again.
 */
import { BADGE_ATTR, OWN_ATTR } from '../badge';

/** Mutation records in one callback past which the queue becomes one full rescan. */
const STORM_RECORDS = 1000;
/** Queued roots past which the queue becomes one full rescan. */
const STORM_ROOTS = 2000;
/** Queued roots up to which a change is scanned at once, in the task that made it. */
const IMMEDIATE_ROOTS = 200;

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface ChangeHandlers {
  /** The page removed one of K2 Lens's badges. */
  badgeRemoved(host: HTMLElement): void;
  /** Something was queued: `now` when it is small enough to scan in the task that made it. */
  queued(now: boolean): void;
  /** False once the session ended (the records are then dropped). */
  alive(): boolean;
}

/** Whether a node is K2 Lens's own (a badge, a card, or inside one). */
export function isOwn(node: Node): boolean {
  if (node.nodeType === 1 && (node as Element).hasAttribute(OWN_ATTR)) return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest?.(`[${OWN_ATTR}]`));
}

export class PageChanges {
  /** Nodes to scan (added, or whose text changed). */
  readonly queue = new Set<Node>();
  /** The whole page is to be scanned again. */
  fullRescan = false;
  private readonly observers = new Map<Node, MutationObserver>();

  constructor(private readonly handlers: ChangeHandlers) {}

  /** Observes a document or an open shadow root (once). */
  observe(root: Document | ShadowRoot): void {
    if (this.observers.has(root)) return;
    const observer = new MutationObserver((records) => this.onMutations(records));
    observer.observe(root, OBSERVE);
    this.observers.set(root, observer);
  }

  /** Runs `write` (K2 Lens's own DOM writes) unobserved; page changes not delivered yet are taken first. */
  quietly(write: () => void): void {
    for (const o of this.observers.values()) {
      const records = o.takeRecords();
      if (records.length > 0) this.onMutations(records);
    }
    for (const o of this.observers.values()) o.disconnect();
    try {
      write();
    } finally {
      if (this.handlers.alive()) for (const [root, o] of this.observers) o.observe(root, OBSERVE);
    }
  }

  /** Whether anything waits to be scanned. */
  get pending(): boolean {
    return this.queue.size > 0 || this.fullRescan;
  }

  /** Stops observing for good. */
  disconnect(): void {
    for (const o of this.observers.values()) o.disconnect();
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.handlers.alive()) return;
    const queue = this.queue;
    if (records.length > STORM_RECORDS) {
      this.fullRescan = true;
    } else {
      for (const r of records) {
        for (const node of r.removedNodes) {
          if (node.nodeType === 1 && (node as Element).hasAttribute?.(BADGE_ATTR))
            this.handlers.badgeRemoved(node as HTMLElement);
        }
        if (r.type === 'characterData') {
          if (!isOwn(r.target)) queue.add(r.target);
          continue;
        }
        for (const node of r.addedNodes) {
          if ((node.nodeType !== 1 && node.nodeType !== 3) || isOwn(node)) continue;
          queue.add(node);
        }
      }
      if (queue.size > STORM_ROOTS) this.fullRescan = true;
    }
    // A few added nodes (infinite scroll, a re-rendered tile) are handled right away, in the task that added
    // them, so their badges arrive in the same frame; bigger changes wait for a slice of their own.
    if (!this.pending) return;
    this.handlers.queued(!this.fullRescan && queue.size <= IMMEDIATE_ROOTS);
  }
}
