/**
 * The words around a price that say what it is (DOM-free): an old price
 * ("was", "statt", "UVP", "przed obniżką"), a loyalty price ("Clubcard Price",
 * "Lidl Plus"), a deposit ("Pfand", "kaucja"), a shipping threshold ("free
 * delivery over"), a saving ("Save", "off"), a net price ("netto", "税抜"), a
 * unit price ("Grundpreis", "Jmf-pris"), a from-price ("ab", "od").
 *
 * Each class of words says on which side of a price it stands and how far
 * from it it may be; `attach` gives the words of a text to its prices.
 */
import type { Per } from './units';

export type LabelKind =
  | 'old'
  | 'regular'
  | 'loyalty'
  | 'deposit'
  | 'shipping'
  | 'other'
  | 'offer'
  | 'saving'
  | 'net'
  | 'incl'
  | 'unit'
  | 'from'
  | 'neutral';

export interface LabelClass {
  kind: LabelKind;
  /** Global regex of the words. */
  re: RegExp;
  /** Which price a word between two prices goes to first: the one after it (pre) or before it (post). */
  prefer: 'pre' | 'post';
  /** Whether the word may label the price after it / before it. */
  pre: boolean;
  post: boolean;
  /** Characters allowed between the word and a price after it; `tight` allows no letters or digits in between. */
  reach: number;
  tight: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}])';
const words = (list: string, boundaries = true) =>
  new RegExp(boundaries ? `${B}(?:${list})${E}` : `(?:${list})`, 'giu');

const cls = (kind: LabelKind, re: RegExp, o: Partial<Omit<LabelClass, 'kind' | 're'>> = {}): LabelClass => ({
  kind,
  re,
  prefer: 'pre',
  pre: true,
  post: false,
  reach: 4,
  tight: true,
  ...o,
});

/** Phrases that name no amount ("zzgl. Versand", "inkl. MwSt."): they hide the words inside them. */
const NEUTRAL =
  '(?:zzgl|inkl|excl|incl|exkl|ekskl)\\.? ?(?:versand(?:kosten)?|shipping|delivery|mwst\\.?|vat|btw|moms)|plus (?:shipping|delivery|vat)|' +
  '\\+ ?(?:shipping|delivery|versand|doprava|p&p)|hors frais de port|bez dopravy|ttc|s dph|z vat|inkl\\. ?gesetzl\\.? mwst\\.?';

const OLD =
  'was|previously|rrp|statt|anstatt|uvp|vorher|bisher|alter preis|streichpreis|ursprünglich|prix barré|au lieu de|' +
  'ancien prix|prix initial|avant|przed obniżką|poprzednia cena|stara cena|cena przed obniżką|původní cena|dříve|' +
  'před slevou|původně|pôvodná cena|pôvodne|prezzo precedente|prezzo di listino|invece di|prezzo pieno|antes|' +
  'precio anterior|van|voorheen|ord\\.? ?pris|ordinarie pris|før|tidligere|eredeti ár|korábbi ár|старая цена|было|' +
  'стара цена|önceki fiyat|eski fiyat|before|unverb\\.? preisempf\\.?|unverbindliche preisempfehlung|preisempfehlung|' +
  'tavahind|endine hind|norm\\.? hind|alkuperäinen hinta|ovh\\.?';
/** Old prices in scripts without word spaces: 原價 original price, 建議售價 suggested price, 定価 list price. */
const OLD_CJK = '原價|原价|建議售價|建议售价|市價|市价|定価|通常価格|메이커가|정상가';
/** EU "lowest price of the last 30 days" notices: a reference, not the current price. */
const LOWEST =
  'niedrigster preis|günstigster preis|lowest price|prix le plus bas|najniższa cena|nejnižší cena|najnižšia cena|' +
  'legalacsonyabb ár|prezzo più basso|precio más bajo|laagste prijs|lägsta pris|laveste pris|alin hinta|en düşük fiyat|' +
  'най-ниска цена|cel mai mic preț';
const REGULAR =
  'reg\\.?|regular(?: price)?|normal price|normalpreis|normaler preis|regulärer preis|prix normal|prix habituel|' +
  'cena regularna|běžná cena|bežná cena|normalpris|prezzo normale|precio normal|normale prijs|rendes ár|обычная цена';
const LOYALTY =
  'clubcard(?: price)?|with clubcard|nectar(?: price)?|with nectar|with (?:a |your )?(?:loyalty |member(?:ship)? |rewards? |store |club )?card|' +
  "card price|members?(?:'s|s')? price|member deal|members?|lidl plus(?: preis| price| cena| ár| pris| prijs| prix| prezzo| precio| цена)?|" +
  'mit lidl plus|kaufland card(?: preis)?|mit (?:der )?(?:app|karte|kundenkarte|payback)|payback(?: preis)?|app-?preis|app price|' +
  'z kartą(?: [\\p{L}-]{2,20}){0,2}|z aplikacją(?: [\\p{L}-]{2,20}){0,2}|cena z kartą|cena z aplikacją|s kartou|s aplikací|' +
  'cena pro členy|klubová cena|avec (?:la |votre )?carte(?: [\\p{L}-]{2,20}){0,1}|prix (?:carte|fidélité|adhérent|membre)s?|' +
  'con (?:la )?(?:carta|tarjeta)(?: [\\p{L}-]{2,20}){0,1}|prezzo (?:soci|carta|fedeltà)|precio (?:socio|club|tarjeta)|' +
  'met (?:de )?(?:bonuskaart|bonus|app|kaart)|bonusprijs|med (?:kort|appen|medlemskort|klubbkort|bonuskort)|medlemspris|' +
  'klubbpris|stammkundenpreis|clubpreis|club price|plus price|prime price|with prime|partnerkaardiga|kliendikaardiga|' +
  'säästukaardiga|etukortilla|plussa-kortilla|s-etukortilla|bonuskaardiga';
const DEPOSIT =
  'pfand|einwegpfand|mehrwegpfand|deposit|bottle deposit|crv|kaucja|kaucji|záloha|zálohy|zaloha|pant|pantti|statiegeld|' +
  'consigne|depozit|depozyt|emballage';
const SHIPPING =
  '(?:shipping|delivery|postage) (?:fee|cost|charge)s?|delivery|deliver|shipping|ships|postage|p&p|versand|versandkosten|versandkostenfrei|lieferung|liefergebühr(?:en)?|' +
  'lieferkosten|mindestbestellwert|mindestbestellung|bestellwert|dostawa|dostawy|dostawę|wysyłka|wysyłki|doprava|dopravu|' +
  'dopravné|doručení|doručenie|livraison|frais de port|envío|envio|gastos de envío|spedizione|consegna|verzending|' +
  'verzendkosten|bezorging|bezorgkosten|levering|frakt|fragt|frakten|leverans|toimitus|toimituskulut|szállítás|' +
  'házhozszállítás|доставка|kargo|minimum order|min\\. order|orders? over|spend';
/** Shipping words in scripts without word spaces. */
const SHIPPING_CJK = '送料|配送料|배송비|무료배송|배송';
/** Words between a shipping word and its threshold ("free delivery on orders over £40"). */
export const THRESHOLD_RE = new RegExp(
  `${B}(?:over|above|from|ab|von|über|od|nad|powyżej|dès|à partir de|desde|a partir de|da|vanaf|boven|från|över|fra|yli|` +
    `felett|min|minimum|spend|orders?|bestellwert|bestellungen|einkauf|einkaufswert|zamówie\\p{L}*|nákup\\p{L}*|` +
    `objednáv\\p{L}*|commande\\p{L}*|pedido\\p{L}*|ordin\\p{L}*|bestelling\\p{L}*|köp|kjøp|ostoks\\p{L}*|` +
    `rendelés\\p{L}*|от|свыше)${E}|以上|이상`,
  'iu',
);
/** A threshold right before an amount: "over $1000", "über 29 €", "powyżej 100 zł". */
const THRESHOLD =
  'over|above|more than|when you spend|min(?:imum)?\\.? (?:order|spend|purchase)|ab einem (?:einkauf|bestellwert) von|' +
  'über|powyżej|przy zakupach (?:od|za|powyżej)|au-delà de|más de|oltre|boven|över|yli|felett|свыше';
/** Totals, points and other amounts that are no price of one package. */
const OTHER =
  'in total|total|gesamtpreis|gesamtsumme|gesamt|summe|zwischensumme|subtotal|razem|suma|celkem|celkom|összesen|' +
  'итого|punkte|points|punktów|bodů|pontok|per serving|/ ?serving|a serving|per portion|pro portion|je portion|par portion|la portion|za porcję|na porci|za porci|' +
  'por ración|por porción|per porzione|per portie|per month|/ ?month|/ ?mo|pro monat|par mois|miesięcznie|měsíčně';
const OFFER_WORDS = 'meal deal|multibuy|multi-buy|mix (?:&|and|n) match|mengenrabatt|vorteilspack';
/** Instalments before their amount: "Rate lunare de la 14,44 Lei", "Raty od 49 zł". */
const INSTALMENT =
  'rate lunare|monthly payments?|monthly instalments?|raty|rata|splátky|splátka|mensualités|cuotas|ratenzahlung|' +
  'in raten|monatlich|finanzierung';
/** Totals, points, savings and discounts in scripts without word spaces. */
const OTHER_CJK = '合計|合计|總計|总计|총 상품금액|총|적립|ポイント|積點|积分';
const SAVING_CJK = '現省|现省|省下|折扣|割引|할인';
const SAVING_PRE =
  'save|you save|sie sparen|sparen sie|spare|ersparnis|du sparst|oszczędzasz|oszczędź|oszczędność|ušetříte|ušetřete|' +
  'úspora|économisez|vous économisez|économie|risparmi|risparmio|ahorra|ahorras|ahorro|bespaar|u bespaart|je bespaart|' +
  'sparar|du sparar|säästä|säästät|megtakarítás|экономия|tasarruf|coupon|voucher|gutschein|kupon|rabatt|discount|' +
  'korting|réduction|remise|sconto|descuento|sleva|zniżka|rabat';
const SAVING_POST =
  'off|rabatt|günstiger|billiger|gespart|taniej|mniej|levněji|lacnejšie|de réduction|de remise|moins cher|in meno|' +
  'di sconto|de descuento|korting|goedkoper|billigare|billigere|olcsóbb|дешевле|indirim|cheaper|less';
const NET =
  'netto|excl\\.? vat|exc\\.? vat|ex\\.? vat|\\+ ?vat|plus vat|ohne mwst\\.?|zzgl\\.? mwst\\.?|exkl\\.? mwst\\.?|bez dph|' +
  'bez vat|hors taxes?|ht|iva esclusa|iva excluida|sin iva|excl\\.? btw|exkl\\.? moms|ekskl\\.? moms|ilman alv|' +
  'áfa nélkül|без ндс|kdv hariç';
const UNIT =
  'grundpreis|unit price|price per unit|jmf-?pris|jmf\\.? pris|jämförpris|jämförelsepris|jfr-?pris|jfr\\.? pris|' +
  'sammenligningspris|enhedspris|enhetspris|kilopreis|kg-preis|literpreis|liter-preis|kilohinta|litrahinta|' +
  'yksikköhinta|cena jednostkowa|jednotková cena|jednotkova cena|egységár|prix unitaire|prix au kilo|prix/kg|prezzo/kg|' +
  'prezzo unitario|prezzo al kilo|precio/kg|precio unitario|kiloprijs|literprijs|prijs per kilo|eenheidsprijs|' +
  'birim fiyat|kg fiyatı|preço/kg|preço por kg|единична цена|цена за кг';
const UNIT_CJK = '単価|단가|单价|当たり|あたり|当り';
const FROM =
  'ab|from|od|à partir de|a partir de|dès|desde|vanaf|fra|från|alkaen|от|від|starting at|from only|ab nur';

/** The label classes, in the order they are matched (a later match inside an earlier one is dropped). */
export const LABELS: LabelClass[] = [
  cls('neutral', words(NEUTRAL), { pre: false, reach: 0 }),
  cls('old', words(LOWEST), { reach: 32, tight: false }),
  cls('unit', words(UNIT), { reach: 12, tight: false }),
  cls('unit', words(UNIT_CJK, false), { reach: 12, tight: false }),
  cls('loyalty', words(LOYALTY), { prefer: 'post', post: true }),
  cls('deposit', words(DEPOSIT), { prefer: 'post', post: true, reach: 8 }),
  cls('shipping', words(SHIPPING), { post: true, reach: 32, tight: false }),
  cls('shipping', words(SHIPPING_CJK, false), { post: true, reach: 32, tight: false }),
  cls('other', words(OTHER), { prefer: 'post', post: true }),
  cls('other', words(INSTALMENT), { reach: 12, tight: false }),
  cls('offer', words(OFFER_WORDS), { prefer: 'post', post: true, reach: 8 }),
  cls('saving', words(SAVING_PRE), { reach: 4 }),
  cls('saving', words(SAVING_POST), { pre: false, post: true, prefer: 'post' }),
  cls('net', words(NET), { pre: false, post: true, prefer: 'post' }),
  // Japanese tax words: "¥258（税込¥278）" labels the price right after it, "¥198（税込）" the one before.
  cls('incl', words('税込み?(?:価格)?', false), { post: true, reach: 1 }),
  cls('net', words('税抜き?(?:価格)?|税別|本体価格|本体', false), { post: true, reach: 1 }),
  cls('regular', words(REGULAR)),
  cls('old', words(OLD)),
  cls('old', words(OLD_CJK, false), { reach: 4, tight: false }),
  cls('other', words(THRESHOLD)),
  cls('other', words(OTHER_CJK, false), { prefer: 'post', post: true }),
  cls('saving', words(SAVING_CJK, false)),
  cls('from', words(FROM), { reach: 2 }),
  cls('from', words('から|～|〜|~|起|up', false), { pre: false, post: true, prefer: 'post', reach: 0 }),
];

const PIECE = 'st\\.?|stk\\.?|stück|szt\\.?|sztuki?|ks|kusy|kusů|pcs\\.?|pieces|items?|packs?|x|×|db|adet';
const FOR = 'for|für|fur|za|pour|voor|för|per|por|je|à|á|til|за';
/**
 * A multibuy right before its price: "2 for ", "Any 3 for ", "2 für ",
 * "2 szt. za ", "2 ks za ", "2 voor ", "ab 2 Stück je ", "Buy 2 ", "Osta 2 ".
 * "2 x 3,49 €" is no multibuy (a count times a price). The text is normalized
 * (one space between words).
 */
export const OFFER_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}.,])\\d{1,2} ?(?:(?:${PIECE}) ?)?(?:${FOR})|` +
    `(?<![\\p{L}])(?:ab|od|from|bei|dès|vanaf) \\d{1,2} ?(?:${PIECE})|` +
    `(?<![\\p{L}])(?:buy|osta|kup|kupte|köp|kjøp|køb|achetez|compra|acquista|koop) \\d{1,2} ?(?:(?:${PIECE}) ?)?(?:${FOR})?)` +
    ` ?:? ?$`,
  'iu',
);

/** The unit a unit-price word names ("Kilopreis" → kg, "Literpreis" → l). */
export function unitOfLabel(word: string): 'kg' | 'l' | undefined {
  if (/kilo|kg|кг/i.test(word)) return 'kg';
  if (/liter|litr/i.test(word)) return 'l';
  return undefined;
}

const HEAD = 48;
const TAIL = 80;
const TIGHT_GAP = /^[\s()（）[\]*+,:;=|/-]*$/u;

/** A price being read: its span in the normalized text, the labels given to it, its unit. */
export interface Labelled {
  start: number;
  end: number;
  labels: Set<LabelKind>;
  per?: Per;
}

/**
 * Gives each label word of the text between two prices to the price it
 * belongs to (see `LabelClass`): a word between two prices goes to the one it
 * prefers when it may reach it, else to the other. Long gaps are read only at
 * their head (words after a price) and tail (words before one).
 */
export function attach(s: string, cands: Labelled[]): void {
  for (let g = 0; g <= cands.length; g++) {
    const a = cands[g - 1];
    const b = cands[g];
    const gs = a ? a.end : 0;
    const ge = b ? b.start : s.length;
    const parts: [number, number][] =
      ge - gs <= HEAD + TAIL
        ? [[gs, ge]]
        : [
            [gs, gs + HEAD],
            [ge - TAIL, ge],
          ];
    for (const [ps, pe] of parts) {
      const text = s.slice(ps, pe);
      const taken: [number, number][] = [];
      for (const c of LABELS) {
        c.re.lastIndex = 0;
        for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
          if (m[0].length === 0) {
            c.re.lastIndex++;
            continue;
          }
          const ms = ps + m.index;
          const me = ms + m[0].length;
          if (taken.some(([x, y]) => ms < y && me > x)) continue;
          taken.push([ms, me]);
          if (c.kind === 'neutral') continue;
          const postOk = !!a && c.post && ms - gs <= 4 && TIGHT_GAP.test(s.slice(gs, ms));
          const preGap = ge - me <= c.reach ? s.slice(me, ge) : undefined;
          const preOk =
            !!b &&
            c.pre &&
            preGap !== undefined &&
            (c.tight
              ? TIGHT_GAP.test(preGap)
              : !/[.!?|•]\s/.test(preGap) &&
                (c.kind !== 'shipping' || TIGHT_GAP.test(preGap) || THRESHOLD_RE.test(preGap)));
          const target =
            c.prefer === 'post' ? (postOk ? a : preOk ? b : undefined) : preOk ? b : postOk ? a : undefined;
          if (!target) continue;
          target.labels.add(c.kind);
          if (c.kind === 'unit' && target === b && !target.per) {
            const unit = unitOfLabel(m[0]);
            if (unit) target.per = { quantity: 1, unit };
          }
        }
      }
    }
  }
}
