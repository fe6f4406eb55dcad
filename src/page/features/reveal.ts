/**
 * "Show on the page" from the toolbar window's list of the page's products:
 * scrolls the product's title into view and outlines it for a moment. The
 * outline is an element of K2 Lens fixed over the page (closed shadow root,
 * no pointer events): nothing of the page's own elements is restyled and its
 * layout does not move.
 */
import { OWN_ATTR } from '../badge';
import type { PageContext, PageFeature } from '../core/feature';

/** How long the outline stays (ms). */
const SHOW_MS = 2400;

const CSS = `:host{all:initial;position:fixed;z-index:2147483647;pointer-events:none;box-sizing:border-box;
border:3px solid #c2410c;border-radius:6px;box-shadow:0 0 0 4px rgba(194,65,12,.25);transition:opacity .4s}
@media (prefers-reduced-motion:reduce){:host{transition:none}}`;

export interface RevealFeature extends PageFeature {
  /** Scrolls `el` into view and outlines it; false when it is no longer in the page. */
  reveal(el: Element | undefined): boolean;
}

export function revealOnPage(): RevealFeature {
  let ctx: PageContext | undefined;
  let outline: HTMLElement | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    outline?.remove();
    outline = null;
  };

  return {
    name: 'reveal',
    start(c) {
      ctx = c;
      c.signal.addEventListener('abort', clear);
    },
    reset: clear,
    reveal(el) {
      if (!ctx?.alive() || !el?.isConnected) return false;
      clear();
      const doc = ctx.doc;
      const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      const host = doc.createElement('k2lens-highlight');
      host.setAttribute(OWN_ATTR, '');
      const root = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = CSS;
      root.append(style);
      (doc.body ?? doc.documentElement).append(host);
      outline = host;
      // Follows the element while the page scrolls to it.
      const follow = () => {
        if (!outline || !el.isConnected) return clear();
        const r = el.getBoundingClientRect();
        const pad = 4;
        outline.style.cssText = `left:${r.left - pad}px;top:${r.top - pad}px;width:${r.width + 2 * pad}px;height:${r.height + 2 * pad}px`;
        frame = requestAnimationFrame(follow);
      };
      follow();
      timer = setTimeout(() => {
        if (outline) outline.style.opacity = '0';
        timer = setTimeout(clear, 450);
      }, SHOW_MS);
      return true;
    },
  };
}
