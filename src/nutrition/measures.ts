/**
 * Grams of a quantity of a food from its household measures (portions.csv,
 * USDA SR26): masses convert directly; volumes and household counts (cup, tbsp,
 * tsp, slice, stick, pat, wedge, piece) convert with the food's own measures.
 * Where a food has none for that kind of unit, the measures of its category (or,
 * for a derived food, of the foods it is derived from) give the median weight —
 * see `portionsWithFallback`. Metric spoons are 15 ml and 5 ml, a US cup
 * 236.59 ml, a US tablespoon 14.79 ml. DOM-free.
 */
import type { Dataset, Food, Portion } from '../data/types';
import type { Quantity } from './amounts';
import { US_CUP, US_TBSP, US_TSP } from './units';

/** Preparation words that pick a household measure ("cup, shredded"). */
const QUALIFIERS: [string, RegExp][] = [
  [
    'grated',
    /\b(grated|finely shredded|gerieben\w*|geraspt\w*|râpée?s?|rapée?s?|rallad[oa]s?|grattugiat[oia]|reven|revet|riven|strouhan\w*|strúhan\w*|tart\w*|reszelt|rendelenmiş|ralad[oa]s?)/iu,
  ],
  ['shredded', /\b(shredded|shred)/i],
  [
    'crumbled',
    /\b(crumbled|crumbles|émiettée?s?|zerbröselt\w*|zerkrümelt\w*|desmenuzad[oa]s?|sbriciolat[oia]|smuldret|smulad)/iu,
  ],
  ['diced', /\b(diced|cubed|cubes|gewürfelt\w*|en dés|dadini|cubos|in blokjes|i tern)/iu],
  ['melted', /\b(melted|geschmolzen\w*|zerlassen\w*|fondue?s?|derretid[oa]s?|fus[oa]|smeltet|smält)/iu],
  ['sliced', /\b(sliced)/i],
];

function qualifierOf(text: string): string | undefined {
  for (const [q, re] of QUALIFIERS) if (re.test(text)) return q;
  return undefined;
}

const VOLUME_PORTIONS: Record<string, number> = {
  cup: US_CUP,
  tbsp: US_TBSP,
  tsp: US_TSP,
  'fl oz': 29.5735,
  quart: 946.353,
};

/** Base unit of a portions.csv unit ("cup, shredded" → "cup"; "slice (1 oz)" → "slice"). */
function baseOf(unit: string): string {
  return (unit.split(/[,(]/)[0] ?? '').trim();
}

/** Grams per millilitre of a food, from its household volume measures. */
export function densityOf(portions: readonly Portion[], qualifier?: string): number | undefined {
  const rows = portions
    .map((p) => ({ p, ml: VOLUME_PORTIONS[baseOf(p.unit)] }))
    .filter((x): x is { p: Portion; ml: number } => x.ml !== undefined)
    .map(({ p, ml }) => ({ unit: p.unit, gPerMl: p.grams / (p.amount * ml) }));
  if (rows.length === 0) return undefined;
  const gPerMl = (r: { gPerMl: number }) => r.gPerMl;
  return preferredMedian(rows, gPerMl, qualifier) ?? medianOf(rows.map(gPerMl));
}

/**
 * The median value of the measures that suit `qualifier` best: those naming
 * it (grated and shredded stand in for each other), else the plain ones (no
 * preparation after a comma), else the grated or shredded ones (a cheese
 * measured only by preparation: a cup of cheese in a recipe is shredded);
 * undefined when there are none of these.
 */
function preferredMedian<T extends { unit: string }>(
  rows: readonly T[],
  value: (row: T) => number,
  qualifier?: string,
): number | undefined {
  const want =
    qualifier === 'grated'
      ? ['grated', 'shredded']
      : qualifier === 'shredded'
        ? ['shredded', 'grated']
        : qualifier
          ? [qualifier]
          : [];
  for (const w of want) {
    const hit = rows.filter((r) => r.unit.includes(w));
    if (hit.length) return medianOf(hit.map(value));
  }
  const plain = rows.filter((r) => !r.unit.includes(','));
  if (plain.length) return medianOf(plain.map(value));
  const shredded = rows.filter((r) => r.unit.includes('shredded') || r.unit.includes('grated'));
  if (shredded.length) return medianOf(shredded.map(value));
  return undefined;
}

function medianOf(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Grams of one US cup/tbsp/tsp of a food when it has a measure in that very unit. */
function unitWeight(portions: readonly Portion[], unit: string, qualifier?: string): number | undefined {
  const rows = portions.filter((p) => baseOf(p.unit) === unit);
  if (rows.length === 0) return undefined;
  return preferredMedian(rows, (p) => p.grams / p.amount, qualifier);
}

/** Grams of one household count unit ("slice", "stick"…) of a food. */
export function countWeight(portions: readonly Portion[], portion: string): number | undefined {
  const rows = portions.filter((p) => {
    const b = baseOf(p.unit);
    return b === portion || b === `${portion}s`;
  });
  if (rows.length === 0) return undefined;
  return medianOf(rows.map((p) => p.grams / p.amount));
}

/** Grams of one piece of a food: a large one (egg yolk) or a piece; undefined for most foods. */
export function pieceWeight(portions: readonly Portion[]): number | undefined {
  return countWeight(portions, 'large') ?? countWeight(portions, 'piece');
}

/**
 * Grams of a quantity of a food (undefined when no measure converts it).
 * `context` (the line) names the preparation that picks a measure ("cup,
 * shredded"); a package's volume is the food as packed, with its liquid
 * ("cup, undrained" of sauerkraut).
 */
export function gramsOf(
  q: Quantity,
  portions: readonly Portion[],
  context = '',
  packaged = false,
): number | undefined {
  const u = q.unit;
  let grams: number | undefined;
  if (u.kind === 'mass') grams = q.amount * u.factor;
  else if (u.kind === 'volume') {
    const qualifier = qualifierOf(context) ?? (packaged ? 'undrained' : undefined);
    const per = u.portion ? unitWeight(portions, u.portion, qualifier) : undefined;
    const density = per === undefined ? densityOf(portions, qualifier) : undefined;
    if (per !== undefined) grams = q.amount * per;
    else if (density !== undefined) grams = q.amount * u.factor * density;
  } else if (u.kind === 'count' && u.portion) {
    const w = u.portion === 'piece' ? pieceWeight(portions) : countWeight(portions, u.portion);
    if (w !== undefined) grams = q.amount * w;
  }
  return grams === undefined ? undefined : Math.round(grams * 10) / 10;
}

/**
 * Household measures of every food, completed where a food has none of a kind:
 * volume measures (cup, tbsp, tsp, fl oz) and slices come from the foods of the
 * same category (for a derived food such as generic "cheese": from the foods
 * its estimate is derived from). The rows stay those of the source tables;
 * `densityOf`/`countWeight` take their median.
 */
export function portionsWithFallback(
  dataset: Pick<Dataset, 'foods'>,
): (foodId: string) => readonly Portion[] {
  const byId = new Map(dataset.foods.map((f) => [f.id, f]));
  const hasVolume = (ps: readonly Portion[]) => ps.some((p) => VOLUME_PORTIONS[baseOf(p.unit)] !== undefined);
  const hasSlice = (ps: readonly Portion[]) => ps.some((p) => baseOf(p.unit).startsWith('slice'));
  const peersOf = (f: Food): Food[] => {
    if (f.category === 'generic') {
      const ids = new Set([...(f.k2.from ?? []), ...(f.calcium.from ?? [])]);
      return dataset.foods.filter((x) => ids.has(x.id));
    }
    return dataset.foods.filter((x) => x.category === f.category && x.id !== f.id);
  };
  const cache = new Map<string, readonly Portion[]>();
  return (foodId) => {
    const hit = cache.get(foodId);
    if (hit) return hit;
    const food = byId.get(foodId);
    if (!food) return [];
    let rows: Portion[] = [...food.portions];
    const peers = peersOf(food).flatMap((p) => p.portions);
    if (!hasVolume(rows))
      rows = rows.concat(peers.filter((p) => VOLUME_PORTIONS[baseOf(p.unit)] !== undefined));
    if (!hasSlice(rows)) rows = rows.concat(peers.filter((p) => baseOf(p.unit).startsWith('slice')));
    cache.set(foodId, rows);
    return rows;
  };
}
