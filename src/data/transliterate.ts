/**
 * Latin spellings of food names for the popup search (DOM-free), so that a
 * name in one script is found by a query in another: "kashkaval" finds
 * "кашкавал", "гауда" finds "Gouda", "natto" finds "なっとう".
 *
 * - Cyrillic and Greek: letter by letter, with the matcher's table
 *   (../match/scripts.ts: a simplified ISO 9 / ELOT 743), and the Greek
 *   pairs ου, αυ, ευ as ou, av, ev.
 * - Kana: the Hepburn system (the romanisation of Japanese in passports,
 *   road signs and most dictionaries: し shi, ち chi, つ tsu, ふ fu, じ ji,
 *   きゃ kya, しゃ sha, ちゃ cha, っ doubling the next consonant — っち tchi —
 *   and ん written m before b, m and p), without macrons: a long vowel is
 *   written as the kana spell it, おう ou, ー repeating the vowel ("チーズ"
 *   chiizu), which is how it is typed. Hiragana read as katakana.
 * - Latin letters stay; any other character (Chinese characters, Hangul,
 *   Arabic…) has no Latin spelling here: those names are found in their own
 *   script and through the lexicon's aliases (納豆 → natto).
 *
 * `looseSpelling` then irons out how the same sound is spelled across
 * languages and transliterations (ts/tz/zz, y/j/i, kh/h, ph/f, ou/o, double
 * letters) for the typo-tolerant step: "моцарелла" (motsarella) and
 * "mozzarella" both become "mozarela".
 */
import { transliteration } from '../match/scripts';

/** Katakana → Hepburn (hiragana are read as katakana first). */
const KANA: Record<string, string> = {};
{
  const pairs = (
    'ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko サ sa シ shi ス su セ se ソ so ' +
    'タ ta チ chi ツ tsu テ te ト to ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu ヘ he ホ ho ' +
    'マ ma ミ mi ム mu メ me モ mo ヤ ya ユ yu ヨ yo ラ ra リ ri ル ru レ re ロ ro ' +
    'ワ wa ヰ i ヱ e ヲ o ガ ga ギ gi グ gu ゲ ge ゴ go ザ za ジ ji ズ zu ゼ ze ゾ zo ' +
    'ダ da ヂ ji ヅ zu デ de ド do バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe ポ po ' +
    'ヴ vu ヵ ka ヶ ke ァ a ィ i ゥ u ェ e ォ o ャ ya ュ yu ョ yo ヮ wa'
  ).split(' ');
  for (let i = 0; i + 1 < pairs.length; i += 2) KANA[pairs[i] as string] = pairs[i + 1] as string;
}

/** Small kana that join the kana before them: ャュョ (キャ kya), ァィゥェォ (ファ fa, ティ ti, シェ she). */
const SMALL_Y = new Set(['ャ', 'ュ', 'ョ']);
const SMALL_VOWEL = new Set(['ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ヮ']);
const SOKUON = 'ッ';
const N = 'ン';
const LONG = 'ー';

const GREEK_PAIRS: Record<string, string> = { ου: 'ou', αυ: 'av', ευ: 'ev' };

const isVowel = (c: string | undefined) => c === 'a' || c === 'i' || c === 'u' || c === 'e' || c === 'o';

/** A katakana run in Hepburn ("ナットウ" → "nattou", "キムチ" → "kimuchi", "マッチャ" → "matcha"). */
export function hepburn(kana: string): string {
  const chars = [...kana].map((c) => {
    const code = c.charCodeAt(0);
    return code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : c;
  });
  let out = '';
  let doubleNext = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === SOKUON) {
      doubleNext = true;
      continue;
    }
    if (c === LONG) {
      const last = out.at(-1);
      if (isVowel(last)) out += last;
      continue;
    }
    if (c === N) {
      const next = KANA[chars[i + 1] ?? ''] ?? '';
      out += /^[bmp]/.test(next) ? 'm' : 'n';
      continue;
    }
    let r = KANA[c];
    if (r === undefined) {
      out += c === '・' ? ' ' : '';
      continue;
    }
    const next = chars[i + 1] ?? '';
    if (SMALL_Y.has(next) && r.length > 1 && r.endsWith('i') && !SMALL_Y.has(c)) {
      // キャ kya, but シャ sha, チャ cha, ジャ ja.
      const stem = r.slice(0, -1);
      r = stem + (/(sh|ch|j)$/.test(stem) ? '' : 'y') + (KANA[next] ?? '').slice(1);
      i++;
    } else if (SMALL_VOWEL.has(next) && !SMALL_VOWEL.has(c)) {
      // ファ fa, ティ ti, ウィ wi, イェ ye, ヴァ va, ツァ tsa.
      const stem = r.length > 1 ? r.slice(0, -1) : r === 'u' ? 'w' : r === 'i' ? 'y' : '';
      r = stem + (KANA[next] ?? '').slice(-1);
      i++;
    }
    if (doubleNext) {
      if (!isVowel(r[0])) out += r.startsWith('ch') ? 't' : r[0];
      doubleNext = false;
    }
    out += r;
  }
  return out;
}

/** Hiragana, katakana, the middle dot and the long-vowel mark. */
const isKana = (code: number) => (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fc);

/**
 * The Latin spelling of a folded name (lower case, no diacritics, kana
 * composed), or undefined when it holds a character without one (Chinese
 * characters, Hangul, other scripts). Latin text comes back as it is.
 */
export function romanize(folded: string): string | undefined {
  let out = '';
  let changed = false;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charAt(i);
    const code = folded.charCodeAt(i);
    if (code < 0x80 || /\p{Script=Latin}/u.test(ch)) {
      out += ch;
      continue;
    }
    // Greek ου, αυ, ευ (ELOT 743: ou, av, ev), not letter by letter.
    const greek = GREEK_PAIRS[folded.slice(i, i + 2)];
    if (greek !== undefined) {
      out += greek;
      changed = true;
      i++;
      continue;
    }
    const latin = transliteration(code);
    if (latin !== undefined) {
      out += latin;
      changed = true;
      continue;
    }
    if (isKana(code)) {
      let j = i;
      while (j < folded.length && isKana(folded.charCodeAt(j))) j++;
      out += hepburn(folded.slice(i, j));
      changed = true;
      i = j - 1;
      continue;
    }
    return undefined;
  }
  return changed ? out.replace(/\s+/g, ' ').trim() : out;
}

/** Spellings of one sound that differ between languages and transliterations, in the order they are applied. */
const LOOSE: readonly [RegExp, string][] = [
  [/sch/g, 'sh'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/kh/g, 'h'],
  [/ck/g, 'k'],
  [/t+[sz]/g, 'z'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/ou/g, 'o'],
  [/(\p{L})\1+/gu, '$1'],
];

/** A Latin spelling with the differences between transliterations ironed out ("motsarella" → "mozarela"). */
export function looseSpelling(latin: string): string {
  let s = latin;
  for (const [from, to] of LOOSE) s = s.replace(from, to);
  return s;
}
