import type { LexiconLanguage } from './types';

/**
 * Latvian.
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: siers, sviests,
 * paniņas, biezpiens, jogurts, skābais krējums, skābēti kāposti, kamambērs,
 * Čedars, Ementāles siers, Parmezāns, mocarella, rokfors, olas dzeltenums);
 * the Latvian cheese names (Jāņu siers, Krievijas siers) as Latvian food
 * pages write them; case forms (genitive "siera", "sviesta", accusative
 * "sieru") and store wording ("Siers Gouda 45% 250 g", "Kefīrs 2,5% 1 l",
 * "Krējums 20% 400 g") written out by hand.
 *
 * Decisions: "krējums" alone is sour cream (the dairy aisle's "Krējums 20%";
 * sweet cream is "saldais krējums", whipped cream "putukrējums", no food);
 * "biezpiens" is quark, "graudainais biezpiens" cottage cheese;
 * "biezpiena sieriņš" (a glazed curd snack) is no food.
 */
export const lv: LexiconLanguage = {
  langs: ['lv'],
  foods: {
    cheese:
      'siers|siera|cietais siers|cietā siera|rīvēts siers|rīvētu sieru|rīvēta siera|puscietais siers|' +
      'Jāņu siers|Jāņu siera|Krievijas siers|Holandes siers|baltā pelējuma siers|aitas siers|kūpināts siers',
    emmental: 'Ementāles siers|Ementāles|Ementālers',
    camembert: 'kamambērs|kamambēra|kamambēru',
    roquefort: 'rokfors|rokfora',
    'parmigiano-reggiano': 'parmezāns|parmezāna|parmezānu',
    mozzarella: 'mocarella|mocarellas|mocarellu|mocarela',
    feta: 'fetas siers|fetas sieru|feta siers',
    chevre: 'kazas siers|kazas siera|kazas sieru|kazu siers',
    'blue-cheese': 'zilā pelējuma siers|zilā pelējuma sieru|zilais siers',
    'cream-cheese': 'krēmsiers|krēmsiera|krēmsieru|krējuma siers|krējuma sieru|mīkstais krēmsiers',
    'processed-cheese': 'kausētais siers|kausētā siera|kausēto sieru|kausēts siers',
    quark: 'biezpiens|biezpiena|biezpienu|biezpienam|vājpiena biezpiens|trekns biezpiens|liess biezpiens',
    'cottage-cheese': 'graudainais biezpiens|graudainā biezpiena|graudaino biezpienu|graudainais siers',
    yogurt:
      'jogurts|jogurta|jogurtu|jogurti|dabīgais jogurts|dabīgā jogurta|dabīgo jogurtu|nesaldināts jogurts',
    'greek-yogurt': 'grieķu jogurts|grieķu jogurta|grieķu jogurtu|grieķu stila jogurts',
    kefir: 'kefīrs|kefīra|kefīru',
    buttermilk: 'paniņas|paniņām|paniņu',
    'fermented-milk-drink': 'rūgušpiens|rūgušpiena|dzeramais jogurts|skābpiens',
    'sour-cream': 'skābais krējums|skābā krējuma|skābo krējumu|skābajam krējumam|krējums|krējuma|krējumu',
    butter:
      'sviests|sviesta|sviestu|sviestā|sviestam|saldkrējuma sviests|zemnieku sviests|nesālīts sviests|sālīts sviests|mīksts sviests',
    ghee: 'kausēts sviests|kausēta sviesta|kausētu sviestu|kausētais sviests|attīrīts sviests',
    sauerkraut:
      'skābēti kāposti|skābētie kāposti|skābētu kāpostu|skābētus kāpostus|skābētiem kāpostiem|skābie kāposti|skābos kāpostus',
    miso: 'miso pasta|miso pastas',
    'egg-yolk':
      'olas dzeltenums|olu dzeltenumi|olu dzeltenumus|olu dzeltenumu|dzeltenumi|dzeltenumus|dzeltenums|dzeltenumu',
    'goose-liver': 'zoss aknas|zosu aknas|zoss aknu',
    'chicken-leg':
      'vistas stilbiņi|vistas stilbiņus|vistas šķiņķīši|vistas šķiņķīšus|vistas kājas|vistas ciskas|broileru stilbiņi|broileru šķiņķīši|cāļa stilbiņi',
  },
  strict: {
    // "Čedars" folds like English "cedars".
    cheddar: 'Čedars|Čedara|Čedaru',
    cheese: 'sieru|sieram|sieri|sierus|sieriem',
  },
  notFood:
    'zemesriekstu sviests|zemesriekstu sviestu|kakao sviests|kakao sviestu|šī sviests|mandeļu sviests|riekstu sviests|lazdu riekstu sviests|' +
    'saldais krējums|saldā krējuma|saldo krējumu|putukrējums|putukrējuma|kafijas krējums|kafijas krējumu|' +
    'biezpiena sieriņš|biezpiena sieriņi|biezpiena sieriņu|glazēts sieriņš|glazētais sieriņš|biezpiena plācenīši|biezpiena kūka|siera kūka|' +
    'siera mērce|miso zupa|ūdens kefīrs',
  context: {
    negation: 'bez',
    vegan: 'vegāns|vegānisks|vegāniskais|vegāniskā|vegāniskie|augu|augu izcelsmes|bezpiena',
    veganAfter: 'vegānisks|vegāniskais|uz augu bāzes|no augu valsts',
    plant: 'sojas|kokosriekstu|auzu|mandeļu|rīsu',
    spread: 'zemesriekstu|riekstu|kakao|mandeļu|šī|lazdu riekstu',
    dish: 'saldējums|saldējuma|mērce|zupa|kūka|torte|pīrāgs|pīrādziņi|nūjiņas|čipsi|plācenīši|sieriņš|sieriņi',
    flavour: 'garšas|garšu',
    substitute: 'aizstājējs|alternatīva',
  },
  linkers: 'ar|uz|tipa|stila',
  conjunctions: 'un|vai|kā arī',
};
