/**
 * The background's answers to every request of the message contract. Pure of
 * extension APIs: the entrypoint passes the store, the tab summaries and the
 * sender, so tests call it directly.
 */

import type { SourceCoverage } from '../data/coverage';
import type { ListStore, NewListItem } from '../data/shopping-list';
import type { Intake, Portion } from '../data/types';
import type { Messages, UiLanguage } from '../i18n/core';
import {
  fail,
  LIMITS,
  LIST_PROBLEMS,
  ok,
  type ResponseMap,
  type Result,
  type ShoppingListState,
} from '../messages';
import { parseRequest } from '../messaging/parse';
import { cleanItem, lineForFood, readItems, splitItems } from './shopping-list';
import type { FoodStore } from './store';
import type { TabSummaries } from './summaries';

export interface Sender {
  /** The sending extension's id (must be ours). */
  id?: string;
  /** Set for messages from a content script. */
  tab?: { id?: number };
  url?: string;
}

export interface HandlerDeps {
  store: () => Promise<FoodStore>;
  /** What each source contributes (computed once from the bundled dataset). */
  coverage: Record<string, SourceCoverage>;
  /** The dataset's reference intakes. */
  intakes: readonly Intake[];
  /** Opens the evidence summary section in a new tab. */
  openEvidence(section: string): Promise<void>;
  /** A food's household measures, completed from similar foods. */
  measuresOf: (foodId: string) => readonly Portion[];
  /** The compiled UI messages of a language (English for the keys it lacks). */
  messages: (language: UiLanguage) => Messages;
  summaries: TabSummaries;
  /** The shopping list (IndexedDB, or memory when IndexedDB is not available). */
  list: () => Promise<ListStore>;
  extensionId: string;
}

export function createHandler(deps: HandlerDeps) {
  return async function handle(
    raw: unknown,
    sender: Sender,
  ): Promise<Result<ResponseMap[keyof ResponseMap]>> {
    if (sender.id !== deps.extensionId)
      return fail('forbidden', 'messages are accepted from this extension only');
    const req = parseRequest(raw);
    if ('invalid' in req) return fail('bad-request', req.invalid);
    const listState = async (): Promise<ShoppingListState> => {
      const list = await deps.list();
      return { items: readItems(await list.all(), deps.measuresOf), persistent: list.persistent };
    };
    try {
      switch (req.type) {
        case 'lookup': {
          const store = await deps.store();
          const found = await store.lookup(req.foodIds);
          const foods = Object.fromEntries(found);
          const cited = new Set<string>();
          for (const food of found.values()) {
            for (const id of food.k2.sources) cited.add(id);
            for (const id of food.calcium.sources) cited.add(id);
            if (food.serving) cited.add(food.serving.source);
            for (const note of food.notes ?? []) for (const id of note.sources) cited.add(id);
            // Compilation rows name their studies through K2viewer's reference list.
            if (food.k2.rows.some((r) => r.source === 'k2viewer')) cited.add('k2viewer');
          }
          const sources = Object.fromEntries(
            (await store.sources()).filter((s) => cited.has(s.id)).map((s) => [s.id, s]),
          );
          const measures = Object.fromEntries([...found.keys()].map((id) => [id, deps.measuresOf(id)]));
          return ok({ foods, missing: req.foodIds.filter((id) => !found.has(id)), sources, measures });
        }
        case 'search': {
          const store = await deps.store();
          return ok({ hits: await store.search(req.query, req.limit ?? 20, req.languages ?? []) });
        }
        case 'similar': {
          const store = await deps.store();
          return ok({ foods: await store.similar(req.foodId, req.limit ?? 5) });
        }
        case 'sources': {
          const store = await deps.store();
          return ok({
            sources: await store.sources(),
            coverage: deps.coverage,
            datasetVersion: store.status().datasetVersion,
          });
        }
        case 'intakes': {
          const store = await deps.store();
          const cited = new Set(deps.intakes.map((i) => i.source));
          const sources = Object.fromEntries(
            (await store.sources()).filter((s) => cited.has(s.id)).map((s) => [s.id, s]),
          );
          return ok({ intakes: [...deps.intakes], sources });
        }
        case 'open-evidence':
          await deps.openEvidence(req.section);
          return ok({ opened: true });
        case 'status': {
          const store = await deps.store();
          return ok(store.status());
        }
        case 'messages':
          return ok({ language: req.language, messages: deps.messages(req.language) });
        case 'page-summary:set': {
          const tabId = sender.tab?.id;
          if (tabId === undefined) return fail('bad-request', 'page summaries come from a tab');
          await deps.summaries.set(tabId, req.summary);
          return ok({ stored: true });
        }
        case 'page-summary:get':
          return ok({ summary: await deps.summaries.get(req.tabId) });
        case 'list:get':
          return ok(await listState());
        case 'list:add': {
          const ids = req.items.flatMap((a) => ('foodId' in a ? [a.foodId] : []));
          const foods = ids.length > 0 ? await (await deps.store()).lookup(ids) : new Map();
          const lines: NewListItem[] = [];
          for (const a of req.items) {
            const lang = a.lang ? { lang: a.lang } : {};
            if ('foodId' in a) {
              const food = foods.get(a.foodId);
              if (!food) return fail('bad-request', `no food "${a.foodId}"`);
              lines.push({ text: lineForFood(food, a.grams, a.lang, deps.measuresOf), ...lang });
              continue;
            }
            if ('line' in a) {
              lines.push({ text: cleanItem(a.line), ...lang });
              continue;
            }
            for (const text of splitItems(a.text, a.lang)) {
              if (text.length > LIMITS.listText) return fail('bad-request', LIST_PROBLEMS.tooLong);
              lines.push({ text, ...lang });
            }
          }
          if (lines.length === 0) return fail('bad-request', LIST_PROBLEMS.empty);
          const added = await (await deps.list()).add(lines);
          if (added === 'full') return fail('bad-request', LIST_PROBLEMS.full);
          return ok({ ...(await listState()), added: added.length });
        }
        case 'list:edit': {
          // One item, stored as a list line is: list marker and extra spaces removed.
          const text = cleanItem(req.text);
          if (!(await (await deps.list()).edit(req.id, text, req.lang)))
            return fail('bad-request', LIST_PROBLEMS.gone);
          return ok(await listState());
        }
        case 'list:remove':
          if (!(await (await deps.list()).remove(req.id))) return fail('bad-request', LIST_PROBLEMS.gone);
          return ok(await listState());
        case 'list:move':
          if (!(await (await deps.list()).move(req.id, req.to)))
            return fail('bad-request', LIST_PROBLEMS.gone);
          return ok(await listState());
        case 'list:clear':
          await (await deps.list()).clear();
          return ok(await listState());
      }
    } catch (err) {
      return fail('internal', String((err as Error)?.message ?? err).slice(0, LIMITS.text));
    }
  };
}
