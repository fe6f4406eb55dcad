import type { LexiconLanguage } from './types';

/**
 * Finnish.
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: juusto, voi,
 * kirnupiimä, raejuusto, tuorejuusto, sulatejuusto, sinihomejuusto,
 * kutunjuusto, goudajuusto, rahka, maitorahka, jogurtti, kefiiri,
 * hapankerma, ranskankerma, hapankaali, munankeltuainen, parmesaani); the
 * Valio and Arla pages on Finnish cheese types (Oltermanni, Aura, leipäjuusto,
 * Koskenlaskija); store titles ("Rainbow Margariini 40% kevyt 400 g", the dev
 * set's tests/pages/real/fi-*); case forms (partitive "juustoa", "voita",
 * "rahkaa") and compounds ("emmentaljuusto", "mansikkajogurtti") written out
 * by hand.
 *
 * Decisions: "voi" (butter) is also the verb "can": it counts only on a
 * Finnish page and not before an infinitive ("voi lisätä", "voi käyttää");
 * "voileipä" (sandwich), "voitaikina" (puff pastry) and "maapähkinävoi"
 * (peanut butter) are no butter; "juustokakku" (cheesecake) is no cheese;
 * "kermaviili" is sour cream; "viili" and "piimä" are fermented milk drinks;
 * "laktoositon" (lactose-free) is no negation.
 */
export const fi: LexiconLanguage = {
  langs: ['fi'],
  foods: {
    cheese:
      'juusto|juustoa|juuston|juustot|juustoja|juustolla|juustoraaste|juustoraastetta|pizzajuustoraaste|kova juusto|leipäjuusto|' +
      'Oltermanni|Oltermannia|Polar juusto|valkohomejuusto|valkohomejuustoa|kermajuusto',
    emmental: 'emmentalraaste|emmentalraastetta|emmentaljuusto|emmentaljuustoa|emmentalia',
    gouda: 'goudajuusto|goudajuustoa|goudaa',
    'parmigiano-reggiano': 'parmesaani|parmesaania|parmesaanilla|parmesaanijuusto|parmesaaniraaste',
    mozzarella: 'mozzarellajuusto|mozzarellaa',
    feta: 'fetajuusto|fetajuustoa|salaattijuusto|salaattijuustoa|fetaa',
    chevre: 'vuohenjuusto|vuohenjuustoa|kutunjuusto|kutunjuustoa',
    'blue-cheese': 'sinihomejuusto|sinihomejuustoa|aurajuusto|aurajuustoa|Aura sinihomejuusto|Valio Aura',
    'cream-cheese': 'tuorejuusto|tuorejuustoa|tuorejuuston|Valio Viola|Viola tuorejuusto',
    'cottage-cheese': 'raejuusto|raejuustoa|raejuuston',
    'processed-cheese': 'sulatejuusto|sulatejuustoa|sulatejuustoviipale|sulatejuustoviipaleet|Koskenlaskija',
    quark: 'rahka|rahkaa|rahkan|maitorahka|maitorahkaa|rasvaton rahka|vaniljarahka',
    yogurt:
      'jogurtti|jogurttia|jogurtin|jogurtit|jogurtteja|maustamaton jogurtti|turkkilainen jogurtti|turkkilaista jogurttia|luomujogurtti',
    'greek-yogurt':
      'kreikkalainen jogurtti|kreikkalaista jogurttia|kreikkalaistyylinen jogurtti|kreikkalaistyylistä jogurttia|kreikkalaisen jogurtin',
    kefir: 'kefiiriä|kefiirin',
    buttermilk: 'kirnupiimä|kirnupiimää',
    'fermented-milk-drink': 'piimää|viili|viiliä|juotava jogurtti|jogurttijuoma',
    'sour-cream': 'hapankerma|hapankermaa|kermaviili|kermaviiliä|kermaviilin|smetanaa',
    'creme-fraiche': 'ranskankerma|ranskankermaa',
    ghee: 'kirkastettu voi|kirkastettua voita',
    butter: 'voisula|voisulaa|voisulaan',
    sauerkraut: 'hapankaali|hapankaalia|hapankaalin',
    miso: 'misotahna|misotahnaa|miso tahna',
    'egg-yolk':
      'munankeltuainen|munankeltuaista|munankeltuaiset|munankeltuaisia|kananmunankeltuainen|keltuainen|keltuaista|keltuaiset|keltuaisia|keltuaisen|keltuaisten',
    'goose-liver': 'hanhenmaksa|hanhenmaksaa',
    'chicken-leg':
      'broilerin koipireisi|broilerin koipireisiä|broilerin koivet|broilerin koipi|broilerin reisi|broilerin reidet|broilerin reisifilee|broilerin reisifileet|broilerin reisifileetä|kanankoivet|kananreidet',
  },
  strict: {
    butter:
      'voi|voita|voilla|voissa|voita sulatettuna|sulatettua voita|kirnuvoi|meijerivoi|normaalisuolainen voi|suolaamaton voi|laktoositon voi',
  },
  heads: {
    cheese: 'juusto|juustoa|juustot',
    'cream-cheese': 'tuorejuusto|tuorejuustoa',
    'cottage-cheese': 'raejuusto|raejuustoa',
    'processed-cheese': 'sulatejuusto|sulatejuustoa',
    'blue-cheese': 'sinihomejuusto|sinihomejuustoa',
    chevre: 'vuohenjuusto|vuohenjuustoa',
    quark: 'rahka|rahkaa',
    yogurt: 'jogurtti|jogurttia',
  },
  strictHeads: {
    butter: 'voi|voita',
  },
  notAfter: {
    butter:
      'lisätä|käyttää|korvata|myös|valmistaa|olla|tarjoilla|pakastaa|säilyttää|jättää|vaihtaa|halutessaan|hyvin|tehdä|laittaa|ottaa|maustaa|syödä|kokeilla|sekoittaa|paistaa|ostaa|lisäksi|keittää|leikata|tarvittaessa',
  },
  notFood:
    'maapähkinävoi|maapähkinävoita|kaakaovoi|sheavoi|mantelivoi|pähkinävoi|voileipä|voileivät|voileipää|voileipäkakku|voitaikina|voitaikinaa|voitaikinalevyt|' +
    'juustokakku|juustokakkua|juustokeksit|juustokastike|misokeitto|vesikefiiri|laktoositon maito',
  context: {
    negation: 'ilman',
    vegan:
      'vegaaninen|vegaaniset|vegaanista|vegaani|kasvipohjainen|kasvipohjaiset|kasvipohjaista|maidoton|maidottomat|maidotonta',
    plant: 'kaura|soija|kookos|manteli|riisi',
    flavour: 'makuinen|makuiset|maku',
    substitute: 'korvike|vaihtoehto',
  },
  blockers: 'maapähkinä|pähkinä|kaakao|shea|manteli|kaura|soija|kookos|kasvi|vegaani|cashew|riisi',
  conjunctions: 'ja|tai|sekä',
};
