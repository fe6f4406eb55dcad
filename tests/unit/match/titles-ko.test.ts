/**
 * Korean product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { gramTables, type GramRow as Row } from './lang-table';

const titles: Row[] = [
  ['종가집 포기김치 1kg', ['kimchi'], 1000],
  ['종가 맛김치 500g', ['kimchi'], 500],
  ['비비고 썰은배추김치 900g', ['kimchi'], 900],
  ['CJ 비비고 총각김치 900g', ['kimchi'], 900],
  ['종가집 열무김치 900g', ['kimchi'], 900],
  ['깍두기 1kg', ['kimchi'], 1000],
  ['동치미 2kg', ['kimchi'], 2000],
  ['볶음김치 160g', ['kimchi'], 160],
  ['서울우유 체다 슬라이스 치즈 270g', ['processed-cheese'], 270],
  ['매일 상하 슬라이스치즈 18매 324g', ['processed-cheese'], 324],
  ['서울우유 아기치즈 1단계 180g', ['processed-cheese'], 180],
  ['덴마크 자연치즈 모짜렐라 200g', ['mozzarella'], 200],
  ['코다노 피자치즈 1kg', ['cheese'], 1000],
  ['필라델피아 크림치즈 200g', ['cream-cheese'], 200],
  ['코티지치즈 200g', ['cottage-cheese'], 200],
  ['리코타 치즈 200g', ['ricotta'], 200],
  ['파마산 치즈가루 227g', ['parmigiano-reggiano'], 227],
  ['고다치즈 200g', ['gouda'], 200],
  ['까망베르 치즈 125g', ['camembert'], 125],
  ['브리 치즈 125g', ['brie'], 125],
  ['체다 치즈 블록 200g', ['cheddar'], 200],
  ['고르곤졸라 150g', ['gorgonzola'], 150],
  ['에멘탈 치즈 200g', ['emmental'], 200],
  ['마스카포네 250g', ['mascarpone'], 250],
  ['스트링치즈 20g x 10개', ['mozzarella'], 200],
  ['페타치즈 200g', ['feta'], 200],
  ['할루미 치즈 200g', ['halloumi'], 200],
  ['풀무원 생낫토 49.5g x 4', ['natto'], 198],
  ['CJ 행복한콩 국산콩 낫또 4개입', ['natto'], null],
  ['청국장 200g', ['natto'], 200],
  ['해찬들 재래식 된장 1kg', ['miso'], 1000],
  ['미소된장 500g', ['miso'], 500],
  ['서울우유 플레인 요거트 450g', ['yogurt'], 450],
  ['매일 바이오 드링킹 요거트 750ml', ['fermented-milk-drink'], null],
  ['남양 불가리스 150ml x 8', ['fermented-milk-drink'], null],
  ['빙그레 요플레 오리지널 85g x 12', ['yogurt'], 1020],
  ['그릭요거트 450g', ['greek-yogurt'], 450],
  ['케피어 500ml', ['kefir'], null],
  ['서울우유 버터 450g', ['butter'], 450],
  ['앵커 무염버터 454g', ['butter'], 454],
  ['사워크림 200g', ['sour-cream'], 200],
  ['사워크라우트 500g', ['sauerkraut'], 500],
  ['템페 200g', ['tempeh'], 200],
  ['닭다리살 1kg', ['chicken-leg'], 1000],
  ['버터 20g', ['butter'], 20],
  ['김치 100g', ['kimchi'], 100],
  ['달걀노른자 2개', ['egg-yolk'], null],
];

/** Look-alikes: kimchi stew, fried rice and pancakes, a kimchi fridge and seasoning, doenjang stew, cheesecake and cheese snacks, peanut butter, honey-butter chips, soy yogurt, a yogurt maker, cheonggukjang powder. */
const none: Row[] = [
  ['김치찌개 밀키트 500g', [], 500],
  ['김치볶음밥 300g', [], 300],
  ['김치전 2장', [], null],
  ['삼성 김치냉장고 비스포크', [], null],
  ['김치 양념 1kg', [], 1000],
  ['된장찌개 2인분', [], null],
  ['치즈케이크 1호', [], null],
  ['치즈볼 20개', [], null],
  ['치즈 돈까스 400g', [], 400],
  ['땅콩버터 340g', [], 340],
  ['피넛 버터 크런치 340g', [], 340],
  ['허니버터칩 60g', [], 60],
  ['버터플라이 나이프', [], null],
  ['두유 요거트 450g', [], 450],
  ['요거트 메이커', [], null],
  ['청국장 가루 500g', [], 500],
  ['치즈맛 과자 80g', [], 80],
];

gramTables('Korean', 'ko', titles, none);
