/**
 * Grams of a food from the text it is mentioned in: an ingredient line
 * ("1 cup shredded cheddar", "2 EL Schmand", "3 slices brie") or a product
 * title ("Old Amsterdam Gouda 48+ 400g", "Président Brie 2 x 125 g"). DOM-free.
 *
 * Quantities: integers, decimals with a point or a comma ("1,5 kg"), fractions
 * ("1/2", "1 1/2", "½", "1½"), ranges ("6-8 oz", "3/4 to 1 cup", "450 à 500 g":
 * their midpoint), multiples ("2 x 150 g") and pack sizes ("4 (8-oz) bars",
 * "1 package (8 oz)", "Three 8-ounce (680g) packages").
 *
 * Units: masses convert directly; volumes and household counts (cup, tbsp,
 * tsp, slice, stick, pat, wedge) convert with the food's own household measures
 * (portions.csv, USDA SR26). Where a food has none for that kind of unit, the
 * measures of its category (or, for a derived food, of the foods it is derived
 * from) give the median weight — see `portionsWithFallback`. Metric spoons are
 * 15 ml and 5 ml, a US cup 236.59 ml, a US tablespoon 14.79 ml.
 *
 * Which quantity belongs to which mention: in an ingredient line (a quantity
 * comes first), the nearest quantity before the mention with no other mention
 * in between; in a title (the name comes first), the first quantity after the
 * mention, before the next mention of another food.
 * Of a group of equivalent quantities ("1/2 cup (125g)", "600g/1lb 5oz") a mass
 * wins over a metric volume, which wins over other units.
 */
import type { Dataset, Food, Portion } from '../data/types';
import { ownEntry } from './lookup';

export type UnitKind = 'mass' | 'volume' | 'count' | 'package';

interface UnitDef {
  kind: UnitKind;
  /** grams (mass), millilitres (volume), or the portion base unit (count). */
  factor: number;
  /** Portion base unit of portions.csv for counts ("slice", "stick"…). */
  portion?: string;
  metric?: boolean;
}

const US_CUP = 236.588;
const US_TBSP = 14.787;
const US_TSP = 4.929;

/** Unit spellings (case-insensitive unless listed in CASED) → unit. */
const UNITS: Record<string, UnitDef> = {};
const def = (spellings: string, u: UnitDef) => {
  for (const s of spellings.split('|')) UNITS[s.toLowerCase()] = u;
};
def('g|gr|gr.|grs|gram|grams|gramm|gramme|grammes|gramos|grammi|gramas|gramů|gramov|gramów|grammes', {
  kind: 'mass',
  factor: 1,
  metric: true,
});
def('kg|kgs|kilo|kilos|kilogram|kilograms|kilogramm|kilogramme|kilogrammes|kilogramos|kilogrammi', {
  kind: 'mass',
  factor: 1000,
  metric: true,
});
def('mg', { kind: 'mass', factor: 0.001, metric: true });
def('dkg|dag|dekagram|dekagramm', { kind: 'mass', factor: 10, metric: true });
def('oz|oz.|ounce|ounces|onzas|once|onces', { kind: 'mass', factor: 28.3495 });
def('lb|lb.|lbs|lbs.|pound|pounds', { kind: 'mass', factor: 453.592 });
def('pfund', { kind: 'mass', factor: 500, metric: true });
def('ml|ml.|milliliter|milliliters|millilitre|millilitres|mililitros|millilitri', {
  kind: 'volume',
  factor: 1,
  metric: true,
});
def('cl|cl.|centiliter|centilitre|centilitres', { kind: 'volume', factor: 10, metric: true });
def('dl|dl.|deciliter|decilitre|decilitres', { kind: 'volume', factor: 100, metric: true });
def('l|l.|liter|liters|litre|litres|litro|litros|litri', { kind: 'volume', factor: 1000, metric: true });
def('fl oz|fl. oz.|fl.oz.|fl oz.|fl. oz|floz|fluid ounce|fluid ounces', { kind: 'volume', factor: 29.5735 });
def('cup|cups|c.|c', { kind: 'volume', factor: US_CUP, portion: 'cup' });
def('xícara|xícaras|xicara|xicaras', { kind: 'volume', factor: 240, metric: true });
def('pint|pints', { kind: 'volume', factor: 473.176 });
def('quart|quarts|qt', { kind: 'volume', factor: 946.353, portion: 'quart' });
def('tablespoon|tablespoons|tbsp|tbsp.|tbsps|tbs|tbs.|tbl|tbl.|tblsp', {
  kind: 'volume',
  factor: US_TBSP,
  portion: 'tbsp',
});
def('teaspoon|teaspoons|tsp|tsp.|tsps', { kind: 'volume', factor: US_TSP, portion: 'tsp' });
// Metric spoons (15 ml / 5 ml) of the other languages.
def(
  'el|el.|essl.|esslöffel|eßlöffel|msk|msk.|ss|spsk|spsk.|c.à.s.|c.à.s|càs|c. à s.|c.s.|cs|cas|cuillère à soupe|cuillères à soupe|cuil. à soupe|cuill. à soupe|c. à soupe|c.à soupe|cucchiaio|cucchiai|cucharada|cucharadas|cda|cdas|eetlepel|eetlepels|eetl.|lžíce|lžic|pl|pl.|łyżka|łyżki|łyżek|ek|yemek kaşığı|colher de sopa|colheres de sopa|c. de sopa|c. sopa',
  { kind: 'volume', factor: 15, metric: true },
);
def(
  'tl|tl.|teel.|teelöffel|tsk|tsk.|ts|c.à.c.|c.à.c|càc|c. à c.|c.c.|cc|cac|cuillère à café|cuillères à café|cuil. à café|cuill. à café|c. à café|cucchiaino|cucchiaini|cucharadita|cucharaditas|cdta|cdita|theelepel|theelepels|theel.|lžička|lžičky|lžiček|kl|kl.|łyżeczka|łyżeczki|łyżeczek|kk|colher de chá|colheres de chá|c. de chá|c. chá',
  { kind: 'volume', factor: 5, metric: true },
);
def('krm', { kind: 'volume', factor: 1, metric: true });
def(
  'slice|slices|scheibe|scheiben|tranche|tranches|fetta|fette|rebanada|rebanadas|loncha|lonchas|plak|plakken|plakjes|skive|skiver|skiva|skivor|plát.|plátek|plátky|plátků|plátok|plátky|plaster|plastry|plastrów|szelet|dilim',
  { kind: 'count', factor: 1, portion: 'slice' },
);
def('stick|sticks', { kind: 'count', factor: 1, portion: 'stick' });
def('pat|pats', { kind: 'count', factor: 1, portion: 'pat' });
def('wedge|wedges', { kind: 'count', factor: 1, portion: 'wedge' });
def('large', { kind: 'count', factor: 1, portion: 'large' });

/** Case-sensitive American abbreviations: T = tablespoon, t = teaspoon. */
const CASED: Record<string, UnitDef> = {
  T: { kind: 'volume', factor: US_TBSP, portion: 'tbsp' },
  t: { kind: 'volume', factor: US_TSP, portion: 'tsp' },
};

/** Package words: a count of them needs a stated size ("4 (8-oz) bars", "1 package (8 oz)"). */
const PACKAGE_WORDS = new Set(
  (
    'package|packages|pkg|pkg.|pkgs|pack|packs|packet|packets|bar|bars|brick|bricks|block|blocks|box|boxes|container|containers|' +
    'tub|tubs|can|cans|jar|jars|carton|cartons|pot|pots|log|logs|wheel|wheels|packung|packungen|pck|pck.|becher|dose|dosen|' +
    'boks|bokser|pakke|pakker|paquet|paquets|barquette|barquettes|paquete|paquetes|tarrina|tarrinas|vaso|vasos|confezione|' +
    'confezioni|vasetto|vasetti|bakje|bakjes|kuipje|kuipjes'
  ).split('|'),
);

const FRACTIONS: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  half: 0.5,
  'a half': 0.5,
  'one half': 0.5,
};

const FRAC = '[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]';
/** One number: "1 1/2", "1½", "1 ½", "1/2", "1,5", "1.5", "½", "12". */
const NUM = `(?:\\d+(?:[.,]\\d+)?\\s*${FRAC}|\\d+\\s+\\d+\\s*[/⁄]\\s*\\d+|\\d+\\s*[/⁄]\\s*\\d+|\\d+(?:[.,]\\d+)?|\\.\\d+|${FRAC})`;
const WORD_NUM = `(?:${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** A number or a number word where a quantity may start. */
const NUMBER_RE = new RegExp(`(?<![\\p{L}\\d.,])(?:(${NUM})|(${WORD_NUM})(?!\\p{L}))`, 'giu');
/** After a number: the second number of a range ("6-8", "3/4 to 1", "450 à 500"). */
const RANGE_RE = new RegExp(
  `\\s*(?:-|–|—|to|à|a|bis|tot|til|till|do|az|ila|ou|or|oder|of|o)\\s*(${NUM})`,
  'iuy',
);
/** After a number: "x 150" of "2 x 150 g". */
const TIMES_RE = new RegExp(`\\s*[x×]\\s*(${NUM})`, 'iuy');
/** After a count: the pack size of "4 (8-oz.) bars", "1 8oz package". */
const SIZE_RE = new RegExp(`\\s*\\(?\\s*(${NUM})`, 'uy');
const WORD_RE = /\s*-?\s*([\p{L}][\p{L}.]*)/uy;
const NEXT_WORD_RE = /[ \t\u00a0]+([\p{L}][\p{L}.]*)/uy;

/** A unit written at `pos` (after optional spaces or a hyphen): up to three words, longest first. */
function readUnit(text: string, pos: number): { unit: UnitDef; end: number } | undefined {
  WORD_RE.lastIndex = pos;
  const first = WORD_RE.exec(text);
  if (!first) return undefined;
  const words = [first[1] as string];
  const ends = [WORD_RE.lastIndex];
  for (let k = 0; k < 2; k++) {
    NEXT_WORD_RE.lastIndex = ends[ends.length - 1] as number;
    const next = NEXT_WORD_RE.exec(text);
    if (!next) break;
    words.push(next[1] as string);
    ends.push(NEXT_WORD_RE.lastIndex);
  }
  for (let k = words.length; k > 0; k--) {
    const token = words.slice(0, k).join(' ');
    const unit = unitOf(token) ?? (token.endsWith('.') ? unitOf(token.slice(0, -1)) : undefined);
    if (unit) {
      // "g." at a sentence end: the dot is not part of the unit unless the spelling has it.
      const end = ends[k - 1] as number;
      return { unit, end: unitOf(token) ? end : end - 1 };
    }
  }
  return undefined;
}

/** A package word at `pos` (after optional spaces). */
function readPackage(text: string, pos: number): number | undefined {
  WORD_RE.lastIndex = pos;
  const m = WORD_RE.exec(text);
  return m && PACKAGE_WORDS.has((m[1] as string).toLowerCase()) ? WORD_RE.lastIndex : undefined;
}

export interface Quantity {
  /** The amount in `unit`s (ranges: their midpoint; multiples and packs: multiplied). */
  amount: number;
  unit: UnitDef;
  /** Offsets of the quantity in the text. */
  start: number;
  end: number;
}

/** Parses one number token ("1 1/2", "1,5", "½", "three"). */
export function parseNumber(token: string): number | undefined {
  const t = token.trim().toLowerCase();
  const word = ownEntry(WORD_NUMBERS, t);
  if (word !== undefined) return word;
  let m = t.match(/^(\d+(?:[.,]\d+)?)\s*([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])$/);
  if (m) return decimal(m[1] as string) + (ownEntry(FRACTIONS, m[2] as string) as number);
  m = t.match(/^(\d+)\s+(\d+)\s*[/⁄]\s*(\d+)$/);
  if (m) return Number(m[1]) + Number(m[2]) / Number(m[3]) || undefined;
  m = t.match(/^(\d+)\s*[/⁄]\s*(\d+)$/);
  if (m) return Number(m[2]) === 0 ? undefined : Number(m[1]) / Number(m[2]);
  const fraction = ownEntry(FRACTIONS, t);
  if (fraction !== undefined) return fraction;
  if (/^(\d+(?:[.,]\d+)?|\.\d+)$/.test(t)) return decimal(t);
  return undefined;
}

/** "1,5" → 1.5; "1,000" → 1000 (a comma before exactly three digits groups thousands). */
function decimal(s: string): number {
  if (/^\d{1,3},\d{3}$/.test(s)) return Number(s.replace(',', ''));
  return Number(s.replace(',', '.'));
}

function unitOf(token: string): UnitDef | undefined {
  return ownEntry(CASED, token) ?? ownEntry(UNITS, token.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Every quantity of a text, in text order: "2 x 150 g", pack sizes ("4 (8-oz.)
 * bars", "1 package (8 oz)"), ranges and single amounts with their unit.
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  if (
    !/[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)\b/i.test(
      text,
    )
  )
    return found;
  // A regex object of its own: readAt may call findQuantities again (pack sizes).
  const numbers = new RegExp(NUMBER_RE.source, 'giu');
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    const start = m.index;
    const token = (m[1] ?? m[2]) as string;
    const isWord = m[1] === undefined;
    const n = parseNumber(token);
    const pos = numbers.lastIndex;
    if (n === undefined) continue;
    const q = readAt(text, start, pos, n, isWord);
    if (q && q.amount > 0 && Number.isFinite(q.amount)) {
      found.push(q);
      numbers.lastIndex = Math.max(q.end, pos);
    }
  }
  return found;
}

/** The quantity that starts with the number `n` (text[start, pos)). */
function readAt(text: string, start: number, pos: number, n: number, isWord: boolean): Quantity | undefined {
  // "2 x 150 g"
  TIMES_RE.lastIndex = pos;
  const times = TIMES_RE.exec(text);
  if (times && !isWord) {
    const size = parseNumber(times[1] as string);
    const u = readUnit(text, TIMES_RE.lastIndex);
    if (size !== undefined && u && u.unit.kind !== 'count')
      return { amount: n * size, unit: u.unit, start, end: u.end };
  }
  // "4 (8-oz.) bars", "1 8oz package", "Three 8-ounce (680g) packages"
  SIZE_RE.lastIndex = pos;
  const sized = SIZE_RE.exec(text);
  if (sized) {
    const size = parseNumber(sized[1] as string);
    const u = readUnit(text, SIZE_RE.lastIndex);
    if (size !== undefined && u && u.unit.kind !== 'count') {
      const rest = /^\.?\s*\)?\s*(?:\(([^)]*)\)\s*)?/.exec(text.slice(u.end)) as RegExpExecArray;
      const end = readPackage(text, u.end + rest[0].length);
      if (end !== undefined) {
        // A stated total inside wins: it is a quantity of its own.
        const inner = rest[1];
        if (!(inner && findQuantities(inner).some((x) => x.unit.kind === 'mass')))
          return { amount: n * size, unit: u.unit, start, end };
      }
    }
  }
  // "1 package (8 oz)", "¾ brick (6 ounces)", "2 cans (15 oz each)"
  const pack = readPackage(text, pos);
  if (pack !== undefined) {
    const m = /^\s*\(\s*/.exec(text.slice(pack));
    if (m) {
      const at = pack + m[0].length;
      const sizeM = new RegExp(`(${NUM})`, 'uy');
      sizeM.lastIndex = at;
      const sm = sizeM.exec(text);
      const size = sm ? parseNumber(sm[1] as string) : undefined;
      const u = sm ? readUnit(text, sizeM.lastIndex) : undefined;
      if (size !== undefined && u && u.unit.kind !== 'count') {
        const each = /^\.?\s*(each|jeweils|chacun|chacune|cada)\b/i.exec(text.slice(u.end));
        return {
          amount: each ? n * size : size,
          unit: u.unit,
          start,
          end: u.end + (each ? each[0].length : 0),
        };
      }
    }
  }
  // "6-8 oz", "3/4 to 1 cup", "200g", "2 T"
  let b: number | undefined;
  let at = pos;
  RANGE_RE.lastIndex = pos;
  const range = RANGE_RE.exec(text);
  if (range) {
    const second = parseNumber(range[1] as string);
    const u = readUnit(text, RANGE_RE.lastIndex);
    if (second !== undefined && u) {
      b = second;
      at = RANGE_RE.lastIndex;
    }
  }
  const u = readUnit(text, at);
  if (!u) return undefined;
  // A lone "a"/"an" counts as one only before a spelt-out unit ("a cup", not "a t").
  if (isWord && /^an?$/i.test(text.slice(start, pos)) && u.end - at < 4) return undefined;
  const amount = b !== undefined && b > n ? (n + b) / 2 : n;
  return { amount, unit: u.unit, start, end: u.end };
}

/** Preparation words that pick a household measure ("cup, shredded"). */
const QUALIFIERS: [string, RegExp][] = [
  [
    'grated',
    /\b(grated|finely shredded|gerieben\w*|geraspt\w*|râpée?s?|rapée?s?|rallad[oa]s?|grattugiat[oia]|reven|revet|riven|strouhan\w*|strúhan\w*|tart\w*|reszelt|rendelenmiş|ralad[oa]s?)/iu,
  ],
  ['shredded', /\b(shredded|shred)/i],
  [
    'crumbled',
    /\b(crumbled|crumbles|émiettée?s?|zerbröselt\w*|zerkrümelt\w*|desmenuzad[oa]s?|sbriciolat[oia]|smuldret|smulad)/iu,
  ],
  ['diced', /\b(diced|cubed|cubes|gewürfelt\w*|en dés|dadini|cubos|in blokjes|i tern)/iu],
  ['melted', /\b(melted|geschmolzen\w*|zerlassen\w*|fondue?s?|derretid[oa]s?|fus[oa]|smeltet|smält)/iu],
  ['sliced', /\b(sliced)/i],
];

function qualifierOf(text: string): string | undefined {
  for (const [q, re] of QUALIFIERS) if (re.test(text)) return q;
  return undefined;
}

const VOLUME_PORTIONS: Record<string, number> = {
  cup: US_CUP,
  tbsp: US_TBSP,
  tsp: US_TSP,
  'fl oz': 29.5735,
  quart: 946.353,
};

/** Base unit of a portions.csv unit ("cup, shredded" → "cup"; "slice (1 oz)" → "slice"). */
function baseOf(unit: string): string {
  return (unit.split(/[,(]/)[0] ?? '').trim();
}

/** Grams per millilitre of a food, from its household volume measures. */
export function densityOf(portions: readonly Portion[], qualifier?: string): number | undefined {
  const rows = portions
    .map((p) => ({ p, ml: VOLUME_PORTIONS[baseOf(p.unit)] }))
    .filter((x): x is { p: Portion; ml: number } => x.ml !== undefined)
    .map(({ p, ml }) => ({ unit: p.unit, gPerMl: p.grams / (p.amount * ml) }));
  if (rows.length === 0) return undefined;
  const gPerMl = (r: { gPerMl: number }) => r.gPerMl;
  return preferredMedian(rows, gPerMl, qualifier) ?? medianOf(rows.map(gPerMl));
}

/**
 * The median value of the measures that suit `qualifier` best: those naming
 * it (grated and shredded stand in for each other), else the plain ones (no
 * preparation after a comma), else the grated or shredded ones (a cheese
 * measured only by preparation: a cup of cheese in a recipe is shredded);
 * undefined when there are none of these.
 */
function preferredMedian<T extends { unit: string }>(
  rows: readonly T[],
  value: (row: T) => number,
  qualifier?: string,
): number | undefined {
  const want =
    qualifier === 'grated'
      ? ['grated', 'shredded']
      : qualifier === 'shredded'
        ? ['shredded', 'grated']
        : qualifier
          ? [qualifier]
          : [];
  for (const w of want) {
    const hit = rows.filter((r) => r.unit.includes(w));
    if (hit.length) return medianOf(hit.map(value));
  }
  const plain = rows.filter((r) => !r.unit.includes(','));
  if (plain.length) return medianOf(plain.map(value));
  const shredded = rows.filter((r) => r.unit.includes('shredded') || r.unit.includes('grated'));
  if (shredded.length) return medianOf(shredded.map(value));
  return undefined;
}

function medianOf(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Grams of one US cup/tbsp/tsp of a food when it has a measure in that very unit. */
function unitWeight(portions: readonly Portion[], unit: string, qualifier?: string): number | undefined {
  const rows = portions.filter((p) => baseOf(p.unit) === unit);
  if (rows.length === 0) return undefined;
  return preferredMedian(rows, (p) => p.grams / p.amount, qualifier);
}

/** Grams of one household count unit ("slice", "stick"…) of a food. */
export function countWeight(portions: readonly Portion[], portion: string): number | undefined {
  const rows = portions.filter((p) => {
    const b = baseOf(p.unit);
    return b === portion || b === `${portion}s`;
  });
  if (rows.length === 0) return undefined;
  return medianOf(rows.map((p) => p.grams / p.amount));
}

/** Grams of a quantity of a food (undefined when no measure converts it). */
export function gramsOf(q: Quantity, portions: readonly Portion[], context = ''): number | undefined {
  const u = q.unit;
  let grams: number | undefined;
  if (u.kind === 'mass') grams = q.amount * u.factor;
  else if (u.kind === 'volume') {
    const qualifier = qualifierOf(context);
    const per = u.portion ? unitWeight(portions, u.portion, qualifier) : undefined;
    const density = per === undefined ? densityOf(portions, qualifier) : undefined;
    if (per !== undefined) grams = q.amount * per;
    else if (density !== undefined) grams = q.amount * u.factor * density;
  } else if (u.kind === 'count' && u.portion) {
    const w = countWeight(portions, u.portion);
    if (w !== undefined) grams = q.amount * w;
  }
  return grams === undefined ? undefined : Math.round(grams * 10) / 10;
}

/** How good a quantity is as the amount of its group (lower is better). */
function preference(q: Quantity): number {
  if (q.unit.kind === 'mass') return q.unit.metric ? 0 : 0.5;
  if (q.unit.kind === 'volume' && q.unit.metric && q.unit.factor >= 10) return 1;
  if (q.unit.kind === 'volume') return 2;
  return 3;
}

/** Groups quantities that restate one amount ("1/2 cup (125g)", "600g/1lb 5oz", "12 fl. oz./375 ml"). */
function groupsOf(text: string, qs: Quantity[]): Quantity[][] {
  const groups: Quantity[][] = [];
  for (const q of qs) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && /^[\s()[\]/,.~≈=|-]*$/.test(text.slice(prev.end, q.start))) last.push(q);
    else groups.push([q]);
  }
  return groups;
}

/** Span of a mention in the text. */
export interface MentionSpan {
  start: number;
  end: number;
  foodId: string;
}

/**
 * Grams of each mention of a line or title (same order as `mentions`);
 * `portionsOf` gives a food's household measures.
 */
export function gramsForMentions(
  text: string,
  mentions: readonly MentionSpan[],
  portionsOf: (foodId: string) => readonly Portion[],
): (number | undefined)[] {
  const groups = groupsOf(text, findQuantities(text));
  const used = new Set<number>();
  // A title names the food first and gives the weight after it ("Gouda 48+ 400g");
  // an ingredient line gives the amount first ("200 g Gouda").
  const first = mentions[0];
  const titleStyle = !!first && !groups.some((g) => (g[0] as Quantity).start < first.start);
  return mentions.map((m, i) => {
    const prevEnd = i > 0 ? (mentions[i - 1] as MentionSpan).end : 0;
    let gi = -1;
    if (titleStyle) {
      // The first group after the mention, before the next mention of another food.
      const next = mentions.slice(i + 1).find((x) => x.foodId !== m.foodId)?.start ?? text.length;
      gi = groups.findIndex(
        (g, k) => !used.has(k) && (g[0] as Quantity).start >= m.end && (g[0] as Quantity).start < next,
      );
    } else {
      // The nearest group before the mention, after the previous mention.
      groups.forEach((g, k) => {
        const a = g[0] as Quantity;
        const z = g[g.length - 1] as Quantity;
        if (!used.has(k) && a.start >= prevEnd && z.end <= m.start) gi = k;
      });
    }
    if (gi < 0) return bareCount(text.slice(prevEnd, m.start), portionsOf(m.foodId));
    used.add(gi);
    const group = [...(groups[gi] as Quantity[])].sort((a, b) => preference(a) - preference(b));
    const portions = portionsOf(m.foodId);
    for (const q of group) {
      const g = gramsOf(q, portions, text);
      if (g !== undefined) return sumImperial(text, groups[gi] as Quantity[], q) ?? g;
    }
    return undefined;
  });
}

const BARE_COUNT_RE = new RegExp(`(?<![\\p{L}\\d.,/])(${NUM}|${WORD_NUM})\\s*$`, 'iu');

/** "2 egg yolks": a bare count of a food with a per-piece weight (a large egg yolk). */
function bareCount(before: string, portions: readonly Portion[]): number | undefined {
  const m = before.match(BARE_COUNT_RE);
  if (!m) return undefined;
  const n = parseNumber(m[1] as string);
  const w = countWeight(portions, 'large') ?? countWeight(portions, 'piece');
  return n === undefined || w === undefined ? undefined : Math.round(n * w * 10) / 10;
}

/** "1 lb 5 oz": consecutive imperial masses add up. */
function sumImperial(text: string, group: Quantity[], chosen: Quantity): number | undefined {
  if (chosen.unit.kind !== 'mass' || chosen.unit.metric) return undefined;
  const i = group.indexOf(chosen);
  const next = group[i + 1];
  if (next?.unit.kind !== 'mass' || next.unit.metric || next.unit.factor >= chosen.unit.factor)
    return undefined;
  if (!/^\s*$/.test(text.slice(chosen.end, next.start))) return undefined;
  return Math.round((chosen.amount * chosen.unit.factor + next.amount * next.unit.factor) * 10) / 10;
}

/**
 * Household measures of every food, completed where a food has none of a kind:
 * volume measures (cup, tbsp, tsp, fl oz) and slices come from the foods of the
 * same category (for a derived food such as generic "cheese": from the foods
 * its estimate is derived from). The rows stay those of the source tables;
 * `densityOf`/`countWeight` take their median.
 */
export function portionsWithFallback(
  dataset: Pick<Dataset, 'foods'>,
): (foodId: string) => readonly Portion[] {
  const byId = new Map(dataset.foods.map((f) => [f.id, f]));
  const hasVolume = (ps: readonly Portion[]) => ps.some((p) => VOLUME_PORTIONS[baseOf(p.unit)] !== undefined);
  const hasSlice = (ps: readonly Portion[]) => ps.some((p) => baseOf(p.unit).startsWith('slice'));
  const peersOf = (f: Food): Food[] => {
    if (f.category === 'generic') {
      const ids = new Set([...(f.k2.from ?? []), ...(f.calcium.from ?? [])]);
      return dataset.foods.filter((x) => ids.has(x.id));
    }
    return dataset.foods.filter((x) => x.category === f.category && x.id !== f.id);
  };
  const cache = new Map<string, readonly Portion[]>();
  return (foodId) => {
    const hit = cache.get(foodId);
    if (hit) return hit;
    const food = byId.get(foodId);
    if (!food) return [];
    let rows: Portion[] = [...food.portions];
    const peers = peersOf(food).flatMap((p) => p.portions);
    if (!hasVolume(rows))
      rows = rows.concat(peers.filter((p) => VOLUME_PORTIONS[baseOf(p.unit)] !== undefined));
    if (!hasSlice(rows)) rows = rows.concat(peers.filter((p) => baseOf(p.unit).startsWith('slice')));
    cache.set(foodId, rows);
    return rows;
  };
}
