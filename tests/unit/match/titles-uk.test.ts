/**
 * Ukrainian product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../../src/match/index';
import { packageAmount } from '../../../src/nutrition/quantity';

const LANG = 'uk';
const foods = (text: string) => [
  ...new Set(
    getMatcher()
      .find(text, { lang: LANG })
      .map((m) => m.foodId),
  ),
];

type Row = [text: string, expected: string[], grams: number | null];

const titles: Row[] = [
  ['Сир твердий Гауда 45% 200 г', ['gouda'], 200],
  ['Сир Звенигора Королівський 50% 160 г', ['cheese'], 160],
  ['Сир кисломолочний 9% 350 г', ['quark'], 350],
  ['Сир кисломолочний Яготинське 5% 300 г', ['quark'], 300],
  ['Домашній сир 5% 400 г', ['quark'], 400],
  ['Сир зернистий 5% 300 г', ['cottage-cheese'], 300],
  ['Кефір 2,5% 900 г', ['kefir'], 900],
  ['Кефір Галичина 1% 870 г', ['kefir'], 870],
  ['Сметана 15% 350 г', ['sour-cream'], 350],
  ['Сметана Простонаше 20% 300 г', ['sour-cream'], 300],
  ['Масло вершкове 82,5% 200 г', ['butter'], 200],
  ['Вершкове масло Селянське 73% 180 г', ['butter'], 180],
  ['Масло селянське 72,5% 200 г', ['butter'], 200],
  ['Масло топлене 99% 400 г', ['ghee'], 400],
  ['Йогурт натуральний 2,5% 300 г', ['yogurt'], 300],
  ['Йогурт грецький 10% 150 г', ['greek-yogurt'], 150],
  ['Йогурт питний полуниця 1,5% 800 г', ['fermented-milk-drink'], 800],
  ['Ряжанка 4% 400 г', ['fermented-milk-drink'], 400],
  ['Кисле молоко 2,5% 870 г', ['fermented-milk-drink'], 870],
  ['Айран 1% 0,5 л', ['fermented-milk-drink'], null],
  ['Маслянка 1% 900 г', ['buttermilk'], 900],
  ['Сир плавлений Комо 50% 90 г', ['processed-cheese'], 90],
  ['Плавлений сирок Дружба 90 г', ['processed-cheese'], 90],
  ['Сир Вершковий 50% ваговий', ['cheese'], null],
  ['Вершковий сир для чізкейку 500 г', ['cream-cheese'], 500],
  ['Сир Моцарела 45% 125 г', ['mozzarella'], 125],
  ['Моцарела міні 45% 150 г', ['mozzarella'], 150],
  ['Сир Пармезан 40% 150 г', ['parmigiano-reggiano'], 150],
  ['Сир Фета 45% 200 г', ['feta'], 200],
  ["Бринза з коров'ячого молока 45% 300 г", ['feta'], 300],
  ['Сир Камамбер 50% 125 г', ['camembert'], 125],
  ['Сир Брі 60% 125 г', ['brie'], 125],
  ['Сир Чеддер 50% 150 г', ['cheddar'], 150],
  ['Сир Маасдам 45% 150 г', ['maasdam'], 150],
  ['Сир Емменталь 45% 200 г', ['emmental'], 200],
  ['Рікота 30% 250 г', ['ricotta'], 250],
  ['Маскарпоне 80% 250 г', ['mascarpone'], 250],
  ['Сир з блакитною пліснявою Дор Блю 100 г', ['blue-cheese'], 100],
  ['Сир козячий 45% 100 г', ['chevre'], 100],
  ['Сулугуні 45% 300 г', ['cheese'], 300],
  ['Квашена капуста з морквою 500 г', ['sauerkraut'], 500],
  ['Кімчі 300 г', ['kimchi'], 300],
  ['Паста місо 300 г', ['miso'], 300],
  ['Курячі стегна охолоджені 1 кг', ['chicken-leg'], 1000],
  ['200 г твердого сиру', ['cheese'], 200],
  ['300 г кисломолочного сиру', ['quark'], 300],
  ['50 г вершкового масла', ['butter'], 50],
  ['2 яєчні жовтки', ['egg-yolk'], null],
];

/** Look-alikes: oil, spreads, composite dishes, flavours, plant-based imitations, starters. */
const none: Row[] = [
  ['Олія соняшникова рафінована 1 л', [], null],
  ['Масло оливкове Extra Virgin 500 мл', [], null],
  ['Спред рослинно-вершковий 72% 200 г', [], 200],
  ['Сирний продукт плавлений 90 г', [], 90],
  ['Вареники з сиром 900 г', [], 900],
  ['Піца з сиром Моцарела 400 г', [], 400],
  ['Сирники з родзинками 300 г', [], 300],
  ['Чіпси зі смаком сметани та зелені 120 г', [], 120],
  ['Соєвий йогурт натуральний 400 г', [], 400],
  ['Сир рослинний веганський 200 г', [], 200],
  ['Сирок глазурований ванільний 36 г', [], 36],
  ['Закваска для йогурту 5 пакетиків', [], null],
];

describe('Ukrainian titles and ingredient lines', () => {
  it.each(titles)('%s → %j', (text, expected) => expect(foods(text)).toEqual(expected));
});

describe('package grams the titles state', () => {
  it.each(titles.filter(([, expected]) => expected.length > 0))('%s (%j): %s g', (text, _foods, grams) =>
    expect(packageAmount(text)?.grams ?? null).toBe(grams),
  );
});

describe('Ukrainian look-alikes', () => {
  it.each(none)('%s → no food', (text) => expect(foods(text)).toEqual([]));
});

it('has at least 40 titles and 8 look-alikes, each with a grams value', () => {
  expect(titles.length).toBeGreaterThanOrEqual(40);
  expect(none.length).toBeGreaterThanOrEqual(8);
  for (const [, , grams] of [...titles, ...none]) expect(grams === null || grams > 0).toBe(true);
});
