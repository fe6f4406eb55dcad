import type { LexiconLanguage } from './types';

/** Portuguese (Portugal, Brazil). */
export const pt: LexiconLanguage = {
  langs: ['pt'],
  foods: {
    cheese:
      'queijo|queijos|queijo ralado|queijos ralados|queijo prato|queijo minas|queijo minas padrão|queijo coalho|queijo da serra|queijo amarelo|queijo meia cura|queijo curado|queijo de ovelha|queijo canastra',
    edam: 'queijo flamengo|queijo edam',
    'parmigiano-reggiano': 'parmesão|queijo parmesão|parmesão ralado|queijo parmesão ralado',
    mozzarella: 'queijo mussarela|queijo muçarela|queijo mozarela',
    'cream-cheese':
      'requeijão|requeijão cremoso|requeijao|catupiry|queijo cremoso|queijo creme|cream cheese|queijo para barrar|queijo fresco para barrar',
    'queso-fresco': 'queijo fresco|queijo branco|queijo minas frescal|minas frescal',
    'cottage-cheese': 'queijo cottage',
    'processed-cheese': 'queijo fundido|queijo em fatias fundido|queijo cheddar fatiado',
    'blue-cheese': 'queijo azul|queijo gorgonzola',
    chevre: 'queijo de cabra|queijos de cabra',
    ricotta: 'ricota|requeijão de ovelha',
    yogurt:
      'iogurte|iogurtes|iogurte natural|iogurtes naturais|iogurte integral|iogurte natural integral|coalhada',
    'greek-yogurt': 'iogurte grego|iogurtes gregos|iogurte natural grego|iogurte tipo grego',
    buttermilk: 'leitelho|soro de manteiga|leite de manteiga',
    'fermented-milk-drink': 'leite fermentado|leites fermentados',
    'sour-cream': 'creme azedo|nata azeda|natas azedas|creme de leite azedo|sour cream',
    'creme-fraiche': 'crème fraîche|creme fresco',
    butter:
      'manteiga|manteigas|manteiga sem sal|manteiga com sal|manteiga derretida|manteiga amolecida|manteiga em temperatura ambiente',
    ghee: 'manteiga clarificada|manteiga ghee',
    sauerkraut: 'chucrute|chucrutes|couve fermentada',
    miso: 'pasta de missô|pasta de miso',
    'egg-yolk': 'gema[s] de ovo|gema[s] de ovos',
    'goose-liver': 'fígado de ganso',
    'chicken-leg':
      'coxa[s] de frango|sobrecoxa[s]|sobrecoxa[s] de frango|coxinha[s] da asa|perna[s] de frango|coxa e sobrecoxa',
  },
  strict: {
    'egg-yolk': 'gema|gemas',
  },
  notFood:
    'manteiga de amendoim|manteiga de cacau|manteiga de amêndoa|manteiga de amêndoas|manteiga de karité|manteiga de caju|manteiga de coco|' +
    'pão de queijo|pães de queijo|molho de queijo|bolo de queijo|coxinha de frango|sopa de missô|sopa de queijo',
  context: {
    negation: 'sem',
    vegan: 'vegano|vegana|veganos|veganas|vegetal',
    veganAfter: 'vegano|vegana|veganos|veganas|vegetal|vegetais|sem lactose e vegetal',
    plantAfter: 'soja|coco|amêndoa|amêndoas|aveia|arroz|castanha|castanhas|caju',
    toolBefore: 'ralador|faca|tábua|fatiador',
    dishBefore: 'pão|pães|molho|bolo|biscoitos|bolinhas|palitos|torta',
    flavourBefore: 'sabor|aroma',
    substitute: 'alternativa|substituto',
  },
  linkers: 'de|do|da|dos|das|com|para|a|o|tipo',
  conjunctions: 'e|ou',
};
