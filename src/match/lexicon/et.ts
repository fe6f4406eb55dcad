import type { LexiconLanguage } from './types';

/**
 * Estonian.
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: juust, või, pett,
 * hapukoor, keefir, hapukapsas, kitsejuust, sinihallitusjuust, rebu,
 * Kamambäär, Roqueforti juust); store titles of Estonian shops (Prisma,
 * Selver, Barbora: "Maitsestamata jogurt 2,5%, 380 g", the dev set's
 * tests/pages/real/ee-*); case forms (partitive "juustu", "võid",
 * "hapukoort"; comitative "-ga") and compounds ("riivjuust", "toorjuust",
 * "kodujuust", "maasikajogurt") written out by hand.
 *
 * Decisions: "või" is also the word for "or": alone it is no food (a
 * no-food word of this language), it counts in compounds ("taluvõi",
 * "magusakoorevõi"), in phrases ("soolata või", "Farmi või") and as the
 * partitive "võid" of ingredient lines ("50 g võid"), except where "võid" is
 * the verb "you can" ("võid lisada", "võid kasutada"); "pett" (buttermilk)
 * counts only on an Estonian page; "kohupiim" is quark.
 */
export const et: LexiconLanguage = {
  langs: ['et'],
  foods: {
    cheese:
      'juust|juustu|juustud|juustude|juustusid|riivjuust|riivjuustu|riivitud juust|riivitud juustu|Eesti juust|Hollandi juust|Vene juust|' +
      'valgehallitusjuust|lambajuust|poolkõva juust|kõva juust|viilutatud juust',
    quark: 'kohupiim|kohupiima|kohupiimaga|kohupiimast|maitsestamata kohupiim|rasvavaba kohupiim',
    'cottage-cheese': 'kodujuust|kodujuustu|kodujuustuga|teraline kodujuust',
    'cream-cheese': 'toorjuust|toorjuustu|toorjuustuga|määrdejuust',
    'processed-cheese': 'sulatatud juust|sulatatud juustu|sulajuust|sulajuustu|viilutatud sulatatud juust',
    'blue-cheese': 'sinihallitusjuust|sinihallitusjuustu|sinihallitusega juust',
    chevre: 'kitsejuust|kitsejuustu|kitse juust',
    feta: 'salatijuust|salatijuustu|fetajuust|fetajuustu',
    'parmigiano-reggiano': 'parmesani|parmesaniga',
    camembert: 'kamambäär|kamambääri',
    roquefort: 'roqueforti|roqueforti juust',
    yogurt: 'jogurti|jogurtit|jogurtiga|maitsestamata jogurt|naturaalne jogurt|looduslik jogurt',
    'greek-yogurt': 'kreeka jogurt|kreeka jogurtit|kreeka stiilis jogurt|Kreeka jogurt naturaalne',
    kefir: 'keefir|keefiri|keefirit|keefiriga',
    'fermented-milk-drink': 'hapupiim|hapupiima|joogijogurt|jogurtijook',
    'sour-cream': 'hapukoor|hapukoort|hapukoore|hapukoorega|hapukoorest',
    ghee: 'selitatud või|selitatud võid',
    sauerkraut: 'hapukapsas|hapukapsa|hapukapsast|hapukapsaga|hapukapsad|hapendatud kapsas',
    'egg-yolk': 'munakollane|munakollast|munakollased|munakollasega|munakollaseid|munakollase',
    'goose-liver': 'hanemaks|hanemaksa',
    'chicken-leg':
      'kanakoivad|kanakoib|kana koivad|broileri koivad|broileri koib|broileri sääred|kanasääred|broileri reied|kanareied|broileri reiefilee|kanakintsud',
  },
  strict: {
    butter:
      'võid|võiga|soolata või|soolaga või|soolatud või|sulatatud või|sulatatud võid|pehme või|pehmet võid|külma võid|toasooja võid|' +
      'Farmi või|Tere või|Alma või|Valio või|Saaremaa või|Kerrygold või|Lurpak või',
    buttermilk: 'pett|petti|petiga',
    'egg-yolk': 'rebu|rebud|rebusid',
  },
  heads: {
    cheese: 'juust|juustu',
    'cream-cheese': 'toorjuust|toorjuustu',
    'cottage-cheese': 'kodujuust|kodujuustu',
    chevre: 'kitsejuust|kitsejuustu',
    'blue-cheese': 'sinihallitusjuust|sinihallitusjuustu',
    quark: 'kohupiim|kohupiima',
  },
  strictHeads: {
    yogurt: 'jogurt|jogurti|jogurtit',
    butter: 'või',
  },
  // "või" alone is "or" (see above).
  strictNotFood: 'või',
  notAfter: {
    butter:
      'kasutada|lisada|ka|soovi|valmistada|asendada|võtta|teha|panna|serveerida|jätta|kaunistada|hoida|külmutada|osta|proovida',
  },
  notFood:
    'maapähklivõi|maapähklivõid|kakaovõi|sheavõi|mandlivõi|pähklivõi|šokolaadivõi|võileib|võileiva|võileivad|võileibu|' +
    'juustukook|juustukoogi|kohupiimakook|kohuke|kohukesed|misosupp|miso supp|veekeefir|vee keefir',
  context: {
    negation: 'ilma',
    vegan: 'vegan|vegani|vegan toode|taimne|taimse|taimsed|taimsest|piimavaba|piimavabad',
    plant: 'soja|kookos|kookose|kaera|mandli|riisi',
    dish: 'kook|kaste|supp|pulgad|krõpsud|pirukas',
    flavour: 'maitseline|maitselised|maitsega',
    substitute: 'asendaja|alternatiiv',
  },
  blockers: 'maapähkli|pähkli|kakao|shea|mandli|kookos|kaera|taimne|šokolaadi|vegan|riisi',
  linkers: 'tüüpi|stiilis',
  conjunctions: 'ja|või|ning|ehk',
};
