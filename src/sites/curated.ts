/**
 * The grocery and recipe sites K2 Lens runs on by default (its content script
 * is declared for them in the manifest). Kept as data; the README lists them.
 * Everything else runs only where the user enables it (an optional host
 * permission) or asks for a one-time scan (activeTab). DOM-free.
 */

export interface CuratedSite {
  /** Registrable domain; the site and all its subdomains are covered. */
  domain: string;
  kind: 'grocery' | 'recipes';
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
