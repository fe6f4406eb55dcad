import type { LexiconLanguage } from './types';

/**
 * Variety names used as they are across languages (protected designations,
 * proper names, loan words), with their common spellings and misspellings.
 * Names that are also ordinary words or places somewhere ("Munster", "Beaufort",
 * "Abondance", "Samsø", "Colby") are only matched in phrases here; the
 * language files add them where they are unambiguous.
 */
export const names: LexiconLanguage = {
  langs: ['*'],
  // Supplement titles ("Vitamin K2 MK-7 200 µg", "Kalzium + D3") name no food: the scan reads them as supplements.
  hints:
    'vitamin|vitamine|vitamina|vitamins|vitamines|vitaminas|vitamiini|calcium|kalzium|kalcium|kalsium|calcio|cálcio|wapń|menaquinone|menaquinones|menachinon|menaquinona|mk',
  foods: {
    'parmigiano-reggiano':
      'parmesan|parmesans|parmigiano|parmigiano reggiano|parmigiano-reggiano|parmiggiano|parmigiano regiano|reggiano',
    'grana-padano': 'grana padano|granapadano',
    'pecorino-romano':
      'pecorino|pecorino romano|pecorino sardo|pecorino toscano|pecorino siciliano|romano cheese',
    comte: 'comté|comte aop|comté aop',
    gruyere: 'gruyère|gruyere|gruyère aop|le gruyère|gruyere cheese',
    beaufort:
      'beaufort aop|beaufort d été|beaufort chalet d alpage|beaufort cheese|beaufort käse|beaufort kaas|beaufort d hiver',
    emmental: 'emmental|emmentaler|emmenthal|emmenthaler|emmentaler aop|emmental de savoie',
    appenzeller: 'appenzeller',
    sbrinz: 'sbrinz|sbrinz aop',
    'mimolette-old':
      'mimolette vieille|mimolette extra vieille|vieille mimolette|extra vieille mimolette|mimolette demi vieille|aged mimolette|old mimolette',
    manchego: 'manchego|manchego curado|manchego viejo',
    abondance: 'abondance aop|abondance cheese',
    vasterbotten: 'västerbottensost|västerbottenost|västerbotten ost|västerbotten cheese|västerbottenkäse',
    gouda: 'gouda|goudas|gouda holland|boerenkaas gouda',
    'gouda-aged': 'aged gouda|old gouda|extra aged gouda|gouda vieux|gouda extra vieux|vieux gouda',
    edam: 'edam|edamer|edammer|edam holland',
    cheddar:
      'cheddar|cheddars|chedder|cheddar cheese|white cheddar|red cheddar|sharp cheddar|mature cheddar|vintage cheddar',
    maasdam: 'maasdam|maasdamer|maasdammer',
    leerdammer: 'leerdammer',
    jarlsberg: 'jarlsberg|jarlsburg|jarlsberger',
    tilsiter: 'tilsiter|tilsit',
    havarti: 'havarti',
    raclette: 'raclette|raclettes|raclette cheese|raclette de savoie|raclette suisse',
    morbier: 'morbier',
    'saint-nectaire': 'saint nectaire|st nectaire',
    'saint-paulin': 'saint paulin|st paulin|port salut|port du salut',
    cantal: 'cantal|cantal jeune|cantal entre deux|cantal vieux|salers aop|fromage de salers',
    tomme: 'tomme|tommes|tomme de savoie|tomme des pyrénées|tomme noire',
    fontina: 'fontina|fontine|fontal',
    provolone: 'provolone|provolone dolce|provolone piccante',
    asiago: 'asiago',
    'monterey-jack':
      'monterey jack|monterrey jack|montery jack|jack cheese|pepper jack|pepperjack|peperjack|pepper jack cheese|habanero jack',
    colby: 'colby cheese|colby jack|colbyjack|colby monterey jack|cojack|longhorn colby',
    'muenster-us': 'muenster|muenster cheese',
    munster:
      'munster aop|munster fermier|munster au lait cru|petit munster|munster au cumin|munster géromé aop',
    mimolette: 'mimolette|mimolette jeune|mimolette demi étuvée',
    'ossau-iraty': 'ossau iraty|ossau iraty aop|ossau',
    'red-leicester': 'red leicester|leicester cheese',
    'double-gloucester': 'double gloucester|single gloucester',
    wensleydale: 'wensleydale',
    lancashire: 'lancashire cheese|tasty lancashire|crumbly lancashire|creamy lancashire',
    norvegia: 'norvegia',
    'goat-gouda':
      'goat gouda|goats gouda|goat s gouda|goat milk gouda|goats milk gouda|goat s milk gouda|ziegengouda|geitengouda',
    danbo: 'danbo',
    samso: 'samsø ost|samsøost|samsoe cheese|samsø cheese|samsø käse',
    milner: 'milner kaas|milnerkaas|milner cheese|milner käse',
    'vacherin-fribourgeois': 'vacherin fribourgeois|vacherin fribourgeois aop',
    brie: 'brie|bries|brie de meaux|brie de melun|brie de nangis|brie noir|brie cheese',
    camembert: 'camembert|camemberts|camembert de normandie',
    coulommiers: 'coulommiers',
    chaource: 'chaource',
    'saint-marcellin': 'saint marcellin|st marcellin|saint félicien|st félicien',
    neufchatel: 'neufchâtel|neufchatel|neufchâtel cheese',
    'triple-cream':
      'triple crème|triple cream|triple creme|triple cream brie|brillat savarin|délice de bourgogne',
    epoisses: 'époisses|epoisses|époisses de bourgogne',
    langres: 'langres',
    livarot: 'livarot',
    maroilles: 'maroilles|maroille|marolles',
    'pont-l-eveque': 'pont l évêque|pont l eveque|pont l évèque',
    reblochon: 'reblochon|reblochons|reblochon de savoie',
    taleggio: 'taleggio',
    limburger: 'limburger|limburger cheese|romadur|romadour',
    'vacherin-mont-d-or': 'vacherin mont d or|mont d or|vacherin du haut doubs|vacherin du mont d or',
    'blue-cheese':
      'bleu de bresse|bleu des causses|bleu de gex|bleu du vercors|saint agur|st agur|cabrales|shropshire blue|dorset blue vinney|bavaria blu|bavariablu|valdeón|picón|blue stilton cheese',
    roquefort: 'roquefort|rokfor|rokfort|rocquefort',
    gorgonzola: 'gorgonzola|gorgonzola dolce|gorgonzola piccante|gorgonzolakäse',
    stilton: 'stilton|blue stilton|white stilton',
    'bleu-d-auvergne': 'bleu d auvergne',
    'fourme-d-ambert': 'fourme d ambert|fourme de montbrison|fourme',
    danablu: 'danablu|danish blue|danish blue cheese|dänischer blauschimmelkäse|castello blue',
    cambozola: 'cambozola',
    chevre:
      'chèvre|chevre|chèvre frais|bûche de chèvre|buche de chevre|picodon|pélardon|pelardon|selles sur cher|chabichou|chabichou du poitou|banon|chavroux|pouligny saint pierre',
    crottin: 'crottin|crottins|crottin de chavignol|crottin de chèvre',
    'sainte-maure': 'sainte maure|sainte maure de touraine|ste maure',
    valencay: 'valençay|valencay',
    rocamadour: 'rocamadour',
    'petit-suisse': 'petit suisse|petits suisses|petit suisses',
    paneer: 'paneer|panir|paneer cheese',
    'queso-fresco': 'queso fresco|queso blanco|queso panela|queso de burgos|queso freso',
    cotija: 'cotija|cotija cheese|queso cotija|cotija añejo',
    'queso-anejo': 'queso añejo|queso anejo|añejo cheese|anejo cheese',
    'queso-chihuahua': 'queso chihuahua|chihuahua cheese|queso menonita',
    'queso-asadero': 'queso asadero|asadero cheese',
    oaxaca: 'queso oaxaca|oaxaca cheese|quesillo oaxaca',
    labneh: 'labneh|labne|labna|labaneh|lebne|labneh cheese',
    mozzarella:
      'mozzarella|mozzarellas|mozarella|mozzarela|mozzerella|mozzarella cheese|fresh mozz|mozz|fior di latte|bocconcini|ciliegine|string cheese|mussarela|muçarela',
    'buffalo-mozzarella':
      'mozzarella di bufala|mozzarella di bufala campana|buffalo mozzarella|mozzarella de bufflonne|mozzarella de búfala|büffelmozzarella|buffelmozzarella|bøffelmozzarella|buffelmozzarella',
    burrata: 'burrata|burratina|stracciatella di burrata',
    halloumi: 'halloumi|haloumi|hallumi|halloumi cheese|hellim|grillost halloumi',
    feta: 'feta|fetta|feta cheese|feta aop|feta pdo',
    mascarpone: 'mascarpone|marscapone|mascarpone cheese',
    ricotta: 'ricotta|ricotta salata|ricotta cheese|ricota',
    // The food is sold and named in the singular; "Quarks" is the physics plural or a TV show.
    quark: 'quark',
    skyr: 'skyr|skyrs',
    kefir: 'kefir|kéfir|kefír|kefirs|kephir|kefiiri',
    'fermented-milk-drink': 'ayran|lassi|filmjölk|filmjolk|kumis|kumys|yakult|actimel|piimä',
    'creme-fraiche':
      'crème fraîche|creme fraiche|crème fraiche|creme fraîche|crème fraîche épaisse|crème fraîche legère|crème fraîche légère|crème fraîche liquide|crème fraîche d isigny|cremefraiche|crème fraîche entière',
    ghee: 'ghee|ghi|desi ghee',
    natto: 'natto|nattō|nattou',
    miso: 'miso|missô|misso|miszo|shiro miso|aka miso|genmai miso|mugi miso|hatcho miso|saikyo miso|misopaste|misopasta|miso paste',
    tempeh: 'tempeh|tempé|témpeh',
    kimchi: 'kimchi|kimchee|kim chi|kimchis|gimchi|kimczi',
    sauerkraut: 'sauerkraut',
    'goose-liver': 'foie gras|foie gras d oie|foie gras de canard|foie gras entier',
    'processed-cheese':
      'velveeta|cheez whiz|kraft singles|dairylea|primula|laughing cow|la vache qui rit|sottilette',
  },
  notFood:
    // Composite dishes named after a cheese: no badge (grams would be those of the dish).
    'cheese tortellini|tortellini formaggio|quattro formaggi|pizza quattro formaggi|' +
    // Place names and other senses.
    'cheddar gorge|brie comte robert|port salut bay|' +
    // Physics.
    'up quark|down quark|top quark|bottom quark|charm quark|strange quark|quark gluon|quark gluon plasma|' +
    // Milk of a kind (not the cheese named after it).
    'lait de chèvre|lait de chevre|lait cru de chèvre|leche de cabra|latte di capra|lait de brebis',
};
