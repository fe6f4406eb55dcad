/**
 * Bulgarian product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { gramTables, type GramRow as Row } from './lang-table';

const titles: Row[] = [
  ['Сирене краве БДС 400 г', ['feta'], 400],
  ['Саяна Краве сирене', ['feta'], null],
  ['Саяна Краве сирене БДС', ['feta'], null],
  ['Сирене от краве и биволско мляко', ['feta'], null],
  ['Бяло саламурено сирене 1 кг', ['feta'], 1000],
  ['Овче сирене БДС 400 г', ['feta'], 400],
  ['Кашкавал от краве мляко 1 кг', ['cheese'], 1000],
  ['Саяна Кашкавал от краве мляко', ['cheese'], null],
  ['Кашкавал Витоша 400 г', ['cheese'], 400],
  ['Пушен кашкавал 200 г', ['cheese'], 200],
  ['Гауда', ['gouda'], null],
  ['Сирене Гауда слайс 150 г', ['gouda'], 150],
  ['Сирене Бри 125 г', ['brie'], 125],
  ['Камамбер 125 г', ['camembert'], 125],
  ['Моцарела 125 г', ['mozzarella'], 125],
  ['Пармезан настърган 100 г', ['parmigiano-reggiano'], 100],
  ['Чедър 200 г', ['cheddar'], 200],
  ['Ементал 200 г', ['emmental'], 200],
  ['Маскарпоне', ['mascarpone'], null],
  ['Рикота 250 г', ['ricotta'], 250],
  ['Халуми 225 г', ['halloumi'], 225],
  ['Синьо сирене 100 г', ['blue-cheese'], 100],
  ['Горгондзола 150 г', ['gorgonzola'], 150],
  ['Крем сирене', ['cream-cheese'], null],
  ['Топено сирене 200 г', ['processed-cheese'], 200],
  ['Топени сиренца 8 бр. 140 г', ['processed-cheese'], 140],
  ['Козе сирене руло 100 г', ['chevre'], 100],
  ['Извара 500 г', ['quark'], 500],
  ['Зърнеста извара 200 г', ['cottage-cheese'], 200],
  ['Кисело мляко 3,6% 400 г', ['yogurt'], 400],
  ['Meggle Кисело мляко с каймак', ['yogurt'], null],
  ['Овче кисело мляко 6% 400 г', ['yogurt'], 400],
  ['Цедено кисело мляко 10% 1 кг', ['greek-yogurt'], 1000],
  ['Йогурт по гръцка рецепта', ['greek-yogurt'], null],
  ['Сметанов йогурт с плодове', ['yogurt'], null],
  ['Скир с плодове', ['skyr'], null],
  ['Кефир', ['kefir'], null],
  ['Айрян 500 мл', ['fermented-milk-drink'], null],
  ['Мътеница 1 л', ['buttermilk'], null],
  ['Заквасена сметана 20% 200 г', ['sour-cream'], 200],
  ['Краве масло 82% 125 г', ['butter'], 125],
  ['Масло Президент 82% 200 г', ['butter'], 200],
  ['Топено масло 500 г', ['ghee'], 500],
  ['Кисело зеле 1 кг', ['sauerkraut'], 1000],
  ['Кимчи 250 г', ['kimchi'], 250],
  ['Мисо паста 200 г', ['miso'], 200],
  ['Пилешки бутчета охладени 1 кг', ['chicken-leg'], 1000],
  ['200 г сирене', ['feta'], 200],
  ['100 г настърган кашкавал', ['cheese'], 100],
  ['2 жълтъка', ['egg-yolk'], null],
];

/** Look-alikes: oil, cream, composite dishes, flavours, plant-based imitations, starters. */
const none: Row[] = [
  ['DRAGON SUPERFOODS Био кокосово масло', [], null],
  ['Маслиново масло екстра върджин 500 мл', [], null],
  ['Фъстъчено масло 350 г', [], 350],
  ['Готварска сметана', [], null],
  ['Сметана за разбиване 32% 200 мл', [], null],
  ['Баница със сирене 500 г', [], 500],
  ['Хлебче с гауда', [], null],
  ['Пица с кашкавал 400 г', [], 400],
  ['Чипс с вкус на сирене 130 г', [], 130],
  ['Соево кисело мляко 400 г', [], 400],
  ['Веганско сирене 200 г', [], 200],
  ['Масло за коса с арган 100 мл', [], null],
  ['Моторно масло 5W40 4 л', [], null],
  ['Закваска за кисело мляко', [], null],
];

gramTables('Bulgarian', 'bg', titles, none);
