import type { LexiconLanguage } from './types';

/** German (Germany, Austria, Switzerland). */
export const de: LexiconLanguage = {
  langs: ['de'],
  foods: {
    cheese:
      'Käse|Käses|Käsesorten|Reibekäse|Reibkäse|Streukäse|Hartkäse|Schnittkäse|Weichkäse|Butterkäse|Tiroler Graukäse|Graukäse',
    'acid-curd-cheese':
      'Harzer|Harzer Käse|Harzer Roller|Handkäse|Mainzer Käse|Mainzer|Quargel|Olmützer Quargel|Sauermilchkäse|Spitzkäse',
    'cream-cheese': 'Frischkäse|Doppelrahmfrischkäse|Rahmfrischkäse|Frischkäsezubereitung|Frischkäse natur',
    'cottage-cheese': 'Hüttenkäse|körniger Frischkäse|körnigen Frischkäse|körnigem Frischkäse',
    'processed-cheese': 'Schmelzkäse|Scheiblettenkäse|Scheibletten|Schmelzkäsezubereitung|Käsezubereitung',
    quark:
      'Quark|Magerquark|Speisequark|Sahnequark|Schichtkäse|Topfen|Magertopfen|Speisetopfen|Quarkzubereitung|Speisequarkzubereitung',
    'fromage-blanc': 'Fromage blanc',
    bergkase: 'Bergkäse|Almkäse|Alpkäse|Alpenkäse|Allgäuer Bergkäse|Vorarlberger Bergkäse|Tiroler Bergkäse',
    emmental: 'Emmentaler Käse|Allgäuer Emmentaler',
    gruyere: 'Greyerzer|Gruyère Käse',
    'parmigiano-reggiano': 'Parmesankäse|Parmesan Käse|Parmigiano Reggiano Käse',
    'blue-cheese': 'Blauschimmelkäse|Blauschimmel|Edelpilzkäse|Edelschimmelkäse',
    chevre: 'Ziegenkäse|Ziegenfrischkäse|Ziegenkäserolle|Ziegenweichkäse|Ziegenkäsetaler|Ziegenrolle',
    'gouda-aged':
      'alter Gouda|alten Gouda|altem Gouda|extra alter Gouda|uralter Gouda|Gouda alt|Gouda extra alt|alter Holländer|Holländer alt',
    gouda:
      'mittelalter Gouda|mittelalten Gouda|junger Gouda|jungen Gouda|Gouda jung|Gouda mittelalt|Holländer Gouda',
    feta: 'Fetakäse|Schafskäse|Schafkäse|Hirtenkäse|Balkankäse|Salzlakenkäse',
    munster: 'Münsterkäse|Munsterkäse|Munster Käse',
    tilsiter: 'Tilsiter Käse',
    mozzarella: 'Mozzarella Käse|Mozzarellakugel|Mozzarellakugeln',
    yogurt:
      'Joghurt[s]|Jogurt[s]|Naturjoghurt|Vollmilchjoghurt|Naturjogurt|Sahnejoghurt|Magerjoghurt|Bio Joghurt|Zaziki|Tsatsiki|Tzaziki',
    'greek-yogurt':
      'griechischer Joghurt|griechischen Joghurt|griechischem Joghurt|griechischer Jogurt|Joghurt nach griechischer Art|Joghurt griechischer Art|Griechischer Sahnejoghurt|griechisches Joghurt',
    kefir: 'Milchkefir',
    buttermilk: 'Buttermilch|Reine Buttermilch',
    'fermented-milk-drink':
      'Dickmilch|Sauermilch|Ayran Joghurtgetränk|Trinkjoghurt|Joghurtdrink|Joghurtgetränk',
    'sour-cream':
      'saure Sahne|sauren Sahne|Sauerrahm|saurer Rahm|sauren Rahm|Schmand|Smetana|saurer Halbrahm',
    'creme-fraiche': 'Crème légère|Creme legere',
    butter:
      'Butter|Süßrahmbutter|Sauerrahmbutter|Markenbutter|Teebutter|Kräuterbutter|Knoblauchbutter|Salzbutter',
    ghee: 'Butterschmalz|geklärte Butter|geklärter Butter|Butterreinfett',
    sauerkraut: 'Sauerkraut|Weinsauerkraut|Fasssauerkraut',
    miso: 'Misopaste|Miso Paste|helle Misopaste|weiße Misopaste',
    'egg-yolk': 'Eigelb[e]|Eidotter|Dotter|Eigelbe',
    'goose-liver': 'Gänseleber|Gänsestopfleber|Stopfleber',
    'chicken-leg':
      'Hähnchenschenkel|Hähnchenkeule[n]|Hähnchenunterschenkel|Hähnchenoberschenkel|Hühnerschenkel|Hühnerkeule[n]|Hendlhaxen|Pouletschenkel|Hähnchenkeulen',
  },
  heads: {
    cheese: 'käse',
    'cream-cheese': 'frischkäse',
    quark: 'quark',
    yogurt: 'joghurt|jogurt',
    butter: 'butter',
    kefir: 'kefir',
    mozzarella: 'mozzarella',
    sauerkraut: 'sauerkraut',
  },
  notFood:
    // "Alles in Butter": all fine. "Quarks & Co": a TV show.
    'alles in Butter|alles in bester Butter|Quarks & Co|Quarks und Co|' +
    'Leberkäse|Leberkäs|Fleischkäse|Fleischkäs|Pferdeleberkäse|Käsekuchen|Käse Sahne Torte|Käsesahnetorte|' +
    'Erdnussbutter|Kakaobutter|Sheabutter|Mandelbutter|Cashewbutter|Nussbutter|Apfelbutter|Birnenbutter|Pflaumenbutter|Körperbutter|' +
    'Butterbohnen|Butterbrezel|Butterkeks|Butterkekse|Butterkuchen|Butterbrot|Buttergemüse|' +
    'Wasserkefir|Kefirknollen|Kefir Knollen|Milchkefir Knollen|Kefirpilz|Kefir Pilz|Joghurtkulturen|Joghurtbereiter|Käse Lauch Suppe|Misosuppe|Miso Suppe',
  context: {
    negation: 'ohne',
    vegan:
      'vegan|vegane|veganer|veganes|veganem|veganen|pflanzlich|pflanzliche|pflanzlicher|pflanzliches|pflanzlichen|' +
      'milchfrei|milchfreie|milchfreier|milchfreies|milchfreien|auf Pflanzenbasis|Pflanzen|Ersatz|Analog|Käseimitat',
    plant:
      'Soja|Kokos|Kokosnuss|Hafer|Mandel|Cashew|Reis|Lupinen|Erbsen|Hanf|Dinkel|Kokosmilch|Sojamilch|Hafermilch|Mandelmilch',
    tool: 'Reibe|Reiben|Hobel|Messer|Brett|Bretter|Glocke|Dose|Dosen|Grill|Pfännchen|Ofen|Gerät|Set|Maschine|Kultur|Kulturen|Ferment|Bereiter',
    dish: 'Überzug|Glasur|Kuchen|Torte|Suppe|Sauce|Soße|Sosse|Brötchen|Brezel|Brezeln|Stangen|Kekse|Gebäck|Spätzle|Chips|Flips|Bällchen|Nudeln|Auflauf|Dip|Snack|Snacks|Cracker|Plätzchen|Bohnen|Hähnchen',
    flavour: 'Geschmack|Aroma|Note|Würzung',
    substitute: 'Ersatz|Alternative|Alternativen|Imitat|Analog|frei',
  },
  blockers:
    'soja|kokos|kokosnuss|hafer|mandel|cashew|erdnuss|haselnuss|kakao|shea|reis|lupinen|erbsen|pflanzen|vegan|analog|sesam|leber|fleisch|wasser|körper|hanf|kürbiskern|sonnenblumen',
  linkers: 'nach|Art|aus|mit|von|vom|zum|zur|am|im|für|der|die|das|dem|den',
  conjunctions: 'und|oder|bzw|sowie|beziehungsweise',
};
