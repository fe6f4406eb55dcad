/**
 * One item of the shopping list: its text and values, and its buttons (edit,
 * up, down, remove), or the field that edits its text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { I18n } from '../../i18n/core';
import { LIMITS } from '../../messages';
import { quoted } from '../text';
import type { ItemValues } from './list-model';
import { valuesText } from './list-text';

export function ItemRow({
  item,
  index,
  last,
  editing,
  i18n,
  onEdit,
  onSave,
  onCancel,
  onMove,
  onRemove,
}: {
  item: ItemValues;
  index: number;
  last: boolean;
  editing: boolean;
  i18n: I18n;
  onEdit: () => void;
  onSave: (text: string) => void;
  onCancel: () => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = i18n;
  const { entry } = item;
  const state = entry.foodId === undefined ? 'unmatched' : item.k2_ug === undefined ? 'no-amount' : 'counted';
  const name = quoted(entry.text, i18n);
  return (
    <li data-item={entry.id} data-food={entry.foodId} data-state={state}>
      {editing ? (
        <EditItem entry={entry} name={name} i18n={i18n} onSave={onSave} onCancel={onCancel} />
      ) : (
        <>
          <span class="item-text">{entry.text}</span>
          <span class="item-values">{valuesText(item, i18n)}</span>
          <span class="item-actions">
            <button
              type="button"
              class="link"
              data-action="edit"
              aria-label={t('popupListEditLabel', name)}
              onClick={onEdit}
            >
              {t('popupListEdit')}
            </button>
            <button
              type="button"
              class="icon"
              data-action="up"
              aria-label={t('popupListUpLabel', name)}
              title={t('popupListUp')}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="icon"
              data-action="down"
              aria-label={t('popupListDownLabel', name)}
              title={t('popupListDown')}
              disabled={last}
              onClick={() => onMove(index + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              class="link"
              data-action="remove"
              aria-label={t('popupListRemoveLabel', name)}
              onClick={onRemove}
            >
              {t('popupListRemove')}
            </button>
          </span>
        </>
      )}
    </li>
  );
}

/**
 * The field that edits an item's text. Its text starts as the item's when the field appears (its first
 * render), so what the user types right away is never reset by a later update of the same item.
 */
function EditItem({
  entry,
  name,
  i18n,
  onSave,
  onCancel,
}: {
  entry: ItemValues['entry'];
  name: string;
  i18n: I18n;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = i18n;
  const [text, setText] = useState(entry.text);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <form
      class="edit"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label class="sr-only" for={`list-edit-${entry.id}`}>
        {t('popupListEditLabel', name)}
      </label>
      <input
        id={`list-edit-${entry.id}`}
        ref={field}
        type="text"
        name="item-text"
        value={text}
        maxLength={LIMITS.listText}
        autoComplete="off"
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" data-action="save">
        {t('popupListSave')}
      </button>
      <button type="button" data-action="cancel" onClick={onCancel}>
        {t('popupListCancel')}
      </button>
    </form>
  );
}
