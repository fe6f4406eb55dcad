/**
 * Negation words (context kinds `negation`, before the food, and
 * `negationAfter`, postpositions) in every language of the lexicon, and the
 * look-alikes that are no food: for each language, a food is found where it
 * is not negated, and not where it is ("sans beurre", "vaj nélkül").
 *
 * Decisions:
 * - Negation reaches over one linking word ("without the butter", "ohne die
 *   Butter") but not over other words ("Ohne Gentechnik Butter", "No Name
 *   Butter" are butter).
 * - "with or without butter": the negation wins (no badge).
 * - "lactose-free", "laktosefrei", "sin lactosa", "laktoositon" are no
 *   negation: lactose-free cheese is cheese. "butter-free" is (the food is
 *   absent).
 * - Suffix negations are other words: Turkish "tereyağsız", Hungarian
 *   "vajmentes", Estonian "juustuta" never name the food.
 * - "Quarks" (plural) is no food term: the food is named in the singular;
 *   "Quarks & Co" is a TV show, "Quarks und Gluonen" physics.
 * - Kefir grains (the culture) get no badge; "yogurt-coated" and butter
 *   biscuits are composites.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_LANGUAGES } from '../../../src/match/index';
import { foods } from './lang-table';

type Row = [text: string, expected: string[]];

const NEGATION: Record<string, Row[]> = {
  en: [
    ['without butter', []],
    ['no butter', []],
    ['shortbread made without the butter', []],
    ['butter-free spread', []],
    ['cookies with or without butter', []],
    ['salted butter', ['butter']],
    ['lactose-free butter', ['butter']],
    ['No Name Butter 454g', ['butter']],
    ['Cheddar Lactose Free 200g', ['cheddar']],
  ],
  de: [
    ['ohne Butter', []],
    ['Kuchen ohne Butter', []],
    ['ohne die Butter', []],
    ['Ohne Gentechnik Butter 250g', ['butter']],
    ['Butter ohne Salz', ['butter']],
    ['Sahnejoghurt ohne Zucker', ['yogurt']],
    ['laktosefreie Butter', ['butter']],
  ],
  fr: [
    ['sans beurre', []],
    ['gâteau sans beurre ni œufs', []],
    ['ni beurre ni crème', []],
    ['beurre doux sans sel', ['butter']],
    ['fromage sans lactose', ['cheese']],
    ['yaourt nature sans sucre', ['yogurt']],
  ],
  nl: [
    ['zonder boter', []],
    ['cake zonder boter', []],
    ['boter zonder zout', ['butter']],
    ['yoghurt zonder suiker', ['yogurt']],
    ['lactosevrije kaas', ['cheese']],
  ],
  it: [
    ['senza burro', []],
    ['torta senza burro', []],
    ['burro senza lattosio', ['butter']],
    ['yogurt senza zucchero', ['yogurt']],
    ['mozzarella senza lattosio', ['mozzarella']],
  ],
  es: [
    ['sin mantequilla', []],
    ['bizcocho sin mantequilla', []],
    ['sin leche ni mantequilla', []],
    ['queso sin lactosa', ['cheese']],
    ['yogur sin azúcar', ['yogurt']],
    ['mantequilla sin sal', ['butter']],
  ],
  da: [
    ['uden smør', []],
    ['kage uden smør', []],
    ['smør uden salt', ['butter']],
    ['laktosefri yoghurt', ['yogurt']],
    ['ost uden laktose', ['cheese']],
  ],
  sv: [
    ['utan smör', []],
    ['kaka utan smör', []],
    ['smör utan salt', ['butter']],
    ['laktosfri yoghurt', ['yogurt']],
    ['yoghurt utan socker', ['yogurt']],
  ],
  no: [
    ['uten smør', []],
    ['kake uten smør', []],
    ['smør uten salt', ['butter']],
    ['laktosefri yoghurt', ['yogurt']],
    ['rømme uten laktose', ['sour-cream']],
  ],
  cs: [
    ['bez másla', []],
    ['koláč bez másla', []],
    ['máslo bez laktózy', ['butter']],
    ['jogurt bez cukru', ['yogurt']],
    ['sýr bez laktózy', ['cheese']],
  ],
  sk: [
    ['bez masla', []],
    ['koláč bez masla', []],
    ['maslo bez laktózy', ['butter']],
    ['jogurt bez cukru', ['yogurt']],
    ['syr bez laktózy', ['cheese']],
  ],
  pl: [
    ['bez masła', []],
    ['ciasto bez masła', []],
    ['masło bez laktozy', ['butter']],
    ['jogurt bez cukru', ['yogurt']],
    ['ser bez laktozy', ['cheese']],
  ],
  hu: [
    ['vaj nélkül', []],
    ['sütemény vaj nélkül', []],
    ['sajt nélkül', []],
    ['vajmentes sütemény', []],
    ['laktózmentes vaj', ['butter']],
    ['joghurt cukor nélkül', ['yogurt']],
  ],
  pt: [
    ['sem manteiga', []],
    ['bolo sem manteiga', []],
    ['manteiga sem sal', ['butter']],
    ['iogurte sem açúcar', ['yogurt']],
    ['queijo sem lactose', ['cheese']],
  ],
  tr: [
    ['tereyağsız kurabiye', []],
    ['tereyağı olmadan', []],
    ['peynirsiz pizza', []],
    ['tuzsuz tereyağı', ['butter']],
    ['laktozsuz yoğurt', ['yogurt']],
    ['şekersiz yoğurt', ['yogurt']],
  ],
  ro: [
    ['fără unt', []],
    ['prăjitură fără unt', []],
    ['unt fără sare', ['butter']],
    ['iaurt fără lactoză', ['yogurt']],
    ['brânză fără lactoză', ['cheese']],
  ],
  hr: [
    ['bez maslaca', []],
    ['kolač bez maslaca', []],
    ['maslac bez laktoze', ['butter']],
    ['jogurt bez laktoze', ['yogurt']],
    ['sir bez laktoze', ['cheese']],
  ],
  bs: [
    ['bez maslaca', []],
    ['pita bez sira', []],
    ['maslac bez soli', ['butter']],
    ['jogurt 2,8% m.m.', ['yogurt']],
    ['kiselo mlijeko bez laktoze', ['fermented-milk-drink']],
  ],
  sr: [
    ['bez putera', []],
    ['kolač bez putera', []],
    ['puter 82%', ['butter']],
    ['kisela pavlaka 20%', ['sour-cream']],
    ['sir bez laktoze', ['cheese']],
    // Serbian in Cyrillic.
    ['Пита без сира', []],
    ['Гибаница без сира и јаја', []],
    ['Бели сир 500 г', ['feta']],
    ['Кисела павлака 20%', ['sour-cream']],
    ['Сир гауда 300 г', ['gouda']],
  ],
  sl: [
    ['brez masla', []],
    ['pecivo brez masla', []],
    ['maslo brez laktoze', ['butter']],
    ['jogurt brez laktoze', ['yogurt']],
    ['sir brez laktoze', ['cheese']],
  ],
  et: [
    ['ilma võita', []],
    ['kook ilma juustuta', []],
    ['laktoosivaba jogurt', ['yogurt']],
    ['jogurt ilma suhkruta', ['yogurt']],
    ['kohupiim ilma lisatud suhkruta', ['quark']],
  ],
  lv: [
    ['bez sviesta', []],
    ['kūka bez sviesta', []],
    ['sviests bez sāls', ['butter']],
    ['jogurts bez cukura', ['yogurt']],
    ['siers bez laktozes', ['cheese']],
  ],
  lt: [
    ['be sviesto', []],
    ['pyragas be sviesto', []],
    ['sviestas be druskos', ['butter']],
    ['jogurtas be cukraus', ['yogurt']],
    ['sūris be laktozės', ['cheese']],
  ],
  fi: [
    ['ilman voita', []],
    ['pulla ilman voita', []],
    ['ilman juustoa', []],
    ['laktoositon voi', ['butter']],
    ['jogurtti ilman sokeria', ['yogurt']],
    ['laktoositon juusto', ['cheese']],
  ],
  ga: [
    ['gan im', []],
    ['brioscaí gan im', []],
    ['im saillte', ['butter']],
    ['iógart gan siúcra', ['yogurt']],
    ['cáis gan lachtós', ['cheese']],
  ],
  mt: [
    ['mingħajr butir', []],
    ['kejk mingħajr butir', []],
    ['butir bil-melħ', ['butter']],
    ['jogurt mingħajr zokkor', ['yogurt']],
    ['ġobon mingħajr lattożju', ['cheese']],
  ],
  ru: [
    ['Пирог без сыра', []],
    ['Сырники без творога', []],
    ['Блины без сметаны', []],
    ['Сыр Российский 45% 200 г', ['cheese']],
    ['Творог 5% 180 г', ['quark']],
    ['Сметана 20% 315 г', ['sour-cream']],
  ],
  uk: [
    ['Вареники без сиру', []],
    ['Печиво без вершкового масла', []],
    ['Сир кисломолочний 9% 350 г', ['quark']],
    ['Масло вершкове 82% 200 г', ['butter']],
    ['Кефір 2,5% 900 г', ['kefir']],
  ],
  bg: [
    ['Баница без сирене', []],
    ['Пица без кашкавал', []],
    ['Сирене краве 400 г', ['feta']],
    ['Кашкавал Витоша 400 г', ['cheese']],
    ['Кисело мляко 2% 400 г', ['yogurt']],
  ],
  mk: [
    ['Зелник без сирење', []],
    ['Пита без сирење и јајца', []],
    ['Овчо сирење 500 г', ['feta']],
    ['Јогурт 3,2% 1 л', ['yogurt']],
    ['Кашкавал 300 г', ['cheese']],
  ],
  el: [
    ['Πίτα χωρίς φέτα', []],
    ['Κουλουράκια χωρίς βούτυρο', []],
    ['Φέτα ΠΟΠ 400γρ', ['feta']],
    ['Βούτυρο αγελαδινό 250γρ', ['butter']],
    ['Γιαούρτι στραγγιστό 10% 1kg', ['greek-yogurt']],
  ],
  ja: [
    ['バター不使用クッキー', []],
    ['チーズなしのピザ', []],
    ['チーズ抜き', []],
    ['北海道バター 200g', ['butter']],
    ['ひきわり納豆 45g×3', ['natto']],
  ],
  ko: [
    ['치즈 없는 피자', []],
    ['버터 없이 만든 쿠키', []],
    ['서울우유 체다 슬라이스 치즈 270g', ['processed-cheese']],
    ['종가집 포기김치 1kg', ['kimchi']],
    ['무염 버터 450g', ['butter']],
  ],
  zh: [
    ['无黄油饼干', []],
    ['不含奶酪', []],
    ['安佳 黄油 227克', ['butter']],
    ['无盐黄油 200克', ['butter']],
    ['伊利 酸奶 205g', ['yogurt']],
  ],
};

describe.each(Object.entries(NEGATION))('negation (%s)', (lang, rows) => {
  it.each(rows)('%s → %j', (text, expected) => expect(foods(text, lang)).toEqual(expected));
});

it('has at least 5 rows, negated and not, for every language of the lexicon', () => {
  for (const lang of LEXICON_LANGUAGES) {
    const rows = NEGATION[lang] ?? [];
    expect(rows.length, lang).toBeGreaterThanOrEqual(5);
    expect(
      rows.some(([, e]) => e.length === 0),
      lang,
    ).toBe(true);
    expect(
      rows.some(([, e]) => e.length > 0),
      lang,
    ).toBe(true);
  }
});

describe('look-alikes', () => {
  it.each([
    ['Petit Beurre LU 200g', 'fr', []],
    ['Petit-beurre nappé chocolat', 'fr', []],
    ['Petit Beurre Kekse 200g', 'de', []],
    ['turrón de yema tostada 300 g', 'es', []],
    ['yemas de Santa Teresa', 'es', []],
    ['3 yemas de huevo', 'es', ['egg-yolk']],
    ['Butter chicken with rice', 'en', []],
    ['Butter chicken, rýže', 'cs', []],
    ['Alles in Butter!', 'de', []],
    ['Bei uns ist alles in bester Butter', 'de', []],
    ['Quarks & Co', 'de', []],
    ['Quarks und Gluonen', 'de', []],
    ['Top-Quarks zerfallen schnell', 'de', []],
    ['500 g Quark', 'de', ['quark']],
    ['Magerquark 250g', 'de', ['quark']],
    ['Senza burro', 'it', []],
    ['butter cookies', 'en', []],
    ['Danish butter cookies 454g', 'en', []],
    ['Butterkekse 200g', 'de', []],
    ['galletas de mantequilla', 'es', []],
    ['cheese puffs', 'en', []],
    ['Käsekuchen mit Boden', 'de', []],
    ['tarta de queso', 'es', []],
    ['cheesecake', 'en', []],
    ['kefir grains', 'en', []],
    ['Kefir Knollen 20g', 'de', []],
    ['1 cup kefir', 'en', ['kefir']],
    ['yogurt-coated raisins', 'en', []],
    ['Cranberries mit Joghurt-Überzug', 'de', []],
    ['Butterkäse 400g', 'de', ['cheese']],
  ] as [string, string, string[]][])('%s (%s) → %j', (text, lang, expected) =>
    expect(foods(text, lang)).toEqual(expected),
  );
});
