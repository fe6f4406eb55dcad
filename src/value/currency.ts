/**
 * Currency signs, names and codes as shops write them next to a price, and
 * how the ambiguous ones ("$", "kr", "¥", "¢") resolve to an ISO 4217 code
 * (DOM-free).
 *
 * Resolution of an ambiguous sign: the caller's `currencyHint` when it is one
 * the sign can stand for, else the page locale (language, then region), else
 * the default: "$" → USD, "kr" → SEK, "¥" → JPY (a Chinese page: CNY), "元" →
 * CNY (a page from Taiwan: TWD, Hong Kong: HKD).
 */

/** The sign groups that need the locale. */
type Group = 'DOLLAR' | 'KRONA' | 'YEN' | 'YUAN';

export interface CurrencyDef {
  /** ISO 4217 code, or the group an ambiguous sign belongs to. */
  code: string | Group;
  /**
   * A sign that is also a common abbreviation ("TL" Turkish lira / Teelöffel, "p" pence / pieces,
   * "Fr." Swiss franc / Friday): read only when the locale, the hint or the text says so.
   */
  weak?: boolean;
  /** The amount is in hundredths ("75p", "99¢"). */
  minor?: boolean;
}

export interface CurrencyOptions {
  /** BCP 47 locale of the page ("de-DE", "fr-CA", "ja"). */
  locale?: string | undefined;
  /** ISO 4217 code of the shop's currency, when known. */
  currencyHint?: string | undefined;
}

const TABLE: [string, CurrencyDef][] = [];
const add = (spellings: string, d: CurrencyDef) => {
  for (const s of spellings.split('|')) TABLE.push([s, d]);
};
add('€|EUR|Eur|eur|euro|Euro|euros|EURO', { code: 'EUR' });
add('£|GBP', { code: 'GBP' });
add('US$|USD|U.S.$', { code: 'USD' });
add('CA$|C$|CAD|CDN$', { code: 'CAD' });
add('A$|AU$|AUD', { code: 'AUD' });
add('NZ$|NZD', { code: 'NZD' });
add('NT$|TWD', { code: 'TWD' });
add('HK$|HKD', { code: 'HKD' });
add('S$|SGD', { code: 'SGD' });
add('R$|BRL', { code: 'BRL' });
add('MX$|MXN', { code: 'MXN' });
add('$', { code: 'DOLLAR' });
add('¢', { code: 'DOLLAR', minor: true });
add('p', { code: 'GBP', minor: true, weak: true });
add('zł|zl|ZŁ|Zł|PLN|zł.', { code: 'PLN' });
add('Kč|Kc|KČ|CZK', { code: 'CZK' });
add('kr|kr.|Kr|Kr.|KR', { code: 'KRONA' });
add('SEK', { code: 'SEK' });
add('DKK', { code: 'DKK' });
add('NOK', { code: 'NOK' });
add('ISK', { code: 'ISK' });
add('CHF|SFr.|sFr.', { code: 'CHF' });
add('Fr.|Fr', { code: 'CHF', weak: true });
add('Ft|HUF', { code: 'HUF' });
add('лв.|лв|лева|BGN', { code: 'BGN' });
add('₽|руб.|руб|RUB', { code: 'RUB' });
add('р.', { code: 'RUB', weak: true });
add('₴|грн.|грн|UAH', { code: 'UAH' });
add('₺|TRY', { code: 'TRY' });
add('TL', { code: 'TRY', weak: true });
add('lei|Lei|LEI|RON', { code: 'RON' });
add('₩|원|KRW', { code: 'KRW' });
add('¥', { code: 'YEN' });
add('円|JPY', { code: 'JPY' });
add('元', { code: 'YUAN' });
add('RMB|CNY', { code: 'CNY' });
add('₹|INR', { code: 'INR' });
add('₪|ILS', { code: 'ILS' });
add('₱|PHP', { code: 'PHP' });
add('₫|VND', { code: 'VND' });
add('฿|THB', { code: 'THB' });

const BY_SPELLING = new Map(TABLE);

/** Currencies whose prices are whole numbers in shops ("12,000원", "¥1,980", "12 990 Ft"). */
export const WHOLE_UNIT_CURRENCIES = new Set(['JPY', 'KRW', 'HUF', 'ISK', 'CLP', 'VND', 'TWD']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWithLetter = (s: string) => /^\p{L}/u.test(s);
const ALL = [...BY_SPELLING.keys()];
const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);

/**
 * An alternation of spellings, each kept from running into a word: one that starts with a letter not right
 * after another letter (`before`), one that ends with a Latin or Cyrillic letter not right before a letter.
 * The spellings are grouped by those two tests so that each lookaround is written once per group: a Unicode
 * letter class written once per spelling (some 200 times) made the first price a page reads cost 100–200 ms
 * of regular-expression compiling. Within a group the longest come first; a spelling that a longer one starts
 * with ("лв" of "лв.") is in the same group or a later one (the groups with no end test come first), so the
 * longest spelling still wins where both fit.
 */
function alternation(spellings: readonly string[], before: boolean): string {
  const endsWithLetter = (s: string) => /[\p{Script=Latin}\p{Script=Cyrillic}]$/u.test(s);
  const groups: [boolean, boolean, string[]][] = [
    [true, false, []],
    [false, false, []],
    [true, true, []],
    [false, true, []],
  ];
  for (const sp of spellings) {
    const start = before && startsWithLetter(sp);
    groups.find(([st, end]) => st === start && end === endsWithLetter(sp))?.[2].push(sp);
  }
  return groups
    .filter(([, , xs]) => xs.length > 0)
    .map(([start, end, xs]) => {
      const body = longestFirst(xs).map(escapeRe).join('|');
      return `${start ? '(?<![\\p{L}])' : ''}(?:${body})${end ? '(?![\\p{L}])' : ''}`;
    })
    .join('|');
}

/** A sign written before an amount: "£", "US$", "CHF ", "kr " (not "p", "¢", ",- Kč"). */
const PREFIX_SOURCE = alternation(
  ALL.filter((s) => s !== 'p' && s !== '¢' && s !== 'р.'),
  true,
);
/** Sign before an amount at the end of a window: "… £", "… CHF ". */
export const PREFIX_RE = new RegExp(`(${PREFIX_SOURCE})[ \\n]{0,3}$`, 'u');
/** Sign, then "/unit", then the amount: "€/kg 12,49", "Kč/kg 199,90". */
export const PREFIX_SIGN_SOURCE = PREFIX_SOURCE;

/** A sign written after an amount (sticky): "4,50 €", "75p", "29,90 kr". */
export const SUFFIX_RE = new RegExp(
  `[ \\n]{0,3}(${alternation(
    ALL.filter((s) => s !== 'p' && s !== '¢'),
    false,
  )})`,
  'uy',
);
/** Pence and cents right after the digits: "75p", "99¢". */
export const MINOR_RE = /(p|¢)(?![\p{L}])/uy;

export function currencyDef(spelling: string): CurrencyDef | undefined {
  return BY_SPELLING.get(spelling);
}

const DOLLAR_REGIONS: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  TW: 'TWD',
  MX: 'MXN',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
};
const KRONA_LANGS: Record<string, string> = {
  sv: 'SEK',
  da: 'DKK',
  no: 'NOK',
  nb: 'NOK',
  nn: 'NOK',
  is: 'ISK',
};
const KRONA_REGIONS: Record<string, string> = { SE: 'SEK', DK: 'DKK', NO: 'NOK', IS: 'ISK', FO: 'DKK' };
const YEN_LANGS: Record<string, string> = { ja: 'JPY', zh: 'CNY' };
const YEN_REGIONS: Record<string, string> = { JP: 'JPY', CN: 'CNY' };
const YUAN_REGIONS: Record<string, string> = { TW: 'TWD', HK: 'HKD', MO: 'MOP' };

function localeParts(locale: string | undefined): { lang?: string; region?: string } {
  if (!locale) return {};
  const parts = locale.trim().split(/[-_]/);
  const lang = parts[0]?.toLowerCase();
  const region = parts
    .slice(1)
    .find((p) => /^[A-Za-z]{2}$/.test(p))
    ?.toUpperCase();
  return { ...(lang ? { lang } : {}), ...(region ? { region } : {}) };
}

const own = (t: Record<string, string>, k: string | undefined) =>
  k !== undefined && Object.hasOwn(t, k) ? t[k] : undefined;

/** The ISO code a sign stands for on a page with these options. */
export function resolveCurrency(def: CurrencyDef, opts: CurrencyOptions): string {
  const hint = opts.currencyHint?.toUpperCase();
  const { lang, region } = localeParts(opts.locale);
  switch (def.code) {
    case 'DOLLAR': {
      if (hint && (Object.values(DOLLAR_REGIONS).includes(hint) || hint === 'USD')) return hint;
      return own(DOLLAR_REGIONS, region) ?? 'USD';
    }
    case 'KRONA':
      if (hint && ['SEK', 'DKK', 'NOK', 'ISK'].includes(hint)) return hint;
      return own(KRONA_LANGS, lang) ?? own(KRONA_REGIONS, region) ?? 'SEK';
    case 'YEN':
      if (hint === 'JPY' || hint === 'CNY') return hint;
      return own(YEN_LANGS, lang) ?? own(YEN_REGIONS, region) ?? 'JPY';
    case 'YUAN':
      if (hint === 'TWD' || hint === 'HKD' || hint === 'CNY') return hint;
      return own(YUAN_REGIONS, region) ?? 'CNY';
    default:
      return def.code;
  }
}

/** What the whole text says about its currency, read once per text. */
export interface TextClues {
  /** The text shows "£" somewhere (then "75p" is pence). */
  pound: boolean;
  /** The text shows "CHF" somewhere (then "Fr." is the Swiss franc). */
  chf: boolean;
}

export function textClues(text: string): TextClues {
  return { pound: text.includes('£'), chf: text.includes('CHF') };
}

/** Whether a weak sign ("TL", "p", "р.", "Fr.") may be read: the locale, the hint or the text points to its currency. */
export function weakAllowed(code: string, opts: CurrencyOptions, clues: TextClues): boolean {
  const hint = opts.currencyHint?.toUpperCase();
  if (hint === code) return true;
  const { lang, region } = localeParts(opts.locale);
  if (code === 'GBP') return region === 'GB' || clues.pound;
  if (code === 'TRY') return lang === 'tr' || region === 'TR';
  if (code === 'RUB') return lang === 'ru' || region === 'RU';
  if (code === 'CHF') return region === 'CH' || region === 'LI' || clues.chf;
  return false;
}
