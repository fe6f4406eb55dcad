/**
 * Text folding for matching (DOM-free).
 *
 * Every UTF-16 code unit of a text maps to zero, one or two *symbols* of a
 * small alphabet, without allocating and without NFD-normalizing the text:
 * a 64 K lookup table, computed at build time from the Unicode decompositions
 * of the Latin blocks and unpacked once on a page (./fold-table.ts).
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

import { EXPANSIONS, unpackFoldTable } from './fold-table';
import foldData from './generated/fold.json';
import { cjkUnits, codeLetters, transliteration } from './scripts';
import { AMP, LETTER_A, MULTI_CODE, OTHER, OTHER_CHAR, SKIP_CODE, SPACE } from './symbols';

export {
  AMP,
  BREAK,
  LETTER_A,
  LINE_BREAK,
  MULTI_CODE,
  OTHER,
  OTHER_CHAR,
  SKIP_CODE,
  SPACE,
  TERM_SYMBOLS,
} from './symbols';

const SKIP = SKIP_CODE;
const MULTI = MULTI_CODE;

let table: Uint8Array | undefined;

/**
 * The code unit → symbol table, unpacked on first use from the one generated
 * at build time (see ./fold-table.ts).
 */
export function foldTable(): Uint8Array {
  table ??= unpackFoldTable(foldData.runs);
  return table;
}

/** Symbols of a letter: a → LETTER_A … */
const letterSymbol = (ch: string): number => LETTER_A + ch.charCodeAt(0) - 0x61;

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
