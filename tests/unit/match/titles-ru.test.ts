/**
 * Russian product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match/index';
import { packageAmount } from '../../../src/nutrition/quantity';

const LANG = 'ru';
const foods = (text: string) => [
  ...new Set(
    getMatcher()
      .find(text, { lang: LANG })
      .map((m) => m.foodId),
  ),
];

type Row = [text: string, expected: string[], grams: number | null];

const titles: Row[] = [
  ['Сыр Российский 45% 200 г', ['cheese'], 200],
  ['Творог 5% 180г', ['quark'], 180],
  ['Кефир 2,5% 930 мл', ['kefir'], null],
  ['Кефир 1% 1 кг', ['kefir'], 1000],
  ['Сыр Гауда 45% 250 г', ['gouda'], 250],
  ['Сыр полутвердый Ламбер 50% 230 г', ['cheese'], 230],
  ['Сыр Пармезан 40% 180 г', ['parmigiano-reggiano'], 180],
  ['Сыр Моцарелла 45% 125 г', ['mozzarella'], 125],
  ['Моцарелла Pretto чильеджина 45% 200 г', ['mozzarella'], 200],
  ['Сыр плавленый Дружба 50% 90 г', ['processed-cheese'], 90],
  ['Плавленый сырок Виола 45% 90г', ['processed-cheese'], 90],
  ['Сыр творожный Hochland сливочный 60% 140 г', ['cream-cheese'], 140],
  ['Сливочный сыр Philadelphia 200 г', ['cream-cheese'], 200],
  ['Творог зерненый 5% 350 г', ['cottage-cheese'], 350],
  ['Творог обезжиренный 0% 200 г', ['quark'], 200],
  ['Творожок детский Агуша 3,9% 100 г', ['quark'], 100],
  ['Сметана 20% 300 г', ['sour-cream'], 300],
  ['Сметана Простоквашино 15% 300 г', ['sour-cream'], 300],
  ['Масло сливочное Вологодское 82,5% 180 г', ['butter'], 180],
  ['Сливочное масло Экомилк 82,5% 380 г', ['butter'], 380],
  ['Масло сливочное Крестьянское 72,5% 180 г', ['butter'], 180],
  ['МАСЛО Традиционное Крестьянские узоры 82,5% пергамент 400 г', ['butter'], 400],
  ['Масло топленое 99% 500 г', ['ghee'], 500],
  ['Йогурт греческий 2% 140 г', ['greek-yogurt'], 140],
  ['Йогурт Активиа натуральный 3,5% 150 г', ['yogurt'], 150],
  ['ЙОГУРТ Активиа 2,9% - 3% в ассортименте 150 г', ['yogurt'], 150],
  ['Йогурт питьевой Агуша клубника 2,5% 200 мл', ['fermented-milk-drink'], null],
  ['Ряженка 4% 900 мл', ['fermented-milk-drink'], null],
  ['Варенец 2,5% 450 г', ['fermented-milk-drink'], 450],
  ['Простокваша Мечниковская 4% 450 г', ['fermented-milk-drink'], 450],
  ['Айран Эдельвейс 1,5% 1 л', ['fermented-milk-drink'], null],
  ['Мацони 3,2% 500 г', ['yogurt'], 500],
  ['Брынза из коровьего молока 45% 300 г', ['feta'], 300],
  ['Сыр Фетакса 45% 400 г', ['feta'], 400],
  ['Сулугуни 45% 300 г', ['cheese'], 300],
  ['Сыр Маасдам 45% 150 г', ['maasdam'], 150],
  ['Сыр Камамбер 50% 125 г', ['camembert'], 125],
  ['Сыр с голубой плесенью Дор Блю 50% 100 г', ['blue-cheese'], 100],
  ['Сыр Чеддер красный 45% 200 г', ['cheddar'], 200],
  ['Сыр козий мягкий 45% 150 г', ['chevre'], 150],
  ['Рикотта Unagrande 50% 250 г', ['ricotta'], 250],
  ['Маскарпоне 80% 250 г', ['mascarpone'], 250],
  ['Капуста квашеная с морковью 500 г', ['sauerkraut'], 500],
  ['Кимчи из пекинской капусты 300 г', ['kimchi'], 300],
  ['Паста мисо светлая 300 г', ['miso'], 300],
  ['Натто японский 50 г х 3', ['natto'], 150],
  ['Окорочка куриные охлажденные 1 кг', ['chicken-leg'], 1000],
  ['200 г твёрдого сыра', ['cheese'], 200],
  ['400 г творога 9%', ['quark'], 400],
  ['2 ст. л. сметаны', ['sour-cream'], null],
  ['50 г сливочного масла', ['butter'], 50],
  ['3 яичных желтка', ['egg-yolk'], null],
];

/** Look-alikes: oil, composite dishes, flavours, plant-based imitations, tools. */
const none: Row[] = [
  ['Масло подсолнечное рафинированное 1 л', [], null],
  ['Масло оливковое Extra Virgin 500 мл', [], null],
  ['Растительно-сливочное масло 72,5% 180 г', [], 180],
  ['Сырный продукт плавленый 45% 90 г', [], 90],
  ['Хачапури с сыром 150 г', [], 150],
  ['Вареники с творогом 900 г', [], 900],
  ['Чизкейк Нью-Йорк 120 г', [], 120],
  ["Чипсы Lay's со вкусом сметаны и зелени 140 г", [], 140],
  ['Суп мисо быстрого приготовления 3 порции', [], null],
  ['Соевый йогурт натуральный 400 г', [], 400],
  ['Сыр растительный веганский 200 г', [], 200],
  ['Тёрка для сыра нержавеющая сталь', [], null],
  ['Сырок глазированный Б.Ю. Александров 40 г', [], 40],
  ['Закваска для йогурта 5 пакетиков', [], null],
  ['Арахисовая паста 340 г', [], 340],
];

describe('Russian titles and ingredient lines', () => {
  it.each(titles)('%s → %j', (text, expected) => expect(foods(text)).toEqual(expected));
});

describe('package grams the titles state', () => {
  it.each(titles.filter(([, expected]) => expected.length > 0))('%s (%j): %s g', (text, _foods, grams) =>
    expect(packageAmount(text)?.grams ?? null).toBe(grams),
  );
});

describe('Russian look-alikes', () => {
  it.each(none)('%s → no food', (text) => expect(foods(text)).toEqual([]));
});

it('has at least 40 titles and 8 look-alikes, each with a grams value', () => {
  expect(titles.length).toBeGreaterThanOrEqual(40);
  expect(none.length).toBeGreaterThanOrEqual(8);
  for (const [, , grams] of [...titles, ...none]) expect(grams === null || grams > 0).toBe(true);
});
