/**
 * Macedonian product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { gramTables, type GramRow as Row } from './lang-table';

const titles: Row[] = [
  ['Бело сирење 1 кг', ['feta'], 1000],
  ['Кравјо сирење 500 г', ['feta'], 500],
  ['Овчо сирење 400 г', ['feta'], 400],
  ['Сирење во саламура 800 г', ['feta'], 800],
  ['Сирење Гауда 200 г', ['gouda'], 200],
  ['Сирење Моцарела 125 г', ['mozzarella'], 125],
  ['Сирење Ементалер 200 г', ['emmental'], 200],
  ['Едамер 200 г', ['edam'], 200],
  ['Камамбер 125 г', ['camembert'], 125],
  ['Горгонѕола 150 г', ['gorgonzola'], 150],
  ['Маскарпоне 250 г', ['mascarpone'], 250],
  ['Пармезан 100 г', ['parmigiano-reggiano'], 100],
  ['Кашкавал 45% 500 г', ['cheese'], 500],
  ['Кашкавал овчи 400 г', ['cheese'], 400],
  ['Жолто сирење 300 г', ['cheese'], 300],
  ['Топено сирење 140 г', ['processed-cheese'], 140],
  ['Крем сирење 150 г', ['cream-cheese'], 150],
  ['Сино сирење 100 г', ['blue-cheese'], 100],
  ['Козјо сирење 150 г', ['chevre'], 150],
  ['Јогурт 3,2% 1 кг', ['yogurt'], 1000],
  ['Јогуртот 500 мл', ['yogurt'], null],
  ['Кисело млеко 3,2% 400 г', ['yogurt'], 400],
  ['Грчки јогурт 150 г', ['greek-yogurt'], 150],
  ['Кефир 1 л', ['kefir'], null],
  ['Матеница 1 л', ['buttermilk'], null],
  ['Павлака 20% 200 г', ['sour-cream'], 200],
  ['Кисела павлака 400 г', ['sour-cream'], 400],
  ['Путер 82% 250 г', ['butter'], 250],
  ['Путер 125 г', ['butter'], 125],
  ['Кисела зелка 1 кг', ['sauerkraut'], 1000],
  ['Кисела зелка главици 5 кг', ['sauerkraut'], 5000],
  ['Кимчи 300 г', ['kimchi'], 300],
  ['Мисо паста 300 г', ['miso'], 300],
  ['Фета 200 г', ['feta'], 200],
  ['Рикота 250 г', ['ricotta'], 250],
  ['Моцарела 125 г', ['mozzarella'], 125],
  ['Чедар 200 г', ['cheddar'], 200],
  ['200 г бело сирење', ['feta'], 200],
  ['100 г рендан кашкавал', ['cheese'], 100],
  ['2 жолчки', ['egg-yolk'], null],
];

/** Look-alikes: cream, oil, peanut butter, composite dishes, plant-based imitations. */
const none: Row[] = [
  ['Слатка павлака 35% 200 мл', [], null],
  ['Маслиново масло 1 л', [], null],
  ['Сончогледово масло 1 л', [], null],
  ['Кикирики путер 350 г', [], 350],
  ['Пита со сирење 500 г', [], 500],
  ['Бурек со сирење 300 г', [], 300],
  ['Пица со кашкавал 400 г', [], 400],
  ['Веганско сирење 200 г', [], 200],
];

gramTables('Macedonian', 'mk', titles, none);
