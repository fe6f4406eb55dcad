/**
 * What a product title states for its whole package, in the languages and
 * scripts of the stores: grams of a mass, millilitres of a volume ("930 ml"),
 * or null when the title states neither (a count alone, a fat mark, servings).
 *
 * Every row goes through `packageAmount` (the quantities of the title and the
 * multipack rule), which does not depend on the matcher. Rows whose food the
 * matcher already finds go through the page's own path as well:
 * `gramsForMentions` with the matcher's mention offsets (a title names its food
 * first, so the weight after the name is the package's).
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/data/build/build-dataset';
import { compileDataset } from '../../../src/data/build/compile';
import { getMatcher } from '../../../src/match/index';
import {
  findQuantities,
  gramsForMentions,
  type PackageAmount,
  packageAmount,
  portionsWithFallback,
} from '../../../src/nutrition/quantity';

type Stated = number | `${number} ml` | null;
type Row = [lang: string, title: string, stated: Stated];

const TITLES: Row[] = [
  // English (US and UK stores): ounces and pounds are converted (1 oz = 28.3495 g, 1 lb = 453.592 g).
  ['en', 'Tillamook Sharp Cheddar Cheese Block, 8 oz', 226.8],
  ['en', 'Cabot Vermont Sharp Cheddar, 2 lb', 907.2],
  ['en', 'Kerrygold Pure Irish Butter, 8 oz (227 g)', 227],
  ['en', 'Chobani Plain Whole Milk Greek Yogurt 32 oz', 907.2],
  ['en', 'Fage Total 0% Greek Yogurt 500g', 500],
  ['en', 'Philadelphia Original Cream Cheese 8 oz Brick', 226.8],
  ['en', 'Président Brie 2 x 125 g', 250],
  ['en', 'Babybel Mini Original Cheese 6 x 20 g', 120],
  ['en', 'Lurpak Slightly Salted Butter 250g', 250],
  ['en', 'Yeo Valley Organic Natural Yogurt 4 x 120g', 480],
  ['en', 'Biotiful Kefir Original Cultured Milk Drink 1L', '1000 ml'],
  // 32 × 29.5735 ml = 946.35 ml
  ['en', 'Lifeway Kefir Plain Unsweetened 32 fl oz', '946.4 ml'],
  ['en', 'Daisy Pure & Natural Sour Cream 16 oz', 453.6],
  // 4 × 6 oz = 24 oz = 680.39 g
  ['en', 'Stonyfield Organic Whole Milk Yogurt, 6 oz, 4 Pack', 680.4],
  // 12 × 5.3 oz = 63.6 oz = 1803.03 g
  ['en', 'Chobani Greek Yogurt, Vanilla, 5.3 oz (Pack of 12)', 1803],
  ['en', 'Kraft Singles American Cheese Slices, 24 ct, 16 oz', 453.6],
  // 7.5 × 28.3495 = 212.62
  ['en', 'Sargento Sliced Provolone Cheese, 10 slices, 7.5 oz', 212.6],
  ['en', 'Organic Valley Salted Butter, 1 lb', 453.6],
  ['en', 'Happy Belly Shredded Mozzarella Cheese, 2 lb bag', 907.2],
  ['en', 'Wisconsin Cheddar Cheese approx. 1 lb', 453.6],
  ['en', 'Twin pack Mature Cheddar 2x175g', 350],
  ['en', 'Cathedral City Mature Cheddar 350g', 350],
  ['en', 'Pack of 2, Feta Cheese 200g each', 400],
  ['en', 'Feta Cheese 2 × 200 g (400 g)', 400],
  ['en', 'Hikari Organic White Miso Paste 500 g', 500],
  ['en', 'Organic Natto (2 x 6 oz)', 340.2],
  ['en', 'Bubbies Sauerkraut 8 oz. / 226 g', 226],
  ['en', 'Mother-in-Law’s Kimchi 1 lb 5 oz', 595.3],
  ['en', 'Farmhouse Sour Cream 450g-500g', 475],
  ['en', 'Multipack Greek Style Yogurt 6 x 120 g', 720],
  ['en', 'Greek Yogurt 500 g, 4 servings', 500],
  ['en', 'Mature Cheddar 200 g, serves 8', 200],
  ['en', 'Cheddar Cheese Slices, 10 slices', null],
  ['en', 'Babybel Original Cheese 6 pack', null],
  ['en', 'Stilton Blue Cheese Gift Jar', null],
  ['en', 'Natto 4 portions', null],
  // German
  ['de', 'Old Amsterdam Gouda 48+ ca. 400g', 400],
  ['de', 'Leerdammer Original 10 Scheiben 200 g', 200],
  ['de', 'Bergader Bavaria Blu 150 g', 150],
  ['de', 'Weihenstephan Joghurt mild 3,5 % Fett 500 g', 500],
  ['de', 'Müller Reine Buttermilch 1 l', '1000 ml'],
  ['de', 'Andechser Natur Bio-Kefir 1,5 % 500 ml', '500 ml'],
  ['de', 'Kerrygold Original Irische Butter 250 g', 250],
  ['de', 'Exquisa Frischkäse Natur 175 g', 175],
  ['de', 'Alnatura Speisequark 20 % 500g', 500],
  ['de', 'Gut & Günstig Emmentaler gerieben 2 x 200 g', 400],
  ['de', 'Zott Sahnejoghurt Erdbeere 4 x 150 g', 600],
  ['de', 'Joghurt mit Erdbeeren 150 g Bio', 150],
  ['de', 'Naturjoghurt mild 6 Stück à 100 g', 600],
  ['de', 'Mozzarella 3er Pack à 125 g', 375],
  ['de', 'Milram Frühlingsquark 185 g', 185],
  ['de', 'Schwarzwaldmilch Saure Sahne 10 % 200 g', 200],
  ['de', 'Hengstenberg Mildes Weinsauerkraut 850 ml', '850 ml'],
  ['de', 'Parmigiano Reggiano 24 Monate, ca. 250 g', 250],
  ['de', 'Ziegenkäse Rolle 2 x 100 g', 200],
  // 1 Pfund = 500 g
  ['de', 'Deutsche Markenbutter 1 Pfund', 500],
  ['de', 'Feta 45% Fett i. Tr. 200 g', 200],
  ['de', 'Gouda 1.000 g', 1000],
  ['de', 'Emmentaler 10 Scheiben', null],
  ['de', 'Naturjoghurt 1 kg + 20 % gratis', 1200],
  // French
  ['fr', 'Président Camembert 250 g', 250],
  ['fr', 'Comté AOP 12 mois 200g', 200],
  ['fr', 'Roquefort Société 100 g', 100],
  ['fr', 'Yaourt nature Danone 4 x 125 g', 500],
  ['fr', 'Beurre doux Président 250g', 250],
  ['fr', 'Crème fraîche épaisse 30 % 20 cl', '200 ml'],
  ['fr', 'Fromage blanc 3,2 % 1 kg', 1000],
  ['fr', 'Lait fermenté au kéfir 1 L', '1000 ml'],
  ['fr', 'Emmental râpé 2 x 70 g', 140],
  ['fr', 'Reblochon de Savoie AOP 450 g', 450],
  ['fr', 'Chèvre frais lot de 2 x 150 g', 300],
  ['fr', 'Brie de Meaux 1/4 env. 250 g', 250],
  ['fr', 'Camembert 250 g (2 x 125 g)', 250],
  ['fr', 'Mimolette vieille 24 mois 150 g', 150],
  // Dutch
  ['nl', 'Jong belegen Goudse kaas 48+ plakken 190 g', 190],
  ['nl', 'Old Amsterdam 48+ stuk 400 gram', 400],
  ['nl', 'Volle yoghurt 1 liter', '1000 ml'],
  ['nl', 'Karnemelk 1 l', '1000 ml'],
  ['nl', 'Roomboter ongezouten 250 gr', 250],
  ['nl', 'Magere kwark 500 g', 500],
  ['nl', 'Zuurkool naturel 520 g', 520],
  ['nl', 'Griekse yoghurt 10% vet 1 kg', 1000],
  ['nl', 'Leerdammer plakken 2 x 160 g', 320],
  // Italian
  ['it', 'Parmigiano Reggiano DOP 30 mesi 1 kg', 1000],
  ['it', 'Mozzarella di Bufala Campana DOP 3 x 125 g', 375],
  ['it', 'Gorgonzola dolce DOP 200 gr', 200],
  ['it', 'Grana Padano grattugiato 100 g', 100],
  ['it', 'Yogurt greco bianco 0% 2 x 170 g', 340],
  ['it', 'Mascarpone 250 g', 250],
  ['it', 'Ricotta di pecora 1,5 kg', 1500],
  ['it', 'Burro 82% 250 g', 250],
  ['it', 'Pecorino Romano DOP circa 300 g', 300],
  ['it', 'Taleggio DOP 200g', 200],
  ['it', 'Kefir bianco 480 g', 480],
  // Spanish
  ['es', 'Queso manchego curado 3 meses 250 g', 250],
  ['es', 'Yogur natural pack 4 x 125 g', 500],
  ['es', 'Queso fresco de Burgos 4 x 72 g', 288],
  ['es', 'Mantequilla sin sal 250 g', 250],
  ['es', 'Kéfir natural 500 ml', '500 ml'],
  ['es', 'Queso tierno en lonchas 10 lonchas 200 g', 200],
  ['es', 'Queso rallado 4 quesos 150 g', 150],
  ['es', 'Rulo de queso de cabra 1 kg', 1000],
  ['es', 'Queso Idiazábal aprox. 1,2 kg', 1200],
  ['es', 'Queso curado 1.500 kg', 1500],
  // Portuguese
  ['pt', 'Queijo flamengo fatiado 200 g', 200],
  ['pt', 'Iogurte grego natural 4 x 115 g', 460],
  ['pt', 'Manteiga com sal 250 g', 250],
  ['pt', 'Queijo da Serra 1 kg', 1000],
  // Polish
  ['pl', 'Ser Gouda plastry 150 g', 150],
  ['pl', 'Ser żółty Edamski 1 kg', 1000],
  ['pl', 'Jogurt naturalny 2 x 370 g', 740],
  ['pl', 'Kefir 1,5% 400 g', 400],
  ['pl', 'Twaróg półtłusty 250 g', 250],
  ['pl', 'Masło ekstra 82% 200 g', 200],
  ['pl', 'Śmietana 18% 400 g', 400],
  ['pl', 'Kapusta kiszona 1 kg', 1000],
  ['pl', 'Serek wiejski 3 szt. x 200 g', 600],
  ['pl', 'Ser Mozzarella 125 g', 125],
  // Czech and Slovak
  ['cs', 'Eidam 30% plátky 100g', 100],
  ['cs', 'Bílý jogurt 150 g', 150],
  ['cs', 'Tvaroh měkký 250 g', 250],
  ['cs', 'Máslo 82 % 250g', 250],
  ['cs', 'Zakysaná smetana 15% 200 g', 200],
  ['cs', 'Kefírové mléko 950 g', 950],
  ['cs', 'Sýr Gouda 48% 1 kg', 1000],
  ['cs', 'Kysané zelí 500 g', 500],
  ['cs', 'Hermelín 2 ks', null],
  ['sk', 'Bryndza 125 g', 125],
  // Bulgarian
  ['bg', 'Сирене краве 400 г', 400],
  ['bg', 'Кашкавал от краве мляко 1 кг', 1000],
  ['bg', 'Кисело мляко 3,6% 400 г', 400],
  ['bg', 'Айрян 500 мл', '500 ml'],
  ['bg', 'Масло краве 82% 125 г', 125],
  ['bg', 'Сирене овче 1,5 кг', 1500],
  ['bg', 'Кефир 2% 500 мл', '500 ml'],
  ['bg', 'Извара 500 г', 500],
  ['bg', 'Кашкавал Витоша 300 гр.', 300],
  ['bg', 'Сирене краве 20% жирности 400 г', 400],
  // Russian
  ['ru', 'Сыр Российский 45% 200г', 200],
  ['ru', 'Кефир 1% 930 мл', '930 ml'],
  ['ru', 'Творог 5% 180 г', 180],
  ['ru', 'сметана 20% 315г', 315],
  ['ru', 'Масло сливочное 82,5% 180 г', 180],
  ['ru', 'Сыр Гауда 45% 1,5 кг', 1500],
  ['ru', 'Йогурт греческий 2% 140 г', 140],
  // A fat mark and the mass with only a comma between them (as one store lists them).
  ['ru', 'Десерт творожный воздушный Вишня-Черешня 4%,100г', 100],
  ['ru', 'Йогурт питьевой 2,5%,290г', 290],
  ['ru', 'Сыр Российский 50%,1,2 кг', 1200],
  ['ru', 'Ряженка 4% 1 л', '1000 ml'],
  // 8 × 17.5 g
  ['ru', 'Сыр плавленый 8 шт. по 17,5 г', 140],
  ['ru', 'Сыр моцарелла 125 г', 125],
  ['ru', 'Творог 9% 2 х 200 г', 400],
  ['ru', 'Капуста квашеная 500 г', 500],
  ['ru', 'Сыр Пармезан 1 000 г', 1000],
  ['ru', 'Сырки творожные 10 шт', null],
  // Ukrainian
  ['uk', 'Сир твердий Голландський 45% 150 г', 150],
  ['uk', 'Кефір 2,5% 900 г', 900],
  ['uk', 'Йогурт 1,5% 250 г', 250],
  ['uk', 'Масло вершкове 73% 200 г', 200],
  ['uk', 'Сметана 15% 350 г', 350],
  ['uk', 'Сир кисломолочний 9% 350 г', 350],
  ['uk', 'Ряжанка 2,5% 400 мл', '400 ml'],
  // Greek
  ['el', 'Φέτα ΠΟΠ 400γρ', 400],
  ['el', 'Φέτα Δωδώνη 400 γρ.', 400],
  ['el', 'Γραβιέρα Κρήτης 1 κιλό', 1000],
  ['el', 'Γιαούρτι στραγγιστό 2% 3 x 200γρ', 600],
  ['el', 'Κεφαλοτύρι 250 γραμμάρια', 250],
  ['el', 'Βούτυρο αγελαδινό 250γρ.', 250],
  ['el', 'Κεφίρ 500 ml', '500 ml'],
  ['el', 'Ξινόγαλο 1 λίτρο', '1000 ml'],
  ['el', 'Γιαούρτι αγελαδινό 1 κιλό', 1000],
  ['el', 'Κασέρι φέτες 200γρ', 200],
  ['el', 'ΦΕΤΑ ΠΟΠ 2 ΚΙΛΑ', 2000],
  // Japanese (full-width letters and digits as well)
  ['ja', 'ナチュラルチーズ 6P 108g', 108],
  ['ja', 'カマンベール 90ｇ', 90],
  ['ja', 'カマンベールチーズ １００ｇ', 100],
  ['ja', '納豆 40g×3', 120],
  ['ja', '納豆 45g×3P', 135],
  ['ja', '納豆 3個パック', null],
  ['ja', 'スライスチーズ 6枚入り', null],
  ['ja', 'スライスチーズ 7枚入 112g', 112],
  ['ja', 'プレーンヨーグルト 400g', 400],
  ['ja', 'ブルガリアヨーグルト 450ｇ', 450],
  ['ja', '無塩バター 200g', 200],
  ['ja', '発酵バター 450g', 450],
  ['ja', 'モッツァレラ 100g×2個', 200],
  ['ja', 'パルメザンチーズ 80g', 80],
  ['ja', 'クリームチーズ 1kg', 1000],
  ['ja', 'ケフィア 1リットル', '1000 ml'],
  ['ja', '米味噌 750グラム', 750],
  ['ja', 'ベビーチーズ 4個入 60g', 60],
  ['ja', '白菜キムチ 300g', 300],
  ['ja', 'ひきわり納豆（４５ｇ×３）', 135],
  // Korean
  ['ko', '김치 500g', 500],
  ['ko', '요구르트 85g x 4개', 340],
  ['ko', '치즈 1kg', 1000],
  ['ko', '슬라이스 치즈 20매 360g', 360],
  ['ko', '플레인 요거트 450g', 450],
  ['ko', '무염 버터 450g', 450],
  ['ko', '모짜렐라 치즈 2.5kg', 2500],
  ['ko', '포기김치 10kg', 10000],
  ['ko', '그릭요거트 100g 10개', 1000],
  ['ko', '떠먹는 요구르트 85g, 8개', 680],
  ['ko', '된장 1킬로그램', 1000],
  ['ko', '버터 250그램', 250],
  ['ko', '슬라이스 치즈 20매', null],
  // Chinese
  ['zh', '奶酪片 200克', 200],
  ['zh', '酸奶 100g*8杯', 800],
  ['zh', '芝士 250克', 250],
  ['zh', '马苏里拉奶酪 1千克', 1000],
  ['zh', '黄油 500g', 500],
  ['zh', '纳豆 50g×4盒', 200],
  ['zh', '泡菜 1公斤', 1000],
  ['zh', '希腊酸奶 1.5公斤', 1500],
  ['zh', '奶油奶酪 250公克', 250],
  ['zh', '酸奶 200毫升*12盒', '2400 ml'],
  ['zh', '味噌 500克/袋', 500],
  ['zh', '酸菜 400g×2袋', 800],
  // Turkish
  ['tr', 'Beyaz Peynir 500 g', 500],
  ['tr', 'Kaşar Peyniri 1 kg', 1000],
  ['tr', 'Süzme Yoğurt 750 gr', 750],
  ['tr', 'Ayran 1 lt', '1000 ml'],
  ['tr', 'Tereyağı 250 g', 250],
  ['tr', 'Kefir 1 L', '1000 ml'],
  ['tr', 'Tulum Peyniri 400 g', 400],
  ['tr', 'Lor Peyniri 2 x 250 g', 500],
  // Romanian
  ['ro', 'Telemea de vacă 400 g', 400],
  ['ro', 'Cașcaval 1 kg', 1000],
  ['ro', 'Iaurt grecesc 10% 150 g', 150],
  ['ro', 'Smântână 20% 200 g', 200],
  ['ro', 'Unt 82% 200 g', 200],
  ['ro', 'Brânză de burduf 500 g', 500],
  ['ro', 'Chefir 330 g', 330],
  ['ro', 'Iaurt 4 x 140 g', 560],
  // Hungarian (1 dkg = 10 g)
  ['hu', 'Trappista sajt 1 kg', 1000],
  ['hu', 'Natúr joghurt 150 g', 150],
  ['hu', 'Tejföl 20% 330 g', 330],
  ['hu', 'Vaj 82% 100 g', 100],
  ['hu', 'Túró 250 g', 250],
  ['hu', 'Kefir 450 g', 450],
  ['hu', 'Gouda sajt 10 dkg', 100],
  // Swedish, Danish, Norwegian
  ['sv', 'Västerbottensost 450 g', 450],
  ['sv', 'Filmjölk 3% 1 l', '1000 ml'],
  ['sv', 'Svenskt smör 500 g', 500],
  ['no', 'Jarlsberg skiver 200 g', 200],
  ['no', 'Norvegia 1 kg', 1000],
  ['da', 'Danbo 45+ skiver 300 g', 300],
  ['da', 'Skyr naturel 1 kg', 1000],
];

const describeAmount = (a: PackageAmount | undefined): Stated =>
  a?.grams !== undefined ? a.grams : a?.ml !== undefined ? (`${a.ml} ml` as const) : null;

describe('the package a title states (packageAmount)', () => {
  it('has at least 150 titles in at least 12 languages and scripts', () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(TITLES.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(TITLES)('%s: %s → %s', (_lang, title, stated) => {
    expect(describeAmount(packageAmount(title))).toEqual(stated);
  });
});

describe("grams of the title's food as the page reads them (gramsForMentions)", () => {
  const portionsOf = portionsWithFallback(compileDataset(readSources()));
  const matcher = getMatcher();
  /** Titles whose food the matcher finds, with the grams of their mention. */
  const read = TITLES.flatMap(([lang, title, stated]) => {
    const mentions = matcher.find(title, { lang });
    if (mentions.length === 0) return [];
    // A title that names its food twice ("Kefir … Cultured Milk Drink 1L") gives the weight to the name before it.
    const grams = gramsForMentions(title, mentions, portionsOf).find((g) => g !== undefined);
    return [{ lang, title, stated, grams }];
  });

  it('reads most of the table through the matcher', () => {
    expect(read.length).toBeGreaterThanOrEqual(100);
  });

  it('gives the mention the grams the title states (volumes: by the food’s density)', () => {
    const wrong = read.filter(({ title, stated, grams }) => {
      if (stated === null)
        // A count of slices converts with the food's slice weight; other counts give no grams.
        return grams !== undefined && !findQuantities(title).some((q) => q.unit.kind === 'count');
      if (typeof stated === 'number') return grams !== stated;
      const ml = Number.parseFloat(stated);
      return grams === undefined || grams < ml * 0.9 || grams > ml * 1.1;
    });
    expect(wrong).toEqual([]);
  });
});

describe('grams of a name before the weight, in every script (gramsForMentions, no matcher)', () => {
  // The name is the text before the title's first digit; its food only matters for volumes.
  const masses = TITLES.filter((row): row is [string, string, number] => typeof row[2] === 'number');
  it.each(masses)('%s: %s → %s g', (_lang, title, stated) => {
    const end = title.slice(0, title.search(/[\d０-９]/)).trimEnd().length;
    expect(gramsForMentions(title, [{ start: 0, end, foodId: 'cheese' }], () => [])).toEqual([stated]);
  });
});
