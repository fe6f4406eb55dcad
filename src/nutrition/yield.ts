/**
 * Recipe yield → number of servings (DOM-free).
 *
 * Reads schema.org `recipeYield` values and visible yield lines in English,
 * German, French, Dutch, Italian, Spanish, Swedish, Danish and Norwegian:
 * "4 servings", "Serves 4-6", "6 Portionen", "pour 4 personnes", "4 personen",
 * "per 4 persone", "para 4-6 personas", "4 portioner", "makes 12 muffins",
 * "2 dozen cookies", number words ("four", "vier", "quatre" …) and ranges
 * ("4-6", "4 to 6", "4 bis 6", "4 à 6" …).
 *
 * Rules, in order of trust:
 * 1. a number next to a servings word (servings, portions, persons, "serves",
 *    "pour", "für" …) is a number of servings;
 * 2. a number before another noun ("12 muffins", "1 loaf") is a number of
 *    items, each taken as one serving;
 * 3. a bare number ("4", schema.org's usual form) is a number of servings.
 * A number followed by a weight, volume or length ("500 g", "2 cups",
 * "9-inch") is not a yield; neither is a number that fits none of the rules.
 */

import { foldForParsing } from '../match/text-norm';
import { ownEntry } from './lookup';

/** Servings a recipe makes: a single count (min = max) or a range. */
export interface YieldRange {
  min: number;
  max: number;
  /** Midpoint of the range: the divisor for per-serving values. */
  central: number;
  /** `servings` for servings and persons, `items` for counted things (muffins, loaves). */
  kind: 'servings' | 'items';
  /** The counted noun for `items` ("muffins"), as written. */
  unit?: string;
}

const NUMBER_WORDS: Record<string, number> = {};
const WORD_LISTS: readonly (readonly string[])[] = [
  // en
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  // de (ein/eine are also articles: only "eins" is read as a number)
  ['eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf'],
  // fr
  ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  // nl
  ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
  // it
  ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici'],
  // es
  ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  // sv
  ['en', 'tva', 'tre', 'fyra', 'fem', 'sex', 'sju', 'atta', 'nio', 'tio', 'elva', 'tolv'],
  // da / no
  ['en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'],
  ['en', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'atte', 'ni', 'ti', 'elleve', 'tolv'],
];
for (const list of WORD_LISTS) {
  list.forEach((w, i) => {
    NUMBER_WORDS[w] ??= i + 1;
  });
}
// Words that are numbers in one language but common words in another; read only next to a servings word.
const AMBIGUOUS_WORDS = new Set([
  'en',
  'een',
  'un',
  'to',
  'ni',
  'ti',
  'sei',
  'elf',
  'due',
  'dos',
  'sex',
  'fire',
  'once',
  'ten',
]);

/** Words after a number that make it a count of servings (accents stripped, lower case). */
const SERVING_WORDS =
  'servings?|portions?|portionen|porties?|porzion[ei]|porciones|porcion|raciones|racion|' +
  'portioner|porsjoner|porsjon|port|people|persons?|personen|personnes?|persoon|persone|personas|' +
  'personer|pers|comensales|coperti|dosi|parts';
/** Words before a number that introduce servings ("serves 4", "für 4", "pour 4"). */
const BEFORE_WORDS = new Set([
  'serves',
  'serve',
  'feeds',
  'fur',
  'pour',
  'voor',
  'per',
  'para',
  'til',
  'for',
  'till',
  'servings',
  'portionen',
  'portions',
  'porzioni',
  'porciones',
  'raciones',
  'portioner',
  'porsjoner',
]);
const AFTER_SERVING = new RegExp(`^(?:${SERVING_WORDS})\\b`);

/** Units after a number that make it an amount, not a yield. */
const MEASURE_AFTER = new RegExp(
  '^(?:-?(?:inch|in\\b|cm|mm)|(?:' +
    // weights and volumes
    'g|gr|gram|grams|gramm|grammes?|grammi|gramos|kg|kilo|mg|ml|cl|dl|l|liters?|litres?|liter|oz|ounces?|' +
    'lbs?|pounds?|pints?|quarts?|cups?|tasses?|tassen|kopjes?|tazas?|koppar|kopper|tbsps?|tsps?|el|tl|' +
    'tablespoons?|teaspoons?|' +
    // lengths, times, multipliers, percentages
    'inch(?:es)?|x|min|mins|minutes?|minuten|minuti|minutos|minuter|minutter|h|hrs?|hours?|stunden?|' +
    'std|heures?|uur|ore|horas|timer|timmar|%|°)(?![a-z]))',
);

/** Words after a number that are not the counted noun ("4 as a main", "4 of them"). */
const NOT_A_NOUN = new Set([
  'as',
  'a',
  'an',
  'of',
  'for',
  'to',
  'or',
  'and',
  'each',
  'per',
  'with',
  'als',
  'und',
]);

const DOZEN = /^(?:dozen|dutzend|douzaines?|dozijn|dozzin[ae]|docenas?|dussin|dusin)\b/;

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const RANGE_JOIN = String.raw`\s*(?:-|to|bis|a|à|tot|till|til|or|oder|ou|o|of|eller)\s*`;
const CANDIDATE = new RegExp(`(${NUM})(?:${RANGE_JOIN}(${NUM}))?`, 'g');

interface Candidate {
  min: number;
  max: number;
  score: number;
  kind: 'servings' | 'items';
  unit?: string;
  /** A number with no word that says what it counts. */
  bare?: boolean;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

/** Replaces number words with digits; ambiguous words only right before or after a servings word. */
function wordsToDigits(text: string): string {
  return text.replace(/\b[a-z]+\b/g, (word, offset: number) => {
    const n = ownEntry(NUMBER_WORDS, word);
    if (n === undefined) return word;
    if (!AMBIGUOUS_WORDS.has(word)) return String(n);
    const after = text.slice(offset + word.length).trimStart();
    const before = text.slice(0, offset).trimEnd().split(' ').pop() ?? '';
    return AFTER_SERVING.test(after) || BEFORE_WORDS.has(before) ? String(n) : word;
  });
}

/**
 * Candidates in one text; numbers that were read as a measure ("2 cups") go
 * to `measured`, so a bare "2" elsewhere in the same yield is not taken for
 * servings.
 */
function candidatesIn(text: string, measured: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const whole = /^\d+(?:[.,]\d+)?$/.test(text);
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A digit glued to letters or another number (e.g. "mk7", "4x") is not a yield.
    if (/[a-z\d]/.test(text[start - 1] ?? '')) continue;
    let min = toNumber(m[1] as string);
    let max = m[2] !== undefined ? toNumber(m[2]) : min;
    if (!(min > 0) || max < min) continue;
    let after = text.slice(end).replace(/^[\s(]+/, '');
    if (MEASURE_AFTER.test(after)) {
      measured.add(min);
      continue;
    }
    const dozen = after.match(DOZEN);
    if (dozen) {
      min *= 12;
      max *= 12;
      after = after.slice(dozen[0].length).trimStart();
    }
    const before =
      text
        .slice(0, start)
        .trimEnd()
        .split(/[\s:]+/)
        .pop() ?? '';
    const next = after.match(/^([a-z][a-z'-]*)/)?.[1];
    if (AFTER_SERVING.test(after) || BEFORE_WORDS.has(before)) {
      out.push({ min, max, score: 3, kind: 'servings' });
    } else if (next && !NOT_A_NOUN.has(next)) {
      out.push({ min, max, score: 2, kind: 'items', unit: next });
    } else if (dozen) {
      out.push({ min, max, score: 2, kind: 'items', unit: 'dozen' });
    } else {
      // A yield that is only a number is schema.org's count of servings.
      out.push({ min, max, score: whole ? 2 : 1, kind: 'servings', bare: true });
    }
  }
  return out;
}

function best(candidates: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/**
 * Servings from a recipe yield: a schema.org `recipeYield` (number, text or a
 * list of them) or a visible "Serves 4" line. `undefined` when the yield says
 * no count (e.g. "2 cups", "500 g") or cannot be read.
 */
export function parseYield(
  input: string | number | readonly (string | number)[] | undefined,
): YieldRange | undefined {
  if (input === undefined) return undefined;
  const parts = Array.isArray(input) ? input : [input];
  const candidates: Candidate[] = [];
  const measured = new Set<number>();
  for (const part of parts) {
    if (typeof part === 'number') {
      if (Number.isFinite(part) && part > 0)
        candidates.push({ min: part, max: part, score: 2, kind: 'servings', bare: true });
      continue;
    }
    if (typeof part !== 'string') continue;
    candidates.push(...candidatesIn(wordsToDigits(foldForParsing(part).trim()), measured));
  }
  const c = best(candidates.filter((c) => !(c.bare && measured.has(c.min))));
  if (!c || c.max > 1000) return undefined;
  return {
    min: c.min,
    max: c.max,
    central: (c.min + c.max) / 2,
    kind: c.kind,
    ...(c.unit ? { unit: c.unit } : {}),
  };
}
