/**
 * Badge elements on the page: a `<k2lens-badge>` host with a closed shadow
 * root, inserted after the matched text (never inside or splitting a page text
 * node), keyboard focusable and labelled. Page CSS cannot reach inside; the
 * host resets what page CSS could do to it.
 */
import type { Level } from '../ui/badge-model';

/** What a badge shows: a food estimate (coloured by level) or a supplement label. */
export interface BadgeView {
  foodId: string;
  text: string;
  label: string;
  level: Level | 'label';
  estimate: boolean;
  /** The estimate mark `text` ends with ("est."), shown lighter. */
  mark?: string;
  /**
   * The pieces `text` ends with, each number's mark ("est.") flagged to be shown
   * lighter wherever it stands; text before them (a food name) stays as it is.
   */
  segments?: readonly { text: string; mark?: boolean }[];
  /** Language of the text and label (for screen readers on a page in another language). */
  lang?: string;
}

export const BADGE_TAG = 'k2lens-badge';
export const BADGE_ATTR = 'data-k2lens-badge';
/**
 * Set on a badge inserted before the others of its flush are: it is not shown
 * (the page lays nothing out for it) until the whole flush is in and the
 * attribute goes from all of them at once (see BadgeLayer.flush).
 */
export const WAITING_ATTR = 'data-k2lens-waiting';
/** Set on every element K2 Lens adds: the scanner skips them. */
export const OWN_ATTR = 'data-k2lens';

const BADGE_CSS = `
:host { all: initial !important; display: inline-block !important; vertical-align: baseline !important;
  margin: 0 0 0 0.35em !important; cursor: pointer !important; line-height: 1 !important; position: static !important; }
:host([data-k2lens-waiting]) { display: none !important; }
:host(:focus-visible) { outline: 2px solid #1a73e8 !important; outline-offset: 1px !important; border-radius: 9px !important; }
.chip { display: inline-block; font: 600 11px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; padding: 0 7px;
  border-radius: 9px; white-space: nowrap; border: 1px solid transparent; letter-spacing: 0; text-transform: none; }
.low { background: #eef1f4; color: #36424e; border-color: #c9d1da; }
.medium { background: #fff2cc; color: #5c4300; border-color: #e8cf7a; }
.high { background: #dff3e4; color: #17452a; border-color: #8fcea2; }
.label { background: #eef0fb; color: #2b3270; border-color: #b9bfe8; }
.est { font-weight: 500; opacity: 0.85; }
@media (prefers-color-scheme: dark) {
  .low { background: #2b323a; color: #d5dde5; border-color: #46515d; }
  .medium { background: #43391a; color: #f6e2a4; border-color: #6b5a22; }
  .high { background: #1d3a27; color: #bfe8cb; border-color: #2f6a43; }
  .label { background: #262a45; color: #d3d7f5; border-color: #4a5086; }
}
@media (prefers-reduced-motion: no-preference) { .chip { transition: filter 120ms ease-out; } :host(:hover) .chip { filter: brightness(0.96); } }
`;

export interface BadgeHandle {
  host: HTMLElement;
  update(model: BadgeView): void;
}

/** Creates a badge host; `onActivate` runs on click, Enter or Space. */
export function createBadge(
  doc: Document,
  model: BadgeView,
  onActivate: (host: HTMLElement) => void,
): BadgeHandle {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute(BADGE_ATTR, '');
  host.setAttribute(OWN_ATTR, '');
  host.setAttribute('tabindex', '0');
  host.setAttribute('role', 'button');
  host.setAttribute('aria-haspopup', 'dialog');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const chip = doc.createElement('span');
  root.append(style, chip);

  const update = (m: BadgeView) => {
    host.setAttribute('data-food', m.foodId);
    host.setAttribute('data-level', m.level);
    host.setAttribute('aria-label', m.label);
    if (m.lang) host.setAttribute('lang', m.lang);
    host.title = '';
    chip.className = `chip ${m.level}`;
    const mark = m.mark ? ` ${m.mark}` : '';
    const tail = m.segments?.map((s) => s.text).join('') ?? '';
    if (m.segments?.some((s) => s.mark) && m.text.endsWith(tail)) {
      const nodes: Node[] = [doc.createTextNode(m.text.slice(0, m.text.length - tail.length))];
      for (const s of m.segments) {
        if (!s.mark) nodes.push(doc.createTextNode(s.text));
        else {
          const est = doc.createElement('span');
          est.className = 'est';
          est.textContent = s.text;
          nodes.push(est);
        }
      }
      chip.replaceChildren(...nodes);
    } else if (mark && m.text.endsWith(mark)) {
      const est = doc.createElement('span');
      est.className = 'est';
      est.textContent = mark;
      chip.replaceChildren(doc.createTextNode(m.text.slice(0, -mark.length)), est);
    } else {
      chip.textContent = m.text;
    }
  };
  update(model);

  const activate = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    onActivate(host);
  };
  host.addEventListener('click', activate);
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') activate(event);
  });
  return { host, update };
}

const INLINE_WRAPPERS = new Set([
  'A',
  'B',
  'STRONG',
  'EM',
  'I',
  'MARK',
  'SMALL',
  'SPAN',
  'U',
  'LABEL',
  'ABBR',
  'CITE',
  'Q',
  'SUB',
  'SUP',
  'FONT',
  'BDI',
  'BDO',
  'DATA',
  'TIME',
]);

/**
 * Where the badge goes: right after the matched text node, or after the
 * nearest inline container that ends with it (so a badge never lands inside a
 * link or a bold name), within the block.
 */
export function badgeAnchor(endNode: Text, block: Element): Node {
  let anchor: Node = endNode;
  let parent = endNode.parentElement;
  while (parent && parent !== block && INLINE_WRAPPERS.has(parent.tagName)) {
    // Step out of links always (a badge inside a link would navigate); out of other wrappers when we end them.
    if (parent.tagName === 'A' || parent.lastChild === anchor) {
      anchor = parent;
      parent = parent.parentElement;
    } else {
      break;
    }
  }
  return anchor;
}

export function placeBadge(badge: HTMLElement, endNode: Text, block: Element): boolean {
  const anchor = badgeAnchor(endNode, block);
  const parent = anchor.parentNode;
  if (!parent) return false;
  parent.insertBefore(badge, anchor.nextSibling);
  return true;
}
