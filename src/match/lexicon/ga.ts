import type { LexiconLanguage } from './types';

/**
 * Irish.
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: cáis, im, bláthach,
 * céadar, uachtar, buíocán, cabáiste géaraithe); the grammar's genitive and
 * plural forms ("cáise", "ime", "cáiseanna", "buíocáin") and lenited forms
 * after feminine "cáis" ("cáis ghabhair", "cáis ghorm") written out by hand,
 * with Irish-language store and recipe wording ("Cáis Cheddar 200g",
 * "Im Éireannach 454g", "200g cáise").
 *
 * Decisions: "im" (butter) and "cáis" count only on an Irish page (English
 * "I'm" folds to "i m"; Portuguese "cais" is a quay); "cáca cáise"
 * (cheesecake) and "im piseanna talún" (peanut butter) are no food; "gan"
 * (without) is a negation word.
 */
export const ga: LexiconLanguage = {
  langs: ['ga'],
  foods: {
    cheddar: 'céadar|cáis chéadair|cáis Cheddar',
    chevre: 'cáis ghabhair|cáis gabhair|cáise gabhair',
    'blue-cheese': 'cáis ghorm|cáise goirme',
    'cream-cheese': 'cáis uachtair|cáise uachtair|cáis bhog uachtair',
    'cottage-cheese': 'cáis teachín|cáise teachín',
    'processed-cheese': 'cáis phróiseáilte|cáise próiseáilte',
    'parmigiano-reggiano': 'Parmasán|cáis Pharmasánach',
    yogurt: 'iógart|iógairt|iógart nádúrtha|iógart nadúrtha|iógart beo',
    'greek-yogurt': 'iógart Gréagach|iógart ar nós na Gréige',
    buttermilk: 'bláthach|bláthaí|bláthaigh',
    'sour-cream': 'uachtar géar|uachtair ghéir|uachtar géaraithe',
    sauerkraut: 'cabáiste géaraithe|cabáiste picilte',
    'egg-yolk':
      'buíocán|buíocáin|bhuíocán|bhuíocáin|buíocán uibhe|bhuíocán uibhe|buíocáin uibheacha|bhuíocáin uibheacha',
    'goose-liver': 'ae gé|ae géanna',
    'chicken-leg': 'cosa sicín|cos sicín|ceathrú sicín|ceathrúna sicín|leasracha sicín',
  },
  strict: {
    cheese: 'cáis|cáise|cáiseanna|cáis chrua|cáis mheilte|cáis Éireannach|cáis fheirme',
    butter: 'im|ime|an t-im|im saillte|im gan salann|im neamhshaillte|im Éireannach|im leáite|im bog',
  },
  notFood:
    'cáca cáise|cácaí cáise|anlann cáise|im piseanna talún|im pis talún|im cnó|im cnónna|im cócó|im almóinne|anraith miso',
  context: {
    negation: 'gan',
    vegan: 'vegánach|vegánacha|vegan|plandabhunaithe|bunaithe ar phlandaí',
    veganAfter: 'vegánach|vegánacha|bunaithe ar phlandaí|ó phlandaí',
    plantAfter: 'soighe|cnó cócó|almóinní|coirce',
    spreadAfter: 'piseanna talún|pis talún|cnó|cnónna|cócó|almóinne|almóinní',
    dishBefore: 'cáca|cácaí|anlann|anraith|píotsa|brioscaí',
    substitute: 'malairt|ionadach',
  },
  linkers: 'de|le|na|an|ar|ó',
  // ("nó", or, folds like English "no": not listed.)
  conjunctions: 'agus',
};
