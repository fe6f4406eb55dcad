/**
 * Reading the amount of a price (DOM-free): "4.50", "4,50", "1 234,00",
 * "1.234,00", "1,234.00", "1'234.50", "12 990", "4,-", "4.–", "29:90", "29:-".
 *
 * A separator (space, point, comma, apostrophe) before exactly three digits
 * groups thousands when the first group has at most three digits and is not 0
 * ("1,234" → 1234, "4.500" → 4500, "0,500" → 0); one separator is used
 * throughout. A point, comma or colon before one or two digits is the decimal
 * mark; before a dash, the amount is whole ("4,-" → 4). Two digits after a
 * space ("4 99", "29 . 99": cents in a text node of their own) are kept as a
 * possible reading with cents (`alt`, `altMark` when a point or comma stands
 * between): the caller decides from the currency sign around it.
 */

export interface NumberRead {
  value: number;
  end: number;
  decimals: boolean;
  /** The decimal mark was a colon (Swedish "29:90", "29:-"). */
  colon: boolean;
  /** "4 99", "29 . 99": the value if the two digits after a space are cents. */
  alt?: { value: number; end: number; mark: boolean };
}

export const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const GROUP_SEPS = " .,'’";
/** Cents in a text node of their own: " 99", " .99", " . 99", ". 99" (at least one space). */
const SPLIT_CENTS_RE = /( [.,]? ?|[.,] )(\d{2})(?!\d)/y;

/**
 * Reads the amount starting at s[i] (a digit). `breaks[k]` marks a space that
 * stands for a line break: it never groups thousands ("50⏎173" are two numbers).
 */
export function readNumber(s: string, i: number, breaks?: Uint8Array): NumberRead {
  let j = i;
  while (isDigit(s[j])) j++;
  let int = s.slice(i, j);
  let sep: string | undefined;
  if (int.length <= 3 && int !== '0') {
    for (;;) {
      const c = s[j];
      if (c === undefined || !GROUP_SEPS.includes(c) || (sep !== undefined && c !== sep) || breaks?.[j])
        break;
      if (!(isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4]))) break;
      sep = c;
      int += s.slice(j + 1, j + 4);
      j += 4;
    }
  }
  const c = s[j];
  if ((c === '.' || c === ',' || c === ':') && c !== sep) {
    if (isDigit(s[j + 1])) {
      const decEnd = isDigit(s[j + 2]) ? j + 3 : j + 2;
      if (!isDigit(s[decEnd]))
        return {
          value: Number(`${int}.${s.slice(j + 1, decEnd)}`),
          end: decEnd,
          decimals: true,
          colon: c === ':',
        };
    }
    if ('-–—'.includes(s[j + 1] ?? 'x') && !isDigit(s[j + 2])) {
      const end = '-–—'.includes(s[j + 2] ?? 'x') ? j + 3 : j + 2;
      return { value: Number(int), end, decimals: true, colon: c === ':' };
    }
  }
  const read: NumberRead = { value: Number(int), end: j, decimals: false, colon: false };
  SPLIT_CENTS_RE.lastIndex = j;
  const cents = SPLIT_CENTS_RE.exec(s);
  if (cents)
    read.alt = {
      value: Number(`${int}.${cents[2]}`),
      end: SPLIT_CENTS_RE.lastIndex,
      mark: (cents[1] as string).trim() !== '',
    };
  return read;
}
