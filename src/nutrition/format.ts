/**
 * Display rounding for K2 (µg), calcium (mg) and percentages (DOM-free).
 *
 * K2 content varies several-fold between samples of one cheese, so the
 * numbers shown keep two significant figures at most: 17 µg, 3.4 µg, 230 µg,
 * 1,100 mg. Below 1, one significant figure (0.3 µg); below 0.1, "<0.1".
 * Zero stays 0. A range is shown when its ends differ after rounding.
 * Percentages of a daily target are whole numbers below 100 (two significant
 * figures above), "<1%" for a trace. Every function takes the locale the
 * numbers are written in (grouping, decimal sign, percent spacing).
 */
import type { Amount } from './portion';

function significant(value: number, digits: number): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = digits - 1 - magnitude;
  if (decimals >= 0) {
    const f = 10 ** decimals;
    return Math.round(value * f) / f;
  }
  const p = 10 ** -decimals;
  return Math.round(value / p) * p;
}

/** The number shown for a value: 0; one significant figure below 1; two from 1. */
export function displayNumber(value: number): number {
  if (!(value > 0)) return 0;
  if (value < 1) return significant(value, 1);
  return significant(value, 2);
}

/** Number formats by locale and kind, made once (a page with thousands of badges formats thousands of numbers). */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, kind: 'number' | 'percent' | 'grams' | 'grams1'): Intl.NumberFormat {
  const key = `${kind} ${locale}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      kind === 'percent'
        ? { style: 'percent', maximumFractionDigits: 0 }
        : { maximumFractionDigits: kind === 'number' ? 3 : kind === 'grams' ? 0 : 1 };
    f = new Intl.NumberFormat(locale, options);
    if (formats.size > 64) formats.clear();
    formats.set(key, f);
  }
  return f;
}

/** A value as text in `locale` ("17", "3.4", "1,100", "<0.1"). */
export function formatNumber(value: number, locale = 'en'): string {
  const f = numberFormat(locale, 'number');
  if (value > 0 && value < 0.1) return `<${f.format(0.1)}`;
  return f.format(displayNumber(value));
}

export interface FormattedAmount {
  /** The central value with its unit: "17 µg", "≥ 860 µg" for a lower bound. */
  value: string;
  /** "14–20 µg" when the ends differ after rounding. */
  range?: string;
  /** Both: "17 µg (14–20 µg)". */
  text: string;
}

/** A range as text: "14–20 µg"; undefined when both ends round to the same number. */
export function formatRange(min: number, max: number, unit: string, locale = 'en'): string | undefined {
  const lo = formatNumber(min, locale);
  const hi = formatNumber(max, locale);
  return lo === hi ? undefined : `${lo}–${hi} ${unit}`;
}

export function formatAmount(amount: Amount, locale = 'en'): FormattedAmount {
  const prefix = amount.bound === 'lower' ? '≥ ' : '';
  const value = `${prefix}${formatNumber(amount.central, locale)} ${amount.unit}`;
  const range = formatRange(amount.min, amount.max, amount.unit, locale);
  return { value, ...(range ? { range } : {}), text: range ? `${value} (${range})` : value };
}

/** A percentage as text in `locale`: "0%", "<1%", "7%", "45%", "120%" (German "45 %", French "45 %"). */
export function formatPercent(percent: number, locale = 'en'): string {
  const f = numberFormat(locale, 'percent');
  if (!(percent > 0)) return f.format(0);
  if (percent < 1) return `<${f.format(0.01)}`;
  const n = percent < 100 ? Math.round(percent) : significant(percent, 2);
  return f.format(n / 100);
}

/** A percentage without its sign ("45" of "45 %"), for the low end of a range. */
export function stripPercent(text: string): string {
  return text.replace(/[\s\u00a0\u202f]*%$/, '');
}

/** Grams as text in `locale`: whole grams from 10 g, one decimal below ("5.7 g", "250 g", German "5,7 g"). */
export function formatGrams(grams: number, locale = 'en'): string {
  return `${numberFormat(locale, grams >= 10 ? 'grams' : 'grams1').format(grams)} g`;
}
