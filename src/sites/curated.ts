/**
 * The grocery and recipe sites K2 Lens runs on by default (its content script
 * is declared for them in the manifest). Kept as data; the README lists them.
 * Everything else runs only where the user enables it (an optional host
 * permission) or asks for a one-time scan (activeTab). DOM-free.
 */

export interface CuratedSite {
  /**
   * Registrable domain, or the store's own host where the domain is a larger
   * site (shop.aeon.com, netsuper.rakuten.co.jp); it and all its subdomains
   * are covered.
   */
  domain: string;
  kind: 'grocery' | 'recipes';
  /** ISO 3166-1 alpha-2. */
  country: string;
  name: string;
}

export const CURATED_SITES: readonly CuratedSite[] = [
  // Grocery
  { domain: 'tesco.com', kind: 'grocery', country: 'GB', name: 'Tesco' },
  { domain: 'sainsburys.co.uk', kind: 'grocery', country: 'GB', name: "Sainsbury's" },
  { domain: 'asda.com', kind: 'grocery', country: 'GB', name: 'Asda' },
  { domain: 'waitrose.com', kind: 'grocery', country: 'GB', name: 'Waitrose' },
  { domain: 'ocado.com', kind: 'grocery', country: 'GB', name: 'Ocado' },
  { domain: 'morrisons.com', kind: 'grocery', country: 'GB', name: 'Morrisons' },
  { domain: 'walmart.com', kind: 'grocery', country: 'US', name: 'Walmart' },
  { domain: 'target.com', kind: 'grocery', country: 'US', name: 'Target' },
  { domain: 'instacart.com', kind: 'grocery', country: 'US', name: 'Instacart' },
  { domain: 'kroger.com', kind: 'grocery', country: 'US', name: 'Kroger' },
  { domain: 'wholefoodsmarket.com', kind: 'grocery', country: 'US', name: 'Whole Foods Market' },
  { domain: 'safeway.com', kind: 'grocery', country: 'US', name: 'Safeway' },
  { domain: 'rewe.de', kind: 'grocery', country: 'DE', name: 'REWE' },
  { domain: 'edeka24.de', kind: 'grocery', country: 'DE', name: 'EDEKA24' },
  { domain: 'kaufland.de', kind: 'grocery', country: 'DE', name: 'Kaufland' },
  { domain: 'lidl.de', kind: 'grocery', country: 'DE', name: 'Lidl' },
  { domain: 'bringmeister.de', kind: 'grocery', country: 'DE', name: 'Bringmeister' },
  { domain: 'billa.at', kind: 'grocery', country: 'AT', name: 'BILLA' },
  { domain: 'migros.ch', kind: 'grocery', country: 'CH', name: 'Migros' },
  { domain: 'coop.ch', kind: 'grocery', country: 'CH', name: 'Coop' },
  { domain: 'carrefour.fr', kind: 'grocery', country: 'FR', name: 'Carrefour' },
  { domain: 'auchan.fr', kind: 'grocery', country: 'FR', name: 'Auchan' },
  { domain: 'monoprix.fr', kind: 'grocery', country: 'FR', name: 'Monoprix' },
  { domain: 'intermarche.com', kind: 'grocery', country: 'FR', name: 'Intermarché' },
  { domain: 'coursesu.com', kind: 'grocery', country: 'FR', name: 'Courses U' },
  { domain: 'ah.nl', kind: 'grocery', country: 'NL', name: 'Albert Heijn' },
  { domain: 'jumbo.com', kind: 'grocery', country: 'NL', name: 'Jumbo' },
  { domain: 'plus.nl', kind: 'grocery', country: 'NL', name: 'PLUS' },
  { domain: 'delhaize.be', kind: 'grocery', country: 'BE', name: 'Delhaize' },
  { domain: 'colruyt.be', kind: 'grocery', country: 'BE', name: 'Colruyt' },
  { domain: 'esselunga.it', kind: 'grocery', country: 'IT', name: 'Esselunga' },
  { domain: 'carrefour.it', kind: 'grocery', country: 'IT', name: 'Carrefour Italia' },
  { domain: 'mercadona.es', kind: 'grocery', country: 'ES', name: 'Mercadona' },
  { domain: 'carrefour.es', kind: 'grocery', country: 'ES', name: 'Carrefour España' },
  { domain: 'nemlig.com', kind: 'grocery', country: 'DK', name: 'nemlig.com' },
  { domain: 'mathem.se', kind: 'grocery', country: 'SE', name: 'Mathem' },
  { domain: 'ica.se', kind: 'grocery', country: 'SE', name: 'ICA' },
  { domain: 'willys.se', kind: 'grocery', country: 'SE', name: 'Willys' },
  { domain: 'oda.com', kind: 'grocery', country: 'NO', name: 'Oda' },
  { domain: 'meny.no', kind: 'grocery', country: 'NO', name: 'Meny' },
  { domain: 'tesco.ie', kind: 'grocery', country: 'IE', name: 'Tesco Ireland' },
  { domain: 'supervalu.ie', kind: 'grocery', country: 'IE', name: 'SuperValu' },
  { domain: 'dunnesstoresgrocery.com', kind: 'grocery', country: 'IE', name: 'Dunnes Stores' },
  { domain: 'continente.pt', kind: 'grocery', country: 'PT', name: 'Continente' },
  { domain: 'auchan.pt', kind: 'grocery', country: 'PT', name: 'Auchan Portugal' },
  { domain: 'maltasupermarket.com', kind: 'grocery', country: 'MT', name: 'maltasupermarket.com' },
  { domain: 'spar.com.mt', kind: 'grocery', country: 'MT', name: 'SPAR Malta' },
  { domain: 'k-ruoka.fi', kind: 'grocery', country: 'FI', name: 'K-Ruoka' },
  { domain: 's-kaupat.fi', kind: 'grocery', country: 'FI', name: 'S-kaupat' },
  { domain: 'selver.ee', kind: 'grocery', country: 'EE', name: 'Selver' },
  { domain: 'rimi.ee', kind: 'grocery', country: 'EE', name: 'Rimi Eesti' },
  { domain: 'barbora.ee', kind: 'grocery', country: 'EE', name: 'Barbora Eesti' },
  { domain: 'prismamarket.ee', kind: 'grocery', country: 'EE', name: 'Prisma' },
  { domain: 'rimi.lv', kind: 'grocery', country: 'LV', name: 'Rimi Latvija' },
  { domain: 'barbora.lv', kind: 'grocery', country: 'LV', name: 'Barbora Latvija' },
  { domain: 'rimi.lt', kind: 'grocery', country: 'LT', name: 'Rimi Lietuva' },
  { domain: 'barbora.lt', kind: 'grocery', country: 'LT', name: 'Barbora' },
  { domain: 'frisco.pl', kind: 'grocery', country: 'PL', name: 'Frisco' },
  { domain: 'auchan.pl', kind: 'grocery', country: 'PL', name: 'Auchan Polska' },
  { domain: 'carrefour.pl', kind: 'grocery', country: 'PL', name: 'Carrefour Polska' },
  { domain: 'rohlik.cz', kind: 'grocery', country: 'CZ', name: 'Rohlik' },
  { domain: 'kosik.cz', kind: 'grocery', country: 'CZ', name: 'Košík' },
  { domain: 'itesco.cz', kind: 'grocery', country: 'CZ', name: 'Tesco Česko' },
  { domain: 'itesco.sk', kind: 'grocery', country: 'SK', name: 'Tesco Slovensko' },
  { domain: 'tesco.hu', kind: 'grocery', country: 'HU', name: 'Tesco Magyarország' },
  { domain: 'auchan.hu', kind: 'grocery', country: 'HU', name: 'Auchan Magyarország' },
  { domain: 'kifli.hu', kind: 'grocery', country: 'HU', name: 'Kifli' },
  { domain: 'mercator.si', kind: 'grocery', country: 'SI', name: 'Mercator' },
  { domain: 'spar.si', kind: 'grocery', country: 'SI', name: 'SPAR Slovenija' },
  { domain: 'konzum.hr', kind: 'grocery', country: 'HR', name: 'Konzum' },
  { domain: 'tommy.hr', kind: 'grocery', country: 'HR', name: 'Tommy' },
  { domain: 'maxi.rs', kind: 'grocery', country: 'RS', name: 'Maxi' },
  { domain: 'idea.rs', kind: 'grocery', country: 'RS', name: 'Idea' },
  { domain: 'carrefour.ro', kind: 'grocery', country: 'RO', name: 'Carrefour România' },
  { domain: 'kaufland.ro', kind: 'grocery', country: 'RO', name: 'Kaufland România' },
  { domain: 'auchan.ro', kind: 'grocery', country: 'RO', name: 'Auchan România' },
  { domain: 'mega-image.ro', kind: 'grocery', country: 'RO', name: 'Mega Image' },
  { domain: 'freshful.ro', kind: 'grocery', country: 'RO', name: 'Freshful' },
  { domain: 'ebag.bg', kind: 'grocery', country: 'BG', name: 'eBag' },
  { domain: 'kaufland.bg', kind: 'grocery', country: 'BG', name: 'Kaufland България' },
  { domain: 'ab.gr', kind: 'grocery', country: 'GR', name: 'ΑΒ Βασιλόπουλος' },
  { domain: 'sklavenitis.gr', kind: 'grocery', country: 'GR', name: 'Σκλαβενίτης' },
  { domain: 'mymarket.gr', kind: 'grocery', country: 'GR', name: 'My market' },
  { domain: 'masoutis.gr', kind: 'grocery', country: 'GR', name: 'Μασούτης' },
  { domain: 'e-fresh.gr', kind: 'grocery', country: 'GR', name: 'e-fresh.gr' },
  { domain: 'migros.com.tr', kind: 'grocery', country: 'TR', name: 'Migros Sanal Market' },
  { domain: 'a101.com.tr', kind: 'grocery', country: 'TR', name: 'A101' },
  { domain: 'carrefoursa.com', kind: 'grocery', country: 'TR', name: 'CarrefourSA' },
  { domain: 'sokmarket.com.tr', kind: 'grocery', country: 'TR', name: 'ŞOK Market' },
  { domain: 'vkusvill.ru', kind: 'grocery', country: 'RU', name: 'ВкусВилл' },
  { domain: 'perekrestok.ru', kind: 'grocery', country: 'RU', name: 'Перекрёсток' },
  { domain: 'utkonos.ru', kind: 'grocery', country: 'RU', name: 'Утконос' },
  { domain: 'auchan.ru', kind: 'grocery', country: 'RU', name: 'Ашан' },
  { domain: 'lenta.com', kind: 'grocery', country: 'RU', name: 'Лента' },
  { domain: 'magnit.ru', kind: 'grocery', country: 'RU', name: 'Магнит' },
  { domain: 'metro-cc.ru', kind: 'grocery', country: 'RU', name: 'METRO' },
  { domain: 'silpo.ua', kind: 'grocery', country: 'UA', name: 'Сільпо' },
  { domain: 'novus.online', kind: 'grocery', country: 'UA', name: 'NOVUS' },
  { domain: 'zakaz.ua', kind: 'grocery', country: 'UA', name: 'Zakaz.ua' },
  { domain: 'auchan.ua', kind: 'grocery', country: 'UA', name: 'Ашан' },
  { domain: 'fozzyshop.ua', kind: 'grocery', country: 'UA', name: 'Fozzy' },
  { domain: 'atbmarket.com', kind: 'grocery', country: 'UA', name: 'АТБ' },
  { domain: 'shop.aeon.com', kind: 'grocery', country: 'JP', name: 'イオンネットスーパー' },
  { domain: 'netsuper.rakuten.co.jp', kind: 'grocery', country: 'JP', name: '楽天全国スーパー' },
  { domain: 'oisix.com', kind: 'grocery', country: 'JP', name: 'Oisix' },
  { domain: 'coupang.com', kind: 'grocery', country: 'KR', name: '쿠팡' },
  { domain: 'ssg.com', kind: 'grocery', country: 'KR', name: 'SSG.COM (이마트몰)' },
  { domain: 'lotteon.com', kind: 'grocery', country: 'KR', name: '롯데ON' },
  { domain: 'kurly.com', kind: 'grocery', country: 'KR', name: '컬리' },
  { domain: 'homeplus.co.kr', kind: 'grocery', country: 'KR', name: '홈플러스' },
  { domain: 'tmall.com', kind: 'grocery', country: 'CN', name: '天猫' },
  { domain: 'jd.com', kind: 'grocery', country: 'CN', name: '京东' },
  { domain: 'pchome.com.tw', kind: 'grocery', country: 'TW', name: 'PChome 24h' },
  { domain: 'carrefour.com.tw', kind: 'grocery', country: 'TW', name: '家樂福' },
  { domain: 'hktvmall.com', kind: 'grocery', country: 'HK', name: 'HKTVmall' },
  { domain: 'parknshop.com', kind: 'grocery', country: 'HK', name: '百佳 PARKnSHOP' },
  { domain: 'wellcome.com.hk', kind: 'grocery', country: 'HK', name: '惠康 Wellcome' },
  { domain: 'woolworths.com.au', kind: 'grocery', country: 'AU', name: 'Woolworths' },
  { domain: 'coles.com.au', kind: 'grocery', country: 'AU', name: 'Coles' },
  { domain: 'harrisfarm.com.au', kind: 'grocery', country: 'AU', name: 'Harris Farm Markets' },
  { domain: 'woolworths.co.nz', kind: 'grocery', country: 'NZ', name: 'Woolworths NZ' },
  { domain: 'paknsave.co.nz', kind: 'grocery', country: 'NZ', name: "PAK'nSAVE" },
  { domain: 'newworld.co.nz', kind: 'grocery', country: 'NZ', name: 'New World' },
  { domain: 'loblaws.ca', kind: 'grocery', country: 'CA', name: 'Loblaws' },
  { domain: 'realcanadiansuperstore.ca', kind: 'grocery', country: 'CA', name: 'Real Canadian Superstore' },
  { domain: 'walmart.ca', kind: 'grocery', country: 'CA', name: 'Walmart Canada' },
  { domain: 'voila.ca', kind: 'grocery', country: 'CA', name: 'Voilà' },
  { domain: 'metro.ca', kind: 'grocery', country: 'CA', name: 'Metro' },
  // Recipes
  { domain: 'allrecipes.com', kind: 'recipes', country: 'US', name: 'Allrecipes' },
  { domain: 'seriouseats.com', kind: 'recipes', country: 'US', name: 'Serious Eats' },
  { domain: 'food.com', kind: 'recipes', country: 'US', name: 'Food.com' },
  { domain: 'foodnetwork.com', kind: 'recipes', country: 'US', name: 'Food Network' },
  { domain: 'epicurious.com', kind: 'recipes', country: 'US', name: 'Epicurious' },
  { domain: 'bonappetit.com', kind: 'recipes', country: 'US', name: 'Bon Appétit' },
  { domain: 'simplyrecipes.com', kind: 'recipes', country: 'US', name: 'Simply Recipes' },
  { domain: 'thekitchn.com', kind: 'recipes', country: 'US', name: 'The Kitchn' },
  { domain: 'bbcgoodfood.com', kind: 'recipes', country: 'GB', name: 'BBC Good Food' },
  { domain: 'jamieoliver.com', kind: 'recipes', country: 'GB', name: 'Jamie Oliver' },
  { domain: 'chefkoch.de', kind: 'recipes', country: 'DE', name: 'Chefkoch' },
  { domain: 'lecker.de', kind: 'recipes', country: 'DE', name: 'lecker.de' },
  { domain: 'marmiton.org', kind: 'recipes', country: 'FR', name: 'Marmiton' },
  { domain: '750g.com', kind: 'recipes', country: 'FR', name: '750g' },
  { domain: 'giallozafferano.it', kind: 'recipes', country: 'IT', name: 'GialloZafferano' },
  { domain: 'recetasgratis.net', kind: 'recipes', country: 'ES', name: 'RecetasGratis' },
  { domain: 'arla.se', kind: 'recipes', country: 'SE', name: 'Arla' },
  { domain: 'valdemarsro.dk', kind: 'recipes', country: 'DK', name: 'Valdemarsro' },
  { domain: 'matprat.no', kind: 'recipes', country: 'NO', name: 'MatPrat' },
];

/** Manifest match patterns covering a domain and its subdomains. */
export function patternsFor(domain: string): string[] {
  return [`*://${domain}/*`, `*://*.${domain}/*`];
}

export const CURATED_MATCHES: readonly string[] = CURATED_SITES.flatMap((s) => patternsFor(s.domain));

/** The host name of a URL, or undefined for anything but http(s). */
export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The curated site a host belongs to (the domain itself or a subdomain of it). */
export function curatedSiteOf(host: string): CuratedSite | undefined {
  return CURATED_SITES.find((s) => host === s.domain || host.endsWith(`.${s.domain}`));
}

/** The origin pattern the user grants when enabling a site ("https://shop.example/*"). */
export function originPatternFor(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}
