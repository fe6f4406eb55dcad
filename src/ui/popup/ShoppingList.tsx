/**
 * The shopping list of the toolbar window: type or paste lines ("400 g gouda",
 * "2 × kefir 500 ml", "natto 3×45 g"); each item shows the food it names, its
 * grams, K2 and calcium and their share of the daily targets; the totals, the
 * items not counted (not recognised, or without an amount), a bar chart of
 * the shares. Items can be edited (the text is read again), moved and
 * removed; the list can be exported to a JSON file and imported from one
 * (added to what is there). The background keeps the list (IndexedDB) and
 * reads each line (src/value/list.ts); this component only shows it. An item's
 * row is ./ListItem.tsx, the list's wording ./list-text.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Food } from '../../data/types';
import { i18n as current } from '../../i18n/current';
import { LIMITS, LIST_PROBLEMS, type ListAddition, type ShoppingListState } from '../../messages';
import { formatPercent } from '../../nutrition/format';
import type { DailyTargets } from '../../nutrition/targets';
import { formatCount, quoted } from '../text';
import { chartRows, ListChart } from './ListChart';
import { ItemRow } from './ListItem';
import { listFile, listFileText, readListFile } from './list-file';
import { type ItemValues, listNumbers } from './list-model';
import { amountText, fileProblemText, itemLabel, listProblemText } from './list-text';

export interface ShoppingListApi {
  get(): Promise<ShoppingListState | string>;
  add(items: ListAddition[]): Promise<(ShoppingListState & { added: number }) | string>;
  edit(id: number, text: string, lang?: string): Promise<ShoppingListState | string>;
  remove(id: number): Promise<ShoppingListState | string>;
  move(id: number, to: number): Promise<ShoppingListState | string>;
  clear(): Promise<ShoppingListState | string>;
  /** The foods of these ids (names in the UI language, values per 100 g). */
  foods(ids: string[]): Promise<Record<string, Food> | string>;
  /** False in the toolbar popup, which closes when a file dialog opens; Import then opens the list in a tab. */
  canPickFiles(): boolean;
  /** Opens the list in a tab of its own. */
  openInTab(): void;
  /** Saves a file for the user (a download). */
  download(name: string, text: string): void;
}

export const LIST_FILE_NAME = 'k2lens-shopping-list.json';

/** A message to show: a key and its substitutions, worded when shown (a language change rewords it). */
interface Status {
  key: string;
  subs?: string[];
  count?: number;
}

export function ShoppingList({
  api,
  targets,
  onBack,
}: {
  api: ShoppingListApi;
  targets: DailyTargets;
  onBack?: () => void;
}) {
  const i18n = current();
  const { t, locale } = i18n;
  const [list, setList] = useState<ShoppingListState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [foods, setFoods] = useState<Record<string, Food>>({});
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  /** A selector to focus after the next render (a moved or removed item's neighbour). */
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const show = (next: ShoppingListState) => {
    setList(next);
    const missing = [...new Set(next.items.flatMap((i) => (i.foodId && !foods[i.foodId] ? [i.foodId] : [])))];
    if (missing.length > 0)
      void api.foods(missing).then((found) => {
        if (typeof found !== 'string') setFoods((known) => ({ ...known, ...found }));
      });
  };

  const reload = async () => {
    const answer = await api.get();
    if (typeof answer === 'string') setLoadError(answer);
    else {
      setLoadError(null);
      show(answer);
    }
  };

  /** Shows the list after a change, or why it was refused (and the list as it is now). */
  const apply = <T extends ShoppingListState>(answer: T | string, done?: (value: T) => void): boolean => {
    if (typeof answer === 'string') {
      setProblems([listProblemText(answer, i18n)]);
      setStatus(null);
      void reload();
      return false;
    }
    setProblems([]);
    show(answer);
    done?.(answer);
    return true;
  };

  useEffect(() => {
    input.current?.focus();
    void reload();
  }, [api]);

  useEffect(() => {
    if (!focusAfter) return;
    (root.current?.querySelector(focusAfter) as HTMLElement | null)?.focus();
    // Cleared only if no later action asked for another focus meanwhile (a remove right after a move).
    setFocusAfter((current) => (current === focusAfter ? null : current));
  }, [focusAfter, list]);

  const add = async () => {
    const lines = draft.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length === 0) return;
    if (lines.length > LIMITS.listItems) {
      setProblems([listProblemText(LIST_PROBLEMS.full, i18n)]);
      return;
    }
    const answer = await api.add(lines.map((text) => ({ text, lang: i18n.lang })));
    apply(answer, (value) => {
      setDraft('');
      setStatus({ key: 'popupListAdded', count: value.added });
    });
  };

  const exportList = () => {
    if (!list) return;
    api.download(LIST_FILE_NAME, listFileText(listFile(list.items)));
    setProblems([]);
    setStatus({ key: 'popupListExported', count: list.items.length });
  };

  const importFile = async (file: File) => {
    const read = await readListFile(file.size, () => file.text());
    if ('problems' in read) {
      setProblems(read.problems.map((p) => fileProblemText(p, i18n)));
      setStatus({ key: 'popupListNothingImported' });
      return;
    }
    const answer = await api.add(
      read.items.map((i) => ({ line: i.text, ...(i.lang ? { lang: i.lang } : {}) })),
    );
    if (!apply(answer, (value) => setStatus({ key: 'popupListImported', count: value.added })))
      setStatus({ key: 'popupListNothingImported' });
  };

  const numbers = list ? listNumbers(list.items, foods, targets) : null;
  const statusText = status
    ? status.count !== undefined
      ? i18n.plural(status.key, status.count, formatCount(status.count, i18n), ...(status.subs ?? []))
      : t(status.key, ...(status.subs ?? []))
    : '';
  const names = (items: ItemValues[]) => items.map((i) => quoted(i.entry.text, i18n)).join(', ');
  const targetsText = {
    k2: amountText(targets.k2, 'µg', locale),
    calcium: amountText(targets.calcium, 'mg', locale),
  };

  return (
    <section class="shopping-list" aria-labelledby="list-title" ref={root}>
      {onBack && (
        <button type="button" class="back" data-action="back" onClick={onBack}>
          {t('popupBackToSearch')}
        </button>
      )}
      <h2 id="list-title">{t('popupListTitle')}</h2>
      <form
        class="list-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label for="list-add">{t('popupListAddLabel')}</label>
        <textarea
          id="list-add"
          ref={input}
          name="list-add"
          rows={3}
          placeholder={t('popupListAddPlaceholder')}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void add();
            }
          }}
        />
        <button type="submit" data-action="add">
          {t('popupListAddButton')}
        </button>
      </form>

      {loadError && <p role="alert">{t('popupListProblemLoad', loadError)}</p>}
      {list && !list.persistent && (
        <p role="alert" class="problem">
          {t('popupListNotKept')}
        </p>
      )}
      {!list && !loadError && <p class="empty">{t('optLoading')}</p>}
      {list && numbers && list.items.length === 0 && <p class="empty">{t('popupListEmpty')}</p>}
      {list && numbers && list.items.length > 0 && (
        <>
          <ol class="list-items">
            {numbers.items.map((item, index) => (
              <ItemRow
                key={item.entry.id}
                item={item}
                index={index}
                last={index === numbers.items.length - 1}
                editing={editing === item.entry.id}
                i18n={i18n}
                onEdit={() => setEditing(item.entry.id)}
                onCancel={() => {
                  setEditing(null);
                  setFocusAfter(`[data-item="${item.entry.id}"] [data-action="edit"]`);
                }}
                onSave={async (text) => {
                  if (text.trim() === '') {
                    setProblems([t('popupListProblemBlank')]);
                    return;
                  }
                  const answer = await api.edit(item.entry.id, text, item.entry.lang ?? i18n.lang);
                  apply(answer, () => {
                    setEditing(null);
                    setStatus({ key: 'popupListSaved' });
                    setFocusAfter(`[data-item="${item.entry.id}"] [data-action="edit"]`);
                  });
                }}
                onMove={async (to) => {
                  const answer = await api.move(item.entry.id, to);
                  const button = to < index ? 'up' : 'down';
                  apply(answer, (value) => {
                    const at = value.items.findIndex((i) => i.id === item.entry.id);
                    // At the top or bottom the button is disabled; focus the other one.
                    const edge = button === 'up' ? at === 0 : at === value.items.length - 1;
                    const action = edge ? (button === 'up' ? 'down' : 'up') : button;
                    setFocusAfter(`[data-item="${item.entry.id}"] [data-action="${action}"]`);
                    setStatus({
                      key: 'popupListMoved',
                      subs: [quoted(item.entry.text, i18n), formatCount(at + 1, i18n)],
                    });
                  });
                }}
                onRemove={async () => {
                  const answer = await api.remove(item.entry.id);
                  apply(answer, (value) => {
                    const next = value.items[Math.min(index, value.items.length - 1)];
                    setFocusAfter(next ? `[data-item="${next.id}"] [data-action="remove"]` : '#list-add');
                    setStatus({ key: 'popupListRemoved', subs: [quoted(item.entry.text, i18n)] });
                  });
                }}
              />
            ))}
          </ol>
          <div class="list-totals">
            <p
              class="totals"
              data-testid="list-totals"
              data-k2={Math.round(numbers.k2_ug * 10) / 10}
              data-calcium={Math.round(numbers.calcium_mg * 10) / 10}
            >
              <strong>
                {t(
                  'popupListTotal',
                  amountText(numbers.k2_ug, 'µg', locale, numbers.k2Lower),
                  amountText(numbers.calcium_mg, 'mg', locale),
                )}
              </strong>
              {numbers.k2Share !== undefined && numbers.calciumShare !== undefined && (
                <span class="share">
                  {' '}
                  {t(
                    'popupListTotalShare',
                    formatPercent(numbers.k2Share, locale),
                    formatPercent(numbers.calciumShare, locale),
                  )}
                </span>
              )}
            </p>
            <p class="counted">
              {i18n.plural(
                'popupListCounted',
                numbers.counted.length,
                formatCount(numbers.counted.length, i18n),
              )}
            </p>
            {numbers.unrecognised.length > 0 && (
              <p class="not-counted" data-testid="list-unrecognised">
                {i18n.plural(
                  'popupListUnrecognised',
                  numbers.unrecognised.length,
                  formatCount(numbers.unrecognised.length, i18n),
                  names(numbers.unrecognised),
                )}
              </p>
            )}
            {numbers.withoutAmount.length > 0 && (
              <p class="not-counted" data-testid="list-without-amount">
                {i18n.plural(
                  'popupListWithoutAmount',
                  numbers.withoutAmount.length,
                  formatCount(numbers.withoutAmount.length, i18n),
                  names(numbers.withoutAmount),
                )}
              </p>
            )}
          </div>
          <ListChart
            rows={chartRows(numbers.counted, (item) => itemLabel(item, i18n))}
            targets={targetsText}
            i18n={i18n}
          />
        </>
      )}

      <div class="list-actions">
        <button
          type="button"
          data-action="export"
          disabled={!list || list.items.length === 0}
          onClick={exportList}
        >
          {t('popupListExport')}
        </button>
        <button
          type="button"
          data-action="import"
          onClick={() => {
            if (api.canPickFiles()) fileInput.current?.click();
            else api.openInTab();
          }}
        >
          {t('popupListImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          name="list-import"
          hidden
          onChange={(e) => {
            const field = e.currentTarget as HTMLInputElement;
            const file = field.files?.[0];
            if (file) void importFile(file).finally(() => (field.value = ''));
          }}
        />
        {list && list.items.length > 0 && !confirmClear && (
          <button type="button" data-action="clear" onClick={() => setConfirmClear(true)}>
            {t('popupListClear')}
          </button>
        )}
        {confirmClear && list && (
          <span class="confirm">
            <button
              type="button"
              data-action="clear-confirm"
              onClick={async () => {
                const count = list.items.length;
                const answer = await api.clear();
                setConfirmClear(false);
                apply(answer, () => {
                  setStatus({ key: 'popupListCleared', count });
                  setFocusAfter('#list-add');
                });
              }}
            >
              {i18n.plural('popupListClearConfirm', list.items.length, formatCount(list.items.length, i18n))}
            </button>
            <button type="button" data-action="clear-cancel" onClick={() => setConfirmClear(false)}>
              {t('popupListCancel')}
            </button>
          </span>
        )}
      </div>
      {!api.canPickFiles() && <p class="hint">{t('popupListImportHint')}</p>}

      <div aria-live="polite" class="list-status">
        <p role="status">{statusText}</p>
        {problems.length > 0 && (
          <ul role="alert" class="problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** Styles of the shopping list (the toolbar window adds them to its page). */
export const SHOPPING_LIST_CSS = `
.shopping-list textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 6px 8px; resize: vertical; }
.shopping-list .list-add button { margin-top: 4px; }
.shopping-list .list-items { list-style: decimal; padding-left: 22px; margin: 10px 0; }
.shopping-list .list-items li { padding: 4px 0; border-bottom: 1px solid color-mix(in srgb, currentColor 12%, transparent); }
.shopping-list .item-text { display: block; font-weight: 600; overflow-wrap: anywhere; }
.shopping-list .item-values { display: block; font-size: 0.93em; opacity: 0.85; font-variant-numeric: tabular-nums; }
.shopping-list li[data-state="unmatched"] .item-values, .shopping-list li[data-state="no-amount"] .item-values { font-style: italic; }
.shopping-list .item-actions { display: flex; gap: 8px; align-items: center; margin-top: 2px; font-size: 0.93em; }
.shopping-list button.icon { min-width: 24px; padding: 0 4px; }
.shopping-list form.edit { display: flex; gap: 4px; flex-wrap: wrap; }
.shopping-list form.edit input { flex: 1 1 180px; font: inherit; padding: 3px 6px; }
.shopping-list .totals { margin: 8px 0 2px; font-variant-numeric: tabular-nums; }
.shopping-list .counted, .shopping-list .not-counted { margin: 2px 0; font-size: 0.93em; opacity: 0.85; }
.shopping-list .list-actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 10px; }
.shopping-list .problems { color: #a33; padding-left: 18px; list-style: disc; }
.list-chart { margin: 10px 0 0; }
.list-chart figcaption { font-size: 0.93em; margin-bottom: 4px; }
.list-chart .key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; vertical-align: middle; }
.list-chart .key.k2, .list-chart .bar.k2 { background: #2f7d4f; fill: #2f7d4f; }
.list-chart .key.calcium, .list-chart .bar.calcium { background: #3b6fb6; fill: #3b6fb6; }
.list-chart text { font: 11px system-ui, sans-serif; fill: currentColor; }
.list-chart .target { stroke: currentColor; stroke-dasharray: 3 3; opacity: 0.6; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
