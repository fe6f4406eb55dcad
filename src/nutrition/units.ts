/**
 * Units of quantities as pages write them, in Latin, Cyrillic, Greek, Japanese,
 * Chinese and Korean text, and how to read one after a number. DOM-free.
 *
 * Spellings are case-insensitive except the few in CASED ("T" tablespoon, "t"
 * teaspoon, "P" pieces, "St." Stück). Full-width letters and digits ("１００ｇ")
 * are read as their ASCII forms (`foldWidth`, offsets unchanged). In Japanese,
 * Chinese and Korean a unit follows the number without a space and a word may
 * follow the unit without one ("200克装", "3個パック"), so those units are read
 * by prefix; Latin, Cyrillic and Greek units are whole words.
 */
import { ownEntry } from './lookup';

export type UnitKind = 'mass' | 'volume' | 'count' | 'package';

export interface UnitDef {
  kind: UnitKind;
  /** grams (mass), millilitres (volume), or the portion base unit (count). */
  factor: number;
  /**
   * Portion base unit of portions.csv for counts and household volumes ("slice",
   * "stick", "cup"…); "piece" for a count of pieces (a large egg yolk, a piece).
   */
  portion?: string;
  metric?: boolean;
}

export const US_CUP = 236.588;
export const US_TBSP = 14.787;
export const US_TSP = 4.929;

/** Unit spellings (case-insensitive unless listed in CASED) → unit. */
const UNITS: Record<string, UnitDef> = {};
const def = (spellings: string, u: UnitDef) => {
  for (const s of spellings.split('|')) UNITS[s.toLowerCase()] = u;
};

const GRAM: UnitDef = { kind: 'mass', factor: 1, metric: true };
const KILOGRAM: UnitDef = { kind: 'mass', factor: 1000, metric: true };
const MILLIGRAM: UnitDef = { kind: 'mass', factor: 0.001, metric: true };
const MILLILITRE: UnitDef = { kind: 'volume', factor: 1, metric: true };
const DECILITRE: UnitDef = { kind: 'volume', factor: 100, metric: true };
const LITRE: UnitDef = { kind: 'volume', factor: 1000, metric: true };
const METRIC_TBSP: UnitDef = { kind: 'volume', factor: 15, metric: true };
const METRIC_TSP: UnitDef = { kind: 'volume', factor: 5, metric: true };
const SLICE: UnitDef = { kind: 'count', factor: 1, portion: 'slice' };
const PIECE: UnitDef = { kind: 'count', factor: 1, portion: 'piece' };

def(
  'g|gr|gr.|grs|gm|gms|gram|grams|gramm|gramme|grammes|gramos|grammi|gramas|gramů|gramov|gramów|' +
    'г|г.|гр|гр.|грам|грама|грамм|грамма|граммов|грамів|γρ|γρ.|γρμ|γρμ.|γραμ.|γραμμ.|γραμμάριο|γραμμάρια|γραμμαρια',
  GRAM,
);
def(
  'kg|kg.|kgs|kilo|kilos|kilogram|kilograms|kilogramm|kilogramme|kilogrammes|kilogramos|kilogrammi|' +
    'кг|кг.|кило|килограм|килограмм|килограмма|кілограм|κιλό|κιλά|κιλο|κιλα|κ.|κγ',
  KILOGRAM,
);
def('mg|мг|мг.', MILLIGRAM);
def('dkg|dag|dekagram|dekagramm', { kind: 'mass', factor: 10, metric: true });
def('oz|oz.|ounce|ounces|onzas|once|onces', { kind: 'mass', factor: 28.3495 });
def('lb|lb.|lbs|lbs.|pound|pounds', { kind: 'mass', factor: 453.592 });
def('pfund', { kind: 'mass', factor: 500, metric: true });
def(
  'ml|ml.|milliliter|milliliters|millilitre|millilitres|mililitros|millilitri|мл|мл.|мілілітр|μλ|μλ.',
  MILLILITRE,
);
def('cl|cl.|centiliter|centilitre|centilitres', { kind: 'volume', factor: 10, metric: true });
def('dl|dl.|deciliter|decilitre|decilitres', DECILITRE);
def(
  'l|l.|lt|lt.|ltr|ltr.|liter|liters|litre|litres|litro|litros|litri|ℓ|л|л.|литр|литра|литров|літр|літра|λίτρο|λίτρα|λιτρο|λιτρα|λτ|λτ.',
  LITRE,
);
def('fl oz|fl. oz.|fl.oz.|fl oz.|fl. oz|floz|fluid ounce|fluid ounces', { kind: 'volume', factor: 29.5735 });
def('cup|cups|c.|c|taza|tazas', { kind: 'volume', factor: US_CUP, portion: 'cup' });
def('xícara|xícaras|xicara|xicaras', { kind: 'volume', factor: 240, metric: true });
// A glass or mug of Polish and Czech recipes: 250 ml.
def('szklanka|szklanki|szklanek|hrnek|hrnky|hrnku|hrnků', { kind: 'volume', factor: 250, metric: true });
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
  'el|el.|essl.|esslöffel|eßlöffel|msk|msk.|ss|spsk|spsk.|c.à.s.|c.à.s|càs|c. à s.|c.s.|cs|cas|cuillère à soupe|cuillères à soupe|cuil. à soupe|cuill. à soupe|c. à soupe|c.à soupe|cucchiaio|cucchiai|cucharada|cucharadas|cda|cdas|eetlepel|eetlepels|eetl.|lžíce|lžic|pl|pl.|łyżka|łyżki|łyżek|ek|yemek kaşığı|colher de sopa|colheres de sopa|c. de sopa|c. sopa|' +
    'ст. л.|ст.л.|ст. ложка|столовая ложка|столовые ложки|столовых ложек|с.л.|с. л.|супена лъжица|супени лъжици|κ.σ.|κ. σ.|κ. σούπας|κουταλιά σούπας|κουταλιές σούπας',
  METRIC_TBSP,
);
def(
  'tl|tl.|teel.|teelöffel|tsk|tsk.|ts|c.à.c.|c.à.c|càc|c. à c.|c.c.|cc|cac|cuillère à café|cuillères à café|cuil. à café|cuill. à café|c. à café|cucchiaino|cucchiaini|cucharadita|cucharaditas|cdta|cdita|theelepel|theelepels|theel.|lžička|lžičky|lžiček|kl|kl.|łyżeczka|łyżeczki|łyżeczek|kk|colher de chá|colheres de chá|c. de chá|c. chá|' +
    'ч. л.|ч.л.|ч. ложка|чайная ложка|чайные ложки|чайных ложек|ч. лъжичка|чаена лъжичка|чаени лъжички|κ.γ.|κ. γ.|κουταλάκι του γλυκού|κουταλάκια του γλυκού',
  METRIC_TSP,
);
def('krm', { kind: 'volume', factor: 1, metric: true });
def(
  'slice|slices|scheibe|scheiben|tranche|tranches|fetta|fette|rebanada|rebanadas|loncha|lonchas|plak|plakken|plakjes|skive|skiver|skiva|skivor|plát.|plátek|plátky|plátků|plátok|plátky|plaster|plastry|plastrów|szelet|dilim|' +
    'ломтик|ломтика|ломтиков|слайс|слайса|слайсов|φέτες',
  SLICE,
);
def('stick|sticks', { kind: 'count', factor: 1, portion: 'stick' });
def('pat|pats', { kind: 'count', factor: 1, portion: 'pat' });
def('wedge|wedges', { kind: 'count', factor: 1, portion: 'wedge' });
def('large', { kind: 'count', factor: 1, portion: 'large' });
// Counts of pieces on store labels (a piece of a food with a per-piece weight, else no grams).
def(
  'pcs|pcs.|pc|pc.|pk|pk.|ct|ct.|count|stk|stk.|stück|stuks|stuk|ks|ks.|szt|szt.|db|db.|buc|buc.|adet|pz|pz.|uds|uds.|ud.|pièces|' +
    'шт|шт.|штук|штуки|штука|бр|бр.|τεμ|τεμ.|τεμάχια|τεμάχιο',
  PIECE,
);

/** Case-sensitive abbreviations: American T = tablespoon, t = teaspoon; P and St. = pieces. */
const CASED: Record<string, UnitDef> = {
  T: { kind: 'volume', factor: US_TBSP, portion: 'tbsp' },
  t: { kind: 'volume', factor: US_TSP, portion: 'tsp' },
  P: PIECE,
  'St.': PIECE,
};

/** Japanese, Chinese and Korean units and the symbols of squared units, read by prefix. */
const CJK_UNITS: [string, UnitDef][] = (
  [
    ['グラム', GRAM],
    ['キログラム', KILOGRAM],
    ['キロ', KILOGRAM],
    ['ミリグラム', MILLIGRAM],
    ['ミリリットル', MILLILITRE],
    ['リットル', LITRE],
    ['克', GRAM],
    ['公克', GRAM],
    ['千克', KILOGRAM],
    ['公斤', KILOGRAM],
    ['毫克', MILLIGRAM],
    ['毫升', MILLILITRE],
    ['公升', LITRE],
    ['升', LITRE],
    ['그램', GRAM],
    ['킬로그램', KILOGRAM],
    ['킬로', KILOGRAM],
    ['밀리그램', MILLIGRAM],
    ['밀리리터', MILLILITRE],
    ['리터', LITRE],
    ['㎏', KILOGRAM],
    ['㎎', MILLIGRAM],
    ['㎖', MILLILITRE],
    ['㎗', DECILITRE],
    ['㏄', MILLILITRE],
    ['枚', SLICE],
    ['片', SLICE],
    ['매', SLICE],
    ['장', SLICE],
    ['個', PIECE],
    ['个', PIECE],
    ['本', PIECE],
    ['袋', PIECE],
    ['包', PIECE],
    ['杯', PIECE],
    ['盒', PIECE],
    ['瓶', PIECE],
    ['罐', PIECE],
    ['パック', PIECE],
    ['개', PIECE],
    ['팩', PIECE],
    ['봉', PIECE],
    ['컵', PIECE],
  ] as [string, UnitDef][]
).sort((a, b) => b[0].length - a[0].length);

/** "入り" of "6枚入り", "装" of "8杯装", "입" of "4개입": words that end a count. */
const COUNT_SUFFIX_RE = /(?:入り|入|パック|P|包装|装|裝|입)/y;

/** Letters of the scripts written without spaces between words. */
export const CJK =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc\\u3005]';
const CJK_CHAR_RE = new RegExp(`^(?:${CJK}|[\\u3380-\\u33ff])`, 'u');
const CJK_IN_WORD_RE = new RegExp(CJK, 'u');
const WORD_RE = /\s*-?\s*([\p{L}][\p{L}.]*)/uy;
const NEXT_WORD_RE = /[ \t\u00a0]+([\p{L}][\p{L}.]*)/uy;

/** The word `re` reads at `pos`, up to a letter of Japanese, Chinese or Korean ("gチーズ" → "g"). */
function wordAt(
  re: RegExp,
  text: string,
  pos: number,
): { word: string; end: number; cut?: boolean } | undefined {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const word = m[1] as string;
  const cut = word.search(CJK_IN_WORD_RE);
  if (cut === 0) return undefined;
  if (cut < 0) return { word, end: re.lastIndex };
  return { word: word.slice(0, cut), end: re.lastIndex - (word.length - cut), cut: true };
}
const LEAD_RE = /[ \t\u00a0]*-?[ \t\u00a0]*/y;

/**
 * Full-width ASCII forms ("１００ｇ", "（２個）") and the ideographic space as their
 * ASCII forms, one code unit for one: offsets into the result are offsets into `text`.
 */
export function foldWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

function unitOf(token: string): UnitDef | undefined {
  return ownEntry(CASED, token) ?? ownEntry(UNITS, token.toLowerCase().replace(/\s+/g, ' '));
}

/** A Japanese, Chinese or Korean unit at `pos` (with the word that ends a count: "個入り"). */
function readCjkUnit(text: string, pos: number): { unit: UnitDef; end: number } | undefined {
  for (const [spelling, unit] of CJK_UNITS) {
    if (!text.startsWith(spelling, pos)) continue;
    let end = pos + spelling.length;
    if (unit.kind === 'count') end = countSuffixEnd(text, end);
    return { unit, end };
  }
  return undefined;
}

/** The end of a word that completes a count ("入り", "パック", "입") at `pos`, else `pos`. */
export function countSuffixEnd(text: string, pos: number): number {
  COUNT_SUFFIX_RE.lastIndex = pos;
  return COUNT_SUFFIX_RE.exec(text) ? COUNT_SUFFIX_RE.lastIndex : pos;
}

/** A unit written at `pos` (after optional spaces or a hyphen): up to three words, longest first. */
export function readUnit(text: string, pos: number): { unit: UnitDef; end: number } | undefined {
  LEAD_RE.lastIndex = pos;
  LEAD_RE.exec(text);
  if (CJK_CHAR_RE.test(text.slice(LEAD_RE.lastIndex, LEAD_RE.lastIndex + 1)))
    return readCjkUnit(text, LEAD_RE.lastIndex);
  const first = wordAt(WORD_RE, text, pos);
  if (!first) return undefined;
  // Right before a Japanese, Chinese or Korean word only a metric unit or P is one ("108gチーズ", not "3C周邊").
  if (first.cut) {
    const unit = unitOf(first.word);
    return unit && (unit.metric || unit === PIECE) ? { unit, end: first.end } : undefined;
  }
  const words = [first.word];
  const ends = [first.end];
  for (let k = 0; k < 2; k++) {
    const next = wordAt(NEXT_WORD_RE, text, ends[ends.length - 1] as number);
    if (!next) break;
    words.push(next.word);
    ends.push(next.end);
  }
  for (let k = words.length; k > 0; k--) {
    const token = words.slice(0, k).join(' ');
    const unit = unitOf(token) ?? (token.endsWith('.') ? unitOf(token.slice(0, -1)) : undefined);
    if (unit) {
      // "g." at a sentence end: the dot is not part of the unit unless the spelling has it.
      const end = ends[k - 1] as number;
      const at = unitOf(token) ? end : end - 1;
      // "6P入り", "12 шт": a count may be followed by a word that completes it.
      return { unit, end: unit.kind === 'count' ? countSuffixEnd(text, at) : at };
    }
  }
  return undefined;
}

/** Package words: a count of them needs a stated size ("4 (8-oz) bars", "1 package (8 oz)"). */
const PACKAGE_WORDS = new Set(
  (
    'package|packages|pkg|pkg.|pkgs|pack|packs|packet|packets|bar|bars|brick|bricks|block|blocks|box|boxes|container|containers|' +
    'tub|tubs|can|cans|jar|jars|carton|cartons|pot|pots|log|logs|wheel|wheels|packung|packungen|pck|pck.|becher|dose|dosen|' +
    'boks|bokser|pakke|pakker|paquet|paquets|barquette|barquettes|paquete|paquetes|tarrina|tarrinas|vaso|vasos|confezione|' +
    'confezioni|vasetto|vasetti|bakje|bakjes|kuipje|kuipjes'
  ).split('|'),
);

/** A package word at `pos` (after optional spaces). */
export function readPackage(text: string, pos: number): number | undefined {
  const m = wordAt(WORD_RE, text, pos);
  return m && PACKAGE_WORDS.has(m.word.toLowerCase()) ? m.end : undefined;
}
