/**
 * Japanese product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match/index';
import { packageAmount } from '../../../src/nutrition/quantity';

const LANG = 'ja';
const foods = (text: string) => [
  ...new Set(
    getMatcher()
      .find(text, { lang: LANG })
      .map((m) => m.foodId),
  ),
];

type Row = [text: string, expected: string[], grams: number | null];

const titles: Row[] = [
  ['ひきわり納豆 45g×3', ['natto'], 135],
  ['おかめ納豆 極小粒ミニ3 30g×3', ['natto'], 90],
  ['ミツカン 金のつぶ あらっ便利 3P', ['natto'], null],
  ['なっとう 小粒 40g×3', ['natto'], 120],
  ['北海道バター 200g', ['butter'], 200],
  ['よつ葉 発酵バター 食塩不使用 112g', ['butter'], 112],
  ['カルピス(株) 特撰バター 450g', ['butter'], 450],
  ['明治ブルガリアヨーグルト LB81 400g', ['yogurt'], 400],
  ['森永 ビヒダス プレーンヨーグルト 400g', ['yogurt'], 400],
  ['ダノン オイコス 脂肪0 113g', ['greek-yogurt'], 113],
  ['パルテノ ギリシャヨーグルト 100g', ['greek-yogurt'], 100],
  ['明治 のむヨーグルト 900g', ['fermented-milk-drink'], 900],
  ['ヤクルト 65ml×10本', ['fermented-milk-drink'], null],
  ['ケフィア 100g', ['kefir'], 100],
  ['雪印 6Pチーズ 108g', ['processed-cheese'], 108],
  ['QBB ベビーチーズ 4個入 60g', ['processed-cheese'], 60],
  ['カマンベール入りベビーチーズ', ['processed-cheese'], null],
  ['雪印 とろけるスライス 7枚', ['processed-cheese'], null],
  ['明治 北海道十勝カマンベールチーズ 100g', ['camembert'], 100],
  ['雪印北海道100 さけるチーズ プレーン 50g', ['mozzarella'], 50],
  ['ピザ用チーズ 200g', ['cheese'], 200],
  ['クラフト 100%パルメザンチーズ 80g', ['parmigiano-reggiano'], 80],
  ['粉チーズ 50g', ['cheese'], 50],
  ['フィラデルフィア クリームチーズ 200g', ['cream-cheese'], 200],
  ['カッテージチーズ 200g', ['cottage-cheese'], 200],
  ['モッツァレラ 100g', ['mozzarella'], 100],
  ['ゴーダチーズ スライス 8枚', ['gouda'], null],
  ['チェダーチーズ 200g', ['cheddar'], 200],
  ['ゴルゴンゾーラ ドルチェ 100g', ['gorgonzola'], 100],
  ['ブルーチーズ 100g', ['blue-cheese'], 100],
  ['マスカルポーネ 250g', ['mascarpone'], 250],
  ['リコッタ 250g', ['ricotta'], 250],
  ['ミモレット 18ヶ月熟成 100g', ['mimolette'], 100],
  ['エメンタールチーズ 150g', ['emmental'], 150],
  ['シェーブルチーズ 100g', ['chevre'], 100],
  ['サワークリーム 90ml', ['sour-cream'], null],
  ['田舎みそ1kg', ['miso'], 1000],
  ['麦みそ2kg', ['miso'], 2000],
  ['米みそ1kg', ['miso'], 1000],
  ['白合わせみそ1kg', ['miso'], 1000],
  ['あごだしみそ 袋入750g', ['miso'], 750],
  ['マルコメ 料亭の味 液みそ 430g', ['miso'], 430],
  ['八丁味噌 300g', ['miso'], 300],
  ['島原納豆みそ500g', ['miso'], 500],
  ['韓国産 白菜キムチ 400g', ['kimchi'], 400],
  ['カクテキ 300g', ['kimchi'], 300],
  ['ザワークラウト 680g', ['sauerkraut'], 680],
  ['テンペ 100g', ['tempeh'], 100],
  ['卵黄 2個分', ['egg-yolk'], null],
  ['国産 鶏もも肉 300g', ['chicken-leg'], 300],
  ['バター 20g', ['butter'], 20],
  ['プレーンヨーグルト 100g', ['yogurt'], 100],
  ['味噌 大さじ2', ['miso'], null],
];

/** Look-alikes: cheesecake, peanut and cocoa butter, butter flavour, bread, miso soup and ramen, candied beans, sushi rolls, supplements, kimchi hot-pot base, soy yogurt, tools, snacks, a razor. */
const none: Row[] = [
  ['チーズケーキ 6号', [], null],
  ['ベイクドチーズケーキ', [], null],
  ['チーズタルト 6個入', [], null],
  ['ピーナッツバター 340g', [], 340],
  ['カカオバター 100g', [], 100],
  ['バター醤油味 ポテトチップス', [], null],
  ['バターロール 6個', [], null],
  ['マルコメ 料亭の味 みそ汁 8食', [], null],
  ['スプーンdeみそ汁550g', [], 550],
  ['味噌ラーメン 5食パック', [], null],
  ['甘納豆 200g', [], 200],
  ['納豆巻き 2本', [], null],
  ['ナットウキナーゼ 30粒', [], null],
  ['キムチ鍋の素 750g', [], 750],
  ['キムチもろみ150g', [], 150],
  ['豆乳ヨーグルト 400g', [], 400],
  ['ソイヨーグルト プレーン 400g', [], 400],
  ['ヨーグルトメーカー', [], null],
  ['チーズ鱈 50g', [], 50],
  ['かみそり 5本入', [], null],
];

describe('Japanese titles and ingredient lines', () => {
  it.each(titles)('%s → %j', (text, expected) => expect(foods(text)).toEqual(expected));
});

describe('package grams the titles state', () => {
  it.each(titles.filter(([, expected]) => expected.length > 0))('%s (%j): %s g', (text, _foods, grams) =>
    expect(packageAmount(text)?.grams ?? null).toBe(grams),
  );
});

describe('Japanese look-alikes', () => {
  it.each(none)('%s → no food', (text) => expect(foods(text)).toEqual([]));
});

it('has at least 40 titles and 8 look-alikes, each with a grams value', () => {
  expect(titles.length).toBeGreaterThanOrEqual(40);
  expect(none.length).toBeGreaterThanOrEqual(8);
  for (const [, , grams] of [...titles, ...none]) expect(grams === null || grams > 0).toBe(true);
});
