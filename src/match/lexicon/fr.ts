import type { LexiconLanguage } from './types';

/** French. */
export const fr: LexiconLanguage = {
  langs: ['fr'],
  foods: {
    cheese:
      'fromage|fromages|fromage râpé|fromages râpés|fromage rapé|fromage à raclette|fromage de brebis|fromage au lait cru|fromage à pâte dure|fromage à pâte pressée|fromage de vache|fromage à gratiner',
    'cream-cheese':
      'fromage à tartiner|fromage frais à tartiner|fromage à la crème|saint môret|st môret|carré frais|fromage crémeux',
    'fromage-blanc': 'fromage blanc|fromages blancs|fromage frais|faisselle|faisselles|fromage blanc battu',
    'processed-cheese':
      'fromage fondu|fromages fondus|fromage à pâte fondue|crème de gruyère|tranches de fromage fondu',
    'blue-cheese': 'fromage bleu|fromage à pâte persillée|bleu de laqueuille',
    chevre:
      'fromage de chèvre|fromages de chèvre|fromage de chevre|bûchette de chèvre|chèvre frais|chèvre cendré',
    munster: 'munster géromé',
    'creme-fraiche': 'crème épaisse|creme epaisse|crème fraîche épaisse|crème fraiche épaisse|crème d isigny',
    'sour-cream': 'crème aigre|creme aigre|crème sure|creme sure|crème acidulée',
    yogurt:
      'yaourt|yaourts|yogourt|yogourts|yoghourt|yaourt nature|yaourts nature|yaourt brassé|yaourt entier|yaourt au lait entier|yaourt bulgare|tzatziki',
    'greek-yogurt': 'yaourt grec|yaourts grecs|yaourt à la grecque|yaourt façon grecque|yaourt type grec',
    buttermilk: 'babeurre|lait ribot|lait battu',
    'fermented-milk-drink': 'lait fermenté|laits fermentés|lait caillé',
    butter:
      'beurre|beurres|beurre doux|beurre demi sel|beurre salé|beurre mou|beurre fondu|beurre pommade|beurre noisette|beurre froid|beurre tendre|beurre manié|beurre aux herbes|beurre d ail',
    ghee: 'beurre clarifié|beurre clarifie',
    sauerkraut: 'choucroute|choucroute crue',
    miso: 'pâte de miso|pate de miso|pâte miso',
    'egg-yolk': 'jaune[s] d œuf[s]|jaune[s] d oeuf[s]',
    'goose-liver': 'foie d oie|foie gras d oie entier|bloc de foie gras',
    'chicken-leg':
      'cuisse[s] de poulet|pilon[s] de poulet|haut[s] de cuisse de poulet|cuisse[s] de poulet fermier',
  },
  strict: {
    munster: 'munster',
    beaufort: 'beaufort',
    abondance: 'abondance',
    comte: 'comte',
  },
  notFood:
    // Petit-beurre: the biscuit.
    'petit beurre|petits beurre|petit beurres|petits beurres|' +
    'beurre de cacahuète|beurre de cacahuètes|beurre de cacahuete|beurre d arachide|beurre de cacao|beurre de karité|beurre d amande|beurre d amandes|beurre de noix|beurre de noix de cajou|beurre de coco|beurre de sésame|beurre de pomme|' +
    'fromage de tête|fromage d italie|soupe au fromage|soupe à l oignon gratinée|' +
    'soupe miso|soupe au miso|bouillon miso|kéfir de fruits|kéfir d eau|kefir de fruits|kefir d eau|' +
    'pâtes au fromage|gâteau au fromage blanc|tarte au fromage blanc',
  context: {
    negation: 'sans|ni',
    vegan: 'végétalien|végétalienne|vegan|vegane|végan|végane|imitation|analogue',
    veganAfter:
      'végétal|végétale|végétaux|végétales|vegan|végan|végane|vegane|végétalien|végétalienne|plantes|à base de plantes|sans produits laitiers',
    plantAfter: 'soja|coco|amande|amandes|avoine|riz|cajou|noix de cajou|noisette|lait de coco|lait d amande',
    tool: 'électrique|grill|appareil|poêlons|poêlon|ferments|ferment',
    toolBefore:
      'râpe|rape|couteau|couteaux|planche|cloche|coupe|trancheuse|appareil|four|ferments|ferment|moule',
    dish: 'sauce|soupe',
    dishBefore:
      'sauce|gâteau|gateau|tarte|soufflé|souffle|croûtons|biscuits|feuilletés|gougères|pain|quiche|chips|crackers|velouté|pâtes|macaronis|nuggets',
    flavourBefore: 'goût|gout|saveur|saveurs|arôme|arome|aromatisé|parfum',
    flavour: 'aromatisé|goût|saveur',
    substitute: 'alternative|substitut|succédané',
  },
  linkers: 'de|d|du|des|au|aux|à|a|la|le|les|l|en|base|lait|pour|type|façon',
  conjunctions: 'et|ou|ou bien',
};
