/**
 * Grams of a food from the text it is mentioned in: an ingredient line
 * ("1 cup shredded cheddar", "2 EL Schmand", "3 slices brie") or a product
 * title ("Old Amsterdam Gouda 48+ 400g", "Président Brie 2 x 125 g",
 * "Сирене краве 400 г", "納豆 45g×3P"). DOM-free. Quantities: see amounts.ts;
 * units: units.ts; grams of volumes and counts: measures.ts.
 *
 * Which quantity belongs to which mention: in an ingredient line (a quantity
 * or a count comes first), the nearest quantity before the mention with no
 * other mention in between, unless the words between say it is the amount of
 * something else (another number, "and", "with", "for": "2 ml aroma limone e 1
 * yogurt", "1 cup cream for the yogurt topping"); in a title (the name comes
 * first), the first quantity after the mention that gives grams, before the
 * next mention of another food. Of a group of quantities that restate one
 * amount ("1/2 cup (125g)", "600g/1lb 5oz", "2 × 200 g (400 g)", "7枚入
 * 112g") a mass wins over a metric volume, which wins over other units.
 */
import type { Portion } from '../data/types';
import { findQuantities, isMeasure, NUM, parseNumber, type Quantity, WORD_NUM } from './amounts';
import { gramsOf, pieceWeight } from './measures';
import { foldWidth, readPackage, readUnit } from './units';

export { findQuantities, parseNumber, type Quantity } from './amounts';
export { countWeight, densityOf, gramsOf, portionsWithFallback } from './measures';
export { foldWidth, type UnitDef, type UnitKind } from './units';

/** How good a quantity is as the amount of its group (lower is better). */
function preference(q: Quantity): number {
  if (q.unit.kind === 'mass') return q.unit.metric ? 0 : 0.5;
  if (q.unit.kind === 'volume' && q.unit.metric && q.unit.factor >= 10) return 1;
  if (q.unit.kind === 'volume') return 2;
  return 3;
}

/**
 * Groups quantities that restate one amount ("1/2 cup (125g)", "600g/1lb 5oz",
 * "12 fl. oz./375 ml", "2 × 200 g (400 g)", "10 Scheiben 200 g").
 */
function groupsOf(text: string, qs: Quantity[]): Quantity[][] {
  const groups: Quantity[][] = [];
  for (const q of qs) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && /^[\s()[\]/,.~≈=|・-]*$/.test(text.slice(prev.end, q.start))) last.push(q);
    else groups.push([q]);
  }
  return groups;
}

/** Grams of a group for a food: its best quantity that converts. */
function groupGrams(
  text: string,
  group: Quantity[],
  portions: readonly Portion[],
  packaged = false,
): number | undefined {
  const sorted = [...group].sort((a, b) => preference(a) - preference(b));
  for (const q of sorted) {
    const g = gramsOf(q, portions, text, packaged);
    if (g !== undefined) return sumImperial(text, group, q) ?? g;
  }
  return undefined;
}

/** What a product title states for its whole package: grams of a mass, or millilitres of a volume. */
export interface PackageAmount {
  grams?: number;
  ml?: number;
}

/**
 * The amount of the whole package that a product title states, from its first
 * group of quantities with a mass or volume starting in [from, to) (from: the end
 * of the product's name). Multipacks multiply ("6 x 120 g", "40g×3", "Pack of 2,
 * 200g each"); a restated total is one amount ("2 × 200 g (400 g)"); a count
 * next to a mass does not multiply it ("10 Scheiben 200 g", "7枚入 112g"); a
 * count alone ("6枚入り", "3個パック") states none.
 */
export function packageAmount(text: string, from = 0, to = text.length): PackageAmount | undefined {
  const t = foldWidth(text);
  for (const group of groupsOf(t, findQuantities(t))) {
    const first = group[0] as Quantity;
    if (first.start < from || first.start >= to) continue;
    const best = group.filter((q) => isMeasure(q.unit)).sort((a, b) => preference(a) - preference(b))[0];
    if (!best) continue;
    const amount = Math.round(best.amount * best.unit.factor * 10) / 10;
    if (amount <= 0) continue;
    if (best.unit.kind === 'volume') return { ml: amount };
    return { grams: sumImperial(t, group, best) ?? amount };
  }
  return undefined;
}

/** Span of a mention in the text. */
export interface MentionSpan {
  start: number;
  end: number;
  foodId: string;
}

/**
 * What a mention is in an ingredient line: the food the line gives the amount
 * of, an alternative to the food named before it ("200 g Feta oder
 * Hirtenkäse", "½ cup sour cream or yogurt"), or what the line's food is for
 * ("1 cup cream for the yogurt topping", "panna per la panna allo yogurt",
 * "For the yogurt sauce:"). A recipe counts only the first.
 */
export type MentionRole = 'ingredient' | 'alternative' | 'purpose';

/** One of `words` as a word of its own (not the "s" of "Joe's"). */
const W = (words: string) => new RegExp(`(?<![\\p{L}\\d'’-])(?:${words})(?![\\p{L}\\d'’-])`, 'iu');
/** "or" in the languages of the pages, and a slash between names ("Feta/Hirtenkäse"). */
const OR_RE = W(
  'or|oder|ou|o|lub|albo|nebo|alebo|vagy|eller|veya|yoksa|sau|или|або|ή|instead of|statt|anstatt|oppure|ovvero',
);
/** Dutch "of" between two names only ("Gouda of Edam"; not "100 g of cheddar and 50 g of gouda"). */
const DUTCH_OR_RE = /^[^\d]*(?<![\p{L}\d'’-])of(?![\p{L}\d'’-])[^\d]*$/iu;
const SLASH_RE = /^[^\d]*\/[^\d]*$/;
/** "for" of a purpose ("for the yogurt topping", "per la panna", "para la salsa", "für den Dip"). */
const PURPOSE_RE = W('for|per|para|pour|für|fuer|zum|zur|voor|til|för|pro|dla|для|за|για');
/** "and" between the amount of one thing and another food ("2 ml aroma limone e yogurt"). */
const AND_RE = W('and|und|et|e|y|i|en|og|och|és|ve|și|и|і|και|&|\\+');
/** "with" of a food another one contains ("pasta alla ricotta", "Brot mit Käse"). */
const WITH_RE = W(
  'with|mit|avec|con|met|med|z|ze|s|se|со|с|з|με|allo|alla|al|alle|agli|ai|au|aux|com|ile|cu|na bazie',
);
/** A number of its own between an amount and a food: not a fat mark ("2%", "48+", "1/3-less-fat"). */
const OTHER_NUMBER_RE = /(?<![\p{L}\d.,/-])\d+(?:[.,]\d+)?(?![\d.,/-]|\s*[%+])/u;

/** Roles of the mentions of an ingredient line (same order as `mentions`). */
export function mentionRoles(text: string, mentions: readonly MentionSpan[]): MentionRole[] {
  const t = foldWidth(text);
  return rolesOf(t, mentions, findQuantities(t));
}

function rolesOf(t: string, mentions: readonly MentionSpan[], qs: readonly Quantity[]): MentionRole[] {
  return mentions.map((m, i) => {
    const prev = i > 0 ? (mentions[i - 1] as MentionSpan) : undefined;
    const between = t.slice(prev?.end ?? 0, m.start);
    if (prev && (OR_RE.test(between) || DUTCH_OR_RE.test(between) || SLASH_RE.test(between)))
      return 'alternative';
    const lastQuantity = qs.filter((q) => q.end <= m.start).at(-1);
    const from = Math.max(prev?.end ?? 0, lastQuantity?.end ?? 0);
    const before = t.slice(from, m.start);
    const purpose = PURPOSE_RE.exec(before);
    // "Per la crema: mascarpone": a heading before a colon, not the purpose of this food.
    if (purpose && !before.slice(purpose.index).includes(':')) return 'purpose';
    return 'ingredient';
  });
}

/**
 * Whether the amount written before `between` is the amount of the food after
 * it: not when another number, an "and" or a "with" after some other word, or a
 * "for" comes between ("2 ml aroma limone e 1 yogurt", "200 g pasta alla
 * ricotta"). "Shredded and packed" joins two preparations of one food.
 */
function reaches(text: string): boolean {
  // What a parenthesis says restates the amount ("500 g (2 kostky) tvaroh").
  const between = text.replace(/\([^()]*\)/g, ' ');
  if (OTHER_NUMBER_RE.test(between) || PURPOSE_RE.test(between)) return false;
  for (const re of [AND_RE, WITH_RE]) {
    const m = re.exec(between);
    if (!m) continue;
    const words = between.slice(0, m.index).match(/\p{L}+/gu) ?? [];
    const last = words.at(-1);
    if (words.length > 0 && !(re === AND_RE && last?.endsWith('ed'))) return false;
  }
  return true;
}

/**
 * "yogurt e 2 ml di aroma limone", "yogurt con 2 ml di aroma": after a name, an "and",
 * "with" or "for", then an amount "of" something else. A title keeps its weight
 * ("Joghurt mit Erdbeeren 150 g", "Yogurt & Honey 500 g Becher").
 */
function amountOfAnother(text: string, nameEnd: number, q: Quantity): boolean {
  const between = text.slice(nameEnd, q.start);
  if (!(AND_RE.test(between) || WITH_RE.test(between) || PURPOSE_RE.test(between))) return false;
  return /^\s*(?:(?:of|di|de|del|della|du|des|van)\s+|d['’])\p{L}/u.test(text.slice(q.end));
}

/**
 * A line that starts with a count of packages or pieces ("1 vasetto di yogurt",
 * "2 Stück Mozzarella", "1 egg yolk"): an ingredient line even with its amounts
 * after the name.
 */
function startsWithCount(text: string): boolean {
  const m = /^[\s\-–•*·]*(?:\d+(?:[.,]\d+)?|[½⅓⅔¼¾⅛])\s*/u.exec(text);
  if (!m) return false;
  // "1 egg yolk beaten with 1 Tbsp water": a small count right before the name (not a brand's "365").
  if (m[0].length === text.length) return Number.parseFloat(m[0].replace(/^[^\d½⅓⅔¼¾⅛]*/, '')) <= 24;
  const u = readUnit(text, m[0].length);
  return readPackage(text, m[0].length) !== undefined || u?.unit.kind === 'count';
}

/**
 * Grams of each mention of a line or title (same order as `mentions`);
 * `portionsOf` gives a food's household measures.
 */
export function gramsForMentions(
  text: string,
  mentions: readonly MentionSpan[],
  portionsOf: (foodId: string) => readonly Portion[],
): (number | undefined)[] {
  const t = foldWidth(text);
  const quantities = findQuantities(t);
  const groups = groupsOf(t, quantities);
  const used = new Set<number>();
  // A title names the food first and gives the weight after it ("Gouda 48+ 400g");
  // an ingredient line gives the amount first ("200 g Gouda", "1 vasetto di yogurt").
  const first = mentions[0];
  const titleStyle =
    !!first &&
    !groups.some((g) => (g[0] as Quantity).start < first.start) &&
    !startsWithCount(t.slice(0, first.start));
  const roles = titleStyle ? undefined : rolesOf(t, mentions, quantities);
  return mentions.map((m, i) => {
    const portions = portionsOf(m.foodId);
    const prevEnd = i > 0 ? (mentions[i - 1] as MentionSpan).end : 0;
    if (titleStyle) {
      // The first group after the mention that gives grams, before the next mention of another food.
      const next = mentions.slice(i + 1).find((x) => x.foodId !== m.foodId)?.start ?? text.length;
      for (let k = 0; k < groups.length; k++) {
        const a = (groups[k] as Quantity[])[0] as Quantity;
        if (used.has(k) || a.start < m.end || a.start >= next) continue;
        if (amountOfAnother(t, m.end, a)) break;
        const g = groupGrams(t, groups[k] as Quantity[], portions, true);
        if (g !== undefined) {
          used.add(k);
          return g;
        }
      }
      return bareCount(t.slice(prevEnd, m.start), portions);
    }
    if (roles?.[i] === 'purpose') return undefined;
    // The nearest group before the mention, after the previous mention.
    let gi = -1;
    groups.forEach((g, k) => {
      const a = g[0] as Quantity;
      const z = g[g.length - 1] as Quantity;
      if (!used.has(k) && a.start >= prevEnd && z.end <= m.start) gi = k;
    });
    const group = groups[gi];
    if (group && reaches(t.slice((group[group.length - 1] as Quantity).end, m.start))) {
      used.add(gi);
      const g = groupGrams(t, group, portions);
      if (g !== undefined) return plusBefore(t, groups, gi, prevEnd, used, portions, g);
    }
    // "1 Becher Joghurt (150 g)", "1 pot de yaourt (env. 125 g)": the amount in brackets after the name.
    const after = groups.findIndex(
      (g, k) => !used.has(k) && AFTER_NAME_RE.test(t.slice(m.end, (g[0] as Quantity).start)),
    );
    if (after >= 0) {
      used.add(after);
      return groupGrams(t, groups[after] as Quantity[], portions);
    }
    return bareCount(t.slice(prevEnd, m.start), portions);
  });
}

/** Between a name and the amount in brackets after it: "Joghurt (150 g)", "yaourt (env. 125 g)". */
const AFTER_NAME_RE =
  /^\s*[([]\s*(?:ca\.|ca|approx\.|about|around|etwa|env\.|environ|circa|aprox\.|ok\.|cca)?\s*$/iu;

/** "1 cup plus 2 tablespoons buttermilk", "½ cup + 2 tbsp": amounts joined by a plus add up. */
function plusBefore(
  text: string,
  groups: Quantity[][],
  gi: number,
  prevEnd: number,
  used: Set<number>,
  portions: readonly Portion[],
  grams: number,
): number {
  let total = grams;
  for (let k = gi - 1; k >= 0 && !used.has(k); k--) {
    const g = groups[k] as Quantity[];
    const nextStart = ((groups[k + 1] as Quantity[])[0] as Quantity).start;
    if ((g[0] as Quantity).start < prevEnd) break;
    if (!/^\s*(?:\+|plus)\s*$/i.test(text.slice((g[g.length - 1] as Quantity).end, nextStart))) break;
    const more = groupGrams(text, g, portions);
    if (more === undefined) break;
    used.add(k);
    total += more;
  }
  return Math.round(total * 10) / 10;
}

const BARE_COUNT_RE = new RegExp(`(?<![\\p{L}\\d.,/])(${NUM}|${WORD_NUM})\\s*$`, 'iu');

/** "2 egg yolks": a bare count of a food with a per-piece weight (a large egg yolk). */
function bareCount(before: string, portions: readonly Portion[]): number | undefined {
  const m = before.match(BARE_COUNT_RE);
  if (!m) return undefined;
  const n = parseNumber(m[1] as string);
  const w = pieceWeight(portions);
  return n === undefined || w === undefined ? undefined : Math.round(n * w * 10) / 10;
}

/** "1 lb 5 oz": consecutive imperial masses add up. */
function sumImperial(text: string, group: Quantity[], chosen: Quantity): number | undefined {
  if (chosen.unit.kind !== 'mass' || chosen.unit.metric) return undefined;
  const i = group.indexOf(chosen);
  const next = group[i + 1];
  if (next?.unit.kind !== 'mass' || next.unit.metric || next.unit.factor >= chosen.unit.factor)
    return undefined;
  if (!/^\s*$/.test(text.slice(chosen.end, next.start))) return undefined;
  return Math.round((chosen.amount * chosen.unit.factor + next.amount * next.unit.factor) * 10) / 10;
}
