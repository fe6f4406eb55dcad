/**
 * Basket and value (DOM-free): prices of product tiles, K2 and calcium per
 * unit of currency, cart-line quantities and shopping lists. See README.md.
 */

export { type Basket, type BasketItem, type BasketLine, basketTotals, type PerHundredGrams } from './basket';
export {
  isQuantityLabel,
  parseCartQuantity,
  parseLineQuantity,
  type QuantityControl,
  quantityFromControl,
} from './cart';
export type { CurrencyOptions } from './currency';
export {
  type ListItem,
  type ListOptions,
  type ListTotals,
  type NutrientLookup,
  type ParsedList,
  type PortionsOf,
  parseList,
  parseListLine,
} from './list';
export {
  findPrices,
  type Per,
  type PerUnit,
  type Price,
  type PriceHit,
  type PriceOptions,
  type PriceRole,
  parsePrice,
  pickProductPrice,
} from './price';
export {
  type RankItem,
  type RankKey,
  rankBy,
  rankItems,
  type Value,
  type ValueInput,
  valueForMoney,
} from './value';
