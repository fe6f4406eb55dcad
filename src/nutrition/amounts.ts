/**
 * The quantities written in a text ("200 g", "1½ cups", "2 x 125 g", "納豆
 * 45g×3P", "Сыр 1,5 кг"), with their offsets. DOM-free.
 *
 * Numbers: integers, decimals with a point or a comma ("1,5 kg"), thousands
 * ("1,000 g", "1 000 г"; "1.000 g" is a thousand grams but "1.500 kg" one and a
 * half kilograms: a separator before three digits groups thousands of grams and
 * millilitres and marks decimals of kilograms and litres), fractions ("1/2",
 * "1 1/2", "½", "1½") and full-width digits ("１００ｇ"). "a/b" is a fraction
 * only when it is a proper fraction in lowest terms with a denominator up to 16;
 * otherwise it names two alternatives ("200/250 g": either amount) and counts as
 * their midpoint, as a range does.
 *
 * Quantities: ranges ("6-8 oz", "3/4 to 1 cup", "450 à 500 g", "450g-500g",
 * "1 or 2 tbsp": their midpoint), multiples ("2 x 150 g", "3×40g", "40g×3",
 * "100g*8杯", "85g x 4개", "200ml, 24개", "6 Stück à 100 g", "Pack of 2, 200g
 * each"), bonus packs ("500 g + 100 g gratis"), pack sizes ("4 (8-oz) bars",
 * "1 package (8 oz)", "Three 8-ounce (680g) packages"). A fat mark ("45%",
 * "82,5%", "48+") or a bare count has no unit and is no quantity. Units: see
 * units.ts.
 */
import { ownEntry } from './lookup';
import { CJK, foldWidth, readPackage, readUnit, type UnitDef } from './units';

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
/**
 * Thousands grouped by a space: a no-break or thin space before any three digits, a
 * plain space before "000" or "500" only ("1 000 г", "1 500 g"), so that "3 150 g"
 * stays a count and a weight.
 */
const THOUSANDS_GROUP = '(?:[\\u00a0\\u202f]\\d{3}|[ ](?:000|500))';
/** One number: "1 1/2", "1½", "1 ½", "1/2", "1 000", "1,5", "1.5", "½", "12". */
export const NUM = `(?:\\d+(?:[.,]\\d+)?\\s*${FRAC}|\\d+\\s+\\d+\\s*[/⁄]\\s*\\d+|\\d+\\s*[/⁄]\\s*\\d+|\\d{1,3}${THOUSANDS_GROUP}+(?![\\d.,])|\\d+(?:[.,]\\d+)?|\\.\\d+|${FRAC})`;
export const WORD_NUM = `(?:${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/**
 * Not in a word nor inside a number: no digit before, no digit and separator before ("1,200"), no letter
 * before except of the scripts written without spaces ("納豆40g"); a separator after something else starts
 * a new number ("4%,100г").
 */
const NOT_IN_WORD = `(?<!\\d)(?<!\\d[.,])(?<!(?!${CJK})\\p{L})`;
/** A number or a number word where a quantity may start. */
const NUMBER_RE = new RegExp(`${NOT_IN_WORD}(?:(${NUM})|(${WORD_NUM})(?!\\p{L}))`, 'giu');
/** Words between the two numbers of a range or of two alternatives ("6-8", "3/4 to 1", "450 à 500", "1 or 2", "1〜2"). */
const RANGE_WORD =
  '(?:-|–|—|~|〜|to|à|a|bis|tot|til|till|do|az|ila|ou|or|oder|of|o|до|έως|ως|или|або|ή|lub|albo|nebo|alebo|vagy|eller|veya|sau|oppure)';
/** After a number: the second number of a range. */
const RANGE_RE = new RegExp(`\\s*${RANGE_WORD}\\s*(${NUM})`, 'iuy');
/** After a count: the pack size of "4 (8-oz.) bars", "1 8oz package". */
const SIZE_RE = new RegExp(`\\s*\\(?\\s*(${NUM})`, 'uy');
/** After a mass: the second end of "450g-500g". */
const RANGE_AFTER_RE = new RegExp(`\\s*${RANGE_WORD}\\s*(${NUM})`, 'iuy');
/** Multiplication signs of multipacks. */
const TIMES = '[x×X*✕х]';
/** After a number: "x 150" of "2 x 150 g". */
const TIMES_RE = new RegExp(`\\s*${TIMES}\\s*(${NUM})`, 'uy');
/** After a mass: "×3" of "40g×3", "x 4" of "85g x 4개", "*8" of "100g*8杯". */
const TIMES_AFTER_RE = new RegExp(`\\s*${TIMES}\\s*(\\d+)(?![\\d.,/])`, 'uy');
/** After a count: the size of each ("6 Stück à 100 g", "10 Scheiben je 20 g", "6 шт. по 100 г"). */
const EACH_SIZE_RE = new RegExp(`\\s*(?:à|á|a|je|jeweils|po|по|@|${TIMES})\\s*(${NUM})`, 'iuy');
/** After a mass: the words saying it is the size of each of a pack ("200g each"). */
const EACH_RE =
  /\s*(?:each|ea\.|apiece|je|jeweils|chacun|chacune|cada uno|cada una|ciascuno|ciascuna|elk|per stuk|pro stück|za kus|за штуку)(?!\p{L})/iuy;
/** Before a size: the word saying it is the size of each ("3er Pack à 125 g", "2 Becher je 150 g"). */
const EACH_BEFORE_RE = /(?<!\p{L})(?:à|á|je|jeweils|po|по)\s*$/iu;
/** After a size: the count of a pack of them ("(Pack of 12)", ", 4 Pack", ", 6er-Pack", ", 2 pk"). */
const PACK_AFTER_RE =
  /[ \t,]*\(?\s*(?:(?:pack|set|case|box)\s+of\s+(\d+)|(\d+)\s*-?\s*(?:pack|packs|pk|er-?\s?pack|er-?\s?packung)(?!\p{L}))\s*\)?/iuy;
/** After a size: a Korean count of items ("24팩", "4개", "10개입"). */
const HANGUL_COUNT_RE = /[ \t,]*(\d+)\s*(?:개입|개|팩|입|봉지|봉|병|컵|캔)/uy;
/** After a size: "+ 100 g", "+ 20 %" of a bonus pack. */
const BONUS_RE = new RegExp(`\\s*\\+\\s*(${NUM})\\s*(%)?`, 'uy');
/** The word that makes the bonus free. */
const FREE_RE =
  /\s*(?:gratis|free|offert|offerts|gratuit|omaggio|extra|zdarma|darmo|ingyen|bedava|δώρο|бесплатно|в подарок|подарък)(?!\p{L})/iuy;
/** A count of items of a pack before a size of each: "Pack of 2", "2-pack", "Twin pack", "3 pcs". */
const PACK_COUNT_RE = new RegExp(
  '(?:(?:pack|set|box|case|lot|bundle|multipack|paquete|lote|confezione|pacco|packung|pakket|balení|opakowanie)\\s+(?:of|de|da|di|van|von|mit|z|à)\\s+(\\d+))|' +
    '(?:(\\d+)\\s*-?\\s*(?:pack|packs|pk|pcs|pieces|count|ct|er-?pack|er|stück|stk|st|x|×|шт|szt|ks|pots|cups|becher|個|개|本|袋|包|杯|P)(?!\\p{L}))|' +
    '(?:(?<!\\p{L})(twin|duo|double|doppel|dual|trio|triple)(?!\\p{L}))',
  'giu',
);

/** Parses one number token ("1 1/2", "1,5", "½", "three", "1 000"; "200/250": their midpoint). */
export function parseNumber(token: string): number | undefined {
  const t = token.trim().toLowerCase();
  const word = ownEntry(WORD_NUMBERS, t);
  if (word !== undefined) return word;
  let m = t.match(/^(\d+(?:[.,]\d+)?)\s*([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])$/);
  if (m) return decimal(m[1] as string) + (ownEntry(FRACTIONS, m[2] as string) as number);
  m = t.match(/^(\d+)\s+(\d+)\s*[/⁄]\s*(\d+)$/);
  if (m) return Number(m[1]) + Number(m[2]) / Number(m[3]) || undefined;
  m = t.match(/^(\d+)\s*[/⁄]\s*(\d+)$/);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b === 0) return undefined;
    return isFraction(a, b) ? a / b : (a + b) / 2;
  }
  const fraction = ownEntry(FRACTIONS, t);
  if (fraction !== undefined) return fraction;
  if (/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/.test(t)) return Number(t.replace(/\D/g, ''));
  if (/^(\d+(?:[.,]\d+)?|\.\d+)$/.test(t)) return decimal(t);
  return undefined;
}

/** "3/4" is a fraction; "200/250", "10/12", "2/4" are two alternatives. */
function isFraction(a: number, b: number): boolean {
  return a < b && b <= 16 && gcd(a, b) === 1;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** "1,5" → 1.5; "1,000" → 1000 (a comma before exactly three digits groups thousands). */
function decimal(s: string): number {
  if (/^\d{1,3},\d{3}$/.test(s)) return Number(s.replace(',', ''));
  return Number(s.replace(',', '.'));
}

/**
 * The number `token` read with its metric unit: a point or comma before exactly
 * three digits groups thousands of grams and millilitres ("1.000 g", "1,000 ml")
 * and marks decimals of kilograms and litres ("1.500 kg", "1,500 l").
 */
function withUnit(token: string, n: number, unit: UnitDef): number {
  const m = /^(\d{1,3})[.,](\d{3})$/.exec(token.trim());
  if (!m || !unit.metric || (unit.kind !== 'mass' && unit.kind !== 'volume')) return n;
  return unit.factor >= 1000 ? Number(`${m[1]}.${m[2]}`) : Number(`${m[1]}${m[2]}`);
}

export interface Quantity {
  /** The amount in `unit`s (ranges: their midpoint; multiples and packs: multiplied). */
  amount: number;
  unit: UnitDef;
  /** Offsets of the quantity in the text. */
  start: number;
  end: number;
}

export const isMeasure = (u: UnitDef) => u.kind === 'mass' || u.kind === 'volume';

/**
 * Every quantity of a text, in text order: "2 x 150 g", pack sizes ("4 (8-oz.)
 * bars", "1 package (8 oz)"), ranges and single amounts with their unit.
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const t = foldWidth(text);
  if (
    !/[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)\b/i.test(
      t,
    )
  )
    return found;
  // A regex object of its own: readAt may call findQuantities again (pack sizes).
  const numbers = new RegExp(NUMBER_RE.source, 'giu');
  for (let m = numbers.exec(t); m; m = numbers.exec(t)) {
    const start = m.index;
    let token = (m[1] ?? m[2]) as string;
    const isWord = m[1] === undefined;
    let pos = numbers.lastIndex;
    // "2 250 g tubs": a count and a pack size rather than thousands.
    const spaced = /^(\d{1,3})[ \u00a0\u202f]\d{3}/.exec(token);
    if (spaced) {
      const head = spaced[1] as string;
      const q = readAt(t, start, start + head.length, head, Number(head), false);
      if (q && q.end > pos) {
        token = head;
        pos = start + head.length;
      }
    }
    const n = parseNumber(token);
    if (n === undefined) continue;
    const q = readAt(t, start, pos, token, n, isWord);
    if (q && q.amount > 0 && Number.isFinite(q.amount)) {
      if (!isUnitPrice(t, q) && !isYear(t, q)) found.push(q);
      numbers.lastIndex = Math.max(q.end, pos);
    } else numbers.lastIndex = pos;
  }
  return found;
}

/** Currencies of the stores' unit prices. */
const PRICE_END_RE =
  /(?:\d|[€$£¥₽₴]|лв\.?|руб\.?|грн\.?|kr\.?|zł|Kč|Ft|lei|TL)\s*(?:\/|per|pro|je|za|за|ανά|par|por)\s*$/iu;

/** The reference amount of a unit price ("(3,13 €/100 g)", "$10.70 / 1KG", "2,99 лв. за 1 кг"). */
function isUnitPrice(text: string, q: Quantity): boolean {
  return PRICE_END_RE.test(text.slice(Math.max(0, q.start - 16), q.start));
}

/** Words before a year ("през 1910 г.", "за январь 2015 г", "в 2015 г."). */
const YEAR_BEFORE_RE =
  /(?:^|[^\p{L}])(?:в|во|у|през|от|за|до|с|со|след|преди|около|року|году|года|січня|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йя]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|януари|февруари|април|юни|юли|септември|октомври|ноември|декември)\s+$/iu;

/** "1910 г." after "през": a year in Bulgarian, Russian or Ukrainian, not grams. */
function isYear(text: string, q: Quantity): boolean {
  if (q.unit.kind !== 'mass' || q.unit.factor !== 1 || !/^\d{4}\s*г/u.test(text.slice(q.start, q.end)))
    return false;
  return (
    q.amount >= 1800 &&
    q.amount <= 2100 &&
    YEAR_BEFORE_RE.test(text.slice(Math.max(0, q.start - 20), q.start))
  );
}

/** The quantity that starts with the number `n` (the token text[start, pos)). */
function readAt(
  text: string,
  start: number,
  pos: number,
  token: string,
  n: number,
  isWord: boolean,
): Quantity | undefined {
  // "2 x 150 g", "3×40g"
  TIMES_RE.lastIndex = pos;
  const times = TIMES_RE.exec(text);
  if (times && !isWord) {
    const size = parseNumber(times[1] as string);
    const u = readUnit(text, TIMES_RE.lastIndex);
    if (size !== undefined && u && u.unit.kind !== 'count')
      return { amount: n * withUnit(times[1] as string, size, u.unit), unit: u.unit, start, end: u.end };
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
      b = withUnit(range[1] as string, second, u.unit);
      at = RANGE_RE.lastIndex;
    }
  }
  const u = readUnit(text, at) ?? spoonAfterWord(text, at);
  if (!u) return undefined;
  // A lone "a"/"an" counts as one only before a spelt-out unit ("a cup", not "a t").
  if (isWord && /^an?$/i.test(text.slice(start, pos)) && u.end - at < 4) return undefined;
  const a = withUnit(token, n, u.unit);
  const q: Quantity = { amount: b !== undefined && b > a ? (a + b) / 2 : a, unit: u.unit, start, end: u.end };
  return isMeasure(u.unit) ? measureTail(text, q) : countTail(text, q);
}

/** How full a spoon or cup is: "1 heaped tsp", "2 gehäufte EL", "1 cuillère à soupe bombée" (read as level). */
const FULLNESS_RE =
  /\s*(?:heaped|heaping|level|rounded|scant|generous|good|gehäufte[rn]?|gehäuft|gestrichene[rn]?|gestrichen|knappe[rn]?|gute[rn]?|bombée?s?|rase|colmo|colmado|colmada|raso|rasa|kopiaste|płaska|płaskie|vrchovatá|vrchovaté|zarovnaná)(?!\p{L})/iuy;

/** The unit after a word saying how full it is. */
function spoonAfterWord(text: string, at: number): ReturnType<typeof readUnit> {
  FULLNESS_RE.lastIndex = at;
  if (!FULLNESS_RE.exec(text)) return undefined;
  const u = readUnit(text, FULLNESS_RE.lastIndex);
  return u && u.unit.kind === 'volume' ? u : undefined;
}

/** "6 Stück à 100 g", "10 Scheiben je 20 g": a count times the size of each. */
function countTail(text: string, q: Quantity): Quantity {
  EACH_SIZE_RE.lastIndex = q.end;
  const m = EACH_SIZE_RE.exec(text);
  if (!m) return q;
  const size = parseNumber(m[1] as string);
  const u = readUnit(text, EACH_SIZE_RE.lastIndex);
  if (size === undefined || !u || !isMeasure(u.unit)) return q;
  return {
    amount: q.amount * withUnit(m[1] as string, size, u.unit),
    unit: u.unit,
    start: q.start,
    end: u.end,
  };
}

/** What may follow a mass or volume: "450g-500g", "40g×3", "85g x 4개", "200g each". */
function measureTail(text: string, q: Quantity): Quantity {
  // "450g-500g", "1 kg – 1,5 kg": a range with the unit on both ends.
  RANGE_AFTER_RE.lastIndex = q.end;
  const r = RANGE_AFTER_RE.exec(text);
  if (r) {
    const second = parseNumber(r[1] as string);
    const u = readUnit(text, RANGE_AFTER_RE.lastIndex);
    if (second !== undefined && u && u.unit === q.unit) {
      const b = withUnit(r[1] as string, second, u.unit);
      if (b > q.amount) return { ...q, amount: (q.amount + b) / 2, end: u.end };
    }
  }
  // "40g×3", "45g×3P", "100g*8杯": the size of one item times their count.
  TIMES_AFTER_RE.lastIndex = q.end;
  const t = TIMES_AFTER_RE.exec(text);
  if (t) {
    const k = Number(t[1]);
    const u = readUnit(text, TIMES_AFTER_RE.lastIndex);
    if (k > 0 && (!u || u.unit.kind === 'count'))
      return { ...q, amount: q.amount * k, end: u ? u.end : TIMES_AFTER_RE.lastIndex };
  }
  // "200ml 24팩", "85g, 4개": in Korean the count of items follows their size.
  HANGUL_COUNT_RE.lastIndex = q.end;
  const h = HANGUL_COUNT_RE.exec(text);
  if (h && Number(h[1]) > 0) return { ...q, amount: q.amount * Number(h[1]), end: HANGUL_COUNT_RE.lastIndex };
  // "500 g + 100 g gratis", "1 kg + 20 % free": what the pack holds over its size.
  BONUS_RE.lastIndex = q.end;
  const bonus = BONUS_RE.exec(text);
  if (bonus) {
    const extra = parseNumber(bonus[1] as string);
    const u = bonus[2] ? undefined : readUnit(text, bonus.index + bonus[0].length);
    if (extra !== undefined && bonus[2])
      return withBonus(text, q, q.amount * (1 + extra / 100), bonus.index + bonus[0].length);
    if (extra !== undefined && u?.unit === q.unit) return withBonus(text, q, q.amount + extra, u.end);
  }
  // "5.3 oz (Pack of 12)", "6 oz, 4 Pack", "150 g, 6er-Pack": the size of each of a pack.
  PACK_AFTER_RE.lastIndex = q.end;
  const pack = PACK_AFTER_RE.exec(text);
  const k = pack ? Number(pack[1] ?? pack[2]) : 0;
  if (k > 0 && k <= 100) return { ...q, amount: q.amount * k, end: PACK_AFTER_RE.lastIndex };
  // "Pack of 2, 200g each", "Twin pack, 175 g each", "3er Pack à 125 g"
  EACH_RE.lastIndex = q.end;
  const each = EACH_RE.exec(text);
  if (each || EACH_BEFORE_RE.test(text.slice(Math.max(0, q.start - 12), q.start))) {
    const k = packCountBefore(text, q.start);
    if (k !== undefined) return { ...q, amount: q.amount * k, end: each ? EACH_RE.lastIndex : q.end };
  }
  return q;
}

/** `q` with its bonus when a word says it is free ("+ 100 g gratis"), else `q`. */
function withBonus(text: string, q: Quantity, amount: number, end: number): Quantity {
  FREE_RE.lastIndex = end;
  return FREE_RE.exec(text) ? { ...q, amount, end: FREE_RE.lastIndex } : q;
}

/** The count of items of the pack named before `pos` ("Pack of 2", "3-pack", "Twin"), if any. */
function packCountBefore(text: string, pos: number): number | undefined {
  let count: number | undefined;
  const re = new RegExp(PACK_COUNT_RE.source, 'giu');
  const before = text.slice(0, pos);
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const word = m[3]?.toLowerCase();
    count = word ? (word.startsWith('tri') ? 3 : 2) : Number(m[1] ?? m[2]);
  }
  return count !== undefined && count > 1 && count <= 100 ? count : undefined;
}
