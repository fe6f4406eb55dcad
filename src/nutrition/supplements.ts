/**
 * Supplement product titles and labels (DOM-free): the doses the label states
 * for vitamin K2, vitamin D and calcium, read as written and never estimated.
 *
 * Reads titles such as "Vitamin K2 MK-7 200 mcg", "D3 + K2 (MK-7) 5000 IU /
 * 100 µg", "Calcium 600 mg + D3", "Vitamine K2 MK7 75µg 60 gélules",
 * "Vitamin D3 K2 Tropfen 20 ml", "K2-Vitamin 200 µg Menachinon-7",
 * "Calcium + Vitamin D3 1000 mg/880 IE" in English, German, French, Dutch,
 * Italian, Spanish, Swedish, Danish and Norwegian.
 *
 * How doses are paired with nutrients:
 * 1. an amount right after a nutrient ("K2 MK-7 200 mcg") or right before one
 *    ("200 µg Vitamin K2") belongs to it when the unit fits (K2: µg or mg;
 *    vitamin D: IU or µg; calcium: mg) and only form names, "as", "from"
 *    and brackets stand between them ("+", "/" and "and" start the next
 *    item); "(25 µg)" right after "1000 IU" is the same vitamin D dose in µg;
 * 2. amounts left over are given in order to the nutrients left over whose
 *    unit fits ("D3 + K2 5000 IU / 100 µg": IU → D3, µg → K2).
 * Weights and volumes of the pack ("20 ml", "500 g") and counts ("60
 * gélules") are never doses. A K2 dose labelled in mg is given in µg
 * (× 1000); vitamin D keeps IU and µg as labelled (no conversion).
 *
 * What counts as a supplement: a title with a dosage form (capsules,
 * tablets, drops …) or a supplement word ("dietary supplement",
 * "Nahrungsergänzungsmittel" …), or with a labelled dose of K2, vitamin D or
 * calcium and no food word. A food with a nutrient claim — "Calcium-enriched
 * yogurt", "Gouda with vitamin K2", "Milch mit Vitamin D" — is a food: it
 * gets the food's estimate, not a supplement badge, because what is in it is
 * the food's own composition plus an added amount the title rarely states.
 *
 * Classes: `k2-supplement` (K2 is named), `calcium-or-d-without-k2`
 * (calcium or vitamin D and no K2), `not-a-supplement` (no supplement, or a
 * supplement of something else; "Vitamin K" without "K2" or a menaquinone
 * is not read as K2).
 *
 * Notes (plain statements with their source ids; no advice; the values they
 * quote are kept as facts and worded by the UI in the user's language):
 * - calcium or vitamin D without K2: the label lists no K2; for calcium,
 *   EFSA's tolerable upper intake level for calcium from food and supplements
 *   together (intakes.csv); links to the evidence summary in the popup;
 * - K2 with a labelled dose at or above the MK-7 caution threshold of
 *   intakes.csv (50 µg/day, Schurgers et al. 2007), when the form is MK-7 or
 *   not stated: what that study concluded about vitamin K antagonists. The
 *   study concerned MK-7, so an MK-4-only label gets no note.
 */
import type { Intake } from '../data/types';
import { foldForParsing } from '../match/text-norm';

export type SupplementKind = 'k2-supplement' | 'calcium-or-d-without-k2' | 'not-a-supplement';
export type K2Form = 'MK-7' | 'MK-4' | 'MK-4 + MK-7';

/** A dose as the label writes it. */
export interface LabelledDose {
  value: number;
  unit: 'µg' | 'mg' | 'IU';
  /** The dose written out in K2 Lens's units, e.g. "200 µg", "5,000 IU". */
  text: string;
}

export interface SupplementNote {
  id: 'calcium-or-d-without-k2' | 'mk7-vitamin-k-antagonists';
  /** What the note states, as values; the UI words them in the user's language (see src/ui/text.ts). */
  facts: SupplementNoteFacts;
  /** source_id values of sources.csv. */
  sources: string[];
  /** Section of the evidence summary in the popup. */
  evidence: 'k2-calcium-vitamin-d' | 'k2-supplements';
}

export interface SupplementNoteFacts {
  /** The nutrients a label without K2 lists. */
  listed?: ('calcium' | 'vitamin-d')[];
  /** EFSA's tolerable upper intake level of calcium in mg a day (intakes.csv), quoted for calcium labels. */
  calciumUpperLevel?: number;
  /** The labelled K2 dose in µg and its form (undefined: not stated). */
  k2Ug?: number;
  k2Form?: K2Form;
  /** The MK-7 caution threshold in µg a day (intakes.csv). */
  mk7Threshold?: number;
}

export interface SupplementLabel {
  kind: SupplementKind;
  /** K2 as labelled: `ug` in µg (a dose in mg is × 1000), `form` when the label states it. */
  k2?: { ug?: number; form?: K2Form; dose?: LabelledDose };
  vitaminD?: { iu?: number; ug?: number; form?: 'D3' | 'D2'; doses: LabelledDose[] };
  calcium?: { mg?: number; dose?: LabelledDose };
  /** Count and dosage form of the pack ("60 gélules"). */
  units?: { count: number; form: string };
  notes: SupplementNote[];
}

type Nutrient = 'k2' | 'd' | 'calcium';

interface Mention {
  nutrient: Nutrient;
  start: number;
  end: number;
}

interface AmountToken {
  value: number;
  unit: 'µg' | 'mg' | 'IU';
  start: number;
  end: number;
  nutrient?: Nutrient;
}

/** Lower case, accents stripped, µ/μ written as u ("µg" → "ug"), spaces collapsed. */
function normalize(text: string): string {
  return foldForParsing(text.replace(/[\u00b5\u03bc]/g, 'u'));
}

const NUTRIENT_PATTERNS: [Nutrient, RegExp][] = [
  [
    'k2',
    /(?<![a-z])(?:vitamin[ae]?\s*-?\s*k\s?2|vit\.?\s*k\s?2|k2(?:\s*-?\s*vitamin[ae]?)?(?![0-9])|menaquinon[ea]?(?:\s*-?\s*[47])?|menachinon[ei]?(?:\s*-?\s*[47])?|menatetrenon[ea]?|mk\s?-?\s?[47](?![0-9]))/g,
  ],
  [
    'd',
    /(?<![a-z])(?:vitamin[ae]?\s*-?\s*d\s?[23]?(?![a-z0-9])|vit\.?\s*d\s?[23]?(?![a-z0-9])|d\s?-?\s?vitamin[ae]?|d3(?![0-9])|d2(?![0-9])|(?:chole|cole)calciferol[oe]?|ergocalciferol[oe]?)/g,
  ],
  ['calcium', /(?<![a-z])(?:calcium|kalzium|kalcium|kalsium|calcio)(?![a-z]*(?:reich|rijk|rich))/g],
];

const MK7 = /mk\s?-?\s?7(?![0-9])|menaquinon[ea]?\s*-?\s*7|menachinon[ei]?\s*-?\s*7|all-trans/;
const MK4 = /mk\s?-?\s?4(?![0-9])|menaquinon[ea]?\s*-?\s*4|menachinon[ei]?\s*-?\s*4|menatetrenon/;

const UNIT_RE =
  /^(?:(ug|mcg|microgram(?:me)?s?|mikrogramm?|microgramm[io]|microgramos?)|(mg|milligram(?:me)?s?|milligramm)|(iu|i\.u\.|ie|i\.e\.|ui|u\.i\.))(?![a-z])/;
/** A number not glued to letters ("d3", "mk-7", "k2" are names, not amounts); "1.000" and "5,000" are thousands. */
const NUMBER_RE = /(?<![\d.,a-z-])(\d{1,3}(?:[.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)\s*/g;

function words(list: string): RegExp {
  return new RegExp(`(?<![a-z])(?:${list})(?![a-z])`);
}

/** Dosage forms that only supplements and medicines have, in the languages the extension reads. */
const STRONG_FORM_LIST =
  'capsules?|caps|kapseln?|kapsler|kapslar|capsul[ae]s?|gelules?|softgels?|soft gels?|tablets?|tabs|' +
  'tabletten|tabletter|tablettes?|compresse|comprimid[oa]s|comprimes|drops|tropfen|gouttes|gocce|gotas|' +
  'druppels|droppar|draber|draper|gummies|gummis|chewables?|kautabletten|tyggetabletter|tuggtabletter|' +
  'brausetabletten|bruistabletten|lozenges|vegicaps|v-?caps|pastilles?|pastiglie|ampullen|ampoules';
/** Forms a food can have too ("rapeseed oil with vitamin D"): a supplement only without a claim word. */
const WEAK_FORM_LIST =
  'pulver|powder|poudre|polvere|liquid|spray|olie|ol|oil|olio|aceite|olja|sachets?|zakjes';
const STRONG_FORMS = words(STRONG_FORM_LIST);
const WEAK_FORMS = words(WEAK_FORM_LIST);
/** Words of a food's nutrient claim: "with", "enriched", "fortified" … */
const CLAIM_WORDS = words(
  'with|mit|avec|met|con|med|enriched|fortified|angereichert|enrichi|verrijkt|arricchito|enriquecido|' +
    'berikad|beriget|tilsatt|added|rich|reich|riche|rijk|ricco|rico',
);
const SUPPLEMENT_WORDS =
  /dietary supplement|food supplement|nahrungserganzung|complement alimentaire|voedingssupplement|integratore|complemento alimenticio|kosttillskott|kosttilskud|kosttilskudd|supplement|nutraceutic/;
/** Food words: a title with one of these and no dosage form is a food, even with a nutrient claim. */
const FOOD_WORDS =
  /(?<![a-z])(?:cheese|kase|fromage|kaas|formaggio|queso|ost|gouda|edam|cheddar|brie|camembert|emmentale?r?|parmesan|parmigiano|mozzarella|feta|yog(?:h)?o?urt|joghurt|jogurt|yaourt|yogourt|kefir|skyr|quark|milk|milch|lait|melk|latte|leche|mjolk|maelk|butter|beurre|boter|burro|mantequilla|smor|cream|sahne|creme|margarine|bread|brot|pain|brood|cereal|muesli|juice|saft|jus|sap|succo|zumo|drink|drank|chocolate|schokolade|chocolat|egg|eggs|eier|oeufs?|natto beans|tofu|sojadrink|soy milk|oat milk|haferdrink|water|wasser|eau|acqua|agua|vatten|vand|vann)(?![a-z])/;

function parseNumber(raw: string): number {
  const s = raw.trim();
  // "1.000", "5,000", "5 000": a thousands separator before exactly three digits (not after a leading 0).
  if (/^[1-9]\d{0,2}(?:[.,  ]\d{3})+$/.test(s)) return Number(s.replace(/[.,  ]/g, ''));
  return Number(s.replace(',', '.'));
}

function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [nutrient, re] of NUTRIENT_PATTERNS) {
    for (const m of text.matchAll(re))
      out.push({ nutrient, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  // Drop a mention inside another (e.g. "d3" within "vitamin d3").
  return out.filter(
    (m) =>
      !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

function findAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index ?? 0;
    const afterNumber = start + m[0].length;
    const unit = text.slice(afterNumber).match(UNIT_RE);
    if (!unit) continue;
    const value = parseNumber(m[1] as string);
    if (!(value > 0)) continue;
    out.push({
      value,
      unit: unit[1] ? 'µg' : unit[2] ? 'mg' : 'IU',
      start,
      end: afterNumber + unit[0].length,
    });
  }
  return out;
}

function fits(nutrient: Nutrient, unit: AmountToken['unit']): boolean {
  if (nutrient === 'k2') return unit === 'µg' || unit === 'mg';
  if (nutrient === 'd') return unit === 'IU' || unit === 'µg';
  return unit === 'mg';
}

/** Text between a nutrient and an amount that still reads as "this nutrient's dose". */
function isGap(gap: string): boolean {
  // "+", "/", "&" and "and" start the next item of the label.
  if (/[+/&]|(?<![a-z])(?:and|und|et|e|y|og|och|en|plus)(?![a-z])/.test(gap)) return false;
  const rest = gap
    .replace(new RegExp(MK7.source, 'g'), ' ')
    .replace(new RegExp(MK4.source, 'g'), ' ')
    .replace(/(?<![a-z])(?:vitamin[ae]?|als|as|aus|from|de|di|del|van|fra|fran|natto)(?![a-z])/g, ' ')
    .replace(/[():,-]/g, ' ')
    .trim();
  return rest === '';
}

function pairDoses(text: string, mentions: Mention[], amounts: AmountToken[]): void {
  const taken = new Set<Mention>();
  const give = (a: AmountToken, m: Mention) => {
    a.nutrient = m.nutrient;
    taken.add(m);
  };
  // 1a. amount right after a nutrient
  for (const a of amounts) {
    const before = mentions.filter((m) => m.end <= a.start && !taken.has(m));
    const m = before[before.length - 1];
    if (!m || !fits(m.nutrient, a.unit)) continue;
    if (amounts.some((o) => o !== a && o.start >= m.end && o.start < a.start)) continue;
    if (isGap(text.slice(m.end, a.start))) give(a, m);
  }
  // 1b. "(25 µg)" right after a vitamin D dose in IU, or the other way round
  for (let i = 1; i < amounts.length; i++) {
    const a = amounts[i] as AmountToken;
    const prev = amounts[i - 1] as AmountToken;
    if (a.nutrient || prev.nutrient !== 'd' || a.unit === prev.unit || !fits('d', a.unit)) continue;
    if (/^\s*[(/]\s*$/.test(text.slice(prev.end, a.start))) a.nutrient = 'd';
  }
  // 1c. amount right before a nutrient
  for (const a of amounts) {
    if (a.nutrient) continue;
    const m = mentions.find((x) => x.start >= a.end && !taken.has(x));
    if (!m || !fits(m.nutrient, a.unit)) continue;
    if (amounts.some((o) => o !== a && o.start >= a.end && o.start < m.start)) continue;
    if (isGap(text.slice(a.end, m.start))) give(a, m);
  }
  // 2. leftovers in order
  const nutrientsLeft = [...new Set(mentions.filter((m) => !taken.has(m)).map((m) => m.nutrient))].filter(
    (n) => !amounts.some((a) => a.nutrient === n),
  );
  for (const a of amounts) {
    if (a.nutrient) continue;
    const i = nutrientsLeft.findIndex((n) => fits(n, a.unit));
    if (i < 0) continue;
    a.nutrient = nutrientsLeft[i];
    nutrientsLeft.splice(i, 1);
  }
}

const PACK_COUNT = new RegExp(`(?<![\\d.,a-z-])(\\d{1,4})\\s*(?:x\\s*)?(${STRONG_FORM_LIST})(?![a-z])`);

function packUnits(text: string): SupplementLabel['units'] {
  const m = text.match(PACK_COUNT);
  if (!m) return undefined;
  const count = Number(m[1]);
  return count > 0 ? { count, form: m[2] as string } : undefined;
}

function dose(a: AmountToken): LabelledDose {
  return { value: a.value, unit: a.unit, text: `${formatGrouped(a.value)} ${a.unit}` };
}

/** The caution threshold row of intakes.csv for MK-7, if the dataset has it. */
function mk7Threshold(intakes: readonly Intake[]): Intake | undefined {
  return intakes.find((i) => i.nutrient === 'mk7' && i.kind === 'caution threshold');
}

function calciumUpperLevel(intakes: readonly Intake[]): Intake | undefined {
  return intakes.find((i) => i.nutrient === 'calcium' && i.kind === 'tolerable upper intake level');
}

function formatGrouped(n: number): string {
  return new Intl.NumberFormat('en').format(n);
}

function notesFor(label: Omit<SupplementLabel, 'notes'>, intakes: readonly Intake[]): SupplementNote[] {
  const notes: SupplementNote[] = [];
  if (label.kind === 'calcium-or-d-without-k2') {
    const listed: ('calcium' | 'vitamin-d')[] = [];
    if (label.calcium) listed.push('calcium');
    if (label.vitaminD) listed.push('vitamin-d');
    const facts: SupplementNoteFacts = { listed };
    const sources: string[] = [];
    const ul = label.calcium ? calciumUpperLevel(intakes) : undefined;
    if (ul) {
      facts.calciumUpperLevel = ul.value;
      sources.push(ul.source);
    }
    notes.push({ id: 'calcium-or-d-without-k2', facts, sources, evidence: 'k2-calcium-vitamin-d' });
  }
  const threshold = mk7Threshold(intakes);
  const k2 = label.k2;
  if (label.kind === 'k2-supplement' && threshold && k2?.ug !== undefined && k2.ug >= threshold.value) {
    if (k2.form !== 'MK-4') {
      notes.push({
        id: 'mk7-vitamin-k-antagonists',
        facts: { k2Ug: k2.ug, ...(k2.form ? { k2Form: k2.form } : {}), mk7Threshold: threshold.value },
        sources: [threshold.source],
        evidence: 'k2-supplements',
      });
    }
  }
  return notes;
}

/**
 * Reads a supplement title or label text. `intakes` (the dataset's
 * intakes.csv rows) supply the numbers the notes quote; without them the
 * notes carry no reference values.
 */
export function parseSupplement(title: string, intakes: readonly Intake[] = []): SupplementLabel {
  const text = normalize(title);
  const mentions = findMentions(text);
  const amounts = findAmounts(text);
  const claim = CLAIM_WORDS.test(text);
  const hasForm = STRONG_FORMS.test(text) || SUPPLEMENT_WORDS.test(text) || (!claim && WEAK_FORMS.test(text));
  const hasFood = FOOD_WORDS.test(text);
  if (mentions.length > 0) pairDoses(text, mentions, amounts);
  const doses = amounts.filter((a) => a.nutrient);
  const isSupplement = hasForm || (!hasFood && doses.length > 0);
  const named = new Set(mentions.map((m) => m.nutrient));
  if (!isSupplement || named.size === 0) return { kind: 'not-a-supplement', notes: [] };

  const base: Omit<SupplementLabel, 'notes'> = {
    kind: named.has('k2') ? 'k2-supplement' : 'calcium-or-d-without-k2',
  };
  if (named.has('k2')) {
    const a = doses.find((d) => d.nutrient === 'k2');
    const mk7 = MK7.test(text);
    const mk4 = MK4.test(text);
    const form: K2Form | undefined = mk7 && mk4 ? 'MK-4 + MK-7' : mk7 ? 'MK-7' : mk4 ? 'MK-4' : undefined;
    base.k2 = {
      ...(a ? { ug: a.unit === 'mg' ? a.value * 1000 : a.value, dose: dose(a) } : {}),
      ...(form ? { form } : {}),
    };
  }
  if (named.has('d')) {
    const ds = doses.filter((d) => d.nutrient === 'd');
    const iu = ds.find((d) => d.unit === 'IU');
    const ug = ds.find((d) => d.unit === 'µg');
    const form = /(?<![a-z])(?:d\s?3(?![0-9])|(?:chole|cole)calciferol)/.test(text)
      ? 'D3'
      : /(?<![a-z])(?:d\s?2(?![0-9])|ergocalciferol)/.test(text)
        ? 'D2'
        : undefined;
    base.vitaminD = {
      ...(iu ? { iu: iu.value } : {}),
      ...(ug ? { ug: ug.value } : {}),
      ...(form ? { form } : {}),
      doses: ds.map(dose),
    };
  }
  if (named.has('calcium')) {
    const a = doses.find((d) => d.nutrient === 'calcium');
    base.calcium = a ? { mg: a.value, dose: dose(a) } : {};
  }
  const units = packUnits(text);
  if (units) base.units = units;
  return { ...base, notes: notesFor(base, intakes) };
}
