/**
 * Serbian product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { gramTables, type GramRow as Row } from './lang-table';

const titles: Row[] = [
  ['Бели сир Имлек 45% 400 г', ['feta'], 400],
  ['Сјенички сир 1 кг', ['feta'], 1000],
  ['Златарски сир 500 г', ['feta'], 500],
  ['Бели сир у кришкама 250 г', ['feta'], 250],
  ['Свежи сир 250 г', ['fromage-blanc'], 250],
  ['Млади сир Имлек 500 г', ['fromage-blanc'], 500],
  ['Качкаваљ Имлек 45% 300 г', ['cheese'], 300],
  ['Пиротски качкаваљ 1 кг', ['cheese'], 1000],
  ['Тврди сир 200 г', ['cheese'], 200],
  ['Гауда сир 250 г', ['gouda'], 250],
  ['Сир Гауда у листићима 150 г', ['gouda'], 150],
  ['Едамер 200 г', ['edam'], 200],
  ['Ементалер 200 г', ['emmental'], 200],
  ['Чедар 200 г', ['cheddar'], 200],
  ['Пармезан 100 г', ['parmigiano-reggiano'], 100],
  ['Моцарела 125 г', ['mozzarella'], 125],
  ['Рикота 250 г', ['ricotta'], 250],
  ['Маскарпоне 250 г', ['mascarpone'], 250],
  ['Горгонзола 150 г', ['gorgonzola'], 150],
  ['Камамбер 125 г', ['camembert'], 125],
  ['Козји сир 100 г', ['chevre'], 100],
  ['Плави сир 100 г', ['blue-cheese'], 100],
  ['Крем сир 150 г', ['cream-cheese'], 150],
  ['Топљени сир 140 г', ['processed-cheese'], 140],
  ['Топљени сир у листићима 130 г', ['processed-cheese'], 130],
  ['Фета сир 200 г', ['feta'], 200],
  ['Јогурт 2,8% мм 1 кг', ['yogurt'], 1000],
  ['Јогурт Имлек 1,5 л', ['yogurt'], null],
  ['Кисело млеко 2,8% 500 г', ['yogurt'], 500],
  ['Грчки јогурт 10% 150 г', ['greek-yogurt'], 150],
  ['Кефир 1 л', ['kefir'], null],
  ['Ајран 500 мл', ['fermented-milk-drink'], null],
  ['Млаћеница 1 л', ['buttermilk'], null],
  ['Павлака 20% 180 г', ['sour-cream'], 180],
  ['Кисела павлака 12% 400 г', ['sour-cream'], 400],
  ['Маслац 82% 250 г', ['butter'], 250],
  ['Путер 125 г', ['butter'], 125],
  ['Кисели купус главица 1 кг', ['sauerkraut'], 1000],
  ['Рибани кисели купус 500 г', ['sauerkraut'], 500],
  ['Кимчи 300 г', ['kimchi'], 300],
  ['Мисо паста 300 г', ['miso'], 300],
  ['Пилећи батаци 1 кг', ['chicken-leg'], 1000],
  ['Пилећи карабатак 600 г', ['chicken-leg'], 600],
  ['200 г белог сира', ['feta'], 200],
  ['100 г рендане моцареле', ['mozzarella'], 100],
  ['50 г маслаца', ['butter'], 50],
  ['2 жуманцета', ['egg-yolk'], null],
];

/** Look-alikes: cream, peanut butter, margarine, composite dishes, flavours, plant-based imitations, tools. */
const none: Row[] = [
  ['Слатка павлака 35% 200 мл', [], null],
  ['Павлака за кување 20% 200 мл', [], null],
  ['Кикирики путер 350 г', [], 350],
  ['Биљни маргарин 250 г', [], 250],
  ['Гибаница са сиром 1 кг', [], 1000],
  ['Бурек са сиром 300 г', [], 300],
  ['Пица са качкаваљем 400 г', [], 400],
  ['Чипс са укусом павлаке 150 г', [], 150],
  ['Сојин јогурт 500 г', [], 500],
  ['Вегански сир 200 г', [], 200],
  ['Мисо супа 3 кесице', [], null],
  ['Ренде за сир', [], null],
];

gramTables('Serbian', 'sr', titles, none);
