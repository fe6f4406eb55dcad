import type { LexiconLanguage } from './types';

/**
 * Danish, Swedish and Norwegian (Bokmål and Nynorsk): the same cheese and
 * dairy words with small spelling differences (smør/smör, ost/ost).
 */
export const nordic: LexiconLanguage = {
  langs: ['da', 'sv', 'no'],
  foods: {
    cheese:
      'skiveost|revet ost|riven ost|rivet ost|hvitost|hvit ost|gulost|prästost|herrgårdsost|herrgårdost|grevéost|grevé|brunost|mysost|gjetost|geitost|Gamle Ole|Esrom|hushållsost|svecia|rygeost|røget ost|gräddost|mesost',
    'cream-cheese': 'flødeost|kremost|färskost|smøreost naturell|philadelphiaost',
    'cottage-cheese': 'hytteost|keso|cottage cheese|hytteosten',
    'processed-cheese': 'smelteost|smältost|mjukost|smøreost|ostepålæg',
    quark: 'kvark|kvarg|kesella|kesam|skyrkvarg',
    'blue-cheese': 'blåskimmelost|blåmuggost|blåmögelost|mögelost|blåost|ädelost|gräddädelost',
    chevre: 'gedeost|getost|chèvreost|vit getost|chevreost|snøfrisk|Tine Snøfrisk',
    feta: 'fetaost|salatost|salladsost',
    'parmigiano-reggiano': 'parmesanost|parmesan ost',
    jarlsberg: 'jarlsbergost',
    yogurt:
      'yoghurt|yoghurten|yoghurter|yogurt|naturel yoghurt|yoghurt naturel|yoghurt naturell|naturell yoghurt|matyoghurt|turkisk yoghurt|tyrkisk yoghurt|tyrkisk jogurt|græsk yoghurt natural|yoghurt natur',
    'greek-yogurt':
      'græsk yoghurt|grekisk yoghurt|gresk yoghurt|græsk youghurt|yoghurt græsk|grekisk yoghurt naturell',
    buttermilk: 'kærnemælk|kärnmjölk|kjernemelk|kjærnemelk',
    'fermented-milk-drink':
      'a fil|a-fil|surmelk|kulturmelk|tykmælk|ymer|ylette|surmjölk|filmjølk|långfil|fjällfil|mellanfil|lättfil',
    'sour-cream': 'gräddfil|syrnet fløde|rømme|lettrømme|seterrømme|smetana',
    'creme-fraiche': 'cremefraiche|creme fraiche naturel',
    butter:
      'smør|smöret|smøret|smör|smørret|meierismør|bordsmør|normalsaltet smør|usaltet smør|osaltat smör|normalsaltat smör|kryddersmør|hvitløkssmør|hvidløgssmør|smørbar',
    ghee: 'klaret smør|klarifieret smør|skirat smör|klarnet smør',
    sauerkraut: 'surkål|surkaal',
    'egg-yolk': 'æggeblomme[r]|äggula|äggulor|eggeplomme[r]',
    'goose-liver': 'gåselever|gåsalever|gaaselever',
    'chicken-leg':
      'kyllingelår|kyllinglår|kycklinglår|kycklingklubba|kycklingklubbor|kyllingklubber|kyllingeunderlår|kycklingben',
  },
  strict: {
    cheese: 'ost|oste|osten|ostene|ostar|ostarna|osterne|ostetern|herrgård|präst',
  },
  strictHeads: {
    cheese: 'ost|osten',
  },
  heads: {
    butter: 'smør|smör',
  },
  notFood:
    // Messmör: a whey spread.
    'messmör|mesmør|' +
    'peanøttsmør|peanutbutter|jordnøttsmør|jordnötssmör|kakaosmør|sheasmør|mandelsmør|nøddesmør|nøttesmør|' +
    'smørgås|smörgås|smørrebrød|smördeg|smørdej|smørkrem|smörkräm|ostekage|ostkaka|ostehøvel|osthyvel|' +
    'misosuppe|misosoppa|vannkefir|vattenkefir|vandkefir',
  // "tomme" is "empty" in Danish and Norwegian.
  strictNotFood: 'tomme|tomt',
  notFoodHeads: 'kost|post|frost|most|host|lost|kompost|utpost',
  context: {
    negation: 'uden|utan|uten',
    vegan:
      'vegansk|veganske|vegan|veganer|veganost|plantebaseret|plantebaserede|plantebasert|plantebaserte|växtbaserad|växtbaserat|växtbaserade|mælkefri|mælkefrie|melkefri|mjölkfri|mjölkfritt|Bregott växtbaserat',
    plant: 'soja|kokos|havre|mandel|cashew|ris|kokosmælk|havremælk',
    tool: 'høvel|hyvel|kniv|knive|knivar|bræt|bricka|klokke|kupa|maskine|kultur|kulturer|maker',
    dish: 'sauce|sås|saus|suppe|soppa|kager|kaka|kage|chips|snacks|kiks|kex|boller|bollar|stænger|pinner',
    flavour: 'smag|smak|smaken|aroma',
    substitute: 'erstatning|ersättning|alternativ|alternativet',
  },
  blockers:
    'soja|kokos|havre|mandel|cashew|jordnøtt|jordnøtts|jordnöt|jordnöts|peanøtt|peanut|kakao|shea|nødde|nøtte|nöt|plante|vegan|ris|sesam|hassel',
  linkers: 'av|af|med|till|til|på|i|en|et|ett|den|det',
  conjunctions: 'og|eller|och|samt',
};
