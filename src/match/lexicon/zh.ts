import type { LexiconLanguage } from './types';

/**
 * Chinese, simplified and traditional (mainland, Taiwan, Hong Kong usage).
 * Terms match anywhere on character boundaries; a composite product or a
 * look-alike that contains a food name is listed as no food or stopped by a
 * context word right after the name (蛋糕, 饼干, 汤, 火锅, 味…). Where two
 * words overlap across a word boundary ("今天贝果" holds 天贝, "比起司机"
 * holds 起司), the other word is listed as no food: the no-food term wins a
 * tie.
 *
 * Where the words come from: the Chinese names of the Open Food Facts
 * ingredients taxonomy (ODbL): 乾酪, 酸奶, 黄油, 酪漿, 酸忌廉, 法式酸奶油,
 * 克非尔, 德国酸菜, 味噌, 蛋黃, 奶渣, 帕馬森乾酪, 格拉娜·帕達諾芝士,
 * 豪达奶酪, 埃德姆芝士, 車打芝士, 埃文達芝士, 卡芒贝尔奶酪, 布利乾酪,
 * 莫薩里拉乾酪, 里考塔, 马斯卡邦尼奶酪, 哈羅米芝士, 菲達芝士, 藍乾酪,
 * 罗克福干酪, 古岡左拉芝士, 契福瑞芝士, 羊奶酪…; the product names of the
 * big Chinese brands (伊利 安慕希 希腊风味酸奶, 妙可蓝多 奶酪棒, 百吉福 芝士片)
 * and the national standard names of cheese (GB 5420 干酪, GB 25192 再制干酪).
 *
 * Decisions:
 * - 奶油 is cream on the mainland and butter in Taiwan and Hong Kong: alone it
 *   is no food; salted or unsalted (無鹽奶油, 有盐奶油) and cultured (发酵奶油)
 *   it can only be butter. 牛油 alone is beef tallow on the mainland (牛油火锅)
 *   and 牛油果 is avocado: only 无盐牛油 / 有鹽牛油 are butter.
 * - 泡菜 alone is Sichuan pickled vegetables, not kimchi: kimchi is 韩国泡菜,
 *   韩式泡菜, 辣白菜, 辛奇 (the official Chinese name since 2021).
 * - 乳酪 is cheese (mainland and Taiwan usage; in Hong Kong it can be yogurt);
 *   优酪乳 / 優酪乳 (Taiwan) is a drinking yogurt.
 * - 奶酪棒 and 芝士片 (children's cheese sticks, cheese slices) are processed
 *   cheese: they are sold as 再制干酪 (GB 25192); 原制奶酪棒 is cheese.
 * - 大酱 (doenjang, and the north-eastern soybean paste) is miso, as ko.ts
 *   maps 된장; 味噌汤, 大酱汤 are dishes.
 * - 干酪乳杆菌 (Lactobacillus casei, on yogurt labels) is no cheese;
 *   纳豆激酶 (nattokinase) and 甜纳豆 (candied beans) are no natto.
 */
export const zh: LexiconLanguage = {
  langs: ['zh'],
  foods: {
    cheese:
      '奶酪|乳酪|芝士|起司|起士|干酪|乾酪|原制奶酪|原制干酪|原製乾酪|天然奶酪|天然起司|原制奶酪棒|原制芝士棒|芝士碎|奶酪碎|' +
      '起司絲|起司丝|乳酪絲|乳饼|乳扇|硬质奶酪',
    'processed-cheese':
      '再制干酪|再製乾酪|再制奶酪|再制芝士|奶酪片|芝士片|起司片|乳酪片|乾酪片|干酪片|芝士棒|奶酪棒|儿童奶酪|兒童起司|' +
      '三角奶酪|三角芝士|切片奶酪|切片芝士|切片起司|片装奶酪|切达芝士片|切达奶酪片|切達起司片|車打芝士片|车打芝士片',
    'cream-cheese': '奶油奶酪|奶油芝士|奶油乳酪|奶油起司|忌廉芝士|忌廉乳酪|奶油干酪|奶油乾酪',
    'cottage-cheese':
      '茅屋奶酪|茅屋芝士|茅屋乳酪|茅屋起司|乡村奶酪|鄉村乳酪|鄉村起司|农家奶酪|農家乳酪|卡特基|白软干酪',
    quark: '奶渣|夸克奶酪|夸克乳酪|夸克芝士',
    'fromage-blanc': '法式白奶酪|白奶酪',
    ricotta: '里科塔|瑞可塔|瑞科塔|利科塔|里考塔|里科塔奶酪',
    mascarpone: '马斯卡彭|馬斯卡彭|马斯卡邦尼|馬斯卡邦尼|瑪斯卡彭|马斯卡普尼',
    mozzarella: '马苏里拉|馬蘇里拉|莫扎里拉|莫扎瑞拉|莫札瑞拉|莫薩里拉|莫萨里拉|马祖里拉|莫扎雷拉',
    'buffalo-mozzarella': '水牛马苏里拉|水牛馬蘇里拉|水牛奶马苏里拉|水牛莫扎里拉|水牛莫札瑞拉',
    burrata: '布拉塔|布拉塔奶酪|布拉塔芝士',
    halloumi: '哈罗米|哈羅米',
    feta: '菲达|菲達|费塔|費塔',
    paneer: '印度奶酪|帕尼尔',
    'parmigiano-reggiano':
      '帕尔马干酪|帕爾馬乾酪|帕尔马奶酪|帕尔马芝士|帕玛森|帕瑪森|帕马森|帕馬森|帕尔玛森|帕爾瑪森|巴马臣|帕米吉亚诺|帕米吉安诺|' +
      '帕米吉阿诺',
    'grana-padano': '格拉娜帕达诺|格拉娜 帕達諾|格拉纳帕达诺|帕达诺|帕達諾',
    'pecorino-romano': '佩科里诺|佩科里諾|佩克里诺',
    comte: '孔泰奶酪|孔泰芝士|孔泰干酪|孔泰乾酪',
    gruyere: '格鲁耶尔|格呂耶爾|格吕耶尔|格律耶尔',
    emmental: '埃文达|埃文達|艾蒙塔|埃曼塔|埃门塔尔|埃曼塔尔|爱曼塔|瑞士大孔奶酪|大孔奶酪',
    raclette: '拉克莱特|拉可雷特',
    gouda: '高达奶酪|高达芝士|高達芝士|高達起司|高達乳酪|高达干酪|豪达|豪達|古达奶酪|古达芝士|古達起司',
    'gouda-aged': '老阿姆斯特丹',
    edam: '埃德姆|艾登奶酪|艾登芝士|伊丹奶酪|伊丹芝士|红波奶酪',
    cheddar: '切达|切達|車打芝士|车打芝士|車打|切德奶酪',
    maasdam: '马斯丹|馬斯丹',
    havarti: '哈瓦蒂',
    'monterey-jack': '蒙特里杰克|蒙特雷杰克|杰克奶酪|傑克芝士',
    colby: '科尔比奶酪|考爾比芝士',
    provolone: '波罗伏洛|普罗沃隆|波羅伏洛',
    fontina: '芳提娜|芳汀娜',
    asiago: '阿齐亚戈|艾斯阿格',
    mimolette: '米莫雷特|米莫勒特',
    manchego: '曼切格|曼彻格|曼切戈',
    taleggio: '塔雷吉欧|塔莱吉奥',
    brie: '布里奶酪|布里干酪|布里芝士|布里乳酪|布里起司|布利乾酪|布利起司|布利奶酪|莫城布里',
    camembert: '卡门贝尔|卡芒贝尔|卡蒙贝尔|金文必|卡门培尔|卡門貝爾|卡芒貝爾',
    'blue-cheese':
      '蓝纹奶酪|蓝纹芝士|藍紋芝士|藍紋乳酪|蓝纹干酪|藍乾酪|蓝芝士|藍起司|蓝纹乳酪|藍紋起司|蓝霉奶酪',
    roquefort: '洛克福|罗克福|羅克福',
    gorgonzola: '戈贡佐拉|古岡左拉|古冈左拉|哥贡佐拉',
    stilton: '斯蒂尔顿|史帝顿',
    chevre: '山羊奶酪|山羊芝士|山羊乳酪|山羊起司|山羊干酪|契福瑞',
    yogurt: '酸奶|酸乳|優格|优格|酸奶酪|老酸奶|酸牛奶|凝固型酸奶',
    'greek-yogurt':
      '希腊酸奶|希臘優格|希腊式酸奶|希腊风味酸奶|希臘式優格|希腊优格|希腊酸乳|希臘酸奶|希腊式优格|过滤酸奶|希腊风味酸乳',
    skyr: '冰岛酸奶|冰島優格|冰岛酸乳',
    kefir: '开菲尔|開菲爾|克菲尔|克非尔|克菲爾|开菲尔酸奶|克菲尔酸奶|開菲爾優格|克菲爾優格',
    buttermilk: '白脱牛奶|酪浆|酪漿',
    'fermented-milk-drink':
      '优酪乳|優酪乳|酸奶饮品|酸奶饮料|酸乳饮料|饮用型酸奶|发酵乳|發酵乳|风味发酵乳|養樂多|养乐多|益力多|拉西|酸奶昔',
    'sour-cream': '酸奶油|酸忌廉|酸稀奶油',
    'creme-fraiche': '法式酸奶油',
    butter:
      '黄油|黃油|发酵奶油|發酵奶油|无盐奶油|無鹽奶油|有盐奶油|有鹽奶油|含鹽奶油|无盐牛油|無鹽牛油|有盐牛油|有鹽牛油|咸牛油|鹹牛油|' +
      '淡味牛油|发酵牛油|發酵牛油',
    ghee: '澄清黄油|澄清奶油|澄清牛油|无水黄油|無水奶油|印度酥油',
    sauerkraut: '德国酸菜|德國酸菜|德式酸菜|酸椰菜|德国酸白菜|德國酸白菜',
    kimchi:
      '韩国泡菜|韓國泡菜|韩式泡菜|韓式泡菜|辣白菜|朝鲜族泡菜|辛奇|韩国辣白菜|韩式辣白菜|韓式辣白菜|韩国萝卜泡菜',
    miso: '味噌|日本味噌|大酱|大醬',
    natto: '纳豆|納豆',
    tempeh: '天贝|天貝|丹贝|丹貝',
    'egg-yolk': '蛋黄|蛋黃|鸡蛋黄|雞蛋黃|蛋黄液',
    'goose-liver': '鹅肝|鵝肝',
    'chicken-leg': '鸡腿|雞腿|琵琶腿|鸡全腿|雞全腿|鸡腿肉|雞腿肉',
  },
  notFood:
    // Composite dishes and snacks named after the food.
    '奶酪蛋糕|芝士蛋糕|乳酪蛋糕|起司蛋糕|重芝士|轻芝士|輕乳酪|芝士挞|芝士撻|芝士塔|乳酪塔|起司塔|芝士焗饭|芝士奶盖|芝士奶蓋|' +
    '芝士奶茶|芝士火锅|芝士年糕|芝士玉米|芝士薯条|芝士汉堡|芝士披萨|芝士酱|芝士醬|奶酪酱|起司醬|乳酪醬|' +
    '酸奶冰淇淋|酸奶冰激凌|酸奶雪糕|酸奶味|芝士味|奶酪味|乳酪味|起司味|黄油味|黃油味|蛋黄味|咸蛋黄味|酸奶块|酸奶溶豆|酸奶葡萄干|' +
    '酸奶面膜|芝士球|奶酪球|芝士卷|芝士饼|芝士面|芝士粉调料|纳豆饭|納豆飯|泡菜饭|黄油饭|' +
    '黄油饼干|黄油曲奇|黄油面包|黃油麵包|黄油鸡|牛油鸡|人造黄油|人造奶油|植物黄油|黄油果|牛油果|花生黄油|黄油啤酒|' +
    '味噌汤|味噌湯|味噌拉面|味噌拉麵|大酱汤|大醬湯|' +
    '纳豆激酶|納豆激酶|纳豆菌|納豆菌|甜纳豆|甜納豆|纳豆红曲|納豆紅麴|' +
    '泡菜炒饭|泡菜汤|泡菜锅|泡菜饼|' +
    '蛋黄酱|蛋黃醬|蛋黄酥|蛋黃酥|蛋黄派|蛋黃派|蛋黄果|蛋黄卷|鸡腿菇|雞腿菇|鸡腿堡|雞腿堡|' +
    // Words that overlap a food name across a word boundary.
    '干酪乳杆菌|乾酪乳桿菌|副干酪乳杆菌|副乾酪乳桿菌|干酪乳酸杆菌|乳酸|酱油|醬油|司机|司機|贝果|貝果|贝壳|貝殼|贝类|貝類|宝贝|寶貝',
  context: {
    negation: '无|無|不含|不加|免',
    vegan: '素食|纯素|純素|植物性|无乳|無乳|非乳|人造',
    plant: '植物|植物基|豆奶|豆乳|豆浆|豆漿|椰子|椰奶|椰乳|椰|燕麦|燕麥|杏仁|大豆|腰果|豌豆|巴旦木',
    spread: '花生|杏仁|腰果|可可|乳木果|苹果|蘋果|榛子|开心果|芝麻|椰子|南瓜子|葵花籽',
    tool: '刀|刨|擦|刨丝器|模具|机|機|发酵剂|發酵劑|菌粉|菌种|菌種|容器|冰箱',
    dish:
      '蛋糕|面包|麵包|饼干|餅乾|曲奇|挞|撻|塔|派|酥|焗饭|焗|火锅|火鍋|拉面|拉麵|汤|湯|炒饭|炒飯|披萨|比萨|汉堡|漢堡|薯条|薯條|' +
      '玉米|年糕|冰淇淋|冰激凌|雪糕|奶盖|奶蓋|奶茶|薯片|脆|巧克力|布丁|慕斯|口味|风味|風味|堡|夹心|夾心|奶昔|果冻|果凍|三明治|' +
      '吐司|司康|松饼|鬆餅|华夫|泡芙|月饼|粽|溶豆|葡萄干',
    substitute: '替代|代替',
  },
  conjunctions: '和|或|与|與|及|或者',
};
