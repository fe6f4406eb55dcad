/**
 * Letters of other scripts for the matcher's fold (DOM-free).
 *
 * The matcher's alphabet stays a–z, space and `&` (one small transition
 * table): other scripts are written into it.
 * - **Cyrillic and Greek** are transliterated letter by letter (a simplified
 *   ISO 9 / ELOT 743: ж → zh, ш → sh, щ → sht, ц → ts, ю → yu, я → ya, ё → e,
 *   ь dropped; θ → th, χ → ch, ψ → ps), so "кашкавал" folds like "kashkaval"
 *   and word boundaries work as in Latin text. What the transliteration loses,
 *   the script, the matcher checks on the original text: a Cyrillic term only
 *   names a food in Cyrillic text, a Latin term only in Latin text.
 * - **Japanese, Korean and Chinese** characters (kana, Hangul syllables, CJK
 *   ideographs) are each written as four letters of a fixed code (base 26 of
 *   the character's index below). Kana are normalised first: hiragana as
 *   katakana, half-width as full-width, a voiced kana as its base kana and a
 *   voicing mark (ガ = カ + ゛, ｶﾞ = カ + ゛). These scripts have no spaces
 *   between words: their terms match anywhere on character boundaries.
 */

export type Script = 'latn' | 'cyrl' | 'grek' | 'cjk';

/** Cyrillic letters (lower case, without diacritics) → Latin. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  є: 'e',
  ґ: 'g',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѕ: 'dz',
  ў: 'u',
};

/** Greek letters (lower case, without accents) → Latin. */
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/**
 * The Latin letters of a Cyrillic or Greek code unit ('' for a letter that is
 * dropped, like ь), or undefined when it is neither.
 */
export function transliteration(code: number): string | undefined {
  const cyrillic = code >= 0x400 && code <= 0x52f;
  const greek = (code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff);
  if (!cyrillic && !greek) return undefined;
  const base = String.fromCharCode(code).toLowerCase().normalize('NFD').charAt(0);
  return (cyrillic ? CYRILLIC : GREEK)[base];
}

/** Index of the voicing marks among the encoded characters (゛ and ゜). */
const DAKUTEN = 96;
const HANDAKUTEN = 97;
const HANGUL = 98;
const HANGUL_COUNT = 0xd7a4 - 0xac00;
const HAN_A = HANGUL + HANGUL_COUNT;
const HAN_A_COUNT = 0x4dc0 - 0x3400;
const HAN = HAN_A + HAN_A_COUNT;

/** The encoded index of one katakana, Hangul or CJK code unit (after normalisation), or -1. */
function unitIndex(code: number): number {
  if (code >= 0x30a1 && code <= 0x30ff && code !== 0x30fb) return code - 0x30a0;
  if (code === 0x3099 || code === 0x309b) return DAKUTEN;
  if (code === 0x309a || code === 0x309c) return HANDAKUTEN;
  if (code >= 0xac00 && code < 0xd7a4) return HANGUL + code - 0xac00;
  if (code >= 0x3400 && code < 0x4dc0) return HAN_A + code - 0x3400;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN + code - 0x4e00;
  return -1;
}

/**
 * The encoded indexes a code unit stands for (one or two: a voiced kana is two),
 * or undefined when it is not a character of these scripts. Hiragana read as
 * katakana, half-width and compatibility forms as their normal form.
 */
export function cjkUnits(code: number): number[] | undefined {
  const kana = (code >= 0x3041 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f);
  const han = code >= 0xf900 && code <= 0xfaff;
  if (!kana && !han) {
    const i = unitIndex(code);
    return i < 0 ? undefined : [i];
  }
  const out: number[] = [];
  for (const ch of String.fromCharCode(code).normalize('NFKC').normalize('NFD')) {
    let c = ch.charCodeAt(0);
    if (c >= 0x3041 && c <= 0x3096) c += 0x60; // hiragana → katakana
    const i = unitIndex(c);
    if (i < 0) return undefined;
    out.push(i);
  }
  return out.length ? out : undefined;
}

/** The four letters (a–z) that stand for an encoded index. */
export function codeLetters(index: number): string {
  let s = '';
  let n = index;
  for (let k = 0; k < 4; k++) {
    s = String.fromCharCode(0x61 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return s;
}

/** The script of a code unit's letter, for the matcher's script check (digits, spaces: undefined). */
export function scriptOf(code: number): Script | undefined {
  if (code < 0x370)
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0
      ? 'latn'
      : undefined;
  if (code <= 0x3ff || (code >= 0x1f00 && code <= 0x1fff)) return 'grek';
  if (code <= 0x52f) return 'cyrl';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latn';
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return 'latn';
  if (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code < 0xd7a4) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f)
  )
    return 'cjk';
  return undefined;
}

/**
 * The script of a term or of a matched text: Japanese/Korean/Chinese when it
 * holds one of their characters, else Cyrillic or Greek when it holds one of
 * theirs, else Latin ("6Pチーズ" is Japanese, "Сыр Gouda" Cyrillic).
 */
export function textScript(text: string, from = 0, to = text.length): Script {
  let found: Script = 'latn';
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x370) continue;
    const s = scriptOf(code);
    if (s === 'cjk') return 'cjk';
    if (s === 'cyrl' || s === 'grek') found = s;
  }
  return found;
}
