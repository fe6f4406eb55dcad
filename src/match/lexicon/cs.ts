import type { LexiconLanguage } from './types';

/** Czech. */
export const cs: LexiconLanguage = {
  langs: ['cs'],
  foods: {
    cheese:
      'sýr|sýra|sýrem|sýru|sýry|sýrů|sýrech|tvrdý sýr|tvrdého sýra|strouhaný sýr|strouhaného sýra|plátkový sýr|uzený sýr|oštiepok|korbáčiky',
    'acid-curd-cheese':
      'tvarůžky|tvarůžků|olomoucké tvarůžky|olomouckých tvarůžků|olomoucké syrečky|syrečky|syrečků',
    edam: 'eidam|eidamu|eidamský sýr|eidamského sýra',
    emmental: 'ementál|ementálu|ementálský sýr',
    'parmigiano-reggiano': 'parmazán|parmezán|parmezánu|parmazánu',
    camembert: 'hermelín|hermelínu|hermelíny',
    'blue-cheese': 'sýr s modrou plísní|sýr niva',
    feta: 'balkánský sýr|balkánského sýra|sýr feta',
    chevre: 'kozí sýr|kozího sýra|kozí sýry',
    'cream-cheese':
      'žervé|lučina|lučiny|krémový sýr|smetanový sýr|čerstvý sýr|pomazánkové máslo|pomazánkového másla',
    'cottage-cheese': 'cottage sýr|zrnitý tvaroh|zrnitého tvarohu',
    'processed-cheese': 'tavený sýr|taveného sýra|tavené sýry|tavený sýr v plátcích|plátkový tavený sýr',
    // A quark dessert is quark, as German "Quarkzubereitung".
    quark:
      'tvaroh|tvarohu|tvarohem|tvarohy|měkký tvaroh|tučný tvaroh|polotučný tvaroh|jemný tvaroh|tvarohový dezert|tvarohového dezertu|dezert tvarohový|tvarohový krém',
    yogurt: 'jogurt|jogurtu|jogurtem|jogurty|bílý jogurt|bílého jogurtu|smetanový jogurt|selský jogurt',
    'greek-yogurt': 'řecký jogurt|řeckého jogurtu|řecký typ jogurtu|jogurt řeckého typu',
    kefir: 'kefír|kefíru|kefírem|kefírové mléko',
    buttermilk: 'podmáslí|podmáslím',
    'fermented-milk-drink': 'acidofilní mléko|kysané mléko|zakysané mléko|kysaného mléka',
    'sour-cream':
      'zakysaná smetana|zakysané smetany|zakysanou smetanou|kysaná smetana|kysané smetany|smetana|smetany|smetanou',
    'creme-fraiche': 'crème fraîche|creme fraiche',
    butter: 'máslo|másla|máslem|máslu|čerstvé máslo|rozpuštěné máslo|změklé máslo',
    ghee: 'přepuštěné máslo|přepuštěného másla|ghí',
    sauerkraut: 'kysané zelí|kyselé zelí|kysaného zelí|kyselého zelí|zelí kysané',
    'egg-yolk': 'žloutek|žloutky|žloutků|žloutkem',
    'goose-liver': 'husí játra|husích jater',
    'chicken-leg': 'kuřecí stehna|kuřecí stehno|kuřecích stehen|kuřecí paličky|kuřecí čtvrtky',
  },
  strict: {
    'cottage-cheese': 'cottage',
    'blue-cheese': 'niva|nivy|nivou',
  },
  notAfter: {
    'sour-cream': 'ke šlehání|na šlehání|na vaření|ke šlehaní|ke slehani|na slehani|na vareni|k šlehání',
  },
  // Czech "kaše" (porridge, mash) folds like German "Käse".
  strictNotFood: 'kaše|kaši|kaší',
  notFood:
    'arašídové máslo|arašídového másla|kakaové máslo|kakaového másla|bambucké máslo|mandlové máslo|oříškové máslo|kešu máslo|sýrová omáčka|sýrová polévka',
  context: {
    negation: 'bez',
    vegan: 'veganský|veganská|veganské|vegan|rostlinný|rostlinná|rostlinné|bez mléka',
    plant: 'sójový|sójová|sójové|kokosový|kokosová|kokosové|ovesný|ovesná|ovesné|mandlový|mandlová|mandlové',
    spread: 'arašídové|arašídového|kakaové|kakaového|bambucké|mandlové|oříškové|kešu|lískooříškové',
    tool: 'struhadlo|nůž|kráječ',
  },
  linkers: 'na|ke|k|do|s|se|z|ze|typu',
  conjunctions: 'a|nebo|či|i',
};
