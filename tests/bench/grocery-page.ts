/**
 * A synthetic grocery listing page for benchmarks: N product tiles with
 * realistic markup (title link, brand, weight, price, badges, button), about a
 * third of them dairy or fermented foods, the rest other groceries — including
 * false friends (peanut butter, butternut, cheese graters). Deterministic.
 */
const DAIRY = [
  'Old Amsterdam Gouda 48+ 400g',
  'Jarlsberg skiver 200 g',
  'Président Brie 2 x 125 g',
  'Milram Frischkäse Natur 200g',
  'Weihenstephan Naturjoghurt mild 3,5% 500g',
  'Andechser Bio-Kefir mild 1,5% 500g',
  'Crème fraîche d’Isigny 20cl',
  'Kerrygold Original Irische Butter 250g',
  'Parmigiano Reggiano DOP 24 Monate 200g',
  'Mozzarella di Bufala Campana 125g',
  'Leerdammer Original Scheiben 160g',
  'Bergkäse 12 Monate gereift 200g',
  'Kühne Sauerkraut mild 810g',
  'Miso Paste hell 300g',
  'Fage Total 0% Greek Yogurt 500g',
  'Tillamook Sharp Cheddar Cheese 8 oz',
  'Schmand 24% 200g',
  'Magerquark 500g',
  'Feta-Käse in Salzlake 200g',
  'Buttermilch 500ml',
];
const OTHER = [
  'Barilla Spaghetti n.5 500g',
  'Bio Bananen 1kg',
  'Jif Creamy Peanut Butter 16 oz',
  'Butternut Kürbis Stück',
  'Käsereibe Edelstahl',
  'Vegane Butter 250g',
  'Lindt Excellence 70% 100g',
  'Coca-Cola Zero 1,5L',
  'Haferdrink Barista 1L',
  'Tomaten passiert 500g',
  'Olivenöl extra vergine 750ml',
  'Basmati Reis 1kg',
  'Mehl Type 405 1kg',
  'Eier Freiland 10 Stück',
  'Apfelsaft naturtrüb 1L',
  'Kartoffeln festkochend 2,5kg',
  'Hähnchenbrustfilet 400g',
  'Toilettenpapier 8 Rollen',
  'Zahnpasta Sensitive 75ml',
  'Espresso Bohnen 1kg',
  'Walkers Cheese & Onion Crisps 6 x 25g',
  'Erdnussbutter Crunchy 350g',
  'Spinat tiefgekühlt 450g',
  'Müsli Früchte 750g',
  'Mineralwasser still 6 x 1,5L',
  'Brot Vollkorn 500g',
  'Zwiebeln 1kg',
  'Paprika rot 500g',
  'Gurke Stück',
  'Linsen rot 500g',
];
const BRANDS = [
  'Ja!',
  'Gut & Günstig',
  'REWE Bio',
  'K-Classic',
  'Milbona',
  'Alnatura',
  'Edeka',
  'dm Bio',
  'Penny',
  'Lidl',
];

/** `dairyEvery`: one tile in that many is a dairy or fermented food (3: a cheese aisle; 20: a mixed listing). */
export function groceryTile(i: number, dairyEvery = 3): string {
  const dairy = i % dairyEvery === 0;
  const list = dairy ? DAIRY : OTHER;
  const name = list[(i * 7) % list.length] as string;
  const brand = BRANDS[(i * 13) % BRANDS.length] as string;
  const price = (((i * 37) % 900) / 100 + 0.49).toFixed(2).replace('.', ',');
  return (
    `<article class="product-tile" data-id="${i}"><a class="tile-link" href="/p/${i}"><img src="/img/${i}.jpg" alt="" loading="lazy"></a>` +
    `<div class="tile-body"><span class="brand">${brand}</span><h3 class="title"><a href="/p/${i}">${name}</a></h3>` +
    `<div class="price"><span class="amount">${price}</span> <span class="currency">€</span></div>` +
    `<div class="unit-price">(1 kg = ${price} €)</div><ul class="badges"><li>Bio</li><li>Neu</li></ul>` +
    `<button class="add" type="button"><span>In den Warenkorb</span></button></div></article>\n`
  );
}

/** A page of `tiles` product tiles (about 560 bytes each). */
export function groceryPage(tiles: number, dairyEvery = 3): string {
  let body = '';
  for (let i = 0; i < tiles; i++) body += groceryTile(i, dairyEvery);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Käse &amp; Molkereiprodukte</title>
<script>window.dataLayer=[];</script><style>.product-tile{display:inline-block}</style></head>
<body><header><nav><ul><li><a href="/kaese">Käse</a></li><li><a href="/milch">Milch &amp; Butter</a></li><li><a href="/obst">Obst</a></li></ul></nav></header>
<main><h1>Käse &amp; Molkereiprodukte</h1><section class="grid">\n${body}</section></main>
<footer><p>Alle Preise inkl. MwSt.</p><noscript><iframe src="/gtm"></iframe></noscript></footer></body></html>`;
}

/** A page of about `bytes` bytes. */
export function groceryPageOfSize(bytes: number): string {
  const tile = groceryTile(1).length;
  return groceryPage(Math.ceil(bytes / tile));
}
