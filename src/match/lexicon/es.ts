import type { LexiconLanguage } from './types';

/** Spanish. */
export const es: LexiconLanguage = {
  langs: ['es'],
  foods: {
    cheese:
      'queso|quesos|queso rallado|quesos rallados|queso curado|queso semicurado|queso tierno|queso viejo|queso para fundir|queso de oveja|queso de vaca|queso manchego tierno|tetilla|idiazábal|torta del casar|queso de tetilla',
    'parmigiano-reggiano': 'parmesano|queso parmesano|parmesano rallado',
    gruyere: 'gruyer|queso gruyer',
    emmental: 'emmental rallado',
    edam: 'queso de bola|queso edam|queso holandés',
    'cream-cheese':
      'queso crema|queso de untar|queso untable|queso crema para untar|queso fresco para untar|queso philadelphia',
    'cottage-cheese': 'queso cottage',
    'processed-cheese':
      'queso fundido en lonchas|queso en lonchas fundido|quesitos|queso americano|queso amarillo',
    'blue-cheese': 'queso azul|quesos azules|queso de cabrales',
    chevre: 'queso de cabra|quesos de cabra|rulo de cabra|rulo de queso de cabra|queso de cabra fresco',
    ricotta: 'requesón',
    yogurt:
      'yogur|yogures|yogurt|yoghurt|yogur natural|yogures naturales|yogur entero|yogurt natural|yogur sin azúcar',
    'greek-yogurt': 'yogur griego|yogures griegos|yogurt griego|yogur estilo griego|yogur tipo griego',
    buttermilk: 'suero de mantequilla|leche de manteca|leche de mantequilla',
    'fermented-milk-drink': 'leche fermentada|leches fermentadas|yogur bebible|yogur líquido',
    'sour-cream': 'crema agria|nata agria|crema ácida|crema acida',
    'creme-fraiche': 'crema fresca|nata fresca espesa',
    butter:
      'mantequilla|mantequillas|mantequilla sin sal|mantequilla con sal|mantequilla derretida|mantequilla pomada',
    ghee: 'mantequilla clarificada|mantequilla ghee',
    sauerkraut: 'chucrut|chucrú|chucrut crudo|col fermentada',
    miso: 'pasta de miso|miso blanco|miso rojo',
    'egg-yolk': 'yema[s]|yema[s] de huevo',
    'goose-liver': 'hígado de oca|higado de oca',
    'chicken-leg':
      'muslo[s] de pollo|contramuslo[s] de pollo|contramuslo[s]|jamoncito[s] de pollo|pata[s] de pollo|piernas de pollo|pierna de pollo',
  },
  notFood:
    // Sweets named after the yolk.
    'turrón de yema|turron de yema|turrón de yema tostada|yema tostada|yemas de santa teresa|yemas de ávila|yemas de avila|yemas de san leandro|' +
    'mantequilla de maní|mantequilla de mani|mantequilla de cacahuete|mantequilla de cacahuate|mantequilla de cacao|manteca de cacao|mantequilla de karité|mantequilla de almendra|mantequilla de almendras|mantequilla de anacardo|mantequilla de coco|mantequilla de manzana|' +
    'macarrones con queso|queso fundido|tarta de queso|pastel de queso|pan de queso|sopa de miso|sopa de queso|leche de cabra|suero de queso',
  context: {
    negation: 'sin|ni',
    vegan: 'vegano|vegana|veganos|veganas|vegetal|vegetales',
    veganAfter: 'vegano|vegana|veganos|veganas|vegetal|vegetales|sin lácteos|a base de plantas',
    plantAfter:
      'soja|soya|coco|almendra|almendras|avena|arroz|anacardo|anacardos|leche de coco|leche de soja',
    toolBefore: 'rallador|ralladores|cuchillo|cuchillos|tabla|tablas|cortador|cortadora|campana|quesera',
    dish: 'salsa',
    dishBefore:
      'tarta|pastel|pan|salsa|crema|galletas|bolitas|palitos|croquetas|nachos|macarrones|empanadas|dip',
    flavourBefore: 'sabor|aroma|saborizado|gusto',
    substitute: 'alternativa|sustituto',
  },
  linkers: 'de|del|a|al|con|para|la|el|los|las|tipo|estilo',
  conjunctions: 'y|o|u|e',
};
