/**
 * Synthetic grocery pages for the benchmark (pure, deterministic): a shop
 * listing with a header, navigation, filters and N product tiles in nine
 * languages (shelves of 50 tiles per language), about a third of them naming a
 * food of the dataset by one of its names in the tile's language, the others
 * everyday groceries (with the usual false friends: peanut butter, butternut
 * squash, cheese graters). Tiles are nested like real shop markup: media box
 * (a CSS box, no image file), promo labels, brand, linked title with its
 * weight, unit price, rating, current and old price, an add-to-cart button.
 */

export const BENCH_LANGS = ['en', 'de', 'fr', 'nl', 'it', 'es', 'sv', 'da', 'no'] as const;
export type BenchLang = (typeof BENCH_LANGS)[number];

/** A food of the dataset with its names per language (dataset `names`, with `nb` read as `no`). */
export interface FoodNames {
  id: string;
  names: Partial<Record<BenchLang, string[]>>;
  /** The dataset's display name, used where a language has no name of its own. */
  fallback: string;
}

export interface TileInfo {
  index: number;
  lang: BenchLang;
  title: string;
  /** The dataset food the title names, if any. */
  foodId?: string;
}

export interface PageOptions {
  seed: number;
  tiles: number;
  foods: readonly FoodNames[];
  /** Share of tiles naming a food (default 1/3). */
  foodShare?: number;
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

/** Everyday groceries per language (no dataset food, a few false friends among them). */
const GROCERIES: Record<BenchLang, readonly string[]> = {
  en: [
    'Wholemeal sliced bread',
    'Spaghetti No. 5',
    'Basmati rice',
    'Ground coffee medium roast',
    'Orange juice with bits',
    'Fairtrade bananas',
    'Vine tomatoes',
    'Free range eggs',
    'Chicken breast fillets',
    'Extra virgin olive oil',
    'Dark chocolate 70%',
    'Porridge oats',
    'Bio laundry liquid',
    'Toilet tissue 9 rolls',
    'Sparkling mineral water',
    'Strawberry jam',
    'Chopped tomatoes in juice',
    'Smoked salmon slices',
    'Smooth peanut butter',
    'Butternut squash',
    'Stainless steel cheese grater',
    'Apple cider vinegar',
    'Clear honey',
    'Corn flakes',
    'Green tea bags',
    'Sea salt crisps',
    'Garden peas, frozen',
    'Cocoa butter lip balm',
    'Baby spinach',
    'Red lentils',
  ],
  de: [
    'Vollkorn-Toastbrot',
    'Spaghetti Nr. 5',
    'Basmati-Reis',
    'Röstkaffee gemahlen',
    'Orangensaft mit Fruchtfleisch',
    'Bio-Bananen',
    'Rispentomaten',
    'Eier aus Freilandhaltung',
    'Hähnchenbrustfilet',
    'Natives Olivenöl extra',
    'Zartbitterschokolade 70 %',
    'Haferflocken zart',
    'Vollwaschmittel flüssig',
    'Toilettenpapier 3-lagig',
    'Mineralwasser classic',
    'Erdbeer-Konfitüre',
    'Gehackte Tomaten',
    'Räucherlachs in Scheiben',
    'Erdnussbutter cremig',
    'Butternut-Kürbis',
    'Käsereibe aus Edelstahl',
    'Apfelessig naturtrüb',
    'Blütenhonig cremig',
    'Cornflakes',
    'Grüner Tee',
    'Kartoffelchips gesalzen',
    'Erbsen, tiefgefroren',
    'Babyspinat',
    'Rote Linsen',
    'Weizenmehl Type 405',
  ],
  fr: [
    'Pain de mie complet',
    'Spaghetti n°5',
    'Riz basmati',
    'Café moulu pur arabica',
    "Jus d'orange avec pulpe",
    'Bananes bio',
    'Tomates grappe',
    'Œufs plein air',
    'Filets de poulet',
    "Huile d'olive vierge extra",
    'Chocolat noir 70 %',
    "Flocons d'avoine",
    'Lessive liquide',
    'Papier toilette',
    'Eau minérale gazeuse',
    'Confiture de fraises',
    'Tomates concassées',
    'Saumon fumé',
    'Beurre de cacahuète',
    'Courge butternut',
    'Râpe à fromage inox',
    'Vinaigre de cidre',
    'Miel toutes fleurs',
    'Pétales de maïs',
    'Thé vert',
    'Chips nature',
    'Petits pois surgelés',
    'Pousses d’épinard',
    'Lentilles corail',
    'Farine de blé T45',
  ],
  nl: [
    'Volkoren brood gesneden',
    'Spaghetti',
    'Basmatirijst',
    'Filterkoffie snelfiltermaling',
    'Sinaasappelsap met vruchtvlees',
    'Biologische bananen',
    'Trostomaten',
    'Scharreleieren',
    'Kipfilet',
    'Olijfolie extra vierge',
    'Pure chocolade 70%',
    'Havermout',
    'Vloeibaar wasmiddel',
    'Toiletpapier',
    'Bruisend mineraalwater',
    'Aardbeienjam',
    'Tomatenblokjes',
    'Gerookte zalm',
    'Pindakaas',
    'Flespompoen',
    'Kaasschaaf',
    'Appelazijn',
    'Honing',
    'Cornflakes',
    'Groene thee',
    'Chips naturel',
    'Doperwten diepvries',
    'Spinazie',
    'Rode linzen',
    'Tarwebloem',
  ],
  it: [
    'Pane in cassetta integrale',
    'Spaghetti n. 5',
    'Riso basmati',
    'Caffè macinato',
    "Succo d'arancia",
    'Banane bio',
    'Pomodori a grappolo',
    'Uova da galline allevate a terra',
    'Petto di pollo a fette',
    "Olio extravergine d'oliva",
    'Cioccolato fondente 70%',
    "Fiocchi d'avena",
    'Detersivo liquido',
    'Carta igienica',
    'Acqua minerale frizzante',
    'Confettura di fragole',
    'Polpa di pomodoro',
    'Salmone affumicato',
    "Burro d'arachidi",
    'Zucca butternut',
    'Grattugia per formaggio',
    'Aceto di mele',
    'Miele millefiori',
    'Fiocchi di mais',
    'Tè verde',
    'Patatine classiche',
    'Piselli surgelati',
    'Spinacini',
    'Lenticchie rosse',
    'Farina 00',
  ],
  es: [
    'Pan de molde integral',
    'Espaguetis',
    'Arroz basmati',
    'Café molido natural',
    'Zumo de naranja con pulpa',
    'Plátanos de Canarias',
    'Tomates en rama',
    'Huevos camperos',
    'Pechuga de pollo fileteada',
    'Aceite de oliva virgen extra',
    'Chocolate negro 70%',
    'Copos de avena',
    'Detergente líquido',
    'Papel higiénico',
    'Agua mineral con gas',
    'Mermelada de fresa',
    'Tomate triturado',
    'Salmón ahumado',
    'Crema de cacahuete',
    'Calabaza butternut',
    'Rallador de queso',
    'Vinagre de manzana',
    'Miel de flores',
    'Copos de maíz',
    'Té verde',
    'Patatas fritas',
    'Guisantes congelados',
    'Espinacas baby',
    'Lentejas rojas',
    'Harina de trigo',
  ],
  sv: [
    'Fullkornsbröd skivat',
    'Spaghetti',
    'Basmatiris',
    'Bryggkaffe mellanrost',
    'Apelsinjuice med fruktkött',
    'Ekologiska bananer',
    'Kvisttomater',
    'Frigående ägg',
    'Kycklingbröstfilé',
    'Extra jungfruolivolja',
    'Mörk choklad 70 %',
    'Havregryn',
    'Flytande tvättmedel',
    'Toalettpapper',
    'Kolsyrat mineralvatten',
    'Jordgubbssylt',
    'Krossade tomater',
    'Kallrökt lax',
    'Jordnötssmör',
    'Butternutpumpa',
    'Osthyvel',
    'Äppelcidervinäger',
    'Flytande honung',
    'Cornflakes',
    'Grönt te',
    'Potatischips',
    'Gröna ärter, frysta',
    'Babyspenat',
    'Röda linser',
    'Vetemjöl',
  ],
  da: [
    'Rugbrød skiveskåret',
    'Spaghetti',
    'Basmatiris',
    'Formalet kaffe',
    'Appelsinjuice med frugtkød',
    'Økologiske bananer',
    'Tomater på stilk',
    'Frilandsæg',
    'Kyllingebrystfilet',
    'Ekstra jomfru olivenolie',
    'Mørk chokolade 70 %',
    'Havregryn',
    'Flydende vaskemiddel',
    'Toiletpapir',
    'Danskvand',
    'Jordbærsyltetøj',
    'Hakkede tomater',
    'Røget laks',
    'Peanutbutter',
    'Butternut squash',
    'Osteskærer',
    'Æblecidereddike',
    'Honning',
    'Cornflakes',
    'Grøn te',
    'Kartoffelchips',
    'Ærter, frosne',
    'Babyspinat',
    'Røde linser',
    'Hvedemel',
  ],
  no: [
    'Grovbrød skivet',
    'Spaghetti',
    'Basmatiris',
    'Filtermalt kaffe',
    'Appelsinjuice med fruktkjøtt',
    'Økologiske bananer',
    'Tomater på stilk',
    'Frittgående egg',
    'Kyllingfilet',
    'Extra virgin olivenolje',
    'Mørk sjokolade 70 %',
    'Havregryn',
    'Flytende vaskemiddel',
    'Toalettpapir',
    'Farris naturell',
    'Jordbærsyltetøy',
    'Hakkede tomater',
    'Røkt laks',
    'Peanøttsmør',
    'Butternut-gresskar',
    'Ostehøvel',
    'Eplecidereddik',
    'Honning',
    'Cornflakes',
    'Grønn te',
    'Potetgull',
    'Erter, frosne',
    'Babyspinat',
    'Røde linser',
    'Hvetemel',
  ],
};

/** Words a shop puts after a food's name. */
const QUALIFIERS: Record<BenchLang, readonly string[]> = {
  en: [
    'mature',
    'sliced',
    'grated',
    'organic',
    'block',
    'PDO',
    'light',
    'original',
    'extra mature',
    'snack pack',
  ],
  de: [
    'am Stück',
    'gerieben',
    'in Scheiben',
    'Bio',
    'mild',
    'würzig',
    'Original',
    'fettarm',
    'natur',
    'Vorteilspack',
  ],
  fr: [
    'AOP',
    'râpé',
    'en tranches',
    'bio',
    'affiné',
    'nature',
    'au lait cru',
    'allégé',
    'fermier',
    'format familial',
  ],
  nl: [
    'jong belegen',
    'plakken',
    'geraspt',
    'biologisch',
    'oud',
    'naturel',
    'light',
    'stuk',
    'extra belegen',
    'voordeel',
  ],
  it: [
    'DOP',
    'grattugiato',
    'a fette',
    'biologico',
    'stagionato',
    'fresco',
    'light',
    'classico',
    'maxi',
    'snack',
  ],
  es: [
    'curado',
    'en lonchas',
    'rallado',
    'ecológico',
    'DOP',
    'tierno',
    'natural',
    'light',
    'pack ahorro',
    'semicurado',
  ],
  sv: [
    'skivad',
    'riven',
    'ekologisk',
    'lagrad',
    'mild',
    'naturell',
    'lätt',
    'bit',
    'extra lagrad',
    'storpack',
  ],
  da: [
    'skiver',
    'revet',
    'økologisk',
    'lagret',
    'mild',
    'naturel',
    'let',
    'stykke',
    'ekstra lagret',
    'storpak',
  ],
  no: [
    'skivet',
    'revet',
    'økologisk',
    'lagret',
    'mild',
    'naturell',
    'lett',
    'stykke',
    'ekstra lagret',
    'storpakning',
  ],
};

const BRANDS = [
  'FreshCart',
  'Nordvik',
  'Alpenhof',
  'La Ferme',
  'Weidegold',
  'Casa Verde',
  'Mejeriet',
  'Hollandia Farm',
  'Valle Antica',
  'Green Basket',
  'Sunny Fields',
  'Bergland',
  'Huerta Real',
  'Fjordkøkken',
  'Boerderij Zuid',
  'Maison Dupré',
];

const CART: Record<BenchLang, string> = {
  en: 'Add to basket',
  de: 'In den Warenkorb',
  fr: 'Ajouter au panier',
  nl: 'In winkelwagen',
  it: 'Aggiungi al carrello',
  es: 'Añadir al carrito',
  sv: 'Lägg i varukorgen',
  da: 'Læg i kurv',
  no: 'Legg i handlekurven',
};

const STOCK: Record<BenchLang, readonly string[]> = {
  en: ['In stock', 'Only 3 left', 'Delivered tomorrow'],
  de: ['Auf Lager', 'Nur noch 3 Stück', 'Morgen geliefert'],
  fr: ['En stock', 'Plus que 3', 'Livré demain'],
  nl: ['Op voorraad', 'Nog 3 stuks', 'Morgen in huis'],
  it: ['Disponibile', 'Solo 3 rimasti', 'Consegna domani'],
  es: ['En stock', 'Quedan 3', 'Entrega mañana'],
  sv: ['I lager', 'Endast 3 kvar', 'Leverans i morgon'],
  da: ['På lager', 'Kun 3 tilbage', 'Leveres i morgen'],
  no: ['På lager', 'Kun 3 igjen', 'Levert i morgen'],
};

const PROMO: Record<BenchLang, readonly string[]> = {
  en: ['New', 'Offer', '2 for £3'],
  de: ['Neu', 'Angebot', '2 für 3 €'],
  fr: ['Nouveau', 'Promo', '2 achetés = 1 offert'],
  nl: ['Nieuw', 'Aanbieding', '1+1 gratis'],
  it: ['Novità', 'Offerta', '3x2'],
  es: ['Nuevo', 'Oferta', '2ª unidad -50%'],
  sv: ['Nyhet', 'Erbjudande', '2 för 40 kr'],
  da: ['Nyhed', 'Tilbud', '2 for 30 kr.'],
  no: ['Nyhet', 'Tilbud', '3 for 2'],
};

const HUES = ['#f3e3a1', '#e8c766', '#d9e7c4', '#f1d1c1', '#cfe0f0', '#eadcf5', '#f6efe1', '#dcd3c0'];

function money(lang: BenchLang, value: number): string {
  const [whole, cents] = value.toFixed(2).split('.') as [string, string];
  switch (lang) {
    case 'en':
      return `£${whole}.${cents}`;
    case 'sv':
    case 'no':
      return `${Math.round(value * 10)},${cents} kr`;
    case 'da':
      return `${Math.round(value * 7)},${cents} kr.`;
    default:
      return `${whole},${cents} €`;
  }
}

function weight(rng: () => number, lang: BenchLang): { text: string; grams: number } {
  const r = rng();
  if (lang === 'en' && r < 0.15) {
    const oz = pick(rng, [6, 7, 8, 12, 16]);
    return { text: `${oz} oz`, grams: oz * 28.35 };
  }
  if (r < 0.3) {
    const n = pick(rng, [2, 3, 4, 6]);
    const each = pick(rng, [20, 50, 100, 125, 150]);
    return { text: `${n} x ${each} g`, grams: n * each };
  }
  if (r < 0.45) {
    const kg = pick(rng, [1, 1.5, 2]);
    return { text: `${String(kg).replace('.', lang === 'en' ? '.' : ',')} kg`, grams: kg * 1000 };
  }
  const g = pick(rng, [100, 125, 150, 180, 200, 250, 300, 400, 450, 500, 750]);
  return { text: `${g} g`, grams: g };
}

/** The name a tile uses for a food in its language. */
function foodName(rng: () => number, food: FoodNames, lang: BenchLang): string {
  const own = food.names[lang];
  const name = own && own.length > 0 ? pick(rng, own) : food.fallback;
  // Display names carry explanations in parentheses ("Brie (soft-ripened)"): a shop title does not.
  return name.replace(/\s*\([^)]*\)/g, '').trim();
}

/** Tile `index` of the page with `seed`: the same arguments give the same tile. */
export function tileInfo(options: PageOptions, index: number): TileInfo {
  const rng = prng((options.seed * 1_000_003 + index * 7919) >>> 0);
  const lang = BENCH_LANGS[Math.floor(index / 50) % BENCH_LANGS.length] as BenchLang;
  const share = options.foodShare ?? 1 / 3;
  if (options.foods.length > 0 && rng() < share) {
    const food = pick(rng, options.foods);
    const name = foodName(rng, food, lang);
    const before = rng() < 0.5 ? `${pick(rng, BRANDS)} ` : '';
    const after = rng() < 0.7 ? ` ${pick(rng, QUALIFIERS[lang])}` : '';
    return { index, lang, title: `${before}${name}${after}`, foodId: food.id };
  }
  return { index, lang, title: pick(rng, GROCERIES[lang]) };
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** The HTML of tiles [start, start + count), each an `<li>` of the product grid. */
export function tilesHtml(options: PageOptions, start: number, count: number): string {
  const out: string[] = [];
  for (let i = start; i < start + count; i++) out.push(tileHtml(options, i));
  return out.join('\n');
}

function tileHtml(options: PageOptions, index: number): string {
  const info = tileInfo(options, index);
  const rng = prng((options.seed * 31 + index * 104729 + 17) >>> 0);
  const { lang } = info;
  const sku = 100000 + index;
  const w = weight(rng, lang);
  const price = 0.49 + Math.floor(rng() * 1500) / 100;
  const perKg = (price / w.grams) * 1000;
  const old = rng() < 0.25 ? `<s class="price__old">${money(lang, price * 1.25)}</s>` : '';
  const promo = rng() < 0.3 ? `<span class="tile__label">${esc(pick(rng, PROMO[lang]))}</span>` : '';
  const brand = pick(rng, BRANDS);
  const rating = (3 + rng() * 2).toFixed(1);
  const reviews = Math.floor(rng() * 900);
  const hue = pick(rng, HUES);
  const [whole, cents] = money(lang, price).split(/[.,](?=\d\d)/) as [string, string | undefined];
  return (
    `<li class="grid__item"><article class="tile" data-sku="${sku}">` +
    `<a class="tile__media" href="/p/${sku}" tabindex="-1"><div class="img" style="background:${hue}"></div>${promo}</a>` +
    `<div class="tile__body"><div class="tile__brand">${esc(brand)}</div>` +
    `<h3 class="tile__title"><a href="/p/${sku}">${esc(info.title)} <span class="tile__weight">${esc(w.text)}</span></a></h3>` +
    `<div class="tile__meta"><span class="tile__unit">${esc(money(lang, perKg))}/kg</span> · <span class="tile__stock">${esc(pick(rng, STOCK[lang]))}</span></div>` +
    `<div class="tile__rating" aria-label="${rating} / 5"><span class="stars" style="--r:${rating}"></span><span class="tile__reviews">(${reviews})</span></div>` +
    `<div class="tile__price"><span class="price__now">${esc(whole)}<sup>${esc(cents ?? '')}</sup></span>${old}</div>` +
    `<button class="tile__cart" type="button">${esc(CART[lang])}</button>` +
    '</div></article></li>'
  );
}

const CSS = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; background: #f7f7f5; }
header { display: flex; gap: 16px; align-items: center; padding: 10px 24px; background: #1f6f4a; color: #fff; }
header nav a { color: #fff; margin-right: 12px; text-decoration: none; }
.layout { display: grid; grid-template-columns: 220px 1fr; gap: 16px; padding: 16px 24px; }
aside label { display: block; margin: 2px 0; }
.grid { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
.tile { background: #fff; border-radius: 8px; padding: 10px; box-shadow: 0 1px 2px #0002; position: relative; }
.tile__media { display: block; position: relative; }
.img { height: 110px; border-radius: 6px; }
.tile__label { position: absolute; top: 6px; left: 6px; background: #c0392b; color: #fff; font-size: 11px; padding: 1px 6px; border-radius: 3px; }
.tile__brand { color: #666; font-size: 12px; }
.tile__title { font-size: 14px; font-weight: 600; margin: 4px 0; }
.tile__title a { color: inherit; text-decoration: none; }
.tile__meta, .tile__rating { color: #666; font-size: 12px; }
.stars { display: inline-block; width: 70px; height: 12px; background: linear-gradient(90deg, #f5b301 calc(var(--r) * 20%), #ddd 0); }
.price__now { font-weight: 700; font-size: 16px; color: #1f6f4a; }
.price__old { color: #999; margin-left: 6px; }
.tile__cart { margin-top: 6px; width: 100%; }
section.shelf > h2 { font-size: 16px; margin: 16px 0 8px; }
footer { padding: 24px; background: #eee; }
`;

/** A whole grocery listing page. */
export function groceryPage(options: PageOptions): string {
  const shelves: string[] = [];
  for (let start = 0; start < options.tiles; start += 50) {
    const lang = BENCH_LANGS[Math.floor(start / 50) % BENCH_LANGS.length] as BenchLang;
    const count = Math.min(50, options.tiles - start);
    shelves.push(
      `<section class="shelf" lang="${lang}"><h2>${lang.toUpperCase()} · ${start + 1}–${start + count}</h2>\n` +
        `<ul class="grid">\n${tilesHtml(options, start, count)}\n</ul></section>`,
    );
  }
  const filters = BRANDS.map(
    (b, i) =>
      `<label><input type="checkbox" name="brand" value="${i}"> ${esc(b)} <span>(${(i * 37) % 200})</span></label>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FreshCart — all products (${options.tiles})</title>
<style>${CSS}</style>
</head>
<body>
<header><strong>FreshCart</strong>
<nav aria-label="Departments"><a href="/c/fresh">Fruit &amp; vegetables</a><a href="/c/dairy">Cheese &amp; dairy</a><a href="/c/bakery">Bakery</a><a href="/c/pantry">Pantry</a><a href="/c/drinks">Drinks</a><a href="/c/household">Household</a></nav>
<input type="search" placeholder="Search products" aria-label="Search"></header>
<div class="layout">
<aside aria-label="Filters"><h2>Filter</h2><h3>Brand</h3>
${filters}
<h3>Diet</h3><label><input type="checkbox"> Organic</label><label><input type="checkbox"> Vegan</label><label><input type="checkbox"> Lactose free</label>
</aside>
<main><nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/all">All products</a></nav>
<h1>All products</h1><p class="count">${options.tiles} products</p>
<div id="shelves">
${shelves.join('\n')}
</div>
<ul class="grid" id="more" aria-label="More products"></ul>
</main>
</div>
<footer><p>Prices include VAT. Delivery from £3.50. © FreshCart</p><nav aria-label="Footer"><a href="/help">Help</a> · <a href="/privacy">Privacy</a></nav></footer>
</body>
</html>
`;
}

/** Food names per language from dataset foods (`names` keyed by language; `nb`/`nn` count as `no`). */
export function foodNamesOf(
  foods: readonly { id: string; name: string; names: Record<string, readonly string[]> }[],
): FoodNames[] {
  return foods.map((f) => {
    const names: Partial<Record<BenchLang, string[]>> = {};
    for (const lang of BENCH_LANGS) {
      const own =
        lang === 'no' ? [...(f.names.nb ?? []), ...(f.names.nn ?? []), ...(f.names.no ?? [])] : f.names[lang];
      if (own && own.length > 0) names[lang] = [...own];
    }
    return { id: f.id, names, fallback: f.name };
  });
}
