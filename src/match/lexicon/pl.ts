import type { LexiconLanguage } from './types';

/** Polish. */
export const pl: LexiconLanguage = {
  langs: ['pl'],
  foods: {
    cheese:
      'ser żółty|sera żółtego|żółty ser|żółtego sera|ser tarty|sera tartego|tarty ser|tartego sera|bryndza|oscypek|oscypki|ser pleśniowy|sera pleśniowego',
    'parmigiano-reggiano': 'parmezan|parmezanu|parmezanem|ser parmezan',
    edam: 'ser edamski|edamski',
    emmental: 'ementaler|ser ementaler',
    tilsiter: 'ser tylżycki|tylżycki',
    feta: 'ser feta|sera feta|fetą|serem feta|ser typu feta|ser sałatkowy|sera sałatkowego',
    chevre: 'ser kozi|sera koziego|kozi ser|koziego sera',
    'cream-cheese':
      'serek śmietankowy|serka śmietankowego|serek kremowy|serka kremowego|ser kremowy|sera kremowego|serek do smarowania|serek twarogowy|serka twarogowego|serek naturalny',
    'cottage-cheese': 'serek wiejski|serka wiejskiego|serek ziarnisty',
    'processed-cheese': 'ser topiony|sera topionego|serek topiony|serka topionego',
    'blue-cheese': 'ser z niebieską pleśnią|niebieski ser|ser lazur',
    quark:
      'twaróg|twarogu|twarogiem|twarożek|twarożku|ser biały|sera białego|biały ser|białego sera|serek homogenizowany|serka homogenizowanego|twaróg półtłusty|twaróg chudy|twaróg tłusty',
    yogurt: 'jogurt|jogurtu|jogurtem|jogurty|jogurt naturalny|jogurtu naturalnego',
    'greek-yogurt':
      'jogurt grecki|jogurtu greckiego|jogurtem greckim|jogurt typu greckiego|jogurtu typu greckiego|jogurtem typu greckiego',
    kefir: 'kefir|kefiru|kefirem',
    buttermilk: 'maślanka|maślanki|maślanką|maślankę',
    'fermented-milk-drink': 'zsiadłe mleko|zsiadłego mleka|mleko zsiadłe|jogurt pitny',
    'sour-cream':
      'śmietana|śmietany|śmietaną|śmietanę|kwaśna śmietana|kwaśnej śmietany|kwaśną śmietaną|kwaśną śmietanę|gęsta śmietana|gęstej śmietany|gęstej kwaśnej śmietany',
    butter:
      'masło|masła|masłem|maśle|masło extra|masła extra|masło ekstra|roztopione masło|roztopionego masła|miękkie masło',
    ghee: 'masło klarowane|masła klarowanego|masłem klarowanym',
    sauerkraut:
      'kapusta kiszona|kapusty kiszonej|kapustę kiszoną|kiszona kapusta|kiszonej kapusty|kiszoną kapustę|kapusta kwaszona|kapusty kwaszonej',
    'egg-yolk': 'żółtko|żółtka|żółtek|żółtkiem|żółtka jaj|żółtko jaja',
    'goose-liver': 'wątróbka gęsia|wątróbki gęsie|gęsie wątróbki',
    'chicken-leg':
      'udko z kurczaka|udka z kurczaka|udek z kurczaka|podudzie z kurczaka|podudzia z kurczaka|udka kurczaka|pałki z kurczaka|udziec z kurczaka',
  },
  strict: {
    cheese: 'ser|sera|serem|serze|sery|serów|serek|serka|serkiem',
    'cottage-cheese': 'cottage',
  },
  notAfter: {
    'sour-cream': 'kremówka|słodka|do ubijania',
  },
  notFood:
    'masło orzechowe|masła orzechowego|masłem orzechowym|masło kakaowe|masła kakaowego|masło shea|masło migdałowe|masło z orzechów|sos serowy|śmietanka',
  context: {
    negation: 'bez',
    vegan:
      'wegański|wegańska|wegańskie|wegańskiego|wegańskiej|roślinny|roślinna|roślinne|roślinnego|roślinnej',
    veganAfter: 'wegański|wegańska|wegańskie|roślinny|roślinna|roślinne',
    plant:
      'sojowy|sojowa|sojowe|kokosowy|kokosowa|kokosowe|owsiany|owsiana|owsiane|migdałowy|migdałowa|migdałowe',
    spreadAfter: 'orzechowe|orzechowego|orzechowym|kakaowe|kakaowego|shea|migdałowe|z orzechów',
    tool: 'tarka|nóż',
  },
  linkers: 'z|ze|do|na|typu|w',
  conjunctions: 'i|lub|albo|oraz|czy',
};
