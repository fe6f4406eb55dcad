import type { LexiconLanguage } from './types';

/**
 * Maltese.
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: ġobon); Maltese
 * food pages on ġbejna and irkotta (the traditional Maltese cheeselet and
 * ricotta, protected names); the article forms written with a hyphen
 * ("il-ġobon", "tal-irkotta", "tal-bajd") and Maltese recipe wording
 * ("250g irkotta", "100g butir", "ġbejniet moxxi", "isfar tal-bajd") written
 * out by hand. Maltese shops mostly title their products in English, which
 * en.ts reads.
 *
 * Decisions: ġbejna (the cheeselet, fresh, dried or peppered) is a named
 * cheese the dataset does not have: the generic `cheese`; "butir
 * tal-karawett" is peanut butter; "pastizzi tal-irkotta" (ricotta pastries)
 * are a dish.
 */
export const mt: LexiconLanguage = {
  langs: ['mt'],
  foods: {
    cheese:
      'ġobon|il-ġobon|ġobniet|ġobon maħkuk|ġobon iebes|ġbejna|ġbejniet|il-ġbejniet|ġbejniet friski|ġbejniet moxxi|ġbejniet tal-bżar|ġbejniet tan-nixxiegħa|ġbejna friska|ġbejna moxxija|ġbejna tal-bżar',
    ricotta: 'irkotta|l-irkotta|rkotta|irkotta friska|ġbejna tal-irkotta',
    'cream-cheese': 'ġobon tal-krema|ġobon krema',
    'blue-cheese': 'ġobon ikħal',
    chevre: 'ġobon tal-mogħoż',
    'parmigiano-reggiano': 'parmiġġjan|il-parmiġġjan',
    yogurt: 'jogurt naturali|jogurt abjad|il-jogurt',
    'greek-yogurt': 'jogurt Grieg|jogurt Griek',
    'sour-cream': 'krema qarsa|krema qarsa naturali',
    butter: 'butir|il-butir|butir mingħajr melħ|butir bil-melħ|butir imdewweb|butir artab',
    'egg-yolk': 'isfar tal-bajd|isfar tal-bajda|safra tal-bajd|l-isfar tal-bajd',
    'goose-liver': 'fwied tal-wiżż',
    'chicken-leg': 'koxxa tat-tiġieġ|koxox tat-tiġieġ|saqajn tat-tiġieġ|koxxi tat-tiġieġ',
  },
  notFood:
    'butir tal-karawett|butir tal karawett|butir tal-kawkaw|butir tal-lewż|' +
    'pastizzi tal-irkotta|pastizz tal-irkotta|pastizzi tal-ġobon|qassatat tal-irkotta|qassatat tal-ġbejniet|soppa tal-armla|kejk tal-ġobon|torta tal-irkotta',
  context: {
    negation: 'mingħajr',
    vegan: 'vegan|veġetali|ibbażat fuq il-pjanti',
    veganAfter: 'vegan|veġetali|ibbażat fuq il-pjanti',
    plantAfter: 'sojja|ġewż tal-Indi|lewż|ħafur',
    spreadAfter: 'karawett|kawkaw|lewż|ġellewż',
    dishBefore: 'pastizzi|pastizz|qassatat|qassatta|ravjul|torta|kejk|zalza|soppa',
    substitute: 'alternattiva|sostitut',
  },
  linkers: 'tal|tad|tan|tas|tat|taż|tar|ta|bil|biż|bit|bl|fil|għal|il|l|ma|ta|minn',
  conjunctions: 'u|jew',
};
