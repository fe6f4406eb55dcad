import type { LexiconLanguage } from './types';

/** Slovak. */
export const sk: LexiconLanguage = {
  langs: ['sk'],
  foods: {
    cheese:
      'syr|syra|syrom|syre|syry|syrov|tvrdý syr|tvrdého syra|strúhaný syr|strúhaného syra|údený syr|bryndza|bryndze|bryndzou|oštiepok|parenica|korbáčiky|niva syr',
    edam: 'eidam|eidamský syr|eidamského syra',
    emmental: 'ementál|ementálsky syr',
    'parmigiano-reggiano': 'parmezán|parmezánu|parmezánom',
    chevre: 'kozí syr|kozieho syra',
    'cream-cheese': 'krémový syr|smotanový syr|čerstvý syr|žervé',
    'processed-cheese': 'tavený syr|taveného syra|tavené syry',
    'cottage-cheese': 'cottage syr',
    quark: 'tvaroh|tvarohu|tvarohom|hrudkovitý tvaroh|hrudkovitého tvarohu|jemný tvaroh|mäkký tvaroh',
    yogurt: 'jogurt|jogurtu|jogurtom|jogurty|biely jogurt|bieleho jogurtu|smotanový jogurt|jogurt smotanový',
    'greek-yogurt': 'grécky jogurt|gréckeho jogurtu|jogurt gréckeho typu',
    kefir: 'kefír|kefíru|kefírom',
    buttermilk: 'cmar|cmaru|cmarom|podmaslie',
    'fermented-milk-drink': 'acidko|zakysané mlieko|kyslé mlieko',
    'sour-cream': 'kyslá smotana|kyslej smotany|kyslú smotanu|kyslou smotanou|kyslá smotana na varenie',
    butter: 'maslo|masla|maslom|masle|čerstvé maslo|rozpustené maslo|zmäknuté maslo',
    ghee: 'prepustené maslo|prepusteného masla',
    sauerkraut: 'kyslá kapusta|kyslej kapusty|kyslú kapustu|kyslé zelie',
    'egg-yolk': 'žĺtok|žĺtky|žĺtkov|žĺtkom',
    'chicken-leg': 'kuracie stehná|kuracie stehno|kuracích stehien',
  },
  strict: {
    'cottage-cheese': 'cottage',
  },
  // Slovak "kaša" (porridge) folds like German "Käse"'s neighbours.
  strictNotFood: 'kaša|kaše|kašu|kaši',
  notFood:
    'arašidové maslo|arašidového masla|kakaové maslo|kakaového masla|bambucké maslo|mandľové maslo|orieškové maslo|syrová omáčka|bryndzové halušky',
  context: {
    negation: 'bez',
    vegan: 'vegánsky|vegánska|vegánske|vegan|rastlinný|rastlinná|rastlinné|bez mlieka',
    plant: 'sójový|sójová|sójové|kokosový|kokosová|kokosové|ovsený|ovsená|ovsené|mandľový|mandľová|mandľové',
    spread: 'arašidové|arašidového|kakaové|kakaového|bambucké|mandľové|orieškové',
  },
  linkers: 'na|ku|k|do|s|so|z|zo|typu',
  conjunctions: 'a|alebo|či|aj',
};
