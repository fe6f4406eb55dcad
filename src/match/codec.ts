/**
 * Small numbers as printable ASCII, for the tables generated at build time
 * (./packed.ts, ./fold-table.ts): one char for the small ones, an escape and
 * two to four chars for the others. The chars never need escaping in a JSON
 * or JavaScript string (no quote, no backslash), and an alphabet may leave
 * out chars a stream uses for something else (the letters of folded text).
 */

/** An alphabet of digits: a number below `single` is one char; above, an escape char and 2–4 digits. */
export interface Digits {
  chars: string;
  /** Code → digit value, -1 for chars outside the alphabet. */
  values: Int16Array;
  single: number;
}

export function digits(chars: string): Digits {
  const values = new Int16Array(128).fill(-1);
  for (let i = 0; i < chars.length; i++) values[chars.charCodeAt(i)] = i;
  return { chars, values, single: chars.length - 3 };
}

/** Printable ASCII but `"` and `\`: 92 digits. */
export const PRINTABLE: Digits = digits(
  Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
    .filter((c) => c !== '"' && c !== '\\')
    .join(''),
);

/** `n` (an integer ≥ 0) written with `d`. */
export function writeNumber(n: number, d: Digits): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`cannot write ${n}`);
  if (n < d.single) return d.chars.charAt(n);
  const base = d.chars.length;
  let rest = n - d.single;
  for (let width = 2; width <= 4; width++) {
    if (rest < base ** width) {
      let out = '';
      for (let k = 0; k < width; k++) {
        out = d.chars.charAt(rest % base) + out;
        rest = Math.floor(rest / base);
      }
      return d.chars.charAt(d.single + width - 2) + out;
    }
    rest -= base ** width;
  }
  throw new Error(`${n} is too large`);
}

/** Reads the numbers of a string written with writeNumber (and whatever else the stream holds between them). */
export class NumberReader {
  pos = 0;
  constructor(
    readonly text: string,
    private readonly d: Digits,
  ) {}

  /** True when the char at the position is a digit of the alphabet. */
  atDigit(): boolean {
    const c = this.text.charCodeAt(this.pos);
    return c < 128 && (this.d.values[c] as number) >= 0;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  number(): number {
    const { text, d } = this;
    const first = d.values[text.charCodeAt(this.pos++)] as number;
    if (first < 0) throw new Error(`not a number at ${this.pos - 1}`);
    if (first < d.single) return first;
    const width = first - d.single + 2;
    const base = d.chars.length;
    let n = 0;
    for (let k = 0; k < width; k++) n = n * base + (d.values[text.charCodeAt(this.pos++)] as number);
    let offset = d.single;
    for (let w = 2; w < width; w++) offset += base ** w;
    return n + offset;
  }
}
