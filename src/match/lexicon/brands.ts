import type { LexiconLanguage } from './types';

/**
 * Brand names used as generic names of a variety (the product line is that
 * variety, whatever the language of the page). Brands of plant-based
 * imitations are vegan context words here, for every language.
 */
export const brands: LexiconLanguage = {
  langs: ['*'],
  foods: {
    'cream-cheese': 'philadelphia|philly cream cheese|boursin|almette|buko|bresso|st moret|saint moret',
    edam: 'babybel|mini babybel|mini baby bel',
    'processed-cheese':
      // Australian supermarkets' own "Cheese Slices" are processed cheddar slices.
      'bega singles|coles cheese slices|woolworths cheese slices|la vache qui rit|laughing cow|die lachende kuh|het lachende koetje|la vaca que ríe|la mucca che ride|veselá kráva|vesela krava|dairylea|kraft singles|velveeta|cheez whiz|sottilette|hochland scheiblettenkäse',
    'gouda-aged': 'old amsterdam|old amsterdam gouda|beemster xo|reypenaer',
    gouda: 'frico gouda|beemster gouda',
    // Coon (renamed Cheer in 2021), Mainland, Bega and Mersey Valley cheddars of Australia and New Zealand.
    cheddar:
      'cathedral city|pilgrims choice|pilgrim s choice|cracker barrel cheddar|tillamook cheddar|cabot cheddar|' +
      'coon cheese|coon tasty|coon extra sharp|coon original|coon light|coon vintage|cheer cheese|cheer tasty|cheer extra sharp|cheer original|cheer vintage|' +
      'mainland tasty|mainland vintage|mainland epicure|mainland smoked|bega tasty|bega vintage|bega extra tasty|mersey valley',
    cheese: 'caprice des dieux|saint albray|st albray|géramont|rougette|tête de moine|riberhus',
    colby: 'mainland colby|bega colby',
    feta: 'apetina|patros|salakis|président feta',
    'blue-cheese': 'saint agur|bavaria blu|montagnolo',
    chevre: 'chavroux|soignon|capricette',
    camembert: 'hermelín|hermelin',
    'greek-yogurt': 'fage|fage total|oikos|chobani|total greek',
    skyr: 'siggi s|siggis|icelandic provisions',
    yogurt: 'activia|yoplait|onken|danone natur|müller corner',
    'fermented-milk-drink': 'yakult|actimel',
    butter:
      'lurpak|kerrygold butter|président beurre|échiré|beurre d échiré|meierismør|anchor butter|kerrygold irish butter',
    quark: 'kesella|kesam',
    'cottage-cheese': 'keso',
  },
  context: {
    // Makers of plant-based imitations: their "cheddar", "butter" or "yogurt" is none.
    vegan:
      'violife|daiya|tofutti|kite hill|miyoko s|miyokos|follow your heart|so delicious|earth balance|oatly|alpro|' +
      'forager|treeline|nurishh|good planet|field roast|simply v|sheese|vegusto|veganz|wilmersburger|happy cheeze|bedda|' +
      'astrid och aporna|koko dairy free|the coconut collaborative|provamel|sojade|bjorg vegan',
  },
  notFood:
    'philadelphia style|philadelphia eagles|philadelphia phillies|philadelphia cheesesteak|philly cheesesteak|philly cheese steak|kiri te kanawa',
};
