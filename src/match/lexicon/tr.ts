import type { LexiconLanguage } from './types';

/** Turkish (possessive compound forms written out: "mozarella peyniri"). */
export const tr: LexiconLanguage = {
  langs: ['tr'],
  foods: {
    cheese:
      'peynir|peyniri|peynirler|peynirleri|rendelenmiş peynir|kaşar|kaşar peyniri|kaşarı|rendelenmiş kaşar|tulum peyniri|tulum peynir|örgü peyniri|çerkez peyniri|dil peyniri|eski kaşar|taze kaşar|otlu peynir|otlu peyniri|mihaliç peyniri|çeçil peyniri|civil peyniri|köy peyniri',
    feta: 'beyaz peynir|beyaz peyniri|tam yağlı beyaz peynir|inek beyaz peyniri|ezine peyniri|ezine beyaz peyniri|koyun beyaz peyniri|keçi beyaz peyniri',
    chevre: 'keçi peyniri|keçi peynir',
    'cream-cheese': 'krem peynir|krem peyniri|labne peyniri|süzme peynir',
    'processed-cheese': 'eritme peynir|eritme peyniri',
    'cottage-cheese': 'lor peyniri|çökelek',
    'parmigiano-reggiano': 'parmesan peyniri',
    gruyere: 'gravyer|gravyer peyniri',
    yogurt:
      'yoğurt|yoğurdu|yogurt|süzme yoğurt|süzme yoğurdu|tam yağlı yoğurt|ev yoğurdu|cacık|yoğurdun|yoğurtları|kaymaklı yoğurt|köy yoğurdu',
    halloumi: 'hellim peyniri',
    kefir: 'kefiri',
    'sour-cream': 'ekşi krema|ekşi kremayı',
    butter:
      'tereyağı|tereyağ|tereyağını|tereyağında|tereyağıyla|eritilmiş tereyağı|köy tereyağı|tuzsuz tereyağı|tuzlu tereyağı',
    ghee: 'sade yağ|sadeyağ|sadeyağı',
    sauerkraut: 'lahana turşusu|lahana turşu',
    'egg-yolk': 'yumurta sarısı|yumurtanın sarısı|yumurta sarıları',
    'chicken-leg': 'tavuk but|tavuk butu|tavuk baget|tavuk incik',
  },
  notFood: 'fıstık ezmesi|kakao yağı|peynirli börek|yoğurtlu kek|yoğurt kültürü|yoğurt mayası|kefir mayası',
  context: {
    negationAfter: 'olmadan|içermez|içermeyen|katılmadan',
    vegan: 'vegan|bitkisel',
    plant: 'soya|hindistan cevizi|badem|yulaf',
  },
  linkers: 'ile|tipi',
  conjunctions: 've|veya|ya da|yada',
};
