import type { LexiconLanguage } from './types';

/**
 * Slovenian.
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: sir, maslo,
 * pinjenec, kisla smetana, Gavda, Edamski sir, Ementalski sir, Kamamber,
 * Čedar, Grojer, Mocarela, Rikota, Rokfor, sveži sir); the Slovenian cheese
 * names (Tolminc, Nanoški sir, Mohant, Bovški sir) as Slovenian food pages
 * write them; case forms ("sira", "masla", "kisle smetane") and store wording
 * ("Sir Gavda 45% 200 g", "Skuta 250 g", "Kisla smetana 20% m.m.") written out
 * by hand.
 *
 * Decisions: "sir" counts only on a Slovenian page (see hr.ts); "skuta" and
 * "sveži sir" are the fresh curd cheese (`quark`); "smetana" alone is cream in
 * Slovenian, but Czech "smetana" is sour cream, so "sladka smetana" and
 * "smetana za kuhanje / za stepanje" are written as no food.
 */
export const sl: LexiconLanguage = {
  langs: ['sl'],
  foods: {
    cheese:
      'Tolminc|tolminca|Nanoški sir|nanoškega sira|Mohant|mohanta|Bovški sir|bovškega sira|trdi sir|trdega sira|poltrdi sir|naribani sir|naribanega sira|' +
      'dimljeni sir|ovčji sir|ovčjega sira|Trapist sir|sir za pico',
    gouda: 'Gavda|gavde|gavdo|sir gavda',
    edam: 'Edamec|edamca|edamski sir|edamskega sira',
    emmental: 'Ementalec|ementalca|ementalski sir|ementalskega sira',
    camembert: 'Kamamber|kamambera',
    gruyere: 'Grojer|grojerja',
    ricotta: 'Rikota|rikote|rikoto',
    mozzarella: 'Mocarela|mocarele|mocarelo',
    quark:
      'skuta|skute|skuto|skuti|sveži sir|svežega sira|svežim sirom|kravja skuta|polnomastna skuta|posneta skuta',
    'cottage-cheese': 'zrnati sir|zrnatega sira|cottage sir',
    'cream-cheese': 'kremni sir|kremnega sira|sirni namaz|sirnega namaza|namazni sir',
    'processed-cheese': 'topljeni sir|topljenega sira|topljeni sir v rezinah',
    'blue-cheese': 'modri sir|sir z modro plesnijo|sira z modro plesnijo',
    chevre: 'kozji sir|kozjega sira|kozjim sirom',
    'parmigiano-reggiano': 'parmezan|parmezana|parmezanom',
    yogurt: 'navadni jogurt|čvrsti jogurt|tekoči jogurt|jogurta|jogurtom',
    'greek-yogurt': 'grški jogurt|grškega jogurta|grškim jogurtom|jogurt grški tip',
    kefir: 'kefirja|kefirjem',
    buttermilk: 'pinjenec|pinjenca|pinjencem',
    'fermented-milk-drink':
      'kislo mleko|kislega mleka|kislim mlekom|jogurtov napitek|fermentirani mlečni napitek',
    'sour-cream': 'kisla smetana|kisle smetane|kislo smetano|kislo smetano|kisli smetani',
    butter:
      'masla|maslom|maslu|surovo maslo|čajno maslo|stopljeno maslo|zmehčano maslo|nesoljeno maslo|soljeno maslo',
    ghee: 'prečiščeno maslo|prečiščenega masla|ghee maslo',
    sauerkraut: 'kislo zelje|kislega zelja|kislim zeljem',
    miso: 'miso pasta|miso paste',
    'egg-yolk': 'rumenjak|rumenjaka|rumenjaki|rumenjakov|rumenjake|rumenjakom',
    'goose-liver': 'gosja jetra|gosjih jeter|gosja jetrca',
    'chicken-leg':
      'piščančja bedra|piščančje bedro|piščančjih beder|piščančje krače|piščančja krača|piščančji bedri|piščančja stegna|piščančje stegno',
  },
  strict: {
    // "Čedar" folds like English "cedar".
    cheddar: 'Čedar|čedarja',
    cheese: 'sir|sira|siru|sirom|siri|sire',
  },
  notFood:
    'arašidovo maslo|arašidovega masla|kakavovo maslo|kakavovega masla|mandljevo maslo|lešnikovo maslo|kokosovo maslo|maslo shea|' +
    'sladka smetana|sladke smetane|sladko smetano|smetana za kuhanje|smetana za stepanje|smetane za kuhanje|smetane za stepanje|' +
    'burek s sirom|štruklji s sirom|sirovi štruklji|sirova omaka|sirna omaka|miso juha|vodni kefir',
  context: {
    negation: 'brez',
    vegan: 'veganski|veganska|vegansko|rastlinski|rastlinska|rastlinsko|brezmlečni|brezmlečna',
    veganAfter: 'veganski|veganska|vegansko|rastlinskega izvora|na rastlinski osnovi',
    plant: 'sojin|sojina|sojino|kokosov|kokosova|kokosovo|ovseni|ovsena|mandljev|mandljeva|riževa',
    spread: 'arašidovo|kakavovo|mandljevo|lešnikovo|kokosovo',
    toolBefore: 'strgalnik|nož|rezalnik',
    dishBefore: 'burek|štruklji|pita|pica|torta|zavitek|omaka|juha|krekerji|palčke|pecivo|njoki',
    flavourBefore: 'okus|okusom|aroma',
    substitute: 'nadomestek|alternativa',
  },
  linkers: 's|z|iz|za|na|v|od|tipa',
  // ("in", and, is an English linking word: not listed.)
  conjunctions: 'ali|ter',
};
