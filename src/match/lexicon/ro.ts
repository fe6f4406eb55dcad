import type { LexiconLanguage } from './types';

/**
 * Romanian (Romania, Moldova).
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: brânză, unt, iaurt,
 * chefir, smântână, varză acră, babeurre, brânză cu mucegai, brânză de capră,
 * Parmezan); the names of the Romanian cheeses (caș, telemea, cașcaval, urdă,
 * brânză de burduf) as Romanian food pages write them; inflected forms
 * (articulated "brânza", "untul", genitive "brânzei") and store wording
 * ("Brânză telemea de vacă 400 g", "Unt 82% 200 g", "Smântână 20%") written
 * out by hand.
 *
 * Decisions: telemea is a brined white cheese of the feta kind (`feta`, as the
 * Bulgarian sirene); "brânză de vaci" is the fresh curd cheese sold in tubs
 * (`quark`, as tvaroh and twaróg); "smântână" is sour cream, except "smântână
 * dulce / pentru gătit / lichidă" (sweet and cooking cream); "lapte bătut" is
 * cultured buttermilk.
 */
export const ro: LexiconLanguage = {
  langs: ['ro'],
  foods: {
    cheese:
      'brânză|brânza|brânzei|brînză|brînza|brânzeturi|brânzeturile|brânzeturilor|brânză maturată|brânză rasă|brânză rasa|' +
      'brânză de oaie|brânza de oaie|brânză din lapte de oaie|brânză de burduf|brânza de burduf|brânză frământată|' +
      'cașcaval|cașcavalul|cașcavalului|cașcavaluri|cașcaval afumat|cașcaval ras|cașcaval de oaie|cașcaval Dalia|cașcaval Rucăr|cascaval|' +
      'brânză de Țaga|brânză de Moieciu|brânză Năsal|cașcavea',
    feta: 'telemea|telemeaua|telemelei|brânză telemea|brânza telemea|telemea de vacă|telemea de oaie|telemea de capră|telemea de Ibănești|brânză feta',
    quark: 'brânză de vaci|brânza de vaci|brânză proaspătă de vaci|brânză dulce de vaci|brânzică de vaci',
    'cottage-cheese': 'brânză cottage|cottage cheese|brânză de vaci granulată',
    'cream-cheese':
      'cremă de brânză|crema de brânză|brânză cremă|brânză tartinabilă|brânză proaspătă tartinabilă|brânză cremoasă',
    'processed-cheese': 'brânză topită|brânza topită|brânză topită felii|cașcaval topit',
    'blue-cheese': 'brânză cu mucegai|brânză cu mucegai albastru|brânză cu mucegai nobil albastru',
    chevre: 'brânză de capră|brânza de capră|brânzeturi de capră',
    ricotta: 'urdă de oaie|urdă de vacă',
    'parmigiano-reggiano': 'parmezan|parmezanul|parmezan ras',
    emmental: 'șvaițer|svaiter|brânză elvețiană',
    mozzarella: 'mozzarella|mozarela',
    yogurt:
      'iaurt|iaurtul|iaurtului|iaurturi|iaurt natural|iaurt simplu|iaurt de casă|iaurt bulgăresc|iaurt de vacă|iaurt de oaie',
    'greek-yogurt': 'iaurt grecesc|iaurtul grecesc|iaurt grecesc natural|iaurt tip grecesc',
    kefir: 'chefir|chefirul|chefir natural',
    buttermilk: 'lapte bătut|laptele bătut|lapte batut|babeurre',
    'fermented-milk-drink': 'iaurt de băut|lapte acru|lapte prins|lapte fermentat',
    'sour-cream':
      'smântână|smântâna|smântânii|smântână grasă|smântână fermentată|smântână de casă|smîntînă|smantana',
    butter: 'untul|untului|unt de casă|unt nesărat|unt sărat|unt cu sare|unt topit|unt moale|unt extra',
    ghee: 'unt clarifiat|untul clarifiat|unt limpezit|ghee',
    sauerkraut: 'varză acră|varza acră|varză murată|varza murată|varză murata|varza murata|varză acra',
    miso: 'pastă miso|pastă de miso|pasta de miso',
    'egg-yolk':
      'gălbenuș|gălbenușul|gălbenușuri|gălbenușurile|gălbenuș de ou|gălbenușuri de ou|galbenus|galbenusuri',
    'goose-liver': 'ficat de gâscă|ficat gras de gâscă',
    'chicken-leg':
      'pulpe de pui|pulpă de pui|pulpe superioare de pui|pulpe inferioare de pui|copane de pui|copănele de pui|pulpe dezosate de pui|pulpă întreagă de pui',
  },
  strict: {
    butter: 'unt',
    cheese: 'caș|cașul|cașului|caș de oaie|caș de vacă|caș afumat',
    'fermented-milk-drink': 'sana',
    buttermilk: 'zară|zara',
    ricotta: 'urdă|urda',
  },
  notAfter: {
    'sour-cream': 'dulce|pentru gătit|de gătit|lichidă|pentru frișcă|pentru frisca|de frișcă',
  },
  notFood:
    'unt de arahide|untul de arahide|unt de cacao|untul de cacao|unt de shea|unt de karité|unt de migdale|unt de alune|unt de caju|unt de cocos|' +
    'plăcintă cu brânză|plăcinte cu brânză|tort de brânză|prăjitură cu brânză|papanași cu brânză|clătite cu brânză|sos de brânză|' +
    'cașcaval pane|cașcaval pané|supă miso|supă de miso|smântână dulce|smântână pentru gătit|smântână lichidă|chefir de apă',
  context: {
    negation: 'fără',
    vegan: 'vegan|vegană|vegane|vegani|vegetal|vegetală|vegetale|fără lactate',
    veganAfter: 'vegan|vegană|vegane|vegetal|vegetală|vegetale|pe bază de plante|fără lactate',
    plantAfter: 'soia|cocos|migdale|ovăz|orez|caju|lapte de cocos|lapte de soia',
    spreadAfter: 'arahide|cacao|shea|karité|migdale|alune|caju|cocos|alune de pădure',
    toolBefore: 'răzătoare|cuțit|feliator|tăietor',
    dishBefore:
      'plăcintă|plăcinte|tort|prăjitură|papanași|clătite|pizza|sos|supă|biscuiți|chipsuri|pufuleți|saleuri|covrigi',
    flavourBefore: 'aromă|gust',
    substitute: 'înlocuitor|alternativă',
  },
  linkers: 'de|cu|din|la|pe|în|tip|pentru|a',
  conjunctions: 'și|sau|ori',
};
