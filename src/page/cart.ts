/**
 * A cart, basket or checkout page: its address, its title or a heading names
 * the cart or the order, or it holds a checkout's payment or shipping fields,
 * or a table with a quantity column — and it shows quantities (its lines:
 * ./cart-lines.ts).
 */
import { cartLines, columnMarkers, inChrome } from './cart-lines';

/** Words for a cart, basket or checkout in the supported languages (Japanese and Chinese words stand inside longer words, as in ショッピングカート). */
export const CART_WORDS =
  /(?<!\p{L})(?:cart|basket|trolley|bag|checkout|warenkorb|einkaufswagen|kasse|panier|caisse|winkelwagen|winkelmand|winkelkar|kassa|carrello|cassa|carrito|cesta|cesto|koszyk|košík|kosik|pokladna|pokladňa|kosár|kosar|pénztár|penztar|kassza|kundvagn|varukorg|handlekurv|indkøbskurv|kurv|ostoskori|sepet|coş|cos|košarica|košara|ostukorv|grozs|krepšelis|korpa|keranjang|καλάθι|корзина|кошик|количка|장바구니)(?!\p{L})|カート|買い物かご|购物车|購物車/iu;

/** Names of the order under way (its summary, "your order") in the supported languages, as a heading writes them. */
export const ORDER_WORDS =
  /(?<!\p{L})(?:order summary|your order|order details|order review|bestellübersicht|ihre bestellung|deine bestellung|récapitulatif|votre commande|resumen del pedido|tu pedido|su pedido|riepilogo|il tuo ordine|podsumowanie zamówienia|twoje zamówienie|shrnutí objednávky|vaše objednávka|rendelés összesítése|rendelés összegzése|tilauksen yhteenveto|ordreoversigt|din ordre|din beställning|ordersammanfattning|je bestelling|besteloverzicht|sipariş özeti|ваш заказ|ваше замовлення|вашата поръчка|η παραγγελία σας)(?!\p{L})|ご注文内容|注文内容|订单|訂單|주문 내역/iu;

/** The order as a page's title or main heading names it (a checkout page): "Zamówienie", "Tilaus", "Bestellung". */
export const ORDER_TITLE_WORDS =
  /(?<!\p{L})(?:bestellung|commande|pedido|ordine|zamówienie|objednávka|rendelés|tilaus|bestilling|beställning|bestelling|sipariş|заказ|замовлення|поръчка|παραγγελία)(?!\p{L})|注文|订单|訂單|주문/iu;

/** How many headings of each level a page is read for its name (a cart names itself near its top). */
const NAMING_HEADINGS = 100;

/** Whether a short text (a title, a heading, a landmark's name) names the cart or the order. */
function namesCart(text: string, tag: string): boolean {
  if (text.length > 400) return false;
  const n = text.replace(/\s+/g, ' ').trim();
  if (!n || n.length > 80) return false;
  const any = tag === '';
  return (
    ((any || tag === 'H1' || tag === 'H2') && CART_WORDS.test(n)) ||
    ORDER_WORDS.test(n) ||
    ((any || tag === 'H1') && ORDER_TITLE_WORDS.test(n))
  );
}

/**
 * Whether the page's title or one of its first headings (not those of its chrome or layers) names the cart or
 * the order: the cart's words in the title, an h1 or h2, the order's in any heading, an order title in an h1.
 * Only the first headings of each level are read, each text tested before where it is: a listing of 20,000
 * tiles has 20,000 headings, none of which names a cart, and reading them all took over 100 ms at once.
 */
function namedByHeadings(doc: Document): boolean {
  if (namesCart(doc.title ?? '', '')) return true;
  for (const tag of ['H1', 'H2', 'H3']) {
    // A live collection: reading its first items does not match the whole page.
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && i < NAMING_HEADINGS; i++) {
      const h = headings[i] as Element;
      if (namesCart(h.textContent ?? '', tag) && !inChrome(h)) return true;
    }
  }
  return false;
}

/** Elements with a role that may name the page or hold its lines. */
interface RoleElements {
  headings: Element[];
  landmarks: Element[];
  tables: Element[];
}

/**
 * The page's elements in the role of a heading, its named landmarks with a role and its ARIA tables: one query
 * for every element with a role (a query for each role and attribute read the whole page once each, some 20 ms
 * apiece on a page of 300,000 elements).
 */
function roleElements(doc: Document): RoleElements {
  const out: RoleElements = { headings: [], landmarks: [], tables: [] };
  for (const el of doc.querySelectorAll('[role]')) {
    const role = el.getAttribute('role');
    if (role === 'heading') {
      if (!/^H[1-3]$/.test(el.tagName) && out.headings.length < NAMING_HEADINGS) out.headings.push(el);
    } else if (role === 'table' || role === 'grid') out.tables.push(el);
    else if ((role === 'region' || role === 'main') && el.hasAttribute('aria-label')) out.landmarks.push(el);
  }
  return out;
}

/**
 * Adds the named main, section and form elements to the landmarks, from live collections (reading them reads
 * the page once more, ~11 ms on a page of 300,000 elements in a content script's world: a step of its own; a
 * selector list for the three took 13 ms).
 */
function addNamedLandmarks(doc: Document, roles: RoleElements): void {
  for (const tag of ['main', 'section', 'form'])
    for (const el of doc.getElementsByTagName(tag))
      if (el.hasAttribute('aria-label') && !roles.landmarks.includes(el)) roles.landmarks.push(el);
}

/** Whether an element in the role of a heading (as an h3: the order's words) or a landmark's name names the cart. */
function namedByRoles(r: RoleElements): boolean {
  return (
    r.headings.some((h) => namesCart(h.textContent ?? '', 'H3') && !inChrome(h)) ||
    r.landmarks.some((el) => namesCart(el.getAttribute('aria-label') ?? '', '') && !inChrome(el))
  );
}

/** Payment-card, shipping or billing fields of a checkout form (autocomplete tokens, field names). */
function hasCheckoutFields(doc: Document): boolean {
  for (const tag of ['input', 'select'])
    for (const el of doc.getElementsByTagName(tag)) {
      const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
      if (tokens.some((t) => /^(?:cc-(?:number|exp|exp-month|exp-year|csc)|shipping|billing)$/.test(t)))
        return true;
      const name = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (/card.?number|cc.?number|(?<![a-z])(?:cvc|cvv|cvn)(?![a-z])|security.?code/i.test(name))
        return true;
    }
  return false;
}

/**
 * Whether the page is a cart, basket or checkout page that shows quantities, in steps: each `yield` is a point
 * where the caller may let the page run (on a listing of 20,000 tiles each step reads the page once, some
 * 20 ms). The address, the title, a main heading or a landmark (not a button: "Add to basket" is on product
 * pages) names the cart or the order, or the page has a checkout's payment or shipping fields, and it has cart
 * lines; else a table whose quantity column holds the lines (of named products).
 */
export function* cartPageSteps(doc: Document): Generator<void, boolean, void> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  let named = CART_WORDS.test(doc.location?.pathname ?? '') || namedByHeadings(doc);
  yield;
  const roles = roleElements(doc);
  yield;
  addNamedLandmarks(doc, roles);
  named ||= namedByRoles(roles);
  yield;
  named ||= hasCheckoutFields(doc);
  yield;
  if (!named) {
    const tables = [...doc.getElementsByTagName('table'), ...roles.tables];
    if (tables.length === 0 || columnMarkers(root, tables).length === 0) return false;
    yield;
  }
  return cartLines(doc).length > 0;
}

/** Whether the page is a cart, basket or checkout page that shows quantities (cartPageSteps at once). */
export function isCartPage(doc: Document): boolean {
  const steps = cartPageSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
