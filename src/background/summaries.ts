/**
 * The per-tab page summaries the popup shows. Kept in memory and mirrored to
 * `storage.session` so a restarted service worker still has them; cleared when
 * a tab navigates or closes.
 */
import type { PageSummary } from '../messages';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY_PREFIX = 'summary:';

export class TabSummaries {
  private readonly memory = new Map<number, PageSummary>();

  constructor(private readonly session?: SessionArea) {}

  async set(tabId: number, summary: PageSummary): Promise<void> {
    this.memory.set(tabId, summary);
    await this.session?.set({ [KEY_PREFIX + tabId]: summary }).catch(() => undefined);
  }

  async get(tabId: number): Promise<PageSummary | null> {
    const inMemory = this.memory.get(tabId);
    if (inMemory) return inMemory;
    const stored = await this.session?.get(KEY_PREFIX + tabId).catch(() => ({}) as Record<string, unknown>);
    const summary = stored?.[KEY_PREFIX + tabId] as PageSummary | undefined;
    if (summary) this.memory.set(tabId, summary);
    return summary ?? null;
  }

  async clear(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await this.session?.remove(KEY_PREFIX + tabId).catch(() => undefined);
  }
}
