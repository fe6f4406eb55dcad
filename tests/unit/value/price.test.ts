import { describe, expect, it } from 'vitest';
import {
  findPrices,
  type Price,
  type PriceOptions,
  type PriceRole,
  parsePrice,
  pickProductPrice,
} from '../../../src/value/price';

const en = { locale: 'en-GB' };
const ja = { locale: 'ja-JP' };
const sv = { locale: 'sv-SE' };

const p = (amount: number, currency: string, per?: Price['per']): Price => ({
  amount,
  currency,
  ...(per ? { per } : {}),
});
const kg = { quantity: 1, unit: 'kg' } as const;
const g100 = { quantity: 1, unit: '100g' } as const;
const each = { quantity: 1, unit: 'each' } as const;

describe('parsePrice: amounts, currencies and unit prices', () => {
  it.each<[string, PriceOptions, Price]>([
    // GBP
    ['£4.50', {}, p(4.5, 'GBP')],
    ['£1.20/kg', {}, p(1.2, 'GBP', kg)],
    ['£1.07/100g', {}, p(1.07, 'GBP', g100)],
    ['75p', en, p(0.75, 'GBP')],
    ['53p/100g', en, p(0.53, 'GBP', g100)],
    ['£1,234.50', {}, p(1234.5, 'GBP')],
    ['£0.93 per 100g', {}, p(0.93, 'GBP', g100)],
    // EUR
    ['4,50 €', {}, p(4.5, 'EUR')],
    ['€4.50', {}, p(4.5, 'EUR')],
    ['€ 4,50', {}, p(4.5, 'EUR')],
    ['4,50\u00a0€', {}, p(4.5, 'EUR')],
    ['4,50 €/kg', {}, p(4.5, 'EUR', kg)],
    ['(1 kg = 12,49 €)', {}, p(12.49, 'EUR', kg)],
    ['Grundpreis: 1 kg = 9,98 €', {}, p(9.98, 'EUR', kg)],
    ['100 g = 1,25 €', {}, p(1.25, 'EUR', g100)],
    ['1.234,56 €', {}, p(1234.56, 'EUR')],
    ['4,- €', {}, p(4, 'EUR')],
    ['4 99 €', {}, p(4.99, 'EUR')],
    ['4\n99\n€', {}, p(4.99, 'EUR')],
    ['4⁹⁹ €', {}, p(4.99, 'EUR')],
    ['2€49', {}, p(2.49, 'EUR')],
    ['3,49 EUR', {}, p(3.49, 'EUR')],
    ['EUR 3.49', {}, p(3.49, 'EUR')],
    ['12,49 € je kg', {}, p(12.49, 'EUR', kg)],
    ['0,99 € / 100 ml', {}, p(0.99, 'EUR', { quantity: 1, unit: '100ml' })],
    ['1,98 €/l', {}, p(1.98, 'EUR', { quantity: 1, unit: 'l' })],
    ['€2.50 per 500 g', {}, p(2.5, 'EUR', { quantity: 500, unit: 'g' })],
    ['€/kg 12,49', {}, p(12.49, 'EUR', kg)],
    ['prix au kg 14,95 €', {}, p(14.95, 'EUR', kg)],
    ['13,73 €/κιλό', {}, p(13.73, 'EUR', kg)],
    ['ab 3,49 €', {}, p(3.49, 'EUR')],
    ['3,49* €', {}, p(3.49, 'EUR')],
    // PLN
    ['4.50 zł', {}, p(4.5, 'PLN')],
    ['4,50 zł', {}, p(4.5, 'PLN')],
    ['Cena za 1 kg: 39,90 zł', {}, p(39.9, 'PLN', kg)],
    ['33,27 zł/kg', {}, p(33.27, 'PLN', kg)],
    ['od 4,99 zł', {}, p(4.99, 'PLN')],
    // CZK
    ['1 234,00 Kč', {}, p(1234, 'CZK')],
    ['1.234,00 Kč', {}, p(1234, 'CZK')],
    ['19,90 Kč', {}, p(19.9, 'CZK')],
    ['29,- Kč', {}, p(29, 'CZK')],
    ['199,00 Kč/kg', {}, p(199, 'CZK', kg)],
    // JPY and CNY
    ['¥198', ja, p(198, 'JPY')],
    ['198円', {}, p(198, 'JPY')],
    ['￥198', ja, p(198, 'JPY')],
    ['¥198（税込）', ja, p(198, 'JPY')],
    ['¥1,980', {}, p(1980, 'JPY')],
    ['１９８円', {}, p(198, 'JPY')],
    ['100gあたり¥150', ja, p(150, 'JPY', g100)],
    ['¥25.80', { locale: 'zh-CN' }, p(25.8, 'CNY')],
    ['25.80元', {}, p(25.8, 'CNY')],
    ['¥25.80', { currencyHint: 'CNY' }, p(25.8, 'CNY')],
    // Dollars
    ['$5.49', {}, p(5.49, 'USD')],
    ['US$5.49', {}, p(5.49, 'USD')],
    ['$5.49/lb', {}, p(5.49, 'USD', { quantity: 1, unit: 'lb' })],
    ['$0.34/oz', {}, p(0.34, 'USD', { quantity: 1, unit: 'oz' })],
    ['99¢', {}, p(0.99, 'USD')],
    ['$1.99 ea', {}, p(1.99, 'USD', each)],
    ['CA$6.99', {}, p(6.99, 'CAD')],
    ['5,49 $', { locale: 'fr-CA' }, p(5.49, 'CAD')],
    ['$5.49', { currencyHint: 'CAD' }, p(5.49, 'CAD')],
    ['C$ 6.99', {}, p(6.99, 'CAD')],
    ['A$7.00', {}, p(7, 'AUD')],
    ['$3.90', { locale: 'en-AU' }, p(3.9, 'AUD')],
    ['$20.00 / 1KG', { locale: 'en-AU' }, p(20, 'AUD', kg)],
    ['NZ$8.50', {}, p(8.5, 'NZD')],
    ['NT$120', {}, p(120, 'TWD')],
    ['$120', { locale: 'zh-TW' }, p(120, 'TWD')],
    ['294 元', { locale: 'zh-TW' }, p(294, 'TWD')],
    // CHF
    ['CHF 4.50', {}, p(4.5, 'CHF')],
    ['4.50 CHF', {}, p(4.5, 'CHF')],
    ['Fr. 4.50', { locale: 'de-CH' }, p(4.5, 'CHF')],
    ["CHF 1'234.50", {}, p(1234.5, 'CHF')],
    ['4.– CHF', {}, p(4, 'CHF')],
    // Crowns
    ['kr 29,90', { locale: 'nb-NO' }, p(29.9, 'NOK')],
    ['29,90 kr', sv, p(29.9, 'SEK')],
    ['29,95 kr.', { locale: 'da-DK' }, p(29.95, 'DKK')],
    ['29,90 kr', { currencyHint: 'DKK' }, p(29.9, 'DKK')],
    ['29:90 kr', sv, p(29.9, 'SEK')],
    ['25:-', sv, p(25, 'SEK')],
    ['99,67 kr/kg', sv, p(99.67, 'SEK', kg)],
    // HUF, BGN, RUB, UAH, TRY, RON, KRW
    ['12 990 Ft', {}, p(12990, 'HUF')],
    ['1.299 Ft', {}, p(1299, 'HUF')],
    ['4,99 лв.', {}, p(4.99, 'BGN')],
    ['15,99 лв./кг', {}, p(15.99, 'BGN', kg)],
    ['129,90 ₽', {}, p(129.9, 'RUB')],
    ['129.90 руб.', {}, p(129.9, 'RUB')],
    ['1 529 ₽', {}, p(1529, 'RUB')],
    ['659\n90\nруб.', {}, p(659.9, 'RUB')],
    ['45,90 ₴', {}, p(45.9, 'UAH')],
    ['45,90 грн', {}, p(45.9, 'UAH')],
    ['₺12,50', {}, p(12.5, 'TRY')],
    ['12,50 TL', { locale: 'tr-TR' }, p(12.5, 'TRY')],
    ['12,99 lei', {}, p(12.99, 'RON')],
    ['297\n50\nLei', {}, p(297.5, 'RON')],
    ['₩12,000', {}, p(12000, 'KRW')],
    ['12,000원', {}, p(12000, 'KRW')],
    ['1kg당 12,000원', {}, p(12000, 'KRW', kg)],
    ['100g당 1,200원', {}, p(1200, 'KRW', g100)],
    // A bare amount in the currency the caller knows (structured data).
    ['3.49', { currencyHint: 'EUR' }, p(3.49, 'EUR')],
    ['1 234,50', { currencyHint: 'CZK' }, p(1234.5, 'CZK')],
  ])('%s %o → %o', (text, opts, price) => expect(parsePrice(text, opts)).toEqual(price));
});

describe('parsePrice: no price of the product', () => {
  it.each<[string, PriceOptions]>([
    ['200 g', {}],
    ['0,5 l', {}],
    ['-20%', {}],
    ['Eidam 30%', {}],
    ['2 x 150 g', {}],
    ['4,50', {}],
    ['3.49', {}],
    ['6P 108g', ja],
    ['was £5.00', {}],
    ['statt 4,99 €', {}],
    ['UVP 4,99 €', {}],
    ['Pfand 0,25 €', {}],
    ['2 for £5', {}],
    ['2 für 5 €', {}],
    ['Save £1.00', {}],
    ['free delivery over £40', {}],
    ['Clubcard Price £3.50', {}],
    ['£0.50 per serving', {}],
    ['3 za 2', {}],
    ['1+1 gratis', {}],
    ['2e à -50%', {}],
    // "TL" is also Teelöffel, "Fr." also Friday: read only on Turkish and Swiss pages.
    ['2 TL Zucker', { locale: 'de-DE' }],
    ['Fr. 12.03.', { locale: 'de-DE' }],
    ['', {}],
  ])('%s → undefined', (text, opts) => expect(parsePrice(text, opts)).toBeUndefined());
});

type Row = [PriceRole, number, string, Price['per']?];
const roles = (text: string, opts: PriceOptions = {}): Row[] =>
  findPrices(text, opts).map((h) => {
    const row: Row = [h.role, h.price.amount, h.price.currency];
    if (h.price.per) row.push(h.price.per);
    return row;
  });

describe('findPrices: the role of every price of a tile', () => {
  it.each<[string, PriceOptions, Row[]]>([
    [
      'Cathedral City Mature Cheddar 350g £3.75 £1.07/100g',
      {},
      [
        ['product', 3.75, 'GBP'],
        ['unit', 1.07, 'GBP', g100],
      ],
    ],
    [
      'Leerdammer Original 2 x 150 g 3,49 € (1 kg = 11,63 €) statt 4,29 €',
      {},
      [
        ['product', 3.49, 'EUR'],
        ['unit', 11.63, 'EUR', kg],
        ['old', 4.29, 'EUR'],
      ],
    ],
    [
      'Ser Gouda plastry 150 g 4,99 zł 33,27 zł/kg',
      {},
      [
        ['product', 4.99, 'PLN'],
        ['unit', 33.27, 'PLN', kg],
      ],
    ],
    ['Eidam 30% 100 g 19,90 Kč', {}, [['product', 19.9, 'CZK']]],
    [
      'ナチュラルチーズ 6P 108g ¥258（税込¥278）',
      ja,
      [
        ['net', 258, 'JPY'],
        ['product', 278, 'JPY'],
      ],
    ],
    ['ナチュラルチーズ 258円（税抜）', ja, [['net', 258, 'JPY']]],
    ['Сирене краве 400 г 7,99 лв.', {}, [['product', 7.99, 'BGN']]],
    [
      'Clubcard Price £3.50 £4.25',
      {},
      [
        ['loyalty', 3.5, 'GBP'],
        ['product', 4.25, 'GBP'],
      ],
    ],
    [
      'Président Brie 200g £2.00 Clubcard Price £2.75 £1.38/100g',
      {},
      [
        ['loyalty', 2, 'GBP'],
        ['product', 2.75, 'GBP'],
        ['unit', 1.38, 'GBP', g100],
      ],
    ],
    [
      'Any 3 for £10 Clubcard Price Yeo Valley Greek Style Yogurt 450g £3.60',
      {},
      [
        ['offer', 10, 'GBP'],
        ['product', 3.6, 'GBP'],
      ],
    ],
    [
      'Lurpak 250g £2.25 Nectar price £2.50',
      {},
      [
        ['loyalty', 2.25, 'GBP'],
        ['product', 2.5, 'GBP'],
      ],
    ],
    [
      'Kefir 500 ml 2 für 3 € 1,79 €',
      {},
      [
        ['offer', 3, 'EUR'],
        ['product', 1.79, 'EUR'],
      ],
    ],
    ['Skyr 450 g 3 za 2 6,49 zł', {}, [['product', 6.49, 'PLN']]],
    ['Mleko 1+1 gratis 3,29 zł', {}, [['product', 3.29, 'PLN']]],
    ['Yaourt nature 2e à -50% 1,95 €', {}, [['product', 1.95, 'EUR']]],
    [
      'Kefir 0,5 l 1,19 € zzgl. 0,25 € Pfand',
      {},
      [
        ['product', 1.19, 'EUR'],
        ['deposit', 0.25, 'EUR'],
      ],
    ],
    [
      'Pfand 0,15 € Ayran 1,09 €',
      {},
      [
        ['deposit', 0.15, 'EUR'],
        ['product', 1.09, 'EUR'],
      ],
    ],
    [
      'Gouda 400 g 4,29 € UVP 5,49 €',
      {},
      [
        ['product', 4.29, 'EUR'],
        ['old', 5.49, 'EUR'],
      ],
    ],
    [
      'Emmental 250 g prix barré 3,80 € 2,99 €',
      {},
      [
        ['old', 3.8, 'EUR'],
        ['product', 2.99, 'EUR'],
      ],
    ],
    [
      'Ser żółty 300 g 9,99 zł Najniższa cena z 30 dni przed obniżką: 12,49 zł',
      {},
      [
        ['product', 9.99, 'PLN'],
        ['old', 12.49, 'PLN'],
      ],
    ],
    [
      'Stilton 200g was £4.00 now £3.25',
      {},
      [
        ['old', 4, 'GBP'],
        ['product', 3.25, 'GBP'],
      ],
    ],
    [
      'Free delivery on orders over £40 Brie de Meaux 200g £3.10',
      {},
      [
        ['other', 40, 'GBP'],
        ['product', 3.1, 'GBP'],
      ],
    ],
    [
      'Versandkostenfrei ab 29 € Bergkäse 200 g 4,49 €',
      {},
      [
        ['other', 29, 'EUR'],
        ['product', 4.49, 'EUR'],
      ],
    ],
    [
      'Greek Yogurt 32 oz $5.49 $0.17/oz',
      {},
      [
        ['product', 5.49, 'USD'],
        ['unit', 0.17, 'USD', { quantity: 1, unit: 'oz' }],
      ],
    ],
    [
      'Sharp Cheddar 2 lb $9.99 $5.00/lb Save $1.00',
      {},
      [
        ['product', 9.99, 'USD'],
        ['unit', 5, 'USD', { quantity: 1, unit: 'lb' }],
        ['saving', 1, 'USD'],
      ],
    ],
    [
      'Kaas 500 g van €6,99 voor €5,49',
      {},
      [
        ['old', 6.99, 'EUR'],
        ['product', 5.49, 'EUR'],
      ],
    ],
    [
      'Ost 500 g 2 för 89 kr 49,90 kr Jmf-pris 99,80 kr/kg',
      sv,
      [
        ['offer', 89, 'SEK'],
        ['product', 49.9, 'SEK'],
        ['unit', 99.8, 'SEK', kg],
      ],
    ],
    [
      'Cheddar 200g £2.50 £0.50 per serving',
      {},
      [
        ['product', 2.5, 'GBP'],
        ['other', 0.5, 'GBP'],
      ],
    ],
    [
      'Mozzarella 125 g -0,30 € 0,89 €',
      {},
      [
        ['saving', 0.3, 'EUR'],
        ['product', 0.89, 'EUR'],
      ],
    ],
    [
      'Camembert 250 g 2,99 € Sie sparen 0,50 €',
      {},
      [
        ['product', 2.99, 'EUR'],
        ['saving', 0.5, 'EUR'],
      ],
    ],
    [
      'Gouda 1 kg 9,34 € netto 9,99 €',
      {},
      [
        ['net', 9.34, 'EUR'],
        ['product', 9.99, 'EUR'],
      ],
    ],
    [
      '4,̶9̶9̶ ̶€̶ 3,99 € Halloumi 225 g',
      {},
      [
        ['old', 4.99, 'EUR'],
        ['product', 3.99, 'EUR'],
      ],
    ],
    [
      'Feta 200 g 2,49 € soit 12,45 € le kg',
      { locale: 'fr-FR' },
      [
        ['product', 2.49, 'EUR'],
        ['unit', 12.45, 'EUR', kg],
      ],
    ],
    [
      'Grana Padano 250 g € 3,49 € 13,96/kg',
      { locale: 'it-IT' },
      [
        ['product', 3.49, 'EUR'],
        ['unit', 13.96, 'EUR', kg],
      ],
    ],
    [
      '임실치즈 200g 12,000원 (100g당 6,000원)',
      {},
      [
        ['product', 12000, 'KRW'],
        ['unit', 6000, 'KRW', g100],
      ],
    ],
    [
      'Gruyère 250 g Fr. 5.95 statt Fr. 7.40',
      { locale: 'de-CH' },
      [
        ['product', 5.95, 'CHF'],
        ['old', 7.4, 'CHF'],
      ],
    ],
    [
      'Trappista sajt 500 g 1 990 Ft 3 980 Ft/kg',
      {},
      [
        ['product', 1990, 'HUF'],
        ['unit', 3980, 'HUF', kg],
      ],
    ],
    [
      'Сыр Российский 200 г 189,90 ₽ 949,50 ₽/кг',
      {},
      [
        ['product', 189.9, 'RUB'],
        ['unit', 949.5, 'RUB', kg],
      ],
    ],
    [
      'Beyaz peynir 500 g ₺89,90 ₺179,80/kg',
      {},
      [
        ['product', 89.9, 'TRY'],
        ['unit', 179.8, 'TRY', kg],
      ],
    ],
    [
      'Telemea 400 g 14,99 lei 37,48 lei/kg',
      {},
      [
        ['product', 14.99, 'RON'],
        ['unit', 37.48, 'RON', kg],
      ],
    ],
    [
      'Skyr 450 g 2 stk. for 30 kr. 17,95 kr.',
      { locale: 'da-DK' },
      [
        ['offer', 30, 'DKK'],
        ['product', 17.95, 'DKK'],
      ],
    ],
    [
      'Jogurt 150 g 2 ks za 30 Kč 16,90 Kč',
      {},
      [
        ['offer', 30, 'CZK'],
        ['product', 16.9, 'CZK'],
      ],
    ],
    [
      'Eidam 100 g 19,90 Kč doprava zdarma od 1 500 Kč',
      {},
      [
        ['product', 19.9, 'CZK'],
        ['other', 1500, 'CZK'],
      ],
    ],
    // Lidl.bg price box: old price, new price, a footnote mark "1", the sign.
    ['Кефир -50%\n1,99\n0,99\n1\nлв.\n220 g', {}, [['product', 0.99, 'BGN']]],
    // Amazon: a rating count before a price, then the price split into nodes.
    [
      '5 out of 5 stars\n3\n$29.99\n$\n29\n.\n99',
      {},
      [
        ['product', 29.99, 'USD'],
        ['product', 29.99, 'USD'],
      ],
    ],
    // eMAG: a percentage and a count in separate nodes are no thousands of the price.
    ['Alcool %\n45\n50\n 173\n34\nLei', {}, [['product', 173.34, 'RON']]],
    [
      'Osta 2 €1.60 eest Kaerahelbed 500g €1.15 €0.80 €1.60/kg',
      {},
      [
        ['offer', 1.6, 'EUR'],
        ['product', 1.15, 'EUR'],
        ['product', 0.8, 'EUR'],
        ['unit', 1.6, 'EUR', kg],
      ],
    ],
    [
      'Shipping fee: US$4.99 Cheese slicer US$11.99',
      {},
      [
        ['other', 4.99, 'USD'],
        ['product', 11.99, 'USD'],
      ],
    ],
    [
      'Milk 4 pints £1.45 £0.16 per pint',
      {},
      [
        ['product', 1.45, 'GBP'],
        ['unit', 0.16, 'GBP'],
      ],
    ],
    [
      'Natto 3 x 45 g 98円 1パック当たり33円',
      ja,
      [
        ['product', 98, 'JPY'],
        ['unit', 33, 'JPY', each],
      ],
    ],
    [
      '本体価格258円 税込278円',
      ja,
      [
        ['net', 258, 'JPY'],
        ['product', 278, 'JPY'],
      ],
    ],
    [
      '每組990元 原價1,390元',
      { locale: 'zh-TW' },
      [
        ['product', 990, 'TWD'],
        ['old', 1390, 'TWD'],
      ],
    ],
    [
      'Greek yogurt 500 g 2,99 € 5,98 €/kg 0,60 € pro Portion',
      {},
      [
        ['product', 2.99, 'EUR'],
        ['unit', 5.98, 'EUR', kg],
        ['other', 0.6, 'EUR'],
      ],
    ],
    [
      '£1 off £3.00',
      {},
      [
        ['saving', 1, 'GBP'],
        ['product', 3, 'GBP'],
      ],
    ],
    [
      'Meal Deal £3.50 Sandwich £2.00',
      {},
      [
        ['offer', 3.5, 'GBP'],
        ['product', 2, 'GBP'],
      ],
    ],
    [
      'Versand 3,95 € Käse 2,49 €',
      {},
      [
        ['other', 3.95, 'EUR'],
        ['product', 2.49, 'EUR'],
      ],
    ],
    [
      '1,19 € + 0,25 € Pfand',
      {},
      [
        ['product', 1.19, 'EUR'],
        ['deposit', 0.25, 'EUR'],
      ],
    ],
    [
      'Emmi 250 g 3,99 € 1 kg: 15,96 €',
      {},
      [
        ['product', 3.99, 'EUR'],
        ['unit', 15.96, 'EUR', kg],
      ],
    ],
    [
      'Whiskey 0.7l 173\n34\nLei Rate lunare de la 14\n44\nLei',
      {},
      [
        ['product', 173.34, 'RON'],
        ['other', 14.44, 'RON'],
      ],
    ],
    [
      '西莎小羊肉餐盒 839元/箱 (35元/罐)',
      { locale: 'zh-TW' },
      [
        ['unit', 839, 'TWD', each],
        ['unit', 35, 'TWD', each],
      ],
    ],
    // A colon after a package size is no unit price.
    ['Gouda 400 g: £3.00', {}, [['product', 3, 'GBP']]],
    [
      'Сыр 200 г ЭКОНОМИЯ 104 руб. 279,90 руб.',
      {},
      [
        ['saving', 104, 'RUB'],
        ['product', 279.9, 'RUB'],
      ],
    ],
  ])('%s', (text, opts, expected) => expect(roles(text, opts)).toEqual(expected));

  it('marks prices in ranges the caller shows struck through as old', () => {
    const text = 'Brie 3,49 € 2,99 €';
    expect(roles(text, { struck: [{ start: 5, end: 11 }] })).toEqual([
      ['old', 3.49, 'EUR'],
      ['product', 2.99, 'EUR'],
    ]);
  });

  it('gives offsets and text in the original string', () => {
    const hits = findPrices('Gouda  400 g\n3,49\u00a0€ (1 kg = 8,73 €)');
    expect(hits.map((h) => [h.start, h.end, h.text])).toEqual([
      [13, 19, '3,49\u00a0€'],
      [28, 34, '8,73 €'],
    ]);
  });

  it.each<[string, (true | undefined)[]]>([
    ['Feta ab 1,99 €', [true]],
    ['Fromage à partir de 2,99 €', [true]],
    ['Cheese from £2.50', [true]],
    ['Ser od 4,99 zł', [true]],
    ['좋은생각 30,000원~', [true]],
    ['Feta 1,99 €', [undefined]],
  ])('from-prices: %s', (text, from) => expect(findPrices(text).map((h) => h.from)).toEqual(from));
});

describe('pickProductPrice: the price of one package', () => {
  const pick = (text: string, opts: PriceOptions = {}, currency?: string) =>
    pickProductPrice(findPrices(text, opts), currency ? { currency } : {});
  it.each<[string, PriceOptions, string | undefined, Price | undefined]>([
    ['Cathedral City Mature Cheddar 350g £3.75 £1.07/100g', {}, undefined, p(3.75, 'GBP')],
    ['Leerdammer Original 2 x 150 g 3,49 € (1 kg = 11,63 €) statt 4,29 €', {}, undefined, p(3.49, 'EUR')],
    ['Ser Gouda plastry 150 g 4,99 zł 33,27 zł/kg', {}, undefined, p(4.99, 'PLN')],
    ['Eidam 30% 100 g 19,90 Kč', {}, undefined, p(19.9, 'CZK')],
    ['ナチュラルチーズ 6P 108g ¥258（税込¥278）', ja, undefined, p(278, 'JPY')],
    ['Сирене краве 400 г 7,99 лв.', {}, undefined, p(7.99, 'BGN')],
    // Loyalty: the regular price is the product price.
    ['Clubcard Price £3.50 £4.25', {}, undefined, p(4.25, 'GBP')],
    ['£3.00 Clubcard Price £3.75', {}, undefined, p(3.75, 'GBP')],
    // A sale without a label: the lower price is the current one.
    ['Brie 3,49 € 2,99 €', {}, undefined, p(2.99, 'EUR')],
    // "Reg." is the old price of a sale, the product price next to a card price.
    ['Reg. $5.99 $4.99', {}, undefined, p(4.99, 'USD')],
    ['Reg. $5.99 $4.99 with card', {}, undefined, p(5.99, 'USD')],
    // Two currencies (Bulgaria's changeover): the first, or the one asked for.
    ['Кашкавал 4,09 € 7,99 лв.', {}, undefined, p(4.09, 'EUR')],
    ['Кашкавал 4,09 € 7,99 лв.', {}, 'BGN', p(7.99, 'BGN')],
    // Only a price per piece.
    ['Jmf-pris 99,67 kr/kg 29,90 kr/st', sv, undefined, p(29.9, 'SEK')],
    ['$1.20 $1.20 / 1EA', { locale: 'en-AU' }, undefined, p(1.2, 'AUD')],
    ['Your Cart $00.00 Brie $5.00 $20.00 / 1KG', { locale: 'en-AU' }, undefined, p(5, 'AUD')],
    ['Any 3 for £10 £3.75', {}, undefined, p(3.75, 'GBP')],
    // Sale layouts from real pages: new and old price without a label, in either order.
    ['뽀로로 놀이책 21% 5,900원~ 7500원', {}, undefined, p(5900, 'KRW')],
    ['Водка 7,49 лв. 8,49 лв. Купи Акция - 20.02%', {}, undefined, p(7.49, 'BGN')],
    ['Panna cotta 130 g 0,79 € 0,99 € 6,19 €/kg', {}, undefined, p(0.79, 'EUR')],
    ['Kiirkaerahelbed 500g €1.15 €0.80 €1.60/kg', {}, undefined, p(0.8, 'EUR')],
    ['Grundpreis: 1 kg = 9,98 €', {}, undefined, undefined],
    ['was £5.00', {}, undefined, undefined],
    ['2 for £5', {}, undefined, undefined],
    ['Gouda 48+ 400g', {}, undefined, undefined],
  ])('%s → %o', (text, opts, currency, price) => expect(pick(text, opts, currency)).toEqual(price));
});

describe('long texts', () => {
  // No timing: these only have to finish (no regular expression backtracks without bound).
  it.each([
    ['digits', '1'.repeat(100_000)],
    ['spaced digits', '1 '.repeat(50_000)],
    ['comma digits', '1,'.repeat(50_000)],
    ['spaced groups', '123 '.repeat(25_000)],
    ['signs', '€'.repeat(100_000)],
    ['prices', '€1 '.repeat(33_000)],
    ['pence', '1p '.repeat(33_000)],
    ['francs', 'Fr. 1 '.repeat(16_000)],
    ['split cents', '1 00 '.repeat(20_000)],
    ['multibuys', '2 for '.repeat(16_000)],
    ['words', 'Pfand statt was '.repeat(6_000)],
    ['superscripts', '4⁹⁹'.repeat(33_000)],
    ['strokes', '4̶'.repeat(50_000)],
    ['letters', 'a'.repeat(100_000)],
    ['spaced digits then a letter', `${'1 '.repeat(50_000)}x`],
    ['taxed prices', '税込¥1 ¥2 '.repeat(12_000)],
  ])('%s', (_, text) => {
    expect(Array.isArray(findPrices(text))).toBe(true);
    parsePrice(text, { currencyHint: 'EUR' });
  });
});
