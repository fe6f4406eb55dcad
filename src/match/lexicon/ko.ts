import type { LexiconLanguage } from './types';

/**
 * Korean. Terms match anywhere on syllable boundaries (particles follow
 * without a space: "김치를", "치즈가"); a composite product or a look-alike
 * that contains a food name is listed as no food or stopped by a context word
 * right after the name (찌개, 볶음밥, 케이크, 라면…), with or without a space.
 * Context words of one syllable are avoided (국, 맛, 칼 begin 국산, 맛있는,
 * 칼로리): those dishes are listed whole (김치국, 치즈맛).
 *
 * Where the words come from: the Korean names of the Open Food Facts
 * ingredients taxonomy (ODbL): 치즈, 김치, 버터, 발효유, 케피르, 사워크림,
 * 크렘 프레슈, 자우어크라우트, 노른자, 그라나 파다노, 파르미자노 레자노,
 * 콩테, 그뤼예르, 에멘탈 치즈, 에담 치즈, 체더 치즈, 카망베르, 브리,
 * 블루 치즈, 로크포르, 고르곤졸라, 모차렐라, 리코타, 할루미, 페타,
 * 염소젖 치즈…; Korean store and press pages found with the pages search
 * (종가집 포기김치, 맛김치, 열무김치, 총각김치, 깍두기, 동치미, 섞박지;
 * cheonggukjang studies).
 *
 * Decisions:
 * - 된장 (doenjang, a fermented soybean paste) is miso: the dataset has no
 *   doenjang, and miso is its nearest food; "미소" alone means "smile", so
 *   Japanese miso is only 미소된장 / 일본 된장.
 * - 청국장 (cheonggukjang) is natto: both are whole soybeans fermented two to
 *   three days by Bacillus subtilis at about 40 °C (J East Asian Soc Diet
 *   Life 27(3):341, 2017), and commercial cheonggukjang and natto were
 *   measured with similar menaquinone contents (Food Sci Biotechnol 2011,
 *   doi:10.1007/s10068-011-0219-y). Its powders and pills (청국장 가루,
 *   청국장환) and the stew (청국장찌개) are no food.
 * - 김치찌개, 김치볶음밥, 김치전, 김치만두, 김치냉장고 (a fridge), 김치 양념
 *   (seasoning), 된장찌개, 된장국 are no food; 볶음김치 (stir-fried kimchi,
 *   sold canned) is kimchi.
 * - 슬라이스 치즈, 가공치즈, 아기치즈 are processed cheese, as is 체다 슬라이스
 *   치즈 (a processed cheese, not a cheddar); 스트링치즈 is mozzarella.
 * - 요거트 and 요구르트 are yogurt; 마시는 요거트, 발효유, 야쿠르트 are
 *   fermented milk drinks; 두유 요거트 (soy) is none.
 */
export const ko: LexiconLanguage = {
  langs: ['ko'],
  foods: {
    cheese:
      '치즈|자연치즈|자연 치즈|피자치즈|피자 치즈|슈레드치즈|슈레드 치즈|치즈가루|치즈 가루|훈제치즈|모둠치즈',
    'processed-cheese':
      '가공치즈|가공 치즈|슬라이스치즈|슬라이스 치즈|치즈슬라이스|치즈 슬라이스|아기치즈|아기 치즈|체다 슬라이스 치즈|' +
      '체다슬라이스치즈|체다 슬라이스|체다치즈 슬라이스|포션치즈',
    'cream-cheese': '크림치즈|크림 치즈|필라델피아',
    'cottage-cheese': '코티지치즈|코티지 치즈|카티지치즈|카티지 치즈',
    quark: '크바르크|쿼크 치즈',
    'fromage-blanc': '프로마주 블랑|프로마쥬 블랑|프로마주 프레',
    ricotta: '리코타|리코타치즈|리코타 치즈|리코따|리꼬따',
    mascarpone: '마스카포네|마스카르포네|마스카포네치즈',
    mozzarella: '모짜렐라|모차렐라|모짜렐라치즈|모짜렐라 치즈|모차렐라 치즈|스트링치즈|스트링 치즈|보코치니',
    'buffalo-mozzarella': '부팔라|물소 모짜렐라|버팔로 모짜렐라|모짜렐라 디 부팔라',
    burrata: '부라타|부라따|부라타치즈',
    halloumi: '할루미|할루미치즈',
    feta: '페타치즈|페타 치즈',
    paneer: '파니르|파니어',
    labneh: '라브네',
    'parmigiano-reggiano':
      '파마산|파르메산|파르메잔|파르미자노|파르미자노 레자노|파르미자노레자노|파르미지아노|파르미지아노 레지아노|파르미지아노레지아노',
    'grana-padano': '그라나 파다노|그라나파다노',
    'pecorino-romano': '페코리노|페코리노 로마노',
    comte: '콩테치즈|콩테 치즈|꽁떼 치즈|꽁테 치즈',
    gruyere: '그뤼에르|그뤼예르',
    emmental: '에멘탈|에멘탈러|에멘탈 치즈',
    raclette: '라클렛|라끌렛',
    gouda: '고다치즈|고다 치즈|고우다|하우다 치즈|고다 슬라이스',
    'gouda-aged': '올드 암스테르담|올드암스테르담',
    edam: '에담|에담치즈|에담 치즈|베이비벨|미니 바비벨|미니바비벨',
    cheddar: '체다|체더|체다치즈|체더 치즈|체다 치즈',
    maasdam: '마스담|마아스담',
    havarti: '하바티|하바르티',
    'monterey-jack': '몬터레이 잭|몬트레이 잭|몬테레이 잭|페퍼잭|페퍼 잭',
    colby: '콜비 치즈|콜비잭|콜비 잭',
    provolone: '프로볼로네',
    fontina: '폰티나',
    asiago: '아시아고',
    mimolette: '미몰레트|미모레트',
    manchego: '만체고',
    taleggio: '탈레조|탈레지오',
    brie: '브리치즈|브리 치즈|브리 드 모',
    camembert: '카망베르|까망베르|카맘베르',
    'blue-cheese': '블루치즈|블루 치즈',
    roquefort: '로크포르|로크포르치즈',
    gorgonzola: '고르곤졸라',
    stilton: '스틸턴|스틸톤',
    chevre: '염소치즈|염소 치즈|염소젖 치즈|염소젖치즈|산양치즈|산양 치즈|셰브르|쉐브르',
    yogurt: '요거트|요구르트|요플레|떠먹는 요구르트|떠먹는 요거트|플레인 요거트',
    'greek-yogurt':
      '그릭요거트|그릭 요거트|그릭요구르트|그릭 요구르트|그리스식 요거트|그리스 요거트|그릭 스타일 요거트',
    skyr: '스키르|스퀴르',
    kefir: '케피어|케피르|캐피어',
    buttermilk: '버터밀크|우락유',
    'fermented-milk-drink':
      '마시는 요거트|마시는 요구르트|드링크 요거트|드링킹 요거트|요구르트 음료|요거트 음료|발효유|야쿠르트|불가리스|라씨|아이란',
    'sour-cream': '사워크림|사워 크림',
    'creme-fraiche': '크렘 프레슈|크렘프레슈|크렘 프레시',
    butter: '버터|무염버터|가염버터|발효버터|무염 버터|가염 버터',
    ghee: '기버터|기 버터|정제버터|정제 버터',
    sauerkraut: '사워크라우트|자우어크라우트|사우어크라우트|사워 크라우트',
    kimchi: '김치|깍두기|동치미|오이소박이|묵은지|겉절이|섞박지|석박지|갓김치',
    miso: '된장|재래식 된장|미소된장|미소 된장|일본 된장|일본된장',
    natto: '낫토|낫또|청국장',
    tempeh: '템페',
    'egg-yolk': '노른자|달걀노른자|달걀 노른자|계란노른자|계란 노른자|난황',
    'goose-liver': '푸아그라|거위간|거위 간',
    'chicken-leg': '닭다리|닭다리살|닭북채|닭 다리살',
  },
  notFood:
    '치즈케이크|치즈케익|치즈떡|치즈밥|치즈맛|치즈향|치즈칼|치즈전|' +
    '김치전|김치국|김칫국|김치찜|김치통|김치맛|김치탕|김치말이|' +
    '된장국|된장녀|된장맛|미소국|미소시루|' +
    '청국장가루|청국장 가루|청국장분말|청국장 분말|청국장환|청국장 환|' +
    '버터플라이|버터 플라이|버터링|버터헤드|버터넛|버터넛 스쿼시|버터구이|버터치킨|버터 치킨|버터맛|버터향|' +
    '요거트맛|요구르트맛|요거트향|요거트 파우더|요거트파우더',
  context: {
    negationAfter: '없는|없이|無',
    vegan: '비건|식물성|대체|유제품 없는|무유제품|플랜트 베이스드|플랜트베이스',
    plant: '두유|코코넛|아몬드|귀리|오트|캐슈넛|캐슈|오트밀크|아몬드밀크|코코넛밀크',
    spread:
      '땅콩|피넛|아몬드|카카오|코코아|시어|쉐어|바디|캐슈넛|헤이즐넛|피스타치오|코코넛|해바라기씨|참깨|사과|쿠키|로투스',
    tool: '강판|그레이터|나이프|슬라이서|커터|냉장고|용기|메이커|제조기|발효기|스타터|종균|유산균|케이스|보관함|양념',
    dish:
      '케이크|케익|볼|스틱|돈까스|돈가스|떡볶이|라볶이|라면|버거|피자|김밥|볶음밥|닭갈비|퐁듀|과자|크래커|소스|불닭|타르트|' +
      '핫도그|쿠키|그라탕|스낵|칩|찌개|전골|만두|우동|빵|와플|비스킷|아이스크림|파이|무스|푸딩|캔디|초콜릿|크림|라떼|' +
      '아몬드|팝콘|샌드위치|토스트|리조또|파스타|스프|수프|덮밥|볶음면|짜글이',
    substitute: '대체|대용',
  },
  conjunctions: '및|또는',
};
