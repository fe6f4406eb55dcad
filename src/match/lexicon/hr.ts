import type { LexiconLanguage } from './types';

/**
 * Croatian (also read on Bosnian and Serbian Latin-script pages, which share
 * these words).
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: sir, maslac,
 * mlaćenica, kiselo vrhnje, jogurt, grčki jogurt, krem sir, plavi sir, kozji
 * sir, kiseli kupus, žumanjak, svježi sir, ementalac); the Croatian cheese
 * names (Paški sir, Trapist, Gauda) as Croatian food pages write them; the
 * case forms ("sira", "maslaca", "kiselog vrhnja") and store wording
 * ("Sir Gauda 45% m.m. 300 g", "Maslac 82% 250 g", "Tekući jogurt 2,8% m.m.")
 * written out by hand.
 *
 * Decisions: "sir" (also Slovenian; an English title) counts only on a
 * Croatian page; "svježi sir" is the fresh curd cheese sold in tubs (`quark`,
 * as tvaroh); "vrhnje" alone is cream (no food), "kiselo vrhnje" and "mileram"
 * are sour cream (Serbian "kisela pavlaka"); "tekući jogurt" (drinking yogurt) is a
 * fermented milk drink.
 */
export const hr: LexiconLanguage = {
  langs: ['hr', 'bs', 'sr'],
  foods: {
    cheese:
      'ribani sir|ribanog sira|tvrdi sir|tvrdog sira|polutvrdi sir|dimljeni sir|ovčji sir|ovčjeg sira|kravlji sir|sir za pizzu|sir u listićima|' +
      'Paški sir|paškog sira|Trapist|trapist sir|sir trapist|Livanjski sir|Krčki sir|Tounjski sir|Lički škripavac',
    gouda: 'Gauda|sir Gauda|gauda sir',
    emmental: 'ementalac|ementalca|sir ementaler|ementaler sir',
    quark:
      'svježi sir|svježeg sira|svježim sirom|svježi kravlji sir|svježeg kravljeg sira|mladi sir|kravlji svježi sir',
    'cottage-cheese': 'zrnati sir|zrnatog sira|cottage sir',
    'cream-cheese': 'krem sir|krem sira|krem sirom|svježi krem sir|sirni namaz|sirnog namaza',
    'processed-cheese': 'topljeni sir|topljenog sira|topljeni sir u listićima|sir za topljenje',
    'blue-cheese': 'plavi sir|plavog sira|sir s plavom plijesni|sir s plemenitom plijesni',
    chevre: 'kozji sir|kozjeg sira|kozjim sirom',
    feta: 'feta sir|sir feta|bijeli sir u salamuri|sir u salamuri',
    'parmigiano-reggiano': 'parmezan|parmezana|parmezanom',
    mozzarella: 'mocarela|mocarele|mozarela',
    yogurt: 'jogurta|jogurtom|jogurtu|čvrsti jogurt|prirodni jogurt|obični jogurt|punomasni jogurt',
    'greek-yogurt': 'grčki jogurt|grčkog jogurta|grčkim jogurtom|jogurt grčkog tipa',
    kefir: 'kefira|kefirom',
    buttermilk: 'mlaćenica|mlaćenice|mlaćenicom|mlacenica',
    'fermented-milk-drink':
      'tekući jogurt|tekućeg jogurta|kiselo mlijeko|kiselog mlijeka|acidofil|acidofilno mlijeko|fermentirani mliječni napitak',
    'sour-cream': 'kiselo vrhnje|kiselog vrhnja|kiselim vrhnjem|mileram|milerama',
    butter:
      'maslac|maslaca|maslacem|maslacu|slani maslac|neslani maslac|svježi maslac|otopljeni maslac|omekšani maslac',
    ghee: 'pročišćeni maslac|pročišćenog maslaca|ghee maslac',
    sauerkraut:
      'kiseli kupus|kiselog kupusa|kiselim kupusom|kiselo zelje|ribani kiseli kupus|kiseli kupus glavica',
    miso: 'miso pasta|miso paste',
    'egg-yolk': 'žumanjak|žumanjka|žumanjci|žumanjaka|žumanjke|žumance|žumanca|žumanjkom',
    'goose-liver': 'guščja jetra|guščje jetre|guščja jetrica',
    'chicken-leg':
      'pileći batak|pileći bataci|pilećih bataka|pileći zabatak|pileći zabataci|pileći batak i zabatak|pileća bedra|pileće bedro|pileći batci',
  },
  strict: {
    cheese: 'sir|sira|siru|sirom|sirevi|sireva|sirevima|kačkavalj|kačkavalja',
    // Serbian and Bosnian "puter" (butter), "kisela pavlaka" (sour cream).
    butter: 'puter|putera|puterom|puteru',
    'sour-cream': 'kisela pavlaka|kisele pavlake|kiselu pavlaku|kiselom pavlakom',
  },
  notFood:
    'maslac od kikirikija|maslaca od kikirikija|kikiriki maslac|kakao maslac|shea maslac|maslac od badema|maslac od lješnjaka|maslac od indijskih oraščića|' +
    'burek sa sirom|burek od sira|štrukli sa sirom|pita sa sirom|pita od sira|torta od sira|kolač od sira|umak od sira|sirni umak|' +
    'miso juha|vodeni kefir',
  context: {
    negation: 'bez',
    vegan: 'veganski|veganska|vegansko|biljni|biljna|biljno|bezmliječni|bezmliječna',
    veganAfter: 'veganski|veganska|vegansko|na biljnoj bazi|biljnog porijekla',
    plant: 'sojin|sojina|sojino|kokosov|kokosova|kokosovo|zobeni|zobena|bademov|bademova|rižin|rižina',
    plantAfter: 'od soje|od kokosa|od badema|od zobi',
    spread: 'kikiriki|kakao|shea|bademov',
    spreadAfter: 'kikirikija|badema|lješnjaka|indijskih oraščića|kakaa',
    toolBefore: 'ribež|nož|rezač',
    dishBefore: 'burek|štrukli|pita|pizza|torta|kolač|umak|juha|krekeri|grickalice|štapići|pecivo',
    flavourBefore: 'okus|okusom|aroma',
    substitute: 'zamjena|alternativa',
  },
  linkers: 's|sa|od|za|u|na|tipa|iz',
  conjunctions: 'i|ili',
};
