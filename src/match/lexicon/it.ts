import type { LexiconLanguage } from './types';

/** Italian. */
export const it: LexiconLanguage = {
  langs: ['it'],
  foods: {
    cheese:
      'formaggio|formaggi|formaggio grattugiato|formaggio stagionato|formaggio a pasta dura|caciocavallo|scamorza|scamorza affumicata|caciotta|stracchino|crescenza|robiola|squacquerone|montasio|bitto|castelmagno|casu marzu',
    'parmigiano-reggiano': 'parmigiano grattugiato|formaggio parmigiano',
    'pecorino-romano': 'pecorino grattugiato',
    gruyere: 'groviera|gruviera',
    'cream-cheese': 'formaggio spalmabile|formaggio fresco spalmabile|formaggio cremoso',
    'cottage-cheese': 'fiocchi di latte|fiocchi di formaggio',
    'processed-cheese': 'formaggio fuso|formaggino|formaggini|sottilette|formaggio a fette fuso',
    'blue-cheese': 'formaggio erborinato|formaggio a pasta erborinata|erborinato',
    chevre: 'formaggio di capra|formaggio caprino|caprino|caprini|caprino fresco',
    yogurt: 'yogurt|yoghurt|yogurt bianco|yogurt intero|yogurt naturale|yogurt magro|yogurt bianco naturale',
    'greek-yogurt': 'yogurt greco|yogurt greco bianco|yogurt colato',
    buttermilk: 'latticello|siero di latte acido',
    'fermented-milk-drink': 'latte fermentato|latte fermentato da bere',
    'sour-cream': 'panna acida|panna acidula',
    'creme-fraiche': 'panna fresca acida',
    ghee: 'burro chiarificato|burro chiarito',
    sauerkraut: 'crauti|crauti acidi|cavolo cappuccio fermentato',
    miso: 'pasta di miso|miso bianco|miso rosso',
    'egg-yolk': 'tuorl(o/i)|tuorl(o/i) d uov(o/a)|ross(o/i) d uovo',
    'goose-liver': 'fegato d oca|fegato grasso d oca',
    'chicken-leg':
      'cosce di pollo|coscia di pollo|sovracosce di pollo|sovracoscia di pollo|fusi di pollo|fuso di pollo|cosce di pollo',
  },
  strict: {
    butter: 'burro|burro fuso|burro morbido|burro freddo|burro salato|burro dolce|burro ammorbidito',
    'grana-padano': 'grana',
    cheese: 'toma',
  },
  notFood:
    'burro di arachidi|burro d arachidi|burro di cacao|burro di karitè|burro di karite|burro di mandorle|burro di anacardi|burro di cocco|burro di nocciole|burro di mele|' +
    'zuppa di miso|zuppa al formaggio|torta al formaggio|salsa al formaggio|latte di capra',
  context: {
    negation: 'senza',
    vegan: 'vegano|vegana|vegani|vegane|vegetale|vegetali',
    veganAfter: 'vegano|vegana|vegani|vegane|vegetale|vegetali|senza latte|a base vegetale',
    plantAfter: 'soia|cocco|mandorla|mandorle|avena|riso|anacardi|latte di cocco|latte di soia',
    toolBefore: 'grattugia|grattugie|coltello|coltelli|tagliere|taglieri|affettatrice|campana',
    dish: 'salsa',
    dishBefore: 'torta|torte|salsa|crema|biscotti|pane|sformato',
    flavourBefore: 'gusto|aroma|sapore|aromatizzato|aromatizzata',
    substitute: 'alternativa|sostituto',
  },
  linkers: 'di|da|per|al|alla|allo|ai|alle|a|con|del|della|dello|d|il|la',
  conjunctions: 'e|o|oppure|ed',
};
