/**
 * Normalization of price and quantity texts with a map back to the original
 * offsets (DOM-free).
 *
 * - every run of white space (line breaks, tabs, no-break, narrow, thin, figure
 *   and ideographic spaces) → one " " (a tile's text nodes joined with line
 *   breaks read like one line: "297⏎50⏎Lei" → "297 50 Lei");
 * - full-width digits, "￥", "＄", "，", "．", "：", "／", "＝" → their ASCII forms;
 * - zero-width spaces, word joiners and soft hyphens are dropped;
 * - a combining stroke or slash overlay (U+0335, U+0336, U+0338: "4̶,̶9̶9̶ ̶€̶")
 *   is dropped and marks the character it strikes through as struck;
 * - two superscript digits right after a whole number are its cents: "4⁹⁹" →
 *   "4.99"; other superscript digits are footnote marks: "3,49¹ €" → "3,49* €".
 */

export interface Normalized {
  /** The normalized text. */
  s: string;
  /** `map[i]` is the offset in the original text of `s[i]`; `map[s.length]` is its length. */
  map: number[];
  /** `struck[i]` is 1 when `s[i]` was struck through. */
  struck: Uint8Array;
  /** `breaks[i]` is 1 when the space `s[i]` stands for a line break (text nodes joined by the caller). */
  breaks: Uint8Array;
}

const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);
const SPACES = new Set([
  ' ',
  '\n',
  '\r',
  '\t',
  '\f',
  '\v',
  '\u00a0',
  '\u202f',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u3000',
  '\u2028',
  '\u2029',
]);
const DROPPED = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
const STROKES = new Set(['\u0335', '\u0336', '\u0338']);
const WIDE: Record<string, string> = {
  '￥': '¥',
  '＄': '$',
  '，': ',',
  '．': '.',
  '：': ':',
  '／': '/',
  '＝': '=',
  '％': '%',
  '＋': '+',
};
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Normalizes `text` (see the module comment); linear in its length. */
export function normalize(text: string): Normalized {
  const out: string[] = [];
  const map: number[] = [];
  const struckAt: number[] = [];
  const breakAt: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const code = c.charCodeAt(0);
    if (STROKES.has(c)) {
      if (out.length) struckAt.push(out.length - 1);
      continue;
    }
    if (DROPPED.has(c)) continue;
    if (SPACES.has(c)) {
      if (out[out.length - 1] !== ' ') {
        out.push(' ');
        map.push(i);
      }
      if (LINE_BREAKS.has(c)) breakAt.push(out.length - 1);
      continue;
    }
    let o = c;
    if (SUPERSCRIPTS.includes(c)) {
      // A run of superscript digits: two after a whole number are cents, others a footnote mark.
      let j = i;
      while (j < text.length && SUPERSCRIPTS.includes(text[j] as string)) j++;
      const whole = /(?:^|[^\d.,:])\d+$/.test(out.slice(-12).join(''));
      if (j - i === 2 && whole) {
        out.push('.', String(SUPERSCRIPTS.indexOf(c)), String(SUPERSCRIPTS.indexOf(text[i + 1] as string)));
        map.push(i, i, i + 1);
      } else {
        out.push('*');
        map.push(i);
      }
      i = j - 1;
      continue;
    }
    if (code >= 0xff10 && code <= 0xff19) o = String(code - 0xff10);
    else if (Object.hasOwn(WIDE, c)) o = WIDE[c] as string;
    out.push(o);
    map.push(i);
  }
  map.push(text.length);
  const struck = new Uint8Array(out.length);
  for (const k of struckAt) struck[k] = 1;
  const breaks = new Uint8Array(out.length);
  for (const k of breakAt) breaks[k] = 1;
  return { s: out.join(''), map, struck, breaks };
}

/** True when most of the non-space characters of s[start, end) are struck. */
export function isStruck(n: Normalized, start: number, end: number): boolean {
  let marked = 0;
  let total = 0;
  for (let i = start; i < end; i++) {
    if (n.s[i] === ' ') continue;
    total++;
    marked += n.struck[i] as number;
  }
  return total > 0 && marked * 2 > total;
}
