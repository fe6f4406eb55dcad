/**
 * Text folding for matching (DOM-free).
 *
 * Every UTF-16 code unit of a text maps to zero, one or two *symbols* of a
 * small alphabet, without allocating and without NFD-normalizing the text:
 * a 64 K lookup table is built once from the Unicode decompositions of the
 * Latin blocks.
 *
 * - letters fold to lower-case a–z without diacritics (É → e, ø → o, ł → l,
 *   ı → i); ß, æ, œ, þ and the ﬁ/ﬂ ligatures expand to two or three letters;
 * - combining marks, soft hyphens and zero-width characters are dropped, so a
 *   decomposed "é" folds like a composed one and "Weizen­mehl" like "Weizenmehl";
 * - white space, hyphens, dashes and apostrophes fold to one SPACE symbol (runs
 *   collapse when the symbols are produced), so "cream-cheese", "crème  fraîche"
 *   and "goat’s" match "cream cheese", "creme fraiche" and "goat s";
 * - `&` and `+` fold to AMP (a word of its own: "mac & cheese");
 * - digits and punctuation fold to BREAK: no term spans them, and they end words
 *   (U+2029 PARAGRAPH SEPARATOR too: the page scan puts it where a <br> breaks a line);
 * - Cyrillic and Greek letters are transliterated (кашкавал → kashkaval), and
 *   kana, Hangul and CJK ideographs are written as four letters each, see
 *   ./scripts.ts (the matcher checks the script of what it found on the
 *   original text); full-width Latin letters fold like ASCII ones;
 * - letters of other scripts fold to OTHER: a word character no term contains.
 *
 * A symbol is a small integer; the matcher's tables are indexed by it.
 */

import { cjkUnits, codeLetters, transliteration } from './scripts';

/** Punctuation, digits and anything that is not a letter or a separator. */
export const BREAK = 0;
/** The line break the page scan inserts for a <br> (folds to BREAK). */
export const LINE_BREAK = '\u2029';
/** A letter of another script (Greek, Cyrillic, CJK…): part of a word, never of a term. */
export const OTHER = 1;
/**
 * How OTHER prints in folded text: a letter of another script itself (Hebrew
 * alef, which no transliteration touches), so that
 * folding folded text changes nothing.
 */
export const OTHER_CHAR = 'א';
/** Whitespace, hyphens, dashes, apostrophes (runs collapse to one). */
export const SPACE = 2;
/** `&` and `+`. */
export const AMP = 3;
/** `a` folds to 4, … `z` to 29. */
export const LETTER_A = 4;
/**
 * Number of symbols a term can contain (SPACE, AMP, a–z): the width of a DFA
 * row; a symbol's column is `sym - SPACE`, and symbols below SPACE end any term.
 */
export const TERM_SYMBOLS = 28;

/** Table value: the char is dropped (combining mark, soft hyphen, zero-width). */
const SKIP = 255;
/** Table value: the char expands to several symbols (see expansionOf). */
const MULTI = 254;

const EXPANSIONS = new Map<number, string>([
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

let table: Uint8Array | undefined;

/** Symbols of a letter: a → LETTER_A … */
const letterSymbol = (ch: string): number => LETTER_A + ch.charCodeAt(0) - 0x61;

/** The code unit → symbol table (built once, on first use). */
export function foldTable(): Uint8Array {
  if (table) return table;
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
  table = t;
  return t;
}

const expansions = new Map<number, readonly number[]>();

/**
 * The symbols of a char that expands (ß → s s, ж → z h, チ → four letters), as
 * symbol values; remembered per char (the page scan asks for each one it meets).
 */
export function expansionOf(code: number): readonly number[] {
  let symbols = expansions.get(code);
  if (!symbols) {
    const units = cjkUnits(code);
    const letters = units
      ? units.map(codeLetters).join('')
      : (EXPANSIONS.get(code) ?? transliteration(code) ?? '');
    symbols = [...letters].map(letterSymbol);
    expansions.set(code, symbols);
  }
  return symbols;
}

/** The most symbols one code unit folds to (a voiced kana: two encoded characters). */
export const MAX_EXPANSION = 8;

export const SKIP_CODE = SKIP;
export const MULTI_CODE = MULTI;

/** The printable form of a symbol, for folded strings (tests, rules, debugging). */
export function symbolChar(sym: number): string {
  if (sym >= LETTER_A) return String.fromCharCode(0x61 + sym - LETTER_A);
  if (sym === SPACE) return ' ';
  if (sym === AMP) return '&';
  if (sym === OTHER) return OTHER_CHAR;
  return '#';
}

/**
 * A text folded to symbols, with the original offsets of each symbol.
 * `start[i]` is the index in the original text of the char that produced
 * symbol i; `end[i]` the index just after it (and after any combining marks
 * that follow it).
 */
export interface Folded {
  /** The symbols as a string (a–z, ' ', '&', '#' for BREAK, OTHER_CHAR for OTHER). */
  text: string;
  syms: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  length: number;
}

/** Reusable symbol buffers (grown on demand). */
export interface FoldBuffers {
  syms: Uint8Array;
  start: Int32Array;
  end: Int32Array;
}

export function newFoldBuffers(capacity = 256): FoldBuffers {
  return { syms: new Uint8Array(capacity), start: new Int32Array(capacity), end: new Int32Array(capacity) };
}

/**
 * Folds a whole text into `buf` (grown when too small) and returns the number
 * of symbols. The matcher uses one buffer for every call.
 */
export function foldInto(input: string, buf: FoldBuffers): number {
  const t = foldTable();
  const n = input.length;
  // One symbol per code unit, except the chars that expand: room is made for them as they come.
  if (buf.syms.length < n + 1) grow(buf, n + 1, 0);
  let { syms, start, end } = buf;
  let k = 0;
  let last = SPACE; // leading separators are dropped
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const s = t[code] as number;
    if (s === SKIP) {
      if (k > 0 && (last === OTHER || last >= LETTER_A)) end[k - 1] = i + 1;
      continue;
    }
    if (s === MULTI) {
      const symbols = expansionOf(code);
      if (k + symbols.length + (n - i) > syms.length) {
        grow(buf, k + symbols.length + (n - i) * 2, k);
        ({ syms, start, end } = buf);
      }
      for (const e of symbols) {
        syms[k] = e;
        start[k] = i;
        end[k] = i + 1;
        k++;
      }
      last = LETTER_A;
      continue;
    }
    if (s === SPACE && last === SPACE) continue;
    syms[k] = s;
    start[k] = i;
    end[k] = i + 1;
    k++;
    last = s;
  }
  return k;
}

/** Makes `buf` hold at least `size` symbols, keeping the first `keep`. */
function grow(buf: FoldBuffers, size: number, keep: number): void {
  const next = Math.max(size, buf.syms.length * 2);
  const syms = new Uint8Array(next);
  const start = new Int32Array(next);
  const end = new Int32Array(next);
  if (keep > 0) {
    syms.set(buf.syms.subarray(0, keep));
    start.set(buf.start.subarray(0, keep));
    end.set(buf.end.subarray(0, keep));
  }
  buf.syms = syms;
  buf.start = start;
  buf.end = end;
}

const CHAR_CODES = Uint16Array.from({ length: 256 }, (_, sym) => symbolChar(sym).charCodeAt(0));
let charBuf = new Uint16Array(256);

/** The printable string of `n` symbols (see Folded.text). */
export function symbolString(syms: Uint8Array, n: number): string {
  if (charBuf.length < n) charBuf = new Uint16Array(Math.max(n, charBuf.length * 2));
  for (let i = 0; i < n; i++) charBuf[i] = CHAR_CODES[syms[i] as number] as number;
  let text = '';
  for (let i = 0; i < n; i += 8192)
    text += String.fromCharCode.apply(
      null,
      charBuf.subarray(i, Math.min(n, i + 8192)) as unknown as number[],
    );
  return text;
}

/** Folds a whole text into new arrays (for tests and tools; the matcher reuses buffers). */
export function foldText(input: string): Folded {
  const buf = newFoldBuffers(input.length + 1);
  const n = foldInto(input, buf);
  return { text: symbolString(buf.syms, n), syms: buf.syms, start: buf.start, end: buf.end, length: n };
}

/** The folded form of a term or phrase: lower-case a–z, single spaces, trimmed. */
export function foldString(input: string): string {
  stringBuffers ??= newFoldBuffers();
  const n = foldInto(input, stringBuffers);
  return symbolString(stringBuffers.syms, n).trim();
}

/** One buffer for every `foldString` call (the lexicon folds thousands of terms when it compiles). */
let stringBuffers: FoldBuffers | undefined;

/** True for symbols that are part of a word (letters of any script). */
export function isWordSymbol(sym: number): boolean {
  return sym === OTHER || sym >= LETTER_A;
}
