/**
 * The basket card: on a cart, basket or checkout page (./../cart.ts), what the
 * basket's cheeses and fermented foods add up to — each line's grams
 * (quantity × package grams) with its K2 and calcium, the totals, their share
 * of the daily targets over a number of days the user sets in the card — and
 * the lines K2 Lens does not know. It follows the page live: a changed
 * quantity, a removed line. It reads the page's form fields, never writes them.
 */
import { render } from 'preact';
import { getMatcher } from '../../match';
import { BASKET_CARD_CSS, BasketCard } from '../../ui/BasketCard';
import { type Basket, basketTotals } from '../../value/basket';
import { OWN_ATTR } from '../badge';
import { cartPageSteps } from '../cart';
import { basketLines } from '../cart-lines';
import { pageLanguage } from '../core/block-rules';
import type { PageContext, PageFeature } from '../core/feature';
import { CARD_HOST_CSS, commonAncestor, outsideStructure } from '../placement';

/** How long after a change of the page the basket is read again (ms). */
const SETTLE_MS = 120;

export interface BasketFeature extends PageFeature {
  /** The basket as last read (undefined: not a cart page). */
  basket(): Basket | undefined;
}

export function basketCard(): BasketFeature {
  let ctx: PageContext;
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let current: Basket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cart: boolean | undefined;
  /** The check whether the page is a cart page, while it runs. */
  let checking: Promise<boolean> | undefined;
  let days: number | undefined;
  /** While the card reads and renders: the change it reports is its own. */
  let reading = false;

  const remove = () => {
    if (mount) render(null, mount);
    host?.remove();
    host = null;
    mount = null;
  };

  /** Puts the card (closed shadow root) before the cart's lines (outside their list or table). */
  const place = (rows: readonly Element[]): boolean => {
    const common = commonAncestor(rows);
    if (!common) return false;
    // One line: its own row; several: the element holding them all.
    const anchor = outsideStructure(rows.length === 1 ? (rows[0] as Element) : common);
    if (!anchor.parentNode) return false;
    const el = ctx.doc.createElement('k2lens-basket');
    el.setAttribute(OWN_ATTR, '');
    const root = el.attachShadow({ mode: 'closed' });
    const style = ctx.doc.createElement('style');
    style.textContent = BASKET_CARD_CSS + CARD_HOST_CSS;
    const div = ctx.doc.createElement('div');
    root.append(style, div);
    anchor.parentNode.insertBefore(el, anchor);
    host = el;
    mount = div;
    return true;
  };

  /** Reads the basket and shows (or updates) the card. */
  const read = async () => {
    if (!ctx.alive() || ctx.disabled()) return;
    checking ??= isCart();
    const check = checking;
    const result = await check;
    // A navigation while the check ran (reset): the new page is checked by the next reading.
    if (check !== checking || !ctx.alive()) return;
    cart ??= result;
    if (!cart) return;
    reading = true;
    try {
      await show();
    } finally {
      reading = false;
    }
  };

  const show = async () => {
    const matcher = ctx.deps.detector.matcher?.() ?? getMatcher();
    const lines = basketLines(ctx.doc, matcher, pageLanguage(ctx.doc));
    const ids = lines.flatMap((l) => (l.foodId ? [l.foodId] : []));
    if (!(await ctx.facts.resolve(ids)) || !ctx.alive()) return;
    current = basketTotals(lines, (id) => ctx.facts.get(id));
    if (!host && !place(lines.map((l) => l.row))) return;
    // The totals on the host too (central values, µg and mg), like the recipe card's servings.
    host?.setAttribute('data-k2', String(current.totals.k2.central));
    host?.setAttribute('data-calcium', String(current.totals.calcium.central));
    host?.setAttribute('data-items', String(current.items.filter((i) => i.k2).length));
    const prefs = ctx.prefs();
    const shown = days ?? prefs.basketDays;
    if (mount)
      render(
        <BasketCard
          basket={current}
          foods={ctx.facts.foods}
          targets={prefs.targets}
          days={shown}
          onDays={(n) => {
            days = n;
            ctx.deps.saveBasketDays?.(n);
            void read();
          }}
          onClose={remove}
        />,
        mount,
      );
    ctx.changed();
  };

  /** Whether the page is a cart page, its steps in separate tasks (a large page's each read it whole once). */
  const isCart = async (): Promise<boolean> => {
    const steps = cartPageSteps(ctx.doc);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!ctx.alive()) return false;
    }
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void read();
    }, SETTLE_MS);
  };

  /** A quantity changed in one of the page's fields (typed, chosen, stepped). */
  const onField = (event: Event) => {
    const target = event.target as Element | null;
    if (!target || target.closest?.('k2lens-basket')) return;
    soon();
  };

  return {
    name: 'basket',
    start(c) {
      ctx = c;
      const opts = { capture: true, passive: true, signal: ctx.signal } as const;
      ctx.doc.addEventListener('input', onField, opts);
      ctx.doc.addEventListener('change', onField, opts);
      ctx.doc.addEventListener('click', onField, opts);
      ctx.onChanged(() => {
        // The card's own update reports a change too: only the page's changes start a new reading.
        if (!reading && cart !== false) soon();
      });
      ctx.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        remove();
      });
    },
    structureRead: soon,
    refresh() {
      days = undefined;
      if (ctx.disabled()) remove();
      else soon();
    },
    reset() {
      cart = undefined;
      checking = undefined;
      current = undefined;
      remove();
      soon();
    },
    basket: () => current,
  };
}
