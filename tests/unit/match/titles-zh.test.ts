/**
 * Chinese product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { gramTables, type GramRow as Row } from './lang-table';

const titles: Row[] = [
  ['伊利 安慕希 酸奶 205g*12', ['yogurt'], 2460],
  ['安慕希 希腊风味酸奶 原味 230g', ['greek-yogurt'], 230],
  ['蒙牛 纯甄 风味酸牛奶 200g×10', ['yogurt'], 2000],
  ['君乐宝 简醇 0蔗糖酸奶 150g', ['yogurt'], 150],
  ['光明 莫斯利安 常温酸奶 200g*12', ['yogurt'], 2400],
  ['味全 優酪乳 原味 900ml', ['fermented-milk-drink'], null],
  ['統一 AB優格 原味 450g', ['yogurt'], 450],
  ['希臘優格 無糖 400g', ['greek-yogurt'], 400],
  ['养乐多 活菌型乳酸菌乳饮品 100ml×5', ['fermented-milk-drink'], null],
  ['妙可蓝多 奶酪棒 500g', ['processed-cheese'], 500],
  ['百吉福 芝士片 200g', ['processed-cheese'], 200],
  ['妙可蓝多 马苏里拉奶酪碎 450g', ['mozzarella'], 450],
  ['安佳 马苏里拉芝士 1kg', ['mozzarella'], 1000],
  ['安佳 奶油奶酪 1kg', ['cream-cheese'], 1000],
  ['费城奶油奶酪 226g', ['cream-cheese'], 226],
  ['卡夫 帕玛森芝士粉 227g', ['parmigiano-reggiano'], 227],
  ['切达奶酪 200g', ['cheddar'], 200],
  ['高达奶酪 200g', ['gouda'], 200],
  ['卡门贝尔奶酪 125g', ['camembert'], 125],
  ['布里奶酪 125g', ['brie'], 125],
  ['蓝纹奶酪 100g', ['blue-cheese'], 100],
  ['马斯卡彭 250g', ['mascarpone'], 250],
  ['里科塔奶酪 250g', ['ricotta'], 250],
  ['菲达奶酪 200g', ['feta'], 200],
  ['山羊奶酪 150g', ['chevre'], 150],
  ['茅屋奶酪 200g', ['cottage-cheese'], 200],
  ['原制奶酪棒 90g', ['cheese'], 90],
  ['总统 无盐黄油 200g', ['butter'], 200],
  ['安佳 淡味黄油 454g', ['butter'], 454],
  ['蓝风车 發酵奶油 無鹽 200g', ['butter'], 200],
  ['無鹽奶油 454g', ['butter'], 454],
  ['澄清黄油 200g', ['ghee'], 200],
  ['酸奶油 200g', ['sour-cream'], 200],
  ['开菲尔酸奶 250ml', ['kefir'], null],
  ['日本味噌 1kg', ['miso'], 1000],
  ['白味噌 500g', ['miso'], 500],
  ['韩式大酱 500g', ['miso'], 500],
  ['纳豆 45g×4盒', ['natto'], 180],
  ['韩国泡菜 500g', ['kimchi'], 500],
  ['东北辣白菜 1kg', ['kimchi'], 1000],
  ['德国酸菜 680g', ['sauerkraut'], 680],
  ['印尼天贝 200g', ['tempeh'], 200],
  ['鸡腿 1kg', ['chicken-leg'], 1000],
  ['黄油 20克', ['butter'], 20],
  ['马苏里拉芝士 100克', ['mozzarella'], 100],
  ['蛋黄 2个', ['egg-yolk'], null],
];

/** Look-alikes: cheesecake, flavoured crisps, baked rice, ice cream, peanut butter, margarine, avocado, tallow hot-pot base, miso soup, nattokinase, candied beans, Sichuan pickles, plant yogurts, a yogurt maker, mayonnaise, a probiotic name, a bagel sale. */
const none: Row[] = [
  ['芝士蛋糕 6寸', [], null],
  ['重芝士蛋糕 400g', [], 400],
  ['奶酪味薯片 70g', [], 70],
  ['芝士焗饭 350g', [], 350],
  ['酸奶冰淇淋 80g', [], 80],
  ['花生酱 340g', [], 340],
  ['人造黄油 500g', [], 500],
  ['牛油果 4个', [], null],
  ['牛油火锅底料 500g', [], 500],
  ['味噌汤 10袋', [], null],
  ['纳豆激酶 60粒', [], null],
  ['甜纳豆 200g', [], 200],
  ['泡菜 500g', [], 500],
  ['豆奶酸奶 200g', [], 200],
  ['植物酸奶 300g', [], 300],
  ['酸奶机 1L', [], null],
  ['蛋黄酱 300g', [], 300],
  ['干酪乳杆菌 益生菌粉', [], null],
  ['今天贝果特价', [], null],
];

gramTables('Chinese', 'zh', titles, none);
