/**
 * Prices in the text of a product tile or a price element (DOM-free).
 *
 * A price is an amount next to a currency sign, name or code, before or after
 * it ("£4.50", "4,50 €", "CHF 4.50", "12 990 Ft", "¥258", "12,000원", "75p").
 * Amounts: "4.50", "4,50", "1 234,00", "1.234,00", "1,234.00", "1'234.50",
 * "4,-" / "4.–" (whole), Swedish "29:90" and "29:-", cents in superscript
 * ("4⁹⁹ €") or split off by the caller joining text nodes with spaces ("4 99 €":
 * two digits after a space, right before the sign of a currency with cents),
 * and French "4€99". A separator before exactly three digits groups thousands
 * ("1,234", "4.500 Ft", "12,000원"); before one or two digits it is the decimal
 * mark. A number without a sign is no price in a tile's text (weights, counts,
 * percentages are never read); `parsePrice` alone reads a bare amount when the
 * caller gives the currency (`currencyHint`, e.g. from structured data).
 *
 * Each price gets a role from its surroundings (labels.ts): 'unit' (a price per
 * kg, 100 g, l, lb, each…), 'old' (was/statt/UVP/lowest-30-days or struck
 * through), 'offer' (multibuy: "2 for £5", "2 szt. za 10 zł"), 'loyalty'
 * ("Clubcard Price"), 'deposit' ("Pfand"), 'saving' ("Save £1", "-1,00 €"),
 * 'net' (before tax), 'other' (shipping, per serving) or 'product'.
 */
import { isDigit, readNumber } from './amount';
import {
  type CurrencyOptions,
  currencyDef,
  MINOR_RE,
  PREFIX_RE,
  resolveCurrency,
  SUFFIX_RE,
  type TextClues,
  textClues,
  WHOLE_UNIT_CURRENCIES,
  weakAllowed,
} from './currency';
import { attach, type LabelKind, OFFER_RE } from './labels';
import { isStruck, type Normalized, normalize } from './text';
import {
  NOT_A_UNIT_RE,
  OTHER_UNIT_AFTER_RE,
  type Per,
  type PerUnit,
  perOf,
  UNIT_AFTER_RE,
  UNIT_SLASH_RE,
  unitBefore,
} from './units';

export type { Per, PerUnit };

export interface Price {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** Set for a unit price: the amount buys `quantity` `unit`s ("£1.07/100g" → 1 × 100g). */
  per?: Per;
}

export type PriceRole =
  | 'product'
  | 'unit'
  | 'old'
  | 'offer'
  | 'loyalty'
  | 'deposit'
  | 'saving'
  | 'net'
  | 'other';

export interface PriceHit {
  price: Price;
  role: PriceRole;
  /** Offsets in the original text (end exclusive) and the text there. */
  start: number;
  end: number;
  text: string;
  /** A from-price ("ab 3,49 €", "from £2"). */
  from?: true;
}

export interface PriceOptions extends CurrencyOptions {
  /** Ranges of the text shown struck through (the caller reads them from the page): prices there are old. */
  struck?: readonly { start: number; end: number }[];
}

interface Candidate {
  start: number;
  end: number;
  amount: number;
  currency: string;
  per?: Per;
  minus: boolean;
  labels: Set<LabelKind>;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

interface Sign {
  code: string;
  minor: boolean;
}

/** The options and what the whole text says about its currency. */
interface Context {
  opts: PriceOptions;
  clues: TextClues;
}

/** The currency a spelling stands for here, unless it is a weak sign the page does not back. */
function signOf(spelling: string, ctx: Context): Sign | undefined {
  const def = currencyDef(spelling);
  if (!def) return undefined;
  const code = resolveCurrency(def, ctx.opts);
  if (def.weak && !weakAllowed(code, ctx.opts, ctx.clues)) return undefined;
  return { code, minor: !!def.minor };
}

/**
 * The sign after an amount that ends at `pos`: "4,50 €", "75p", "29,90 kr".
 * A sign set off from the amount by a space but glued to the next number is
 * that number's ("3 $29.99": not 3 dollars).
 */
function suffixAt(
  s: string,
  pos: number,
  ctx: Context,
): { sign: Sign; end: number; spelling: string } | undefined {
  MINOR_RE.lastIndex = pos;
  SUFFIX_RE.lastIndex = pos;
  const m = MINOR_RE.exec(s) ?? SUFFIX_RE.exec(s);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  if (s[pos] === ' ' && isDigit(s[end])) return undefined;
  const sign = signOf(m[1] as string, ctx);
  return sign ? { sign, end, spelling: m[1] as string } : undefined;
}

/** The price whose amount starts at s[i], if a currency sign stands next to it. */
function candidateAt(n: Normalized, i: number, from: number, ctx: Context): Candidate | undefined {
  const s = n.s;
  const num = readNumber(s, i, n.breaks);
  if (/^ ?%/.test(s.slice(num.end, num.end + 2))) return undefined;
  const before = s.slice(Math.max(from, i - 16), i);
  let value = num.value;
  let start = i;
  let end = num.end;
  let per: Per | undefined;
  // A sign before: "£3.75", "CHF 4.50", "€/kg 12,49".
  const pre = PREFIX_RE.exec(before);
  let sign = pre ? signOf(pre[1] as string, ctx) : undefined;
  if (sign) start = i - (pre as RegExpExecArray)[0].length;
  else {
    const slash = UNIT_SLASH_RE.exec(before);
    sign = slash?.[1] ? signOf(slash[1], ctx) : undefined;
    if (sign && slash) {
      start = i - slash[0].length;
      per = perOf(slash[2], slash[3] as string);
    }
  }
  // "x2", "6P", "A4": a number glued to a word is no amount (CJK writes amounts right after words: "本体価格258円").
  if (!sign && /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(s[i - 1] ?? ''))
    return undefined;
  // "$ 29 . 99": split cents after a sign.
  if (sign && num.alt?.mark) {
    value = num.alt.value;
    end = num.alt.end;
  }
  // A sign after: "4 99 €" (cents split off), "75p", "4,50 €", "4€99".
  if (!sign && num.alt) {
    const alt = suffixAt(s, num.alt.end, ctx);
    if (alt && !WHOLE_UNIT_CURRENCIES.has(alt.sign.code)) {
      sign = alt.sign;
      value = num.alt.value;
      end = alt.end;
    }
  }
  if (!sign) {
    // "0,99 ¹ лв.", "3,49* €": a footnote mark between an amount with cents and its sign.
    const mark = num.decimals ? /^ ?(?:[*†‡]|\d(?!\d)) ?/.exec(s.slice(num.end, num.end + 4)) : null;
    const after =
      suffixAt(s, num.end, ctx) ?? (mark ? suffixAt(s, num.end + mark[0].length, ctx) : undefined);
    if (after) {
      sign = after.sign;
      end = after.end;
      if (!num.decimals && after.spelling === '€' && /^\d{2}(?!\d)/.test(s.slice(end, end + 3))) {
        value += Number(s.slice(end, end + 2)) / 100;
        end += 2;
      }
    }
  }
  // Swedish "25:-" stands without a sign.
  if (!sign && num.colon && /[-–—]/.test(s[num.end - 1] ?? ''))
    sign = { code: resolveCurrency({ code: 'KRONA' }, ctx.opts), minor: false };
  if (!sign) return undefined;
  if (num.colon && !['SEK', 'NOK', 'DKK', 'ISK'].includes(sign.code)) return undefined;
  if (sign.minor) value /= 100;
  UNIT_AFTER_RE.lastIndex = end;
  const u = UNIT_AFTER_RE.exec(s);
  const after = u ? perOf(u[1], (u[2] ?? u[4]) as string) : undefined;
  let unitWord = false;
  if (after) {
    per = after;
    end = UNIT_AFTER_RE.lastIndex;
  } else {
    OTHER_UNIT_AFTER_RE.lastIndex = end;
    const w = OTHER_UNIT_AFTER_RE.exec(s);
    if (w && !NOT_A_UNIT_RE.test(w[1] as string)) {
      unitWord = true;
      end = OTHER_UNIT_AFTER_RE.lastIndex;
    }
  }
  // "-1,00 €", "−£1": a saving (not "3,99-4,99 €", a range).
  const minus = /[-−–]/.test(s[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(s[start - 2] ?? ' ');
  return {
    start: minus ? start - 1 : start,
    end,
    amount: round(value),
    currency: sign.code,
    ...(per ? { per } : {}),
    minus,
    labels: new Set(unitWord ? ['unit'] : []),
  };
}

const PRIORITY: [LabelKind, PriceRole][] = [
  ['deposit', 'deposit'],
  ['shipping', 'other'],
  ['other', 'other'],
  ['offer', 'offer'],
  ['saving', 'saving'],
  ['loyalty', 'loyalty'],
  ['old', 'old'],
  ['net', 'net'],
];

/**
 * Every price of a text (a product tile's text, a cart line, a price element),
 * in text order, with its offsets and role. `locale` and `currencyHint` resolve
 * "$", "kr" and "¥"; `struck` marks ranges shown struck through.
 */
export function findPrices(text: string, opts: PriceOptions = {}): PriceHit[] {
  const n = normalize(text);
  const s = n.s;
  const cands: Candidate[] = [];
  const ctx: Context = { opts, clues: textClues(s) };
  const digits = /\d/g;
  let from = 0;
  for (let m = digits.exec(s); m; m = digits.exec(s)) {
    const i = m.index;
    const c = candidateAt(n, i, from, ctx);
    if (c) {
      cands.push(c);
      from = c.end;
      digits.lastIndex = c.end;
    } else {
      let j = i;
      while (isDigit(s[j])) j++;
      digits.lastIndex = Math.max(j, readNumber(s, i, n.breaks).end);
    }
  }
  attach(s, cands);
  const hits = cands.map((c, k): PriceHit & { regular: boolean; incl: boolean } => {
    const prevEnd = k > 0 ? (cands[k - 1] as Candidate).end : 0;
    const struck =
      isStruck(n, c.start, c.end) ||
      !!opts.struck?.some((r) => (n.map[c.start] as number) < r.end && (n.map[c.end] as number) > r.start);
    const per = c.per ?? unitBefore(s.slice(Math.max(prevEnd, c.start - 32), c.start));
    let role: PriceRole = 'product';
    if (per || c.labels.has('unit')) role = 'unit';
    else if (struck) role = 'old';
    else if (OFFER_RE.test(s.slice(Math.max(prevEnd, c.start - 32), c.start))) role = 'offer';
    else if (c.minus) role = 'saving';
    else role = PRIORITY.find(([k]) => c.labels.has(k))?.[1] ?? 'product';
    const start = n.map[c.start] as number;
    const end = n.map[c.end] as number;
    return {
      price: { amount: c.amount, currency: c.currency, ...(per ? { per } : {}) },
      role,
      start,
      end,
      text: text.slice(start, end),
      ...(role === 'product' && c.labels.has('from') ? { from: true as const } : {}),
      regular: role === 'product' && c.labels.has('regular'),
      incl: c.labels.has('incl'),
    };
  });
  // "Reg. $4.25" is the old price of a sale, but the product price next to a loyalty price.
  const loyalty = hits.some((h) => h.role === 'loyalty');
  // "¥258（税込¥278）": next to a price with tax, a plain lower price is the one before tax.
  const maxWithTax = new Map<string, number>();
  for (const h of hits)
    if (h.incl && h.role === 'product')
      maxWithTax.set(h.price.currency, Math.max(maxWithTax.get(h.price.currency) ?? 0, h.price.amount));
  return hits.map(({ regular, incl, ...h }) => {
    if (regular && !loyalty) h.role = 'old';
    if (h.role === 'product' && !incl && (maxWithTax.get(h.price.currency) ?? 0) > h.price.amount)
      h.role = 'net';
    return h;
  });
}

/**
 * The price a shopper pays for one package, from the hits of one tile: the
 * lowest 'product' price (a sale price next to its old price when the page
 * gave no label or strike-through), in `currency` when given and present, else
 * in the currency of the first product price ("4,09 € 7,99 лв." → euro);
 * without a product price, a price per piece ("29,90 kr/st", "$1.99 ea").
 * Undefined when there is neither.
 */
export function pickProductPrice(
  hits: readonly PriceHit[],
  opts: { currency?: string } = {},
): Price | undefined {
  let pool = hits.filter((h) => h.role === 'product' && h.price.amount > 0);
  if (pool.length === 0)
    pool = hits.filter(
      (h) =>
        h.role === 'unit' && h.price.per?.unit === 'each' && h.price.per.quantity === 1 && h.price.amount > 0,
    );
  const first = pool[0];
  if (!first) return undefined;
  const want = opts.currency?.toUpperCase();
  const currency = want && pool.some((h) => h.price.currency === want) ? want : first.price.currency;
  let best: PriceHit | undefined;
  for (const h of pool)
    if (h.price.currency === currency && (!best || h.price.amount < best.price.amount)) best = h;
  return best ? { amount: best.price.amount, currency: best.price.currency } : undefined;
}

/** A bare amount, on the trimmed normalized text (one space between words). */
const BARE_RE = /^(?:(?:ab|from|od|à partir de|dès|desde|vanaf|fra|från) )?(\d[\d .,'’]*)$/iu;

/**
 * The price of a price text: its first product or unit price (a unit price
 * keeps its `per`); undefined when the text only holds old, offer, loyalty,
 * deposit, saving, net or other amounts, or no price. A bare amount ("3.49",
 * "1 234,50", as in structured data or a price element without its sign) is
 * read in the `currencyHint` currency when one is given.
 */
export function parsePrice(text: string, opts: PriceOptions = {}): Price | undefined {
  const hit = findPrices(text, opts).find((h) => h.role === 'product' || h.role === 'unit');
  if (hit) return hit.price;
  const hint = opts.currencyHint?.toUpperCase();
  const m = hint && /^[A-Z]{3}$/.test(hint) ? BARE_RE.exec(normalize(text).s.trim()) : null;
  if (!m) return undefined;
  const digits = m[1] as string;
  const num = readNumber(digits, 0);
  if (num.end !== digits.length || num.colon || !(num.value > 0)) return undefined;
  return { amount: round(num.value), currency: hint as string };
}
