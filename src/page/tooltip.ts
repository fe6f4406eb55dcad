/**
 * The one detail card per page: a `<k2lens-tooltip>` host with a closed shadow
 * root, fixed-positioned next to the badge that opened it. Opens on hover,
 * focus, click, tap, Enter or Space; Escape or a click elsewhere closes it and
 * gives focus back to the badge.
 */
import { type ComponentChildren, h, render } from 'preact';
import { i18n } from '../i18n/current';
import { FOOD_CARD_CSS } from '../ui/FoodCard';
import { OWN_ATTR } from './badge';

const TOOLTIP_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important;
  top: var(--k2lens-top, 8px) !important; left: var(--k2lens-left, 8px) !important; }
:host([hidden]) { display: none !important; }
.panel { box-sizing: border-box; width: min(460px, calc(100vw - 16px)); max-height: min(480px, calc(100vh - 16px)); overflow: auto;
  background: #fff; color: #1d232a; border: 1px solid #c9d1da; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; font-size: 12px; padding: 3px 8px; border-radius: 6px; border: 1px solid #aab4bf; background: transparent; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.close { position: absolute; top: 6px; right: 8px; border: none; font-size: 16px; line-height: 1; }
.disclaimer { font-size: 11px; opacity: 0.75; margin-top: 6px; }
@media (prefers-color-scheme: dark) { .panel { background: #1f252c; color: #e6ebf0; border-color: #46515d; } button { border-color: #5d6a77; } }
@media (prefers-reduced-motion: no-preference) { .panel { animation: k2in 90ms ease-out; } @keyframes k2in { from { opacity: 0; transform: translateY(2px); } } }
`;

export interface TooltipContent {
  /** Accessible name of the card ("Gouda: vitamin K2 and calcium"). */
  label: string;
  /** The card's body (a Preact element). */
  body: ComponentChildren;
}

export interface Tooltip {
  open(anchor: HTMLElement, content: TooltipContent, opts?: { focus?: boolean }): void;
  close(opts?: { restoreFocus?: boolean }): void;
  isOpenFor(anchor: HTMLElement): boolean;
  /** True while closing gives focus back to the badge (so focus does not reopen the card). */
  readonly restoringFocus: boolean;
  /** Removes the tooltip and its listeners. */
  destroy(): void;
}

export function createTooltip(doc: Document): Tooltip {
  const host = doc.createElement('k2lens-tooltip');
  host.setAttribute(OWN_ATTR, '');
  host.hidden = true;
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = FOOD_CARD_CSS + TOOLTIP_CSS;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.tabIndex = -1;
  root.append(style, panel);
  let anchor: HTMLElement | null = null;
  let restoringFocus = false;

  const position = () => {
    if (!anchor) return;
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const r = anchor.getBoundingClientRect();
    const w = Math.min(460, vw - 16);
    const left = Math.max(8, Math.min(r.left, vw - w - 8));
    host.style.setProperty('--k2lens-left', `${left}px`);
    const height = panel.offsetHeight || 240;
    // Below the badge if it fits, else above it, and always inside the viewport.
    let top = r.bottom + 6;
    if (top + height > vh - 8) top = r.top - height - 6 >= 8 ? r.top - height - 6 : vh - height - 8;
    top = Math.min(Math.max(8, top), Math.max(8, vh - height - 8));
    host.style.setProperty('--k2lens-top', `${top}px`);
  };

  const close = ({ restoreFocus = false } = {}) => {
    if (!anchor) return;
    const was = anchor;
    anchor = null;
    host.hidden = true;
    was.setAttribute('aria-expanded', 'false');
    render(null, panel);
    if (restoreFocus) {
      restoringFocus = true;
      try {
        was.focus({ preventScroll: true });
      } finally {
        restoringFocus = false;
      }
    }
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && anchor) {
      event.stopPropagation();
      close({ restoreFocus: true });
    }
  };
  const onPointerDown = (event: Event) => {
    if (!anchor) return;
    const path = event.composedPath();
    if (!path.includes(host) && !path.includes(anchor)) close();
  };
  const onViewportChange = () => position();
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.defaultView?.addEventListener('scroll', onViewportChange, { passive: true, capture: true });
  doc.defaultView?.addEventListener('resize', onViewportChange, { passive: true });

  return {
    open(target, content, { focus = false } = {}) {
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
      const box = target.getBoundingClientRect();
      const vh = doc.defaultView?.innerHeight ?? 768;
      if (box.bottom < 0 || box.top > vh) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (anchor && anchor !== target) anchor.setAttribute('aria-expanded', 'false');
      anchor = target;
      target.setAttribute('aria-expanded', 'true');
      panel.setAttribute('aria-label', content.label);
      const { t, lang } = i18n();
      panel.setAttribute('lang', lang);
      render(
        h(
          'div',
          null,
          h(
            'button',
            {
              type: 'button',
              class: 'close',
              'aria-label': t('tipClose'),
              onClick: () => close({ restoreFocus: true }),
            },
            '×',
          ),
          content.body,
          h('p', { class: 'disclaimer' }, t('tipDisclaimer')),
        ),
        panel,
      );
      host.hidden = false;
      position();
      if (focus) panel.focus({ preventScroll: true });
    },
    close,
    isOpenFor: (target) => anchor === target,
    get restoringFocus() {
      return restoringFocus;
    },
    destroy() {
      close();
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.defaultView?.removeEventListener('scroll', onViewportChange, { capture: true });
      doc.defaultView?.removeEventListener('resize', onViewportChange);
      host.remove();
    },
  };
}
