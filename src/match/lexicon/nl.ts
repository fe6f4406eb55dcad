import type { LexiconLanguage } from './types';

/** Dutch (Netherlands, Flanders). */
export const nl: LexiconLanguage = {
  langs: ['nl'],
  foods: {
    cheese:
      'kaas|kazen|kaasje|kaasjes|geraspte kaas|kaasplakken|plakken kaas|schapenkaas|harde kaas|smeltende kaas|nagelkaas|' +
      // Leidse kaas (cumin, from skimmed milk) is its own cheese, not a Gouda; komijnekaas may be either.
      'Leidse kaas|Leidse komijnekaas|Leidsche kaas|Boeren Leidse|Boeren Leidse met sleutels|Leidse boerenkaas|komijnekaas',
    gouda:
      'Goudse kaas|jonge kaas|jong belegen|jong belegen kaas|belegen kaas|belegen kazen|extra belegen|extra belegen kaas|boerenkaas|Hollandse kaas|Noord Hollandse kaas|Beemster',
    'gouda-aged':
      'oude kaas|oud belegen|overjarige kaas|overjarig|overjarige|oude Goudse|oude Gouda|Gouda oud|extra oude Gouda|Gouda extra oud|overjarige Gouda|oud belegen Gouda',
    edam: 'Edammer kaas|Edammer',
    'parmigiano-reggiano': 'Parmezaanse kaas|Parmezaan|Parmezaanse',
    'cream-cheese': 'roomkaas|roomkaasje|verse roomkaas|smeerbare kaas',
    'processed-cheese': 'smeltkaas|smeerkaas|kaasspread',
    'cottage-cheese': 'cottage cheese|hüttenkäse|huttenkase',
    quark: 'kwark|magere kwark|halfvolle kwark|volle kwark|Griekse kwark',
    'fromage-blanc': 'verse kaas|Franse kwark',
    'blue-cheese': 'blauwschimmelkaas|blauwe kaas|blauwaderkaas',
    chevre: 'geitenkaas|verse geitenkaas|geitenkaasje|zachte geitenkaas',
    'goat-gouda': 'belegen geitenkaas|jonge geitenkaas|harde geitenkaas',
    feta: 'fetakaas|witte kaas|Griekse witte kaas|saladekaas|salade kaas',
    yogurt:
      'yoghurt[s]|yoghourt|joghurt|magere yoghurt|volle yoghurt|halfvolle yoghurt|Turkse yoghurt|dikke yoghurt|Bulgaarse yoghurt',
    'greek-yogurt': 'Griekse yoghurt|Griekse stijl yoghurt|yoghurt Griekse stijl|Griekse yoghurt naturel',
    buttermilk: 'karnemelk|karnemelk naturel',
    'fermented-milk-drink': 'drinkyoghurt|gefermenteerde melk|zure melk',
    'sour-cream': 'zure room|zure-room',
    butter: 'boter|roomboter|ongezouten boter|gezouten boter|roomboter ongezouten|kruidenboter|knoflookboter',
    ghee: 'geklaarde boter|ghee boter',
    sauerkraut: 'zuurkool|wijnzuurkool',
    miso: 'misopasta|miso pasta',
    'egg-yolk': 'eidooier[s]|eierdooier[s]|dooier[s]|eigeel|eigelen|eierdooiers',
    'goose-liver': 'ganzenlever',
    'chicken-leg':
      'kippendij[en]|kippenpoot|kippenpoten|kippenbout[en]|drumstick[s] kip|kippenbouten|kippendijfilet[s]',
  },
  strict: {
    milner: 'milner',
    // "Belegen" (aged four months or more) alone is a Gouda on a Dutch shelf; "extra oud" an old one.
    gouda: 'belegen|Gouda met komijn|komijne Gouda',
    'gouda-aged': 'extra oud|extra oude',
  },
  // "belegen broodje": a filled roll.
  strictNotFood:
    'belegen broodje|belegen broodjes|belegen brood|belegen boterham|belegen boterhammen|belegde broodjes',
  heads: {
    cheese: 'kaas',
    butter: 'boter',
    yogurt: 'yoghurt',
    quark: 'kwark',
  },
  notFood:
    'pindakaas|leverkaas|amandelboter|notenboter|cacaoboter|sheaboter|appelboter|pinda kaas|boterham|boterhammen|boterkoek|boterbloem|' +
    'boterbonen|kaasschaaf|kaasmes|kaasplank|kaas schaaf|waterkefir|misosoep|miso soep',
  context: {
    negation: 'zonder',
    vegan:
      'vegan|vegane|veganistisch|veganistische|plantaardig|plantaardige|zuivelvrij|zuivelvrije|melkvrij|melkvrije|op plantaardige basis',
    plant: 'soja|kokos|haver|amandel|cashew|rijst|kokosmelk|sojamelk|havermelk|amandelmelk',
    veganAfter: 'vegan|plantaardig',
    tool: 'schaaf|schaven|mes|messen|plank|stolp|vlootje|rasp|maker|cultuur|culturen',
    dish: 'saus|soep|koekjes|koek|taart|stengels|broodjes|sticks|chips|zoutjes',
    flavour: 'smaak|aroma',
    substitute: 'vervanger|alternatief|vervanging',
  },
  blockers:
    'soja|kokos|haver|amandel|cashew|pinda|noten|noot|cacao|shea|appel|lever|plantaardige|vegan|water|rijst|hazelnoot|sesam|zonnebloempitten',
  linkers: 'van|met|op|de|het|een|naar|stijl',
  conjunctions: 'en|of|en of',
};
