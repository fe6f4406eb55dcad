/**
 * The fold's code unit → symbol table, as the Unicode blocks describe it
 * (see ./fold.ts for what folds to what), and its packed form: the runs of
 * equal values, written at build time by `npm run data`
 * (src/match/build/build-matcher.ts) into src/match/generated/fold.json.
 * About 1,200 runs, as plain numbers (5 KB): a page unpacks them with one
 * native fill per run, 0.7 ms at the median of 11 fresh pages, where runs
 * written in digits of a printable alphabet (2.4 KB) took 1.8 ms to read.
 */
import { cjkUnits, transliteration } from './scripts';
import { AMP, BREAK, LETTER_A, MULTI_CODE, OTHER, SKIP_CODE, SPACE } from './symbols';

const SKIP = SKIP_CODE;
const MULTI = MULTI_CODE;

/** Chars that fold to several letters. */
export const EXPANSIONS = new Map<number, string>([
  [0xdf, 'ss'], // ß
  [0x1e9e, 'ss'], // ẞ
  [0xe6, 'ae'], // æ
  [0xc6, 'ae'],
  [0x153, 'oe'], // œ
  [0x152, 'oe'],
  [0xfe, 'th'], // þ
  [0xde, 'th'],
  [0x133, 'ij'], // ĳ
  [0x132, 'ij'],
  [0xfb00, 'ff'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
  [0xfb03, 'ffi'],
  [0xfb04, 'ffl'],
  [0xfb05, 'st'],
  [0xfb06, 'st'],
]);

/** Letters whose decomposition has no ASCII base. */
const SINGLE = new Map<number, string>([
  [0xf8, 'o'], // ø
  [0xd8, 'o'],
  [0x142, 'l'], // ł
  [0x141, 'l'],
  [0x131, 'i'], // ı
  [0x111, 'd'], // đ
  [0x110, 'd'],
  [0xf0, 'd'], // ð
  [0xd0, 'd'],
  [0x127, 'h'], // ħ
  [0x126, 'h'],
  [0x167, 't'], // ŧ
  [0x166, 't'],
  [0x180, 'b'],
  [0x197, 'i'],
  [0x1b6, 'z'],
  [0x1b5, 'z'],
  [0x138, 'k'], // ĸ
  [0x17f, 's'], // ſ
]);

const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x202f, 0x205f, 0x3000,
  // hyphens and dashes
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x5f,
  // apostrophes and similar
  0x27, 0x2019, 0x2018, 0x201b, 0x2bc, 0x60, 0xb4, 0x2032, 0xff07,
];
const SKIPPED = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x34f, 0x180e];

/** Symbols of a letter: a → LETTER_A … */
const letterSymbol = (ch: string): number => LETTER_A + ch.charCodeAt(0) - 0x61;

/**
 * The code unit → symbol table, computed from the Unicode data of the
 * JavaScript engine (NFD decompositions, `\p{L}`): at build time, where
 * packFoldTable writes it for the extension (computing it takes 15–25 ms on a
 * page; unpacking it, well under one).
 */
export function computeFoldTable(): Uint8Array {
  const t = new Uint8Array(65536); // BREAK everywhere by default
  for (let c = 0x41; c <= 0x5a; c++) t[c] = LETTER_A + (c - 0x41);
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LETTER_A + (c - 0x61);
  const latin = (c: number): void => {
    const ch = String.fromCharCode(c);
    const single = SINGLE.get(c);
    if (single) {
      t[c] = LETTER_A + single.charCodeAt(0) - 0x61;
      return;
    }
    if (EXPANSIONS.has(c)) {
      t[c] = MULTI;
      return;
    }
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    const b = base.charCodeAt(0);
    if (b >= 0x61 && b <= 0x7a) t[c] = LETTER_A + (b - 0x61);
    else if (/\p{L}/u.test(ch)) t[c] = OTHER;
  };
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) latin(c);
  for (let c = 0x1e00; c <= 0x1eff; c++) latin(c);
  for (const c of EXPANSIONS.keys()) t[c] = MULTI;
  // Full-width Latin letters (Japanese and Chinese pages): as ASCII.
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = LETTER_A + (c - 0xff21);
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = LETTER_A + (c - 0xff41);
  // Cyrillic and Greek, transliterated.
  const other = (c: number): void => {
    const latin = transliteration(c);
    if (latin === undefined) return;
    if (latin === '') t[c] = /\p{L}/u.test(String.fromCharCode(c)) ? SKIP : (t[c] as number);
    else t[c] = latin.length === 1 ? letterSymbol(latin) : MULTI;
  };
  for (let c = 0x370; c <= 0x52f; c++) other(c);
  for (let c = 0x1f00; c <= 0x1fff; c++) other(c);
  // Kana, Hangul syllables and CJK ideographs, encoded.
  const cjk = (from: number, to: number): void => {
    for (let c = from; c <= to; c++) if (cjkUnits(c)) t[c] = MULTI;
  };
  cjk(0x3041, 0x30ff);
  cjk(0x3400, 0x4dbf);
  cjk(0x4e00, 0x9fff);
  cjk(0xac00, 0xd7a3);
  cjk(0xf900, 0xfaff);
  cjk(0xff66, 0xff9f);
  // Letters of other scripts (a coarse range test is enough: they only need to
  // count as word characters).
  for (let c = 0x250; c < 0x2000; c++) {
    if (t[c] === BREAK && /\p{L}/u.test(String.fromCharCode(c))) t[c] = OTHER;
  }
  for (let c = 0x2c00; c < 0xd800; c++) {
    if (t[c] === BREAK && /\p{L}/u.test(String.fromCharCode(c))) t[c] = OTHER;
  }
  // Surrogate halves: a character outside the BMP counts as one word character.
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = OTHER;
  for (let c = 0x300; c <= 0x36f; c++) t[c] = SKIP; // combining diacritical marks
  for (let c = 0x1ab0; c <= 0x1aff; c++) t[c] = SKIP;
  for (let c = 0x1dc0; c <= 0x1dff; c++) t[c] = SKIP;
  for (let c = 0xfe20; c <= 0xfe2f; c++) t[c] = SKIP;
  for (const c of SKIPPED) t[c] = SKIP;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = SPACE;
  for (const c of SPACES) t[c] = SPACE;
  // Word separators of Japanese text: the middle dots ・ and ･, the double hyphen ゠.
  t[0x30fb] = SPACE;
  t[0xff65] = SPACE;
  t[0x30a0] = SPACE;
  t[0x26] = AMP; // &
  t[0x2b] = AMP; // +
  t[0xff06] = AMP;
  return t;
}

/** A table as runs of equal values: per run, its value and its length. */
export function packFoldTable(t: Uint8Array): number[] {
  if (t.length !== 65536) throw new Error('a fold table has 65,536 entries');
  const runs: number[] = [];
  for (let i = 0; i < t.length; ) {
    const v = t[i] as number;
    let j = i + 1;
    while (j < t.length && t[j] === v) j++;
    runs.push(v, j - i);
    i = j;
  }
  return runs;
}

/** The table of packFoldTable's runs. */
export function unpackFoldTable(runs: readonly number[]): Uint8Array {
  const t = new Uint8Array(65536);
  let i = 0;
  for (let k = 0; k + 1 < runs.length; k += 2) {
    const v = runs[k] as number;
    const n = runs[k + 1] as number;
    if (v !== BREAK) t.fill(v, i, i + n);
    i += n;
  }
  if (i !== 65536 || runs.length % 2 !== 0) throw new Error('a fold table has 65,536 entries');
  return t;
}
