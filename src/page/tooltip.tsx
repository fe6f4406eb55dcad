/**
 * The one detail card per page: a `<k2lens-tooltip>` host with a closed shadow
 * root, fixed-positioned beside the badge that opened it — below it, or above
 * it, never over it (its height shrinks to the room there is, and it scrolls).
 * Escape, the close button or a click elsewhere close it and give focus back
 * to the badge; a card the pointer opened closes when the pointer moves away
 * from both the badge and the card.
 */
import { type ComponentChildren, render } from 'preact';
import { i18n } from '../i18n/current';
import { FOOD_CARD_CSS } from '../ui/FoodCard';
import { OWN_ATTR } from './badge';

const TOOLTIP_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important;
  top: var(--k2lens-top, 8px) !important; left: var(--k2lens-left, 8px) !important; }
:host([hidden]) { display: none !important; }
.panel { box-sizing: border-box; width: min(460px, calc(100vw - 16px)); max-height: var(--k2lens-max-height, min(480px, calc(100vh - 16px)));
  overflow: auto; background: #fff; color: #1d232a; border: 1px solid #c9d1da; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; font-size: 12px; padding: 3px 8px; border-radius: 6px; border: 1px solid #aab4bf; background: transparent; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.close { position: absolute; top: 6px; right: 8px; border: none; font-size: 16px; line-height: 1; }
.disclaimer { font-size: 11px; opacity: 0.75; margin-top: 6px; }
@media (prefers-color-scheme: dark) { .panel { background: #1f252c; color: #e6ebf0; border-color: #46515d; } button { border-color: #5d6a77; } }
@media (prefers-reduced-motion: no-preference) { .panel { animation: k2in 90ms ease-out; } @keyframes k2in { from { opacity: 0; transform: translateY(2px); } } }
`;

/** Gap between the badge and the card, and between the card and the viewport's edges (px). */
const GAP = 6;
const MARGIN = 8;
/** Less room than this on either side: the card takes the larger side anyway, and scrolls. */
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 480;
/** How long the pointer may be away from the badge and the card before a card it opened closes (ms). */
const LEAVE_MS = 300;

export interface TooltipContent {
  /** Accessible name of the card ("Gouda: vitamin K2 and calcium"). */
  label: string;
  /** The card's body (a Preact element). */
  body: ComponentChildren;
}

export interface OpenOptions {
  /** Move keyboard focus into the card (opened with the keyboard or a click). */
  focus?: boolean;
  /** Opened by the pointer resting on the badge: it closes when the pointer moves away. */
  hover?: boolean;
}

export interface Tooltip {
  open(anchor: HTMLElement, content: TooltipContent, opts?: OpenOptions): void;
  close(opts?: { restoreFocus?: boolean }): void;
  isOpenFor(anchor: HTMLElement): boolean;
  /** The pointer left the badge (a card it opened closes unless the pointer reaches the card). */
  anchorLeft(anchor: HTMLElement): void;
  /**
   * True for a badge whose card the reader closed (Escape, the close button, a click elsewhere, moving
   * away) until the pointer leaves it: the pointer still resting on it must not open the card again.
   */
  dismissed(anchor: HTMLElement): boolean;
  /** True while closing gives focus back to the badge (so focus does not reopen the card). */
  readonly restoringFocus: boolean;
  /** Removes the tooltip and its listeners. */
  destroy(): void;
}

/** The card's frame: the close button, the body and the disclaimer. */
function Frame({ body, onClose }: { body: ComponentChildren; onClose: () => void }) {
  const { t } = i18n();
  return (
    <div>
      <button type="button" class="close" aria-label={t('tipClose')} onClick={onClose}>
        ×
      </button>
      {body}
      <p class="disclaimer">{t('tipDisclaimer')}</p>
    </div>
  );
}

/**
 * Where the card goes for a badge at `r` in a viewport `vw` × `vh`: below the badge when its natural
 * height fits there, else above when it fits, else on the side with more room, its height cut to that
 * room; never over the badge.
 */
export function placeCard(
  r: { top: number; bottom: number; left: number },
  natural: number,
  vw: number,
  vh: number,
): { top: number; left: number; maxHeight: number } {
  const width = Math.min(460, vw - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(r.left, vw - width - MARGIN));
  const below = vh - MARGIN - (r.bottom + GAP);
  const above = r.top - GAP - MARGIN;
  const want = Math.min(natural, MAX_HEIGHT);
  if (want <= below || (below >= above && below >= MIN_HEIGHT))
    return { top: r.bottom + GAP, left, maxHeight: Math.max(below, 0) };
  if (want <= above || above >= MIN_HEIGHT) {
    const height = Math.min(want, above);
    return { top: r.top - GAP - height, left, maxHeight: Math.max(above, 0) };
  }
  // Room for neither: the larger side, however small.
  return below >= above
    ? { top: r.bottom + GAP, left, maxHeight: Math.max(below, 0) }
    : { top: MARGIN, left, maxHeight: Math.max(above, 0) };
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
  let byHover = false;
  let restoringFocus = false;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  const closedBy = new WeakSet<HTMLElement>();

  const position = () => {
    if (!anchor) return;
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    // The natural height, measured without a cut.
    host.style.setProperty('--k2lens-max-height', `${MAX_HEIGHT}px`);
    const natural = panel.scrollHeight || panel.offsetHeight || 240;
    const place = placeCard(anchor.getBoundingClientRect(), natural, vw, vh);
    host.style.setProperty('--k2lens-left', `${place.left}px`);
    host.style.setProperty('--k2lens-top', `${place.top}px`);
    host.style.setProperty('--k2lens-max-height', `${Math.min(MAX_HEIGHT, place.maxHeight)}px`);
  };

  const close = ({ restoreFocus = false, dismiss = true } = {}) => {
    clearTimeout(leaveTimer);
    if (!anchor) return;
    const was = anchor;
    anchor = null;
    byHover = false;
    if (dismiss) closedBy.add(was);
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

  const leaveSoon = () => {
    clearTimeout(leaveTimer);
    if (byHover) leaveTimer = setTimeout(() => close(), LEAVE_MS);
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
  host.addEventListener('mouseenter', () => clearTimeout(leaveTimer));
  host.addEventListener('mouseleave', leaveSoon);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.defaultView?.addEventListener('scroll', onViewportChange, { passive: true, capture: true });
  doc.defaultView?.addEventListener('resize', onViewportChange, { passive: true });

  return {
    open(target, content, { focus = false, hover = false } = {}) {
      clearTimeout(leaveTimer);
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
      const box = target.getBoundingClientRect();
      const vh = doc.defaultView?.innerHeight ?? 768;
      if (box.bottom < 0 || box.top > vh) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (anchor && anchor !== target) anchor.setAttribute('aria-expanded', 'false');
      // A card opened by a click or the keyboard stays until the reader closes it.
      byHover = anchor === target ? byHover && hover : hover;
      anchor = target;
      closedBy.delete(target);
      target.setAttribute('aria-expanded', 'true');
      panel.setAttribute('aria-label', content.label);
      panel.setAttribute('lang', i18n().lang);
      render(<Frame body={content.body} onClose={() => close({ restoreFocus: true })} />, panel);
      host.hidden = false;
      position();
      if (focus) panel.focus({ preventScroll: true });
    },
    close: (opts) => close(opts),
    isOpenFor: (target) => anchor === target,
    anchorLeft(target) {
      closedBy.delete(target);
      if (anchor === target) leaveSoon();
    },
    dismissed: (target) => closedBy.has(target),
    get restoringFocus() {
      return restoringFocus;
    },
    destroy() {
      close({ dismiss: false });
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.defaultView?.removeEventListener('scroll', onViewportChange, { capture: true });
      doc.defaultView?.removeEventListener('resize', onViewportChange);
      host.remove();
    },
  };
}
